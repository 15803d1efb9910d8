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
- load, for this session, a copy of the Tibetan font drawn `scale` times larger under its own
  family name ("Noto Serif Tibetan DBL"), so Tibetan *beside* Chinese in one label reads as large
  as the Chinese at one point size (the copy is made by ui.sfnt.scaled_font_data);
- set the application font with a family list: Chinese first (so Latin, digits and Han come
  from it), the Tibetan copy second. Without a copy (font file not found, a .ttc, a bad file)
  the whole UI is enlarged instead: base × scale in Tibetan mode, halfway in bilingual mode.
With no Tibetan font at all, :func:`missing_fonts_message` says what to install.
"""

from __future__ import annotations

import math
import os
import struct
import sys
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QObject, QSettings, Signal
from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF
from PySide6.QtWidgets import QApplication

from app.domain import script
from ui.sfnt import read_sfnt, scaled_font_data

TIBETAN_FAMILIES = [
    "Microsoft Himalaya",  # Windows 7+
    "Noto Serif Tibetan",
    "Noto Sans Tibetan",
    "Tibetan Machine Uni",  # Debian/Ubuntu fonts-tibetan-machine
    "Jomolhari",  # fonts-sil-jomolhari / fonts-jomolhari
    "Monlam Uni OuChan2",
    "Monlam Uni OuChan1",
    "Monlam Bodyig",
    "Qomolangma-UchenSarchen",
    "Qomolangma-Uchen Sarchen",
    "Qomolangma-Betsu",
    "Kailasa",  # macOS
    "DDC Uchen",
    "BabelStone Tibetan",
]
CHINESE_FAMILIES = [
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "SimSun",
    "NSimSun",
    "SimHei",
    "DengXian",
    "PingFang SC",
    "Hiragino Sans GB",
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Droid Sans Fallback",
    "AR PL UMing CN",
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
        han = _body_height(chinese_family, "\u4e2d") if chinese_family else 0.0  # 中
        bo = _body_height(tibetan_family, script.TIBETAN_BODY_LETTER)
    except Exception:  # noqa: BLE001 - measuring is an improvement, never a reason to fail
        han = bo = 0.0
    if han <= 0 or bo <= 0:
        return max(known, DEFAULT_TIBETAN_SCALE)
    # 0.95: a Tibetan letter body exactly as tall as a Han character already looks the larger
    # of the two (the head stroke and the stacks add to it), as seen on screen side by side
    return round(max(known, min(MAX_SCALE, max(MIN_SCALE, 0.95 * han / bo))), 2)


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
            parts.append(
                QCoreApplication.translate(
                    "Fonts",
                    "No Tibetan font is installed, so Tibetan text shows as empty boxes. "
                    "Install the Windows optional feature “Tibetan Supplemental Fonts” (Microsoft "
                    "Himalaya), or choose a Tibetan font file in Settings.",
                )
            )
        else:
            parts.append(
                QCoreApplication.translate(
                    "Fonts",
                    "No Tibetan font is installed, so Tibetan text shows as empty boxes. "
                    "Install %1, or choose a Tibetan font file in Settings.",
                ).replace("%1", what_to_install())
            )
    if find_chinese_family() is None:
        parts.append(
            QCoreApplication.translate(
                "Fonts",
                "No Chinese font is installed. Install Microsoft YaHei or SimSun (Windows) or "
                "WenQuanYi Micro Hei / Noto Sans CJK SC (Linux), or choose a font file in Settings.",
            )
        )
    return "\n".join(parts) or None


# --- a scaled copy of the Tibetan font ----------------------------------------------------------
#
# One QFont draws all its fallback families at one size, so Tibetan beside Chinese in the same
# label cannot be made larger through QFont. Instead we load, for this session only, a copy of
# the Tibetan font whose em is smaller (unitsPerEm divided by the scale): every glyph then comes
# out `scale` times larger at the same point size, and the copy gets its own family name so the
# installed font is untouched. Its line metrics are also trimmed to the ink of everyday stacks
# (Noto Serif Tibetan reserves 2.8 em per line for rare Sanskrit stacks), or every line holding
# Tibetan would be three times as tall as a Chinese one. The bytes are patched in ui.sfnt.

SCALED_SUFFIX = " DBL"
# File names of the families we prefer, for systems where fontconfig cannot say (Windows)
_KNOWN_FILES = {
    "Microsoft Himalaya": ["himalaya.ttf"],
    "Noto Serif Tibetan": ["NotoSerifTibetan-Regular.ttf"],
    "Noto Sans Tibetan": ["NotoSansTibetan-Regular.ttf"],
    "Tibetan Machine Uni": ["TibetanMachineUni.ttf"],
    "Jomolhari": ["Jomolhari-alpha3c-0605331.ttf", "Jomolhari.ttf", "Jomolhari-Regular.ttf"],
    "Monlam Uni OuChan2": ["monlam_uni_ouchan2.ttf", "MonlamUniOuChan2.ttf"],
}


def font_file_of(family: str) -> str | None:
    """The file an installed family comes from (fontconfig where there is one, else by name)."""
    import shutil
    import subprocess  # here: asked once, then remembered (Fonts._file_of); start-up needs neither

    exe = shutil.which("fc-match")
    if exe:
        try:
            out = subprocess.run(
                [exe, "--format=%{file}|%{family}", f"{family}:style=Regular"],
                capture_output=True,
                text=True,
                timeout=5,
            ).stdout
            path, _, fams = out.partition("|")
            if path and family in fams.split(","):
                return path
        except (OSError, subprocess.SubprocessError):
            pass
    wanted = {n.lower() for n in _KNOWN_FILES.get(family, [])}
    if not wanted:
        return None
    from exports.pdf.fonts import font_dirs  # the PDF layer knows each system's font folders

    for root in font_dirs():
        for dirpath, _dirs, files in os.walk(root):
            for name in files:
                if name.lower() in wanted:
                    return os.path.join(dirpath, name)
    return None


#: the pixel size the everyday sample is drawn at to find its ink (1 % of an em is one pixel)
_INK_PIXELS = 100


def _ink_extent(family: str, units: int) -> tuple[float, float] | None:
    """(ascent, descent) of the everyday sample's ink in font units, with a little headroom.

    Measured by drawing the sample, not from QFontMetricsF.tightBoundingRect: that adds up the
    glyphs' own boxes where the font's mark positioning leaves them, and the vowel signs above
    (ི ེ ོ) are lifted over the stacks by the font's GPOS table — in Noto Serif Tibetan the drawn
    ink reaches 1.07 em above the baseline where tightBoundingRect says 0.68.  Line metrics
    trimmed to 0.68 em let every Tibetan line's vowels stand 5 px above its line box, where table
    cells, the status bar and tab bars clip them."""
    from PySide6.QtGui import QImage, QPainter

    from ui.widgets.tibetan_room import ink_rows

    font = QFont(family)
    font.setPixelSize(_INK_PIXELS)
    width = math.ceil(QFontMetricsF(font).horizontalAdvance(script.TIBETAN_INK_SAMPLE)) + 20
    baseline, height = 3 * _INK_PIXELS, 5 * _INK_PIXELS
    # white from its bytes, the painter's own black pen: QImage.fill and QPainter.setPen choose
    # among overloads taking Qt enums, which builds PySide's Qt namespace while the first window
    # is made (tests/ui/test_start.py)
    white = bytearray(b"\xff") * (width * height)
    image = QImage(white, width, height, width, QImage.Format.Format_Grayscale8)
    painter = QPainter(image)
    painter.setFont(font)
    painter.drawText(10, baseline, script.TIBETAN_INK_SAMPLE)
    painter.end()
    ink = ink_rows(image, left=0, right=0)
    if ink is None:
        return None
    per_unit = units / _INK_PIXELS
    # headroom: ེ over ཚ stands 4 % above the sample's ི over ཀ
    return (baseline - ink[0] + 1) * per_unit * 1.08, (ink[1] - baseline + 1) * per_unit * 1.04


def scaled_tibetan_data(family: str, path: str | None, scale: float) -> bytes | None:
    """The scaled copy of `family` (from the font file `path`), or None when none is made."""
    if not path or scale <= 1.02 or not path.lower().endswith((".ttf", ".otf")):
        return None
    try:
        data = Path(path).read_bytes()
        _version, tables, _sums = read_sfnt(data)
        (upm,) = struct.unpack(">H", tables[b"head"][18:20])
        return scaled_font_data(data, scale, family + SCALED_SUFFIX, _ink_extent(family, upm))
    except (OSError, ValueError, KeyError, struct.error):
        return None


def load_scaled_tibetan(family: str, path: str | None, scale: float) -> str | None:
    """Register the scaled copy of `family` (from `path`); the copy's family name, or None."""
    copy = scaled_tibetan_data(family, path, scale)
    if copy is None:
        return None
    font_id = QFontDatabase.addApplicationFontFromData(QByteArray(copy))
    fams = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return fams[0] if fams else None


