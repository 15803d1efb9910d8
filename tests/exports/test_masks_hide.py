"""Issue #19, item 2: where ID numbers are masked (632122********1234), nothing else in the same
file gives the hidden eight birth-date digits back.  Each test plays the reader with the file in
hand: every date the file shows beside a masked number (same row of a sheet, same card) is tried
as the hidden digits, and a number is "rebuilt" when the date completes it into a valid ID number
(GB 11643 check digit) — none may be."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, datetime

import openpyxl
import pytest

from app.services.demo import id_check_digit
from app.services.cards import card_batch
from exports.pdf.cards import write_cards
from exports.xlsx.registers import run
from tests.helpers import export_register

MASKED = re.compile(r"(\d{6})\*{8}(\d{3}[\dX])")
DATES = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")


def _eight_digits(value) -> set[str]:
    """Every date a cell or text shows, as YYYYMMDD."""
    if isinstance(value, (datetime, date)):
        return {f"{value:%Y%m%d}"}
    text = str(value or "")
    out = {f"{y}{int(m):02d}{int(d):02d}" for y, m, d in DATES.findall(text)}
    out |= set(re.findall(r"(?<!\d)(\d{8})(?!\d)", text))
    return out


def _rebuilt(masked_numbers: list[tuple[str, str]], shown: set[str]) -> list[str]:
    """Full numbers that the dates `shown` complete from the masked ones."""
    out = []
    for head, tail in masked_numbers:
        for digits in shown:
            first17 = head + digits + tail[:3]
            if id_check_digit(first17) == tail[3]:
                out.append(first17 + tail[3])
    return out


def test_a_masked_household_sheet_gives_no_number_back(demo_ws, tmp_path):
    ids = demo_ws.households.search_ids("")
    path = tmp_path / "households.xlsx"
    run(export_register(demo_ws, "households", ids, path, mode="zh"))
    sheet = openpyxl.load_workbook(path).worksheets[0]
    real = {r["id_number"] for r in demo_ws.db.query("SELECT id_number FROM household")}
    rebuilt, masked_rows, years = [], 0, 0
    for row in sheet.iter_rows(min_row=2, values_only=True):
        numbers = [m for v in row if isinstance(v, str) for m in MASKED.findall(v)]
        masked_rows += bool(numbers)
        shown = set().union(*(_eight_digits(v) for v in row))
        rebuilt += [n for n in _rebuilt(numbers, shown) if n in real]
        years += any(isinstance(v, (int, float)) and 1900 < v < 2030 for v in row)
    assert masked_rows == len(ids) > 100
    assert rebuilt == []
    assert years == len(ids)  # the birth year is still there to read


def test_with_full_numbers_the_birth_date_is_shown_in_full(demo_ws, tmp_path):
    ids = demo_ws.households.search_ids("")[:5]
    path = tmp_path / "full.xlsx"
    run(export_register(demo_ws, "households", ids, path, mode="zh", full_ids=True))
    sheet = openpyxl.load_workbook(path).worksheets[0]
    assert any(isinstance(v, datetime) for row in sheet.iter_rows(min_row=2, values_only=True) for v in row)


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
@pytest.mark.parametrize("mode", ["zh", "both"])
def test_masked_cards_give_no_number_back(demo_ws, tmp_path, mode):
    ids = [
        r["household_id"]
        for r in demo_ws.db.query(
            "SELECT household_id FROM loan_demand GROUP BY household_id ORDER BY count(*) DESC LIMIT 3"
        )
    ]
    path = tmp_path / "cards.pdf"
    run(write_cards(card_batch(demo_ws, ids, mode=mode), path))
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    real = {demo_ws.households.get(h)["id_number"] for h in ids}
    cards = [c for c in text.split("\f") if c.strip()]
    numbers = [MASKED.findall(c) for c in cards]
    assert sum(len(n) for n in numbers) >= len(ids)
    for card, masked in zip(cards, numbers):
        assert [n for n in _rebuilt(masked, _eight_digits(card)) if n in real] == []
