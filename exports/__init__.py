"""Exporters: the PDF and spreadsheet files the office prints or sends upward.

Qt-free (DESIGN §2): runs the same from the GUI, the CLI and the tests.
"""
