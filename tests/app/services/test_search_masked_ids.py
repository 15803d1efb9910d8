"""Masks that hide, in the search box too (issue #19 item 2): an account that sees ID numbers
masked (632122********2098) could type "09292098" and see which household it finds — every hidden
birth date told by some 400 searches (or a few dozen by prefix).  Such an account finds a
household by the digits the mask shows (the last four, the region's six) or by the whole number
from the ID card; an account allowed full numbers, and a register without accounts, by any piece."""

from __future__ import annotations

import pytest

from app.services import auth
from tests.helpers import valid_id

NUMBER = valid_id("63212219520929209")
PASSWORD = "a long enough password 1"


@pytest.fixture
def register(ws):
    hid = ws.households.create(
        {"name_zh": "王有才", "id_number": NUMBER, "phone": "15540986382", "village": "扎西村", "status": "general"}
    )["id"]
    ws.households.create(
        {"name_zh": "李建国", "id_number": valid_id("63212219700315101"), "village": "扎西村", "status": "general"}
    )
    return ws, hid


def _as(ws, role: str) -> None:
    auth.add_user(ws, "head", "admin", PASSWORD)
    if role != "admin":
        auth.add_user(ws, "someone", role, PASSWORD)
        auth.login(ws, "someone", PASSWORD)
    else:
        auth.login(ws, "head", PASSWORD)


def _finds(ws, text: str, hid: str) -> bool:
    return hid in ws.households.search_ids(text) and hid in ws.households.first_ids(text, 50)


def test_a_cadre_cannot_find_the_hidden_digits_by_searching(register):
    ws, hid = register
    _as(ws, "cadre")
    assert not ws.can_see_full_id_numbers()
    for probe in (NUMBER[-8:], NUMBER[-5:], NUMBER[:12], NUMBER[:7], NUMBER[:17]):
        assert not _finds(ws, probe, hid), probe
    # what the mask shows, the whole number and the phone still find it
    for shown in (NUMBER[-4:], NUMBER[:6], NUMBER, "1554098"):
        assert _finds(ws, shown, hid), shown
    # nor through another register's household search
    loan = ws.loans.create(
        {
            "household_id": hid,
            "registered_on": "2026-10-02",
            "amount_fen": 1_000_000,
            "term_months": 24,
            "product_code": "other",
            "purpose": "购买牦牛",
            "industry": "yak",
        }
    )["id"]
    assert loan not in ws.loans.search_ids(NUMBER[-8:]) and loan in ws.loans.search_ids(NUMBER[-4:])


@pytest.mark.parametrize("role", ["admin", "bank_officer"])
def test_accounts_that_see_full_numbers_find_them_by_any_piece(register, role):
    ws, hid = register
    _as(ws, role)
    for probe in (NUMBER[-8:], NUMBER[:12], NUMBER):
        assert _finds(ws, probe, hid), probe


def test_a_register_without_accounts_finds_by_any_piece(register):
    ws, hid = register
    assert _finds(ws, NUMBER[-8:], hid) and _finds(ws, NUMBER[:12], hid)
