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
  as the Chinese at one point size (see scaled_font_data below);
- set the application font with a family list: Chinese first (so Latin, digits and Han come
  from it), the Tibetan copy second. Without a copy (font file not found, a .ttc, a bad file)
  the whole UI is enlarged instead: base × scale in Tibetan mode, halfway in bilingual mode.
With no Tibetan font at all, :func:`missing_fonts_message` says what to install.
"""
from __future__ import annotations

import array
import os
import struct
import sys
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QEvent, QObject,
                            QSettings, Signal)
from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF
from PySide6.QtWidgets import QApplication, QGridLayout, QGroupBox, QLabel, QPushButton

from app.domain import script

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



# --- a scaled copy of the Tibetan font ----------------------------------------------------------
#
# One QFont draws all its fallback families at one size, so Tibetan beside Chinese in the same
# label cannot be made larger through QFont. Instead we load, for this session only, a copy of
# the Tibetan font whose em is smaller (unitsPerEm divided by the scale): every glyph then comes
# out `scale` times larger at the same point size, and the copy gets its own family name so the
# installed font is untouched. Its line metrics are also trimmed to the ink of everyday stacks
# (Noto Serif Tibetan reserves 2.8 em per line for rare Sanskrit stacks), or every line holding
# Tibetan would be three times as tall as a Chinese one.

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


def _checksum(data: bytes) -> int:
    """The sfnt checksum: sum of big-endian uint32 words (array is ~10× faster than struct)."""
    words = array.array("I", data + b"\0" * (-len(data) % 4))  # "I" is 4 bytes on Windows/Linux/macOS
    if sys.byteorder == "little":
        words.byteswap()
    return sum(words) & 0xFFFFFFFF


def _read_sfnt(data: bytes) -> tuple[bytes, dict[bytes, bytes], dict[bytes, int]]:
    """(sfnt version, tag → table bytes, tag → checksum from the table directory)."""
    version = data[:4]
    if version not in (b"\x00\x01\x00\x00", b"OTTO", b"true"):
        raise ValueError("not a single TrueType/OpenType font")
    (count,) = struct.unpack(">H", data[4:6])
    tables, sums = {}, {}
    for i in range(count):
        tag, checksum, off, length = struct.unpack(">4sIII", data[12 + 16 * i:28 + 16 * i])
        tables[tag] = data[off:off + length]
        sums[tag] = checksum
    return version, tables, sums


def _write_sfnt(version: bytes, tables: dict[bytes, bytes], sums: dict[bytes, int]) -> bytes:
    """Assemble an sfnt; `sums` holds checksums still valid (tables not changed).

    The whole-file checksum the head table records is the sum of the directory's words and of
    every table's checksum, so the big unchanged tables are never summed again (start-up time).
    """
    tags = sorted(tables)
    n = len(tags)
    sel = max(0, n.bit_length() - 1)
    search = (2 ** sel) * 16
    header = struct.pack(">4sHHHH", version, n, search, sel, n * 16 - search)
    offset = 12 + 16 * n
    records, body, table_sums = [], [], 0
    if b"head" in tables:  # checkSumAdjustment is 0 while checksums are computed
        head = bytearray(tables[b"head"])
        head[8:12] = b"\0\0\0\0"
        tables[b"head"] = bytes(head)
        sums.pop(b"head", None)
    for tag in tags:
        data = tables[tag]
        checksum = sums[tag] if tag in sums else _checksum(data)
        table_sums += checksum
        records.append(struct.pack(">4sIII", tag, checksum, offset, len(data)))
        padded = data + b"\0" * (-len(data) % 4)
        body.append(padded)
        offset += len(padded)
    directory = header + b"".join(records)
    font = bytearray(directory + b"".join(body))
    if b"head" in tables:
        head_off = len(directory) + sum(len(b) for t, b in zip(tags, body) if t < b"head")
        adjust = (0xB1B0AFBA - _checksum(directory) - table_sums) & 0xFFFFFFFF
        font[head_off + 8:head_off + 12] = struct.pack(">I", adjust)
    return bytes(font)


def _renamed(name_table: bytes, family: str) -> bytes:
    """The `name` table with family / full / PostScript / unique names set to `family`."""
    fmt, count, storage = struct.unpack(">HHH", name_table[:6])
    new_text = {1: family, 3: family, 4: family, 6: family.replace(" ", ""), 16: family, 21: family}
    records, strings = [], bytearray()
    for i in range(count):
        pid, eid, lid, nid, length, off = struct.unpack(">6H", name_table[6 + 12 * i:18 + 12 * i])
        if lid >= 0x8000:
            continue  # language-tag records (format 1) are dropped with the tags
        raw = name_table[storage + off:storage + off + length]
        if nid in new_text:
            text = new_text[nid]
            raw = text.encode("mac_roman", "replace") if pid == 1 else text.encode("utf-16-be")
        records.append((pid, eid, lid, nid, len(raw), len(strings)))
        strings += raw
    head = struct.pack(">HHH", 0, len(records), 6 + 12 * len(records))
    return head + b"".join(struct.pack(">6H", *r) for r in records) + bytes(strings)


def scaled_font_data(data: bytes, scale: float, family: str,
                     ink: tuple[float, float] | None = None) -> bytes:
    """A copy of TrueType/OpenType font `data` drawn `scale` times larger, named `family`.

    `ink` = (ascent, descent) of everyday text in the font's own units: the line metrics are
    trimmed to it (never grown). The DSIG signature, which no longer matches, is dropped.
    """
    version, tables, sums = _read_sfnt(data)
    for changed in (b"head", b"hhea", b"OS/2", b"name"):
        sums.pop(changed, None)
    head = bytearray(tables[b"head"])
    (upm,) = struct.unpack(">H", head[18:20])
    struct.pack_into(">H", head, 18, max(16, min(16384, round(upm / scale))))
    tables[b"head"] = bytes(head)
    if ink:
        asc, desc = int(round(ink[0])), int(round(ink[1]))
        if b"hhea" in tables:
            hhea = bytearray(tables[b"hhea"])
            a, d = struct.unpack(">hh", hhea[4:8])
            struct.pack_into(">hhh", hhea, 4, min(a, asc), max(d, -desc), 0)
            tables[b"hhea"] = bytes(hhea)
        if b"OS/2" in tables and len(tables[b"OS/2"]) >= 78:
            os2 = bytearray(tables[b"OS/2"])
            ta, td = struct.unpack(">hh", os2[68:72])
            wa, wd = struct.unpack(">HH", os2[74:78])
            struct.pack_into(">hhhHH", os2, 68, min(ta, asc), max(td, -desc), 0,
                             min(wa, asc), min(wd, desc))
            tables[b"OS/2"] = bytes(os2)
    if b"name" in tables:
        tables[b"name"] = _renamed(tables[b"name"], family)
    tables.pop(b"DSIG", None)
    return _write_sfnt(version, tables, sums)


def font_file_of(family: str) -> str | None:
    """The file an installed family comes from (fontconfig where there is one, else by name)."""
    import shutil
    import subprocess  # here: asked once, then remembered (Fonts._file_of); start-up needs neither

    exe = shutil.which("fc-match")
    if exe:
        try:
            out = subprocess.run([exe, "--format=%{file}|%{family}", f"{family}:style=Regular"],
                                 capture_output=True, text=True, timeout=5).stdout
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


def _ink_extent(family: str, units: int) -> tuple[float, float] | None:
    """(ascent, descent) of the everyday sample's ink in font units, with a little headroom."""
    font = QFont(family)
    font.setPixelSize(units)
    rect = QFontMetricsF(font).tightBoundingRect(script.TIBETAN_INK_SAMPLE)
    if rect.height() <= 0:
        return None
    return -rect.top() * 1.12, rect.bottom() * 1.12


