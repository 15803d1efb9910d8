"""The figures of a period's report (DESIGN §6), Qt-free: one office and every office below it.

``build(ws, ReportPeriod, office_code=None) -> Report`` computes everything the .xlsx and .pdf
writers and the Reports page show, for any period (app/domain/periods.py: month, half-year,
quarter, year, range); ``monthly(ws, "2026-10")`` is the month's.  Definitions ("in the month"
below reads "in the period" for the other kinds: a date between the period's first and last day,
both included; a record deleted counts in the periods that ended before the day of its deletion
and in no later one (a deletion is dated, issue #19: a closed period never changes); the office scope is
``storage.offices.tree_codes`` of the office, applied to each record's ``office_code``):

- loan demands *registered*: ``loan_demand.registered_on`` in the month; amount = amount asked.
- *referred / approved / granted / rejected / withdrawn / repaid*: a ``loan_event`` moving a demand
  to that status with ``on_date`` in the month (a demand registered in September and granted in
  October counts as granted in October).  Amount: the amount granted for "granted" (the event's
  ``granted_fen``, else the demand's), the amount asked for the other steps.
- *530 loans granted*: the "granted" events of demands of product ``530``; *530 outstanding at
  month end*: 530 demands granted on or before the last day and not repaid by then (count and the
  amount granted).
- literacy *sessions*: ``held_on`` in the month; attendance, women and poor households are the
  sums of the sessions' counts; by language (zh / bo / both).
- complaints *received*: ``received_on`` in the month; *resolved*: a "resolved" ``complaint_event``
  in the month; *overdue at month end*: received by the last day, not resolved by then, and due
  before the first day of the next month (what ``complaints.overdue_ids`` would have listed that
  morning).  Also split by JR/T 0169-2018 business type (``code_b``).
- *credit households*: households on the register whose latest rating for a year up to the
  year of the report's last day, made by that day, has a credit grade; *credit villages*:
  villages that qualify under the rule of ``ratings.credit_villages(year, month end)`` (same
  thresholds and arrears test, computed here in grouped passes so that the report stays fast at
  100,000 households).
- *households*: households registered by the last day of the month and not deleted by then.

Every figure that is a state — households, their status, credit households and villages, loans
outstanding, complaints overdue — is taken as of the period's end from dated facts (registration
dates, the status history, ratings by the day they were made, loans by their steps), so a report
of a closed period never changes when later work is recorded (issue #19).  A period not yet ended
is *provisional*; one that begins after today or ends before the register's first record carries
a warning.  For an office with offices below it the report says which of them have sent their
sync package for the period's last month (their records are in it) and which are missing.

Per village: loans, complaints and credit households go by the household's village at the period's
end (its dated village history, storage/household_village.py), sessions by
the session's village; records without a village are summed in an "unassigned" row, so the rows
always add up to the totals.
"""

from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass, field, fields
from datetime import date, timedelta
from typing import TYPE_CHECKING

from app.domain.errors import ValidationError
from app.domain.periods import ReportPeriod
from app.domain.ratings import is_credit_village
from app.i18n import N_
from storage import offices as office_store
from storage import loan_step_roll, report_notes, rollups

if TYPE_CHECKING:
    from app.services.workspace import Workspace

PRODUCT_530 = "530"
LOAN_STEPS = ("referred", "approved", "granted", "rejected", "withdrawn", "repaid")
#: the pipeline the chart shows, in order
PIPELINE = ("registered", "referred", "approved", "granted", "rejected", "withdrawn")
SESSION_LANGUAGES = ("zh", "bo", "both")
UNASSIGNED = ""  # village_id of the "unassigned" row


@dataclass
class Amount:
    """A count of records and their money (fen)."""

    n: int = 0
    fen: int = 0

    def add(self, other: "Amount") -> None:
        self.n += other.n
        self.fen += other.fen


