"""The columns of each sheet: row key, header (marked English), kind, width.

A register's sheet columns live in its entry in :mod:`app.registry` (with the kinds' meanings);
here are the sheets that are no register of their own (a loan demand's steps, in the monthly
report) and the by-name tables the report writers look sheets up in.
"""
from __future__ import annotations

from app import registry
from app.i18n import N_
from app.registry import NAME_COLUMNS, Column

__all__ = ["Column", "NAME_COLUMNS", "REGISTERS", "SHEET_TITLES"]

#: sheet name → its columns: every register of app.registry, then the sheets of no register
REGISTERS: dict[str, tuple[Column, ...]] = {
    **{r.name: r.columns for r in registry.REGISTERS.values()},
    "loan_events": (
        Column("on_date", N_("Date"), "date", 11),
        *NAME_COLUMNS,
        Column("product_code", N_("Loan product"), "product", 18),
        Column("from_status", N_("From status"), "enum:loan_status", 10),
        Column("to_status", N_("To status"), "enum:loan_status", 10),
        Column("event_fen", N_("Amount (yuan)"), "money", 13),
        Column("by_user", N_("By"), "text", 10),
        Column("reason", N_("Reason"), "text", 16),
    ),
}

SHEET_TITLES = {
    **{r.name: r.label for r in registry.REGISTERS.values()},
    "loan_events": N_("Loan steps"),
}
