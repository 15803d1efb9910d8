"""The arithmetic of a granted loan: what falls due when, what is owed on a date, how late it is,
and the interest subsidy it earns, from the loan's dated movements alone.

Conventions (the seeds are silent; these are the ones Chinese banks and the subsidy rules use):

- Interest runs from the grant day to the repayment day, the first counted and the last not
  (算头不算尾); the daily rate is the annual rate / 360 (人民银行《人民币利率管理规定》第二十条:
  日利率 = 年利率 ÷ 360).  Amounts are exact fractions until a figure is shown, then rounded half up
  to the fen.
- Principal falls due as the repayment plan says: all at maturity (``every_months`` None — the
  usual 到期一次还本 of 530 / 扶贫小额信贷 loans) or equal parts every N months with the remainder in
  the last.  A top-up (追加, Wulong seed §三十二) falls due at the maturity.  An extension (展期)
  moves everything still unpaid on its date to the new maturity.
- A repayment pays principal and interest as the bank split them (both recorded); principal paid
  covers the earliest dues first.  A payment is overdue the day after it fell due; days overdue
  are counted from the earliest due amount not yet covered.
- A written-off loan owes nothing on the register's books from the write-off date (账销案存: the
  bank keeps pursuing it; recoveries are still recorded).
- The subsidy accrues on the subsidised part of the balance (the principal up to the policy's cap)
  at the lower of the loan's rate and the policy's rate cap, times the share in force that day; it
  stops at the maturity in force and from the day the loan defaults.  The seeds are silent on
  overdue interest; the national subsidy rules for 创业担保贷款 (财金〔2016〕85号) pay none on overdue
  loans, taken here as the rule for every subsidised product.  An extension moves the maturity and
  so keeps the subsidy running: this program's assumption, to be confirmed by the county (a policy
  field if it says otherwise).  Years are calendar (policy) years.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from fractions import Fraction
from typing import Iterable, Sequence

from app.domain.dates import add_months

DAYS_IN_YEAR = 360
#: a subsidy span's fen per day is per_day / this: rate and share are basis points of 10,000 (LoanFacts.subsidy_segments)
SUBSIDY_DENOMINATOR = 10_000 * 10_000 * DAYS_IN_YEAR
#: kinds of principal movement, and whether they add to the balance (+1) or lower it (-1)
MOVEMENT_SIGN = {"grant": 1, "top_up": 1, "repayment": -1, "recovery": -1}
#: ageing buckets of days overdue (DESIGN §3; the usual 1–30 / 31–90 / 91–180 / >180 of loan reviews)
AGEING_BUCKETS = ((1, 30, "1-30"), (31, 90, "31-90"), (91, 180, "91-180"), (181, None, ">180"))


def half_up(value: Fraction) -> int:
    """A fraction of a fen rounded half up (money is never rounded to even)."""
    return int((value * 2 + 1) // 2) if value >= 0 else -half_up(-value)


@dataclass(frozen=True)
class Movement:
    on: date
    kind: str  # grant | top_up | repayment | recovery
    principal_fen: int  # positive amount; MOVEMENT_SIGN gives its direction
    interest_fen: int = 0  # interest paid with a repayment


@dataclass(frozen=True)
class Extension:
    on: date
    new_maturity: date


@dataclass(frozen=True)
class SubsidyTerms:
    """The subsidy rule in force from `effective_from` (one per policy version)."""

    effective_from: date
    share_bp: int
    cap_fen: int | None = None  # principal above this earns no subsidy
    rate_cap_bp: int | None = None  # the subsidy is paid at most at this rate


@dataclass
class LoanFacts:
    granted_on: date
    maturity_on: date  # as granted; extensions move it
    rate_bp: int
    movements: list[Movement] = field(default_factory=list)  # the grant itself included
    extensions: list[Extension] = field(default_factory=list)
    every_months: int | None = None  # None: principal at maturity
    defaulted_on: date | None = None
    written_off_on: date | None = None

    # -- principal --------------------------------------------------------------------------------
    def principal_granted(self, upto: date | None = None) -> int:
        return sum(
            m.principal_fen for m in self.movements if MOVEMENT_SIGN.get(m.kind) == 1 and (upto is None or m.on <= upto)
        )

    def principal_paid(self, upto: date | None = None) -> int:
        return sum(
            m.principal_fen
            for m in self.movements
            if MOVEMENT_SIGN.get(m.kind) == -1 and (upto is None or m.on <= upto)
        )

    def interest_paid(self, upto: date | None = None) -> int:
        return sum(m.interest_fen for m in self.movements if upto is None or m.on <= upto)

    def owed_principal(self, on: date) -> int:
        """Principal the household owes at the end of `on`, written-off debt included."""
        return max(0, self.principal_granted(on) - self.principal_paid(on))

    def balance_on(self, on: date) -> int:
        """The balance on the register's books at the end of `on` (0 once written off)."""
        if self.written_off_on is not None and on >= self.written_off_on:
            return 0
        return self.owed_principal(on)

    def maturity(self, on: date | None = None) -> date:
        """The maturity in force on `on` (the last extension made by then)."""
        current = self.maturity_on
        for e in sorted(self.extensions, key=lambda e: e.on):
            if on is None or e.on <= on:
                current = e.new_maturity
        return current

    # -- what falls due ---------------------------------------------------------------------------
    def dues(self, on: date | None = None) -> list[tuple[date, int]]:
        """Principal due dates and amounts as known on `on` (None: with every recorded event)."""
        grant = next((m for m in self.movements if m.kind == "grant"), None)
        if grant is None:
            return []
        plan = schedule(grant.principal_fen, self.granted_on, self.maturity_on, self.every_months)
        events: list[tuple[date, int, object]] = []
        for m in self.movements:
            if m.kind == "top_up" and (on is None or m.on <= on):
                events.append((m.on, 0, m))
        for e in self.extensions:
            if on is None or e.on <= on:
                events.append((e.on, 1, e))
        maturity = self.maturity_on
        for _, _, ev in sorted(events, key=lambda t: (t[0], t[1])):
            if isinstance(ev, Movement):  # a top-up: due with the last part
                plan = _merge(plan + [(maturity, ev.principal_fen)])
            else:  # an extension: the unpaid remainder moves
                paid = self.principal_paid(ev.on)
                covered, rest = _split_covered(plan, paid)
                maturity = ev.new_maturity
                plan = _merge(covered + ([(maturity, rest)] if rest else []))
        return plan

    def overdue(self, on: date) -> tuple[int, int]:
        """(overdue principal in fen, days overdue) at the end of `on`; (0, 0) when nothing is late."""
        if self.written_off_on is not None and on >= self.written_off_on:
            return 0, 0
        paid = self.principal_paid(on)
        running = 0
        first_late: date | None = None
        late_fen = 0
        for due_on, amount in self.dues(on):
            if due_on >= on:
                break
            running += amount
            if running > paid:
                if first_late is None:
                    first_late = due_on
                late_fen = running - paid
        if first_late is None:
            return 0, 0
        return late_fen, (on - first_late).days

    def due_from(self) -> date | None:
        """The earliest due date not yet covered by every principal paid (None: nothing left to pay).
        Stored on the loan row so that "overdue on D" is ``due_from < D``: an index look-up."""
        if self.written_off_on is not None or self.owed_principal(date.max) == 0:
            return None
        paid = self.principal_paid()
        running = 0
        for due_on, amount in self.dues():
            running += amount
            if running > paid:
                return due_on
        return None

    # -- interest and subsidy ---------------------------------------------------------------------
    def _breakpoints(self, start: date, end: date, extra: Iterable[date] = ()) -> list[date]:
        points = {start, end}
        points.update(m.on for m in self.movements)
        points.update(d for d in extra)
        year = start.year + 1
        while date(year, 1, 1) < end:
            points.add(date(year, 1, 1))
            year += 1
        return sorted(p for p in points if start <= p <= end)

    def interest_accrued(self, until: date) -> Fraction:
        """Interest the loan has run up from the grant to `until` (exclusive), in fen."""
        total = Fraction(0)
        end = until if self.written_off_on is None else min(until, self.written_off_on)
        points = self._breakpoints(self.granted_on, end)
        for a, b in zip(points, points[1:]):
            total += Fraction(self.owed_principal(a) * self.rate_bp * (b - a).days, 10_000 * DAYS_IN_YEAR)
        return total

    def subsidy_segments(self, terms: Sequence[SubsidyTerms]) -> list[tuple[date, date, int]]:
        """The subsidy the loan earns, as spans [from, to) over which it earns the same each day:
        ``per_day`` = subsidised principal (fen) × rate (bp) × share (bp), so that a span earns
        ``per_day × days / SUBSIDY_DENOMINATOR`` fen, exactly.  Spans never cross a calendar year
        (the policy year rounds them) and end at the maturity in force, the default or the
        write-off.  Stored per loan (storage.loan_subsidy) so that a period's subsidy is a sum."""
        stop = self.maturity()
        if self.defaulted_on is not None:
            stop = min(stop, self.defaulted_on)
        if self.written_off_on is not None:
            stop = min(stop, self.written_off_on)
        start = self.granted_on
        if stop <= start:
            return []
        terms = sorted(terms, key=lambda t: t.effective_from)
        points = self._breakpoints(start, stop, (t.effective_from for t in terms))
        spans = []
        for a, b in zip(points, points[1:]):
            rule = None
            for t in terms:
                if t.effective_from <= a:
                    rule = t
            if rule is None or rule.share_bp <= 0:
                continue
            principal = self.owed_principal(a)
            if rule.cap_fen is not None:
                principal = min(principal, rule.cap_fen)
            rate = self.rate_bp if rule.rate_cap_bp is None else min(self.rate_bp, rule.rate_cap_bp)
            if principal * rate * rule.share_bp:
                spans.append((a, b, principal * rate * rule.share_bp))
        return spans

    def subsidy_by_year(self, terms: Sequence[SubsidyTerms], until: date, since: date | None = None) -> dict[int, int]:
        """The subsidy earned in each calendar year from the grant (or `since`) to `until`
        (exclusive), in fen: each year's sum rounded half up (storage.loan_subsidy sums a period
        the same way)."""
        start = self.granted_on if since is None else max(since, self.granted_on)
        years: dict[int, Fraction] = {}
        for a, b, per_day in self.subsidy_segments(terms):
            lo, hi = max(a, start), min(b, until)
            if hi > lo:
                years[a.year] = years.get(a.year, Fraction(0)) + Fraction(per_day * (hi - lo).days, SUBSIDY_DENOMINATOR)
        return {y: half_up(v) for y, v in sorted(years.items()) if half_up(v)}

    def subsidy_until(self, terms: Sequence[SubsidyTerms], until: date) -> int:
        return sum(self.subsidy_by_year(terms, until).values())