@dataclass
class Figures:
    """The figures of one village (or of the whole office tree)."""

    households: int = 0
    registered: Amount = field(default_factory=Amount)
    referred: Amount = field(default_factory=Amount)
    approved: Amount = field(default_factory=Amount)
    granted: Amount = field(default_factory=Amount)
    rejected: Amount = field(default_factory=Amount)
    withdrawn: Amount = field(default_factory=Amount)
    repaid: Amount = field(default_factory=Amount)
    granted_530: Amount = field(default_factory=Amount)
    outstanding_530: Amount = field(default_factory=Amount)
    sessions: int = 0
    attendance: int = 0
    attendance_women: int = 0
    attendance_poor: int = 0
    complaints_received: int = 0
    complaints_resolved: int = 0
    complaints_overdue: int = 0
    credit_households: int = 0

    def add(self, other: "Figures") -> None:
        for f in fields(self):
            mine = getattr(self, f.name)
            if isinstance(mine, Amount):
                mine.add(getattr(other, f.name))
            else:
                setattr(self, f.name, mine + getattr(other, f.name))

    def step(self, status: str) -> Amount:
        return getattr(self, status)

    def is_empty(self) -> bool:
        return self == Figures()


@dataclass
class VillageRow:
    village_id: str  # UNASSIGNED ("") for records without a village
    name_zh: str
    name_bo: str
    figures: Figures
    credit_village: bool = False


@dataclass
class ComplaintType:
    code_b: str
    received: int = 0
    resolved: int = 0
    overdue: int = 0


@dataclass
class SessionLanguage:
    language: str
    sessions: int = 0
    attendance: int = 0


@dataclass(frozen=True)
class OfficeBelow:
    """An office below the report's, and whether its records up to the period's end are in."""

    code: str
    name_zh: str
    name_bo: str
    level: str
    included: bool
    last_month: str  # the latest month it (or an office between) has sent, "" for none


@dataclass(frozen=True)
class Warning_:  # noqa: N801 - not the builtin Warning
    message: str  # marked English (N_), rendered in the reader's language
    params: tuple = ()  # (name, value) pairs


#: what the report says of its period
PROVISIONAL = N_("Provisional: the period has not ended yet, and its figures can still change.")
NOT_BEGUN = N_("This period has not begun yet: there is nothing to report.")
BEFORE_REGISTER = N_(
    "This period ends before the first record on the register ({first}): there is nothing to report for it."
)


@dataclass
class MonthlyReport:
    office: dict
    office_codes: list[str]
    month: str  # the period's key: "YYYY-MM" for a month (ReportPeriod.key)
    start: str  # first day, ISO
    end: str  # last day, ISO
    total: Figures
    villages: list[VillageRow]
    by_language: list[SessionLanguage]
    by_complaint_type: list[ComplaintType]
    credit_villages: int
    villages_rated: int  # villages in scope that credit_villages() looked at
    #: households whose ID number came from two offices below, not yet resolved: each is counted
    #: once (the other version waits apart, app.services.sync_conflicts) and the report says how many
    households_in_conflict: int = 0
    # the records behind the figures, for the register sheets of the workbook
    session_ids: list[str] = field(default_factory=list)
    complaint_ids: list[str] = field(default_factory=list)
    # the loan book at the month's end (app.services.loan_book.BookFigures), issue #18
    book: object = None
    # loan demands, loan steps and ratings of the month are listed only when asked for (the
    # workbook's sheets, the PDF's annex): the figures need no per-record rows
    _load: object = field(default=None, repr=False, compare=False)
    _records: dict | None = field(default=None, repr=False, compare=False)
    period: ReportPeriod | None = None
    made_on: str = ""  # the day it was computed, ISO
    provisional: bool = False  # the period had not ended on made_on
    warnings: list[Warning_] = field(default_factory=list)
    offices_below: list[OfficeBelow] = field(default_factory=list)
    # complaints received / resolved / overdue by each JR/T 0169 dimension: "code_a" → code → counts
    complaints_by_code: dict = field(default_factory=dict)
    # what the office wrote into the report (kept with it: storage/report_notes.py)
    narrative: str = ""
    prepared_by: str = ""
    reviewed_by: str = ""

    def _ids(self, key: str) -> list[str]:
        if self._records is None:
            self._records = self._load() if self._load else {}
        return self._records.get(key, [])

    @property
    def loan_ids(self) -> list[str]:
        """Loan demands registered in the month, then those with a step in it."""
        return self._ids("loans")

    @property
    def loan_event_ids(self) -> list[str]:
        """The loan steps (loan_event rows) of the month, in date order."""
        return self._ids("events")

    @property
    def rating_ids(self) -> list[str]:
        """Credit ratings made in the month."""
        return self._ids("ratings")

    @property
    def year(self) -> int:
        return int(self.month[:4])

    def village_sum(self) -> Figures:
        out = Figures()
        for row in self.villages:
            out.add(row.figures)
        return out


