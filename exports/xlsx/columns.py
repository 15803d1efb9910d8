"""The columns of each sheet: row key, header (marked English), kind, width.

A register's sheet columns live in its entry in :mod:`app.registry` (with the kinds' meanings);
here are the sheets that are no register of their own (a loan demand's steps, in the monthly
report) and the by-name tables the report writers look sheets up in.
"""

from __future__ import annotations

from app import registry
from app.domain.report_document import LOAN_STEP_COLUMNS, LOAN_STEP_SHEET, LOAN_STEP_TITLE
from app.registry import NAME_COLUMNS, Column

__all__ = ["Column", "NAME_COLUMNS", "REGISTERS", "SHEET_TITLES"]

#: sheet name → its columns: every register of app.registry, then the sheets of no register
REGISTERS: dict[str, tuple[Column, ...]] = {
    **{r.name: r.columns for r in registry.REGISTERS.values()},
    LOAN_STEP_SHEET: LOAN_STEP_COLUMNS,
}

SHEET_TITLES = {
    **{r.name: r.label for r in registry.REGISTERS.values()},
    LOAN_STEP_SHEET: LOAN_STEP_TITLE,
}
