"""Issue 17 §6: every field has a bound and a sentence; no input reaches "Something went wrong".

The hostile values are those the issue lists: control characters, NUL, ESC sequences, bidi
overrides and line breaks in names; 5,000-character names; a household of 1,000,000; amounts and
terms of 2^63 and more; 10^12 yuan on a product without its own maximum; `demo --households -5`;
`--errors-out` into a folder that does not exist.  They go through the services (as the window
does), the CLI, the roster import and sync.
"""

from __future__ import annotations

import sqlite3

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import cli
from app.domain.errors import ValidationErrors
from app.services.demo import id_check_digit

BAD_NAMES = {
    "NUL": "卓\x00玛",
    "ESC sequence": "卓玛\x1b[2J\x1b[31m",
    "bidi override": "卓\u202e玛",
    "newline": "卓玛\n才让",
    "carriage return": "卓玛\r才让",
    "zero-width": "卓\u200b玛",
}


def idn(first17: str) -> str:
    return first17 + id_check_digit(first17)


def run(capsys, *argv) -> tuple[int, str, str]:
    rc = cli.run(cli.parse([*map(str, argv)]))
    out, err = capsys.readouterr()
    return rc, out, err


@pytest.fixture
def reg(tmp_path, capsys):
    db = tmp_path / "v.sqlite"
    assert (
        run(
            capsys,
            "--db",
            db,
            "--lang",
            "en",
            "init",
            "--office-code",
            "630224100201",
            "--level",
            "village",
            "--name-zh",
            "拉脊村",
            "--parent",
            "630224100",
        )[0]
        == 0
    )
    return db


def _problems(exc: ValidationErrors) -> dict[str, str]:
    return {p.field: p.text("en") for p in exc.problems}


@pytest.mark.parametrize("case", sorted(BAD_NAMES))
def test_a_name_with_a_control_character_is_refused_with_a_sentence(ws, case):
    with pytest.raises(ValidationErrors) as info:
        ws.households.create({"name_zh": BAD_NAMES[case], "id_number": idn("63212219800101001"), "household_size": 3})
    assert "invisible control character" in _problems(info.value)["name_zh"]
    assert ws.db.scalar("SELECT count(*) FROM household") == 0


def test_a_tibetan_name_with_a_bidi_override_is_refused_too(ws):
    with pytest.raises(ValidationErrors) as info:
        ws.households.create({"name_bo": "སྒྲོལ་\u202eམ", "id_number": idn("63212219800101001")})
    assert "U+202E" in _problems(info.value)["name_bo"]


def test_notes_keep_their_line_breaks_but_not_escape_sequences(ws):
    hid = ws.households.create({"name_zh": "卓玛", "id_number": idn("63212219800101001"), "notes": "第一行\n第二行"})[
        "id"
    ]
    assert ws.households.get(hid)["notes"] == "第一行\n第二行"
    with pytest.raises(ValidationErrors) as info:
        ws.households.update(hid, {"notes": "x\x1b[31m"})
    assert "control character" in _problems(info.value)["notes"]


def test_a_5000_character_name_is_refused_and_a_long_allowed_one_still_prints_on_the_card(ws, tmp_path):
    with pytest.raises(ValidationErrors) as info:
        ws.households.create({"name_zh": "卓" * 5000, "id_number": idn("63212219800101001")})
    assert "5000 characters long; at most 40" in _problems(info.value)["name_zh"]
    # the longest names and notes allowed still lay out on a card (a LayoutError before)
    hid = ws.households.create(
        {
            "name_zh": "卓" * 40,
            "name_bo": ("བཀྲ་ཤིས་" * 13)[:100],
            "id_number": idn("63212219800101002"),
            "address": "路" * 200,
            "notes": ("很长的备注" * 400)[:2000],
            "group_name": "社" * 40,
        }
    )["id"]
    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils not installed")
    from app.services.cards import card_batch
    from exports.pdf.cards import write_cards
    from exports.xlsx.registers import run as drive

    path = tmp_path / "card.pdf"
    drive(write_cards(card_batch(ws, [hid], mode="both"), path))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "卓卓卓卓" in text


@pytest.mark.parametrize("size", [1_000_000, 101, 2**63, "9" * 400])
def test_a_household_of_a_million_is_refused(ws, size):
    with pytest.raises(ValidationErrors) as info:
        ws.households.create({"name_zh": "卓玛", "id_number": idn("63212219800101001"), "household_size": size})
    assert "household_size" in _problems(info.value)


@pytest.mark.parametrize("amount,term", [(2**63, 12), (10**14, 12), (100_000 * 100, 2**63), (100_000 * 100, 361)])
def test_amounts_and_terms_beyond_any_loan_are_refused_with_a_sentence(ws, amount, term):
    hid = ws.households.create({"name_zh": "卓玛", "id_number": idn("63212219800101001")})["id"]
    product = next(p for p in ws.reference.products() if p.max_amount_fen is None)
    with pytest.raises(ValidationErrors) as info:
        ws.loans.create(
            {
                "household_id": hid,
                "registered_on": "2026-01-05",
                "amount_fen": amount,
                "term_months": term,
                "product_code": product.code,
            }
        )
    problems = _problems(info.value)
    assert ("amount_fen" in problems) or ("term_months" in problems)


