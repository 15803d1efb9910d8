"""The columns of each register sheet: row key, header (marked English), kind, width.

Kinds decide how a value is written (see :mod:`exports.xlsx.sheet`):

``text``      user text: a string cell, formula-guarded (exports.safe_cells)
``name_zh`` / ``name_bo``  household names (user text)
``village``   the row's village name in the language mode
``id``        an ID number, masked unless full numbers were asked for and allowed
``enum:KIND`` an enumeration code shown as its label (ws.reference.label)
``product``   a loan product code shown as its label
``topics``    a JSON list of literacy-topic codes shown as labels
``money``     integer fen written as a number of yuan with a yuan format
``rate``      basis points written as a percentage number
``date``      ISO date written as a real date
``birth``     a birth date: a real date beside full ID numbers, the year only beside masked ones
              (exports.common.birth_formatter)
``int``       a whole number
"""
from __future__ import annotations

from dataclasses import dataclass

from app.i18n import N_


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    kind: str
    width: float = 12


NAME_COLUMNS = (
    Column("household_zh", N_("Household (Chinese)"), "name_zh", 14),
    Column("household_bo", N_("Household (Tibetan)"), "name_bo", 22),
    Column("id_number", N_("ID number"), "id", 21),
    Column("village", N_("Village"), "village", 16),
)

REGISTERS: dict[str, tuple[Column, ...]] = {
    "households": (
        Column("name_zh", N_("Name (Chinese)"), "name_zh", 14),
        Column("name_bo", N_("Name (Tibetan)"), "name_bo", 22),
        Column("id_number", N_("ID number"), "id", 21),
        Column("sex", N_("Sex"), "enum:sex", 6),
        Column("birth_date", N_("Birth date"), "birth", 11),
        Column("phone", N_("Phone"), "text", 14),
        Column("village", N_("Village"), "village", 16),
        Column("group_name", N_("Group"), "text", 8),
        Column("household_size", N_("Household size"), "int", 8),
        Column("labour_count", N_("Labourers"), "int", 8),
        Column("ethnicity", N_("Ethnicity"), "enum:ethnicity", 8),
        Column("preferred_language", N_("Preferred language"), "enum:language", 10),
        Column("status", N_("Household status"), "enum:household_status", 16),
        Column("industry", N_("Industry"), "enum:industry", 12),
        Column("registered_on", N_("Registered on"), "date", 11),
    ),
    "loans": (
        Column("registered_on", N_("Registered on"), "date", 11),
        *NAME_COLUMNS,
        Column("product_code", N_("Loan product"), "product", 18),
        Column("purpose", N_("Purpose"), "text", 16),
        Column("industry", N_("Industry"), "enum:industry", 12),
        Column("amount_fen", N_("Amount asked (yuan)"), "money", 13),
        Column("term_months", N_("Term (months)"), "int", 8),
        Column("bank", N_("Bank"), "text", 16),
        Column("status", N_("Status"), "enum:loan_status", 10),
        Column("status_on", N_("Status date"), "date", 11),
        Column("referred_on", N_("Referred on"), "date", 11),
        Column("decided_on", N_("Decided on"), "date", 11),
        Column("granted_on", N_("Granted on"), "date", 11),
        Column("granted_fen", N_("Amount granted (yuan)"), "money", 13),
        Column("rate_bp", N_("Interest rate"), "rate", 8),
        Column("maturity_on", N_("Maturity"), "date", 11),
        Column("subsidy_fen", N_("Interest subsidy (yuan)"), "money", 12),
        Column("repaid_on", N_("Repaid on"), "date", 11),
        Column("reason", N_("Reason"), "text", 16),
    ),
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
    "sessions": (
        Column("held_on", N_("Held on"), "date", 11),
        Column("village", N_("Village"), "village", 16),
        Column("place", N_("Place"), "text", 16),
        Column("topics", N_("Topics"), "topics", 24),
        Column("language", N_("Language"), "enum:language", 8),
        Column("presenters", N_("Presenters"), "text", 16),
        Column("volunteers", N_("Volunteers"), "text", 16),
        Column("attendance_total", N_("Attendance"), "int", 9),
        Column("attendance_women", N_("Women"), "int", 8),
        Column("attendance_poor", N_("Poor households"), "int", 9),
        Column("materials_count", N_("Materials handed out"), "int", 9),
        Column("materials", N_("Materials"), "text", 16),
        Column("notes", N_("Notes"), "text", 16),
    ),
    "complaints": (
        Column("received_on", N_("Received on"), "date", 11),
        Column("received_via", N_("Received via"), "enum:complaint_via", 9),
        *NAME_COLUMNS,
        Column("complainant_name", N_("Complainant"), "text", 12),
        Column("complainant_phone", N_("Complainant phone"), "text", 14),
        Column("institution", N_("Institution"), "text", 16),
        Column("description", N_("Description"), "text", 28),
        Column("code_a", N_("Business channel"), "enum:complaint_code_a", 14),
        Column("code_b", N_("Business type"), "enum:complaint_code_b", 14),
        Column("code_c", N_("Cause"), "enum:complaint_code_c", 14),
        Column("handler", N_("Handler"), "text", 10),
        Column("due_on", N_("Due on"), "date", 11),
        Column("status", N_("Status"), "enum:complaint_status", 10),
        Column("status_on", N_("Status date"), "date", 11),
        Column("transferred_to", N_("Transferred to"), "text", 14),
        Column("resolved_on", N_("Resolved on"), "date", 11),
        Column("closed_on", N_("Closed on"), "date", 11),
        Column("outcome", N_("Outcome"), "text", 20),
        Column("satisfaction", N_("Satisfaction"), "enum:satisfaction", 10),
    ),
    "ratings": (
        Column("year", N_("Year"), "int", 6),
        *NAME_COLUMNS,
        Column("score", N_("Score"), "int", 6),
        Column("grade", N_("Grade"), "enum:rating_grade", 10),
        Column("bank_score", N_("Bank score"), "int", 7),
        Column("village_score", N_("Village score"), "int", 7),
        Column("bank_rater", N_("Bank rater"), "text", 14),
        Column("village_rater", N_("Village rater"), "text", 14),
        Column("rated_on", N_("Rated on"), "date", 11),
    ),
}

#: the register services' names (ws.<name>) behind each register
SERVICES = {"households": "households", "loans": "loans", "sessions": "sessions",
            "complaints": "complaints", "ratings": "ratings"}

SHEET_TITLES = {
    "households": N_("Households"),
    "loans": N_("Loan demands"),
    "loan_events": N_("Loan steps"),
    "sessions": N_("Literacy sessions"),
    "complaints": N_("Complaints"),
    "ratings": N_("Credit ratings"),
}
