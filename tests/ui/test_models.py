"""The paged register table model: Qt's model tester, paging, sorting, masking, styling."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from tests.ui.gui_fixtures import *
from ui.models.paged import IdRole, RegisterTableModel
from ui.pages.households import HouseholdsPage
from ui.pages.loans import LoansPage


def households_model(ws, page_size=200):
    columns = HouseholdsPage.columns(None)
    model = RegisterTableModel(ws, ws.households, columns, page_size=page_size)
    model.set_query("")
    return model


def test_qt_model_tester_passes_on_households_with_real_data(demo_ws, lang):
    model = households_model(demo_ws, page_size=50)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_query("zm")
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.set_query("", status="registered_poor")
    assert model.rowCount() > 0


def test_qt_model_tester_passes_on_loans(demo_ws, lang):
    model = RegisterTableModel(demo_ws, demo_ws.loans, LoansPage.columns(None))
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_query("")
    model.sort(3, Qt.SortOrder.AscendingOrder)
    assert model.rowCount() == len(demo_ws.loans.search_ids(""))


def test_rows_are_fetched_a_page_at_a_time_only_when_shown(demo_ws, lang):
    model = households_model(demo_ws, page_size=100)
    assert model.rowCount() == demo_ws.households.count() == 300
    assert model.fetches == 0
    first = model.index(0, 0).data()
    assert model.fetches == 1 and first
    model.index(99, 0).data()
    assert model.fetches == 1
    model.index(250, 0).data()
    assert model.fetches == 2


def test_display_matches_the_service_rows_in_order(demo_ws, lang):
    model = households_model(demo_ws)
    ids = demo_ws.households.search_ids("")
    rows = demo_ws.households.rows(ids[:5])
    for i, row in enumerate(rows):
        assert model.index(i, 0).data(IdRole) == row["id"]
        assert model.index(i, 0).data() == row["name_zh"]


def test_sort_requeries_with_the_columns_sort_key(demo_ws, lang):
    model = households_model(demo_ws)
    size_col = [c.key for c in model.columns].index("size")
    model.sort(size_col, Qt.SortOrder.DescendingOrder)
    sizes = [int(model.index(i, size_col).data()) for i in range(model.rowCount())]
    assert sizes == sorted(sizes, reverse=True)
    model.sort(size_col, Qt.SortOrder.AscendingOrder)
    assert int(model.index(0, size_col).data()) == min(sizes)


def test_id_numbers_are_masked_for_roles_that_may_not_see_them(demo_ws, lang):
    model = households_model(demo_ws)
    col = [c.key for c in model.columns].index("id_number")
    number = demo_ws.households.rows([model.row_id(0)])[0]["id_number"]
    assert model.index(0, col).data() == number  # admin
    demo_ws.role = "cadre"  # another user signs in: the window refreshes its pages
    model.refresh()
    shown = model.index(0, col).data()
    assert shown != number and shown.startswith(number[:6]) and shown.endswith(number[-4:]) and "*" in shown


def test_enum_values_and_headers_follow_the_language_mode(demo_ws, lang):
    model = households_model(demo_ws)
    col = [c.key for c in model.columns].index("status")
    status = demo_ws.households.rows([model.row_id(0)])[0]["status"]
    for mode in ("zh", "bo", "both"):
        lang.set_mode(mode)
        assert model.index(0, col).data() == demo_ws.reference.label("household_status", status, mode)
        assert model.headerData(col, Qt.Orientation.Horizontal) == mode_text("Columns", "Status", mode)


def test_deleted_rows_are_grey_and_struck_through_when_listed(demo_ws, lang):
    model = households_model(demo_ws)
    victim = model.row_id(0)
    demo_ws.households.delete(victim)
    model.set_query("", include_deleted=True)
    row = model.row_of(victim)
    index = model.index(row, 0)
    assert index.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
    model.set_query("")
    model.refresh()  # a change re-reads (a repeated query is otherwise cached)
    assert model.row_of(victim) == -1


def test_a_slow_search_runs_on_the_worker_and_only_the_newest_answer_shows(demo_ws, lang, qtbot):
    model = households_model(demo_ws)
    model.async_after_ms = 0  # as if the last search had been slow
    model._last_ms = 1.0
    busy = []
    model.searching.connect(busy.append)
    model.set_query("zm")
    model.set_query("", status="registered_poor")
    assert busy and busy[0] is True
    expected = demo_ws.households.search_ids("", status="registered_poor")
    qtbot.waitUntil(lambda: model.ids == expected, timeout=5000)
    qtbot.wait(100)
    assert model.ids == expected and busy[-1] is False


def test_a_repeated_query_is_answered_from_the_cache_until_refresh(demo_ws, lang, monkeypatch):
    model = households_model(demo_ws)
    calls = []
    real = demo_ws.households.search_ids
    monkeypatch.setattr(demo_ws.households, "search_ids", lambda *a, **k: calls.append(a) or real(*a, **k))
    model.set_query("zm")
    model.set_query("")
    model.set_query("zm")
    assert len(calls) == 1
    model.refresh()
    assert len(calls) == 2