def parse_month(text: str) -> tuple[date, date]:
    """ "2026-10" → (2026-10-01, 2026-10-31); anything else is a ValidationError on "month"."""
    m = re.fullmatch(r"\s*(\d{4})-(\d{1,2})\s*", str(text or ""))
    if not m or not 1 <= int(m.group(2)) <= 12 or not 1900 <= int(m.group(1)) <= 2999:
        raise ValidationError("month", N_("Give the month as year-month, for example 2026-10."))
    year, month = int(m.group(1)), int(m.group(2))
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


Report = MonthlyReport


def monthly(ws: Workspace, month: str, office_code: str | None = None, *, today: date | None = None) -> MonthlyReport:
    """The monthly report of `office_code` (default: this register's office) and offices below."""
    start_d, end_d = parse_month(month)
    return build(ws, ReportPeriod("month", start_d, end_d), office_code, today=today)


def build(
    ws: Workspace, period: ReportPeriod, office_code: str | None = None, *, today: date | None = None
) -> MonthlyReport:
    """The report of `period` for `office_code` (default: this register's office) and offices below."""
    today = today or date.today()
    start_d, end_d = period.start, period.end
    office = office_store.by_code(ws.db, office_code) if office_code else ws.require_office()
    if office is None:
        from app.domain.errors import NotFound

        raise NotFound("office", office_code or "")
    codes = office_store.tree_codes(ws.db, office["code"])
    db = ws.db
    local = ws.office
    # Every record in a register belongs to its own office or to one below it: for the local
    # office's report the office filter would keep every row, so it is left out (one check less
    # per row); another office's report filters by its tree.
    tree = None if local and local["code"] == office["code"] else json.dumps(codes)
    p = {
        "start": start_d.isoformat(),
        "end": end_d.isoformat(),
        "next": (end_d + timedelta(days=1)).isoformat(),
        "tree": tree,
        "p530": PRODUCT_530,
        # credit households as of the end: the latest rating for a year up to the end's (a range
        # across a new year counts that year's ratings made by its end, as its Indicators do)
        "year": end_d.year,
        "cut": rollups.cut_after(end_d.isoformat()),
    }
    in_tree = rollups.in_tree
    present = rollups.present
    # a household's figures go to the village it was in at the period's end (issue #19)
    village = rollups.village_at_end("h")
    # loan steps and demands deleted after the period's end count in it (a deletion is dated): the
    # passes below read partial indexes of live rows, so those few are added in short second passes
    late = _late_loans(db, p)
    per: dict[str, Figures] = {}

    def fig(village_id) -> Figures:
        key = village_id or UNASSIGNED
        if key not in per:
            per[key] = Figures()
        return per[key]

    # Loan steps and registrations: the period's days from loan_step_roll (migration 29: a few
    # thousand rows, whatever the period's length), corrected for the households moved to another
    # village since the period's end, and for the steps and demands deleted since, read from the
    # records (few).  Those passes read only narrow indexes.
    loan_rows: list[dict] = db.query(
        f"""SELECT village_id AS vil, status, is530, sum(n) AS n, sum(fen) AS fen FROM {loan_step_roll.TABLE}
            WHERE on_date BETWEEN :start AND :end AND {in_tree(tree)} GROUP BY 1, 2, 3""",
        p,
    )

    def steps_sql(source: str, alive: str) -> str:
        return f"""
        SELECT {village} AS vil, e.to_status AS status, d.product_code = :p530 AS is530, count(*) AS n,
               sum({loan_step_roll.STEP_FEN.format(e="e", d="d")}) AS fen
        FROM {source}
        JOIN {rollups.HOUSEHOLD_VILLAGE} ON h.household_id = d.household_id
        WHERE {alive} AND {in_tree(tree, "d")}
          AND e.on_date BETWEEN :start AND :end AND e.to_status != 'registered'
        GROUP BY 1, 2, 3"""

    registered_sql = f"""SELECT {village} AS vil, 'registered' AS status, 0 AS is530, count(*) AS n,
                                sum(d.amount_fen) AS fen
                          FROM {{source}}
                          JOIN {rollups.HOUSEHOLD_VILLAGE} ON h.household_id = d.household_id
                          WHERE {{alive}} AND {in_tree(tree, "d")}
                            AND d.registered_on BETWEEN :start AND :end
                          GROUP BY vil"""
    # loan_step_roll keeps each household's steps in its village now: those moved since the end
    # go back to the village they were in then (village_since: few households)
    for r in db.query(
        f"""SELECT h.village_id AS now, {village} AS vil, e.to_status AS status,
                   d.product_code = :p530 AS is530, count(*) AS n,
                   sum({loan_step_roll.STEP_FEN.format(e="e", d="d")}) AS fen
            FROM household_roll h INDEXED BY household_roll_moved
            JOIN loan_demand d INDEXED BY loan_demand_household ON d.household_id = h.household_id
            JOIN loan_event e INDEXED BY loan_event_demand ON e.loan_demand_id = d.id
            WHERE h.village_since > :end AND d.deleted_at IS NULL AND e.deleted_at IS NULL
              AND e.to_status != 'registered' AND {in_tree(tree, "d")} AND e.on_date BETWEEN :start AND :end
            GROUP BY 1, 2, 3, 4
            UNION ALL
            SELECT h.village_id, {village}, 'registered', d.product_code = :p530, count(*), sum(d.amount_fen)
            FROM household_roll h INDEXED BY household_roll_moved
            JOIN loan_demand d INDEXED BY loan_demand_household ON d.household_id = h.household_id
            WHERE h.village_since > :end AND d.deleted_at IS NULL AND {in_tree(tree, "d")}
              AND d.registered_on BETWEEN :start AND :end
            GROUP BY 1, 2, 4""",
        p,
    ):
        if r["now"] != r["vil"]:
            loan_rows.append({**r, "vil": r["now"], "n": -r["n"], "fen": -(r["fen"] or 0)})
            loan_rows.append(r)
    # steps and demands deleted after the period's end, which it still counts
    if late["events"] != "[]":  # steps deleted since, of demands on the register at the end
        loan_rows += db.query(
            steps_sql(
                "json_each(:late_events) j CROSS JOIN loan_event e ON e.id = j.value"
                " JOIN loan_demand d ON d.id = e.loan_demand_id",
                present("d"),
            ),
            {**p, "late_events": late["events"]},
        )
    if late["demands"] != "[]":  # live steps of demands deleted since, and their registrations
        late_demands = "json_each(:late_demands) j CROSS JOIN loan_demand d ON d.id = j.value"
        params = {**p, "late_demands": late["demands"]}
        loan_rows += db.query(
            steps_sql(late_demands + " JOIN loan_event e ON e.loan_demand_id = d.id", "e.deleted_at IS NULL"), params
        )
        loan_rows += db.query(registered_sql.format(source=late_demands, alive="d.deleted_at IS NOT NULL"), params)
    for r in loan_rows:
        f = fig(r["vil"])
        if r["status"] == "registered":
            f.registered.n += r["n"]
            f.registered.fen += r["fen"] or 0
            continue
        if r["status"] not in LOAN_STEPS:
            continue
        a = f.step(r["status"])
        a.n += r["n"]
        a.fen += r["fen"] or 0
        if r["status"] == "granted" and r["is530"]:
            f.granted_530.n += r["n"]
            f.granted_530.fen += r["fen"] or 0

    # 530 loans outstanding at month end: granted on or before it (a range of loan_demand_granted),
    # not repaid by then
    outstanding_sql = f"""SELECT {village} AS vil, count(*) AS n, sum(coalesce(d.granted_fen, d.amount_fen)) AS fen
                          FROM {{source}}
                          JOIN {rollups.HOUSEHOLD_VILLAGE} ON h.household_id = d.household_id
                          WHERE {{alive}} AND d.status IN {rollups.GRANTED}
                            AND d.product_code = :p530 AND d.granted_on <= :end
                            AND (d.repaid_on IS NULL OR d.repaid_on > :end)
                            AND (d.written_off_on IS NULL OR d.written_off_on > :end) AND {in_tree(tree, "d")}
                          GROUP BY vil"""
    rows = db.query(
        outstanding_sql.format(source="loan_demand d INDEXED BY loan_demand_granted", alive="d.deleted_at IS NULL"), p
    )
    if late["demands"] != "[]":
        rows += db.query(
            outstanding_sql.format(
                source="json_each(:late_demands) j CROSS JOIN loan_demand d ON d.id = j.value",
                alive="d.deleted_at IS NOT NULL",
            ),
            {**p, "late_demands": late["demands"]},
        )
    for r in rows:
        a = fig(r["vil"]).outstanding_530
        a.n += r["n"]
        a.fen += r["fen"] or 0

    # literacy sessions
    by_language = {lang: SessionLanguage(lang) for lang in SESSION_LANGUAGES}
    session_ids: list[str] = []
    for r in db.query(
        f"""SELECT id, village_id, language, attendance_total, attendance_women, attendance_poor
                          FROM literacy_session s WHERE {present("s")} AND {in_tree(tree)}
                            AND held_on BETWEEN :start AND :end ORDER BY held_on, id""",
        p,
    ):
        f = fig(r["village_id"])
        f.sessions += 1
        f.attendance += r["attendance_total"]
        f.attendance_women += r["attendance_women"]
        f.attendance_poor += r["attendance_poor"]
        lang = by_language.setdefault(r["language"], SessionLanguage(r["language"]))
        lang.sessions += 1
        lang.attendance += r["attendance_total"]
        session_ids.append(r["id"])

    # complaints: received in the month, resolved in the month, overdue at month end
    types: dict[str, ComplaintType] = {}
    by_code: dict[str, dict[str, ComplaintType]] = {"code_a": {}, "code_b": {}, "code_c": {}}
    complaint_ids: list[str] = []
    for r in db.query(
        f"""
            SELECT c.id, c.code_a, c.code_b, c.code_c, {village} AS vil,
                   c.received_on BETWEEN :start AND :end AS received,
                   EXISTS (SELECT 1 FROM complaint_event e WHERE e.complaint_id = c.id
                           AND {present("e")} AND e.to_status = 'resolved'
                           AND e.on_date BETWEEN :start AND :end) AS resolved,
                   (c.received_on <= :end AND (c.resolved_on IS NULL OR c.resolved_on > :end)
                    AND c.due_on < :next) AS overdue
            FROM complaint c LEFT JOIN {rollups.HOUSEHOLD_VILLAGE} ON h.household_id = c.household_id
            WHERE {present("c")} AND {in_tree(tree, "c")} AND c.received_on <= :end
              AND (c.received_on >= :start OR c.resolved_on IS NULL OR c.resolved_on >= :start)
            ORDER BY c.received_on, c.id""",
        p,
    ):
        if not (r["received"] or r["resolved"] or r["overdue"]):
            continue
        f = fig(r["vil"])
        t = types.setdefault(r["code_b"], ComplaintType(r["code_b"]))
        for dim in ("code_a", "code_b", "code_c"):
            x = by_code[dim].setdefault(r[dim], ComplaintType(r[dim]))
            x.received += r["received"]
            x.resolved += r["resolved"]
            x.overdue += r["overdue"]
        f.complaints_received += r["received"]
        f.complaints_resolved += r["resolved"]
        f.complaints_overdue += r["overdue"]
        t.received += r["received"]
        t.resolved += r["resolved"]
        t.overdue += r["overdue"]
        complaint_ids.append(r["id"])

    # households on the register at the period's end; credit households and credit villages: the
    # rule of ratings.credit_villages as of that end (issue #19), from the per-village roll-ups
    # shared with the Home page
    rolled = rollups.villages(
        db, tree, end=p["end"], year=p["year"], grades=ws.ratings.credit_grades(), arrears_before=p["end"]
    )
    current: dict[str, int] = {}
    for village_id, (n, _now) in rolled.households.items():
        fig(village_id).households = n
        current[village_id or UNASSIGNED] = n
    for village_id, n in rolled.credit.items():
        fig(village_id).credit_households = n
    borrowers = {village_id or UNASSIGNED: counts for village_id, counts in rolled.borrowers.items()}

    # the villages of the office tree, in name order; then villages only records point to
    villages = db.query(
        f"SELECT id, name_zh, name_bo FROM village WHERE deleted_at IS NULL AND {in_tree(tree)} ORDER BY name_zh", p
    )
    known = {v["id"] for v in villages}
    extra = [k for k in per if k != UNASSIGNED and k not in known]
    if extra:
        villages += db.query(
            "SELECT id, name_zh, name_bo FROM village WHERE id IN (SELECT value FROM json_each(?)) ORDER BY name_zh",
            (json.dumps(extra),),
        )
    min_credit = int(ws.reference.setting("credit_village_min_credit_share_bp", 7000))
    min_clean = int(ws.reference.setting("credit_village_min_clean_borrower_share_bp", 8500))
    credit = {}
    for v in villages:
        n_borrowers, n_clean = borrowers.get(v["id"], (0, 0))
        credit[v["id"]] = is_credit_village(
            current.get(v["id"], 0),
            per.get(v["id"], Figures()).credit_households,
            n_borrowers,
            n_clean,
            min_credit,
            min_clean,
        )
    rows = [
        VillageRow(v["id"], v["name_zh"], v["name_bo"], per.get(v["id"], Figures()), credit[v["id"]]) for v in villages
    ]
    unassigned = per.get(UNASSIGNED)
    if unassigned is not None and not unassigned.is_empty():
        rows.append(VillageRow(UNASSIGNED, "", "", unassigned))
    total = Figures()
    for row in rows:
        total.add(row.figures)
    in_scope = [v["id"] for v in villages]
    return MonthlyReport(
        office=office,
        office_codes=codes,
        month=period.key,
        start=p["start"],
        end=p["end"],
        total=total,
        villages=rows,
        by_language=[by_language[k] for k in by_language],
        by_complaint_type=[types[k] for k in sorted(types)],
        credit_villages=sum(1 for v in in_scope if credit[v]),
        villages_rated=len(in_scope),
        session_ids=session_ids,
        complaint_ids=complaint_ids,
        households_in_conflict=db.scalar(
            "SELECT count(*) FROM sync_conflict WHERE resolved = 0 AND kind IN ('id_number', 'same_record')"
            " AND json_extract(incoming_json, '$.office_code') IN (SELECT value FROM json_each(?))",
            (json.dumps(codes),),
        ),
        book=ws.loan_book.book_figures_at(start_d, end_d, None if tree is None else codes),
        _load=lambda: _record_ids(db, tree, p),
        period=period,
        made_on=today.isoformat(),
        provisional=end_d >= today,
        warnings=_warnings(db, tree, period, today),
        offices_below=offices_below(db, office["code"], period),
        complaints_by_code=by_code,
        **report_notes.get(db, office["code"], period.key),
    )


