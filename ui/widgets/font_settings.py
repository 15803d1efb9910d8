"""The Settings page's font box: which Tibetan and Chinese fonts the window uses, and font files the
user picks instead (the choice itself is ui.fonts.Fonts)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton

from ui.fonts import Fonts, fonts, missing_fonts_message
from ui.i18n import Word, language

# A sample in both scripts, read from the .ts files whatever the mode (context FontSettingsBox)
_SAMPLE = QT_TRANSLATE_NOOP("FontSettingsBox", "Dual-base linkage office")
# filled per language by Language.fill (marked here so the translation tools collect them)
_DRAWN_LARGER = QT_TRANSLATE_NOOP("FontSettingsBox", "%1 (%2), drawn %3× larger")
_INSTALLED = QT_TRANSLATE_NOOP("FontSettingsBox", "installed")


class FontSettingsBox(QGroupBox):
    """Settings: which fonts are in use, and font files the user picks instead."""

    #: ("tibetan" | "chinese", path) after the screen took a chosen file; "" = the installed fonts.
    #: The Settings page stores it for PDFs too (app.services.pdf_fonts).
    file_set = Signal(str, str)

    def __init__(self, manager: Fonts | None = None, parent=None):
        super().__init__(parent)
        self._fonts = manager or fonts()
        self._pdf_problems: list[str] = []
        self.tibetan_label = QLabel()
        self.chinese_label = QLabel()
        self.sample = QLabel()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b71c1c")
        self.tibetan_button = QPushButton()
        self.chinese_button = QPushButton()
        self.reset_button = QPushButton()
        self.tibetan_button.clicked.connect(lambda: self._choose("tibetan"))
        self.chinese_button.clicked.connect(lambda: self._choose("chinese"))
        self.reset_button.clicked.connect(self._reset)
        self._tib_caption, self._zh_caption = QLabel(), QLabel()
        grid = QGridLayout(self)
        grid.addWidget(self._tib_caption, 0, 0)
        grid.addWidget(self.tibetan_label, 0, 1)
        grid.addWidget(self.tibetan_button, 0, 2)
        grid.addWidget(self._zh_caption, 1, 0)
        grid.addWidget(self.chinese_label, 1, 1)
        grid.addWidget(self.chinese_button, 1, 2)
        grid.addWidget(self.sample, 2, 0, 1, 2)
        grid.addWidget(self.reset_button, 2, 2)
        grid.addWidget(self.problem, 3, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        self._fonts.changed.connect(self._refresh)
        self.translateUI()

    def translateUI(self) -> None:
        self.setTitle(self.tr("Fonts"))
        self._tib_caption.setText(self.tr("Tibetan font:"))
        self._zh_caption.setText(self.tr("Chinese font:"))
        self.tibetan_button.setText(self.tr("Choose a Tibetan font file…"))
        self.chinese_button.setText(self.tr("Choose a Chinese font file…"))
        self.reset_button.setText(self.tr("Use the installed fonts"))
        self._refresh()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.translateUI()
        super().changeEvent(event)

    def _describe(self, family: str | None, path: str, scale: float | None = None) -> str:
        if not family:
            return self.tr("none found")
        if scale is None:
            return f"{family} ({path or self.tr('installed')})"
        # "installed" is a word: each half of bilingual text gets its own language's word
        return language().fill("FontSettingsBox", _DRAWN_LARGER, family, path or Word(_INSTALLED), f"{scale:.2f}")

    def _refresh(self) -> None:
        c = self._fonts.choice
        self.tibetan_label.setText(self._describe(c.tibetan_family, c.tibetan_file, c.tibetan_scale))
        self.chinese_label.setText(self._describe(c.chinese_family, c.chinese_file))
        from app import i18n as app_i18n

        self.sample.setText(
            app_i18n.translate(_SAMPLE, "bo", "FontSettingsBox")
            + "  "
            + app_i18n.translate(_SAMPLE, "zh", "FontSettingsBox")
        )
        missing = missing_fonts_message()
        problems = list(c.problems) + ([missing] if missing else []) + self._pdf_problems
        self.problem.setText("\n".join(problems))
        self.problem.setVisible(bool(problems))

    def _choose(self, which: str) -> None:
        from PySide6.QtWidgets import QFileDialog

        caption = self.tr("Choose a Tibetan font file") if which == "tibetan" else self.tr("Choose a Chinese font file")
        path, _ = QFileDialog.getOpenFileName(self, caption, "", self.tr("Font files (*.ttf *.otf *.ttc)"))
        if path:
            self.set_file(which, path)

    def set_file(self, which: str, path: str) -> str | None:
        """Use a font file (the dialog's result); shows and returns the problem, if any."""
        error = self._fonts.set_font_file(which, path)
        if not error:
            self.file_set.emit(which, path)
        self._refresh()
        if error:
            self.problem.setText(error)
            self.problem.setVisible(True)
        return error

    def set_pdf_problems(self, texts: list[str]) -> None:
        """Sentences on chosen files that PDFs cannot use (shown with the other problems)."""
        self._pdf_problems = list(texts)
        self._refresh()

    def _reset(self) -> None:
        for which in ("tibetan", "chinese"):
            self._fonts.set_font_file(which, "")
            self.file_set.emit(which, "")
        self._refresh()
