"""Find, check and register the three TrueType fonts every PDF of the project uses.

ReportLab does no font fallback: each script run must be set in a font that has its glyphs
(DESIGN §5).  This module picks one font per *role*:

- ``"tibetan"``: Noto Serif Tibetan, Microsoft Himalaya, Tibetan Machine Uni, Jomolhari, Monlam;
- ``"han"``: SimSun, Microsoft YaHei, SimHei, WenQuanYi Micro/Zen Hei, AR PL UMing, Noto CJK
  (only a TrueType build: the usual Noto CJK .ttc has CFF outlines, which ReportLab cannot embed);
- ``"latin"``: DejaVu Sans, Noto Sans, Arial, Calibri, Liberation Sans — or the Han font when
  no Latin font is installed and the Han font has Latin letters.

Public API::

        What every PDF writer calls: ``ensure_fonts`` with the files chosen in Settings for this
        register (app.services.pdf_fonts.font_paths), or with ``paths`` when given.
    check_choice(role, path) -> FontError | None   why a chosen file cannot be used, or None
    ensure_fonts(paths: dict | None = None) -> FontSet
        Find (system folders, then ``fc-list``) or take from ``paths`` — the Settings dict
        {"tibetan": path, "han": path, "latin": path}; empty or missing keys mean "find it";
        a ``.ttc`` path may end in ``#N`` to pick subfont N — check, register with ReportLab
        (bold variants too, and a font family so ``<b>`` works) and return the FontSet.
        Cached; the last call's FontSet is also what :func:`active` returns.  Also makes the
        Latin font ReportLab's initial canvas font (rl_config.canvas_basefontname), so no
        un-embedded Helvetica creeps into a PDF.
        Raises :class:`exports.pdf.errors.FontError` (a DomainError with ``text(lang)``).
    active() -> FontSet                 the FontSet of the last ensure_fonts call (or a default one)
    FontSet.tibetan / .han / .latin     Face: .name (ReportLab font name), .bold_name, .path,
                                        .family, .ps_name, .scale (size factor; Tibetan > 1),
                                        .covers(ch)
    FontSet.report() -> list[dict]      what the Settings page shows: role, family, path, bold
    FontSet.font_for(ch, preferred)     a registered font name covering ``ch`` or None
    is_truetype(path, index=0) -> bool  the file check used for every candidate
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import struct
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

from exports.pdf.errors import (
    FontError,
    REASON_CFF,
    REASON_NO_COVERAGE,
    REASON_NOT_FOUND,
    REASON_NOT_INSTALLED,
    REASON_NOT_TRUETYPE,
)

ROLES = ("tibetan", "han", "latin")

# Candidate files per role, best first: (regular file name, bold file name or None).
# Names are matched case-insensitively anywhere under the font folders.
CANDIDATES: dict[str, list[tuple[str, str | None]]] = {
    "tibetan": [
        ("NotoSerifTibetan-Regular.ttf", "NotoSerifTibetan-Bold.ttf"),
        ("himalaya.ttf", None),
        ("TibetanMachineUni.ttf", None),
        ("Jomolhari-alpha3c-0605331.ttf", None),
        ("Jomolhari.ttf", None),
        ("monlam_uni_ouchan2.ttf", None),
        ("MonlamUniOuChan2.ttf", None),
    ],
    "han": [
        ("simsun.ttc", None),
        ("msyh.ttc", "msyhbd.ttc"),
        ("simhei.ttf", None),
        ("wqy-microhei.ttc", None),
        ("wqy-zenhei.ttc", None),
        ("uming.ttc", None),
        ("NotoSerifCJK-Regular.ttc", "NotoSerifCJK-Bold.ttc"),
        ("NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc"),
        ("DroidSansFallbackFull.ttf", None),
    ],
    "latin": [
        ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
        ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
        ("arial.ttf", "arialbd.ttf"),
        ("calibri.ttf", "calibrib.ttf"),
        ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    ],
}

# A character each role's font must have: refuses e.g. a Latin font chosen as "Tibetan".
PROBE = {"tibetan": "\u0f40", "han": "\u4e2d", "latin": "A"}
# fontconfig language tags for the last-resort `fc-list` search.
FC_LANG = {"tibetan": "bo", "han": "zh-cn", "latin": "en"}

# Tibetan letters in these fonts are small next to Han at the same point size.  The factor
# makes the body of ཨ about TIBETAN_BODY of the nominal size (Noto Serif Tibetan: ~1.36x).
TIBETAN_BODY = 0.8
TIBETAN_SCALE_RANGE = (1.15, 1.8)
TIBETAN_SCALE_DEFAULT = 1.4


def font_dirs() -> list[Path]:
    """Folders that hold installed fonts on this system (existing ones only)."""
    home = Path.home()
    dirs: list[Path] = []
    if sys.platform.startswith("win"):
        windir = os.environ.get("WINDIR") or os.environ.get("SystemRoot") or r"C:\Windows"
        dirs.append(Path(windir) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        dirs += [Path("/System/Library/Fonts"), Path("/Library/Fonts"), home / "Library" / "Fonts"]
    else:
        data_home = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
        dirs += [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), data_home / "fonts", home / ".fonts"]
    # Last: the free fonts the bundled program carries (bundling/dualbase.spec), for a computer
    # that has no Tibetan or Han TrueType font of its own. Installed fonts win (first found wins).
    dirs.append(bundled_fonts_dir())
    return [d for d in dirs if d.is_dir()]


def bundled_fonts_dir() -> Path:
    """`fonts/` inside the bundled program folder (PyInstaller's sys._MEIPASS); in a source
    checkout the same place relative to the code, which does not exist."""
    base = getattr(sys, "_MEIPASS", None)
    return Path(base if base else Path(__file__).resolve().parents[2]) / "fonts"


@functools.lru_cache(maxsize=1)
def _installed_files() -> dict[str, str]:
    """lower-case file name -> path, over every font folder (first found wins)."""
    index: dict[str, str] = {}
    for root in font_dirs():
        for dirpath, _dirs, files in os.walk(root):
            for name in files:
                if name.lower().endswith((".ttf", ".ttc", ".otf")):
                    index.setdefault(name.lower(), os.path.join(dirpath, name))
    return index


def _sfnt_tables(path: str, index: int = 0) -> set[bytes] | None:
    """Table tags of an sfnt font file (subfont `index` of a collection), None if not sfnt."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(12)
            if len(head) < 12:
                return None
            offset = 0
            if head[:4] == b"ttcf":
                count = struct.unpack(">I", head[8:12])[0]
                if not 0 <= index < count:
                    return None
                fh.seek(12 + 4 * index)
                offset = struct.unpack(">I", fh.read(4))[0]
                fh.seek(offset)
                head = fh.read(12)
            if head[:4] not in (b"\x00\x01\x00\x00", b"true", b"OTTO"):
                return None  # includes WOFF/WOFF2, Type 1 and anything that is no font
            num_tables = struct.unpack(">H", head[4:6])[0]
            records = fh.read(16 * num_tables)
            return {records[i * 16 : i * 16 + 4] for i in range(num_tables)}
    except (OSError, struct.error):
        return None


def check_file(path: str, index: int = 0) -> str | None:
    """None when `path` is a TrueType-outline font ReportLab can embed, else a REASON_*."""
    if not os.path.isfile(path):
        return REASON_NOT_FOUND
    tables = _sfnt_tables(path, index)
    if tables is None:
        return REASON_NOT_TRUETYPE
    if b"CFF " in tables or b"CFF2" in tables:
        return REASON_CFF
    if b"glyf" not in tables or b"cmap" not in tables:
        return REASON_NOT_TRUETYPE
    return None


def is_truetype(path: str, index: int = 0) -> bool:
    return check_file(path, index) is None


def _split_index(spec: str) -> tuple[str, int]:
    """ "font.ttc#1" -> ("font.ttc", 1); a path without a subfont suffix gets index 0."""
    m = re.fullmatch(r"(.*\.tt[cf])#(\d+)", spec, flags=re.IGNORECASE)
    return (m.group(1), int(m.group(2))) if m else (spec, 0)


@dataclass
class Face:
    """One role's font as registered with ReportLab."""

    role: str
    path: str
    index: int
    name: str  # ReportLab font name for <font name=...>
    bold_name: str  # the bold variant's name, or `name` when there is none
    bold_path: str | None
    family: str  # the font's own family name, for people
    cmap: frozenset[int] = field(repr=False, default=frozenset())
    scale: float = 1.0  # size factor relative to the nominal size (Tibetan > 1)
    ps_name: str = ""  # PostScript name, as pdffonts lists it (after the subset tag)

    def covers(self, ch: str) -> bool:
        return ord(ch) in self.cmap


@dataclass
class FontSet:
    tibetan: Face
    han: Face
    latin: Face
    #: characters no font covers, replaced by a placeholder in some PDF (see text.py)
    missing: set[str] = field(default_factory=set)

    def faces(self) -> list[Face]:
        return [self.tibetan, self.han, self.latin]

    def face(self, role: str) -> Face:
        return getattr(self, role)

    def font_for(self, ch: str, preferred: str = "latin", bold: bool = False) -> str | None:
        """Name of a registered font that has `ch`: the preferred role's first, then the others."""
        order = [self.face(preferred)] + [f for f in (self.latin, self.han, self.tibetan) if f.role != preferred]
        for face in order:
            if face.covers(ch):
                return face.bold_name if bold else face.name
        return None

    def report(self) -> list[dict]:
        """Which fonts PDFs use, for the Settings page: one dict per role."""
        return [
            dict(
                role=f.role,
                family=f.family,
                path=f.path,
                subfont=f.index,
                bold_path=f.bold_path,
                scale=round(f.scale, 2),
            )
            for f in self.faces()
        ]


def _fc_list(role: str) -> list[str]:
    """Font files fontconfig knows for the role's language (optional; [] without fc-list)."""
    exe = shutil.which("fc-list")
    if not exe:
        return []
    try:
        out = subprocess.run([exe, f":lang={FC_LANG[role]}", "file"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return sorted(line.strip().rstrip(":") for line in out.splitlines() if line.strip())


# Syllables of everyday names and words, stacks and vowels included: their ink decides the
# ascent/descent ReportLab uses to place lines (the fonts' own metrics allow for rare Sanskrit
# stacks and would double the line height).
TIBETAN_SAMPLE = "ཀི་ཀྱི་སྒྲོ་བསྒྲུབས་རྐྱེན་ཧཱུྃ་སྐྱོང་ཕྱུག་གྲུབ་རྒྱུ་བཀྲ་ཤིས་ཚེ་རིང་རྡོ་རྗེ་སྒྲོལ་མ་དབྱངས་ལྷུན་སྒྲུབ་ཕྱོགས་གཡུ་སྒྲོན་རྣམ་རྒྱལ་"


def _tibetan_metrics(path: str, index: int) -> tuple[float, float, float] | None:
    """(size factor, ink top, ink bottom in em) of a Tibetan font, None if unmeasurable.

    The factor makes the body of ཨ about TIBETAN_BODY of the nominal size, so Tibetan looks as
    large as Han set at the same nominal size.
    """
    try:
        import uharfbuzz as hb

        face = hb.Face(hb.Blob.from_file_path(path), index)
        font = hb.Font(face)
        upem = face.upem
        ext = font.get_glyph_extents(font.get_nominal_glyph(0x0F68))  # ཨ: no tail, no vowel
        body = -ext.height / upem
        buf = hb.Buffer()
        buf.add_str(TIBETAN_SAMPLE)
        buf.guess_segment_properties()
        hb.shape(font, buf, {})
        top = bottom = 0.0
        for info, pos in zip(buf.glyph_infos, buf.glyph_positions):
            g = font.get_glyph_extents(info.codepoint)
            if g:
                top = max(top, (pos.y_offset + g.y_bearing) / upem)
                bottom = min(bottom, (pos.y_offset + g.y_bearing + g.height) / upem)
    except Exception:  # noqa: BLE001 - no uharfbuzz, or an odd font: keep the font's own metrics
        return None
    if body <= 0 or top <= 0:
        return None
    low, high = TIBETAN_SCALE_RANGE
    return min(high, max(low, TIBETAN_BODY / body)), top, bottom


def _reportlab_name(role: str, path: str, index: int) -> str:
    stem = re.sub(r"[^A-Za-z0-9]+", "", Path(path).stem)
    return f"DBL-{role}-{stem}-{index}"


#: ReportLab font names drawn emboldened (fill and stroke), with the stroke width in em
FAUX_BOLD: dict[str, float] = {}
#: ReportLab font names whose text HarfBuzz shapes: the Tibetan faces.  Han, Latin and digits
#: are drawn glyph for character as they are, so shaping them (and writing each glyph's
#: position into the page) is work for nothing (text.py)
SHAPED_FONTS: set[str] = set()
FAUX_BOLD_WEIGHT = 0.035


def _register(role: str, path: str, index: int, bold_path: str | None) -> Face:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    def load(name: str, file: str) -> TTFont:
        if name in pdfmetrics.getRegisteredFontNames():
            return pdfmetrics.getFont(name)
        # asciiReadable keeps ASCII text readable in the content stream (easier to debug and
        # to search); shapable lets HarfBuzz position Tibetan stacks.
        font = TTFont(name, file, subfontIndex=index if file == path else 0, asciiReadable=True, shapable=True)
        pdfmetrics.registerFont(font)
        return font

    name = _reportlab_name(role, path, index)
    font = load(name, path)
    bold_name = name
    if bold_path and check_file(bold_path) is None:
        bold_name = _reportlab_name(role, bold_path, 0)
        load(bold_name, bold_path)
    elif role == "han":
        # Han fonts with no bold face (WenQuanYi, SimSun) would print a bold heading's Chinese
        # half regular beside bold Tibetan and Latin: the same outlines under a second name are
        # drawn filled and stroked (text.py), as word processors embolden such fonts.
        bold_name = name + "-FauxBold"
        load(bold_name, path)
        FAUX_BOLD[bold_name] = FAUX_BOLD_WEIGHT
    # A family, so that <b> around our <font name=...> runs picks the bold variant.
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(name, bold, italic, bold_name if bold else name)
            addMapping(bold_name, bold, italic, bold_name if bold else name)
    family = _text(font.face.familyName)
    face = Face(
        role=role,
        path=path,
        index=index,
        name=name,
        bold_name=bold_name,
        bold_path=bold_path if bold_name != name else None,
        family=family,
        cmap=frozenset(font.face.charToGlyph),
        ps_name=_text(font.face.name),
    )
    if role == "tibetan":
        SHAPED_FONTS.update((name, bold_name))
        metrics = _tibetan_metrics(path, index)
        face.scale = metrics[0] if metrics else TIBETAN_SCALE_DEFAULT
        if metrics:
            # ReportLab places the first line at (box top - ascent) and sizes lines from
            # ascent - descent ("autoLeading"): use the ink of real text, with a little air.
            for f in {
                id(font.face): font.face,
                id(pdfmetrics.getFont(bold_name).face): pdfmetrics.getFont(bold_name).face,
            }.values():
                f.ascent = round(metrics[1] * 1000 * 1.03)
                f.descent = round(metrics[2] * 1000 * 1.03)
    return face


def _text(value) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _bold_partner(path: str, bold_file: str | None) -> str | None:
    if not bold_file:
        return None
    sibling = os.path.join(os.path.dirname(path), bold_file)
    if os.path.isfile(sibling):
        return sibling
    return _installed_files().get(bold_file.lower())


def _usable(role: str, path: str, index: int) -> str | None:
    """None when the file is TrueType and has the role's letters, else a REASON_*."""
    reason = check_file(path, index)
    if reason:
        return reason
    from reportlab.pdfbase.ttfonts import TTFontFace

    try:
        cmap = TTFontFace(path, subfontIndex=index).charToGlyph
    except Exception:  # noqa: BLE001 - ReportLab raises plain errors for a file that is no TrueType
        return REASON_NOT_TRUETYPE
    return None if ord(PROBE[role]) in cmap else REASON_NO_COVERAGE


def _find(role: str) -> tuple[str, int, str | None] | None:
    """(path, subfont index, bold path) of the best installed font for a role, or None."""
    files = _installed_files()
    for regular, bold in CANDIDATES[role]:
        path = files.get(regular.lower())
        if path and _usable(role, path, 0) is None:
            return path, 0, _bold_partner(path, bold)
    for path in _fc_list(role):
        if _usable(role, path, 0) is None:
            return path, 0, None
    return None


def _choose(role: str, spec: str | os.PathLike | None) -> tuple[str, int, str | None] | None:
    if spec:
        path, index = _split_index(os.fspath(spec))
        reason = _usable(role, path, index)
        if reason:
            raise FontError(role, reason, path)
        bold = next((b for r, b in CANDIDATES[role] if r.lower() == Path(path).name.lower()), None)
        return path, index, _bold_partner(path, bold)
    return _find(role)


_active: FontSet | None = None


@functools.lru_cache(maxsize=8)
def _ensure(key: tuple[tuple[str, str], ...]) -> FontSet:
    paths = dict(key)
    chosen = {role: _choose(role, paths.get(role)) for role in ROLES}
    for role in ("tibetan", "han"):
        if chosen[role] is None:
            raise FontError(role, REASON_NOT_INSTALLED)
    faces = {role: _register(role, *chosen[role]) for role in ("tibetan", "han")}
    if chosen["latin"] is not None:
        faces["latin"] = _register("latin", *chosen["latin"])
    elif faces["han"].covers("A") and faces["han"].covers("0"):
        faces["latin"] = faces["han"]  # e.g. YaHei / Micro Hei have good Latin letters
    else:
        raise FontError("latin", REASON_NOT_INSTALLED)
    return FontSet(**faces)


def ensure_fonts(paths: Mapping[str, str | os.PathLike | None] | None = None) -> FontSet:
    """The checked, registered FontSet for these Settings paths (None: find all on the system)."""
    global _active
    key = tuple(sorted((role, os.fspath(p)) for role, p in (paths or {}).items() if role in ROLES and p))
    for role, spec in key:
        # a chosen file removed since it was registered: say so rather than use the cached font
        if not os.path.isfile(_split_index(spec)[0]):
            raise FontError(role, REASON_NOT_FOUND, _split_index(spec)[0])
    _active = _ensure(key)
    # New canvases (and so every doc template) start in the embedded Latin font instead of
    # Helvetica, which is never embedded; tables still need text.table_commands().
    from reportlab import rl_config

    rl_config.canvas_basefontname = _active.latin.name
    return _active


def check_choice(role: str, spec: str | os.PathLike) -> FontError | None:
    """Why a font file chosen for `role` cannot be used in a PDF (a FontError to show), or None."""
    path, index = _split_index(os.fspath(spec))
    reason = _usable(role, path, index)
    return FontError(role, reason, path) if reason else None


def active() -> FontSet:
    """The FontSet of the last :func:`ensure_fonts` call; finds the system fonts if none yet."""
    return _active if _active is not None else ensure_fonts()


def forget() -> None:
    """Forget cached searches (after fonts were installed or Settings changed)."""
    global _active
    _active = None
    for cached in (_installed_files, _ensure):
        # a test may have monkeypatched one with a plain function: nothing cached to clear then
        getattr(cached, "cache_clear", lambda: None)()
