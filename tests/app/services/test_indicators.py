"""Indicators against hand-computed expectations on small fixed data written through the services.

Each test builds only the records its indicator needs; the period is October 2026 and "today" is
2026-11-15 unless a test says otherwise.
"""

from __future__ import annotations

from datetime import date

import pytest

from app.services.indicators import IndicatorService, Period, Share, median, shift_month
from app.services.demo import id_check_digit

TODAY = date(2026, 11, 15)
OCT = Period.month("2026-10")

_serial = iter(range(100, 999))


def id_number(birth: str = "19800101") -> str:
    first17 = f"632122{birth}{next(_serial):03d}"
    return first17 + id_check_digit(first17)


def household(ws, status="general", village="拉脊村", registered="2026-01-05", **extra) -> str:
    # registered before the period the tests compute (its figures are as of its end: issue #19)
    return ws.households.create(
        {
            "name_zh": f"户{next(_serial)}",
            "id_number": id_number(),
            "status": status,
            "village": village,
            "registered_on": registered,
            **extra,
        }
    )["id"]


def demand(ws, hid, registered_on, product="530", amount=3_000_000) -> str:
    return ws.loans.create(
        {
            "household_id": hid,
            "registered_on": registered_on,
            "amount_fen": amount,
            "term_months": 24,
            "product_code": product,
            "purpose": "购买牦牛",
            "industry": "yak",
        }
    )["id"]


def decide(ws, loan_id, *steps):
    """Apply (status, date) steps; granting uses the asked amount and a maturity given per step."""
    for step in steps:
        status, on = step[0], step[1]
        kwargs = {}
        if status == "granted":
            kwargs = {"granted_fen": 3_000_000, "rate_bp": 345, "maturity_on": step[2]}
        if status in ("rejected", "withdrawn"):
            kwargs = {"reason": "不符合条件"}
        ws.loans.transition(loan_id, status, on_date=on, **kwargs)


def compute(ws, period=OCT, today=TODAY):
    return IndicatorService(ws).compute(period, today=today)


# -- periods -----------------------------------------------------------------------------------------
def test_month_period_runs_from_first_to_last_day():
    p = Period.month("2026-02")
    assert (p.start, p.end, p.key, p.is_month) == (date(2026, 2, 1), date(2026, 2, 28), "2026-02", True)


def test_range_period_key_names_both_ends():
    assert Period.between("2026-03-05", "2026-04-10").key == "2026-03-05..2026-04-10"


def test_range_ending_before_it_starts_is_refused():
    from app.domain.errors import ValidationError

    with pytest.raises(ValidationError):
        Period.between("2026-04-10", "2026-03-05")


def test_badly_written_month_is_refused():
    from app.domain.errors import ValidationError

    with pytest.raises(ValidationError):
        Period.month("2026-13")


def test_shift_month_crosses_years():
    assert (shift_month("2026-01", -1), shift_month("2025-12", 1), shift_month("2026-11", -11)) == (
        "2025-12",
        "2026-01",
        "2025-12",
    )


def test_share_without_anything_to_count_has_no_percentage():
    assert Share(0, 0).bp is None and Share(0, 0).percent is None
    assert Share(1, 3).bp == 3333


def test_median_of_even_count_is_the_mean_of_the_middle_two():
    assert median([3, 1, 10, 4]) == 3.5 and median([]) is None


# -- loans ---------------------------------------------------------------------------------------------
def test_poor_coverage_counts_poor_households_with_a_demand_and_with_a_grant(ws):
    a, b, _c = (household(ws, "registered_poor") for _ in range(3))
    rich = household(ws, "general")
    demand(ws, a, "2026-09-01")
    granted = demand(ws, b, "2026-09-02")
    decide(ws, granted, ("referred", "2026-09-03"), ("approved", "2026-09-10"), ("granted", "2026-10-01", "2028-10-01"))
    demand(ws, rich, "2026-09-01", product="other", amount=5_000_000)
    loans = compute(ws).loans
    assert loans.poor_households == 3
    assert loans.poor_with_demand == Share(2, 3)
    assert loans.poor_with_grant == Share(1, 3)


