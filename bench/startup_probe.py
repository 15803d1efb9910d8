"""Start-up probe: the program's own start (`python -m app --db X`) or a bare PySide6 window, timed
from the moment the parent spawned this process (BENCH_SPAWN_AT, wall clock) to the first main
window shown and its pending events (expose, first paint) processed.

For the program, QApplication.exec is replaced before app.__main__.main runs, and the login step
(ui.app.before_main_window) signs in an administrator at once; whatever run_gui builds and shows, the moment it enters the event loop the probe lets the queued show/paint events
run, records the time and ends the process (so teardown is not counted — the user already sees the
window).  The bare window goes through exactly the same exit path.

    python bench/startup_probe.py bare          # an empty window: a QTableView and nothing else
    python bench/startup_probe.py same          # PySide6 alone building the same window (see same())
    python bench/startup_probe.py ours --db bench/out/demo-100000.sqlite
"""

import os
import sys
import time

SPAWN_AT = float(os.environ.get("BENCH_SPAWN_AT", "0")) or time.time()
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)


def _report(app, windows) -> None:
    for _ in range(3):  # show → expose → paint; offscreen needs a couple of passes
        app.processEvents()
    shown = time.time()
    peak = 0.0
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    peak = int(line.split()[1]) / 1024
    except OSError:
        pass
    names = [type(w).__name__ for w in windows]
    import json

    print(
        "BENCH-RESULT " + json.dumps({"seconds": shown - SPAWN_AT, "peak_mb": round(peak, 1), "windows": names}),
        flush=True,
    )
    os._exit(0 if windows else 4)


def bare() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv[:1])
    w = QMainWindow()
    w.setWindowTitle("bare")
    w.setCentralWidget(QTableView())
    w.resize(1200, 800)
    w.show()
    QTimer.singleShot(0, lambda: _report(app, [w]))
    app.exec()


# The texts of the program's first window (English sources; the bilingual catalog translates them).
NAV = [
    "Home",
    "Households",
    "Loan demands",
    "Literacy sessions",
    "Complaints",
    "Credit ratings",
    "Reports",
    "Sync",
    "Audit log",
    "Settings",
]
MENUS = {
    "&File": ["&Import a roster…", "&Back up…", "&Export and reports…", None, "&Quit"],
    "&Edit": ["&Undo", None, "&New", "&Find", "&Refresh"],
    "&View": ["&Language"],
    "&Help": ["&About"],
}
TILES = [
    "Registered-poor households with a loan demand",
    "Registered-poor households with a granted loan",
    "Loan demands registered",
    "Success rate (granted ÷ decided)",
    "Median days from registration to decision",
    "530 loans outstanding",
    "530 loans past maturity",
    "Literacy sessions",
    "Sessions in Tibetan or bilingual (this year)",
    "Households reached by sessions (this year)",
    "Complaints being handled",
    "Complaints overdue",
    "Complaints resolved within the deadline",
    "Complainants satisfied",
    "Credit households",
    "Credit villages",
]
PERIODS = ["This month", "Last month", "This year"]


