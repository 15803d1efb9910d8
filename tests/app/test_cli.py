"""The CLI contract: exact command forms, exit codes, nothing written on bad input."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.__main__ import main
from tests.helpers import ADD_ZHUOMA, INIT, valid_id


def _households(path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM household").fetchone()[0]


def test_module_entry_runs_init_and_prints_the_office(db_path):
    out = subprocess.run(
        [sys.executable, "-m", "app", "--db", str(db_path), *INIT], capture_output=True, text=True, encoding="utf-8"
    )
    assert out.returncode == 0 and out.stdout.startswith("630224100201")


def test_households_add_prints_the_new_id(reg, capsys):
    code = main(["--db", str(reg), *ADD_ZHUOMA])
    new_id = capsys.readouterr().out.strip()
    assert code == 0 and len(new_id) == 36 and _households(reg) == 1


@pytest.mark.parametrize("lang, script", [("en", "check digit"), ("zh", "\u4e00-\u9fff"), ("bo", "\u0f00-\u0fff")])
def test_bad_id_number_exits_2_with_a_sentence_and_writes_nothing(reg, capsys, lang, script):
    code = main(
        [
            "--db",
            str(reg),
            "--lang",
            lang,
            "households",
            "add",
            "--name-zh",
            "卓玛",
            "--id-number",
            "632122198501012021",
        ]
    )
    err = capsys.readouterr().err
    assert code == 2 and _households(reg) == 0
    assert "Traceback" not in err
    if "-" in script:
        lo, hi = script.split("-")
        assert any(lo <= c <= hi for c in err)
    else:
        assert script in err


@pytest.mark.parametrize("lang, told", [("zh", "需要一个整数"), ("bo", "གྲངས་ཀ་ཧྲིལ་པོ")])
def test_a_size_that_is_no_number_is_told_in_the_users_language(reg, capsys, lang, told):
    argv = [
        "--db",
        str(reg),
        "--lang",
        lang,
        "households",
        "add",
        "--name-zh",
        "卓玛",
        "--id-number",
        valid_id("63212219850101202"),
    ]
    with pytest.raises(SystemExit) as stopped:
        main([*argv, "--size", "nan"])
    err = capsys.readouterr().err
    assert stopped.value.code == 2 and _households(reg) == 0
    assert told in err and "--size" in err and "nan" in err
    assert "invalid int value" not in err


@pytest.mark.parametrize(
    "argv, english",
    [
        (["households", "add", "--name-zh", "卓玛"], "the following arguments are required"),
        (["households", "list", "--bogus"], "unrecognized arguments"),
        (["card", "--all", "--village", "拉脊村", "--out", "c.pdf"], "not allowed with"),
        (["households", "add", "--name-zh"], "expected one argument"),
        (["frob"], "invalid choice"),
    ],
    ids=["missing", "unknown", "together", "no value", "no such command"],
)
def test_a_command_line_argparse_refuses_is_told_in_chinese(reg, capsys, argv, english):
    with pytest.raises(SystemExit) as stopped:
        main(["--db", str(reg), "--lang", "zh", *argv])
    err = capsys.readouterr().err.splitlines()[-1]
    assert stopped.value.code == 2
    assert english not in err and any("\u4e00" <= c <= "\u9fff" for c in err), err


def test_negative_household_size_is_refused_and_no_village_is_left_behind(reg, capsys):
    code = main(
        [
            "--db",
            str(reg),
            "households",
            "add",
            "--name-zh",
            "卓玛",
            "--village",
            "新村",
            "--id-number",
            valid_id("63212219850101202"),
            "--size",
            "-3",
        ]
    )
    assert code == 2 and _households(reg) == 0
    assert "at least 1 member" in capsys.readouterr().err
    with sqlite3.connect(reg) as conn:
        assert conn.execute("SELECT count(*) FROM village").fetchone()[0] == 0


def test_list_searches_and_masks_id_numbers_as_json(reg, capsys):
    number = valid_id("63212219850101202")
    main(["--db", str(reg), "households", "add", "--name-zh", "卓玛", "--name-bo", "སྒྲོལ་མ", "--id-number", number])
    capsys.readouterr()
    assert main(["--db", str(reg), "households", "list", "--search", "zm", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == 1
    assert data["rows"][0]["id_number"] == number[:6] + "********" + number[-4:]


def test_demo_is_deterministic_for_a_seed(tmp_path):
    dumps = []
    for name in ("a.sqlite", "b.sqlite"):
        path = tmp_path / name
        main(["--db", str(path), *INIT])
        assert (
            main(["--db", str(path), "demo", "--households", "120", "--seed", "7", "--today", "2026-11-15", "--quiet"])
            == 0
        )
        with sqlite3.connect(path) as conn:
            dumps.append(
                conn.execute("SELECT id, name_zh, id_number, status FROM household ORDER BY id").fetchall()
                + conn.execute("SELECT id, status, amount_fen FROM loan_demand ORDER BY id").fetchall()
            )
    assert dumps[0] == dumps[1] and len(dumps[0]) > 120


def test_demo_covers_every_state_and_some_overdue_complaints(tmp_path):
    path = tmp_path / "d.sqlite"
    main(["--db", str(path), *INIT])
    main(["--db", str(path), "demo", "--households", "1500", "--seed", "3", "--today", "2026-11-15", "--quiet"])
    with sqlite3.connect(path) as conn:
        states = {r[0] for r in conn.execute("SELECT DISTINCT status FROM loan_demand")}
        overdue = conn.execute(
            "SELECT count(*) FROM complaint WHERE status IN ('received','transferred') AND due_on < '2026-11-15'"
        ).fetchone()[0]
        tibetan = conn.execute("SELECT count(*) FROM household WHERE name_bo != ''").fetchone()[0]
        villages = conn.execute("SELECT count(*) FROM village").fetchone()[0]
        months = conn.execute("SELECT count(DISTINCT substr(registered_on, 1, 7)) FROM loan_demand").fetchone()[0]
    assert states == {"registered", "referred", "approved", "granted", "repaid", "rejected", "withdrawn"}
    assert overdue > 0 and tibetan > 0 and villages >= 3 and months >= 12


def test_check_is_0_when_sound_and_1_with_findings(tmp_path, capsys):
    path = tmp_path / "c.sqlite"
    main(["--db", str(path), *INIT])
    main(["--db", str(path), "demo", "--households", "80", "--seed", "2", "--quiet"])
    assert main(["--db", str(path), "check"]) == 0
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE credit_rating SET score = score + 1 WHERE rowid = (SELECT min(rowid) FROM credit_rating)")
    capsys.readouterr()
    assert main(["--db", str(path), "check"]) == 1
    assert "score sheet" in capsys.readouterr().out


def test_check_finds_stale_roll_ups_and_repair_computes_them_again(tmp_path, capsys):
    path = tmp_path / "c.sqlite"
    main(["--db", str(path), *INIT])
    main(["--db", str(path), "demo", "--households", "40", "--seed", "3", "--quiet"])
    with sqlite3.connect(path) as conn:  # as if a write had gone round the triggers
        conn.execute(
            "UPDATE household_roll SET borrower = 1 - borrower"
            " WHERE household_id = (SELECT min(household_id) FROM household_roll)"
        )
    capsys.readouterr()
    assert main(["--db", str(path), "check"]) == 1
    assert "check --repair" in capsys.readouterr().out
    assert main(["--db", str(path), "check", "--repair"]) == 0
    assert main(["--db", str(path), "check"]) == 0


def test_check_finds_unfindable_households_and_repair_writes_their_search_keys(tmp_path, capsys):
    path = tmp_path / "c.sqlite"
    main(["--db", str(path), *INIT])
    main(["--db", str(path), "demo", "--households", "40", "--seed", "3", "--quiet"])
    with sqlite3.connect(path) as conn:
        name = conn.execute("SELECT name_zh FROM household ORDER BY id LIMIT 1").fetchone()[0]
        conn.execute("DELETE FROM household_search WHERE household_id = (SELECT id FROM household ORDER BY id LIMIT 1)")
    capsys.readouterr()
    assert main(["--db", str(path), "households", "list", "--search", name]) == 0
    assert name not in capsys.readouterr().out
    assert main(["--db", str(path), "check"]) == 1
    assert "1 households have no search keys: run `check --repair`" in capsys.readouterr().out
    assert main(["--db", str(path), "check", "--repair"]) == 0
    assert "search keys written again for 1 households" in capsys.readouterr().out
    assert main(["--db", str(path), "households", "list", "--search", name]) == 0
    assert name in capsys.readouterr().out


def test_commands_on_a_missing_register_say_to_init_first(tmp_path, capsys):
    assert main(["--db", str(tmp_path / "none.sqlite"), "households", "list"]) == 2
    assert "init" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv, command",
    [
        ([], None),
        (["--db", "x.sqlite"], None),
        (["--lang=bo", "--user", "tashi"], None),
        (["--db", "x.sqlite", "check"], "check"),
        (["--lang", "en", "households", "list"], "households"),
    ],
)
def test_arguments_without_a_command_open_the_window(argv, command):
    from app import cli

    assert cli.parse(argv).command == command


def test_window_start_does_not_load_the_command_modules():
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    code = (
        "import sys; from app import cli; cli.parse(['--db', 'x.sqlite']); "
        "print(sorted(m for m in sys.modules if m.startswith('app.commands.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, check=True)
    assert out.stdout.strip() == "[]"
