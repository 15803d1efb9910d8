"""What goes into the bundled program folder, for bundling/dualbase.spec (issue #22).

Kept apart from the spec so that tests can check the choices without running PyInstaller:
which Qt modules stay out, which Qt translations stay in, which fonts travel (free ones only,
each with its licence), and the Windows version resource.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

BUNDLE_NAME = "DualBaseLedger"

# The program uses QtCore, QtGui, QtWidgets (and QtPrintSupport for printing). PySide6-Essentials
# brings twenty more bindings; left out, they and the Qt libraries only they need stay out of
# the folder (QML/Quick alone is ~40 MB). Test, build and notebook tools never belong in it.
EXCLUDED_QT = [
    "QtQml",
    "QtQuick",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtNetwork",
    "QtSql",
    "QtTest",
    "QtDesigner",
    "QtHelp",
    "QtUiTools",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtConcurrent",
    "QtDBus",
    "QtXml",
    "QtSvgWidgets",
]
EXCLUDED_MODULES = ["PySide6." + name for name in EXCLUDED_QT] + [
    "tkinter",
    "pytest",
    "_pytest",
    "pytestqt",
    "IPython",
    "numpy",
    "matplotlib",
    "PyInstaller",
    "setuptools",
    "pip",
    "lib2to3",
    "pydoc_data",
]

# Qt's own translations: the program shows Chinese (ours first, then qtbase_zh_CN for texts we
# do not list) and Tibetan (ours only: Qt ships none). The other 60 languages stay out.
_QT_TRANSLATION = re.compile(r"[\\/]translations[\\/]([a-z_]+?)_([a-zA-Z_]+)\.qm$")
KEPT_QT_LANGUAGES = ("zh_CN",)


def keep_data(dest: str) -> bool:
    """Whether a data file PyInstaller collected belongs in the folder (by destination path)."""
    normalised = dest.replace("\\", "/")
    if "/Qt/translations/" in normalised or normalised.startswith("PySide6/Qt/translations"):
        match = _QT_TRANSLATION.search(dest)
        return bool(match) and match.group(2) in KEPT_QT_LANGUAGES
    return True


# Qt plugins an office laptop's window needs: the platform (X11/Wayland on Linux, Windows), the
# offscreen/minimal platforms for --smoke-test, the image formats of our icons. The rest pull in
# system libraries (the GTK theme plugin alone brings GTK, cairo, GIO) for nothing we use.
_PLUGIN_DIRS_DROPPED = {
    "egldeviceintegrations",
    "generic",
    "platformthemes",
    "wayland-graphics-integration-client",
    "wayland-decoration-client",
    "xcbglintegrations",
    "networkinformation",
    "tls",
    "sqldrivers",
    "qmltooling",
    "designer",
    "virtualkeyboard",
}
_PLATFORMS_KEPT = {"qxcb", "qwayland", "qoffscreen", "qminimal", "qwindows", "qdirect2d"}
_IMAGE_FORMATS_KEPT = {"qico", "qjpeg", "qsvg", "qgif"}


def keep_binary(dest: str) -> bool:
    """Whether a binary PyInstaller collected belongs in the folder (by destination path)."""
    parts = dest.replace("\\", "/").split("/")
    if "plugins" not in parts[:-1]:
        return True
    kind = parts[parts.index("plugins") + 1]
    stem = parts[-1].split(".")[0].removeprefix("lib")
    if kind in _PLUGIN_DIRS_DROPPED:
        return False
    if kind == "platforms":
        return stem in _PLATFORMS_KEPT
    if kind == "imageformats":
        return stem in _IMAGE_FORMATS_KEPT
    if kind == "wayland-shell-integration":
        return stem in ("libxdg-shell", "xdg-shell")
    return True


# Free fonts the PDFs can use where the office's system lacks them: a Tibetan TrueType font and a
# Han one (ReportLab embeds TrueType only, DESIGN §5), plus a Latin one. Windows' own Microsoft
# Himalaya / SimSun are not redistributable and never bundled — a Windows laptop has them anyway.
FREE_FONTS = {
    "NotoSerifTibetan-Regular.ttf": "Noto Serif Tibetan (SIL Open Font License 1.1)",
    "NotoSerifTibetan-Bold.ttf": "Noto Serif Tibetan (SIL Open Font License 1.1)",
    "TibetanMachineUni.ttf": "Tibetan Machine Uni (GPL 2 or later, with font exception)",
    "wqy-microhei.ttc": "WenQuanYi Micro Hei (Apache 2.0 or GPL 3 with font exception)",
    "DejaVuSans.ttf": "DejaVu Sans (Bitstream Vera licence, public-domain changes)",
    "DejaVuSans-Bold.ttf": "DejaVu Sans (Bitstream Vera licence, public-domain changes)",
}
FONT_ROLES = {"tibetan": ("NotoSerifTibetan-Regular.ttf", "TibetanMachineUni.ttf"), "han": ("wqy-microhei.ttc",)}


def _system_font_dirs() -> list[Path]:
    dirs = [
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        Path.home() / ".local" / "share" / "fonts",
        Path.home() / ".fonts",
    ]
    windir = os.environ.get("WINDIR")
    if windir:
        dirs.append(Path(windir) / "Fonts")
    local = os.environ.get("LOCALAPPDATA")
    if local:
        dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    return [d for d in dirs if d.is_dir()]


def find_free_fonts(extra_dirs: list[Path]) -> dict[str, Path]:
    """File name -> path of every FREE_FONTS file found (extra_dirs first, then the system's)."""
    found: dict[str, Path] = {}
    for root in list(extra_dirs) + _system_font_dirs():
        if not root.is_dir():
            continue
        for dirpath, _dirs, files in os.walk(root):
            for name in files:
                if name in FREE_FONTS and name not in found:
                    found[name] = Path(dirpath) / name
    return found


def licence_text(font: Path, extra_dirs: list[Path]) -> str | None:
    """The font's licence: a LICENSE file beside it in bundling/fonts, else its Debian package's
    copyright file; None when neither is found (then the font is not bundled)."""
    for folder in extra_dirs:
        for candidate in (folder / f"{font.stem}.LICENSE.txt", folder / "LICENSE.txt", folder / "OFL.txt"):
            if candidate.is_file() and font.parent == folder:
                return candidate.read_text(encoding="utf-8", errors="replace")
    if shutil.which("dpkg-query"):
        result = subprocess.run(
            ["dpkg-query", "-S", str(font)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
        )
        package = result.stdout.split(":", 1)[0].strip() if result.returncode == 0 else ""
        copyright_file = Path("/usr/share/doc") / package / "copyright"
        if package and copyright_file.is_file():
            return copyright_file.read_text(encoding="utf-8", errors="replace")
    return None


def bundle_fonts(root: Path) -> list[str]:
    """Stage the free fonts and their licences in build/fonts; the files to put in `fonts/`."""
    extra = [root / "bundling" / "fonts"]
    staging = root / "build" / "fonts"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    files: list[str] = []
    notes = [
        "Fonts bundled with 双基台账 · Dual-Base Ledger for its PDF reports and cards.",
        "The program prefers the fonts installed on the computer and uses these where",
        "the computer lacks them. Each font's licence is in the file named after it.",
        "",
    ]
    for name, path in sorted(find_free_fonts(extra).items()):
        text = licence_text(path, extra)
        if text is None:
            print(f"bundle: leaving out {path}: its licence was not found", file=sys.stderr)
            continue
        target = staging / name
        shutil.copyfile(path, target)
        licence = staging / f"{Path(name).stem}.LICENSE.txt"
        licence.write_text(text, encoding="utf-8")
        files += [str(target), str(licence)]
        notes.append(f"{name}: {FREE_FONTS[name]}")
    (staging / "README.txt").write_text("\n".join(notes) + "\n", encoding="utf-8")
    files.append(str(staging / "README.txt"))
    return files


def windows_version_info(build_dir: Path, name: str, version: str) -> str:
    """A version resource file for the .exe (Explorer's Properties → Details)."""
    numbers = [int(n) for n in re.findall(r"\d+", version)[:3]] + [0, 0, 0, 0]
    quad = tuple(numbers[:4])
    build_dir.mkdir(parents=True, exist_ok=True)
    path = build_dir / f"version-{name.encode('utf-8').hex()}.txt"
    path.write_text(
        f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={quad}, prodvers={quad}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('080404b0', [
      StringStruct('CompanyName', '双基联动金融服务工作室'),
      StringStruct('FileDescription', '双基台账 · Dual-Base Ledger'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('InternalName', '{name}'),
      StringStruct('OriginalFilename', '{name}.exe'),
      StringStruct('ProductName', '双基台账 · Dual-Base Ledger'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [2052, 1200])])
  ]
)
""",
        encoding="utf-8",
    )
    return str(path)


def project_version(root: Path) -> str:
    """The version in pyproject.toml (the bundle and the wheel carry the same one)."""
    import tomllib

    with open(root / "pyproject.toml", "rb") as handle:
        return tomllib.load(handle)["project"]["version"]
