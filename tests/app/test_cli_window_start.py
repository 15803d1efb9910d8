"""app.cli.parse for the window's start: the global options read without building argparse's
parser, exactly as the parser reads them (issue #10, start-up)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import cli


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--db", "x.sqlite"],
        ["--db=x.sqlite"],
        ["--lang=bo", "--user", "tashi"],
        ["--db", "a.sqlite", "--db", "b.sqlite"],
        ["--user", "", "--lang", "both"],
        ["--db="],
        ["--lang", "en", "--db", "reg ister.sqlite", "--user=卓玛"],
    ],
)
def test_window_options_are_what_the_parser_reads(argv):
    assert cli.window_options(argv) is not None
    assert cli.parse(argv) == cli.build_parser(commands=False).parse_args(argv)


def test_window_options_follow_the_environment_defaults(monkeypatch):
    monkeypatch.setenv("DUALBASE_LANG", "bo")
    monkeypatch.setenv("DUALBASE_USER", "tashi")
    assert cli.parse(["--db", "x.sqlite"]) == cli.build_parser(commands=False).parse_args(["--db", "x.sqlite"])
    assert cli.parse([]).lang == "bo" and cli.parse([]).user == "tashi"
    assert cli.parse(["--db", "x.sqlite"]).db == Path("x.sqlite")


@pytest.mark.parametrize("argv", [["--db"], ["--lang", "fr"], ["--db", "--lang", "bo"], ["--lang=xx"]])
def test_what_argparse_refuses_is_still_refused_by_argparse(argv, capsys):
    assert cli.window_options(argv) is None
    with pytest.raises(SystemExit) as stop:
        cli.parse(argv)
    assert stop.value.code == 2
    assert capsys.readouterr().err  # argparse's one-line message


def test_window_start_does_not_import_locale():
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    code = "import sys; from app import cli; a = cli.parse(['--db', 'x.sqlite']); print(a.db, 'locale' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, check=True)
    assert out.stdout.split() == ["x.sqlite", "False"]
