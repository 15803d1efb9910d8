"""Printing through a real print system: CUPS with the CUPS-PDF virtual printer (Debian `cups`,
`printer-driver-cups-pdf`, installed by tasks.py).  A household's card and a village's cards
are printed from the window through the print dialog's default printer (the dialog accepted
here), and the file CUPS-PDF writes is checked: its page count, A4, and that its pages are the
pages the PDF writer made."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from tests.ui.gui_fixtures import *

PRINTER = "DBL-Test-PDF"
PPDS = ("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd", "/usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd")
BACKEND = "/usr/lib/cups/backend/cups-pdf"


def _run(*args, timeout=20) -> subprocess.CompletedProcess:
    return subprocess.run(list(args), capture_output=True, text=True, timeout=timeout)


def _scheduler_running() -> bool:
    return shutil.which("lpstat") is not None and "is running" in _run("lpstat", "-r").stdout


def _out_dir() -> Path:
    """Where CUPS-PDF writes a job of ours (its `Out` setting, ${HOME} being ours)."""
    out = "${HOME}/PDF"
    with open("/etc/cups/cups-pdf.conf", encoding="utf-8", errors="replace") as f:
        for line in f:
            m = re.match(r"\s*Out\s+(\S+)", line)
            if m:
                out = m.group(1)
    return Path(out.replace("${HOME}", str(Path.home())).replace("${USER}", os.environ.get("USER", "")))


@pytest.fixture
def cups_pdf(monkeypatch):
    """The CUPS-PDF printer, the default of this test process (PRINTER=…, as lp and Qt read it)."""
    if not (shutil.which("cupsd") and shutil.which("lpadmin") and Path(BACKEND).exists()):
        pytest.skip(
            "CUPS with the CUPS-PDF printer is not installed (Debian: apt install cups "
            "printer-driver-cups-pdf; tasks.py installs them)"
        )
    if not _scheduler_running():
        if hasattr(os, "geteuid") and os.geteuid() != 0:
            pytest.skip("the CUPS scheduler is not running and only root can start it here")
        _run("cupsd")
        deadline = time.monotonic() + 15
        while not _scheduler_running() and time.monotonic() < deadline:
            time.sleep(0.2)
        if not _scheduler_running():
            pytest.skip("the CUPS scheduler (cupsd) could not be started")
    if _run("lpstat", "-p", PRINTER).returncode != 0:
        ppd = next((p for p in PPDS if Path(p).exists()), None)
        args = ["lpadmin", "-p", PRINTER, "-E", "-v", "cups-pdf:/"] + (["-P", ppd] if ppd else ["-m", "everywhere"])
        made = _run(*args)
        if made.returncode != 0:
            pytest.skip(f"the CUPS-PDF printer could not be added: {made.stderr.strip()}")
    _run("cupsenable", PRINTER)
    _run("cupsaccept", PRINTER)
    monkeypatch.setenv("PRINTER", PRINTER)
    monkeypatch.setenv("LPDEST", PRINTER)
    out = _out_dir()
    return out


def _new_pdf(out: Path, before: set, timeout: float = 180) -> Path:
    """The file CUPS-PDF writes for our job, once complete (pdfinfo reads it)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        new = sorted(set(out.glob("*.pdf")) - before, key=lambda p: p.stat().st_mtime) if out.exists() else []
        if new and _run("pdfinfo", str(new[-1])).returncode == 0 and not _run("lpstat", "-o", PRINTER).stdout.strip():
            return new[-1]
        time.sleep(0.5)
    raise AssertionError(f"CUPS-PDF wrote nothing into {out} (lpstat: {_run('lpstat', '-o').stdout})")


def _pages_and_size(path: Path) -> tuple[int, str]:
    info = _run("pdfinfo", str(path)).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1)), re.search(r"Page size:\s+(.*)", info).group(1)


def _page_image(path: Path, page: int, tmp: Path):
    """Page `page` (1-based) of a PDF at 40 dpi, greyscale, via poppler (not the renderer we test)."""
    from PIL import Image

    stem = tmp / f"{path.stem}-{page}"
    subprocess.run(
        [
            "pdftoppm",
            "-gray",
            "-r",
            "40",
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            "-png",
            str(path),
            str(stem),
        ],
        check=True,
        timeout=60,
    )
    return Image.open(f"{stem}.png")