def scaled_tibetan_data(family: str, path: str | None, scale: float) -> bytes | None:
    """The scaled copy of `family` (from the font file `path`), or None when none is made."""
    if not path or scale <= 1.02 or not path.lower().endswith((".ttf", ".otf")):
        return None
    try:
        data = Path(path).read_bytes()
        _version, tables, _sums = _read_sfnt(data)
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
SCALED_COPY_FORMAT = 1


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

    def __init__(self, settings: QSettings | None = None, parent: QObject | None = None,
                 scale_copy: bool = True):
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
        return FontChoice(tib, zh, scale, size, tib_file if tib_pref else "",
                          zh_file if zh_pref else "", problems, render)

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
                return scale, ""          # no copy could be made from these fonts (a .ttc …)
            fams = add_font_file(file)
            if tib + SCALED_SUFFIX not in fams:
                return None, ""           # the cached file is gone or damaged: make it again
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
                self._settings.setValue(_KEY_SCALED_COPY, json.dumps({
                    "source": [SCALED_COPY_FORMAT, tib, zh or "", path, _file_stamp(path)],
                    "scale": scale, "file": file}))
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
            os.replace(tmp, target)      # atomic: another copy of the program never reads half
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


# --- start-up check and the Settings box -------------------------------------------------------

def warn_if_fonts_missing(parent=None) -> str | None:
    """At start-up: say in a message box what to install when a font is missing; the text or None."""
    from PySide6.QtWidgets import QMessageBox

    message = missing_fonts_message()
    if message:
        QMessageBox.warning(parent, QCoreApplication.translate("Fonts", "Fonts missing"), message)
    return message


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

    def translateUI(self) -> None:  # noqa: N802
        self.setTitle(self.tr("Fonts"))
        self._tib_caption.setText(self.tr("Tibetan font:"))
        self._zh_caption.setText(self.tr("Chinese font:"))
        self.tibetan_button.setText(self.tr("Choose a Tibetan font file…"))
        self.chinese_button.setText(self.tr("Choose a Chinese font file…"))
        self.reset_button.setText(self.tr("Use the installed fonts"))
        self._refresh()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.translateUI()
        super().changeEvent(event)

    def _describe(self, family: str | None, path: str, scale: float | None = None) -> str:
        if not family:
            return self.tr("none found")
        from ui.i18n import Word, language

        if scale is None:
            return f"{family} ({path or self.tr('installed')})"
        # "installed" is a word: each half of bilingual text gets its own language's word
        return language().fill("FontSettingsBox", _DRAWN_LARGER, family, path or Word(_INSTALLED),
                               f"{scale:.2f}")

    def _refresh(self) -> None:
        c = self._fonts.choice
        self.tibetan_label.setText(self._describe(c.tibetan_family, c.tibetan_file, c.tibetan_scale))
        self.chinese_label.setText(self._describe(c.chinese_family, c.chinese_file))
        from app import i18n as app_i18n

        self.sample.setText(app_i18n.translate(_SAMPLE, "bo", "FontSettingsBox") + "  "
                            + app_i18n.translate(_SAMPLE, "zh", "FontSettingsBox"))
        missing = missing_fonts_message()
        problems = list(c.problems) + ([missing] if missing else []) + self._pdf_problems
        self.problem.setText("\n".join(problems))
        self.problem.setVisible(bool(problems))

    def _choose(self, which: str) -> None:
        from PySide6.QtWidgets import QFileDialog

        caption = self.tr("Choose a Tibetan font file") if which == "tibetan" else \
            self.tr("Choose a Chinese font file")
        path, _ = QFileDialog.getOpenFileName(self, caption, "",
                                              self.tr("Font files (*.ttf *.otf *.ttc)"))
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
