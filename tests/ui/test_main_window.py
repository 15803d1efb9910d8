"""Main window: every page opens, language switching, remembered state, status bar, Operation."""

import pytest
from PySide6.QtCore import Qt

from app.domain.errors import ValidationError
from app.i18n import N_
from tests.ui.gui_fixtures import *
from ui.pages import PAGES
from ui.pages.page import Page, PlaceholderPage


def test_every_navigation_item_shows_its_page(window):
    for row, entry in enumerate(PAGES):
        window.nav.setCurrentRow(row)
        page = window.stack.currentWidget()
        assert page is window.pages[entry.name]
        assert page.isVisible()
        # every page is a real page (none failed to open) and speaks the page protocol
        assert not isinstance(page, PlaceholderPage), entry.name
        assert isinstance(page, Page)


def test_a_page_that_fails_to_open_shows_its_problem_not_a_crash(window, monkeypatch):
    import ui.pages as pages

    def broken():
        class Broken(Page):
            def __init__(self, ws, main_window, parent=None):
                raise ValidationError("x", N_("The amount must be more than zero."))

        return Broken

    monkeypatch.setattr(pages, "PAGES", pages.PAGES + [pages.PageEntry("nowhere", broken)])
    import ui.main_window as mw

    monkeypatch.setattr(mw, "PAGES", pages.PAGES)
    page = window._create_page("nowhere")
    assert isinstance(page, PlaceholderPage) and page.label.text()


@pytest.mark.parametrize("mode", ["zh", "bo", "both"])
def test_language_switch_updates_title_navigation_headers_and_values(window, lang, mode, qtbot):
    page = window.open_page("households")
    lang.set_mode(mode)
    # Qt posts LanguageChange to the widgets: wait for the page to have re-read its texts
    qtbot.waitUntil(lambda: page.new_button.text() == mode_text("RegisterPage", "New…", mode), timeout=3000)
    assert window.windowTitle().startswith(mode_text("MainWindow", "Dual-base linkage office register", mode))
    # its label in app.registry; bilingual: Tibetan over Chinese, on two lines (fits a 1366 px screen)
    assert window.nav.item(1).text() == mode_text("domain", "Households", mode).replace(" / ", "\n")
    col = [c.key for c in page.model.columns].index("status")
    assert page.model.headerData(col, Qt.Orientation.Horizontal) == mode_text("Columns", "Status", mode)
    status = page.model.row_dict(0)["status"]
    assert page.model.index(0, col).data() == window.ws.reference.label("household_status", status, mode)


def test_window_remembers_the_last_page_and_splitter(demo_ws, qtbot, lang):
    from ui.main_window import MainWindow

    first = MainWindow(demo_ws)
    first.show()
    first.show_initial_page()
    # a page and a navigation width that fit the test screen (800 px) together: the remembered
    # page is built before the window shows, and the splitter leaves it its minimum width
    first.open_page("reports")
    first.splitter.setSizes([233, 600])
    width = first.splitter.sizes()[0]
    close_and_delete(first)
    again = MainWindow(demo_ws)
    assert again.current_name() == "reports"  # built with the window, before it shows
    again.show()
    assert again.splitter.sizes()[0] == width
    close_and_delete(again)


def test_status_bar_shows_office_user_path_and_last_backup(window):
    ws = window.ws
    assert window.office_label.text() == ws.office["name_zh"]
    assert ws.user in window.user_label.text()
    assert window.path_label.text() == str(ws.db.path)
    ws.reference.set_setting("last_backup_at", "2026-11-14T09:30:00Z")
    window.update_status()
    assert "2026-11-14 09:30" in window.backup_label.text()


def test_open_page_passes_filters_to_the_page(window):
    page = window.open_page("households", status="registered_poor")
    assert window.stack.currentWidget() is page
    statuses = {page.model.row_dict(i)["status"] for i in range(page.model.rowCount())}
    assert statuses == {"registered_poor"}


def test_undo_with_nothing_to_undo_says_so(window):
    window.undo()
    assert window.statusBar().currentMessage()


# --- the worker and Operation ---------------------------------------------------------------------