def test_poor_coverage_ignores_demands_registered_after_the_period(ws):
    a = household(ws, "registered_poor")
    demand(ws, a, "2026-11-02")
    assert compute(ws).loans.poor_with_demand == Share(0, 1)


def test_success_rate_is_granted_over_decided_in_the_period(ws):
    hid = household(ws, "registered_poor")
    granted, approved, rejected, withdrawn, early = (demand(ws, hid, "2026-09-01") for _ in range(5))
    decide(ws, granted, ("referred", "2026-09-05"), ("approved", "2026-10-03"), ("granted", "2026-10-04", "2028-10-04"))
    decide(ws, approved, ("referred", "2026-09-05"), ("approved", "2026-10-06"))
    decide(ws, rejected, ("rejected", "2026-10-08"))
    decide(ws, withdrawn, ("referred", "2026-09-05"), ("withdrawn", "2026-10-09"))
    decide(ws, early, ("rejected", "2026-09-20"))  # decided in September: not counted
    loans = compute(ws).loans
    assert loans.success == Share(1, 3)


def test_median_days_from_registration_to_decision(ws):
    hid = household(ws, "registered_poor")
    for registered, decided in (
        ("2026-09-01", "2026-10-01"),
        ("2026-10-01", "2026-10-05"),
        ("2026-10-02", "2026-10-12"),
    ):
        loan = demand(ws, hid, registered)
        decide(ws, loan, ("rejected", decided))
    # 30, 4 and 10 days: the median is 10
    assert compute(ws).loans.median_days_to_decision == 10.0


def test_demands_registered_and_granted_in_the_period(ws):
    hid = household(ws, "registered_poor")
    demand(ws, hid, "2026-10-01")
    demand(ws, hid, "2026-10-31")
    g = demand(ws, hid, "2026-09-30")
    decide(ws, g, ("referred", "2026-10-01"), ("approved", "2026-10-02"), ("granted", "2026-10-03", "2028-10-03"))
    loans = compute(ws).loans
    assert (loans.registered, loans.granted, loans.granted_fen) == (2, 1, 3_000_000)


def test_530_outstanding_and_overdue(ws):
    # one household each: 3万 + 3万 + 3万 to one household would break the 5万 cap per household (issue #18),
    # and a 530 loan runs 36 months at most
    current, late, repaid = (demand(ws, household(ws, "registered_poor"), "2023-01-05") for _ in range(3))
    decide(ws, current, ("referred", "2023-01-06"), ("approved", "2023-01-07"), ("granted", "2024-06-01", "2027-06-01"))
    decide(ws, late, ("referred", "2023-01-06"), ("approved", "2023-01-07"), ("granted", "2023-01-08", "2026-01-08"))
    decide(
        ws,
        repaid,
        ("referred", "2023-01-06"),
        ("approved", "2023-01-07"),
        ("granted", "2023-01-08", "2026-01-08"),
        ("repaid", "2026-01-05"),
    )
    other = demand(ws, household(ws), "2023-01-05", product="other", amount=3_000_000)
    decide(ws, other, ("referred", "2023-01-06"), ("approved", "2023-01-07"), ("granted", "2023-01-08", "2027-01-08"))
    loans = compute(ws).loans
    assert (loans.outstanding_530, loans.outstanding_530_fen) == (2, 6_000_000)
    assert (loans.overdue_530, loans.overdue_530_fen) == (1, 3_000_000)


def test_a_deleted_demand_counts_only_in_periods_that_ended_before_its_deletion(ws):
    hid = household(ws, "registered_poor")
    demand(ws, hid, "2026-10-05")
    ws.loans.delete(demand(ws, hid, "2026-10-06"))
    # October ended before the day of the deletion (today): the demand was on the register then
    assert compute(ws).loans.registered == 2
    # a period that holds the day of the deletion counts it no more (issue #19: deletions are dated)
    today = date.today()
    assert compute(ws, Period(date(2026, 10, 1), today), today=today).loans.registered == 1


# -- literacy -----------------------------------------------------------------------------------------
def session(ws, held_on, language="both", total=10, attendees=()):
    return ws.sessions.create(
        {"held_on": held_on, "topics": ["anti_fraud"], "language": language, "attendance_total": total}, list(attendees)
    )["id"]