# The scaled copy is kept between runs: measuring the scale and rewriting the font cost every
# start about 8 ms and 3 MB of copies (bench: start-up). Remembered in the settings with what it
# was made from; any change — another font file or family, the file replaced, a new FORMAT of
# scaled_font_data — makes it again.
_KEY_SCALED_COPY = "fonts/scaled_copy"
SCALED_COPY_FORMAT = 2  # 2: line metrics from the drawn ink (_ink_extent)


def _file_stamp(path: str) -> str:
    st = os.stat(path)
    return f"{st.st_size}:{st.st_mtime_ns}"


def scaled_copy_dir() -> Path:
    from app import paths

    return paths.data_dir() / "cache" / "fonts"


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
    # the scaled copy actually drawn ("" when none could be made: then the mode sets the size)
    tibetan_render_family: str = ""

    def point_size(self, mode: str) -> float:
        """Application point size for a display mode ("zh", "bo", "both").

        With the scaled Tibetan copy in use Tibetan already reads as large as Chinese, so every
        mode uses the base size; without it Tibetan mode enlarges everything by the scale.
        """
        if self.tibetan_render_family:
            factor = 1.0
        elif mode == "bo":
            factor = self.tibetan_scale
        elif mode == "both":
            factor = (1.0 + self.tibetan_scale) / 2
        else:
            factor = 1.0
        return round(self.base_point_size * factor, 1)

    def families(self) -> list[str]:
        tib = self.tibetan_render_family or self.tibetan_family
        return [f for f in (self.chinese_family, tib) if f]


