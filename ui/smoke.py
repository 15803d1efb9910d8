"""`--smoke-test`: does this installation start? (issue #22)

The county's IT person copies a program folder onto an office laptop; before leaving, they want to
know the window really opens there — Qt's platform plugin found, fonts and translations loaded, the
register layer and migrations present in the bundle.  This builds the real main window on a small
demo register, shows it, opens every page in every language mode, and quits: exit 0 when all of
that worked, 1 with a sentence otherwise.  The demo register lives in a scratch folder inside the
user data folder (never the program folder, which may be read-only) and is removed afterwards.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import traceback
from pathlib import Path

SMOKE_HOUSEHOLDS = 60


def run_smoke_test(args) -> int:
    """Build, show and close the main window on a scratch demo register; 0 when it all worked."""
    from app.paths import data_dir

    base = data_dir()
    base.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="smoke-test-", dir=base))
    try:
        pages = _show_window(scratch / "smoke.sqlite", Path(args.db) if args.db else None)
    except Exception as exc:  # noqa: BLE001 - the whole point: any failure becomes a sentence
        log = scratch.parent / "smoke-test-failure.log"
        try:
            log.write_text(traceback.format_exc(), encoding="utf-8")
        except OSError:
            log = None
        print(
            f"smoke test FAILED: {type(exc).__name__}: {exc}" + (f" (details: {log})" if log else ""), file=sys.stderr
        )
        return 1
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"smoke test passed: the main window opened {pages} pages in 3 language modes")
    return 0


def _show_window(scratch_db: Path, db: Path | None) -> int:
    from app.services.workspace import Workspace
    from ui.app import add_bundled_fonts, start_application

    app, lang = start_application()
    add_bundled_fonts()

    if db is None:
        from app.services.demo import DEMO_OFFICE

        ws = Workspace.open(scratch_db, user="smoke-test", role="admin", lang="zh", exclusive=True)
        ws.offices.init(**DEMO_OFFICE, user="smoke-test")
        ws.demo.fill(office_code=DEMO_OFFICE["code"], households=SMOKE_HOUSEHOLDS, seed=1, user="smoke-test")
    else:  # an existing register, read as its office head would see it; nothing is written
        ws = Workspace.open(db, user="smoke-test", role="admin", lang="zh", exclusive=True)
    try:
        from ui.main_window import MainWindow
        from ui.pages import PAGES

        window = MainWindow(ws)
        window.show()
        app.processEvents()
        start_mode = lang.mode
        for mode in ("zh", "bo", "both"):
            lang.set_mode(mode)
            for entry in PAGES:
                window.open_page(entry.name)
                app.processEvents()
        lang.set_mode(start_mode)
        window.close()
        app.processEvents()
        return len(PAGES)
    finally:
        from ui.taskman import task_manager

        task_manager().wait(10_000)
        ws.close()