NARRATIVE_LIMIT = 20_000  # characters: a few pages of the printed report


def note(ws: Workspace, period: ReportPeriod, office_code: str | None = None) -> dict:
    """The narrative (新情况、新问题) and the names of who filled in and who checked the report."""
    code = office_code or ws.require_office()["code"]
    return report_notes.get(ws.db, code, period.key)


def save_note(
    ws: Workspace,
    period: ReportPeriod,
    *,
    narrative: str = "",
    prepared_by: str = "",
    reviewed_by: str = "",
    office_code: str | None = None,
) -> dict:
    """Keep the narrative and the names with the period's report; refused field by field."""
    from app.domain.errors import Problem, ValidationErrors

    values = {
        "narrative": (narrative or "").strip(),
        "prepared_by": (prepared_by or "").strip(),
        "reviewed_by": (reviewed_by or "").strip(),
    }
    problems = []
    if len(values["narrative"]) > NARRATIVE_LIMIT:
        problems.append(
            Problem("narrative", N_("The narrative is longer than {n} characters; shorten it."), {"n": NARRATIVE_LIMIT})
        )
    for name in ("prepared_by", "reviewed_by"):
        if len(values[name]) > 60:
            problems.append(Problem(name, N_("A name is at most 60 characters.")))
    if problems:
        raise ValidationErrors(problems)
    code = office_code or ws.require_office()["code"]
    report_notes.put(ws.db, code, period.key, values, ws.actor.user)
    return values


