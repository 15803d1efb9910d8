"""Home page: tiles show the service's figures on the demo register, clicking a tile opens the
register filtered to the records behind it, the action lists open their records, and the page
follows the language mode and changes in the register."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from app.services.indicators import IndicatorService, Period
from tests.conftest import DEMO_TODAY
from tests.ui.gui_b_fixtures import *
from tests.ui.gui_fixtures import *
from ui.pages.home import HomePage


@pytest.fixture
def home(widgets_cleanup, window):
    page = window.open_page("home")
    page.refresh_now()
    return page


def test_tiles_show_the_figures_of_the_demo_register(demo_ws, qtbot, lang, widgets_cleanup):
    page = HomePage(demo_ws, None, today=DEMO_TODAY)
    qtbot.addWidget(page)
    ind = page.refresh_now()
    expected = IndicatorService(demo_ws).compute(Period.month(DEMO_TODAY), today=DEMO_TODAY)
    assert page.tiles["overdue_complaints"].value.text() == str(expected.complaints.overdue)
    assert expected.complaints.overdue == len(demo_ws.complaints.overdue_ids(DEMO_TODAY)) > 0
    assert page.tiles["outstanding_530"].value.text() == f"{expected.loans.outstanding_530:,}"
    assert page.tiles["demands_registered"].value.text() == f"{expected.loans.registered:,}"
    share = expected.loans.poor_with_demand
    assert page.tiles["poor_with_demand"].value.text() == f"{share.bp / 100:.1f} %"
    assert f"{share.part:,}" in page.tiles["poor_with_demand"].detail.text()
    assert ind.trend[-1].month == "2026-11" and page.trend_chart.months[-1] == "2026-11"
    assert page.trend_chart.series[0].values == [p.demands for p in expected.trend]


def test_overdue_tile_is_drawn_as_an_alert(demo_ws, qtbot, lang, widgets_cleanup):
    page = HomePage(demo_ws, None, today=DEMO_TODAY)
    qtbot.addWidget(page)
    page.refresh_now()
    page.resize(1200, 900)
    page.show()

    def red_pixels(tile) -> int:
        image = tile.grab().toImage()
        return sum(
            1
            for x in range(0, image.width(), 2)
            for y in range(0, image.height(), 2)
            if image.pixelColor(x, y).name() == "#b71c1c"
        )

    assert red_pixels(page.tiles["overdue_complaints"]) > 20  # the frame and the figure in red
    assert red_pixels(page.tiles["sessions"]) == 0


def test_a_tiles_figure_is_drawn_in_the_text_colour_not_the_frames_grey(demo_ws, qtbot, lang, widgets_cleanup):
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    page = HomePage(demo_ws, None, today=DEMO_TODAY)
    qtbot.addWidget(page)
    page.refresh_now()
    page.resize(1200, 900)
    page.show()
    text = QApplication.palette().color(QPalette.ColorRole.WindowText).name()
    grey = QApplication.palette().color(QPalette.ColorRole.Mid).name()
    tile = page.tiles["sessions"]
    image = tile.value.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())}
    assert text in colours and grey not in colours


def test_clicking_the_overdue_complaints_tile_opens_the_overdue_complaints(home, window, qtbot, demo_ws):
    qtbot.mouseClick(home.tiles["overdue_complaints"], Qt.MouseButton.LeftButton)
    page = window.current_page()
    assert window.current_name() == "complaints"
    assert page.filter_bar.combos["overdue"].value() == "1"
    assert set(page.model.ids) == set(demo_ws.complaints.overdue_ids(date.today()))
    assert page.model.rowCount() == home.ind.complaints.overdue


def test_clicking_the_530_tile_lists_the_outstanding_530_loans(home, window, qtbot, demo_ws):
    qtbot.mouseClick(home.tiles["outstanding_530"], Qt.MouseButton.LeftButton)
    page = window.current_page()
    assert window.current_name() == "loans"
    rows = [page.model.row_dict(i) for i in range(page.model.rowCount())]
    assert len(rows) == home.ind.loans.outstanding_530 > 0
    assert all(r["product_code"] == "530" and r["status"] == "granted" for r in rows)


def test_clicking_the_poor_coverage_tile_lists_those_households(home, window, qtbot):
    qtbot.mouseClick(home.tiles["poor_with_demand"], Qt.MouseButton.LeftButton)
    page = window.current_page()
    assert window.current_name() == "households"
    assert page.model.rowCount() == home.ind.loans.poor_with_demand.part > 0
    assert all(page.model.row_dict(i)["status"] == "registered_poor" for i in range(page.model.rowCount()))


def test_a_filter_change_after_a_drilldown_shows_the_whole_register_again(home, window, qtbot, demo_ws):
    qtbot.mouseClick(home.tiles["outstanding_530"], Qt.MouseButton.LeftButton)
    page = window.current_page()
    page.filter_bar.clear()
    assert page.model.rowCount() == len(demo_ws.loans.search_ids(""))


def test_clicking_a_month_of_the_trend_opens_that_months_demands(home, window, demo_ws):
    month = home.trend_chart.months[-2]
    home.trend_chart.monthClicked.emit(month)
    page = window.current_page()
    p = Period.month(month)
    assert window.current_name() == "loans"
    assert page.model.rowCount() == len(demo_ws.loans.search_ids("", **p.filters()))


def test_overdue_complaint_row_opens_that_complaint(home, window, answer_dialogs):
    seen = answer_dialogs(None)
    item = home.complaint_list.tree.topLevelItem(0)
    register, record_id = item.data(0, Qt.ItemDataRole.UserRole)
    home.complaint_list.tree.itemActivated.emit(item, 0)
    assert register == "complaints" and window.current_name() == "complaints"
    assert seen and seen[-1].record["id"] == record_id


def test_tiles_follow_the_language_mode(home, lang, qtbot):
    titles = {}
    for mode in ("zh", "bo", "both"):
        lang.set_mode(mode)
        qtbot.wait(10)  # LanguageChange reaches the widgets through the event queue
        titles[mode] = home.tiles["overdue_complaints"].title.text()
        assert home.tiles["overdue_complaints"].value.text()
    assert len(set(titles.values())) == 3
    assert titles["zh"] == mode_text("HomePage", "Complaints overdue", "zh") != "Complaints overdue"


def test_home_counts_again_when_the_register_changes(home, window, demo_ws, qtbot):
    from ui.taskman import task_manager

    before = home.ind.complaints.overdue
    demo_ws.complaints.create(
        {
            "received_on": (date.today() - timedelta(days=60)).isoformat(),
            "complainant_name": "游客",
            "description": "收费不明",
            "handler": "李明",
        }
    )
    window.notify_changed(None)
    task_manager().wait()
    qtbot.waitUntil(lambda: home.ind is not None and home.ind.complaints.overdue == before + 1, timeout=5000)
    assert home.tiles["overdue_complaints"].value.text() == str(before + 1)


def test_quick_figures_show_first_and_the_rest_say_counting(demo_ws, qtbot, lang, widgets_cleanup):
    page = HomePage(demo_ws, None, today=DEMO_TODAY)
    qtbot.addWidget(page)
    page.refresh_now(quick=True)
    assert page.tiles["overdue_complaints"].value.text() != "…"
    assert page.tiles["credit_villages"].value.text() == "…"
    assert page.tiles["poor_with_demand"].value.text() == "…"
    page.refresh_now()
    assert page.tiles["credit_villages"].value.text() != "…"


def test_refresh_on_the_worker_ends_with_every_figure(home, qtbot):
    from ui.taskman import task_manager

    home.refresh()
    task_manager().wait()
    qtbot.waitUntil(lambda: home.ind is not None and home.ind.complete, timeout=5000)
    assert home.tiles["credit_villages"].value.text() != "…"


def test_an_empty_register_shows_dashes_not_errors(ws, qtbot, lang):
    page = HomePage(ws, None, today=DEMO_TODAY)
    qtbot.addWidget(page)
    ind = page.refresh_now()
    assert ind.households == 0
    assert page.tiles["success_rate"].value.text() == "—"
    assert page.tiles["overdue_complaints"].value.text() == "0"
    assert page.complaint_list.tree.topLevelItemCount() == 1  # the "none" line
    assert page.complaint_list.tree.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole) is None
    page.close()
    import shiboken6

    shiboken6.delete(page)


def test_loan_book_tiles_show_the_balance_and_open_the_overdue_loans(window):
    from datetime import date

    home = window.open_page("home")
    home.fixed_today = date(2027, 5, 1)  # demo loans fall due from 2027-03 on
    home.refresh_now()
    book = window.ws.loan_book.book_figures(date(2027, 5, 1), date(2027, 5, 1), date(2027, 5, 1))
    assert book.overdue_loans > 0
    assert home.tiles["loan_balance"].value.text() == f"{book.balance_fen / 100:,.2f}"
    assert home.tiles["overdue_balance"].value.text() == f"{book.overdue_fen / 100:,.2f}"
    page = home.drill("overdue_balance")
    assert page.model.rowCount() == book.overdue_loans


def test_last_months_loan_book_tiles_are_its_reports_not_todays(window):
    """Issue #19: a closed month's figures on Home are those of its report, as of its end — a
    repayment recorded today does not lower last month's balance."""
    from app.domain.periods import ReportPeriod
    from app.services import reports

    ws = window.ws
    today = date.today()
    loan_id = ws.db.scalar(
        "SELECT id FROM loan_demand WHERE deleted_at IS NULL AND status = 'granted' ORDER BY granted_on, id LIMIT 1"
    )
    ws.loan_book.repay(loan_id, on_date=today.isoformat(), principal_fen=500_000, interest_fen=0)
    home = window.open_page("home")
    home.fixed_today = today
    home.period_combo.setCurrentIndex(home.period_combo.findData("last_month"))
    home.refresh_now()
    last = home.period()
    assert last.end < today
    report = reports.build(ws, ReportPeriod("month", last.start, last.end), today=today)
    assert report.book.balance_fen != ws.loan_book.book_figures(today, last.start, last.end).balance_fen
    assert home.tiles["loan_balance"].value.text() == f"{report.book.balance_fen / 100:,.2f}"
    assert home.tiles["overdue_balance"].value.text() == f"{report.book.overdue_fen / 100:,.2f}"
    assert home.tiles["subsidy_due"].value.text() == f"{report.book.subsidy_due_fen / 100:,.2f}"
    # clicked, the tile lists the loans it counts: those on the book at the month's end
    page = home.drill("loan_balance")
    assert page.model.rowCount() == report.book.loans
    assert loan_id in home.ws.loan_book.drill_ids("loan_balance", today, last.start, last.end)
