"""Who works in the window: the signed-in user and role the login step hands to ui.app (a
module of its own, so that the login dialog and ui.app do not import each other)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.services.workspace import Workspace


@dataclass
class SignedIn:
    user: str
    role: str


def default_user(ws: Workspace) -> SignedIn | None:
    """No accounts yet: the laptop's user, as administrator (DESIGN: one shared office laptop)."""
    if ws.auth.has_accounts():
        return None
    return SignedIn(os.environ.get("USERNAME") or os.environ.get("USER") or "admin", "admin")
