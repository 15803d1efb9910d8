"""Start-up probe: the program's own start (`python -m app --db X`) or a bare PySide6 window, timed
from the moment the parent spawned this process (BENCH_SPAWN_AT, wall clock) to the first main
window shown and its pending events (expose, first paint) processed.

For the program, QApplication.exec is replaced before app.__main__.main runs, and the login step
(ui.app.before_main_window) signs in an administrator at once; whatever run_gui builds and shows, the moment it enters the event loop the probe lets the queued show/paint events
run, records the time and ends the process (so teardown is not counted — the user already sees the
window).  The bare window goes through exactly the same exit path.

    python bench/startup_probe.py bare
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
    for _ in range(3):       # show → expose → paint; offscreen needs a couple of passes
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

    print("BENCH-RESULT " + json.dumps({"seconds": shown - SPAWN_AT, "peak_mb": round(peak, 1),
                                        "windows": names}), flush=True)
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

    QApplication.exec = exec_and_report          # run_gui's app.exec()
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
    else:
        ours(sys.argv[sys.argv.index("--db") + 1])
