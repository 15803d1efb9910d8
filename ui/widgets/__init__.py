"""Reusable widgets shared by the pages (Tibetan entry field, ...)."""
from ui.widgets.tibetan_edit import TibetanLineEdit

__all__ = ["TibetanLineEdit"]
