"""The font files the user chose for PDFs (Settings → Fonts), kept in the register's settings.

Every PDF's document (app/services/report_document.py, cards.py) carries :func:`font_paths` to its
writer, so the reports and the record cards are set in
the chosen files.  A chosen file that cannot be used (gone, not TrueType, without the script's
letters) is kept as chosen: writing a PDF then stops with a sentence saying why
(exports.pdf.errors.FontError), and :func:`problems` lets the Settings page say it at once —
never a PDF with empty boxes in a font the user did not choose.

    font_paths(ws) -> {"tibetan": path, "han": path}   only the roles with a chosen file
    set_font_path(ws, role, path) -> FontError | None  "" goes back to the installed fonts
    problems(ws) -> list[FontError]                    chosen files PDFs cannot use
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.services.workspace import Workspace

#: role (exports.pdf.fonts.ROLES) -> key in the register's settings table
SETTING_KEYS = {"tibetan": "pdf_font_tibetan", "han": "pdf_font_han"}


def font_paths(ws: Workspace) -> dict[str, str]:
    paths = {}
    for role, key in SETTING_KEYS.items():
        path = ws.reference.setting(key, "") or ""
        if path:
            paths[role] = str(path)
    return paths


def set_font_path(ws: Workspace, role: str, path: str | None):
    """Use `path` for `role` in every PDF from now on ("" or None: the installed font).

    Returns the FontError saying why the file cannot be used in a PDF, or None; the choice is
    stored either way (the user chose it; writing a PDF will say the same sentence).
    """
    if role not in SETTING_KEYS:
        raise ValueError(f"unknown PDF font role {role!r}")
    ws.reference.set_setting(SETTING_KEYS[role], str(path or ""))
    return _check(role, path) if path else None


def problems(ws: Workspace) -> list:
    return [p for role, path in font_paths(ws).items() if (p := _check(role, path)) is not None]


def _check(role: str, path: str):
    from exports.pdf import fonts

    return fonts.check_choice(role, path)