def _warnings(db, tree: str | None, period: ReportPeriod, today: date) -> list[Warning_]:
    if period.start > today:
        return [Warning_(NOT_BEGUN)]
    out = []
    if period.end >= today:
        out.append(Warning_(PROVISIONAL))
    first = first_record_on(db, tree)
    if first and period.end.isoformat() < first:
        out.append(Warning_(BEFORE_REGISTER, (("first", first),)))
    return out


def first_record_on(db, tree: str | None) -> str | None:
    """The earliest dated fact on the register: a household's registration, a demand's, a session,
    a complaint received."""
    in_tree = rollups.in_tree
    dates = [
        db.scalar(f"SELECT min(registered_on) FROM household_roll WHERE live AND {in_tree(tree)}", {"tree": tree}),
        db.scalar(
            f"SELECT min(registered_on) FROM loan_demand WHERE deleted_at IS NULL AND {in_tree(tree)}", {"tree": tree}
        ),
        db.scalar(
            f"SELECT min(held_on) FROM literacy_session WHERE deleted_at IS NULL AND {in_tree(tree)}", {"tree": tree}
        ),
        db.scalar(
            f"SELECT min(received_on) FROM complaint WHERE deleted_at IS NULL AND {in_tree(tree)}", {"tree": tree}
        ),
    ]
    dates = [d for d in dates if d]
    return min(dates) if dates else None


