"""What the office has done, at a glance: the Home page's indicators (and the monthly report's).

For a period (a month "YYYY-MM" or a date range) and the office with every office below it
(storage.offices.tree_codes), computed from the registers:

- coverage of registered-poor households: with at least one loan demand, with a granted loan
  (as at the end of the period);
- loan demands: registered and granted in the period; success rate = granted ÷ decided, where a
  demand is decided in the period when its first deciding step (the bank's approval or rejection)
  is dated in it, and granted when its grant was on or before the period's end, whatever became
  of the loan since (repaid, defaulted, written off: issue #18) — read from the loan steps, so
  that a later step (the grant, a rejection after the approval, a withdrawal) never changes a
  closed period's rate (issue #19); median days from registration to that decision;
  530 loans outstanding (granted by the period's end, neither repaid nor written off by then:
  count and granted amount) and overdue ones (maturity before then);
- literacy: sessions and attendance in the period and in the year to the period's end; share of
  that year's sessions held in Tibetan or bilingual; share of households reached (distinct linked
  attendee households of that year ÷ households on the register);
- complaints: open and overdue today; received in the period; resolved within the deadline (among
  those resolved in the period); satisfaction (satisfied or mostly satisfied, among those closed in
  the period with a satisfaction given);
- credit households per village and credit villages (ws.ratings.credit_villages for the period's
  year);
- the 12 months up to the period's end: demands registered and granted, literacy attendance;
- what needs action today: overdue complaints, demands waiting for a bank decision for more than
  the `loan_decision_alert_days` setting, subordinate offices with no imported sync package for
  the latest month whose report is due (sync's due day).

Shares are kept as (part, whole) so a report can print "12 / 40" as well as 30 %; a share with
nothing to count (whole 0) has no percentage rather than a misleading 0 %.

A period's figures count the records as they stood at its end: a record deleted after it still
counts there (a deletion is dated, storage/indicators.py), so Home's tiles for a past month and the
report's Indicators sheet never change when later work is recorded (issue #19).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from app.domain.dates import parse_date
from app.domain.errors import ValidationError
from app.i18n import N_
from storage import indicators as sql
from storage import offices as office_store
from storage import rollups

if TYPE_CHECKING:
    from app.services.workspace import Workspace

ACTION_LIST_LIMIT = 50
TREND_MONTHS = 12


# -- periods ----------------------------------------------------------------------------------------
def _month_end(year: int, month: int) -> date:
    nxt = date(year + month // 12, month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def month_key(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def shift_month(key: str, months: int) -> str:
    year, month = int(key[:4]), int(key[5:7])
    index = year * 12 + month - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    @classmethod
    def month(cls, key: str | date) -> "Period":
        """The calendar month "YYYY-MM" (or the month of a date)."""
        if isinstance(key, date):
            year, month = key.year, key.month
        else:
            try:
                year, month = int(str(key)[:4]), int(str(key)[5:7])
                if len(str(key)) != 7 or str(key)[4] != "-" or not 1 <= month <= 12:
                    raise ValueError
            except ValueError:
                raise ValidationError(
                    "period", N_("A month is written as year-month, such as {example}."), example="2026-11"
                ) from None
        return cls(date(year, month, 1), _month_end(year, month))

    @classmethod
    def between(cls, start: str | date, end: str | date) -> "Period":
        s, e = parse_date(start, "date_from"), parse_date(end, "date_to")
        if e < s:
            raise ValidationError(
                "date_to",
                N_("The end date {end} is before the start date {start}."),
                end=e.isoformat(),
                start=s.isoformat(),
            )
        return cls(s, e)

    @classmethod
    def year_to(cls, end: date) -> "Period":
        return cls(date(end.year, 1, 1), end)

    @property
    def is_month(self) -> bool:
        return self.start.day == 1 and self.end == _month_end(self.start.year, self.start.month)

    @property
    def key(self) -> str:
        return month_key(self.start) if self.is_month else f"{self.start.isoformat()}..{self.end.isoformat()}"

    @property
    def year_to_date(self) -> "Period":
        return Period(date(self.end.year, 1, 1), self.end)

    def filters(self) -> dict:
        """The register filters that select records dated in this period."""
        return {"date_from": self.start.isoformat(), "date_to": self.end.isoformat()}


# -- results ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Share:
    part: int
    whole: int

    @property
    def bp(self) -> int | None:
        """Basis points of 10,000, rounded down; None when there is nothing to count."""
        return self.part * 10000 // self.whole if self.whole else None

    @property
    def percent(self) -> float | None:
        return None if not self.whole else round(100.0 * self.part / self.whole, 1)


@dataclass
class LoanIndicators:
    poor_households: int | None  # None: not counted (quick computation)
    poor_with_demand: Share | None
    poor_with_grant: Share | None
    registered: int
    granted: int
    granted_fen: int
    success: Share  # granted ÷ decided in the period
    median_days_to_decision: float | None
    outstanding_530: int
    outstanding_530_fen: int
    overdue_530: int
    overdue_530_fen: int


@dataclass
class LiteracyIndicators:
    sessions: int  # in the period
    attendance: int
    year_sessions: int  # in the year up to the period's end
    year_attendance: int
    tibetan_or_bilingual: Share  # of the year's sessions
    households_reached: Share | None  # distinct attendee households of the year ÷ households


@dataclass
class ComplaintIndicators:
    open: int  # today
    overdue: int  # today
    received: int  # in the period
    resolved_in_time: Share  # resolved in the period by the due date ÷ resolved in it
    satisfied: Share  # satisfied or mostly ÷ closed in the period with a rating


@dataclass
class VillageCreditRow:
    village_id: str
    name_zh: str
    name_bo: str
    households: int
    credit_households: Share
    clean_borrowers: Share
    qualifies: bool


@dataclass
class CreditIndicators:
    year: int
    households: int
    credit_households: Share
    villages: list[VillageCreditRow]
    credit_villages: Share  # villages that qualify ÷ villages with households
    min_credit_share_bp: int
    min_clean_share_bp: int


@dataclass
class MonthPoint:
    month: str  # "YYYY-MM"
    demands: int
    granted: int
    sessions: int
    attendance: int


@dataclass
class ActionItem:
    register: str  # "complaints" | "loans" | "offices"
    record_id: str
    on: str  # the date that makes it late (due date / registered on)
    days: int  # days overdue / waiting
    name_zh: str
    name_bo: str
    detail: str = ""  # institution, product code, office code


@dataclass
class ActionLists:
    overdue_complaints: list[ActionItem]
    overdue_complaints_total: int
    waiting_demands: list[ActionItem]
    waiting_demands_total: int
    waiting_days: int  # the configured alert
    waiting_since: str  # registered before this date = waiting too long
    unreported_offices: list[ActionItem]
    report_month: str  # the month subordinates should have reported


@dataclass
class Indicators:
    period: Period
    today: date
    office_codes: list[str]
    households: int
    loans: LoanIndicators
    literacy: LiteracyIndicators
    complaints: ComplaintIndicators
    credit: CreditIndicators | None
    trend: list[MonthPoint]
    actions: ActionLists
    complete: bool = True  # False: a quick computation (see IndicatorService.compute)
    timings_ms: dict[str, float] = field(default_factory=dict)

    @property
    def as_of(self) -> date:
        """The day the period's stock figures are taken at: its end once it has passed, else today."""
        return as_of(self.period, self.today)

    @property
    def provisional(self) -> bool:
        """The period has not ended yet: its figures can still change."""
        return self.period.end >= self.today