def _same_page(a, b) -> bool:
    """Two renderings show the same page: their grey levels, averaged over 4×4 pixels, correlate
    (≥ 0.85; a printed page is a raster, so its ink is a little heavier, and a different card's
    page correlates at about 0.2)."""
    from PIL import Image

    a = a.convert("L")
    small = a.resize((a.width // 4, a.height // 4), Image.Resampling.BOX)
    other = b.convert("L").resize(small.size, Image.Resampling.BOX)
    x, y = list(small.tobytes()), list(other.tobytes())
    mx, my = sum(x) / len(x), sum(y) / len(y)
    cov = sum((p - mx) * (q - my) for p, q in zip(x, y))
    var = (sum((p - mx) ** 2 for p in x) * sum((q - my) ** 2 for q in y)) ** 0.5
    return var > 0 and cov / var >= 0.85


def _run_job(qtbot, job, *, page_range: tuple[int, int] | None = None):
    """Drive a print job as a user would: Print… in the preview, OK in the print dialog."""
    from PySide6.QtWidgets import QRadioButton, QSpinBox

    qtbot.waitUntil(lambda: job.stage in ("preview", "dialog", "failed", "cancelled"), timeout=120000)
    assert job.stage in ("preview", "dialog"), job.stage
    if job.stage == "preview":
        assert job.preview_dialog.isVisible()
        job.preview_dialog.print_button.click()
    qtbot.waitUntil(lambda: job.print_dialog is not None and job.print_dialog.isVisible(), timeout=10000)
    dialog = job.print_dialog
    assert job.printer.printerName() == PRINTER  # the dialog's default printer
    if page_range:  # "Pages from … to …", as a user sets it
        dialog.findChild(QRadioButton, "printRange").click()
        dialog.findChild(QSpinBox, "from").setValue(page_range[0])
        dialog.findChild(QSpinBox, "to").setValue(page_range[1])
    dialog.accept()
    qtbot.waitUntil(lambda: job.stage in ("done", "failed", "cancelled"), timeout=300000)
    assert job.stage == "done"


@pytest.fixture
def small_village(demo_ws):
    from storage import records

    vid = records.insert(demo_ws.db, "village", {"name_zh": "小村", "name_bo": "གྲོང་ཆུང་།"}, demo_ws.actor)["id"]
    ids = [
        r["household_id"]
        for r in demo_ws.db.query(
            "SELECT household_id FROM loan_demand GROUP BY household_id ORDER BY count(*) DESC, household_id LIMIT 3"
        )
    ]
    demo_ws.db.execute("UPDATE household SET village_id = ? WHERE id IN (?, ?, ?)", (vid, *ids))
    return ids


def test_a_household_card_prints_through_cups(window, qtbot, cups_pdf, small_village, tmp_path):
    before = set(cups_pdf.glob("*.pdf")) if cups_pdf.exists() else set()
    detail = window.open_household(small_village[0])
    job = detail.print_card()
    _run_job(qtbot, job)
    printed = _new_pdf(cups_pdf, before)
    pages, size = _pages_and_size(printed)
    assert pages == job.printed and pages >= 1
    assert "A4" in size
    # the printed pages are the writer's pages: write the same card again and compare
    again = tmp_path / "again.pdf"
    for _ in detail._card_maker()(str(again)):
        pass
    for n in range(1, pages + 1):
        assert _same_page(_page_image(again, n, tmp_path), _page_image(printed, n, tmp_path)), f"page {n}"


def test_a_village_prints_through_cups_with_a_page_range(window, qtbot, cups_pdf, small_village, tmp_path):
    before = set(cups_pdf.glob("*.pdf")) if cups_pdf.exists() else set()
    page = window.open_page("reports")
    page.kind_radio["cards"].setChecked(True)
    page.scope_combo.setCurrentIndex(page.scope_combo.findData("小村"))
    job = page.print_document()
    qtbot.waitUntil(lambda: job.pages is not None or job.stage == "failed", timeout=120000)
    assert len(job.pages) >= 3  # three cards
    _run_job(qtbot, job, page_range=(2, 3))
    printed = _new_pdf(cups_pdf, before)
    pages, size = _pages_and_size(printed)
    assert pages == 2 == job.printed and "A4" in size
    made = tmp_path / "village.pdf"
    for _ in page.pdf_maker()(str(made)):
        pass
    assert _same_page(_page_image(made, 2, tmp_path), _page_image(printed, 1, tmp_path))
    assert _same_page(_page_image(made, 3, tmp_path), _page_image(printed, 2, tmp_path))


def test_cancelling_the_print_dialog_prints_nothing(window, qtbot, cups_pdf, small_village):
    before = set(cups_pdf.glob("*.pdf")) if cups_pdf.exists() else set()
    job = window.open_household(small_village[1]).print_card()
    qtbot.waitUntil(lambda: job.stage == "preview", timeout=120000)
    job.preview_dialog.print_button.click()
    qtbot.waitUntil(lambda: job.print_dialog is not None and job.print_dialog.isVisible(), timeout=10000)
    job.print_dialog.reject()
    assert job.stage == "preview"  # back in the preview
    job.preview_dialog.reject()
    assert job.stage == "cancelled"
    time.sleep(1)
    assert (set(cups_pdf.glob("*.pdf")) if cups_pdf.exists() else set()) == before


def test_cancelling_while_printing_sends_nothing_to_the_printer(window, qtbot, cups_pdf, small_village):
    # an earlier test's job may still be on its way through CUPS: let it land first
    deadline = time.monotonic() + 60
    while _run("lpstat", "-o", PRINTER).stdout.strip() and time.monotonic() < deadline:
        time.sleep(0.5)
    time.sleep(2)
    before = set(cups_pdf.glob("*.pdf")) if cups_pdf.exists() else set()
    page = window.open_page("reports")  # a village: pages enough for Cancel to come first
    page.kind_radio["cards"].setChecked(True)
    page.scope_combo.setCurrentIndex(page.scope_combo.findData("小村"))
    job = page.print_document()
    qtbot.waitUntil(lambda: job.stage == "preview", timeout=120000)
    job.preview_dialog.print_button.click()
    qtbot.waitUntil(lambda: job.print_dialog is not None and job.print_dialog.isVisible(), timeout=10000)
    job.print_dialog.accept()
    assert job.stage == "printing"
    job.operation.cancel()  # the progress dialog's Cancel
    qtbot.waitUntil(lambda: job.stage in ("cancelled", "done", "failed"), timeout=120000)
    assert job.stage == "cancelled"
    time.sleep(3)
    assert not _run("lpstat", "-o", PRINTER).stdout.strip()
    assert (set(cups_pdf.glob("*.pdf")) if cups_pdf.exists() else set()) == before


def test_printing_a_village_without_households_says_there_is_nothing_to_print(window, qtbot, demo_ws):
    from PySide6.QtWidgets import QMessageBox

    from storage import records

    records.insert(demo_ws.db, "village", {"name_zh": "空村", "name_bo": "གྲོང་སྟོང་།"}, demo_ws.actor)
    page = window.open_page("reports")
    page.refresh()
    page.kind_radio["cards"].setChecked(True)
    page.scope_combo.setCurrentIndex(page.scope_combo.findData("空村"))
    job = page.print_document()
    qtbot.waitUntil(lambda: job.stage in ("cancelled", "failed", "preview", "dialog"), timeout=60000)
    assert job.stage == "cancelled" and job.print_dialog is None
    box = window.findChild(QMessageBox, "nothingToPrint") or job.message
    assert box.isVisible() and "打印" in box.text()
    box.close()


def _three_pages(path: Path) -> Path:
    """Three A4 pages told apart at a glance: a black band high, in the middle, low."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    for n in range(3):
        c.rect(60, 620 - n * 250, 475, 150, fill=1)
        c.showPage()
    c.save()
    return path


def _queue_settled(timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while _run("lpstat", "-o", PRINTER).stdout.strip() and time.monotonic() < deadline:
        time.sleep(0.5)
    time.sleep(2)


def test_a_job_stopped_after_its_first_page_sends_nothing_to_the_printer(qtbot, cups_pdf, tmp_path):
    # Cancel pressed while the second page renders: the worker stops the job's generator there.
    # Qt's CUPS engine cannot abort, so before the job went through a PDF of our own, CUPS got the
    # page already painted (or an empty job, when Cancel came right after the job opened).
    from ui.printing import PdfPages, a4_printer, print_pages

    made = _three_pages(tmp_path / "three.pdf")
    _queue_settled()
    before = set(cups_pdf.glob("*.pdf")) if cups_pdf.exists() else set()
    printer = a4_printer()
    pages = PdfPages([made])
    try:
        for stop_after in (0, 1):  # right after the job opened; after one page
            job = print_pages(printer, pages, [0, 1, 2])
            for _ in range(stop_after + 1):
                next(job)
            job.close()
    finally:
        pages.close()
    time.sleep(3)
    assert not _run("lpstat", "-o", PRINTER).stdout.strip()
    assert (set(cups_pdf.glob("*.pdf")) if cups_pdf.exists() else set()) == before


def test_a_job_run_to_its_end_reaches_the_printer_whole(qtbot, cups_pdf, tmp_path):
    from ui.printing import PdfPages, a4_printer, print_pages

    made = _three_pages(tmp_path / "three.pdf")
    _queue_settled()
    before = set(cups_pdf.glob("*.pdf")) if cups_pdf.exists() else set()
    printer = a4_printer()
    printer.setDocName("three pages")
    pages = PdfPages([made])
    try:
        progress = list(print_pages(printer, pages, [0, 2]))
    finally:
        pages.close()
    assert progress[-1] == (2, 2)
    printed = _new_pdf(cups_pdf, before)
    count, size = _pages_and_size(printed)
    assert count == 2 and "A4" in size
    # printed as pictures of the pages: the second sheet is page 3, not page 2
    assert _same_page(_page_image(made, 1, tmp_path), _page_image(printed, 1, tmp_path))
    assert _same_page(_page_image(made, 3, tmp_path), _page_image(printed, 2, tmp_path))
    assert not _same_page(_page_image(made, 2, tmp_path), _page_image(printed, 2, tmp_path))
