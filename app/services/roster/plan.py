"""The preview of an import: every data row checked, nothing written (issue 8 §4).

A :class:`Plan` says, row by row, what the import will do — create a household, update a stored
one, skip a duplicate — and every error with its Excel row number and column.  The import itself
(:mod:`.importer`) only writes what a plan holds, so the dry run and the real run agree.

Duplicates.  A row whose ID number is already in the register, or appeared in an earlier row of
the file, is a duplicate.  ``on_duplicate="skip"`` leaves the stored (or earlier) household as it
is and skips the row with its loan demand; ``"update"`` writes the row's non-empty cells over the
household and adds its loan demand.  So a loan list with two demands of one household needs
"update" to bring both in; the preview lists the duplicates either way.

Rows with errors are left out and listed; the rest can be imported (the user confirms that in the
wizard; the CLI does it unless ``--strict``).  Rows with neither a name nor an ID number and at most
one other filled cell ("制表人：…", "合计") are not records and are ignored.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, Iterator

from app.domain.dates import parse_date
from app.domain.errors import Named, Problem, ValidationError, ValidationErrors
from app.domain.households import Household, validate_household
from app.domain.idnumber import normalise_id_number, parse_id_number
from app.domain.loans import LoanDemand, validate_loan_demand
from app.domain.phone import normalise_phone
from app.domain.search import TIBETAN
from app.i18n import N_
from app.services.roster import values as cv
from app.services.roster.pinyin import load_compact
from app.services.roster.columns import (
    FIELD_BY_KEY,
    LEDGER_FIELDS,
    LOAN_FIELDS,
    amount_multiplier,
    header_cells,
    header_unit,
    term_multiplier,
)
from app.services.roster.ledger import GrantedLoan, read_granted
from app.services.roster.workbook import column_letter

if TYPE_CHECKING:
    from app.services.workspace import Workspace

HOUSEHOLD_KEYS = tuple(f.name for f in dataclasses.fields(Household) if f.name not in ("birth_date", "sex"))
#: loan cells that, without an amount, product or term beside them, describe no loan demand
_NOT_A_LOAN_ALONE = frozenset({"registered_on", "purpose", "bank"})
_TOTAL_WORDS = ("合计", "总计", "小计", "累计", "total", "བསྡོམས")
#: a cell that says the row is a (sub)total: 合计, 小计, 拉脊村小计, 合 计, Total, 本页合计 …
_TOTAL_CELL = re.compile(r"^.{0,12}(合计|总计|小计|累计|subtotal|total|བསྡོམས).{0,4}$", re.IGNORECASE)
_ID_LIKE = re.compile(r"\d{15}|\d{17}[\dXx]")

#: domain field → roster field key (for naming the column of an error)
_DOMAIN_TO_ROSTER = {
    "name_zh": "name",
    "name_bo": "name_bo",
    "village_id": "village",
    "amount_fen": "amount",
    "term_months": "term",
    "product_code": "product",
    "household_id": "name",
}


@dataclass(slots=True)
class Finding:
    problem: Problem
    column: int | None  # 0-based column index, None when no single column is at fault
    sheet: str = ""  # set when the plan covers several sheets (the column is that sheet's)

    def where(self, headers: list[str]) -> str:
        if self.sheet:
            return self.sheet + ("!" + column_letter(self.column) if self.column is not None else "")
        if self.column is None:
            return ""
        head = headers[self.column] if self.column < len(headers) else ""
        return f"{column_letter(self.column)} {head}".strip()


@dataclass(slots=True)
class Target:
    """One household the import writes: new (existing_id None) or a stored one."""

    id_number: str
    existing_id: str | None
    existing_version: int | None
    stored: dict | None  # the stored row's household fields (for update: what changes)
    household: Household  # the final, validated values
    village_name: str
    first_row: int
    changed: bool = False  # an update that changes something


@dataclass(slots=True)
class RowResult:
    row: int  # Excel row number (1-based)
    action: str  # new | update | skip | error | ignored | subtotal
    target: Target | None = None
    loan: LoanDemand | None = None
    errors: list[Finding] = field(default_factory=list)
    warnings: list[Finding] = field(default_factory=list)
    duplicate: str = ""  # "" | "file" | "register" | "loan" (a ledger loan already recorded)
    duplicate_of: str = ""  # earlier row number, or the stored household's name
    granted: GrantedLoan | None = None  # a ledger row: a loan already granted, with its balance
    cells: list[Any] | None = None  # the row as read, kept for rows with errors (error list file)
    shown: tuple[str, str] | None = None  # name and ID number as written, for rows not imported
    sheet: str = ""  # the sheet of the row, when the plan covers several


@dataclass
class ImportOptions:
    on_duplicate: str = "skip"  # skip | update
    default_product: str | None = None  # product code for rows without one
    today: date | None = None
    strict: bool = False  # import nothing when any row has an error


@dataclass
class Plan:
    sheet: str
    header_row: int
    headers: list[str]
    mapping: dict[int, str]
    options: ImportOptions
    rows: list[RowResult] = field(default_factory=list)
    new_villages: list[str] = field(default_factory=list)
    sheets: list[str] = field(default_factory=list)  # more than one: a workbook of several sheets

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def rows_read(self) -> int:
        return sum(1 for r in self.rows if r.action not in ("ignored", "subtotal"))

    @property
    def subtotal_rows(self) -> list[str]:
        """Rows of totals (合计, 小计) skipped: not households, reported so the user sees none was lost
        (row numbers; "sheet!row" when the plan covers several sheets)."""
        return [f"{r.sheet}!{r.row}" if r.sheet else str(r.row) for r in self.rows if r.action == "subtotal"]

    @property
    def error_rows(self) -> list[RowResult]:
        return [r for r in self.rows if r.action == "error"]

    @property
    def duplicate_rows(self) -> list[RowResult]:
        return [r for r in self.rows if r.duplicate]

    @property
    def loans(self) -> int:
        """Loan demands the import writes: registered ones and, from a ledger, granted ones."""
        return sum(
            1 for r in self.rows if (r.loan is not None or r.granted is not None) and r.action in ("new", "update")
        )

    @property
    def granted(self) -> int:
        """Of :attr:`loans`, those a ledger lists as already granted (or repaid)."""
        return sum(1 for r in self.rows if r.granted is not None and r.action in ("new", "update"))

    @property
    def importable(self) -> bool:
        """Something would be written (and, when strict, no row has an error)."""
        if self.options.strict and self.error_rows:
            return False
        return any(r.action in ("new", "update") for r in self.rows)

    def targets(self) -> list[Target]:
        seen: dict[int, Target] = {}
        for r in self.rows:
            if r.action in ("new", "update") and r.target is not None:
                seen.setdefault(id(r.target), r.target)
        return list(seen.values())


class _Context:
    """What every row needs, read once: reference labels, products, stored ID numbers."""

    def __init__(self, ws: Workspace, headers: list[str], mapping: dict[int, str], options: ImportOptions):
        ref = ws.reference
        self.ws = ws
        self.today = options.today or date.today()
        self.mapping = {c: f for c, f in mapping.items() if f in FIELD_BY_KEY and f != "ignore"}
        self.column_of = {f: c for c, f in sorted(self.mapping.items(), reverse=True)}
        self.statuses = ref.codes("household_status")
        self.ethnicities = ref.codes("ethnicity")
        self.industries = ref.codes("industry")
        self.status_labels = cv.label_index(ref.enums("household_status"))
        self.ethnicity_labels = cv.label_index(ref.enums("ethnicity"), suffixes=("族", "རིགས"))
        self.industry_labels = cv.label_index(
            ref.enums("industry"), suffixes=("养殖", "种植", "采集", "业", "གསོ་སྐྱོང་", "འདེབས་འཛུགས")
        )
        self.products = {p.code: p for p in ref.products()}
        self.product_labels = cv.label_index(
            [
                {"code": p.code, "name_en": p.name_en, "name_zh": p.name_zh, "name_bo": p.name_bo}
                for p in self.products.values()
            ],
            suffixes=("贷款", "信贷"),
        )
        # names in both scripts for the rules' sentences (the reader's is picked when shown)
        self.product_label_text = {code: ref.product_named(code) for code in self.products}
        self.status_label_text = {code: ref.named("household_status", code) for code in self.statuses}
        units = {f: header_unit(headers[c]) if c < len(headers) else "" for c, f in self.mapping.items()}
        self.amount_multiplier = amount_multiplier(units.get("amount", ""))
        # a ledger's money columns each have their unit; an unmarked one takes the amount's
        self.money_multipliers = {
            k: amount_multiplier(units[k]) if units.get(k) else self.amount_multiplier
            for k in ("amount", "balance", "repaid", "subsidy")
        }
        self.ledger = "granted_on" in self.mapping.values()
        self.months_per_unit = term_multiplier(units.get("term", ""))
        self.options = options
        self.default_village = ""  # a sheet named for its village, without a village column


@dataclass
class _Shared:
    """What the sheets of one import share: a household in two sheets is one household."""

    existing: dict[str, dict] = field(default_factory=dict)
    by_number: dict[str, Target] = field(default_factory=dict)
    villages: set[str] | None = None
    new_villages: dict[str, None] = field(default_factory=dict)


@dataclass
class SheetPart:
    """One sheet of a several-sheet import: its rows, header row and columns."""

    name: str
    rows: Any
    header_row: int
    mapping: dict[int, str]


def iter_plan_sheets(
    ws: Workspace, parts: list[SheetPart], options: ImportOptions | None = None
) -> Iterator[tuple[int, int]]:
    """A workbook with one sheet per village (or several chosen sheets) checked as one import: a
    household in two sheets is a duplicate as within one sheet; a sheet without a village column
    gives its rows the sheet's name as their village; each error names its sheet.  Yields
    progress; returns one :class:`Plan`."""
    options = options or ImportOptions()
    shared = _Shared()
    total = sum(max(0, len(p.rows) - p.header_row) for p in parts)
    done = 0
    plans: list[Plan] = []
    for part in parts:
        village = "" if "village" in part.mapping.values() else part.name.strip()
        gen = iter_plan(
            ws,
            part.rows,
            part.header_row,
            part.mapping,
            options,
            sheet=part.name,
            shared=shared,
            default_village=village,
            label_sheet=len(parts) > 1,
        )
        while True:
            try:
                n, _ = next(gen)
            except StopIteration as stop:
                plans.append(stop.value)
                break
            yield done + n, total
        done += max(0, len(part.rows) - part.header_row)
    first = plans[0]
    plan = Plan(
        ", ".join(p.sheet for p in plans),
        first.header_row,
        first.headers,
        first.mapping,
        options,
        sheets=[p.sheet for p in plans],
    )
    for p in plans:
        plan.rows.extend(p.rows)
    plan.new_villages = list(shared.new_villages)
    yield total, total
    return plan


def build_plan(
    ws: Workspace,
    rows: list[list[Any]],
    header_row: int,
    mapping: dict[int, str],
    options: ImportOptions | None = None,
    *,
    sheet: str = "",
) -> Plan:
    """The whole plan at once (see :func:`iter_plan` for the version that reports progress)."""
    gen = iter_plan(ws, rows, header_row, mapping, options, sheet=sheet)
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            return stop.value


def iter_plan(
    ws: Workspace,
    rows: list[list[Any]],
    header_row: int,
    mapping: dict[int, str],
    options: ImportOptions | None = None,
    *,
    sheet: str = "",
    step: int = 2000,
    shared: _Shared | None = None,
    default_village: str = "",
    label_sheet: bool = False,
) -> Iterator[tuple[int, int]]:
    """Check every data row below `header_row`; yields (rows done, rows total); returns the Plan."""
    options = options or ImportOptions()
    shared = shared or _Shared()
    if len(rows) - header_row > 1000:
        load_compact()  # the import's pinyin dictionary, before the plan (see .pinyin)
    headers = header_cells(rows, header_row) if header_row else []
    ctx = _Context(ws, headers, mapping, options)
    ctx.default_village = default_village
    plan = Plan(sheet, header_row, headers, dict(ctx.mapping), options)
    data = rows[header_row:]
    total = len(data)
    existing = shared.existing
    existing.update(_stored_households(ws, data, ctx))
    by_number = shared.by_number
    if shared.villages is None:
        shared.villages = _village_names(ws)
    villages = shared.villages
    new_villages = shared.new_villages
    for offset, cells in enumerate(data):
        if offset % step == 0:
            yield offset, total
        if not any(not cv.blank(v) for v in cells):
            continue
        result = _check_row(ctx, header_row + offset + 1, cells, existing, by_number)
        if result.action in ("error", "skip"):
            name = _cell(cells, ctx.column_of.get("name")) or _cell(cells, ctx.column_of.get("name_bo"))
            number = _cell(cells, ctx.column_of.get("id_number"))
            result.shown = (
                cv.clean_text(name),
                cv.clean_text(number)
                if isinstance(number, str)
                else ("" if number is None else f"{number:.0f}" if isinstance(number, float) else str(number)),
            )
        if label_sheet:
            result.sheet = sheet
            for f in result.errors + result.warnings:
                f.sheet = sheet
        if result.action == "error":
            result.cells = list(cells)
        elif result.action in ("new", "update") and result.target is not None:
            name = result.target.village_name
            if name and name not in villages:
                new_villages.setdefault(name)
        plan.rows.append(result)
    plan.new_villages = list(new_villages)
    yield total, total
    return plan


def _stored_households(ws: Workspace, data: list[list[Any]], ctx: _Context) -> dict[str, dict]:
    """Stored households whose ID number appears in the file (one indexed query per 500 numbers)."""
    col = ctx.column_of.get("id_number")
    if col is None:
        return {}
    numbers = {normalise_id_number(r[col]) for r in data if col < len(r) and isinstance(r[col], str)}
    numbers.discard("")
    found: dict[str, dict] = {}
    ordered = sorted(numbers)
    for i in range(0, len(ordered), 500):
        chunk = ordered[i : i + 500]
        for row in ws.db.query(
            "SELECT h.*, v.name_zh AS village_zh FROM household h LEFT JOIN village v ON v.id = h.village_id"
            f" WHERE h.deleted_at IS NULL AND h.id_number IN ({','.join('?' * len(chunk))})",
            chunk,
        ):
            found[row["id_number"]] = row
    return found


def _village_names(ws: Workspace) -> set[str]:
    names = set()
    for row in ws.db.query("SELECT name_zh, name_bo FROM village WHERE deleted_at IS NULL"):
        names.update(n for n in (row["name_zh"], row["name_bo"]) if n)
    return names


def _cell(cells: list[Any], col: int | None) -> Any:
    if col is None or col >= len(cells):
        return None
    value = cells[col]
    return None if cv.blank(value) else value


def _column(ctx: _Context, domain_field: str) -> int | None:
    key = _DOMAIN_TO_ROSTER.get(domain_field, domain_field)
    col = ctx.column_of.get(key)
    if col is None and domain_field == "name_zh":
        col = ctx.column_of.get("name_bo")
    return col


def _finding(ctx: _Context, problem: Problem) -> Finding:
    return Finding(problem, _column(ctx, problem.field))


def _is_subtotal(cells: list[Any], raw_id: Any) -> bool:
    """A row of totals: no ID number, and a cell that says 合计 / 小计 (often in the name column,
    with the sums under the amount columns, so the row looks like a household with no ID)."""
    if raw_id is not None and _ID_LIKE.search(cv.clean_text(raw_id)):
        return False
    for value in cells:
        if isinstance(value, str) and value.strip() and _TOTAL_CELL.match(_SPACE.sub("", value)):
            return True
    return False


_SPACE = re.compile(r"[\s\u3000]+")


def _household_finding(ctx: _Context, problem: Problem) -> Finding:
    """A household problem at its column: the household's registration date is not the loan's."""
    if problem.field == "registered_on":
        return Finding(problem, ctx.column_of.get("household_registered_on"))
    return _finding(ctx, problem)


def _check_row(
    ctx: _Context, row_no: int, cells: list[Any], existing: dict[str, dict], by_number: dict[str, Target]
) -> RowResult:
    result = RowResult(row_no, "new")
    raw_id = _cell(cells, ctx.column_of.get("id_number"))
    if _is_subtotal(cells, raw_id):
        result.action = "subtotal"
        return result
    provided, village_name = _household_cells(ctx, cells, result)

    if not provided.get("name_zh") and not provided.get("name_bo") and raw_id is None:
        filled = [v for v in cells if not cv.blank(v)]
        texts = " ".join(str(v) for v in filled).lower()
        if len(filled) <= 1 or any(w in texts for w in _TOTAL_WORDS):
            result.action = "ignored"
            result.errors.clear()
            return result

    # the ID number decides new / duplicate before the rest is merged
    number = ""
    if raw_id is not None:
        if isinstance(raw_id, (int, float)) and not isinstance(raw_id, bool):
            try:
                parse_id_number(float(raw_id), today=ctx.today)  # a number cell: refused with its sentence
            except ValidationError as exc:
                result.errors.append(_finding(ctx, exc.problem))
        else:
            number = normalise_id_number(str(raw_id))
    target: Target | None = None
    base: dict[str, Any] = {}
    if number and number in by_number:
        target = by_number[number]
        result.duplicate, result.duplicate_of = "file", str(target.first_row)
    elif number and number in existing:
        stored = existing[number]
        result.duplicate = "register"
        result.duplicate_of = stored["name_zh"] or stored["name_bo"]
    ledger_loan = ctx.ledger and _cell(cells, ctx.column_of.get("granted_on")) is not None
    if result.duplicate and ctx.options.on_duplicate != "update":
        if not (ledger_loan and not result.errors):
            result.action = "skip"
            if result.errors:
                result.action = "error"
            return result
        # a ledger's loan of a household already here (the roster came first, then the bank's
        # ledger): the loan is added, the household stays as it is stored or first read
        provided = {}
    if target is not None:
        base = {k: getattr(target.household, k) for k in HOUSEHOLD_KEYS}
        village_name = village_name or target.village_name
    elif result.duplicate == "register":
        stored = existing[number]
        base = {k: stored.get(k) for k in HOUSEHOLD_KEYS}
        village_name = village_name or (stored.get("village_zh") or "")

    merged = {**{k: v for k, v in base.items() if v not in (None, "")}, **provided}
    if number:
        merged["id_number"] = number
    elif "id_number" not in merged:
        merged["id_number"] = "" if raw_id is None else raw_id
    if isinstance(merged.get("id_number"), (int, float)):
        merged["id_number"] = ""  # already reported above; avoid a second message about the same cell
    household = None
    try:
        household, warnings = validate_household(
            Household.from_dict(merged),
            today=ctx.today,
            statuses=ctx.statuses,
            ethnicities=ctx.ethnicities,
            industries=ctx.industries,
        )
        result.warnings.extend(_household_finding(ctx, w) for w in warnings)
    except ValidationErrors as exc:
        reported_id = any(f.problem.field == "id_number" for f in result.errors)
        result.errors.extend(
            _household_finding(ctx, p) for p in exc.problems if not (reported_id and p.field == "id_number")
        )

    if ledger_loan:
        loan = None
        stored_id = existing[number]["id"] if result.duplicate == "register" else None
        result.granted = _granted(ctx, cells, household, result, stored_id)
        if result.duplicate == "loan":
            return result
    else:
        loan = _loan(ctx, cells, household, result)
    if result.errors or household is None:
        result.action = "error"
        return result

    if target is None and result.duplicate == "register":
        stored = existing[number]
        target = Target(
            number,
            stored["id"],
            stored["version"],
            {k: stored.get(k) for k in HOUSEHOLD_KEYS},
            household,
            village_name,
            row_no,
        )
        by_number[number] = target
    elif target is None:
        if household.id_number == number:
            number = household.id_number  # one str for both: 50,000 fewer copies in a large plan
        target = Target(number, None, None, None, household, village_name, row_no)
        by_number[number] = target
    else:
        target.household = household
        target.village_name = village_name
    if result.duplicate:
        result.action = "update"
    result.target = target
    result.loan = loan
    return result


def _household_cells(ctx: _Context, cells: list[Any], result: RowResult) -> tuple[dict[str, Any], str]:
    """The household fields this row fills (blank cells left out), converted from spreadsheet habits."""
    out: dict[str, Any] = {}
    col = ctx.column_of

    def bad(exc: ValidationError, key: str) -> None:
        result.errors.append(Finding(exc.problem, col.get(key)))

    name = _cell(cells, col.get("name"))
    if name is not None:
        text = cv.clean_name(name)
        if TIBETAN.search(text) and not any("\u4e00" <= c <= "\u9fff" for c in text):
            out["name_bo"] = text
        else:
            out["name_zh"] = text
    name_bo = _cell(cells, col.get("name_bo"))
    if name_bo is not None:
        out["name_bo"] = cv.clean_name(name_bo)
    phone = _cell(cells, col.get("phone"))
    if phone is not None:
        try:
            out["phone"] = normalise_phone(phone)
        except ValidationError as exc:
            bad(exc, "phone")
    for key in ("household_size", "labour_count"):
        value = _cell(cells, col.get(key))
        if value is not None:
            try:
                out[key] = cv.count(value, key)
            except ValidationError as exc:
                bad(exc, key)
    for key in ("group_name", "address", "notes"):
        value = _cell(cells, col.get(key))
        if value is not None:
            out[key] = cv.clean_text(value)
    status = _cell(cells, col.get("status"))
    if status is not None:
        out["status"] = cv.status_code(status, ctx.status_labels)
    ethnicity = _cell(cells, col.get("ethnicity"))
    if ethnicity is not None:
        code = cv.enum_code(ethnicity, ctx.ethnicity_labels, strip_suffixes=("族",))
        if code is None:
            code = "other"
            result.warnings.append(
                Finding(
                    Problem(
                        "ethnicity",
                        N_("{value} is not an ethnicity of the list; it is recorded as Other."),
                        {"value": cv.clean_text(ethnicity)},
                        warning=True,
                    ),
                    col.get("ethnicity"),
                )
            )
        out["ethnicity"] = code
    industry = _cell(cells, col.get("industry"))
    if industry is not None:
        code = cv.enum_code(industry, ctx.industry_labels)
        if code is None:
            code = "other"
            result.warnings.append(
                Finding(
                    Problem(
                        "industry",
                        N_("{value} is not an industry of the list; it is recorded as Other."),
                        {"value": cv.clean_text(industry)},
                        warning=True,
                    ),
                    col.get("industry"),
                )
            )
        out["industry"] = code
    registered = _cell(cells, col.get("household_registered_on"))
    if registered is not None:
        try:
            out["registered_on"] = parse_date(registered, "registered_on").isoformat()
        except ValidationError as exc:
            bad(exc, "household_registered_on")
    village = _cell(cells, col.get("village"))
    village_name = cv.clean_text(village) if village is not None else ctx.default_village
    return out, village_name


def _loan_on_record(ctx: _Context, household_id: str, granted: GrantedLoan) -> bool:
    """Is this ledger loan already recorded for the stored household?  By its contract number when
    the ledger gives one, else by product, grant date and amount."""
    if granted.contract_no:
        return bool(
            ctx.ws.db.scalar(
                "SELECT 1 FROM loan_demand WHERE household_id = ? AND contract_no = ? AND deleted_at IS NULL",
                (household_id, granted.contract_no),
            )
        )
    return bool(
        ctx.ws.db.scalar(
            "SELECT 1 FROM loan_demand WHERE household_id = ? AND product_code = ? AND granted_on = ?"
            " AND granted_fen = ? AND deleted_at IS NULL",
            (household_id, granted.product_code, granted.granted_on, granted.amount_fen),
        )
    )


def _granted(
    ctx: _Context, cells: list[Any], household: Household | None, result: RowResult, stored_id: str | None = None
) -> GrantedLoan | None:
    """A ledger row's loan already granted (:mod:`.ledger`), with the policy's checks; a loan the
    stored household `stored_id` already has makes the row a skipped duplicate ("loan")."""
    col = ctx.column_of
    raw = {key: _cell(cells, col.get(key)) for key in LOAN_FIELDS + LEDGER_FIELDS}
    product_code = ctx.options.default_product
    errors: list[Finding] = []
    if raw["product"] is not None:
        product_code = cv.enum_code(raw["product"], ctx.product_labels)
        if product_code is None:
            errors.append(
                Finding(
                    Problem(
                        "product_code",
                        N_("{value} is not a loan product of the list. Write one of: {products}."),
                        {
                            "value": cv.clean_text(raw["product"]),
                            "products": ", ".join(ctx.product_label_text.values()),
                        },
                    ),
                    col.get("product"),
                )
            )
            raw["product"] = None
    granted = read_granted(
        raw,
        col,
        ctx.money_multipliers,
        ctx.months_per_unit,
        product_code if not errors else "?",
        ctx.today,
        errors,
        result.warnings,
        lambda problem, key: Finding(problem, col.get(key)),
    )
    if errors or household is None or granted is None:
        result.errors.extend(errors)
        return None
    if stored_id and _loan_on_record(ctx, stored_id, granted):
        # the same ledger (or an overlapping one) again: the loan is there already
        result.action, result.duplicate = "skip", "loan"
        result.duplicate_of = granted.contract_no or granted.granted_on
        result.warnings.clear()
        return None
    from app.services.roster import ledger_policy

    problems, warnings = ledger_policy.check(ctx.ws, granted, household, today=ctx.today)
    result.errors.extend(Finding(p, col.get(ledger_policy.COLUMN.get(p.field, p.field))) for p in problems)
    result.warnings.extend(Finding(w, col.get(ledger_policy.COLUMN.get(w.field, w.field))) for w in warnings)
    return None if problems else granted


def _loan(ctx: _Context, cells: list[Any], household: Household | None, result: RowResult) -> LoanDemand | None:
    col = ctx.column_of
    raw = {key: _cell(cells, col.get(key)) for key in LOAN_FIELDS}
    if all(v is None for k, v in raw.items() if k not in _NOT_A_LOAN_ALONE):
        return None  # a date, purpose or bank alone does not make a loan demand
    errors: list[Finding] = []

    def bad(exc: ValidationError, key: str) -> None:
        errors.append(Finding(exc.problem, col.get(key)))

    amount = None
    if raw["amount"] is None:
        errors.append(Finding(Problem("amount_fen", N_("Enter the amount asked, in yuan.")), col.get("amount")))
    else:
        try:
            amount = cv.amount_fen(raw["amount"], ctx.amount_multiplier)
        except ValidationError as exc:
            bad(exc, "amount")
    term = None
    try:
        term = cv.term_months(raw["term"], ctx.months_per_unit)
    except ValidationError as exc:
        bad(exc, "term")
    product_code = ctx.options.default_product
    if raw["product"] is not None:
        product_code = cv.enum_code(raw["product"], ctx.product_labels)
        if product_code is None:
            errors.append(
                Finding(
                    Problem(
                        "product_code",
                        N_("{value} is not a loan product of the list. Write one of: {products}."),
                        {
                            "value": cv.clean_text(raw["product"]),
                            "products": Named.joined(", ", ctx.product_label_text.values()),
                        },
                    ),
                    col.get("product"),
                )
            )
    elif product_code is None:
        errors.append(
            Finding(
                Problem(
                    "product_code",
                    N_(
                        "The row asks for a loan but names no loan product. Add a product column, or choose the product "
                        "for rows without one."
                    ),
                    {},
                ),
                col.get("product"),
            )
        )
    registered = None
    if raw["registered_on"] is None:
        registered = ctx.today
        result.warnings.append(
            Finding(
                Problem(
                    "registered_on",
                    N_("No registration date: the demand is registered with today's date."),
                    {},
                    warning=True,
                ),
                None,
            )
        )
    else:
        try:
            registered = parse_date(raw["registered_on"], "registered_on")
        except ValidationError as exc:
            bad(exc, "registered_on")
    purpose = cv.clean_text(raw["purpose"]) if raw["purpose"] is not None else ""
    bank = cv.clean_text(raw["bank"]) if raw["bank"] is not None else ""
    product = ctx.products.get(product_code) if product_code else None
    if errors or household is None or product is None or registered is None:
        result.errors.extend(errors)
        return None
    demand = LoanDemand(
        household_id="(roster)",
        registered_on=registered.isoformat(),
        amount_fen=amount,
        product_code=product.code,
        term_months=term,
        purpose=purpose,
        industry=household.industry,
        bank=bank,
    )
    birth = date.fromisoformat(household.birth_date) if household.birth_date else None
    try:
        demand, warnings = validate_loan_demand(
            demand,
            product=product,
            household_status=household.status,
            birth_date=birth,
            status_label=ctx.status_label_text.get(household.status, household.status),
            product_label=ctx.product_label_text.get(product.code, product.code),
            today=ctx.today,
            status_labels=ctx.status_label_text,
        )
    except ValidationErrors as exc:
        result.errors.extend(_finding(ctx, p) for p in exc.problems)
        return None
    result.warnings.extend(_finding(ctx, w) for w in warnings)
    return demand
