"""Household register: create, validate, update, delete, undo, search, everything on record."""

from __future__ import annotations

import pytest

from app.domain.errors import ValidationErrors
from tests.helpers import GENERAL, POOR, valid_id


def _count(ws) -> int:
    return ws.db.scalar("SELECT count(*) FROM household")


def test_valid_household_is_stored_with_birth_date_and_sex_from_the_id(ws):
    row = ws.households.create(POOR)
    stored = ws.households.get(row["id"])
    assert stored["birth_date"] == "1985-01-01" and stored["sex"] == "F"
    assert stored["version"] == 1 and stored["updated_by"] == "tester"
    assert ws.db.scalar("SELECT name_zh FROM village WHERE id = ?", (stored["village_id"],)) == "拉脊村"


def test_wrong_check_digit_is_refused_on_its_field_and_nothing_is_written(ws):
    bad = dict(POOR, id_number=POOR["id_number"][:-1] + ("1" if POOR["id_number"][-1] != "1" else "2"))
    with pytest.raises(ValidationErrors) as exc:
        ws.households.create(bad)
    assert "id_number" in exc.value.by_field()
    assert "check digit" in exc.value.text("en")
    assert _count(ws) == 0


def test_errors_are_told_in_chinese_and_tibetan(ws):
    with pytest.raises(ValidationErrors) as exc:
        ws.households.create(dict(POOR, phone="123"))
    zh, bo = exc.value.text("zh"), exc.value.text("bo")
    assert any("\u4e00" <= c <= "\u9fff" for c in zh)
    assert any("\u0f00" <= c <= "\u0fff" for c in bo)


def test_the_same_id_number_cannot_be_registered_twice(ws):
    ws.households.create(POOR)
    with pytest.raises(ValidationErrors) as exc:
        ws.households.create(dict(GENERAL, id_number=POOR["id_number"]))
    assert "already registered" in exc.value.text("en")
    assert _count(ws) == 1


def test_lower_case_x_and_full_width_digits_are_normalised(ws):
    number = valid_id("63262119900707301")
    typed = number.translate(str.maketrans("0123456789", "０１２３４５６７８９")).lower()
    row = ws.households.create(dict(GENERAL, id_number=" " + typed + " "))
    assert ws.households.get(row["id"])["id_number"] == number


@pytest.mark.parametrize(
    "query", ["zhuoma", "zm", "卓玛", "sgrol", "སྒྲོལ་མ", POOR["id_number"][-4:], "1391234", "拉脊村"]
)
def test_search_finds_a_household_by_any_of_its_written_forms(ws, query):
    row = ws.households.create(POOR)
    ws.households.create(GENERAL)
    assert ws.households.search_ids(query) == [row["id"]]


def test_renaming_updates_the_search_keys(ws):
    row = ws.households.create(POOR)
    ws.households.update(row["id"], {"name_zh": "拉毛", "name_bo": "ལྷ་མོ"})
    assert ws.households.search_ids("zhuoma") == []
    assert ws.households.search_ids("lhamo") == [row["id"]]
    assert ws.households.search_ids("lamao") == [row["id"]]


def test_update_with_stale_version_is_refused(ws):
    from app.domain.errors import Conflict

    row = ws.households.create(POOR)
    ws.households.update(row["id"], {"phone": "13900000000"})
    with pytest.raises(Conflict):
        ws.households.update(row["id"], {"phone": "13911111111"}, expected_version=1)


def test_delete_is_soft_and_undo_restores(ws):
    row = ws.households.create(POOR)
    ws.households.delete(row["id"])
    assert ws.households.search_ids("") == []
    assert _count(ws) == 1
    ws.undo()
    assert ws.households.search_ids("") == [row["id"]]


def test_undo_reverts_an_edit_and_its_search_keys(ws):
    row = ws.households.create(POOR)
    ws.households.update(row["id"], {"name_zh": "拉毛", "name_bo": ""})
    ws.undo()
    stored = ws.households.get(row["id"])
    assert stored["name_zh"] == "卓玛" and stored["version"] == 3
    assert ws.households.search_ids("zhuoma") == [row["id"]]
    assert ws.households.search_ids("lamao") == []


def test_undo_of_a_create_removes_the_household(ws):
    ws.households.create(POOR)
    ws.undo()
    assert ws.households.search_ids("") == [] and not ws.can_undo()


def test_record_gathers_everything_on_record(demo_ws):
    hid = demo_ws.db.scalar("SELECT household_id FROM loan_demand GROUP BY household_id LIMIT 1")
    record = demo_ws.households.record(hid)
    assert record["household"]["id"] == hid
    assert record["loans"] and all(loan["events"] for loan in record["loans"])
    assert {"sessions", "complaints", "ratings"} <= set(record)


def test_list_pages_and_sorts(demo_ws):
    page = demo_ws.households.page("", offset=10, limit=5, sort="name")
    assert page.total == 300 and len(page.rows) == 5
    names = [r["name_zh"] for r in demo_ws.households.rows(page.ids)]
    pinyin = [demo_ws.db.scalar("SELECT name_pinyin FROM household WHERE id = ?", (i,)) for i in page.ids]
    assert pinyin == sorted(pinyin) and len(names) == 300