def same() -> None:
    """PySide6 alone doing the first window's work: the bilingual catalog installed, a main window
    with the same menus, toolbar, navigation and status bar, and the Home page's widgets (title,
    period box, 16 tiles of three labels, two chart areas, three lists) holding the same texts —
    what the program shows at first paint, without the program: no register, no services, no
    settings, no font set-up, no figures.  The ratio against it is the program's own cost."""
    from PySide6.QtCore import QCoreApplication, QTimer, QTranslator
    from PySide6.QtGui import QAction, QFont
    from PySide6.QtWidgets import (
        QApplication,
        QComboBox,
        QFrame,
        QGridLayout,
        QHBoxLayout,
        QLabel,
        QListWidget,
        QMainWindow,
        QScrollArea,
        QSplitter,
        QStackedWidget,
        QToolBar,
        QTreeWidget,
        QVBoxLayout,
        QWidget,
    )

    app = QApplication(sys.argv[:1])
    translator = QTranslator()
    translator.load(os.path.join(ROOT, "translations", "app_bo_zh.qm"))  # bilingual, Tibetan first
    app.installTranslator(translator)

    def tr(context, text):
        return QCoreApplication.translate(context, text)

    w = QMainWindow()
    w.setWindowTitle(tr("MainWindow", "Dual-base linkage office register"))
    for title, items in MENUS.items():
        menu = w.menuBar().addMenu(tr("MainWindow", title))
        for item in items:
            menu.addSeparator() if item is None else menu.addAction(tr("MainWindow", item))
    toolbar = QToolBar()
    for text in ("&Undo", "&New"):
        toolbar.addAction(QAction(tr("MainWindow", text), w))
    for text in ("Chinese", "Tibetan", "Bilingual"):
        toolbar.addAction(QAction(tr("LanguageMenu", text), w))
    w.addToolBar(toolbar)
    nav = QListWidget()
    nav.addItems([tr("MainWindow", n) for n in NAV])
    stack = QStackedWidget()
    splitter = QSplitter()
    splitter.addWidget(nav)
    splitter.addWidget(stack)
    w.setCentralWidget(splitter)
    for text in (tr("MainWindow", "User: %1"), tr("MainWindow", "Last backup: %1")):
        w.statusBar().addWidget(QLabel(text))
    w.statusBar().addPermanentWidget(QLabel(ROOT))

    content = QWidget()
    body = QVBoxLayout(content)
    top = QHBoxLayout()
    title = QLabel(tr("HomePage", "Home"))
    font = QFont(title.font())
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    title.setFont(font)
    top.addWidget(title)
    combo = QComboBox()
    combo.addItems([tr("HomePage", p) for p in PERIODS])
    top.addStretch(1)
    top.addWidget(combo)
    body.addLayout(top)
    status = QLabel(tr("HomePage", "Counting…"))
    status.setWordWrap(True)
    body.addWidget(status)
    grid = QGridLayout()
    for i, text in enumerate(TILES):
        tile = QFrame()
        tile.setFrameShape(QFrame.Shape.StyledPanel)
        lay = QVBoxLayout(tile)
        label = QLabel(tr("HomePage", text))
        label.setWordWrap(True)
        value = QLabel("…")
        big = QFont(value.font())
        big.setPointSizeF(big.pointSizeF() * 1.8)
        big.setBold(True)
        value.setFont(big)
        lay.addWidget(label)
        lay.addWidget(value)
        lay.addWidget(QLabel(""))
        grid.addWidget(tile, i // 4, i % 4)
    body.addLayout(grid)
    charts = QHBoxLayout()
    for stretch in (3, 2):
        chart = QWidget()
        chart.setMinimumSize(320, 200)
        charts.addWidget(chart, stretch)
    body.addLayout(charts, 1)
    body.addWidget(QLabel(tr("HomePage", "Needs action today")))
    lists = QHBoxLayout()
    for _ in range(3):
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.addWidget(QLabel(tr("HomePage", "Complaints overdue")))
        lay.addWidget(QTreeWidget())
        lists.addWidget(box, 1)
    body.addLayout(lists)
    scroll = QScrollArea()
    scroll.setWidget(content)
    scroll.setWidgetResizable(True)
    stack.addWidget(scroll)
    nav.setCurrentRow(0)
    w.resize(1200, 800)
    w.show()
    QTimer.singleShot(0, lambda: _report(app, [w]))
    app.exec()


def ours(db: str) -> None:
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

    def exec_and_report(*_args, **_kwargs):
        app = QApplication.instance()
        windows = [w for w in app.topLevelWidgets() if w.isVisible()]
        _report(app, windows)

    def dialog_instead(self, *_args, **_kwargs):
        # a message or a form before the main window (register in use, login, first start) would
        # wait for a click forever offscreen: say what it was and stop
        texts = [getattr(self, "text", lambda: "")(), self.windowTitle()]
        print(f"startup_probe: a {type(self).__name__} came up before the main window: {texts}", flush=True)
        os._exit(5)

    QApplication.exec = exec_and_report  # run_gui's app.exec()
    QApplication.exec_ = exec_and_report
    QDialog.exec = dialog_instead
    QMessageBox.exec = dialog_instead
    # The login step is the user's typing, not the program's work: signed in as an administrator
    # at once (ui.app documents before_main_window as the hook the login dialog plugs into).
    import ui.app

    ui.app.before_main_window = lambda ws: ui.app.SignedIn("bench", "admin")
    from app.__main__ import main

    sys.exit(main(["--db", db]))


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    elif sys.argv[1] == "same":
        same()
    else:
        ours(sys.argv[sys.argv.index("--db") + 1])
