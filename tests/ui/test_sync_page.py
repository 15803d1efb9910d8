"""Sync page: make a package into a folder, import packages with their report, the history, and
the reporting-completeness table with overdue offices highlighted."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.services import keys, sync
from app.services.demo import fill
from app.services.workspace import Workspace, init_office
from tests.ui.gui_fixtures import close_and_delete, lang, mode_text, window

TOWNSHIP = dict(code="630224100", level="township", name_zh="拉脊乡", name_bo="ལ་རྗེས་ཤང་།")
VILLAGE = dict(code="630224100201", level="village", name_zh="拉脊村", name_bo="ལ་རྗེས་གྲོང་ཚོ།", parent_code="630224100")


@pytest.fixture
def offices(tmp_path):
    twp = Workspace.open(tmp_path / "township.sqlite", user="tester", lang="zh")
    init_office(twp.db, **TOWNSHIP, user="tester")
    village = Workspace.open(tmp_path / "village.sqlite", user="tester", lang="zh")
    init_office(village.db, **VILLAGE, user="tester")
    fill(village.db, office_code=VILLAGE["code"], households=15, seed=21, today=date(2026, 11, 15))
    keys.add_subordinate(twp.db, keys.export_key(village.db, tmp_path / "v.dbkey")["path"])
    keys.set_upper(village.db, keys.export_key(twp.db, tmp_path / "t.dbkey")["path"])
    yield twp, village
    twp.close()
    village.close()


@pytest.fixture
def make_page(qapp):
    """SyncPage(ws) shown; closed and deleted before the registers close."""
    from ui.pages.sync import SyncPage

    pages = []

    def make(ws, _qtbot=None):
        page = SyncPage(ws, None)
        page.show()
        pages.append(page)
        return page

    yield make
    for page in pages:
        close_and_delete(page)


def test_make_package_writes_the_file_and_lists_it(offices, qtbot, lang, make_page, tmp_path):
    _, village = offices
    page = make_page(village, qtbot)
    usb = tmp_path / "usb"
    usb.mkdir()
    page.folder_edit.setText(str(usb))
    page.period_edit.setText("2026-11")
    page.export_button.click()
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=10000)
    path = Path(page.last_export.path)
    assert path.exists() and path.parent == usb
    assert str(path) in page.export_result.text()
    assert page.history_table.rowCount() == 1
    assert page.history_table.item(0, 6).text() == path.name


def test_encrypted_package_is_announced_and_imports_with_the_passphrase(offices, qtbot, lang, make_page, tmp_path):
    twp, village = offices
    vpage = make_page(village, qtbot)
    vpage.folder_edit.setText(str(tmp_path))
    vpage.period_edit.setText("2026-11")
    vpage.export_pass.setText("yak and barley")
    vpage.make_package()
    qtbot.waitUntil(lambda: vpage.last_export is not None, timeout=10000)
    assert vpage.last_export.encrypted and vpage.export_pass.text() == ""
    tpage = make_page(twp, qtbot)
    tpage.import_pass.setText("yak and barley")
    tpage.import_files([vpage.last_export.path])
    qtbot.waitUntil(lambda: bool(tpage.last_reports), timeout=10000)
    assert tpage.last_reports[0].status == "ok"


def test_import_shows_the_report_history_and_who_has_reported(offices, qtbot, lang, make_page, tmp_path):
    twp, village = offices
    pkg = sync.export_package(village, tmp_path, period="2026-11").path
    page = make_page(twp, qtbot)
    page.month_edit.setText("2026-11")
    page.refresh_status()
    assert page.status_table.item(0, 2).text() != page.tr("received")
    page.import_files([pkg])
    qtbot.waitUntil(lambda: bool(page.last_reports), timeout=10000)
    [report] = page.last_reports
    assert report.status == "ok" and report.tables["household"].new == 15
    text = page.report_view.toPlainText()
    assert report.headline(lang.app_mode()) in text
    assert sync.table_label("household", lang.app_mode()) in text and "15" in text
    assert page.status_table.item(0, 0).text() == VILLAGE["code"]
    assert page.status_table.item(0, 2).text() == page.tr("received")
    assert page.history_table.rowCount() == 1
    page.report_view.clear()
    page.history_table.selectRow(0)
    assert report.headline(lang.app_mode()) in page.report_view.toPlainText()


def test_rejected_package_says_why_in_the_current_language(offices, qtbot, lang, make_page, tmp_path):
    twp, village = offices
    pkg = Path(sync.export_package(village, tmp_path, period="2026-11").path)
    pkg.write_bytes(pkg.read_bytes()[:200])
    page = make_page(twp, qtbot)
    page.import_files([pkg])
    qtbot.waitUntil(lambda: bool(page.last_reports), timeout=10000)
    [report] = page.last_reports
    assert report.rejected
    assert report.reason.text("zh") in page.report_view.toPlainText()
    assert page.history_table.item(0, 2).text() == page.tr("rejected")


def test_overdue_office_is_highlighted(offices, qtbot, lang, make_page):
    from ui.pages.sync import OVERDUE_BG

    twp, _ = offices
    page = make_page(twp, qtbot)
    page.month_edit.setText("2026-01")  # due 2026-02-05, long past
    page.refresh_status()
    assert page.status_table.rowCount() == 1
    assert page.status_table.item(0, 2).text() == page.tr("OVERDUE")
    assert page.status_table.item(0, 1).background().color() == OVERDUE_BG
    assert page.status_note.text()


def test_page_texts_follow_the_language_mode(offices, qtbot, lang, make_page):
    twp, _ = offices
    page = make_page(twp, qtbot)
    for mode in ("bo", "both", "zh"):
        lang.set_mode(mode)
        qtbot.waitUntil(
            lambda: page.import_button.text() == mode_text("SyncPage", "Import packages…", mode), timeout=2000
        )
        assert page.export_box.title() == mode_text("SyncPage", "Make a package for the office above", mode)


def test_apply_filters_shows_the_month_asked_for(offices, qtbot, lang, make_page):
    twp, _ = offices
    page = make_page(twp, qtbot)
    page.apply_filters(month="2026-09")
    assert page.month_edit.text() == "2026-09"
    assert page.status_table.item(0, 2).text() == page.tr("OVERDUE")


def test_conflicts_view_shows_both_versions_and_resolves_a_move(qtbot, lang, make_page, tmp_path):
    """Three villages of a township: 卓玛 moved from 拉脊村 to 上寨村, 才让 is registered twice."""
    from app.services import sync_conflicts
    from tests.app.services.test_township_overlap import MOVED, _send, build_township

    twp, villages, usb, hh = build_township(tmp_path)
    page = None
    try:
        for v in villages:
            _send(twp, v, usb)
        page = make_page(twp, qtbot)
        t = page.conflicts_table
        assert t.rowCount() == 2
        texts = [t.item(r, c).text() for r in range(2) for c in range(4)]
        assert any("拉脊村" in x for x in texts) and any("上寨村" in x for x in texts)
        row = next(r for r in range(2) if page._conflicts[r]["id_number"] == MOVED)
        assert not page.conflict_buttons["moved_incoming"].isEnabled()
        t.selectRow(row)
        assert page.conflict_buttons["moved_incoming"].isEnabled()
        page.conflict_buttons["moved_incoming"].click()
        assert sync_conflicts.open_count(twp.db) == 1
        assert twp.households.find_by_id_number(MOVED)["id"] == hh["moved_b"]["id"]
        page.grab().save(str(tmp_path / "conflicts.png"))
    finally:
        for w in [twp, *villages]:
            w.close()


# -- office keys and the default encryption (issue 17) ------------------------------------------


@pytest.fixture
def unpaired(tmp_path):
    """A township and a village whose keys have not been exchanged."""
    twp = Workspace.open(tmp_path / "township.sqlite", user="tester", lang="zh")
    init_office(twp.db, **TOWNSHIP, user="tester")
    village = Workspace.open(tmp_path / "village.sqlite", user="tester", lang="zh")
    init_office(village.db, **VILLAGE, user="tester")
    fill(village.db, office_code=VILLAGE["code"], households=15, seed=21, today=date(2026, 11, 15))
    yield twp, village
    twp.close()
    village.close()


def test_keys_exchanged_on_the_page_then_the_package_is_encrypted_for_the_township(
    unpaired, qtbot, lang, make_page, tmp_path
):
    from app.services import package_crypto

    twp, village = unpaired
    usb = tmp_path / "usb"
    usb.mkdir()
    vpage = make_page(village, qtbot)
    tpage = make_page(twp, qtbot)
    # before the exchange: the page says a passphrase is needed, and making a package is refused
    assert vpage.upper_label.text() == vpage.tr(
        "The office above's key is not registered: a package can be made only with a "
        "passphrase until its key file is registered here."
    )
    vpage.folder_edit.setText(str(usb))
    vpage.period_edit.setText("2026-11")
    vpage.make_package()
    qtbot.waitUntil(lambda: "offices set-upper" in vpage.export_result.text(), timeout=10000)  # in Chinese
    assert vpage.export_button.isEnabled()
    assert vpage.last_export is None and list(usb.iterdir()) == []
    assert "口令" in vpage.export_result.text() and "630224100" in vpage.export_result.text()
    # the exchange, both ways, from the two pages
    twp_key = tpage.save_key_file(tmp_path / "t.dbkey")
    assert twp_key is not None and twp_key["fingerprint"] in tpage.keys_result.text()
    vkey = vpage.save_key_file(tmp_path / "v.dbkey")
    assert vpage.register_upper(tmp_path / "t.dbkey") is not None
    assert twp_key["fingerprint"] in vpage.keys_result.text()
    assert "630224100" in vpage.upper_label.text() and twp_key["fingerprint"] in vpage.upper_label.text()
    assert tpage.register_subordinate(tmp_path / "v.dbkey") is not None
    assert vkey["fingerprint"] in tpage.keys_result.text()
    assert tpage.status_table.rowCount() == 1
    # now the package: no passphrase, encrypted for the township, imported there without one
    vpage.make_package()
    qtbot.waitUntil(lambda: vpage.last_export is not None, timeout=10000)
    path = Path(vpage.last_export.path)
    assert package_crypto.read_header(path).recipient == TOWNSHIP["code"]
    assert (
        vpage.tr("The package is encrypted for office %1: only that office can open it, no passphrase needed.").replace(
            "%1", "630224100"
        )
        in vpage.export_result.text()
    )
    data = path.read_bytes()
    assert all(r["id_number"].encode() not in data for r in village.db.query("SELECT id_number FROM household"))
    tpage.import_files([path])
    qtbot.waitUntil(lambda: bool(tpage.last_reports), timeout=10000)
    assert tpage.last_reports[0].status == "ok" and tpage.last_reports[0].tables["household"].new == 15


def test_a_wrong_key_file_is_told_beside_the_buttons(unpaired, qtbot, lang, make_page, tmp_path):
    twp, village = unpaired
    vpage = make_page(village, qtbot)
    vpage.save_key_file(tmp_path / "v.dbkey")
    assert vpage.register_upper(tmp_path / "v.dbkey") is None  # its own key
    assert vpage.keys_result.text() == lang.tr_domain("This key file is this office's own key.")
    bad = tmp_path / "bad.dbkey"
    bad.write_text("{}", encoding="utf-8")
    tpage = make_page(twp, qtbot)
    assert tpage.register_subordinate(bad) is None and tpage.keys_result.text()
    assert tpage.status_table.rowCount() == 0


def test_the_keys_box_follows_the_language_mode(offices, qtbot, lang, make_page):
    _, village = offices
    page = make_page(village, qtbot)
    for mode in ("bo", "both", "zh"):
        lang.set_mode(mode)
        qtbot.waitUntil(
            lambda: page.upper_button.text() == mode_text("SyncPage", "Register the office above's key…", mode),
            timeout=2000,
        )
        assert page.out_tabs.tabText(1) == mode_text("SyncPage", "Office keys", mode)
        expected = mode_text(
            "SyncPage", "Office above: %1 (%2), key fingerprint %3. Packages are encrypted to it.", mode
        )
        assert page.upper_label.text().startswith(expected.split("%1")[0])


@pytest.mark.parametrize("mode", ["zh", "bo", "both"])
def test_the_tables_of_the_sync_page_show_rows_on_a_laptop_in_every_mode(window, lang, mode):
    # in bilingual mode the packages made and imported showed a header and a scroll bar, no row
    from PySide6.QtWidgets import QApplication

    from ui import fonts as ui_fonts
    from ui.app import add_bundled_fonts

    add_bundled_fonts()
    ui_fonts.fonts().follow(lang)  # the program's fonts, Tibetan lines as tall as on screen
    window.resize(1280, 728)  # the window on a 1366×768 laptop (ui.screen)
    lang.set_mode(mode)
    page = window.open_page("sync")
    QApplication.processEvents()
    for table, rows in ((page.history_table, 3), (page.status_table, 2)):
        row = table.verticalHeader().defaultSectionSize()
        assert table.viewport().height() >= rows * row, (table.objectName(), table.viewport().height(), row)
