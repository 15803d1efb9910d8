"""A big register's page shows a search's first screen at once and the rest when the worker has the
whole ordered list: on a real register of 2,000 households (made "big" for the model by lowering
its threshold, and the walk's sizes lowered so that this register takes every path), the rows and
their order equal the whole-list query in every sort order, Qt's model tester watches every change,
the view scrolls to the end, the selection and the count behave as a user expects."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from storage import registers
from tests.conftest import DEMO_TODAY, OFFICE
from tests.ui.gui_fixtures import *
from ui.models.paged import IdRole, RegisterTableModel
from ui.pages.loans import LoansPage
from ui.pages.ratings import RatingsPage
from ui.pages.register_page import RegisterTable


@pytest.fixture(scope="module")
def register_bytes(tmp_path_factory) -> bytes:
    from app.services.demo import fill
    from app.services.workspace import Workspace, init_office

    path = tmp_path_factory.mktemp("first-screen-ui") / "demo-2000.sqlite"
    ws = Workspace.open(path, user="tester", role="admin", lang="en")
    init_office(ws.db, **OFFICE, user="tester")
    fill(ws.db, office_code=OFFICE["code"], households=2000, seed=1, today=DEMO_TODAY, user="tester")
    ws.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ws.close()
    return path.read_bytes()


@pytest.fixture
def big_ws(register_bytes, tmp_path, monkeypatch):
    from app.services.workspace import Workspace

    monkeypatch.setattr(registers, "WALK_FROM_ROWS", 0)
    monkeypatch.setattr(registers, "WALK_FIRST", 150)
    monkeypatch.setattr(registers, "WALK_LAST", 1500)
    path = tmp_path / "register.sqlite"
    path.write_bytes(register_bytes)
    ws = Workspace.open(path, user="tester", role="admin", lang="en")
    yield ws
    from ui.taskman import task_manager

    task_manager().wait(10000)  # a rest still being fetched: not on a closed register
    ws.close()


def big_model(ws, service, columns) -> RegisterTableModel:
    model = RegisterTableModel(ws, service, columns, page_size=32)
    model.async_rows = 100  # a register this size counts as big: first screen, then the rest
    return model


def whole(model) -> list[str]:
    filters = dict(model.filters)
    if model.sort_key:
        filters.update(sort=model.sort_key, descending=model.descending)
    return model.service.search_ids(model.text, **filters)


def settle(qtbot, model) -> None:
    qtbot.waitUntil(lambda: not model.partial, timeout=10000)
    qtbot.wait(20)  # the worker's signal has been handled


@pytest.mark.parametrize(("register", "page"), [("loans", LoansPage), ("ratings", RatingsPage)])
def test_first_screen_then_the_rest_in_every_sort_order_under_the_model_tester(big_ws, lang, qtbot, register, page):
    service = getattr(big_ws, register)
    model = big_model(big_ws, service, page.columns(None))
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    name = big_ws.db.scalar("SELECT h.name_zh FROM household h ORDER BY id LIMIT 1")[:1]  # a surname
    sortable = [i for i, c in enumerate(model.columns) if c.sort]
    assert len(sortable) >= 4
    for text in ("", name):
        model.set_query(text)
        settle(qtbot, model)  # (a search while another's rest is fetched waits on the worker: below)
        for col in sortable:
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                model.sort(col, order)
                expected = whole(model)
                assert len(expected) > model.first_screen  # a search with more than a screen
                # the first screen is here at once, in the whole list's order, its rows read
                assert model.partial and model.rowCount() == model.first_screen
                assert model.ids == expected[: model.first_screen]
                fetched = model.fetches
                assert model.index(model.first_screen - 1, 0).data(IdRole) == expected[model.first_screen - 1]
                last = model.first_screen - 1
                assert model.row_dict(last)["id"] == expected[last] and model.index(last, 0).data()
                assert model.fetches == fetched  # (the first screen's rows came with it)
                settle(qtbot, model)
                assert model.ids == expected and model.rowCount() == len(expected)


def test_the_rest_is_appended_so_the_selection_and_the_rows_shown_stay(big_ws, lang, qtbot):
    model = big_model(big_ws, big_ws.loans, LoansPage.columns(None))
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    view = RegisterTable()
    view.setModel(model)
    view.resize(900, 500)
    view.show()
    resets, inserted = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    model.set_query("")
    assert resets == [1] and model.partial
    view.selectRow(5)
    chosen = model.row_id(5)
    settle(qtbot, model)
    assert resets == [1] and inserted == [(model.first_screen, model.rowCount() - 1)]
    assert model.row_id(view.currentIndex().row()) == chosen
    # scrolling to the end shows the last rows of the whole list
    view.scrollToBottom()
    qtbot.wait(20)
    last = model.rowCount() - 1
    assert view.rowAt(view.viewport().height() - 2) in (last, -1)
    expected = whole(model)
    row = big_ws.loans.rows([expected[-1]])[0]
    assert model.index(last, 0).data(IdRole) == row["id"]
    assert model.row_dict(last)["registered_on"] == row["registered_on"]
    view.close()


def test_a_newer_search_drops_the_rest_of_an_older_one(big_ws, lang, qtbot):
    model = big_model(big_ws, big_ws.loans, LoansPage.columns(None))
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    busy = []
    model.searching.connect(busy.append)
    model.set_query("")
    shown = list(model.ids)
    status = "granted"
    model.set_query("", status=status)  # typed before the first search's rest arrived
    # the older rest still holds the register: the newer first screen is found on the worker,
    # the window does not wait for it (what is shown stays until it comes)
    assert model.ids == shown and busy[-1] is True
    qtbot.waitUntil(lambda: model.ids[:5] == big_ws.loans.search_ids("", status=status)[:5], timeout=10000)
    settle(qtbot, model)
    qtbot.wait(200)  # the first search's rest, if it came, changed nothing
    assert model.ids == big_ws.loans.search_ids("", status=status)


def test_all_ids_waits_for_the_rest(big_ws, lang, qtbot):
    model = big_model(big_ws, big_ws.ratings, RatingsPage.columns(None))
    model.set_query("")
    assert model.partial
    assert model.all_ids() == big_ws.ratings.search_ids("") and not model.partial
    qtbot.wait(200)  # the worker's copy of the same list arrives: nothing moves
    assert model.rowCount() == len(big_ws.ratings.search_ids(""))


def test_the_page_counts_when_the_whole_list_is_here_and_selects_a_record_beyond_the_first_screen(big_ws, lang, qtbot):
    page = LoansPage(big_ws, None)
    page.model.async_rows = 100
    page.filter_bar.set_filters(text="")
    page.refresh()
    assert page.model.partial and page.count_label.text() == page.tr("Searching…")
    settle(qtbot, page.model)
    total = len(big_ws.loans.search_ids(""))
    assert page.count_label.text() == page.tr("%1 records").replace("%1", lang.fmt_int(total))
    # a record far down the list, asked for while only the first screen is here
    far = big_ws.loans.search_ids("")[-3]
    page.refresh()
    assert page.model.partial
    assert page.show_record(far)
    assert page.selected_id() == far and page.listed_ids() == big_ws.loans.search_ids("")
    close_and_delete(page)