class Fonts(QObject):
    """Chooses the fonts, sets the application font, follows the language mode."""

    changed = Signal()

    def __init__(self, settings: QSettings | None = None, parent: QObject | None = None, scale_copy: bool = True):
        super().__init__(parent)
        self._scale_copy = scale_copy
        if settings is None:
            # the data folder's settings.ini, beside the language mode and the window's geometry
            # (not Qt's per-user store: the registry on Windows, which a second data folder, a
            # test or a copied laptop folder would share)
            from ui.settings import settings as data_folder_settings

            settings = data_folder_settings()
        self._settings = settings
        self._mode = "zh"
        # the room Tibetan needs in one-line controls, per font and style (ui.widgets.tibetan_room)
        self._rooms: dict = {}
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
            problems.append(
                QCoreApplication.translate("Fonts", "The Tibetan font file %1 could not be loaded.").replace(
                    "%1", tib_file
                )
            )
        if zh_file and not zh_pref:
            problems.append(
                QCoreApplication.translate("Fonts", "The Chinese font file %1 could not be loaded.").replace(
                    "%1", zh_file
                )
            )
        tib = find_tibetan_family(tib_pref)
        zh = find_chinese_family(zh_pref)
        size = float(self._settings.value(_KEY_BASE_SIZE, self._default_size) or self._default_size)
        scale, render = None, ""
        if tib and self._scale_copy:
            tib_path = tib_file if tib_pref and tib in tib_pref else self._file_of(tib)
            scale, render = self._remembered_copy(tib, zh, tib_path)
            if scale is None:
                scale = tibetan_scale(tib, zh)
                render = _scaled_cache.get((tib, tib_path, scale)) or ""
                if not render:
                    render = self._make_copy(tib, zh, tib_path, scale)
                    _scaled_cache[(tib, tib_path, scale)] = render
        if scale is None:
            scale = tibetan_scale(tib, zh)
        return FontChoice(
            tib, zh, scale, size, tib_file if tib_pref else "", zh_file if zh_pref else "", problems, render
        )

    def _remembered_copy(self, tib: str, zh: str | None, path: str | None) -> tuple[float | None, str]:
        """(scale, family of the copy) made at an earlier start from the same fonts, or (None, "")."""
        import json

        try:
            saved = json.loads(str(self._settings.value(_KEY_SCALED_COPY, "") or "{}"))
            if not path or saved.get("source") != [SCALED_COPY_FORMAT, tib, zh or "", path, _file_stamp(path)]:
                return None, ""
            scale, file = float(saved["scale"]), str(saved["file"])
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None, ""
        render = _scaled_cache.get((tib, path, scale)) or ""
        if not render:
            if not file:
                return scale, ""  # no copy could be made from these fonts (a .ttc …)
            fams = add_font_file(file)
            if tib + SCALED_SUFFIX not in fams:
                return None, ""  # the cached file is gone or damaged: make it again
            render = _scaled_cache[(tib, path, scale)] = tib + SCALED_SUFFIX
        return scale, render

    def _make_copy(self, tib: str, zh: str | None, path: str | None, scale: float) -> str:
        """Make, register and remember the scaled copy; its family ("" when none is made)."""
        import json

        copy = scaled_tibetan_data(tib, path, scale)
        if copy is None:
            render, file = "", ""
        else:
            font_id = QFontDatabase.addApplicationFontFromData(QByteArray(copy))
            fams = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            render = fams[0] if fams else ""
            file = self._save_copy(tib, copy) if render else ""
        if path and (file or not render):
            try:
                self._settings.setValue(
                    _KEY_SCALED_COPY,
                    json.dumps(
                        {
                            "source": [SCALED_COPY_FORMAT, tib, zh or "", path, _file_stamp(path)],
                            "scale": scale,
                            "file": file,
                        }
                    ),
                )
            except OSError:
                pass
        return render

    @staticmethod
    def _save_copy(tib: str, copy: bytes) -> str:
        """The copy written to the data folder's font cache; its path ("" when it cannot be)."""
        folder = scaled_copy_dir()
        target = folder / ("".join(c if c.isalnum() else "-" for c in tib) + "-scaled.ttf")
        tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
        try:
            folder.mkdir(parents=True, exist_ok=True)
            tmp.write_bytes(copy)
            os.replace(tmp, target)  # atomic: another copy of the program never reads half
        except OSError:
            try:
                tmp.unlink(missing_ok=True)
            except OSError:
                pass
            return ""
        return str(target)

    def _file_of(self, family: str) -> str | None:
        """font_file_of(family), remembered between runs (asking fontconfig costs a process)."""
        key = "fonts/file_of/" + family.replace("/", "_")
        cached = str(self._settings.value(key, "") or "")
        if cached and os.path.isfile(cached):
            return cached
        path = font_file_of(family)
        if path:
            self._settings.setValue(key, path)
        return path

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
        tib = self.choice.tibetan_render_family or self.choice.tibetan_family
        fams = [x for x in (tib, self.choice.chinese_family) if x]
        if fams:
            f.setFamilies(fams)
        scale = 1.0 if self.choice.tibetan_render_family else self.choice.tibetan_scale
        f.setPointSizeF(point_size or self.choice.base_point_size * scale)
        return f

    def apply(self, mode: str | None = None) -> None:
        if mode:
            self._mode = mode
        if QApplication.instance() is not None:
            from ui.widgets import tibetan_room

            shows_tibetan = self._mode != "zh" and bool(self.choice.tibetan_render_family or self.choice.tibetan_family)
            tibetan_room.set_room(tibetan_room.room_for(self.font() if shows_tibetan else None, self._rooms))
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
        self._rooms.clear()  # another file may carry the same family name
        key = _KEY_TIBETAN_FILE if which == "tibetan" else _KEY_CHINESE_FILE
        if path:
            fams = add_font_file(path)
            if not fams:
                return QCoreApplication.translate("Fonts", "This file is not a font Qt can use: %1").replace("%1", path)
            check = _covers_tibetan if which == "tibetan" else _covers_chinese
            if not any(check(f) for f in fams):
                if which == "tibetan":
                    return QCoreApplication.translate("Fonts", "This font has no Tibetan letters: %1").replace(
                        "%1", path
                    )
                return QCoreApplication.translate("Fonts", "This font has no Chinese characters: %1").replace(
                    "%1", path
                )
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
    """The Tibetan family drawn (the shared Fonts' choice, else the first installed one)."""
    if _fonts is not None:
        return _fonts.choice.tibetan_render_family or _fonts.choice.tibetan_family
    global _found_tibetan
    if _found_tibetan is None:
        _found_tibetan = find_tibetan_family() or ""
    return _found_tibetan or None


_found_tibetan: str | None = None
# (family, file, scale) -> registered copy's family: application fonts cannot be unloaded cheaply
_scaled_cache: dict[tuple, str] = {}


def set_fonts(f: Fonts | None) -> None:
    global _fonts
    _fonts = f


# --- start-up check (the Settings box is ui.widgets.font_settings) --------------------------------


def warn_if_fonts_missing(parent=None) -> str | None:
    """At start-up: say in a message box what to install when a font is missing; the text or None."""
    from PySide6.QtWidgets import QMessageBox

    message = missing_fonts_message()
    if message:
        QMessageBox.warning(parent, QCoreApplication.translate("Fonts", "Fonts missing"), message)
    return message