def test_operation_runs_off_the_gui_thread_and_delivers_on_it(qtbot, lang):
    import threading

    from ui.operations import Operation

    seen = {}

    def work():
        seen["thread"] = threading.current_thread()
        return 42

    op = Operation(None, work).success(lambda r: seen.update(result=r, on=threading.current_thread()))
    op.run()
    qtbot.waitUntil(lambda: "result" in seen, timeout=3000)
    assert seen["result"] == 42
    assert seen["thread"] is not threading.main_thread() and seen["on"] is threading.main_thread()


def test_operation_progress_and_cancel(qtbot, lang):
    import threading

    from ui.operations import Operation
    from ui.taskman import Cancelled

    gate = threading.Event()
    steps, failures = [], []

    def work():
        for i in range(1000):
            yield (i, 1000, None)
            gate.wait(0.01)
        return "finished"

    op = Operation(None, work).with_progress("busy", cancellable=True)
    op.success(lambda r: steps.append(r)).failure(failures.append).run()
    qtbot.waitUntil(lambda: op.dialog is not None and op.dialog.value() > 0, timeout=3000)
    op.cancel()
    qtbot.waitUntil(lambda: bool(failures), timeout=3000)
    assert isinstance(failures[0], Cancelled) and steps == []


def test_operation_failures_become_sentences_never_tracebacks(qtbot, lang, monkeypatch, data_dir):
    import ui.operations as ops

    shown = []

    class FakeBox:
        class Icon:
            Warning = 0

        class StandardButton:
            Ok = 0

        def __init__(self, icon, title, text, buttons, parent):
            shown.append(text)

        def setObjectName(self, name):
            pass

        def exec(self):
            return 0

    monkeypatch.setattr(ops, "QMessageBox", FakeBox)

    def refused():
        raise ValidationError("x", N_("The amount must be more than zero."))

    def broken():
        raise KeyError("secret internals")

    ops.Operation(None, refused).run()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=3000)
    assert shown[0] == lang.tr_domain("The amount must be more than zero.")
    ops.Operation(None, broken).run()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=3000)
    assert "secret internals" not in shown[1] and "Traceback" not in shown[1]
    assert ops.log_path() in shown[1]
    from pathlib import Path

    assert "secret internals" in Path(ops.log_path()).read_text(encoding="utf-8")


def test_first_start_office_form_refuses_a_bad_code_and_saves_a_good_one(db_path, qtbot, lang):
    from app.services.workspace import Workspace
    from ui.dialogs.office import OfficeDialog

    ws = Workspace.open(db_path, user="tester")
    try:
        assert ws.office is None
        dlg = OfficeDialog(ws)
        qtbot.addWidget(dlg)
        dlg.fields["code"].widget.setText("12345")
        dlg.fields["name_zh"].widget.setText("拉脊村双基联动工作室")
        dlg.fields["code"].touched = True
        dlg.revalidate()
        assert dlg.error_text("code") and not dlg.save_button.isEnabled()
        dlg.accept()
        assert ws.office is None
        dlg.fields["code"].widget.setText("630224100201")
        dlg.revalidate()
        dlg.accept()
        assert ws.office["code"] == "630224100201" and ws.office["level"] == "village"
    finally:
        ws.close()


def test_a_result_for_a_page_closed_meanwhile_is_dropped(qtbot, lang):
    import threading

    from PySide6.QtWidgets import QLabel

    from ui.taskman import task_manager

    page = QLabel()
    gate = threading.Event()
    called = []
    task_manager().run(lambda: gate.wait(5) and "late", on_done=called.append, owner=page)
    close_and_delete(page)
    gate.set()
    task_manager().wait(5000)
    qtbot.wait(50)
    assert called == []


def test_every_register_of_the_registry_has_its_page_in_registry_order():
    from app import registry

    listed = [e for e in PAGES if e.name in registry.REGISTERS]
    assert [e.name for e in listed] == list(registry.REGISTERS)
    for e in listed:
        page = registry.register(e.name)
        cls = e.load()
        assert (cls.__module__, cls.__name__) == (f"ui.pages.{page.page_module}", page.page_class)
