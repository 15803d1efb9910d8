"""Where a file goes: a USB stick first, else a folder — the chooser the Reports and Sync pages share.

    self.destination = DestinationChooser(folder_name="folderEdit", fallback_folder=str(Path.home()))
    self.destination.form.addRow(self.lbl_name, self.name_edit)   # the page's own rows, aligned
    ...
    def translateUI(self):
        self.destination.caption = self.tr("Where to write the file")  # the folder dialog's title

``form`` is a QFormLayout holding the "USB stick" row (removable drives from
exports.usb.removable_drives, and "Look again") and the "Folder" row (a field and "Choose
folder…"); a page adds its own rows to it so all labels line up.  Picking a drive puts its path in
the folder field; a scan puts the first drive found there unless the user chose a folder himself.
With no drive, the field keeps what it holds, or gets ``fallback_folder`` when empty (None: stays
empty, so the page asks for a folder before writing).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ui.i18n import Retranslatable, language


class DestinationChooser(Retranslatable, QWidget):
    def __init__(
        self,
        *,
        folder_name: str = "folderEdit",
        fallback_folder: str | None = None,
        colons: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.fallback_folder = fallback_folder
        self.colons = colons  # the labels end in ":" in a form whose other labels do
        #: the folder dialog's title, set by the page in its translateUI ("Where to write the package")
        self.caption = ""
        self._auto_folder = ""  # the folder the chooser put in the field itself (not the user)
        self._drives: list = []

        self.drive_combo = QComboBox()
        self.drive_combo.setObjectName("driveCombo")
        self.drive_combo.activated.connect(self._drive_chosen)
        self.rescan_button = QPushButton()
        self.rescan_button.setObjectName("rescanButton")
        self.rescan_button.clicked.connect(self.scan_drives)
        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName(folder_name)
        self.browse_button = QPushButton()
        self.browse_button.setObjectName("browseButton")
        self.browse_button.clicked.connect(self.choose_folder)
        drive_row = QHBoxLayout()
        drive_row.addWidget(self.drive_combo, 1)
        drive_row.addWidget(self.rescan_button)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        self.lbl_drive, self.lbl_folder = QLabel(), QLabel()
        # a path must stay readable: where bilingual labels leave too little room beside them, a
        # field goes below its label instead of shrinking to a few characters
        for field in (self.drive_combo, self.folder_edit):
            field.setMinimumWidth(240)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.addRow(self.lbl_drive, drive_row)
        self.form.addRow(self.lbl_folder, folder_row)
        self.translateUI()

    def translateUI(self) -> None:
        self.lbl_drive.setText(self.tr("USB stick:") if self.colons else self.tr("USB stick"))
        self.lbl_folder.setText(self.tr("Folder:") if self.colons else self.tr("Folder"))
        self.rescan_button.setText(self.tr("Look again"))
        self.browse_button.setText(self.tr("Choose folder…"))
        if self.drive_combo.count() and self.drive_combo.itemData(0) is None:
            self.drive_combo.setItemText(0, self._no_drive_text())
        else:
            self._label_drives()  # digits follow the language

    def _no_drive_text(self) -> str:
        return self.tr("No USB stick found: choose a folder")

    # -- drives ----------------------------------------------------------------------------------
    def scan_drives(self) -> None:
        try:
            from exports.usb import removable_drives

            drives = removable_drives()
        except Exception:  # noqa: BLE001 - without a drive list the folder field still works
            drives = []
        self._drives = drives
        self.drive_combo.clear()
        if not drives:
            self.drive_combo.addItem(self._no_drive_text(), None)
            if not self.folder_edit.text() and self.fallback_folder:
                self._set_auto(self.fallback_folder)
            return
        for d in drives:
            self.drive_combo.addItem("", d.path)
        self._label_drives()
        if self.folder_edit.text() in ("", self._auto_folder):
            self._set_auto(drives[0].path)

    def _label_drives(self) -> None:
        lang = language()
        for i, d in enumerate(self._drives):
            free = lang.digits(f"{d.free_bytes / (1 << 30):.1f}")
            self.drive_combo.setItemText(i, f"{d.label or Path(d.path).name} — {d.path} ({free} GB)")

    def _set_auto(self, folder: str) -> None:
        self.folder_edit.setText(folder)
        self._auto_folder = folder

    def _drive_chosen(self, index: int) -> None:
        path = self.drive_combo.itemData(index)
        if path:
            self._set_auto(path)

    # -- folder ----------------------------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.caption, self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def folder(self) -> str:
        return self.folder_edit.text().strip()