def test_many_demands_at_the_ceiling_still_sum_in_the_monthly_report(ws):
    # before: one demand of 10^12 yuan on a product without its own maximum, and the month's
    # sums overflowed SQLite's integers; now the ceiling keeps any month's sums storable
    from app.domain.money import MAX_FEN
    from app.services import reports

    product = next(p for p in ws.reference.products() if p.max_amount_fen is None)
    for i in range(3):
        hid = ws.households.create({"name_zh": "卓玛", "id_number": idn(f"6321221980010100{i}")})["id"]
        ws.loans.create(
            {
                "household_id": hid,
                "registered_on": "2026-01-05",
                "amount_fen": MAX_FEN,
                "term_months": 12,
                "product_code": product.code,
            }
        )
    report = reports.monthly(ws, "2026-01")
    assert report.total.registered.n == 3 and report.total.registered.fen == 3 * MAX_FEN


@pytest.mark.parametrize("households", ["-5", "0", "99999999999999999999"])
def test_demo_with_a_senseless_count_is_a_sentence(reg, capsys, households):
    rc, out, err = run(capsys, "--db", reg, "--lang", "en", "demo", "--households", households)
    assert rc == 2 and "The demo makes from 1 to" in err and "Something went wrong" not in err


HUGE = "99999999999999999999999"  # beyond SQLite's 64-bit integers and any date arithmetic


@pytest.mark.parametrize(
    "command",
    [
        ["households", "list", "--limit", HUGE],
        ["sync", "history", "--limit", HUGE],
        ["loans", "list", "--due-within", HUGE],
        ["loans", "visit-list", "--within-days", HUGE, "--out", "visits.pdf"],
    ],
    ids=["households-limit", "sync-history-limit", "due-within", "visit-list-days"],
)
def test_a_number_option_beyond_any_sense_is_refused_with_a_sentence(reg, capsys, command):
    with pytest.raises(SystemExit) as stopped:
        run(capsys, "--db", reg, "--lang", "zh", *command)
    err = capsys.readouterr().err
    assert stopped.value.code == 2 and "Something went wrong" not in err and "意外错误" not in err
    assert HUGE in err and "数值最多为" in err


@pytest.mark.parametrize("today", ["0001-01-01", "9999-12-31"])
def test_demo_anchored_at_a_senseless_date_is_a_sentence_and_fills_nothing(reg, capsys, today):
    rc, out, err = run(capsys, "--db", reg, "--lang", "zh", "demo", "--households", "5", "--today", today)
    assert rc == 2 and today in err and "演示数据的日期" in err
    conn = sqlite3.connect(reg)
    try:
        assert conn.execute("SELECT count(*) FROM household").fetchone()[0] == 0
    finally:
        conn.close()


def test_errors_out_into_a_missing_folder_is_said_before_anything_is_imported(reg, capsys, tmp_path):
    from roster_samples import basic_roster, write_xlsx

    roster = write_xlsx(tmp_path / "r.xlsx", basic_roster() + [["9", "坏", "123"]])
    missing = tmp_path / "no such folder" / "errors.xlsx"
    rc, out, err = run(capsys, "--db", reg, "--lang", "en", "import-roster", roster, "--errors-out", missing)
    assert rc == 2 and "does not exist" in err and "Something went wrong" not in err
    assert not missing.parent.exists()


def test_the_cli_never_hands_an_escape_sequence_to_the_terminal(reg, capsys):
    # a name from before these bounds (or from another office's package), stored as it came
    from app.services.workspace import Workspace

    ws = Workspace.open(reg, user="t", role="admin", lang="en")
    try:
        hid = ws.households.create({"name_zh": "卓玛", "id_number": idn("63212219800101001")})["id"]
        ws.db.execute("UPDATE household SET name_zh = ? WHERE id = ?", ("卓玛\x1b[2J\u202e", hid))
    finally:
        ws.close()
    rc, out, err = run(capsys, "--db", reg, "--lang", "en", "households", "list")
    assert rc == 0 and "\x1b" not in out and "\u202e" not in out
    assert "卓玛\\u001b[2J\\u202e" in out


def test_a_roster_row_with_a_bad_name_is_an_error_row_not_a_crash(ws, tmp_path):
    from app.services import roster
    from roster_samples import basic_roster, write_xlsx

    rows = basic_roster()
    rows[1][1] = "卓\u202e玛"
    rows[2][4] = 1_000_000
    path = write_xlsx(tmp_path / "r.xlsx", rows)
    with roster.open_roster(ws, path) as book:
        prepared = roster.prepare(ws, book)
    plan = roster.build_plan(ws, prepared.sheet.rows, prepared.header_row, prepared.mapping, roster.ImportOptions())
    assert {r.row for r in plan.error_rows} >= {2, 3}


def test_a_subprocess_command_with_hostile_input_exits_2_not_3(reg, tmp_path):
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "--db",
            str(reg),
            "--lang",
            "en",
            "households",
            "add",
            "--name-zh",
            "卓\x1b[31m玛",
            "--id-number",
            idn("63212219800101001"),
            "--size",
            str(2**64),
        ],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 2, proc.stderr
    assert "Something went wrong" not in proc.stderr and "\x1b" not in proc.stderr
