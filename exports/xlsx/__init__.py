"""Spreadsheet exports (XlsxWriter): the monthly report workbook and register exports."""