def offices_below(db, office_code: str, period: ReportPeriod) -> list[OfficeBelow]:
    """Every office below `office_code`, in code order, each included when it — or an office between
    it and the report's, which carries its records upward — has sent a sync package for the
    period's last month or a later one (packages carry every change since the one before)."""
    rows = db.query(
        """
        WITH RECURSIVE t(code, name_zh, name_bo, level, parent_code, depth) AS (
            SELECT code, name_zh, name_bo, level, parent_code, 0 FROM office WHERE code = :root
            UNION ALL
            SELECT o.code, o.name_zh, o.name_bo, o.level, o.parent_code, t.depth + 1
            FROM office o JOIN t ON o.parent_code = t.code WHERE o.deleted_at IS NULL)
        SELECT t.code, t.name_zh, coalesce(t.name_bo, '') AS name_bo, t.level, t.parent_code, t.depth,
               (SELECT max(substr(period, 1, 7)) FROM sync_log WHERE direction = 'import' AND status = 'ok'
                AND sender_code = t.code) AS last_month
        FROM t WHERE depth > 0 ORDER BY depth, code""",
        {"root": office_code},
    )
    sent = {}
    out = []
    for r in rows:  # parents before children (depth order)
        own = r["last_month"] or ""
        carried = sent.get(r["parent_code"], "")
        last = max(own, carried)
        sent[r["code"]] = last
        out.append(OfficeBelow(r["code"], r["name_zh"], r["name_bo"], r["level"], last >= period.last_month, last))
    return sorted(out, key=lambda o: o.code)


