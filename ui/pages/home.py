"""Home: what the office has done this month, at a glance (issue 9).

The indicators of app.services.indicators as tiles (a click opens the register filtered to the
records behind the figure), a 12-month chart of loan demands registered and granted, a bar chart
of literacy attendance per month, and what needs action today: overdue complaints, demands
waiting too long for a bank decision, subordinate offices that have not reported.

The figures are computed on the background worker (ui.taskman) so the window never waits for
them; :meth:`HomePage.refresh_now` computes them on the spot (tests, bench). They follow the
language mode (texts and digits) and are recomputed when the register changes.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QColor, QCursor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import language
from ui.operations import error_text
from ui.pages.page import Page, title_label
from ui.widgets.charts import MonthChart, Series

if TYPE_CHECKING:
    from app.services.indicators import IndicatorService, Indicators, Period
    from app.services.workspace import Workspace

ALERT = "#b71c1c"
GOOD = "#1b5e20"
TILE_KEYS = [
    "poor_with_demand",
    "poor_with_grant",
    "demands_registered",
    "success_rate",
    "median_days",
    "outstanding_530",
    "overdue_530",
    "sessions",
    "tibetan_sessions",
    "households_reached",
    "open_complaints",
    "overdue_complaints",
    "resolved_in_time",
    "satisfaction",
    "credit_households",
    "credit_villages",
    # the loan book (app.services.loan_book.book_figures, issue #18)
    "loan_balance",
    "overdue_balance",
    "repaid_in_period",
    "subsidy_due",
]
BOOK_TILES = ("loan_balance", "overdue_balance", "repaid_in_period", "subsidy_due")
#: filters of a drill-down that the registers' filter bars have no widget for
EXTRA_FILTERS = ("ids", "waiting_since", "overdue_on")
#: Qt.ItemDataRole.UserRole: the page is built, painted and filled without touching PySide's Qt
#: namespace, whose 94 enum types cost start-up 30-45 ms (see ui.errors._Reporter)
USER_ROLE = 256
FOREGROUND_ROLE = 9  # Qt.ItemDataRole.ForegroundRole (QTreeWidgetItem.setForeground takes a QBrush,
# and a QBrush made from a colour builds the Qt namespace as well)


def _period(choice: str, today: date) -> Period:
    """The period of the period box's `choice` ("month", "last_month", "year") on `today`."""
    from app.services.indicators import Period, month_key, shift_month

    if choice == "last_month":
        return Period.month(shift_month(month_key(today), -1))
    if choice == "year":
        return Period.year_to(today)
    return Period.month(today)


def percent(share) -> str:
    bp = share.bp
    return "—" if bp is None else language().digits(f"{bp / 100:.1f} %")


