"""Sync page, issue #20: the township makes a package for a village from the Conflicts view; the
village imports it with the same Import button, sees the question and the decision, answers;
the answer reaches the township's Conflicts view."""

from __future__ import annotations

from pathlib import Path

from app.services import keys, sync, sync_conflicts, sync_down
from tests.ui.gui_fixtures import lang, mode_text
from tests.ui.test_sync_page import make_page


def test_package_for_a_village_question_answer_and_decision(qtbot, lang, make_page, tmp_path):
    from tests.app.services.test_township_overlap import MOVED, TWICE, _send, build_township

    twp, villages, usb, hh = build_township(tmp_path)
    a, b, c = villages
    try:
        for v in villages:
            v.offices.set_upper(keys.export_key(twp.db, tmp_path / "twp.dbkey")["path"])
            _send(twp, v, usb)
        moved = next(x for x in sync_conflicts.list_conflicts(twp) if x["id_number"] == MOVED)
        twice = next(x for x in sync_conflicts.list_conflicts(twp) if x["id_number"] == TWICE)
        sync_conflicts.resolve(twp, moved["id"], "moved", to="incoming")
        sync_conflicts.resolve(twp, twice["id"], "ask", note="此户户籍在哪个村？")

        township_page = make_page(twp, qtbot)
        township_page.folder_edit.setText(str(usb))
        op = township_page.make_down_package(b.office["code"])
        assert op is not None
        qtbot.waitUntil(lambda: "630224100202" in township_page.conflicts_note.text(), timeout=10000)
        [path] = sorted(usb.glob("630224100_down_630224100202_*.dbsync"))

        page = make_page(b, qtbot)
        page.import_files([path])
        qtbot.waitUntil(lambda: bool(page.last_reports), timeout=10000)
        [report] = page.last_reports
        assert isinstance(report, sync_down.DownReport) and report.status == "ok"
        assert "630224100" in page.report_view.toPlainText()
        page.conflict_tabs.setCurrentIndex(1)
        t = page.questions_table
        assert t.rowCount() == 2  # the question about 才让, the decision about 卓玛
        texts = [t.item(r, col).text() for r in range(2) for col in range(4)]
        assert any("此户户籍在哪个村？" in x for x in texts)
        assert TWICE not in "".join(texts)  # masked
        assert not page.answer_button.isEnabled()
        t.selectRow(0)
        assert page.answer_button.isEnabled()
        page.answer_selected("户籍在上寨村")
        assert sync_down.questions(b)[0]["answer"] == "户籍在上寨村"
        assert page.questions_table.item(0, 3).text() == "户籍在上寨村"
        page.grab().save(str(tmp_path / "village_questions.png"))

        [up] = sync.import_packages(twp, [sync.export_package(b, usb, period="2026-11").path])
        assert up.status == "ok"
        township_page.refresh_conflicts()
        tt = township_page.conflicts_table
        row = next(r for r in range(tt.rowCount()) if township_page._conflicts[r]["id"] == twice["id"])
        assert "户籍在上寨村" in tt.item(row, 4).text()
        township_page.grab().save(str(tmp_path / "township_answers.png"))
        # both offices' histories list the package that went down
        made = next(i for i, r in enumerate(township_page._history_rows) if r["direction"] == "down_made")
        township_page.history_table.selectRow(made)
        assert "630224100202" in township_page.report_view.toPlainText()
        page.refresh()
        taken = [r for r in page._history_rows if r["direction"] == "down_taken"]
        assert [(r["sender_code"], r["sequence"]) for r in taken] == [("630224100", 1)]
        assert Path(path).is_file()
    finally:
        for w in [twp, *villages]:
            w.close()