def _late_loans(db, p: dict) -> dict[str, str]:
    """The loan steps and demands deleted after the period's end (p["cut"]), as JSON lists of ids:
    few, and most often none (small partial indexes, migration 27)."""
    return {
        key: json.dumps(
            [
                r["id"]
                for r in db.query(f"SELECT id FROM {table} INDEXED BY {table}_deleted WHERE deleted_at >= :cut", p)
            ]
        )
        for key, table in (("events", "loan_event"), ("demands", "loan_demand"))
    }


def _record_ids(db, tree: str | None, p: dict) -> dict[str, list[str]]:
    """The loan demands, loan steps and ratings behind the month's figures, in report order."""
    in_tree = rollups.in_tree
    loans = [
        r["id"]
        for r in db.query(
            f"""SELECT id FROM loan_demand d WHERE {rollups.present("d")} AND {in_tree(tree)}
            AND registered_on BETWEEN :start AND :end ORDER BY registered_on, id""",
            p,
        )
    ]
    seen = set(loans)
    events = []
    for r in db.query(
        f"""SELECT e.id, e.loan_demand_id FROM loan_event e JOIN loan_demand d ON d.id = e.loan_demand_id
                          WHERE e.id IN (SELECT id FROM loan_event INDEXED BY loan_event_month
                                         WHERE deleted_at IS NULL AND on_date BETWEEN :start AND :end
                                         UNION ALL SELECT value FROM json_each(:late_events))
                            AND {rollups.present("e")} AND {rollups.present("d")} AND {in_tree(tree, "d")}
                            AND e.on_date BETWEEN :start AND :end AND e.to_status IN
                                (SELECT value FROM json_each(:steps))
                          ORDER BY e.on_date, e.created_at, e.id""",
        {**p, "steps": json.dumps(LOAN_STEPS), "late_events": _late_loans(db, p)["events"]},
    ):
        events.append(r["id"])
        if r["loan_demand_id"] not in seen:
            seen.add(r["loan_demand_id"])
            loans.append(r["loan_demand_id"])
    ratings = [
        r["id"]
        for r in db.query(
            f"""SELECT id FROM credit_rating r WHERE {rollups.present("r")} AND {in_tree(tree)}
            AND rated_on BETWEEN :start AND :end ORDER BY rated_on, id""",
            p,
        )
    ]
    return {"loans": loans, "events": events, "ratings": ratings}


