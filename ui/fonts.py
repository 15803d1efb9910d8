"""Fonts for Tibetan and Chinese on screen.

Qt falls back from font to font by itself, but it needs a Tibetan font to fall back *to*, and it
draws every family at the same point size. Tibetan letters sit much smaller in their em box than
Chinese characters (a Tibetan letter body is about the height of a Latin capital, a Han character
fills the box), so Tibetan beside Chinese at one size looks a size or two smaller. We therefore:

- pick one installed Tibetan family and one Chinese family from preference lists (Windows names
  first, then the Linux ones), or families from font files the user chose in Settings;
- measure how tall a Tibetan letter and a Han character are in the chosen pair and scale by the
  ratio (about 1.3 for Noto Serif Tibetan / Tibetan Machine Uni; Microsoft Himalaya is drawn
  small and needs about 1.6);
- set the application font with a family list (Chinese first so Latin, digits and Han come from
  it, Tibetan second) at base × scale in Tibetan mode, base in Chinese mode, and halfway between
  in bilingual mode — one QFont cannot size two families differently, so bilingual text is a
  compromise: Han a little large, Tibetan a little small.
With no Tibetan font at all, :func:`missing_fonts_message` says what to install.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF
from PySide6.QtWidgets import QApplication

TIBETAN_FAMILIES = [
    "Microsoft Himalaya",  # Windows 7+
    "Noto Serif Tibetan", "Noto Sans Tibetan",
    "Tibetan Machine Uni",  # Debian/Ubuntu fonts-tibetan-machine
    "Jomolhari",  # fonts-sil-jomolhari / fonts-jomolhari
    "Monlam Uni OuChan2", "Monlam Uni OuChan1", "Monlam Bodyig",
    "Qomolangma-UchenSarchen", "Qomolangma-Uchen Sarchen", "Qomolangma-Betsu",
    "Kailasa",  # macOS
    "DDC Uchen", "BabelStone Tibetan",
]
CHINESE_FAMILIES = [
    "Microsoft YaHei UI", "Microsoft YaHei", "SimSun", "NSimSun", "SimHei", "DengXian",
    "PingFang SC", "Hiragino Sans GB",
    "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN",
    "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback", "AR PL UMing CN",
    "AR PL UKai CN",
]
# used when measuring is impossible; Microsoft Himalaya's letters are drawn notably small
DEFAULT_TIBETAN_SCALE = 1.3
KNOWN_TIBETAN_SCALE = {"Microsoft Himalaya": 1.6}
MIN_SCALE, MAX_SCALE = 1.0, 1.8

_KEY_TIBETAN_FILE = "fonts/tibetan_file"
_KEY_CHINESE_FILE = "fonts/chinese_file"
_KEY_BASE_SIZE = "fonts/base_point_size"


def _families() -> list[str]:
    return list(QFontDatabase.families())


def _covers_tibetan(family: str) -> bool:
    return QFontDatabase.WritingSystem.Tibetan in QFontDatabase.writingSystems(family)


def _covers_chinese(family: str) -> bool:
    return QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(family)


def find_tibetan_family(preferred: list[str] | None = None) -> str | None:
    """The first installed Tibetan family: `preferred` first, then TIBETAN_FAMILIES, then any."""
    installed = set(_families())
    for fam in (preferred or []) + TIBETAN_FAMILIES:
        if fam in installed:
            return fam
    # An unknown Tibetan font is better than none
    tibetan = QFontDatabase.families(QFontDatabase.WritingSystem.Tibetan)
    return tibetan[0] if tibetan else None


def find_chinese_family(preferred: list[str] | None = None) -> str | None:
    """The first installed Chinese family: `preferred` first, then CHINESE_FAMILIES, then any."""
    installed = set(_families())
    for fam in (preferred or []) + CHINESE_FAMILIES:
        if fam in installed:
            return fam
    chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    return chinese[0] if chinese else None


def add_font_file(path: str | os.PathLike) -> list[str]:
    """Load a font file for this session; its family names, or [] when it is not a usable font."""
    p = Path(path)
    if not p.is_file():
        return []
    font_id = QFontDatabase.addApplicationFont(str(p))
    if font_id < 0:
        return []
    return list(QFontDatabase.applicationFontFamilies(font_id))


def _body_height(family: str, text: str) -> float:
    font = QFont(family)
    font.setPixelSize(200)
    return QFontMetricsF(font).tightBoundingRect(text).height()


def tibetan_scale(tibetan_family: str | None, chinese_family: str | None = None) -> float:
    """How much larger Tibetan must be set to read as large as the Chinese beside it.

    The ratio of a Han character's height (中) to a Tibetan letter body without stacks (མ),
    clamped to 1.0–1.8; a family known to be drawn small never goes below its known factor.
    """
    if not tibetan_family:
        return DEFAULT_TIBETAN_SCALE
    known = KNOWN_TIBETAN_SCALE.get(tibetan_family, MIN_SCALE)
    try:
        han = _body_height(chinese_family, "中") if chinese_family else 0.0
        bo = _body_height(tibetan_family, "མ")
    except Exception:  # noqa: BLE001 - measuring is an improvement, never a reason to fail
        han = bo = 0.0
    if han <= 0 or bo <= 0:
        return max(known, DEFAULT_TIBETAN_SCALE)
    return round(max(known, min(MAX_SCALE, max(MIN_SCALE, han / bo))), 2)


def what_to_install() -> str:
    """The Tibetan font to install on this system, by name."""
    if sys.platform.startswith("win"):
        return "Microsoft Himalaya"
    if sys.platform == "darwin":
        return "Kailasa"
    return "Noto Serif Tibetan (fonts-noto-core) / Tibetan Machine Uni (fonts-tibetan-machine)"


def missing_fonts_message() -> str | None:
    """A sentence naming what to install when no Tibetan (or Chinese) font is found, else None."""
    parts = []
    if find_tibetan_family() is None:
        if sys.platform.startswith("win"):
            parts.append(QCoreApplication.translate(
                "Fonts", "No Tibetan font is installed, so Tibetan text shows as empty boxes. "
                "Install the Windows optional feature “Tibetan Supplemental Fonts” (Microsoft "
                "Himalaya), or choose a Tibetan font file in Settings."))
        else:
            parts.append(QCoreApplication.translate(
                "Fonts", "No Tibetan font is installed, so Tibetan text shows as empty boxes. "
                "Install %1, or choose a Tibetan font file in Settings.").replace("%1", what_to_install()))
    if find_chinese_family() is None:
        parts.append(QCoreApplication.translate(
            "Fonts", "No Chinese font is installed. Install Microsoft YaHei or SimSun (Windows) or "
            "WenQuanYi Micro Hei / Noto Sans CJK SC (Linux), or choose a font file in Settings."))
    return "\n".join(parts) or None


@dataclass
class FontChoice:
    """The fonts in use, for Settings to show."""

    tibetan_family: str | None
    chinese_family: str | None
    tibetan_scale: float
    base_point_size: float
    tibetan_file: str = ""
    chinese_file: str = ""
    problems: list[str] = field(default_factory=list)

    def point_size(self, mode: str) -> float:
        """Application point size for a display mode ("zh", "bo", "both")."""
        if mode == "bo":
            factor = self.tibetan_scale
        elif mode == "both":
            factor = (1.0 + self.tibetan_scale) / 2
        else:
            factor = 1.0
        return round(self.base_point_size * factor, 1)

    def families(self) -> list[str]:
        return [f for f in (self.chinese_family, self.tibetan_family) if f]


class Fonts(QObject):
    """Chooses the fonts, sets the application font, follows the language mode."""

    changed = Signal()

    def __init__(self, settings: QSettings | None = None, parent: QObject | None = None):
        super().__init__(parent)
        if settings is None:
            from ui.i18n import APPLICATION, ORGANIZATION

            settings = QSettings(ORGANIZATION, APPLICATION)
        self._settings = settings
        self._mode = "zh"
        self._default_size = QApplication.font().pointSizeF() if QApplication.instance() else 10.0
        if self._default_size <= 0:
            self._default_size = 10.0
        self.choice = self._choose()

    def _choose(self) -> FontChoice:
        problems: list[str] = []
        tib_file = str(self._settings.value(_KEY_TIBETAN_FILE, "") or "")
        zh_file = str(self._settings.value(_KEY_CHINESE_FILE, "") or "")
        tib_pref = add_font_file(tib_file) if tib_file else []
        zh_pref = add_font_file(zh_file) if zh_file else []
        if tib_file and not tib_pref:
            problems.append(QCoreApplication.translate(
                "Fonts", "The Tibetan font file %1 could not be loaded.").replace("%1", tib_file))
        if zh_file and not zh_pref:
            problems.append(QCoreApplication.translate(
                "Fonts", "The Chinese font file %1 could not be loaded.").replace("%1", zh_file))
        tib = find_tibetan_family(tib_pref)
        zh = find_chinese_family(zh_pref)
        size = float(self._settings.value(_KEY_BASE_SIZE, self._default_size) or self._default_size)
        return FontChoice(tib, zh, tibetan_scale(tib, zh), size,
                          tib_file if tib_pref else "", zh_file if zh_pref else "", problems)

    def font(self, mode: str | None = None) -> QFont:
        """The application font for `mode` (default: the current one)."""
        mode = mode or self._mode
        f = QFont(QApplication.font() if QApplication.instance() else QFont())
        if self.choice.families():
            f.setFamilies(self.choice.families())
        f.setPointSizeF(self.choice.point_size(mode))
        return f

    def tibetan_font(self, point_size: float | None = None) -> QFont:
        """A font for text known to be Tibetan only (a Tibetan name column, a sample), scaled."""
        f = QFont()
        fams = [x for x in (self.choice.tibetan_family, self.choice.chinese_family) if x]
        if fams:
            f.setFamilies(fams)
        f.setPointSizeF(point_size or self.choice.base_point_size * self.choice.tibetan_scale)
        return f

    def apply(self, mode: str | None = None) -> None:
        if mode:
            self._mode = mode
        if QApplication.instance() is not None:
            QApplication.setFont(self.font())
        self.changed.emit()

    def follow(self, language) -> None:
        """Re-apply whenever the language mode changes (ui.i18n.Language.changed)."""
        language.changed.connect(lambda: self.apply(language.mode))
        self.apply(language.mode)

    def set_font_file(self, which: str, path: str) -> str | None:
        """Use the font file at `path` for "tibetan" or "chinese"; an error sentence or None.

        An empty path goes back to the installed fonts.
        """
        key = _KEY_TIBETAN_FILE if which == "tibetan" else _KEY_CHINESE_FILE
        if path:
            fams = add_font_file(path)
            if not fams:
                return QCoreApplication.translate(
                    "Fonts", "This file is not a font Qt can use: %1").replace("%1", path)
            check = _covers_tibetan if which == "tibetan" else _covers_chinese
            if not any(check(f) for f in fams):
                if which == "tibetan":
                    return QCoreApplication.translate(
                        "Fonts", "This font has no Tibetan letters: %1").replace("%1", path)
                return QCoreApplication.translate(
                    "Fonts", "This font has no Chinese characters: %1").replace("%1", path)
        self._settings.setValue(key, path)
        self.choice = self._choose()
        self.apply()
        return None

    def set_base_point_size(self, size: float) -> None:
        self._settings.setValue(_KEY_BASE_SIZE, float(size))
        self.choice = self._choose()
        self.apply()


_fonts: Fonts | None = None


def fonts() -> Fonts:
    """The application's shared :class:`Fonts` (create the QApplication first)."""
    global _fonts
    if _fonts is None:
        _fonts = Fonts()
    return _fonts


def current_tibetan_family() -> str | None:
    """The Tibetan family in use (the shared Fonts' choice, else the first installed one)."""
    if _fonts is not None:
        return _fonts.choice.tibetan_family
    global _found_tibetan
    if _found_tibetan is None:
        _found_tibetan = find_tibetan_family() or ""
    return _found_tibetan or None


_found_tibetan: str | None = None


def set_fonts(f: Fonts | None) -> None:
    global _fonts
    _fonts = f
