"""The register registry: every record table and every register, described once.

Storage (which tables are records, in which order; each list's query and filters), sync (what
travels, in which order, under which label), the audit log (each table's label), the register
exports (sheet title and columns), the command line (``export-register``, its list of names) and
the window (navigation, the Reports page's register list) all read this module; none of them
lists registers of its own.

Adding a register — say the loan ledger's repayments — takes five things:

1. a migration ``storage/migrations/mNNNN_repayments.py`` that creates the table with the record
   columns every table has (``storage.records.COMMON_COLUMNS``: id, office_code, created_at,
   updated_at, updated_by, version, deleted_at) and calls ``storage.journal.change_triggers(conn,
   "repayment")`` so that sync's change journal sees its rows;
2. a domain module ``app/domain/repayments.py`` (the rules, no SQL);
3. a service ``app/services/repayments.py``: ``class RepaymentService(RegisterService)`` with
   ``register = "repayments"`` and ``table = "repayment"``;
4. a page ``ui/pages/repayments.py`` (``RegisterPage`` subclass) and its ``PageEntry`` in
   ``ui.pages.PAGES`` (a static list of imports: a test checks that every register here has its
   page there, in this order, of the class named here);
5. here: a :class:`Table` in :data:`TABLES` after its parents (sync applies tables in this
   order), and a :class:`Register` in :data:`REGISTERS` (its place there is its place in the
   navigation, the Reports page and the command line) with its list spec and sheet columns,
   written with :func:`_register` so that it says only what is its own.

A table that is a record but no register of its own (a loan's steps, a session's attendees) needs
only the :class:`Table`.  The workspace's ``ws.<name>`` then finds the service, the window the
page, ``export-register <name>`` and the Reports page the sheet, sync and the audit log the table.

Labels are English source strings marked ``N_`` (context "domain"): add their Chinese and Tibetan
in ``translations/`` like every other string.  Nothing here imports Qt, storage or a service; the
service and the page are named by module and class and imported only when first used.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.i18n import N_


@dataclass(frozen=True)
class Table:
    """A record table: versioned, audited, soft-deleted (storage.records)."""

    name: str  # the SQL table
    label: str  # plural, N_: sync's summary ("Households: 12 new")
    record_label: str  # singular, N_: the audit log's "what" column ("Household")
    synced: bool = True  # carried in sync packages (user accounts stay on the laptop)


@dataclass(frozen=True)
class Column:
    """One column of a register sheet: row key, header (N_), kind, width.

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
    ``birth``     a birth date: a real date beside full ID numbers, the year only beside masked
                  ones, which hide exactly its digits (app.domain.privacy.birth_formatter)
    ``int``       a whole number
    """

    key: str
    header: str
    kind: str
    width: float = 12


@dataclass(frozen=True)
class RegisterSpec:
    """How storage.registers lists a register: FROM clause, columns, sorts, filters."""

    name: str
    table: str
    alias: str
    from_sql: str
    columns: str
    sorts: dict[str, str]
    default_sort: str
    date_column: str
    status_column: str | None
    village_column: str | None
    household_column: str | None  # the row's household id (for "this household's records")
    joins_household: bool  # h.* available: search by name, ID tail, phone
    text_columns: tuple[str, ...] = ()  # free-text columns searched by substring
    # search text becomes look-ups on this register's own table (see storage.registers
    # _lookup_where): for registers whose rows all have a household (an inner join), with
    # free-text columns that the old search tested on every row, and a whole index on the
    # household column (loans; not ratings: no free text, its search already goes from the
    # households to their ratings, its household indexes are partial)
    search_by_lookup: bool = False
    # this register's own filters: the filter's name (a RegisterQuery field, or a key of its
    # `extra`) → a WHERE term with one "?" for its value; applied when the value is not None/""
    filters: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Register:
    """A register: a list page, a service, an export sheet, a CLI name."""

    name: str  # ws.<name>, `export-register <name>`, the page's name
    table: str  # its record table (a Table in TABLES)
    label: str  # plural, N_: navigation, sheet title, the Reports page's list
    service: str  # "module:Class" of its RegisterService
    page: str  # "module:Class" under ui.pages (its PageEntry in ui.pages.PAGES)
    spec: RegisterSpec
    columns: tuple[Column, ...]

    @property
    def service_module(self) -> str:
        return self.service.split(":")[0]

    @property
    def service_class(self) -> str:
        return self.service.split(":")[1]

    @property
    def page_module(self) -> str:
        return self.page.split(":")[0]

    @property
    def page_class(self) -> str:
        return self.page.split(":")[1]


# -- the record tables, parents before children (sync applies them in this order) -----------------

TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        Table("office", N_("Offices"), N_("Office")),
        Table("village", N_("Villages"), N_("Village")),
        Table("household", N_("Households"), N_("Household")),
        Table("loan_demand", N_("Loan demands"), N_("Loan demand")),
        Table("loan_event", N_("Loan demand steps"), N_("Loan demand step")),
        Table("loan_repayment", N_("Loan repayments"), N_("Loan repayment")),
        Table("literacy_session", N_("Literacy sessions"), N_("Literacy session")),
        Table("session_attendee", N_("Session attendees"), N_("Session attendee")),
        Table("complaint", N_("Complaints"), N_("Complaint")),
        Table("complaint_event", N_("Complaint steps"), N_("Complaint step")),
        Table("credit_rating", N_("Credit ratings"), N_("Credit rating")),
        Table("credit_line", N_("Credit lines"), N_("Credit line")),
        Table("app_user", N_("User accounts"), N_("User account"), synced=False),
    )
}

# -- the registers' lists and sheets ------------------------------------------------------------------

HOUSEHOLD_COLS = (
    "h.name_zh AS household_zh, h.name_bo AS household_bo, h.id_number, h.phone,"
    " h.status AS household_status, v.id AS village_id, v.name_zh AS village_zh,"
    " v.name_bo AS village_bo"
)

#: the household columns of a sheet whose rows belong to a household
NAME_COLUMNS = (
    Column("household_zh", N_("Household (Chinese)"), "name_zh", 14),
    Column("household_bo", N_("Household (Tibetan)"), "name_bo", 22),
    Column("id_number", N_("ID number"), "id", 21),
    Column("village", N_("Village"), "village", 16),
)


def _register(
    name: str,
    table: str,
    label: str,
    *,
    service: str,
    page: str,
    alias: str,
    sheet: tuple[Column, ...],
    of_household: str = "",
    **spec: Any,
) -> Register:
    """A register entry that says only what is its own: its service class is in
    ``app.services.<name>`` and its page class in ``ui.pages.<name>``; `sheet` is its sheet's
    columns; the other keywords are its list spec's (which takes the register's name and table).

    `of_household` ("JOIN", or "LEFT JOIN" where a row may have no household) is for a register
    whose rows belong to a household: its FROM clause, selected columns, village and household
    columns then follow from the household join, which searching by name needs."""
    if of_household:
        spec.update(
            from_sql=f"{table} {alias} {of_household} household h ON h.id = {alias}.household_id"
            " LEFT JOIN village v ON v.id = h.village_id",
            columns=f"{alias}.*, " + HOUSEHOLD_COLS,
            village_column="h.village_id",
            household_column=f"{alias}.household_id",
            joins_household=True,
        )
    return Register(
        name,
        table,
        label,
        f"app.services.{name}:{service}",
        f"{name}:{page}",
        RegisterSpec(name=name, table=table, alias=alias, **spec),
        sheet,
    )


REGISTERS: dict[str, Register] = {
    r.name: r
    for r in (
        _register(
            "households",
            "household",
            N_("Households"),
            service="HouseholdService",
            page="HouseholdsPage",
            alias="h",
            from_sql="household h LEFT JOIN village v ON v.id = h.village_id",
            columns="h.id, h.office_code, h.name_zh, h.name_bo, h.name_wylie, h.id_number, h.birth_date,"
            " h.sex, h.phone, h.village_id, v.name_zh AS village_zh, v.name_bo AS village_bo,"
            " h.group_name, h.household_size, h.labour_count, h.ethnicity, h.preferred_language,"
            " h.status, h.industry, h.version,"
            # unknown registration dates (households entered before #20) read as the day the
            # household was entered here: the best that is known (m0012)
            " coalesce(h.registered_on, date(h.created_at, 'localtime')) AS registered_on, h.created_at, h.updated_at, h.deleted_at",
            sorts={
                "name": "h.name_pinyin",
                "name_bo": "h.name_wylie",
                "id_number": "h.id_number",
                "village": "v.name_zh",
                "status": "h.status",
                "household_size": "h.household_size",
                "phone": "h.phone",
                "birth_date": "h.birth_date",
                "registered_on": "coalesce(h.registered_on, date(h.created_at, 'localtime'))",
                "updated_at": "h.updated_at",
                "created_at": "h.created_at",
            },
            default_sort="name",
            date_column="substr(h.created_at, 1, 10)",
            status_column="h.status",
            village_column="h.village_id",
            household_column="h.id",
            joins_household=True,
            sheet=(
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
        ),
        _register(
            "loans",
            "loan_demand",
            N_("Loan demands"),
            service="LoanService",
            page="LoansPage",
            alias="d",
            of_household="JOIN",
            sorts={
                "registered_on": "d.registered_on",
                "name": "h.name_pinyin",
                "amount": "d.amount_fen",
                "status": "d.status",
                "product": "d.product_code",
                "village": "v.name_zh",
                "granted": "d.granted_fen",
                "status_on": "d.status_on",
                "updated_at": "d.updated_at",
            },
            default_sort="registered_on",
            date_column="d.registered_on",
            status_column="d.status",
            text_columns=("d.purpose", "d.bank"),
            search_by_lookup=True,
            filters={
                # waiting for a bank decision since before this date
                "waiting_since": "d.status IN ('registered', 'referred') AND d.registered_on < ?",
                "product_code": "d.product_code = ?",
            },
            sheet=(
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
        ),
        _register(
            "sessions",
            "literacy_session",
            N_("Literacy sessions"),
            service="SessionService",
            page="SessionsPage",
            alias="s",
            from_sql="literacy_session s LEFT JOIN village v ON v.id = s.village_id",
            columns="s.*, v.name_zh AS village_zh, v.name_bo AS village_bo",
            sorts={
                "held_on": "s.held_on",
                "place": "s.place",
                "attendance": "s.attendance_total",
                "language": "s.language",
                "village": "v.name_zh",
                "updated_at": "s.updated_at",
            },
            default_sort="held_on",
            date_column="s.held_on",
            status_column="s.language",
            village_column="s.village_id",
            household_column=None,
            joins_household=False,
            text_columns=("s.place", "s.presenters", "s.volunteers", "s.topics", "s.notes"),
            sheet=(
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
        ),
        _register(
            "complaints",
            "complaint",
            N_("Complaints"),
            service="ComplaintService",
            page="ComplaintsPage",
            alias="c",
            of_household="LEFT JOIN",
            sorts={
                "received_on": "c.received_on",
                "due_on": "c.due_on",
                "status": "c.status",
                "institution": "c.institution",
                "name": "coalesce(h.name_pinyin, c.complainant_name)",
                "updated_at": "c.updated_at",
            },
            default_sort="received_on",
            date_column="c.received_on",
            status_column="c.status",
            text_columns=("c.complainant_name", "c.institution", "c.description", "c.handler"),
            filters={
                # open and due before this date
                "overdue_on": "c.status IN ('received', 'transferred') AND c.due_on < ?",
            },
            sheet=(
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
        ),
        _register(
            "ratings",
            "credit_rating",
            N_("Credit ratings"),
            service="RatingService",
            page="RatingsPage",
            alias="r",
            of_household="JOIN",
            sorts={
                "year": "r.year",
                "score": "r.score",
                "grade": "r.grade",
                "name": "h.name_pinyin",
                "village": "v.name_zh",
                "rated_on": "r.rated_on",
                "updated_at": "r.updated_at",
            },
            default_sort="year",
            date_column="r.rated_on",
            status_column="r.grade",
            filters={"year": "r.year = ?"},
            sheet=(
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
        ),
    )
}


# -- what the readers ask ----------------------------------------------------------------------------


def record_tables() -> tuple[str, ...]:
    """Every record table, parents first."""
    return tuple(TABLES)


def synced_tables() -> tuple[str, ...]:
    """The record tables a sync package carries, parents first."""
    return tuple(t.name for t in TABLES.values() if t.synced)


def register(name: str) -> Register:
    """The register called `name`; KeyError for an unknown one."""
    return REGISTERS[name]


def register_names() -> tuple[str, ...]:
    """The registers in navigation order."""
    return tuple(REGISTERS)


def table_label(table: str) -> str | None:
    """The plural label (N_) of a record table, None for a table that is not one."""
    t = TABLES.get(table)
    return t.label if t else None


def record_label(table: str) -> str | None:
    """The singular label (N_) of a record table, None for a table that is not one."""
    t = TABLES.get(table)
    return t.record_label if t else None
