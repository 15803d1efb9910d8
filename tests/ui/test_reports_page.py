"""Reports page: monthly report, record cards and register exports written into a folder on the
worker, the register export as filtered on its page, full IDs only for roles allowed, Cancel."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.ui.gui_fixtures import close_and_delete, lang, mode_text, window


@pytest.fixture
def make_page(qapp, lang):
    from ui.pages.reports import ReportsPage

    pages = []

    def make(ws, main_window=None):
        page = ReportsPage(ws, main_window)
        page.show()
        pages.append(page)
        return page

    yield make
    from ui.taskman import task_manager

    task_manager().wait(20000)
    for page in pages:
        close_and_delete(page)


@pytest.fixture
def stick(tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


def test_monthly_report_xlsx_is_written_and_announced(demo_ws, make_page, qtbot, stick):
    page = make_page(demo_ws)
    page.kind_radio["monthly"].setChecked(True)
    page.month_edit.setDate(page.month_edit.date().fromString("2026-10", "yyyy-MM"))
    page.folder_edit.setText(str(stick))
    assert page.name_edit.text() == "monthly-report-2026-10.xlsx"
    page.make()
    qtbot.waitUntil(lambda: page.last_path is not None or page.last_error is not None, timeout=30000)
    assert page.last_error is None
    path = Path(page.last_path)
    assert path.exists() and path.parent == stick
    assert str(path) in page.result_label.text()
    wb = openpyxl.load_workbook(path)
    assert len(wb.worksheets) >= 7


def test_monthly_report_pdf(demo_ws, make_page, qtbot, stick):
    page = make_page(demo_ws)
    page.month_edit.setDate(page.month_edit.date().fromString("2026-10", "yyyy-MM"))
    page.format_combo.setCurrentIndex(page.format_combo.findData("pdf"))
    page.folder_edit.setText(str(stick))
    page.make()
    qtbot.waitUntil(lambda: page.last_path is not None or page.last_error is not None, timeout=30000)
    assert page.last_error is None and Path(page.last_path).read_bytes()[:5] == b"%PDF-"


def test_a_card_for_one_household(demo_ws, make_page, qtbot, stick):
    page = make_page(demo_ws)
    page.kind_radio["cards"].setChecked(True)
    assert page.lang_combo.currentData() == "both"
    number = demo_ws.db.scalar("SELECT id_number FROM household LIMIT 1")
    page.household_edit.setText(number)
    page.folder_edit.setText(str(stick))
    page.make()
    qtbot.waitUntil(lambda: page.last_path is not None or page.last_error is not None, timeout=30000)
    assert page.last_error is None and Path(page.last_path).exists()


def test_register_export_takes_the_list_as_filtered_on_its_page(window, qtbot, stick):
    """The Loans page opened and filtered first, then Reports exports that list (issue 15: this
    crashed with a TypeError while the test faked the page's model)."""
    ids = window.ws.loans.search_ids("", status="granted")
    assert 0 < len(ids) < len(window.ws.loans.search_ids(""))
    loans = window.open_page("loans", status="granted")
    qtbot.waitUntil(lambda: loans.model.rowCount() == len(ids), timeout=10000)
    page = window.open_page("reports")
    page.kind_radio["register"].setChecked(True)
    page.register_combo.setCurrentIndex(page.register_combo.findData("loans"))
    assert window.ws.loans.search_ids("", status="granted") == ids
    assert str(len(ids)) in page.register_note.text()
    page.folder_edit.setText(str(stick))
    page.make()
    qtbot.waitUntil(lambda: page.last_path is not None or page.last_error is not None, timeout=30000)
    assert page.last_error is None
    sheet = openpyxl.load_workbook(page.last_path).worksheets[0]
    assert sheet.max_row - 1 == len(ids)


def test_register_export_of_a_page_never_opened_takes_the_whole_register(window, qtbot, stick):
    page = window.open_page("reports")
    page.kind_radio["register"].setChecked(True)
    page.register_combo.setCurrentIndex(page.register_combo.findData("complaints"))
    total = len(window.ws.complaints.search_ids(""))
    assert window.opened_page("complaints") is None
    assert str(total) in page.register_note.text()


def test_full_ids_only_for_roles_allowed(demo_ws, make_page):
    assert make_page(demo_ws).full_ids.isEnabled()
    demo_ws.role = "cadre"
    assert not make_page(demo_ws).full_ids.isEnabled()


def test_cancel_leaves_no_file(demo_ws, make_page, qtbot, stick):
    page = make_page(demo_ws)
    page.kind_radio["cards"].setChecked(True)
    page.lang_combo.setCurrentIndex(page.lang_combo.findData("zh"))
    page.folder_edit.setText(str(stick))
    op = page.make()
    op.cancel()
    qtbot.waitUntil(lambda: page.last_path is not None or page.last_error is not None, timeout=60000)
    assert page.last_path is None
    assert list(stick.iterdir()) == []


def test_a_missing_folder_is_a_sentence(demo_ws, make_page, qtbot, stick):
    page = make_page(demo_ws)
    page.folder_edit.setText(str(stick / "gone"))
    page.make()
    qtbot.waitUntil(lambda: page.last_error is not None or page.last_path is not None, timeout=30000)
    assert page.last_error and "Traceback" not in page.last_error
    assert page.result_label.text() == page.last_error


@pytest.mark.parametrize("mode", ["zh", "bo", "both"])
def test_texts_follow_the_language(demo_ws, make_page, lang, qtbot, mode):
    page = make_page(demo_ws)
    lang.set_mode(mode)
    expected = mode_text("ReportsPage", "Make and save", mode)
    assert expected != "Make and save"
    qtbot.waitUntil(lambda: page.make_button.text() == expected, timeout=2000)
    assert page.title.text() == mode_text("ReportsPage", "Reports and exports", mode)


@pytest.mark.parametrize("kind", ["month", "half"])
def test_printing_the_report_makes_the_chosen_periods_pdf(demo_ws, make_page, tmp_path, kind):
    """Print… on the Reports page makes the report of the period chosen, as Make does (it called
    the PDF writer with arguments it no longer takes, so no report could be printed, and only ever
    asked for a month)."""
    import subprocess

    page = make_page(demo_ws)
    page.kind_radio["monthly"].setChecked(True)
    page.lang_combo.setCurrentIndex(page.lang_combo.findData("zh"))
    page.period_kind_combo.setCurrentIndex(page.period_kind_combo.findData(kind))
    if kind == "month":
        page.month_edit.setDate(page.month_edit.date().fromString("2026-10", "yyyy-MM"))
    else:
        page.period_combo.setCurrentIndex(page.period_combo.findData("2026-H2"))
    out = tmp_path / "print.pdf"
    page.pdf_maker()(str(out))
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert ("月报" if kind == "month" else "半年报") in text
    assert ("2026-10-01" if kind == "month" else "2026-07-01") in text


def test_the_make_and_print_buttons_show_without_scrolling_on_a_laptop_in_bilingual_mode(window, lang):
    from PySide6.QtWidgets import QApplication, QScrollArea

    from ui import fonts as ui_fonts
    from ui.app import add_bundled_fonts

    add_bundled_fonts()
    ui_fonts.fonts().follow(lang)  # the program's fonts, Tibetan lines as tall as on screen
    window.resize(1280, 728)  # the window on a 1366×768 laptop (ui.screen)
    lang.set_mode("both")
    page = window.open_page("reports")
    QApplication.processEvents()
    for button in (page.make_button, page.print_button):
        # the whole button is painted: not below the edge of the scrolled form
        assert button.visibleRegion().boundingRect() == button.rect(), button.objectName()
    # and the page does not scroll sideways
    assert not page.findChild(QScrollArea, "reportsScroll").horizontalScrollBar().isVisible()