def test_sessions_and_attendance_this_month_and_this_year(ws):
    session(ws, "2026-10-02", total=12)
    session(ws, "2026-10-20", total=8)
    session(ws, "2026-03-01", total=30)
    session(ws, "2025-12-30", total=99)  # last year: in neither
    lit = compute(ws).literacy
    assert (lit.sessions, lit.attendance) == (2, 20)
    assert (lit.year_sessions, lit.year_attendance) == (3, 50)


def test_share_of_sessions_in_tibetan_or_bilingual_over_the_year(ws):
    session(ws, "2026-10-02", language="bo")
    session(ws, "2026-06-02", language="both")
    session(ws, "2026-05-02", language="zh")
    session(ws, "2026-04-02", language="zh")
    assert compute(ws).literacy.tibetan_or_bilingual == Share(2, 4)


def test_households_reached_counts_each_attendee_household_once(ws):
    a, b, _c, _d = (household(ws) for _ in range(4))
    session(ws, "2026-10-02", attendees=[a, b])
    session(ws, "2026-09-02", attendees=[a])
    assert compute(ws).literacy.households_reached == Share(2, 4)


# -- complaints ---------------------------------------------------------------------------------------
def complaint(ws, received_on, **extra):
    return ws.complaints.create(
        {"received_on": received_on, "complainant_name": "游客", "description": "收费不明", "handler": "李明", **extra}
    )["id"]


def test_open_and_overdue_complaints_today(ws):
    complaint(ws, "2026-11-10")  # open, due 11-25
    late = complaint(ws, "2026-10-01")  # due 10-16: overdue
    transferred = complaint(ws, "2026-10-02")
    ws.complaints.transition(transferred, "transferred", on_date="2026-10-03", transferred_to="农商银行")
    done = complaint(ws, "2026-10-01")
    ws.complaints.transition(done, "resolved", on_date="2026-10-20", outcome="已退费")
    c = compute(ws).complaints
    assert (c.open, c.overdue) == (3, 2)
    assert late


def test_resolved_within_deadline_share(ws):
    in_time = complaint(ws, "2026-10-01")  # due 10-16
    ws.complaints.transition(in_time, "resolved", on_date="2026-10-16", outcome="已解释")
    late = complaint(ws, "2026-09-20")  # due 10-05
    ws.complaints.transition(late, "resolved", on_date="2026-10-10", outcome="已退费")
    september = complaint(ws, "2026-09-01")
    ws.complaints.transition(september, "resolved", on_date="2026-09-10", outcome="已退费")
    assert compute(ws).complaints.resolved_in_time == Share(1, 2)


def test_satisfaction_counts_satisfied_and_mostly_satisfied_among_closed_with_a_rating(ws):
    for satisfaction in ("satisfied", "basic", "unsatisfied"):
        cid = complaint(ws, "2026-10-01")
        ws.complaints.transition(cid, "resolved", on_date="2026-10-05", outcome="已解释")
        ws.complaints.transition(cid, "closed", on_date="2026-10-06", satisfaction=satisfaction)
    assert compute(ws).complaints.satisfied == Share(2, 3)


def test_complaints_received_in_the_period(ws):
    complaint(ws, "2026-10-01")
    complaint(ws, "2026-10-31")
    complaint(ws, "2026-11-01")
    assert compute(ws).complaints.received == 2


# -- credit -------------------------------------------------------------------------------------------
def rate(ws, hid, score_each):
    criteria = {code: min(score_each, m) for code, m in ws.ratings.criteria_max().items()}
    ws.ratings.create(
        {
            "household_id": hid,
            "year": 2026,
            "criteria": criteria,
            "bank_rater": "李明",
            "village_rater": "扎西",
            "rated_on": "2026-10-01",
        }
    )


def test_credit_household_share_per_village_and_credit_villages(ws):
    good = [household(ws, village="上寨村") for _ in range(4)]
    for hid in good[:3]:
        rate(ws, hid, 30)  # full points: AAA, a credit household
    rate(ws, good[3], 2)  # B: not a credit household
    low = [household(ws, village="下寨村") for _ in range(2)]
    rate(ws, low[0], 30)
    credit = compute(ws).credit
    by_name = {v.name_zh: v for v in credit.villages}
    assert by_name["上寨村"].credit_households == Share(3, 4) and by_name["上寨村"].qualifies
    assert by_name["下寨村"].credit_households == Share(1, 2) and not by_name["下寨村"].qualifies
    assert credit.credit_households == Share(4, 6)
    assert credit.credit_villages == Share(1, 2)


