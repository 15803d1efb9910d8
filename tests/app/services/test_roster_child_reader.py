"""Issue 17 §2: a crafted workbook ends nothing but the child process that reads it.

Each file is a few KB of hand-written sheet XML spelling a far cell the way a tolerant XML reader
still reads it.  Before, each one made calamine ask Rust for hundreds of GB and the program
aborted (SIGABRT).  Now each is sized from its XML and refused with a sentence. The child's own
resource figures show it stayed under 250 MB and 5 s of CPU: generous bounds, no wall-clock timers.
"""

from __future__ import annotations

import resource
import zipfile
from pathlib import Path

import pytest

from app.services import roster
from app.services.roster import reader
from app.services.roster.safety import Limits, RosterFileError
from roster_samples import basic_roster, write_xlsx

_CT = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
    '"/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.'
    'main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
    'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_BOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
    'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_BOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
    'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
)
_HEAD = (
    '<row r="1"><c r="A1" t="inlineStr"><is><t>户主姓名</t></is></c>'
    '<c r="B1" t="inlineStr"><is><t>身份证号码</t></is></c></row>'
)


def crafted_xlsx(path: Path, sheet_data: str, dimension: str | None = None) -> Path:
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    sheet = (
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
        f'spreadsheetml/2006/main">{dim}<sheetData>{sheet_data}</sheetData></worksheet>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _BOOK)
        z.writestr("xl/_rels/workbook.xml.rels", _BOOK_RELS)
        z.writestr("xl/worksheets/sheet1.xml", sheet)
    assert path.stat().st_size < 6 * 1024
    return path


FAR = '<c r="XFD1048576" t="inlineStr"><is><t>y</t></is></c>'
CRAFTED = {
    "single quotes": _HEAD + "<row r='1048576'><c r='XFD1048576' t='inlineStr'><is><t>y</t></is></c></row>",
    "zero padded": _HEAD + '<row r="01048576"><c r="XFD01048576" t="inlineStr"><is><t>y</t></is></c></row>',
    "spaces around =": _HEAD + '<row r = "1048576" ><c r = "XFD1048576" t="inlineStr"><is><t>y</t></is></c></row>',
    "lower-case column": _HEAD + '<row r="1048576"><c r="xfd1048576" t="inlineStr"><is><t>y</t></is></c></row>',
    "row without r": _HEAD + '<row r="1048575"><c r="A1048575" t="inlineStr"><is><t>y</t></is></c></row>'
    '<row><c r="XFD5" t="inlineStr"><is><t>y</t></is></c></row>',
    "namespace prefix": _HEAD + f'<x:row r="1048576">{FAR.replace("<c ", "<x:c ").replace("</c>", "</x:c>")}</x:row>',
    "tab before r": _HEAD + f'<row\tr="1048576">{FAR.replace("<c r", chr(10) + "<c" + chr(9) + "r")}</row>',
}


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


@pytest.mark.parametrize("case", sorted(CRAFTED))
def test_a_far_cell_spelled_any_way_is_refused_with_a_sentence(ws, tmp_path, case):
    path = crafted_xlsx(tmp_path / "crafted.xlsx", CRAFTED[case])
    cpu = _child_cpu()
    with pytest.raises(RosterFileError) as info:
        with roster.open_roster(ws, path) as book:
            roster.prepare(ws, book)
    text = info.value.text("en")
    assert "1048576" in text and ("far more than a roster needs" in text or "at most" in text)
    assert info.value.usage["peak_mb"] < 250
    assert _child_cpu() - cpu < 5


def test_a_lying_dimension_is_refused_before_any_reader_sizes_its_grid_from_it(ws, tmp_path):
    path = crafted_xlsx(tmp_path / "dim.xlsx", _HEAD, dimension="A1:XFD1048576")
    with pytest.raises(RosterFileError) as info:
        with roster.open_roster(ws, path) as book:
            roster.prepare(ws, book)
    assert "1048576" in info.value.text("en")


def test_cells_without_a_reference_widen_the_sheet_as_a_reader_places_them(ws, tmp_path):
    ws.reference.set_setting("roster.max_columns", 5)
    cells = '<c t="inlineStr"><is><t>y</t></is></c>' * 8
    path = crafted_xlsx(tmp_path / "noref.xlsx", _HEAD + f"<row>{cells}</row>")
    with pytest.raises(RosterFileError) as info:
        with roster.open_roster(ws, path) as book:
            roster.prepare(ws, book)
    assert "reaches column" in info.value.text("en")


def test_whatever_escapes_the_size_check_ends_only_the_child(ws, tmp_path):
    # Limits that let the far cell through: calamine asks Rust for the whole grid and aborts;
    # the memory limit ends the child, and this process goes on with a sentence.
    path = crafted_xlsx(tmp_path / "far.xlsx", CRAFTED["single quotes"])
    loose = Limits(max_rows=10**9, max_columns=10**9, max_cells=10**15, max_reader_mb=250)
    cpu = _child_cpu()
    with pytest.raises(RosterFileError) as info:
        with roster.Workbook.open(path, loose) as book:
            book.read(book.first_sheet_with_data())
    assert "needed more memory than a roster may take (250 MB)" in info.value.text("en")
    assert "250" in info.value.text("zh") and "250" in info.value.text("bo")
    assert info.value.text("zh") != info.value.text("en")
    assert _child_cpu() - cpu < 5


def test_an_ordinary_roster_is_read_in_the_child_and_comes_back_whole(ws, tmp_path):
    rows = basic_roster()
    path = write_xlsx(tmp_path / "ok.xlsx", rows, extra_sheets={"Other": [["a", "b"], ["c", "d"]]})
    with roster.open_roster(ws, path) as book:
        assert book.sheet_names == ["Sheet1", "Other"]
        prepared = roster.prepare(ws, book)
        got = prepared.sheet.rows
        assert len(got) == len(rows)
        assert [(r[1], r[2]) for r in got] == [(r[1], r[2]) for r in rows]  # names and ID numbers
        assert book.usage["peak_mb"] < 250
        other = book.read("Other")  # a second sheet: another child
        assert [list(r) for r in other.rows] == [["a", "b"], ["c", "d"]]
    assert book.info.kind == "xlsx" and len(book.info.sha256) == 64


def test_the_child_limits_its_own_memory(tmp_path):
    import subprocess
    import sys

    code = (
        "from app.services.roster.reader import limit_memory; print(limit_memory(100, 10));"
        "b = bytearray(300 * 1024 * 1024)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.stdout.strip() == "rlimit"
    assert proc.returncode != 0 and "MemoryError" in proc.stderr


def test_a_child_that_dies_without_an_answer_is_a_sentence_not_a_crash(ws, tmp_path, monkeypatch):
    # a child that is killed outright (as the Windows job or the OOM killer would) answers nothing
    path = write_xlsx(tmp_path / "ok.xlsx", basic_roster())
    monkeypatch.setattr(reader.sys, "executable", str(_killer(tmp_path)))
    with pytest.raises(RosterFileError) as info:
        roster.open_roster(ws, path)
    assert "could not be read" in info.value.text("en")


def _killer(tmp_path: Path) -> Path:
    script = tmp_path / "killer.sh"
    script.write_text("#!/bin/sh\nkill -9 $$\n")
    script.chmod(0o755)
    return script


def test_under_pythonw_the_child_runs_with_the_console_interpreter_beside_it(tmp_path, monkeypatch):
    # Windows: the window runs under pythonw.exe; the child reads and answers through pipes
    (tmp_path / "pythonw.exe").write_bytes(b"")
    (tmp_path / "python.exe").write_bytes(b"")
    monkeypatch.setattr(reader.sys, "executable", str(tmp_path / "pythonw.exe"))
    assert reader._python() == str(tmp_path / "python.exe")
