"""The roster import wizard driven page by page (offscreen): file, sheet/header, columns, preview, import."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "app" / "services"))

from roster_samples import ID_A, ID_B, basic_roster, write_xlsx
from tests.ui.gui_fixtures import close_and_delete, lang, window


@pytest.fixture
def boxes(monkeypatch):
    """QMessageBox calls of the wizard answered without a modal loop; what was shown is listed."""
    from PySide6.QtWidgets import QMessageBox

    from ui.pages import import_wizard

    shown: list[tuple[str, str]] = []

    class FakeBox:
        StandardButton = QMessageBox.StandardButton
        answer = QMessageBox.StandardButton.Yes

        @staticmethod
        def information(parent, title, text, *a):
            shown.append(("information", text))
            return QMessageBox.StandardButton.Ok

        @classmethod
        def question(cls, parent, title, text, *a):
            shown.append(("question", text))
            return cls.answer

    monkeypatch.setattr(import_wizard, "QMessageBox", FakeBox)
    return shown


@pytest.fixture
def wizard(ws, qtbot, lang, boxes):
    from ui.pages.import_wizard import ImportWizard

    w = ImportWizard(ws)
    qtbot.addWidget(w)
    w.show()
    yield w
    from ui.taskman import task_manager

    task_manager().wait(5000)
    close_and_delete(w)


def open_file(wizard, qtbot, path):
    """Next on the file page: the file is read on the worker, then the wizard moves on by itself."""
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    qtbot.waitUntil(
        lambda: wizard.currentPage() is wizard.sheet_page or bool(wizard.file_page.error.text()), timeout=10000
    )


def go_to_preview(wizard, qtbot, path):
    open_file(wizard, qtbot, path)
    assert wizard.currentPage() is wizard.sheet_page, wizard.file_page.error.text()
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=10000)


def test_header_below_title_is_shown_and_columns_preselected(wizard, qtbot, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", basic_roster(), title="花名册", blank_rows=1)
    open_file(wizard, qtbot, path)
    assert wizard.sheet_page.header_spin.value() == 3
    wizard.next()
    combos = wizard.mapping_page.combos
    assert combos[1].currentData() == "name" and combos[2].currentData() == "id_number"
    assert combos[0].currentData() == ""  # 序号: not imported


def test_unusable_file_stays_on_the_first_page_with_a_sentence(wizard, qtbot, tmp_path):
    path = tmp_path / "r.xlsx"
    path.write_text("not a workbook")
    open_file(wizard, qtbot, path)
    assert wizard.currentPage() is wizard.file_page
    assert "Traceback" not in wizard.file_page.error.text()


def test_mapping_without_id_column_is_refused(wizard, qtbot, tmp_path):
    open_file(wizard, qtbot, write_xlsx(tmp_path / "r.xlsx", basic_roster()))
    wizard.next()
    combo = wizard.mapping_page.combos[2]
    combo.setCurrentIndex(combo.findData(""))
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    assert wizard.mapping_page.error.text()


def test_preview_lists_errors_and_import_writes_the_valid_rows(wizard, qtbot, tmp_path, ws, boxes):
    rows = basic_roster()
    rows[2][2] = int(ID_B)  # numeric ID cell: an error row
    go_to_preview(wizard, qtbot, write_xlsx(tmp_path / "r.xlsx", rows))
    model = wizard.preview_page.model
    assert model.rowCount() == 3
    errors = [r for r in model.rows if r.action == "error"]
    assert [r.row for r in errors] == [3]
    assert model.data(model.index(1, 6))  # the reason is shown
    assert wizard.preview_page.isComplete()
    assert ws.households.count() == 0  # nothing written by the preview
    wizard.accept()
    qtbot.waitUntil(lambda: wizard.imported is not None, timeout=10000)
    assert boxes[0][0] == "question"  # rows left out: asked once more
    assert ws.households.count() == 2
    assert ws.households.find_by_id_number(ID_A) is not None


def test_declining_the_confirmation_imports_nothing(wizard, qtbot, tmp_path, ws, boxes, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from ui.pages import import_wizard

    rows = basic_roster()
    rows[2][2] = int(ID_B)
    go_to_preview(wizard, qtbot, write_xlsx(tmp_path / "r.xlsx", rows))
    monkeypatch.setattr(import_wizard.QMessageBox, "answer", QMessageBox.StandardButton.No)
    wizard.accept()
    qtbot.wait(200)
    assert wizard.imported is None and ws.households.count() == 0


def test_choosing_another_sheet_reads_it(wizard, qtbot, tmp_path):
    path = write_xlsx(
        tmp_path / "r.xlsx",
        basic_roster(),
        extra_sheets={"贷款": [["户主姓名", "身份证号码", "贷款金额"], ["张三", ID_A, 1]]},
    )
    open_file(wizard, qtbot, path)
    box = wizard.sheet_page.sheet_box
    box.setCurrentText("贷款")
    box.activated.emit(box.currentIndex())
    qtbot.waitUntil(lambda: wizard.prepared.sheet.name == "贷款", timeout=10000)
    assert wizard.prepared.header_row == 1


def test_duplicate_choice_rechecks_the_rows(wizard, qtbot, tmp_path, ws):
    ws.households.create({"name_zh": "张三", "id_number": ID_A})
    go_to_preview(wizard, qtbot, write_xlsx(tmp_path / "r.xlsx", basic_roster()))
    assert wizard.plan.count("skip") == 1
    wizard.preview_page.update_.click()
    qtbot.waitUntil(lambda: wizard.plan is not None and wizard.plan.count("update") == 1, timeout=10000)


def test_error_rows_saved_as_xlsx(wizard, qtbot, tmp_path):
    import openpyxl

    rows = basic_roster()
    rows[2][3] = "123"
    go_to_preview(wizard, qtbot, write_xlsx(tmp_path / "r.xlsx", rows))
    out = tmp_path / "fix.xlsx"
    wizard.save_errors(str(out))
    values = list(openpyxl.load_workbook(out).active.values)
    assert len(values) == 2 and values[1][1] == "卓玛"


def test_cancelled_import_leaves_nothing(wizard, qtbot, tmp_path, ws):
    go_to_preview(wizard, qtbot, write_xlsx(tmp_path / "r.xlsx", basic_roster()))
    from ui.taskman import task_manager

    wizard.accept()
    wizard.operation.cancel()
    task_manager().wait(5000)
    qtbot.wait(100)
    assert ws.households.count() in (0, 3)  # cancelled before or after the commit: never a part
    if wizard.imported is None:
        assert ws.households.count() == 0


@pytest.mark.parametrize("mode", ["zh", "bo", "both"])
def test_wizard_texts_follow_the_language(wizard, lang, qtbot, mode):
    from tests.ui.gui_fixtures import mode_text

    lang.set_mode(mode)
    expected = mode_text("ImportWizard", "Import a roster", mode)
    assert expected != "Import a roster"
    qtbot.waitUntil(lambda: wizard.windowTitle() == expected, timeout=3000)
    assert wizard.preview_page.skip.text() == mode_text("PreviewPage", "Skip the row", mode)


def test_file_menu_opens_the_wizard(window, boxes):
    from ui.pages.import_wizard import ImportWizard

    assert window.import_action in window.file_menu.actions()
    window.import_action.trigger()
    assert isinstance(window.import_wizard, ImportWizard) and window.import_wizard.isVisible()
    window.import_wizard.reject()


def test_preview_says_how_an_ambiguous_date_was_read_and_it_can_be_changed(wizard, qtbot, tmp_path, ws):
    from test_roster_household_dates import HOUSEHOLD_ROSTER

    go_to_preview(wizard, qtbot, write_xlsx(tmp_path / "r.xlsx", HOUSEHOLD_ROSTER))
    page = wizard.preview_page
    assert page.readings.isVisibleTo(wizard) and page.change_columns.isVisibleTo(wizard)
    note = page.readings.text()
    assert "第 H 列“登记日期”" in note and "没有贷款金额列" in note  # the wizard speaks Chinese here
    assert not wizard.plan.error_rows and wizard.plan.loans == 0
    page.change_columns.click()  # back to the columns
    assert wizard.currentPage() is wizard.mapping_page
    combo = wizard.mapping_page.combos[7]
    assert combo.currentData() == "household_registered_on"
    combo.setCurrentIndex(combo.findData("registered_on"))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=10000)
    assert "按您的选择" in page.readings.text()
    assert all(r.target.household.registered_on is None for r in wizard.plan.rows)


def test_sheets_ticked_together_are_one_import(wizard, qtbot, tmp_path, ws):
    from PySide6.QtCore import Qt

    from test_roster_shapes import _village_book

    open_file(wizard, qtbot, _village_book(tmp_path / "乡.xlsx"))
    page = wizard.sheet_page
    assert page.sheet_box.currentText() == "拉脊村"  # the cover sheet has no data rows to match
    assert page.sheets_list.isVisibleTo(wizard) and page.sheets_list.count() == 4
    for i in range(page.sheets_list.count()):
        page.sheets_list.item(i).setCheckState(Qt.CheckState.Checked)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=10000)
    plan = wizard.plan
    assert plan.sheets == ["拉脊村", "上寨村", "下寨村"] and plan.count("new") == 4
    assert [name for name, _ in wizard.left_out] == ["说明"]
    summary = wizard.preview_page.summary.text()
    assert "说明" in summary and "拉脊村!4" in summary
    model = wizard.preview_page.model
    assert model.data(model.index(0, 0)).startswith("拉脊村 ")


def test_a_gbk_csv_through_the_wizard(wizard, qtbot, tmp_path, ws, boxes):
    rows = [
        ["户主姓名", "身份证号码", "贫困户属性", "登记日期"],
        ["张三", ID_A, "贫困户", "2015-06-30"],
        ["卓玛", ID_B, "脱贫户", "2016-01-01"],
        ["合计", "", "", ""],
    ]
    path = tmp_path / "县系统导出.csv"
    path.write_bytes("\r\n".join(",".join(r) for r in rows).encode("gbk"))
    go_to_preview(wizard, qtbot, path)
    assert wizard.plan.count("new") == 2 and wizard.plan.subtotal_rows == ["4"]
    wizard.accept()
    qtbot.waitUntil(lambda: wizard.imported is not None, timeout=10000)
    assert ws.households.find_by_id_number(ID_B)["registered_on"] == "2016-01-01"


def test_a_ledger_preview_shows_amount_and_balance_and_the_total_row_skipped(wizard, qtbot, tmp_path, lang):
    from test_roster_ledger import LEDGER

    go_to_preview(wizard, qtbot, write_xlsx(tmp_path / "台账.xlsx", LEDGER))  # the wizard speaks Chinese
    model = wizard.preview_page.model
    shown = {
        model.data(model.index(r, 2)): (model.data(model.index(r, 1)), model.data(model.index(r, 5)))
        for r in range(model.rowCount())
    }
    assert shown["卓玛"][1] == "已发放 30,000.00，余额 18,000.00"
    assert shown["张三"][1] == "已发放 50,000.00，余额 0.00"
    assert any(action == "跳过：合计行" for action, _ in shown.values())
    assert "其中已发放贷款" in wizard.preview_page.summary.text()