# -- trend --------------------------------------------------------------------------------------------
def test_trend_has_twelve_months_ending_with_the_period(ws):
    trend = compute(ws).trend
    assert [p.month for p in trend][::11] == ["2025-11", "2026-10"] and len(trend) == 12


def test_trend_counts_demands_granted_and_attendance_per_month(ws):
    hid = household(ws, "registered_poor")
    demand(ws, hid, "2026-08-10")
    g = demand(ws, hid, "2026-08-20")
    decide(ws, g, ("referred", "2026-08-21"), ("approved", "2026-08-25"), ("granted", "2026-09-02", "2028-09-02"))
    session(ws, "2026-09-05", total=15)
    session(ws, "2026-09-25", total=5)
    by_month = {p.month: p for p in compute(ws).trend}
    assert (by_month["2026-08"].demands, by_month["2026-08"].granted) == (2, 0)
    assert (by_month["2026-09"].demands, by_month["2026-09"].granted) == (0, 1)
    assert (by_month["2026-09"].sessions, by_month["2026-09"].attendance) == (2, 20)


# -- action lists -------------------------------------------------------------------------------------
def test_overdue_complaints_listed_most_overdue_first(ws):
    complaint(ws, "2026-10-20")  # due 11-04
    first = complaint(ws, "2026-10-01")  # due 10-16
    complaint(ws, "2026-11-10")  # not yet due
    actions = compute(ws).actions
    assert actions.overdue_complaints_total == 2
    assert actions.overdue_complaints[0].record_id == first and actions.overdue_complaints[0].days == 30


def test_demands_waiting_longer_than_the_alert_setting(ws):
    ws.reference.set_setting("loan_decision_alert_days", 20)
    hid = household(ws, "registered_poor")
    old = demand(ws, hid, "2026-10-01")  # 45 days
    referred = demand(ws, hid, "2026-10-10")  # 36 days, referred: still waiting
    decide(ws, referred, ("referred", "2026-10-12"))
    demand(ws, hid, "2026-11-01")  # 14 days: not yet
    decided = demand(ws, hid, "2026-09-01")
    decide(ws, decided, ("rejected", "2026-09-10"))
    actions = compute(ws).actions
    assert actions.waiting_days == 20 and actions.waiting_since == "2026-10-26"
    assert actions.waiting_demands_total == 2
    assert [i.record_id for i in actions.waiting_demands] == [old, referred]
    assert actions.waiting_demands[0].days == 45


def test_report_month_is_last_month_after_the_due_day_and_the_one_before_until_then(ws):
    svc = IndicatorService(ws)
    ws.reference.set_setting("report_due_day", 5)
    assert svc.report_month(date(2026, 11, 6)) == "2026-10"
    assert svc.report_month(date(2026, 11, 5)) == "2026-09"
    assert svc.report_month(date(2026, 1, 3)) == "2025-11"


def test_subordinate_offices_without_an_imported_package_for_last_month(db_path):
    ws = _township_with_two_villages(db_path)
    ws.db.execute(
        "INSERT INTO sync_log(id, direction, package_name, sender_code, period, sequence, created_at)"
        " VALUES ('s1', 'import', 'p.zip', '630224100201', '2026-10', 1, '2026-11-03')"
    )
    ws.db.execute(
        "INSERT INTO sync_log(id, direction, package_name, sender_code, period, sequence, created_at)"
        " VALUES ('s2', 'import', 'q.zip', '630224100202', '2026-09', 1, '2026-10-03')"
    )
    actions = compute(ws).actions
    assert actions.report_month == "2026-10"
    assert [i.record_id for i in actions.unreported_offices] == ["630224100202"]
    ws.close()


