"""A loan step's or a complaint's "handled by" names the signed-in account (or
the name given with --user), never the computer's login name (issue #19, item 6); both registers
keep their steps alike."""

from __future__ import annotations

from tests.app.services.test_indicators import decide, demand, household


def _by(ws, loan_id) -> list[str]:
    return [
        r["by_user"]
        for r in ws.db.query(
            "SELECT by_user FROM loan_event WHERE loan_demand_id = ? AND to_status != 'registered' ORDER BY on_date",
            (loan_id,),
        )
    ]


def test_without_an_account_the_login_name_is_not_the_handler(ws):
    ws.user, ws.user_is_login = "Administrator", True  # as the CLI opens it without --user
    loan = demand(ws, household(ws, "registered_poor"), "2026-10-02")
    decide(ws, loan, ("referred", "2026-10-03"))
    assert _by(ws, loan) == [""]
    complaint = ws.complaints.create(
        {"received_on": "2026-10-01", "complainant_name": "游客", "description": "收费不明", "handler": "李明"}
    )["id"]
    ws.complaints.transition(complaint, "transferred", on_date="2026-10-03", transferred_to="农商银行")
    assert (
        ws.db.scalar(
            "SELECT by_user FROM complaint_event WHERE complaint_id = ? AND to_status = 'transferred'", (complaint,)
        )
        == ""
    )


def test_a_signed_in_account_is_the_handler(ws):
    from app.services import auth

    auth.add_user(ws, "zhuoma", "admin", "a long enough password 1", display_name="卓玛")
    auth.login(ws, "zhuoma", "a long enough password 1")
    loan = demand(ws, household(ws, "registered_poor"), "2026-10-02")
    decide(ws, loan, ("referred", "2026-10-03"))
    assert _by(ws, loan) == ["卓玛"]


def test_a_name_given_with_user_is_the_handler(ws):
    ws.user, ws.user_is_login = "李明", False
    loan = demand(ws, household(ws, "registered_poor"), "2026-10-02")
    decide(ws, loan, ("referred", "2026-10-03"))
    assert _by(ws, loan) == ["李明"]


def test_the_steps_of_a_loan_and_of_a_complaint_are_listed_in_order_with_their_reason(ws):
    """Both registers keep their steps the same way (app.services.registers.LifecycleService)."""
    loan = demand(ws, household(ws, "registered_poor"), "2026-10-02")
    decide(ws, loan, ("referred", "2026-10-03"), ("rejected", "2026-10-05"))
    steps = ws.loans.events(loan)
    assert [(s["from_status"], s["to_status"], s["on_date"]) for s in steps] == [
        (None, "registered", "2026-10-02"),
        ("registered", "referred", "2026-10-03"),
        ("referred", "rejected", "2026-10-05"),
    ]
    assert steps[-1]["reason"] == "不符合条件"
    complaint = ws.complaints.create(
        {"received_on": "2026-10-01", "complainant_name": "游客", "description": "收费不明", "handler": "李明"}
    )["id"]
    ws.complaints.transition(complaint, "transferred", on_date="2026-10-03", transferred_to="农商银行")
    assert [(s["from_status"], s["to_status"], s["on_date"]) for s in ws.complaints.events(complaint)] == [
        (None, "received", "2026-10-01"),
        ("received", "transferred", "2026-10-03"),
    ]


def test_servicing_steps_without_an_account_name_no_login(ws):
    """Repayment in full and the servicing steps (extend, default …) are steps of the loan book:
    they name the handler as the loan's other steps do, not the computer's login."""
    ws.user, ws.user_is_login = "Administrator", True
    loan = demand(ws, household(ws, "registered_poor"), "2026-01-02")
    decide(ws, loan, ("referred", "2026-01-03"), ("approved", "2026-01-05"), ("granted", "2026-01-06", "2029-01-06"))
    ws.loan_book.step(loan, "extend", on_date="2026-06-01", maturity_on="2029-06-06", reason="雪灾")
    ws.loan_book.repay(loan, on_date="2026-09-01", principal_fen=3_000_000)
    steps = ws.db.query(
        "SELECT to_status, step, by_user FROM loan_event WHERE loan_demand_id = ? AND on_date >= '2026-06-01'"
        " ORDER BY on_date",
        (loan,),
    )
    assert [(s["to_status"], s["step"]) for s in steps] == [("granted", "extend"), ("repaid", "repay")]
    assert [s["by_user"] for s in steps] == ["", ""]


def test_servicing_steps_name_the_signed_in_account(ws):
    from app.services import auth

    loan = demand(ws, household(ws, "registered_poor"), "2026-01-02")
    decide(ws, loan, ("referred", "2026-01-03"), ("approved", "2026-01-05"), ("granted", "2026-01-06", "2029-01-06"))
    auth.add_user(ws, "zhuoma", "admin", "a long enough password 1", display_name="卓玛")
    auth.login(ws, "zhuoma", "a long enough password 1")
    ws.loan_book.repay(loan, on_date="2026-09-01", principal_fen=3_000_000)
    assert ws.db.scalar("SELECT by_user FROM loan_event WHERE loan_demand_id = ? AND step = 'repay'", (loan,)) == "卓玛"


def test_the_demo_names_its_cadres_as_handlers_not_the_login(ws):
    """`tasks.py run --demo` fills the demo from the command line without an account: its loan and
    complaint steps name the office's made-up cadres, never the computer's login (on Windows the
    demo showed every step handled by "Administrator")."""
    from app.services.demo import STAFF

    ws.user, ws.user_is_login = "Administrator", True
    ws.demo.fill(office_code=ws.office["code"], households=60, seed=3, user=ws.user)
    handlers = {r["by_user"] for r in ws.db.query("SELECT by_user FROM loan_event")}
    handlers |= {r["by_user"] for r in ws.db.query("SELECT by_user FROM complaint_event")}
    assert handlers and handlers <= set(STAFF)