def schedule(
    principal_fen: int, granted_on: date, maturity_on: date, every_months: int | None = None
) -> list[tuple[date, int]]:
    """Principal due dates: all at maturity, or equal parts every `every_months` months, the last
    part at maturity taking the remainder (so the parts always add up to the principal)."""
    if not every_months:
        return [(maturity_on, principal_fen)]
    dates = []
    k = 1
    while True:
        d = add_months(granted_on, k * every_months)
        if d >= maturity_on:
            break
        dates.append(d)
        k += 1
    dates.append(maturity_on)
    part = principal_fen // len(dates)
    out = [(d, part) for d in dates[:-1]]
    out.append((dates[-1], principal_fen - part * (len(dates) - 1)))
    return out


def _merge(plan: list[tuple[date, int]]) -> list[tuple[date, int]]:
    merged: dict[date, int] = {}
    for d, a in plan:
        merged[d] = merged.get(d, 0) + a
    return sorted((d, a) for d, a in merged.items() if a)


def _split_covered(plan: list[tuple[date, int]], paid: int) -> tuple[list[tuple[date, int]], int]:
    """The dues `paid` covers (earliest first) and the principal left uncovered."""
    covered, left = [], paid
    rest = 0
    for d, a in plan:
        take = min(a, max(left, 0))
        if take:
            covered.append((d, take))
        left -= take
        rest += a - take
    return covered, rest


