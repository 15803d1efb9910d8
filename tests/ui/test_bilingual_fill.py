"""Bilingual mode: a translated word or a two-script label put into a template ("Last backup: %1",
"Delete %1?", a step's title) gives the Tibetan half the Tibetan word only and the Chinese half
the Chinese word only, instead of the whole bilingual word in both halves."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import i18n as app_i18n
from tests.ui.gui_fixtures import *
from tests.ui.gui_fixtures import close_and_delete


def zh(ctx: str, src: str) -> str:
    return app_i18n.translate(src, "zh", ctx)


def bo(ctx: str, src: str) -> str:
    return app_i18n.translate(src, "bo", ctx)


def halves(text: str) -> tuple[str, str]:
    """(Tibetan half, Chinese half) of a bilingual text, Tibetan first."""
    sep = "\n" if "\n" in text else " / "
    first, second = text.split(sep, 1)
    return first, second


def test_last_backup_never_is_one_word_per_half_on_the_settings_page(demo_ws, lang, qtbot):
    from ui.pages.settings import SettingsPage

    ctx = "SettingsPage"
    assert bo(ctx, "never") != zh(ctx, "never") != "never"  # real translations to tell apart
    lang.set_mode("both")
    page = SettingsPage(demo_ws, None)
    page.show()
    try:
        tib, chi = halves(page.last_backup_label.text())
        assert tib == bo(ctx, "Last backup: %1").replace("%1", bo(ctx, "never"))
        assert chi == zh(ctx, "Last backup: %1").replace("%1", zh(ctx, "never"))
        assert zh(ctx, "never") not in tib and bo(ctx, "never") not in chi
        lang.set_mode("zh")  # the language switch refills it in one language
        qtbot.waitUntil(lambda: page.last_backup_label.text() == chi, timeout=3000)
    finally:
        close_and_delete(page)


def test_delete_question_names_the_household_in_each_halfs_script(window, lang, qtbot):
    page = window.open_page("households")
    page.table.selectRow(0)
    row = page.selected_row()
    name_zh, name_bo = row["name_zh"], row["name_bo"]
    assert name_zh and name_bo
    lang.set_mode("both")
    seen = {}

    def answer():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen["text"] = box.text()
            box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(50, answer)
    page.delete_selected()
    tib, chi = halves(seen["text"])
    assert tib == bo("Dialogs", "Delete %1?").replace("%1", name_bo)
    assert chi == zh("Dialogs", "Delete %1?").replace("%1", name_zh)
    assert window.ws.households.get(row["id"])["deleted_at"] is None


def test_loan_step_title_names_the_step_in_each_halfs_script(demo_ws, lang, qtbot):
    from ui.dialogs.loan_step import LoanStepDialog

    loan = demo_ws.loans.get(demo_ws.loans.search_ids("", status="registered")[0])
    lang.set_mode("both")
    dlg = LoanStepDialog(demo_ws, loan, "granted")
    try:
        ref = demo_ws.reference
        step_zh, step_bo = ref.label("loan_status", "granted", "zh"), ref.label("loan_status", "granted", "bo")
        tib, chi = halves(dlg.windowTitle())
        assert step_bo in tib and step_zh not in tib
        assert step_zh in chi and step_bo not in chi
    finally:
        close_and_delete(dlg)


def test_font_box_says_installed_in_each_halfs_language(lang, qtbot):
    from ui.widgets.font_settings import FontSettingsBox

    ctx = "FontSettingsBox"
    lang.set_mode("both")
    box = FontSettingsBox()
    try:
        assert not box._fonts.choice.tibetan_file  # the installed font (each test has its own settings)
        tib, chi = halves(box.tibetan_label.text())
        assert bo(ctx, "installed") in tib and zh(ctx, "installed") not in tib
        assert zh(ctx, "installed") in chi and bo(ctx, "installed") not in chi
    finally:
        close_and_delete(box)


def test_status_bar_last_backup_never_is_one_word_per_half(window, lang, qtbot):
    ctx = "MainWindow"
    lang.set_mode("both")
    window.update_status()
    tib, chi = halves(window.backup_label.text())
    assert tib == bo(ctx, "Last backup: %1").replace("%1", bo(ctx, "never"))
    assert chi == zh(ctx, "Last backup: %1").replace("%1", zh(ctx, "never"))


def test_import_preview_action_reads_one_whole_text_per_language(ws, lang):
    from types import SimpleNamespace

    from ui.pages.import_wizard import PreviewModel

    ctx = "ImportWizard"
    row = SimpleNamespace(action="skip", duplicate="file", duplicate_of="12")
    lang.set_mode("both")
    tib, chi = halves(PreviewModel(ws).action_text(row))
    assert tib == bo(ctx, "Skipped: duplicate") + " — " + bo(ctx, "same ID number as row %1").replace("%1", "12")
    assert chi == zh(ctx, "Skipped: duplicate") + " — " + zh(ctx, "same ID number as row %1").replace("%1", "12")


def test_column_clash_names_the_fields_in_each_halfs_language(ws, lang, qtbot):
    """Two columns mapped to one field: the field's name is Tibetan in the Tibetan half only."""
    from app.i18n import DOMAIN
    from app.services import roster
    from ui.pages.import_wizard import ImportWizard

    wizard = ImportWizard(ws)
    try:
        lang.set_mode("both")
        page = wizard.mapping_page
        field = next(iter(roster.FIELD_BY_KEY))
        label = roster.field_label(field)
        page.mapping = lambda: {0: field, 1: field}
        assert page.validatePage() is False
        tib, chi = halves(page.error.text())
    finally:
        close_and_delete(wizard)
    assert tib == bo("MappingPage", "Each field can come from one column only: %1.").replace("%1", bo(DOMAIN, label))
    assert chi == zh("MappingPage", "Each field can come from one column only: %1.").replace("%1", zh(DOMAIN, label))