# -- computing --------------------------------------------------------------------------------------
def as_of(period: Period, today: date) -> date:
    """A period's figures that are a state (households on the register, their status, credit
    households, loans outstanding, complaints open) are taken at its end once it has passed, so
    that a closed period's figures never change when later work is recorded (issue #19); for the
    period still running, today."""
    return min(period.end, today)


def median(values: list[int]) -> float | None:
    import statistics  # here: start-up (Home page import) does not pay for it

    return float(statistics.median(values)) if values else None


class IndicatorService:
    """ws.indicators-style service: `IndicatorService(ws).compute(period, today=...)`."""

    def __init__(self, ws: Workspace):
        self.ws = ws
        self._cache: tuple | None = None  # (key, Indicators): Home refreshes often, data changes less

    @property
    def db(self):
        return self.ws.db

    def tree(self, office_code: str | None = None) -> list[str]:
        code = office_code or self.ws.require_office()["code"]
        return office_store.tree_codes(self.db, code)

    def _stamp(self) -> tuple:
        """Changes since the last computation: rows this connection changed, commits by others."""
        return self.db.conn.total_changes, self.db.scalar("PRAGMA data_version")

    def compute(
        self,
        period: Period | str | None = None,
        *,
        today: date | None = None,
        office_code: str | None = None,
        quick: bool = False,
    ) -> Indicators:
        """Every indicator; with ``quick`` only those that need no pass over all households
        (coverage, households reached, credit and the trend are left None / empty) — the Home page
        shows these first and the rest when the full computation arrives."""
        import time

        today = today or date.today()
        if period is None:
            period = Period.month(today)
        elif isinstance(period, str):
            period = Period.month(period)
        local = self.ws.require_office()["code"]
        codes = self.tree(office_code)
        key = (period, today, tuple(codes), self._stamp())
        if self._cache is not None and self._cache[0] == key:
            return self._cache[1]  # a full result serves a quick request too
        # the local office's tree is the whole register: no per-row office filter needed
        tree = None if (office_code or local) == local else json.dumps(codes)
        timings: dict[str, float] = {}

        def timed(name, fn, *args):
            t0 = time.perf_counter()
            value = fn(*args)
            timings[name] = (time.perf_counter() - t0) * 1000
            return value

        at = as_of(period, today)
        loans = timed("loans", self.loans, tree, period, at, quick)
        # complaints open and overdue stay today's: they are what needs action now, beside the lists
        complaints = timed("complaints", self.complaints, tree, period, today)
        trend = [] if quick else timed("trend", self.trend, tree, period)
        actions = timed("actions", self.actions, tree, today, codes[0])
        ytd = period.year_to_date
        reached = (
            None
            if quick
            else timed("reached", sql.households_reached, self.db, tree, ytd.start.isoformat(), ytd.end.isoformat())
        )
        # households, credit households and borrowers per village as of the period's end: one scan
        # of household_roll (storage/rollups.py), shared with the monthly report
        villages = timed(
            "villages",
            lambda: rollups.villages(
                self.db,
                tree,
                end=period.end.isoformat(),
                year=period.end.year,
                grades=sorted(self.ws.ratings.credit_grades()),
                arrears_before=at.isoformat(),
            ),
        )
        households = sum(at_end for at_end, _ in villages.households.values())
        result = Indicators(
            period=period,
            today=today,
            office_codes=codes,
            households=households,
            loans=loans,
            literacy=timed("literacy", self.literacy, tree, period, households, quick, reached),
            complaints=complaints,
            credit=None if quick else timed("credit", self.credit, tree, period, villages),
            trend=trend,
            actions=actions,
            complete=not quick,
        )
        result.timings_ms = timings
        if not quick:
            self._cache = (key, result)
        return result

    def loans(self, tree: str | None, period: Period, today: date, quick: bool = False) -> LoanIndicators:
        """(`today`: the day stock figures are taken at, :func:`as_of`)"""
        start, end = period.start.isoformat(), period.end.isoformat()
        cover = (
            {"poor": None, "with_demand": None, "with_grant": None} if quick else sql.poor_coverage(self.db, tree, end)
        )
        flow = sql.loan_flow(self.db, tree, start, end)
        out = sql.outstanding(self.db, tree, "530", today.isoformat())
        return LoanIndicators(
            poor_households=cover["poor"],
            poor_with_demand=None if quick else Share(cover["with_demand"], cover["poor"]),
            poor_with_grant=None if quick else Share(cover["with_grant"], cover["poor"]),
            registered=flow["registered"],
            granted=flow["granted"],
            granted_fen=flow["granted_fen"],
            success=Share(flow["decided_granted"], flow["decided"]),
            median_days_to_decision=median(flow["decision_days"]),
            outstanding_530=out["n"],
            outstanding_530_fen=out["fen"],
            overdue_530=out["overdue"],
            overdue_530_fen=out["overdue_fen"],
        )

    def literacy(
        self, tree: str | None, period: Period, households: int, quick: bool, reached: int | None
    ) -> LiteracyIndicators:
        """(`reached`: households reached this year, counted by compute; None for a quick one)"""
        now = sql.sessions(self.db, tree, period.start.isoformat(), period.end.isoformat())
        ytd = period.year_to_date
        year = sql.sessions(self.db, tree, ytd.start.isoformat(), ytd.end.isoformat())
        return LiteracyIndicators(
            sessions=now["n"],
            attendance=now["attendance"],
            year_sessions=year["n"],
            year_attendance=year["attendance"],
            tibetan_or_bilingual=Share(year["tibetan"], year["n"]),
            households_reached=None if quick else Share(reached, households),
        )

    def complaints(self, tree: str | None, period: Period, today: date) -> ComplaintIndicators:
        state = sql.complaint_state(self.db, tree, today.isoformat())
        flow = sql.complaint_flow(self.db, tree, period.start.isoformat(), period.end.isoformat())
        return ComplaintIndicators(
            open=state["open"],
            overdue=state["overdue"],
            received=flow["received"],
            resolved_in_time=Share(flow["in_time"], flow["resolved"]),
            satisfied=Share(flow["satisfied"], flow["rated"]),
        )

    def credit(self, tree: str | None, period: Period, villages: rollups.Villages) -> CreditIndicators:
        from app.domain.ratings import is_credit_village

        ref = self.ws.reference
        year = period.end.year
        min_credit = int(ref.setting("credit_village_min_credit_share_bp", 7000))
        min_clean = int(ref.setting("credit_village_min_clean_borrower_share_bp", 8500))
        rows = sql.village_credit(self.db, tree, villages)
        villages = [
            VillageCreditRow(
                r["village_id"],
                r["name_zh"],
                r["name_bo"],
                r["households"],
                Share(r["credit"], r["households"]),
                Share(r["clean"], r["borrowers"]),
                is_credit_village(r["households"], r["credit"], r["borrowers"], r["clean"], min_credit, min_clean),
            )
            for r in rows
        ]
        populated = [v for v in villages if v.households]
        return CreditIndicators(
            year=year,
            households=sum(v.households for v in villages),
            credit_households=Share(
                sum(v.credit_households.part for v in villages), sum(v.households for v in villages)
            ),
            villages=villages,
            credit_villages=Share(sum(1 for v in populated if v.qualifies), len(populated)),
            min_credit_share_bp=min_credit,
            min_clean_share_bp=min_clean,
        )

    def trend(self, tree: str | None, period: Period, months: int = TREND_MONTHS) -> list[MonthPoint]:
        last = month_key(period.end)
        keys = [shift_month(last, -i) for i in range(months - 1, -1, -1)]
        start = f"{keys[0]}-01"
        end = Period.month(last).end.isoformat()
        demands = sql.demands_by_month(self.db, tree, start, end)
        literacy = sql.attendance_by_month(self.db, tree, start, end)
        return [MonthPoint(k, *demands.get(k, (0, 0)), *literacy.get(k, (0, 0))) for k in keys]

    def report_month(self, today: date) -> str:
        """The latest month whose package should have arrived by `today`: last month once its
        due day (sync's ``report_due_day`` setting) has passed, the month before until then."""
        from storage.reference import report_due_day

        months_back = 1 if today.day > report_due_day(self.db) else 2
        return shift_month(month_key(today), -months_back)

    def waiting_days(self) -> int:
        return int(self.ws.reference.setting("loan_decision_alert_days", 30))

    def actions(self, tree: str | None, today: date, office_code: str, limit: int = ACTION_LIST_LIMIT) -> ActionLists:
        t = today.isoformat()
        complaints = [
            ActionItem(
                "complaints",
                r["id"],
                r["due_on"],
                r["days_overdue"],
                r["household_zh"] or r["complainant_name"],
                r["household_bo"] or "",
                r["institution"],
            )
            for r in sql.overdue_complaints(self.db, tree, t, limit)
        ]
        overdue_total = sql.complaint_state(self.db, tree, t)["overdue"]
        days = self.waiting_days()
        since = (today - timedelta(days=days)).isoformat()
        waiting_total, rows = sql.waiting_demands(self.db, tree, since, t, limit)
        waiting = [
            ActionItem(
                "loans",
                r["id"],
                r["registered_on"],
                r["days_waiting"],
                r["household_zh"],
                r["household_bo"] or "",
                r["product_code"],
            )
            for r in rows
        ]
        report_month = self.report_month(today)
        subs = office_store.subordinates(self.db, office_code)
        reported = sql.reported_senders(self.db, [o["code"] for o in subs], report_month)
        unreported = [
            ActionItem("offices", o["code"], f"{report_month}-01", 0, o["name_zh"], o["name_bo"] or "", o["code"])
            for o in subs
            if o["code"] not in reported
        ]
        return ActionLists(complaints, overdue_total, waiting, waiting_total, days, since, unreported, report_month)

    # -- drill-down ------------------------------------------------------------------------------
    def drilldown(self, key: str, ind: Indicators) -> tuple[str, dict]:
        """The register and filters that list the records behind an indicator (a tile's click)."""
        p, today = ind.period, ind.today
        ytd = p.year_to_date
        if key == "overdue_complaints":
            return "complaints", {"overdue_on": today.isoformat()}
        if key == "open_complaints":
            return "complaints", {
                "ids": self._ids(
                    "SELECT id FROM complaint WHERE status IN ('received', 'transferred') AND deleted_at IS NULL"
                    " AND office_code IN (SELECT value FROM json_each(?))",
                    ind,
                )
            }
        if key == "complaints_received":
            return "complaints", p.filters()
        if key in ("resolved_in_time", "satisfaction"):
            column = "resolved_on" if key == "resolved_in_time" else "closed_on"
            return "complaints", {
                "ids": self._ids(
                    f"SELECT id FROM complaint WHERE {column} BETWEEN ? AND ? AND deleted_at IS NULL"
                    " AND office_code IN (SELECT value FROM json_each(?))",
                    ind,
                    p.start.isoformat(),
                    p.end.isoformat(),
                )
            }
        if key == "waiting_demands":
            return "loans", {"waiting_since": ind.actions.waiting_since}
        if key == "demands_registered":
            return "loans", p.filters()
        if key in ("demands_granted", "success_rate", "median_days"):
            column = "granted_on" if key == "demands_granted" else "decided_on"
            from storage import indicators as counted

            # the statuses the tile counts (a loan defaulted since stays in its month)
            statuses = counted.GRANTED if key == "demands_granted" else counted.DECIDED
            return "loans", {
                "ids": self._ids(
                    f"SELECT id FROM loan_demand WHERE status IN {statuses} AND {column} BETWEEN ? AND ?"
                    " AND deleted_at IS NULL AND office_code IN (SELECT value FROM json_each(?))",
                    ind,
                    p.start.isoformat(),
                    p.end.isoformat(),
                )
            }
        if key in ("outstanding_530", "overdue_530"):
            extra = " AND maturity_on < ?" if key == "overdue_530" else ""
            params = (today.isoformat(),) if extra else ()
            return "loans", {
                "ids": self._ids(
                    "SELECT id FROM loan_demand WHERE status IN ('granted', 'defaulted') AND product_code = '530'"
                    f" AND deleted_at IS NULL{extra} AND office_code IN (SELECT value FROM json_each(?))",
                    ind,
                    *params,
                )
            }
        if key in ("poor_with_demand", "poor_with_grant", "poor_households"):
            cond = {
                "poor_households": "",
                "poor_with_demand": " AND EXISTS (SELECT 1 FROM loan_demand d WHERE d.household_id = h.id"
                " AND d.deleted_at IS NULL AND d.registered_on <= ?)",
                "poor_with_grant": " AND EXISTS (SELECT 1 FROM loan_demand d WHERE d.household_id = h.id"
                " AND d.deleted_at IS NULL AND d.status IN ('granted', 'repaid', 'defaulted', 'written_off')"
                " AND d.granted_on <= ?)",
            }[key]
            params = (p.end.isoformat(),) if cond else ()
            return "households", {
                "status": "registered_poor",
                "ids": self._ids(
                    "SELECT h.id FROM household h WHERE h.status = 'registered_poor' AND h.deleted_at IS NULL"
                    f"{cond} AND h.office_code IN (SELECT value FROM json_each(?))",
                    ind,
                    *params,
                ),
            }
        if key == "sessions":
            return "sessions", p.filters()
        if key in ("year_sessions", "tibetan_sessions", "households_reached"):
            return "sessions", ytd.filters()
        if key in ("credit_households", "credit_villages"):
            return "ratings", {}
        raise KeyError(key)

    def _ids(self, sql_text: str, ind: Indicators, *params) -> list[str]:
        return [r[0] for r in self.db.execute(sql_text, (*params, json.dumps(ind.office_codes))).fetchall()]