def ageing_bucket(days_overdue: int) -> str | None:
    """The ageing bucket ("1-30", "31-90", "91-180", ">180") of a loan `days_overdue` late."""
    if days_overdue <= 0:
        return None
    for lo, hi, name in AGEING_BUCKETS:
        if days_overdue >= lo and (hi is None or days_overdue <= hi):
            return name
    return None


def month_ends(first: date, last: date) -> list[date]:
    """The last day of every month from `first`'s month to `last`'s."""
    out = []
    y, m = first.year, first.month
    while (y, m) <= (last.year, last.month):
        nxt = date(y + (m == 12), m % 12 + 1, 1)
        out.append(nxt - timedelta(days=1))
        y, m = nxt.year, nxt.month
    return out


def loan_facts(
    loan: dict, repayments: Iterable[dict], steps: Iterable[dict], default_rate_bp: int | None = None
) -> LoanFacts | None:
    """A stored loan's dated movements (None for a loan never granted), from its row, its
    repayment rows and its extend / top-up steps.

    Two cases of loans that predate the ledger (issue #18): one repaid before repayments were
    recorded (status repaid, a repaid date, no repayment rows) owed its principal until that date;
    one stored without a rate is taken at `default_rate_bp`, the base rate of its term on its grant
    date (the caller's, from the policy: "原则上执行基准利率", Qinghai seed 004 §三.(二).3)."""
    import json

    from app.domain.dates import from_iso

    if not loan.get("granted_on") or not loan.get("granted_fen"):
        return None
    granted_on = date.fromisoformat(loan["granted_on"])
    original = from_iso(loan.get("original_maturity_on") or loan.get("maturity_on")) or granted_on
    movements = [Movement(granted_on, "grant", int(loan["granted_fen"]))]
    extensions = []
    for e in steps:
        details = json.loads(e["details"]) if e.get("details") else {}
        if e.get("step") == "top_up":
            movements.append(Movement(date.fromisoformat(e["on_date"]), "top_up", int(details["amount_fen"])))
        elif e.get("step") == "extend":
            extensions.append(Extension(date.fromisoformat(e["on_date"]), date.fromisoformat(details["maturity_on"])))
    for r in repayments:
        movements.append(
            Movement(date.fromisoformat(r["paid_on"]), r["kind"], int(r["principal_fen"]), int(r["interest_fen"]))
        )
    rate = loan.get("rate_bp")
    facts = LoanFacts(
        granted_on=granted_on,
        maturity_on=original,
        rate_bp=int(rate if rate is not None else default_rate_bp or 0),
        movements=movements,
        extensions=extensions,
        every_months=loan.get("repayment_every_months"),
        defaulted_on=from_iso(loan.get("defaulted_on")),
        written_off_on=from_iso(loan.get("written_off_on")),
    )
    owed = facts.owed_principal(date.max)
    if loan.get("status") == "repaid" and loan.get("repaid_on") and owed > 0:
        facts.movements.append(Movement(date.fromisoformat(loan["repaid_on"]), "repayment", owed))
    return facts
