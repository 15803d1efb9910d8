"""The USB-stick / folder chooser the Reports and Sync pages share (ui.widgets.destination)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from tests.ui.gui_fixtures import *
from tests.ui.gui_fixtures import close_and_delete


@pytest.fixture
def drives(monkeypatch, tmp_path):
    """The removable drives the chooser finds: a list the test fills."""
    from exports import usb

    found: list = []
    monkeypatch.setattr(usb, "removable_drives", lambda: list(found))

    def plug(name: str, free_gb: float = 3.5, label: str = "") -> str:
        folder = tmp_path / name
        folder.mkdir()
        found.append(usb.Drive(str(folder), label or name, int(8 << 30), int(free_gb * (1 << 30))))
        return str(folder)

    return plug


@pytest.fixture
def make(lang):
    from ui.widgets.destination import DestinationChooser

    made = []

    def build(**kw):
        w = DestinationChooser(**kw)
        w.show()
        made.append(w)
        return w

    yield build
    for w in made:
        close_and_delete(w)


def test_first_stick_found_becomes_the_folder(drives, make):
    stick = drives("KINGSTON")
    w = make()
    w.scan_drives()
    assert w.folder() == stick
    assert w.drive_combo.count() == 1 and w.drive_combo.itemData(0) == stick
    assert "KINGSTON" in w.drive_combo.itemText(0) and stick in w.drive_combo.itemText(0)


def test_without_a_stick_the_fallback_folder_or_nothing(drives, make, tmp_path):
    reports_like = make(fallback_folder=str(tmp_path))
    reports_like.scan_drives()
    assert reports_like.folder() == str(tmp_path)
    assert reports_like.drive_combo.itemData(0) is None
    sync_like = make()
    sync_like.scan_drives()
    assert sync_like.folder() == ""  # the page asks for a folder before writing


def test_look_again_finds_a_stick_plugged_in_later(drives, make, tmp_path):
    w = make(fallback_folder=str(tmp_path))
    w.scan_drives()
    stick = drives("STICK")
    w.rescan_button.click()
    assert w.folder() == stick


def test_a_folder_the_user_typed_is_kept_when_looking_again(drives, make, tmp_path):
    w = make()
    drives("STICK")
    w.scan_drives()
    w.folder_edit.setText(str(tmp_path / "mine"))
    w.rescan_button.click()
    assert w.folder() == str(tmp_path / "mine")


def test_picking_a_drive_puts_its_path_in_the_folder(drives, make):
    drives("ONE")
    two = drives("TWO")
    w = make()
    w.scan_drives()
    w.drive_combo.setCurrentIndex(1)
    w.drive_combo.activated.emit(1)
    assert w.folder() == two


def test_choose_folder_asks_with_the_page_caption(drives, make, monkeypatch, tmp_path):
    asked = {}

    def fake(parent, caption, start):
        asked.update(caption=caption, start=start)
        return str(tmp_path / "chosen")

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", fake)
    w = make(fallback_folder=str(tmp_path))
    w.scan_drives()
    w.caption = "Where to write the file"
    w.browse_button.click()
    assert asked == {"caption": "Where to write the file", "start": str(tmp_path)}
    assert w.folder() == str(tmp_path / "chosen")


def test_free_space_follows_the_language_digits(drives, make, lang, qtbot):
    drives("STICK", free_gb=3.5)
    w = make()
    w.scan_drives()
    assert "(3.5 GB)" in w.drive_combo.itemText(0)
    lang.set_tibetan_digits(True)
    lang.set_mode("bo")  # the LanguageChange reaches translateUI, which relabels the drives
    qtbot.waitUntil(lambda: "(༣.༥ GB)" in w.drive_combo.itemText(0), timeout=3000)


def test_labels_end_in_a_colon_only_when_asked(make):
    assert not make().lbl_drive.text().endswith((":", "："))
    assert make(colons=True).lbl_drive.text().endswith((":", "："))


def test_reports_and_sync_pages_use_the_chooser(demo_ws, lang, qtbot, drives):
    from ui.pages.reports import ReportsPage
    from ui.pages.sync import SyncPage
    from ui.widgets.destination import DestinationChooser

    stick = drives("STICK")
    pages = [ReportsPage(demo_ws, None), SyncPage(demo_ws, None)]
    try:
        for page in pages:
            assert isinstance(page.destination, DestinationChooser)
            assert page.folder_edit is page.destination.folder_edit
            assert page.folder_edit.text() == stick
            assert page.destination.caption  # set by the page's translateUI
        assert Path(pages[0].out_path()).parent == Path(stick)
    finally:
        for page in pages:
            close_and_delete(page)
