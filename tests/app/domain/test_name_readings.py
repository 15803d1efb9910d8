"""Names are searched and sorted as they are read: surnames with their surname reading
(单 Shan, 曾 Zeng, 区 Ou …), the general-text reading still found, Tibetan transliterations left alone."""

from __future__ import annotations

import subprocess
import sys

import pytest

from app.domain import search
from app.domain.script import surname_reading
from tests.helpers import GENERAL, valid_id


@pytest.mark.parametrize(
    "name, pinyin, initials",
    [
        ("单雄信", "shanxiongxin", "sxx"),
        ("曾国藩", "zengguofan", "zgf"),
        ("区家明", "oujiaming", "ojm"),
        ("仇英", "qiuying", "qy"),
        ("解缙", "xiejin", "xj"),
        ("朴正", "piaozheng", "pz"),
    ],
)
def test_a_surname_sorts_by_its_surname_reading(name, pinyin, initials):
    keys = search.name_keys(name, "")
    assert (keys["name_pinyin"], keys["name_initials"]) == (pinyin, initials)


def test_both_readings_are_search_tokens():
    tokens = search.name_tokens("单雄信", "")
    assert {"shanxiongxin", "sxx", "danxiongxin", "dxx", "xiongxin"} <= tokens


@pytest.mark.parametrize(
    "name, pinyin",
    [
        ("单增卓玛", "danzengzhuoma"),  # Tibetan Tenzin Drolma written in Chinese: no surname
        ("查干", "chagan"),  # Mongolian "white"
        ("单于", "chanyu"),  # compound surname, read right by the phrase dictionary
        ("长孙无忌", "zhangsunwuji"),
        ("卓玛", "zhuoma"),
    ],
)
def test_names_without_a_surname_reading_keep_theirs(name, pinyin):
    assert search.name_keys(name, "")["name_pinyin"] == pinyin
    assert search.name_readings(name) == [search.pinyin_syllables(name)]


def test_surname_reading_only_for_the_first_character():
    assert surname_reading("  单立") == "shan"
    assert surname_reading("李单") is None
    assert search.name_keys("李单", "")["name_pinyin"] == "lidan"


def test_name_readings_apply_in_a_fresh_process():
    # before, 藏 read zang only if something had loaded the readings of app.domain.script first
    code = "from app.domain import search; print(search.name_keys('尕藏', '')['name_pinyin'])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "gazang"


def _add(ws, name_zh: str, n: int) -> str:
    return ws.households.create(dict(GENERAL, name_zh=name_zh, id_number=valid_id(f"630121197003151{n:02d}")))["id"]


def test_a_household_with_surname_dan_is_found_by_shan(ws):
    hid = _add(ws, "单雄信", 1)
    other = _add(ws, "丹珍", 2)
    assert ws.households.search_ids("shan") == [hid]
    assert ws.households.search_ids("sxx") == [hid]
    assert set(ws.households.search_ids("dan")) == {hid, other}  # as the characters are also read


def test_the_pinyin_sort_puts_surname_dan_under_s(ws):
    for n, name in enumerate(["丁一", "沙四", "单雄信", "石三", "孙二", "戴五"], start=1):
        _add(ws, name, n)
    ids = ws.households.search_ids("", sort="name")
    names = [r["name_zh"] for r in ws.households.rows(ids)]
    assert names == ["戴五", "丁一", "单雄信", "沙四", "石三", "孙二"]  # shan… < sha-si < shi < sun