def _township_with_two_villages(db_path):
    from app.services.workspace import Workspace, init_office
    from storage import records
    from storage.records import Actor

    ws = Workspace.open(db_path, user="tester", lang="en")
    init_office(ws.db, code="630224100000", level="township", name_zh="拉脊乡工作站")
    actor = Actor("630224100000", "tester")
    for code, name in (("630224100201", "拉脊村"), ("630224100202", "上寨村")):
        records.insert(
            ws.db, "office", {"code": code, "level": "village", "name_zh": name, "parent_code": "630224100000"}, actor
        )
    return ws


def _imported_complaint(ws, office_code, received_on):
    from storage import records
    from storage.records import Actor

    records.insert(
        ws.db,
        "complaint",
        {
            "received_on": received_on,
            "description": "x",
            "due_on": "2026-10-17",
            "status": "received",
            "status_on": received_on,
        },
        Actor(office_code, "village"),
    )


def test_a_subordinate_office_counts_only_its_own_records(db_path):
    ws = _township_with_two_villages(db_path)
    _imported_complaint(ws, "630224100201", "2026-10-01")
    _imported_complaint(ws, "630224100202", "2026-10-02")
    _imported_complaint(ws, "630224100202", "2026-10-03")
    svc = IndicatorService(ws)
    assert svc.compute(OCT, today=TODAY, office_code="630224100202").complaints.received == 2
    assert svc.compute(OCT, today=TODAY).complaints.received == 3
    ws.close()


def test_cached_result_is_recomputed_after_a_change(ws):
    svc = IndicatorService(ws)
    assert svc.compute(OCT, today=TODAY).complaints.received == 0
    complaint(ws, "2026-10-01")
    assert svc.compute(OCT, today=TODAY).complaints.received == 1


# -- drill-down ---------------------------------------------------------------------------------------
def test_drilldown_of_overdue_complaints_lists_the_same_records(ws):
    complaint(ws, "2026-10-01")
    complaint(ws, "2026-11-10")
    svc = IndicatorService(ws)
    ind = svc.compute(OCT, today=TODAY)
    register, filters = svc.drilldown("overdue_complaints", ind)
    assert register == "complaints"
    assert len(ws.complaints.search_ids("", **filters)) == ind.complaints.overdue == 1


def test_drilldown_of_530_outstanding_lists_the_same_loans(ws):
    hid = household(ws, "registered_poor")
    loan = demand(ws, hid, "2023-01-05")
    decide(ws, loan, ("referred", "2023-01-06"), ("approved", "2023-01-07"), ("granted", "2024-06-01", "2027-06-01"))
    demand(ws, hid, "2026-10-05")
    svc = IndicatorService(ws)
    ind = svc.compute(OCT, today=TODAY)
    register, filters = svc.drilldown("outstanding_530", ind)
    assert register == "loans" and ws.loans.search_ids("", **filters) == [loan]


def test_quick_computation_leaves_the_household_passes_out_and_keeps_the_rest(ws):
    complaint(ws, "2026-10-01")
    ind = IndicatorService(ws).compute(OCT, today=TODAY, quick=True)
    assert not ind.complete and ind.credit is None and ind.trend == []
    assert ind.loans.poor_with_demand is None and ind.literacy.households_reached is None
    assert ind.complaints.overdue == 1


def test_credit_villages_agree_with_the_rating_service_and_the_records_on_the_demo(demo_ws):
    from tests.conftest import DEMO_TODAY
    from tests.helpers import credit_villages_from_records

    ours = IndicatorService(demo_ws).compute(Period.month(DEMO_TODAY), today=DEMO_TODAY).credit.villages
    theirs = demo_ws.ratings.credit_villages(DEMO_TODAY.year, DEMO_TODAY)
    assert [
        (
            v.village_id,
            v.households,
            v.credit_households.part,
            v.clean_borrowers.whole,
            v.clean_borrowers.part,
            v.qualifies,
        )
        for v in ours
    ] == [
        (v.village_id, v.households, v.credit_households, v.borrowers, v.clean_borrowers, v.qualifies) for v in theirs
    ]
    assert [
        (v.village_id, v.households, v.credit_households, v.borrowers, v.clean_borrowers) for v in theirs
    ] == credit_villages_from_records(demo_ws, DEMO_TODAY.year, DEMO_TODAY)