class Tile(QFrame):
    """One indicator: a title, a big value and a detail line; clicking it drills down."""

    clicked = Signal(str)

    def __init__(self, key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"tile_{key}")
        # a plain box drawn in the palette's WindowText, on the base colour: a palette, not a style
        # sheet (16 style sheets cost start-up a fifth of the page's time; bench: start-up)
        self.setFrameShape(QFrame.Shape.Box)
        self.setFrameShadow(QFrame.Shadow.Plain)
        self.setAutoFillBackground(True)
        # by the property's name, and the pointing hand when the mouse first comes over the tile
        # (enterEvent): no Qt namespace while the first window is built (USER_ROLE above)
        self.setProperty("focusPolicy", "StrongFocus")
        self._hand = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setMinimumWidth(120)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.value = QLabel("…")
        self.value.setObjectName("tileValue")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setObjectName("tileDetail")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 8, 10, 8)
        lay.setSpacing(2)
        lay.addWidget(self.title)
        lay.addWidget(self.value)
        lay.addWidget(self.detail)
        lay.addStretch(1)
        self.set_alert(False)

    def set_alert(self, alert: bool) -> None:
        base = QApplication.palette()
        text = base.color(QPalette.ColorRole.WindowText)
        alert_colour = QColor(ALERT)

        def on_base(colour: QColor) -> QPalette:
            # a fresh copy of the application's palette (QPalette(other) would make PySide weigh
            # its Qt.GlobalColor overload, building the Qt namespace: see USER_ROLE), drawn on the
            # base colour; each label sets its own text colour, since a role a child's palette
            # leaves unset comes from the tile's, whose WindowText is the frame's grey
            palette = QApplication.palette()
            palette.setColor(QPalette.ColorRole.Window, base.color(QPalette.ColorRole.Base))
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            return palette

        self.setPalette(on_base(alert_colour if alert else base.color(QPalette.ColorRole.Mid)))
        self.title.setPalette(on_base(text))
        self.detail.setPalette(on_base(text))
        self.value.setPalette(on_base(alert_colour if alert else text))

    def set_texts(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.setToolTip(f"{self.title.text()}\n{value}\n{detail}".strip())

    def enterEvent(self, event) -> None:
        if not self._hand:
            from PySide6.QtCore import Qt

            self.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
            self._hand = True
        super().enterEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        from PySide6.QtCore import Qt

        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit(self.key)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:
        from PySide6.QtCore import Qt

        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit(self.key)
            return
        super().keyPressEvent(event)


class ActionList(QWidget):
    """A "needs action today" list; activating a row opens the record. The title is a wrapping
    label, not a group box title, so a long bilingual title never widens the page."""

    activated = Signal(str, str)  # register, record id

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"actions_{name}")
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.title_label.setObjectName("actionListTitle")
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setMinimumHeight(int(self.fontMetrics().height() * 1.9 * 5))
        self.tree.setMinimumWidth(160)
        self.tree.itemActivated.connect(self._activated)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.title_label)
        lay.addWidget(self.tree, 1)

    def setTitle(self, text: str) -> None:  # noqa: N802 - as QGroupBox's
        self.title_label.setText(text)

    def title(self) -> str:
        return self.title_label.text()

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        data = item.data(0, USER_ROLE)
        if data:
            self.activated.emit(*data)

    def set_rows(self, rows: list[tuple[str, str, list[str]]], empty_text: str) -> None:
        self.tree.clear()
        for register, record_id, cells in rows:
            item = QTreeWidgetItem(cells)
            item.setData(0, USER_ROLE, (register, record_id))
            self.tree.addTopLevelItem(item)
        if not rows:
            item = QTreeWidgetItem([empty_text])
            item.setData(0, FOREGROUND_ROLE, QColor("#757575"))
            self.tree.addTopLevelItem(item)
        for i in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(i)