def previous_month(today: date) -> str:
    """The month a report is usually made for: the one before `today`'s."""
    first = today.replace(day=1) - timedelta(days=1)
    return f"{first:%Y-%m}"


def loan_event_rows(ws: Workspace, ids: list[str], end: str | None = None) -> list[dict]:
    """Loan steps (loan_event rows) with their demand's household, product and amount, in order;
    the household's village is the one it was in at the end of the day `end` (the report's period
    end: the village whose row counts the step), else today's."""
    if not ids:
        return []
    from storage import household_village

    village = "h.village_id" if end is None else household_village.village_at("h.id", "coalesce(h.village_id, '')")
    rows = ws.db.query(
        f"""SELECT e.id, e.on_date, e.from_status, e.to_status, e.by_user, e.reason, d.product_code,
                  d.household_id, h.name_zh AS household_zh, h.name_bo AS household_bo, h.id_number,
                  nullif({village}, '') AS village_id,
                  CASE WHEN e.to_status = 'granted'
                       THEN coalesce(json_extract(e.details, '$.granted_fen'), d.granted_fen, d.amount_fen)
                       ELSE d.amount_fen END AS event_fen
           FROM loan_event e JOIN loan_demand d ON d.id = e.loan_demand_id
           JOIN household h ON h.id = d.household_id
           WHERE e.id IN (SELECT value FROM json_each(:ids))""",
        {"ids": json.dumps(ids), "end": end},
    )
    by_id = {r["id"]: r for r in rows}
    return [by_id[i] for i in ids if i in by_id]
