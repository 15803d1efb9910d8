"""Opens every page and every dialog of the program on a 1366×728 screen (a 1366×768 laptop with
its taskbar) in each language mode and prints, as JSON, what does not fit or cannot be reached.

Run by tests/ui/test_laptop_screen.py in a child process whose Qt "offscreen" screen is that size
(the screen size is fixed when Qt starts, and the other GUI tests run on Qt's default screen).
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

#: room the window manager takes around a window (title bar, borders), as in ui.screen
FRAME = (16, 40)


def _rect_in(widget, top):
    from PySide6.QtCore import QPoint, QRect

    return QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())


def _scroll_viewport(widget, top) -> bool:
    """True when `widget` sits inside a scroll area (below `top`): reachable by scrolling."""
    from PySide6.QtWidgets import QAbstractScrollArea

    w = widget.parentWidget()
    while w is not None and w is not top:
        parent = w.parentWidget()
        if isinstance(parent, QAbstractScrollArea) and parent.viewport() is w:
            return True
        w = parent
    return False


def unreachable(top) -> list[str]:
    """Buttons, fields, combos and scroll areas of `top` that are visible but cut off by the edge
    of `top` or of a parent (and not inside a scroll area that would bring them into view)."""
    from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QComboBox, QLineEdit, QScrollBar, QWidget

    out = []
    kinds = (QAbstractButton, QComboBox, QLineEdit, QAbstractScrollArea)
    for w in top.findChildren(QWidget):
        if not isinstance(w, kinds) or isinstance(w, QScrollBar) or not w.isVisibleTo(top) or w.width() <= 0:
            continue
        if _scroll_viewport(w, top):
            continue
        rect = _rect_in(w, top)
        shown = rect.intersected(top.rect())
        p = w.parentWidget()
        while p is not None and p is not top:
            shown = shown.intersected(_rect_in(p, top))
            p = p.parentWidget()
        # a few pixels of a frame may be cut; the control itself must be there
        if shown.width() < rect.width() - 4 or shown.height() < rect.height() - 4:
            name = w.objectName() or type(w).__name__
            text = w.text() if hasattr(w, "text") and callable(w.text) else ""
            out.append(
                f"{name} {text!r} at {rect.x()},{rect.y()} {rect.width()}x{rect.height()} "
                f"shows {shown.width()}x{shown.height()}"
            )
    return out


def fits(widget, area) -> list[str]:
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    problems = []
    limit_w, limit_h = area.width() - FRAME[0], area.height() - FRAME[1]
    if widget.width() > limit_w or widget.height() > limit_h:
        problems.append(f"size {widget.width()}x{widget.height()} > {limit_w}x{limit_h}")
    hint = widget.minimumSizeHint()
    if hint.width() > limit_w or hint.height() > limit_h:
        problems.append(f"minimum size {hint.width()}x{hint.height()} > {limit_w}x{limit_h}")
    problems += unreachable(widget)
    return problems


def dialogs():
    """name -> factory(ws, parent): every dialog the window opens (the ones of the language tests,
    and the account, sign-in and roster-import dialogs)."""
    from tests.ui.test_all_pages_languages import DIALOGS as A
    from tests.ui.test_dialogs_and_pages_languages import DIALOGS as B

    out = dict(A)
    out.update({k: v[0] for k, v in B.items()})

    def account(ws, parent):
        from ui.pages.settings import AccountDialog

        return AccountDialog(ws, parent)

    def login(ws, parent):
        from ui.dialogs.login import LoginDialog

        return LoginDialog(ws, parent)

    def first_account(ws, parent):
        from ui.dialogs.login import FirstAccountDialog

        return FirstAccountDialog(ws, parent)

    def roster(ws, parent):
        from ui.pages.import_wizard import ImportWizard

        return ImportWizard(ws, parent)

    out.update({"account": account, "login": login, "first-account": first_account, "roster-import": roster})
    return out


def main() -> int:
    import tempfile

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from app.services.demo import fill
    from app.services.workspace import Workspace, init_office
    from ui import i18n
    from ui.settings import settings

    folder = Path(tempfile.mkdtemp())
    ws = Workspace.open(folder / "register.sqlite", user="tester", role="admin", lang="zh")
    init_office(
        ws.db,
        code="630224100201",
        level="village",
        name_zh="拉脊村双基联动工作室",
        name_bo="ལ་རྗེས་གྲོང་ཚོའི་རྨང་རིམ་གཉིས་འབྲེལ་ལས་ཁང་།",
        user="tester",
    )
    fill(ws.db, office_code="630224100201", households=300, seed=1, today=date(2026, 11, 15), user="tester")
    lang = i18n.Language(settings=settings())
    i18n.set_language(lang)
    i18n.install()
    from ui.main_window import MainWindow
    from ui.pages import PAGES

    area = app.primaryScreen().availableGeometry()
    report: dict[str, list[str]] = {}
    window = MainWindow(ws)
    window.show()
    window.show_initial_page()
    hid = ws.loans.rows(ws.loans.search_ids("")[:1])[0]["household_id"]
    # zh → bo → both → zh: the width bilingual mode needs must not stay after switching back
    for mode in ("zh", "bo", "both", "zh"):
        lang.set_mode(mode)
        app.processEvents()
        for entry in PAGES:
            name = entry[0]
            window.open_page(name)
            report[f"{mode} page {name}"] = fits(window, area)
        window.open_household(hid)
        report[f"{mode} page household"] = fits(window, area)
        if mode == "zh" and f"{mode} dialog reason" in report:
            continue  # the dialogs once per mode
        for name, factory in sorted(dialogs().items()):
            dlg = factory(ws, window)
            dlg.show()
            report[f"{mode} dialog {name}"] = fits(dlg, area)
            dlg.close()
            dlg.deleteLater()
        app.processEvents()
    window.close()
    problems = {k: v for k, v in report.items() if v}
    print(
        json.dumps(
            {"area": [area.width(), area.height()], "checked": sorted(report), "problems": problems}, ensure_ascii=False
        )
    )
    ws.close()
    return 0


if __name__ == "__main__":
    os.environ.setdefault("DUALBASE_LANG", "zh")
    sys.exit(main())