class HomePage(Page):
    def __init__(self, ws: Workspace, main_window, parent: QWidget | None = None, today: date | None = None):
        super().__init__(ws, main_window, parent)
        self._service: IndicatorService | None = None
        self.fixed_today = today
        self.ind: Indicators | None = None
        self.book = None  # app.services.loan_book.BookFigures of the period shown
        self._stale = True
        self._refresh_when_painted = False
        self._generation = 0

        self.title = title_label()
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("homePeriod")
        self.period_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.status = QLabel()
        self.status.setObjectName("homeStatus")
        self.status.setWordWrap(True)  # bilingual: one language per line, never wider than the page
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.period_combo)

        self.tiles: dict[str, Tile] = {}
        grid = QGridLayout()
        grid.setSpacing(8)
        for i, key in enumerate(TILE_KEYS):
            tile = Tile(key)
            tile.clicked.connect(self.drill)
            grid.addWidget(tile, i // 4, i % 4)
            self.tiles[key] = tile
        for c in range(4):
            grid.setColumnStretch(c, 1)

        self.trend_chart = MonthChart()
        self.trend_chart.setObjectName("trendChart")
        self.trend_chart.monthClicked.connect(lambda m: self.drill_month("loans", m))
        self.literacy_chart = MonthChart()
        self.literacy_chart.setObjectName("literacyChart")
        self.literacy_chart.monthClicked.connect(lambda m: self.drill_month("sessions", m))
        charts = QHBoxLayout()
        charts.addWidget(self.trend_chart, 3)
        charts.addWidget(self.literacy_chart, 2)

        self.complaint_list = ActionList("complaints")
        self.demand_list = ActionList("loans")
        self.office_list = ActionList("offices")
        for lst in (self.complaint_list, self.demand_list, self.office_list):
            lst.activated.connect(self.open_record)
        actions = QHBoxLayout()
        actions.addWidget(self.complaint_list, 1)
        actions.addWidget(self.demand_list, 1)
        actions.addWidget(self.office_list, 1)

        content = QWidget()
        body = QVBoxLayout(content)
        body.addLayout(top)
        body.addWidget(self.status)
        body.addLayout(grid)
        body.addLayout(charts, 1)
        self.actions_title = QLabel()
        self.actions_title.setObjectName("actionsTitle")
        f2 = self.actions_title.font()
        f2.setBold(True)
        self.actions_title.setFont(f2)
        body.addWidget(self.actions_title)
        body.addLayout(actions)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # tiles and lists wrap to the page's width; only the height scrolls (by the property's
        # name: no Qt namespace at start-up, see USER_ROLE)
        scroll.setProperty("horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        if main_window is not None:
            main_window.data_changed.connect(self._data_changed)
        language().changed.connect(self._fill)
        self.translateUI()

    @property
    def service(self) -> IndicatorService:
        """The indicators, imported at the first figures rather than before the first window
        (the service and its SQL modules are a tenth of the program's own start-up imports)."""
        if self._service is None:
            from app.services.indicators import IndicatorService

            self._service = IndicatorService(self.ws)
        return self._service

    # -- when ------------------------------------------------------------------------------------
    def today(self) -> date:
        return self.fixed_today or date.today()

    def period(self) -> Period:
        return _period(self.period_combo.currentData() or "month", self.today())

    # -- computing -------------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            # counted once the page has been painted (paintEvent): the worker's Python would
            # compete with laying out and painting the window for the interpreter (bench: start-up)
            self._stale = False
            self._refresh_when_painted = True

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self._refresh_when_painted:
            self._refresh_when_painted = False
            QTimer.singleShot(0, self, self.refresh)

    def _data_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Recompute on the background worker: first the figures that need no pass over every
        household (shown at once), then the rest (coverage, reach, credit, the trend)."""
        from ui.taskman import task_manager

        self._stale = self._refresh_when_painted = False
        self._generation += 1
        gen = self._generation
        choice, today = self.period_combo.currentData() or "month", self.today()
        self.status.setText(self.tr("Counting…"))
        worker = task_manager()
        # the period is made on the worker too: the indicators' modules are imported there, off
        # the GUI thread, at the first figures after start-up (see the service property)
        worker.run(
            lambda: self.service.compute(_period(choice, today), today=today, quick=True),
            on_done=lambda ind: self._show(ind, gen),
            on_error=lambda e: self._failed(e, gen),
        )
        worker.run(
            lambda: self.service.compute(_period(choice, today), today=today),
            on_done=lambda ind: self._show(ind, gen),
            on_error=lambda e: self._failed(e, gen),
        )
        worker.run(
            lambda: self._book(_period(choice, today), today),
            on_done=lambda book: self._show_book(book, gen),
            on_error=lambda e: self._failed(e, gen),
        )

    def _book(self, period, today: date):
        """The loan book at the period's end (today for the running one) and the period's
        repayments and subsidy — a past month's the same as its report's (its own query: the
        book's roll-ups on loan_demand, not the indicators' passes)."""
        return self.ws.loan_book.book_figures_of(period.start, period.end, today, self.service.tree())

    def _show_book(self, book, gen: int) -> None:
        if gen != self._generation:
            return
        self.book = book
        self._fill()

    def refresh_now(self, quick: bool = False) -> Indicators:
        """Compute on this thread and show (tests, bench)."""
        self._stale = self._refresh_when_painted = False
        self._generation += 1
        self.book = self._book(self.period(), self.today())
        self._show(self.service.compute(self.period(), today=self.today(), quick=quick), self._generation)
        return self.ind

    def _show(self, ind: Indicators, gen: int) -> None:
        if gen != self._generation:
            return  # a newer refresh is under way
        if (
            self.ind is not None
            and self.ind.complete
            and not ind.complete
            and (self.ind.period, self.ind.today) == (ind.period, ind.today)
        ):
            # keep the full figures on screen until the new full ones arrive; take the quick ones
            ind.loans.poor_households = self.ind.loans.poor_households
            ind.loans.poor_with_demand = self.ind.loans.poor_with_demand
            ind.loans.poor_with_grant = self.ind.loans.poor_with_grant
            ind.literacy.households_reached = self.ind.literacy.households_reached
            ind.credit, ind.trend = self.ind.credit, self.ind.trend
        self.ind = ind
        self._fill()

    def _failed(self, exc: BaseException, gen: int) -> None:
        if gen == self._generation:
            self.status.setText(error_text(exc))

    # -- showing ---------------------------------------------------------------------------------
    def translateUI(self) -> None:
        self.title.setText(self.tr("Home"))
        current = self.period_combo.currentData()
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for code, text in (
            ("month", self.tr("This month")),
            ("last_month", self.tr("Last month")),
            ("year", self.tr("This year")),
        ):
            self.period_combo.addItem(text, code)
        i = self.period_combo.findData(current)
        self.period_combo.setCurrentIndex(max(i, 0))
        self.period_combo.blockSignals(False)
        titles = {
            "poor_with_demand": self.tr("Registered-poor households with a loan demand"),
            "poor_with_grant": self.tr("Registered-poor households with a granted loan"),
            "demands_registered": self.tr("Loan demands registered"),
            "success_rate": self.tr("Success rate (granted ÷ decided)"),
            "median_days": self.tr("Median days from registration to decision"),
            "outstanding_530": self.tr("530 loans outstanding"),
            "overdue_530": self.tr("530 loans past maturity"),
            "sessions": self.tr("Literacy sessions"),
            "tibetan_sessions": self.tr("Sessions in Tibetan or bilingual (this year)"),
            "households_reached": self.tr("Households reached by sessions (this year)"),
            "open_complaints": self.tr("Complaints being handled"),
            "overdue_complaints": self.tr("Complaints overdue"),
            "resolved_in_time": self.tr("Complaints resolved within the deadline"),
            "satisfaction": self.tr("Complainants satisfied"),
            "credit_households": self.tr("Credit households"),
            "credit_villages": self.tr("Credit villages"),
            "loan_balance": self.tr("Loans outstanding (balance)"),
            "overdue_balance": self.tr("Overdue loans (balance)"),
            "repaid_in_period": self.tr("Repaid in the period"),
            "subsidy_due": self.tr("Interest subsidy due in the period"),
        }
        for key, tile in self.tiles.items():
            tile.title.setText(titles[key])
        self.actions_title.setText(self.tr("Needs action today"))
        if self.ind is None:
            # already in the first paint, as the figures are on their way (refresh): setting it
            # after the paint would lay the whole page out a second time
            self.status.setText(self.tr("Counting…"))
        self._fill()

    def _fill(self) -> None:
        ind = self.ind
        if ind is None:
            return
        lang = language()
        n = lang.fmt_int
        L, Li, C, Cr = ind.loans, ind.literacy, ind.complaints, ind.credit  # noqa: N806 - short: many uses below
        period_text = lang.digits(ind.period.key)
        status = self.tr("Figures for %1, office and offices below it").replace("%1", period_text)
        self.status.setText(
            status
            if ind.complete
            else self.tr("Figures for %1, office and offices below it — counting…").replace("%1", period_text)
        )

        def share_detail(share):
            return self.tr("%1 of %2").replace("%1", n(share.part)).replace("%2", n(share.whole))

        def share_tile(key, share):
            if share is None:
                self.tiles[key].set_texts("…", self.tr("Counting…"))
            else:
                self.tiles[key].set_texts(percent(share), share_detail(share))

        t = self.tiles
        share_tile("poor_with_demand", L.poor_with_demand)
        share_tile("poor_with_grant", L.poor_with_grant)
        t["demands_registered"].set_texts(
            n(L.registered),
            self.tr("%1 granted, %2 yuan").replace("%1", n(L.granted)).replace("%2", lang.fmt_yuan(L.granted_fen)),
        )
        t["success_rate"].set_texts(
            percent(L.success),
            self.tr("%1 granted of %2 decided").replace("%1", n(L.success.part)).replace("%2", n(L.success.whole)),
        )
        days = L.median_days_to_decision
        t["median_days"].set_texts("—" if days is None else lang.digits(f"{days:g}"), self.tr("days"))
        t["outstanding_530"].set_texts(
            n(L.outstanding_530), self.tr("%1 yuan granted").replace("%1", lang.fmt_yuan(L.outstanding_530_fen))
        )
        t["overdue_530"].set_texts(
            n(L.overdue_530), self.tr("%1 yuan granted").replace("%1", lang.fmt_yuan(L.overdue_530_fen))
        )
        t["overdue_530"].set_alert(L.overdue_530 > 0)
        t["sessions"].set_texts(
            n(Li.sessions),
            self.tr("%1 attended; this year %2 sessions, %3 attended")
            .replace("%1", n(Li.attendance))
            .replace("%2", n(Li.year_sessions))
            .replace("%3", n(Li.year_attendance)),
        )
        t["tibetan_sessions"].set_texts(percent(Li.tibetan_or_bilingual), share_detail(Li.tibetan_or_bilingual))
        share_tile("households_reached", Li.households_reached)
        t["open_complaints"].set_texts(n(C.open), self.tr("%1 received in the period").replace("%1", n(C.received)))
        t["overdue_complaints"].set_texts(n(C.overdue), self.tr("open past the due date"))
        t["overdue_complaints"].set_alert(C.overdue > 0)
        t["resolved_in_time"].set_texts(percent(C.resolved_in_time), share_detail(C.resolved_in_time))
        t["satisfaction"].set_texts(percent(C.satisfied), share_detail(C.satisfied))
        share_tile("credit_households", Cr.credit_households if Cr else None)
        if Cr is None:
            t["credit_villages"].set_texts("…", self.tr("Counting…"))
        else:
            t["credit_villages"].set_texts(
                n(Cr.credit_villages.part), self.tr("of %1 villages").replace("%1", n(Cr.credit_villages.whole))
            )

        b = self.book
        if b is None:
            for key in BOOK_TILES:
                t[key].set_texts("…", self.tr("Counting…"))
        else:
            t["loan_balance"].set_texts(
                lang.fmt_yuan(b.balance_fen), self.tr("%1 loans, yuan").replace("%1", n(b.loans))
            )
            rate = "—" if b.overdue_rate_bp is None else lang.digits(f"{b.overdue_rate_bp / 100:.1f} %")
            t["overdue_balance"].set_texts(
                lang.fmt_yuan(b.overdue_fen),
                self.tr("%1 loans, %2 of the balance").replace("%1", n(b.overdue_loans)).replace("%2", rate),
            )
            t["overdue_balance"].set_alert(b.overdue_loans > 0)
            t["repaid_in_period"].set_texts(
                lang.fmt_yuan(b.repaid_principal_fen),
                self.tr("principal, yuan; %1 payments, interest %2")
                .replace("%1", n(b.payments))
                .replace("%2", lang.fmt_yuan(b.repaid_interest_fen)),
            )
            t["subsidy_due"].set_texts(lang.fmt_yuan(b.subsidy_due_fen), self.tr("yuan, by the policy in force"))

        months = [p.month for p in ind.trend]
        self.trend_chart.set_data(
            months,
            [
                Series("demands", [p.demands for p in ind.trend], QColor("#1565c0"), "bar"),
                Series("granted", [p.granted for p in ind.trend], QColor("#2e7d32"), "line"),
            ],
        )
        self.trend_chart.set_texts(
            self.tr("Loan demands per month (12 months)"),
            {"demands": self.tr("Demands registered"), "granted": self.tr("Demands granted")},
            lang.digits,
        )
        self.literacy_chart.set_data(
            months, [Series("attendance", [p.attendance for p in ind.trend], QColor("#ef6c00"), "bar")]
        )
        self.literacy_chart.set_texts(
            self.tr("Literacy attendance per month"), {"attendance": self.tr("People attending")}, lang.digits
        )

        a = ind.actions
        self.complaint_list.setTitle(self.tr("Overdue complaints (%1)").replace("%1", n(a.overdue_complaints_total)))
        self.complaint_list.tree.setHeaderLabels(
            [self.tr("Due"), self.tr("Complainant"), self.tr("Institution"), self.tr("Days overdue")]
        )
        self.complaint_list.set_rows(
            [
                ("complaints", i.record_id, [lang.digits(i.on), lang.label(i.name_zh, i.name_bo), i.detail, n(i.days)])
                for i in a.overdue_complaints
            ],
            self.tr("None — every complaint is within its deadline."),
        )
        self.demand_list.setTitle(
            self.tr("Waiting over %1 days for a bank decision (%2)")
            .replace("%1", n(a.waiting_days))
            .replace("%2", n(a.waiting_demands_total))
        )
        self.demand_list.tree.setHeaderLabels(
            [self.tr("Registered"), self.tr("Household"), self.tr("Product"), self.tr("Days waiting")]
        )
        self.demand_list.set_rows(
            [
                (
                    "loans",
                    i.record_id,
                    [
                        lang.digits(i.on),
                        lang.label(i.name_zh, i.name_bo),
                        self.ws.reference.product_label(i.detail, lang.mode),
                        n(i.days),
                    ],
                )
                for i in a.waiting_demands
            ],
            self.tr("None — no demand is waiting too long."),
        )
        self.office_list.setTitle(
            self.tr("Offices that have not reported for %1 (%2)")
            .replace("%1", lang.digits(a.report_month))
            .replace("%2", n(len(a.unreported_offices)))
        )
        self.office_list.tree.setHeaderLabels([self.tr("Office"), self.tr("Code")])
        self.office_list.set_rows(
            [
                ("offices", i.record_id, [lang.label(i.name_zh, i.name_bo), lang.digits(i.detail)])
                for i in a.unreported_offices
            ],
            self.tr("None — every office below this one has reported."),
        )

    # -- drill-down ------------------------------------------------------------------------------
    def drill(self, key: str) -> QWidget | None:
        """Open the register filtered to the records behind the tile `key`."""
        if self.ind is None or self.main_window is None:
            return None
        if key in BOOK_TILES:
            ids = self.ws.loan_book.drill_ids(
                key, self.today(), self.period().start, min(self.period().end, self.today())
            )
            return self.open_filtered("loans", {"ids": ids})
        register, filters = self.service.drilldown(key, self.ind)
        filters = dict(filters)
        if register == "complaints" and "overdue_on" in filters:
            filters = {"overdue": True}
        if key == "credit_villages":
            filters = {"villages": True}
        return self.open_filtered(register, filters)

    def drill_month(self, register: str, month: str) -> QWidget | None:
        from app.services.indicators import Period

        p = Period.month(month)
        return self.open_filtered(register, p.filters())

    def open_filtered(self, register: str, filters: dict) -> QWidget | None:
        extra = {k: filters.pop(k) for k in list(filters) if k in EXTRA_FILTERS}
        self.main_window.page(register).clear_filters()
        page = self.main_window.open_page(register, **filters)
        if extra:
            page.set_query_extra(**extra)
        if self.main_window is not None:
            self.main_window.statusBar().showMessage(
                self.tr("Showing the records behind the figure on Home; change a filter to see all."), 8000
            )
        return page

    def open_record(self, register: str, record_id: str) -> None:
        if self.main_window is None:
            return
        if register == "offices":
            self.main_window.open_page("sync")
            return
        if register == "complaints":
            page = self.open_filtered("complaints", {"overdue": True})
            if page.show_record(record_id):
                page.open_record(record_id)
            return
        if register == "loans":
            page = self.open_filtered("loans", {"waiting_since": self.ind.actions.waiting_since} if self.ind else {})
            page.show_record(record_id)
