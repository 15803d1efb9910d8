"""What the signed-in account may do, shown on the widgets: an action the account may not take is
disabled, and its tooltip says which role may (issue 15) — before the form is filled, not on Save.

The permissions and the roles holding them are the services' own table (app.services.auth.
PERMISSIONS); no widget names a role itself.

    permit(self.approve_button, ws, "loan.decide")       # enabled, or disabled with the reason
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from app import i18n as app_i18n
from app.services import auth
from ui.i18n import Label, language, translate_in

if TYPE_CHECKING:
    from app.services.workspace import Workspace

#: filled per language by Language.fill (marked here so the translation tools collect it)
ONLY_FOR = QT_TRANSLATE_NOOP("Permissions", "Only an account with the role %1 may do this.")
#: between the roles when more than one may ("office head or bank officer")
ROLES_OR = QT_TRANSLATE_NOOP("Permissions", " or ")


def allowed(ws: Workspace, permission: str | None) -> bool:
    return permission is None or auth.allowed(ws, permission)


def who_may(permission: str) -> str:
    """ "Only an account with the role Bank officer may do this." in the current language mode."""

    def roles(lang: str) -> str:
        return translate_in(ROLES_OR, lang, "Permissions").join(
            app_i18n.translate(auth.ROLE_LABELS[r], lang) for r in auth.roles_with(permission)
        )

    return language().fill("Permissions", ONLY_FOR, Label(roles("zh"), roles("bo")))


def permit(widget: QWidget, ws: Workspace, permission: str | None, *, enabled: bool = True, tooltip: str = "") -> bool:
    """Enable `widget` when the account holds `permission` (and `enabled`, the widget's own
    condition, e.g. a row selected); otherwise disable it, and when the permission is what is
    missing, say in its tooltip which role may. Returns whether the account holds it."""
    ok = allowed(ws, permission)
    widget.setEnabled(enabled and ok)
    widget.setToolTip(tooltip if ok else who_may(permission))
    return ok
