"""The recovery key of a register just encrypted, shown once (app/services/encryption.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

_shown: list = []  # recovery-key windows, kept alive while open


def show_recovery_key(parent: QWidget | None, recovery: str):
    """The recovery key, shown once (not modal: the program goes on behind it)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setObjectName("recoveryKeyBox")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("LoginDialog", "Recovery key"))
    groups = recovery.split("-")
    lines = "-".join(groups[:7]) + "-<br>" + "-".join(groups[7:])  # two lines, never cut mid-group
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(
        QCoreApplication.translate("LoginDialog", "The register is now encrypted. Its recovery key is:")
        + f"<p style='font-family:monospace; font-size:13pt; white-space:pre'>{lines}</p>"
    )
    box.recovery_key = recovery
    box.setInformativeText(
        QCoreApplication.translate(
            "LoginDialog",
            "Write it down or print it, and keep it in the office safe. It opens the register if every "
            "password is lost. It is shown only this once.",
        )
    )
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _shown.append(box)
    box.destroyed.connect(lambda *_: _shown.remove(box) if box in _shown else None)
    box.open()
    return box
