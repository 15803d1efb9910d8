"""Every page and every dialog opens in each language mode without an exception, and shows text
in that mode (GUI-B adds its pages' dialogs to DIALOGS)."""

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.gui_fixtures import *
from ui.pages import PAGES

MODES = ["zh", "bo", "both"]


def _loan(ws, status):
    ids = ws.loans.search_ids("", status=status)
    return ws.loans.get(ids[0])


def _household(ws):
    return ws.households.get(ws.households.search_ids("")[0])


def _household_dialog_new(ws, parent):
    from ui.pages.households import HouseholdDialog

    return HouseholdDialog(ws, parent=parent)


def _household_dialog_edit(ws, parent):
    from ui.pages.households import HouseholdDialog

    return HouseholdDialog(ws, _household(ws), parent=parent)


def _loan_dialog(ws, parent):
    from ui.pages.loans import LoanDemandDialog

    return LoanDemandDialog(ws, parent=parent, household_id=_household(ws)["id"])


def _loan_step(status, from_status):
    def make(ws, parent):
        from ui.dialogs.loan_step import LoanStepDialog

        return LoanStepDialog(ws, _loan(ws, from_status), status, parent=parent)

    return make


def _office_dialog(ws, parent):
    from ui.dialogs.office import OfficeDialog

    return OfficeDialog(ws, parent=parent)


def _reason_dialog(ws, parent):
    from ui.dialogs import ReasonDialog

    return ReasonDialog("t", "p", parent)


#: name -> factory(ws, parent) returning a dialog (not shown modally)
DIALOGS = {
    "household-new": _household_dialog_new,
    "household-edit": _household_dialog_edit,
    "loan-demand": _loan_dialog,
    "loan-refer": _loan_step("referred", "registered"),
    "loan-approve": _loan_step("approved", "referred"),
    "loan-grant": _loan_step("granted", "approved"),
    "loan-reject": _loan_step("rejected", "registered"),
    "loan-withdraw": _loan_step("withdrawn", "referred"),
    "loan-repaid": _loan_step("repaid", "granted"),
    "office": _office_dialog,
    "reason": _reason_dialog,
}


@pytest.mark.parametrize("mode", MODES)
def test_every_page_opens_in_each_mode(window, lang, mode, qtbot):
    lang.set_mode(mode)
    for entry in PAGES:
        page = window.open_page(entry.name)
        qtbot.wait(1)
        assert page.isVisible()
        page.refresh()
    hid = window.ws.loans.rows(window.ws.loans.search_ids("")[:1])[0]["household_id"]
    detail = window.open_household(hid)
    assert detail.name_label.text()
    assert window.nav.item(0).text() == mode_text("MainWindow", "Home", mode).replace(" / ", "\n")


@pytest.mark.parametrize("mode", MODES)
def test_every_dialog_opens_in_each_mode(window, lang, mode, qtbot):
    other = MODES[(MODES.index(mode) + 1) % 3]
    lang.set_mode(mode)
    opened = []
    for name in sorted(DIALOGS):
        dlg = DIALOGS[name](window.ws, window)
        dlg.show()
        qtbot.waitExposed(dlg)
        if hasattr(dlg, "revalidate"):
            dlg.save_attempted = True  # every field's problem is shown, in this mode
            dlg.revalidate()
        assert dlg.windowTitle() or name == "reason", name
        opened.append(dlg)
    # switching while the dialogs are open re-labels them
    lang.set_mode(other)
    qtbot.wait(5)
    for dlg in opened:
        dlg.close()


@pytest.mark.parametrize("mode", MODES)
def test_confirm_delete_box_speaks_the_mode(window, lang, mode):
    from ui import dialogs

    lang.set_mode(mode)
    seen = {}

    def answer():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen["title"] = box.windowTitle()
            seen["yes"] = box.button(QMessageBox.StandardButton.Yes).text()
            box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(50, answer)
    assert dialogs.confirm_delete(window, "x") is False
    assert seen["title"] == mode_text("Dialogs", "Delete", mode)
    assert seen["yes"] == mode_text("QPlatformTheme", "&Yes", mode)
