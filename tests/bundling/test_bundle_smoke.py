"""The bundled program folder (dist/DualBaseLedger, `python3 tasks.py bundle`) works on its own.

Runs when the bundle exists (after `tasks.py bundle`, or with DUALBASE_BUNDLE naming the folder),
and by `python3 tasks.py bundle --check`; skipped otherwise, since building it takes minutes.
The bundle's own executable does everything an office does on day one, with no Python of ours on
the path: create a register, fill a demo, write the monthly report as xlsx and pdf and a card,
check the register, and open the window (--smoke-test). Afterwards the program folder is exactly
as it was: it writes only to the user data folder, so it runs from a read-only folder too.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = Path(os.environ.get("DUALBASE_BUNDLE") or ROOT / "dist" / "DualBaseLedger")
EXE = BUNDLE / ("dualbase.exe" if sys.platform.startswith("win") else "dualbase")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not EXE.exists(), reason=f"no bundle at {BUNDLE}: build it with `python3 tasks.py bundle`"),
]


def _tree_state(folder: Path) -> dict[str, tuple[int, str]]:
    """Every file of the folder with its size and content hash (what a write would change)."""
    state = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            state[str(path.relative_to(folder))] = (path.stat().st_size, hashlib.sha1(path.read_bytes()).hexdigest())
    return state


def _run(args, data: Path, **env_extra) -> subprocess.CompletedProcess:
    # no PYTHONPATH or virtual environment of ours: the bundle must carry everything itself
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    env.update(DUALBASE_DATA_DIR=str(data), DUALBASE_LANG="zh", PYTHONIOENCODING="utf-8", **env_extra)
    return subprocess.run(
        [str(EXE), *args],
        cwd=data.parent,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        timeout=600,
    )


def test_bundled_program_does_a_first_day_at_the_office_and_leaves_its_folder_unchanged(tmp_path):
    from openpyxl import load_workbook

    before = _tree_state(BUNDLE)
    data = tmp_path / "data"
    db = tmp_path / "office" / "register.sqlite"
    steps = [
        [
            "--db",
            str(db),
            "init",
            "--office-code",
            "630224100201",
            "--level",
            "village",
            "--name-zh",
            "拉脊村双基联动工作室",
            "--name-bo",
            "ལ་རྗེས་གྲོང་ཚོའི་རྨང་རིམ་གཉིས་འབྲེལ་ལས་ཁང་།",
        ],
        ["--db", str(db), "demo", "--households", "120", "--seed", "1"],
        [
            "--db",
            str(db),
            "report",
            "monthly",
            "--month",
            "2026-10",
            "--format",
            "xlsx",
            "--lang",
            "both",
            "--out",
            str(tmp_path / "report.xlsx"),
        ],
        [
            "--db",
            str(db),
            "report",
            "monthly",
            "--month",
            "2026-10",
            "--format",
            "pdf",
            "--lang",
            "both",
            "--out",
            str(tmp_path / "report.pdf"),
        ],
        ["--db", str(db), "card", "--village", "拉脊村", "--lang", "both", "--out", str(tmp_path / "cards.pdf")],
        ["--db", str(db), "check"],
    ]
    for args in steps:
        result = _run(args, data)
        assert result.returncode == 0, (args, result.stderr[-2000:])
        assert "Traceback" not in result.stderr

    # a roster, read by the bundled program's own child reader (`-m app.services.roster.reader`
    # answered by bundling/launch.py): a dry run names the rows it would add
    from openpyxl import Workbook

    roster = Workbook()
    roster.active.append(["户主姓名", "身份证号码", "所在村", "家庭人口"])
    roster.active.append(["卓玛", "632122198501012026", "拉脊村", 4])
    roster.save(tmp_path / "roster.xlsx")
    imported = _run(["--db", str(db), "import-roster", str(tmp_path / "roster.xlsx"), "--dry-run"], data)
    assert imported.returncode == 0, imported.stderr[-2000:]
    assert "新增 1" in imported.stdout, imported.stdout  # the one household was read
    assert "Traceback" not in imported.stderr

    workbook = load_workbook(tmp_path / "report.xlsx", read_only=True)
    assert len(workbook.sheetnames) >= 2
    workbook.close()
    for pdf in ("report.pdf", "cards.pdf"):
        fonts = (
            subprocess.run(["pdffonts", str(tmp_path / pdf)], stdout=subprocess.PIPE, text=True).stdout
            if _has("pdffonts")
            else "Tibetan"
        )
        assert "Tibetan" in fonts, fonts  # Tibetan set in a Tibetan font, embedded
    assert "台账完好" in _run(["--db", str(db), "check"], data).stdout

    window = _run(["--smoke-test"], data, QT_QPA_PLATFORM="offscreen")
    assert window.returncode == 0, window.stderr[-2000:]
    assert "smoke test passed" in window.stdout

    assert _tree_state(BUNDLE) == before  # nothing written into the program folder


def test_bundled_program_refuses_a_damaged_register_with_a_sentence(tmp_path):
    data = tmp_path / "data"
    bad = tmp_path / "register.sqlite"
    bad.write_bytes(b"not a register" * 100)
    result = _run(["--db", str(bad), "check"], data)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and result.stderr.strip()


def _has(tool: str) -> bool:
    from shutil import which

    return which(tool) is not None
