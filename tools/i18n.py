"""Translation workflow for the Qt Linguist files in translations/ (run with the project's python).

    python tools/i18n.py update     # collect strings into app_zh_CN.ts and app_bo_CN.ts
    python tools/i18n.py build      # compile both .ts to .qm (no-op when up to date)
    python tools/i18n.py set --lang bo --context MainWindow "Save" "ཉར་ཚགས།"
    python tools/i18n.py load --lang bo strings.json   # many `set`s: [[context, source, text], ...]
    python tools/i18n.py reuse --lang bo  # short labels: take the translation used elsewhere
    python tools/i18n.py missing    # list what is still unfinished (exit 1 when anything is)

`update` gathers three kinds of strings and merges them into both .ts files:
1. every ``tr("...")`` / ``QCoreApplication.translate("Ctx", "...")`` in ui/ — by running Qt's own
   pyside6-lupdate over ui/**/*.py into a scratch file;
2. every ``N_("...")`` in app/, storage/ and exports/ (the Qt-free layers) into context "domain"
   — read with `ast`, so only literal strings count;
3. the texts Qt draws itself (standard buttons, message boxes, text-field context menus, the
   non-native file dialog), listed in QT_STANDARD below — Qt ships no Tibetan for them, so the
   project translates them; the Chinese side is prefilled from Qt's own qtbase_zh_CN.qm.
The merge keeps every existing translation, adds new strings as unfinished, marks strings no
longer in the sources "vanished" (kept for a reviewer, not compiled) and revives them when they
come back. The files stay valid for Qt Linguist (a reviewer corrects Tibetan there).
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import json
import os
import struct
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"
TS = {"zh": TRANSLATIONS / "app_zh_CN.ts", "bo": TRANSLATIONS / "app_bo_CN.ts"}
TS_LANGUAGE = {"zh": "zh_CN", "bo": "bo_CN"}
QT_SCANNED = ["ui"]  # folders whose tr() calls lupdate reads
N_SCANNED = ["app", "storage", "exports"]  # folders whose N_() marks are collected
DOMAIN = "domain"

# The strings Qt 6 itself shows in widgets this program uses, by Qt's translation context, exactly
# as qtbase's sources spell them (checked against the contexts in Qt's qtbase_zh_CN.qm):
# qplatformtheme.cpp (standard buttons), qmessagebox.cpp, qlineedit.cpp / qwidgettextcontrol.cpp
# (context menus), qabstractspinbox.cpp, qfiledialog.cpp / qfilesystemmodel.cpp (Qt's own file
# dialog, used when there is no native one), qprogressdialog.cpp, qinputdialog.cpp, qwizard.cpp.
# Checked against Qt 6.12 itself by logging every lookup these widgets make (a logging
# QTranslator, offscreen): shortcuts (Ctrl, Alt+Left) and QT_LAYOUT_DIRECTION are left to Qt.
QT_STANDARD: dict[str, list] = {
    "QPlatformTheme": [
        "OK",
        "Save",
        "Save All",
        "Open",
        "&Yes",
        "Yes to &All",
        "&No",
        "N&o to All",
        "Abort",
        "Retry",
        "Ignore",
        "Close",
        "Cancel",
        "Discard",
        "Help",
        "Apply",
        "Reset",
        "Restore Defaults",
    ],
    "QDialogButtonBox": ["OK"],
    "QMessageBox": ["Show Details...", "Hide Details..."],
    "QLineEdit": ["&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"],
    "QWidgetTextControl": ["&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All", "Copy &Link Location"],
    "QAbstractSpinBox": ["&Select All", "&Step up", "Step &down"],
    "QProgressDialog": ["Cancel"],
    "QInputDialog": ["Enter a value:"],
    "QWizard": [
        "&Finish",
        "&Help",
        "&Next",
        "&Next >",
        "< &Back",
        "Cancel",
        "Commit",
        "Continue",
        "Done",
        "Go Back",
        "Help",
    ],
    "QFileDialog": [
        "%1\nDirectory not found.\nPlease verify the correct directory name was given.",
        "%1\nFile not found.\nPlease verify the correct file name was given.",
        "%1 already exists.\nDo you want to replace it?",
        "&Choose",
        "&Delete",
        "&New Folder",
        "&Open",
        "&Rename",
        "&Save",
        "'%1' is write protected.\nDo you want to delete it anyway?",
        "All Files (*)",
        "All files (*)",
        "Are you sure you want to delete '%1'?",
        "Back",
        "Change to detail view mode",
        "Change to list view mode",
        "Could not delete directory.",
        "Create New Folder",
        "Create a New Folder",
        "Delete",
        "Detail View",
        "Directories",
        "Directory:",
        "Drive",
        "File",
        "File &name:",
        "File Folder",
        "Files",
        "Files of type:",
        "Find Directory",
        "Folder",
        "Forward",
        "Go back",
        "Go forward",
        "Go to the parent directory",
        "List View",
        "List of places and bookmarks",
        "Look in:",
        "My Computer",
        "New Folder",
        "Open",
        "Parent Directory",
        "Recent Places",
        "Remove",
        "Save As",
        "Show &hidden files",
        "Sidebar",
        "Unknown",
        # Qt 6 spells these two with mnemonics (older qtbase_zh_CN.qm still has them without)
        "&Look in:",
        "Files of &type:",
    ],
    # the type column of the file dialog; (source, disambiguation) where Qt gives one
    "QAbstractFileIconProvider": ["Drive", ("Folder", "All other platforms")],
    "QFileSystemModel": [
        "Computer",
        "Date Modified",
        "Invalid filename",
        "Kind",
        "My Computer",
        "Name",
        "Size",
        "Type",
    ],
    # Qt's print dialog (ui/printing.py), as a logging QTranslator saw it on Qt 6.11 with CUPS:
    # qprintdialog_unix.cpp and its .ui forms (the printer, the page range, copies, duplex)
    "QPrintDialog": [
        "&Options >>",
        "&Options <<",
        "&Print",
        "All Pages",
        "Even Pages",
        "Odd Pages",
        "Print",
        "Print to File (PDF)",
    ],
    "QPrintSettingsOutput": [
        "Collate",
        "Color",
        "Color Mode",
        "Copies",
        "Copies:",
        "Current Page",
        "Double Sided Printing",
        "Grayscale",
        "Long side binding",
        "Off",
        "Options",
        "Output Settings",
        "Page &Set:",
        "Pages",
        "Pages from",
        "Print all",
        "Print range",
        "Reverse",
        "Selection",
        "Short side binding",
        "Specify pages or ranges separated by commas. Ranges are specified by two numbers separated "
        "by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.",
        "to",
    ],
    "QPrintWidget": ["&Name:", "Location:", "Output &file:", "P&roperties", "Preview", "Printer", "Type:"],
}


# --- one writer at a time ---------------------------------------------------------------------------
# Several helpers run `set` / `update` in the same tree at once: without a lock, two
# read-modify-write cycles overlap and one side's translations are lost.


@contextlib.contextmanager
def _locked(timeout: float = 60.0):
    lock = TRANSLATIONS / ".i18n.lock"
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + timeout
    while True:
        try:
            fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
            os.write(fd, str(os.getpid()).encode())
            os.close(fd)
            break
        except FileExistsError:
            try:
                if time.time() - lock.stat().st_mtime > 120:  # left by a killed process
                    lock.unlink()
                    continue
            except FileNotFoundError:
                continue
            if time.monotonic() > deadline:
                raise SystemExit(f"{lock} is held by another i18n command; try again")
            time.sleep(0.1)
    try:
        yield
    finally:
        try:
            lock.unlink()
        except FileNotFoundError:
            pass


# --- the .ts model ------------------------------------------------------------------------------

Key = tuple[str, str, str]  # (context, source, disambiguation comment)


@dataclass
class Found:
    """A string found in the sources, with where it was found (for Qt Linguist's source view)."""

    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    extracomment: str = ""
    locations: list[tuple[str, str]] = field(default_factory=list)  # (filename rel. to .ts, line)

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.comment)


def _parse(path: Path, lang: str) -> ET.Element:
    if path.exists():
        return ET.parse(path).getroot()
    root = ET.Element("TS", version="2.1", language=TS_LANGUAGE[lang])
    return root


def _write(root: ET.Element, path: Path) -> None:
    root.set("version", "2.1")
    ET.indent(root, space="    ")
    text = ET.tostring(root, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".ts.tmp")
    tmp.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8")
    os.replace(tmp, path)


def _contexts(root: ET.Element) -> dict[str, ET.Element]:
    return {(c.findtext("name") or ""): c for c in root.findall("context")}


def _message_key(ctx_name: str, msg: ET.Element) -> Key:
    return (ctx_name, msg.findtext("source") or "", msg.findtext("comment") or "")


def _messages(root: ET.Element):
    for ctx in root.findall("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.findall("message"):
            yield name, msg


def _translation_texts(msg: ET.Element) -> list[str]:
    tr = msg.find("translation")
    if tr is None:
        return []
    forms = tr.findall("numerusform")
    if msg.get("numerus") == "yes" or forms:
        return [f.text or "" for f in forms] or [tr.text or ""]
    return [tr.text or ""]


def is_finished(msg: ET.Element) -> bool:
    tr = msg.find("translation")
    if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    texts = _translation_texts(msg)
    return bool(texts) and all(t.strip() for t in texts)


def _is_live(msg: ET.Element) -> bool:
    tr = msg.find("translation")
    return tr is None or tr.get("type") not in ("obsolete", "vanished")


# --- collecting -----------------------------------------------------------------------------------


def _python_files(folder: str) -> list[Path]:
    base = ROOT / folder
    if not base.is_dir():
        return []
    return sorted(p for p in base.rglob("*.py") if "__pycache__" not in p.parts)


def _rel(path: Path) -> str:
    return os.path.relpath(path, TRANSLATIONS).replace(os.sep, "/")


def collect_n_marks() -> list[Found]:
    """Every ``N_("literal")`` in the Qt-free layers, as context "domain"."""
    found: dict[str, Found] = {}
    for folder in N_SCANNED:
        for path in _python_files(folder):
            try:
                tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            except SyntaxError as exc:
                print(f"warning: {path}: {exc}", file=sys.stderr)
                continue
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call) or not node.args:
                    continue
                fn = node.func
                name = fn.id if isinstance(fn, ast.Name) else fn.attr if isinstance(fn, ast.Attribute) else ""
                arg = node.args[0]
                if name == "N_" and isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    f = found.setdefault(arg.value, Found(DOMAIN, arg.value))
                    f.locations.append((_rel(path), str(node.lineno)))
    return list(found.values())


def _lrelease_dir() -> Path:
    return Path(sys.executable).parent


def _qt_tool(name: str) -> str:
    """A Qt tool ("pyside6-lupdate"): the binary in the PySide6 wheel, else the wrapper script."""
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    binary = name.replace("pyside6-", "")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        for cand in (Path(folder) / binary, Path(folder) / (binary + ".exe")):
            if cand.exists():
                return str(cand)
    for cand in (_lrelease_dir() / name, _lrelease_dir() / (name + ".exe")):
        if cand.exists():
            return str(cand)
    return name  # on PATH, or the error says which tool is missing


def collect_qt_sources() -> list[Found]:
    """Every tr()/translate() string in ui/, read by Qt's own pyside6-lupdate."""
    files = [str(p) for folder in QT_SCANNED for p in _python_files(folder)]
    if not files:
        return []
    fd, scratch = tempfile.mkstemp(suffix=".ts", dir=TRANSLATIONS)
    os.close(fd)
    os.unlink(scratch)  # lupdate must create it fresh (an empty file is not a valid .ts)
    try:
        proc = subprocess.run(
            [_qt_tool("pyside6-lupdate"), *files, "-locations", "absolute", "-no-obsolete", "-ts", scratch],
            capture_output=True,
            text=True,
        )
        if proc.returncode != 0:
            raise SystemExit(f"pyside6-lupdate failed:\n{proc.stdout}\n{proc.stderr}")
        root = ET.parse(scratch).getroot()
    finally:
        if os.path.exists(scratch):
            os.unlink(scratch)
    out: list[Found] = []
    scratch_dir = Path(scratch).parent
    for ctx_name, msg in _messages(root):
        f = Found(
            ctx_name,
            msg.findtext("source") or "",
            msg.findtext("comment") or "",
            numerus=msg.get("numerus") == "yes",
            extracomment=msg.findtext("extracomment") or "",
        )
        for loc in msg.findall("location"):
            fn = loc.get("filename") or ""
            # lupdate writes paths relative to the scratch file, which sits in translations/
            f.locations.append((_rel((scratch_dir / fn).resolve()) if fn else "", loc.get("line") or "0"))
        out.append(f)
    return out


def collect_qt_standard() -> list[Found]:
    out = []
    for ctx, sources in QT_STANDARD.items():
        for item in sources:
            src, comment = (item, "") if isinstance(item, str) else item
            out.append(Found(ctx, src, comment))
    return out


# --- Qt's own Chinese (qtbase_zh_CN.qm) -----------------------------------------------------------


def _qt_translations_dir() -> Path | None:
    try:
        import PySide6  # only for the path of the wheel's translations folder

        d = Path(PySide6.__file__).parent / "Qt" / "translations"
        return d if d.is_dir() else None
    except ImportError:
        return None


def read_qm(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) → translation from a compiled .qm (Qt's documented binary layout).

    Only used to prefill the Chinese side of Qt's standard texts from qtbase_zh_CN.qm.
    """
    data = path.read_bytes()
    if data[:16] != bytes.fromhex("3CB86418CAEF9C95CD211CBF60A1BDDD"):
        raise ValueError(f"{path} is not a .qm file")
    pos, sections = 16, {}
    while pos + 5 <= len(data):
        tag, ln = data[pos], struct.unpack(">I", data[pos + 1 : pos + 5])[0]
        sections[tag] = data[pos + 5 : pos + 5 + ln]
        pos += 5 + ln
    msgs, p, cur, out = sections.get(0x69, b""), 0, {}, {}
    while p < len(msgs):
        tag = msgs[p]
        p += 1
        if tag == 1:  # end of message
            if "src" in cur and cur.get("tr"):
                out[(cur.get("ctx", ""), cur["src"])] = cur["tr"][0]
            cur = {}
            continue
        ln = struct.unpack(">I", msgs[p : p + 4])[0]
        p += 4
        if ln == 0xFFFFFFFF:
            ln = 0
        chunk = msgs[p : p + ln]
        p += ln
        if tag == 3:
            cur.setdefault("tr", []).append(chunk.decode("utf-16-be"))
        elif tag in (6, 7, 8):
            cur[{6: "src", 7: "ctx", 8: "cmt"}[tag]] = chunk.decode("utf-8", "replace")
    return out


def qt_chinese() -> dict[tuple[str, str], str]:
    d = _qt_translations_dir()
    qm = d / "qtbase_zh_CN.qm" if d else None
    return read_qm(qm) if qm and qm.exists() else {}


# --- merging ----------------------------------------------------------------------------------------


def merge(root: ET.Element, found: list[Found], prefill: dict[tuple[str, str], str] | None = None) -> dict[str, int]:
    """Bring `root` in line with `found`; returns counts of added / vanished / revived messages."""
    prefill = prefill or {}
    counts = {"added": 0, "vanished": 0, "revived": 0}
    wanted = {f.key: f for f in found}
    contexts = _contexts(root)
    existing: dict[Key, ET.Element] = {}
    for ctx_name, msg in _messages(root):
        existing[_message_key(ctx_name, msg)] = msg

    for key, msg in existing.items():
        tr = msg.find("translation")
        if key in wanted:
            f = wanted[key]
            if tr is not None and tr.get("type") in ("obsolete", "vanished"):
                texts = _translation_texts(msg)
                if texts and all(t.strip() for t in texts):
                    del tr.attrib["type"]
                else:
                    tr.set("type", "unfinished")
                counts["revived"] += 1
            _set_locations(msg, f.locations)
        else:
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            if tr.get("type") not in ("obsolete", "vanished"):
                if not any(t.strip() for t in _translation_texts(msg)):
                    # nothing worth keeping for a reviewer
                    _remove_message(root, key[0], msg)
                else:
                    tr.set("type", "vanished")
                counts["vanished"] += 1
            _set_locations(msg, [])

    for key, f in wanted.items():
        if key in existing:
            continue
        ctx = contexts.get(f.context)
        if ctx is None:
            ctx = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = f.context
            contexts[f.context] = ctx
        msg = ET.SubElement(ctx, "message")
        if f.numerus:
            msg.set("numerus", "yes")
        _set_locations(msg, f.locations)
        ET.SubElement(msg, "source").text = f.source
        if f.comment:
            ET.SubElement(msg, "comment").text = f.comment
        if f.extracomment:
            ET.SubElement(msg, "extracomment").text = f.extracomment
        tr = ET.SubElement(msg, "translation")
        pre = prefill.get((f.context, f.source))
        if pre and not f.numerus:
            tr.text = pre
        else:
            tr.set("type", "unfinished")
            if f.numerus:
                ET.SubElement(tr, "numerusform")
        counts["added"] += 1
    # drop contexts left empty
    for ctx in list(root.findall("context")):
        if not ctx.findall("message"):
            root.remove(ctx)
    return counts


def _remove_message(root: ET.Element, ctx_name: str, msg: ET.Element) -> None:
    ctx = _contexts(root).get(ctx_name)
    if ctx is not None:
        ctx.remove(msg)


def _set_locations(msg: ET.Element, locations: list[tuple[str, str]]) -> None:
    for loc in msg.findall("location"):
        msg.remove(loc)
    for i, (fn, line) in enumerate(locations):
        msg.insert(i, ET.Element("location", filename=fn, line=line))


def update() -> None:
    found = collect_qt_sources() + collect_n_marks() + collect_qt_standard()
    seen: dict[Key, Found] = {}
    for f in found:  # the same string may be collected twice (ui translating "domain" strings)
        if f.key in seen:
            seen[f.key].locations.extend(f.locations)
        else:
            seen[f.key] = f
    found = list(seen.values())
    zh_prefill = qt_chinese()
    qt_only = {(ctx, src): t for (ctx, src), t in zh_prefill.items() if ctx in QT_STANDARD}
    for lang, path in TS.items():
        with _locked():
            root = _parse(path, lang)
            root.set("language", TS_LANGUAGE[lang])
            counts = merge(root, found, qt_only if lang == "zh" else None)
            _write(root, path)
        print(
            f"{path.name}: {len(found)} strings; added {counts['added']}, "
            f"vanished {counts['vanished']}, revived {counts['revived']}"
        )


# --- setting translations ---------------------------------------------------------------------------


def set_translation(root: ET.Element, context: str, source: str, text: str, comment: str = "") -> bool:
    """Make `text` the finished translation of (context, source); False when no such message."""
    for ctx_name, msg in _messages(root):
        if (
            ctx_name == context
            and (msg.findtext("source") or "") == source
            and (not comment or (msg.findtext("comment") or "") == comment)
        ):
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            if tr.get("type") not in ("obsolete", "vanished"):  # a dead string stays dead
                tr.attrib.pop("type", None)
            if msg.get("numerus") == "yes":
                for form in tr.findall("numerusform"):
                    tr.remove(form)
                tr.text = None
                ET.SubElement(tr, "numerusform").text = text
            else:
                tr.text = text
            return True
    return False


def set_many(lang: str, items: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    """Set several translations at once; returns the (context, source) pairs not found."""
    path = TS[lang]
    with _locked():
        root = _parse(path, lang)
        missing = [(c, s) for c, s, t in items if not set_translation(root, c, s, t)]
        _write(root, path)
    _forget_cached_catalogs()
    return missing


def _forget_cached_catalogs() -> None:
    try:
        sys.path.insert(0, str(ROOT))
        from app import i18n as app_i18n

        app_i18n.reload()
    except Exception:  # noqa: BLE001 - the tool must work even when the app does not import
        pass


def unfinished(lang: str) -> list[tuple[str, str]]:
    path = TS[lang]
    if not path.exists():
        return []
    root = ET.parse(path).getroot()
    return [(c, m.findtext("source") or "") for c, m in _messages(root) if _is_live(m) and not is_finished(m)]


def reuse(lang: str, max_len: int = 60) -> list[tuple[str, str, str]]:
    """Finish unfinished short strings with the translation the same source has elsewhere.

    A label such as "ID number" is written in many dialogs; once one context has it, the others
    may take it. Only sources up to `max_len` characters (labels, not sentences whose sense can
    depend on where they are shown), and only when every finished use agrees.
    """
    path = TS[lang]
    with _locked():
        root = _parse(path, lang)
        known: dict[str, set[str]] = {}
        for _c, m in _messages(root):
            if _is_live(m) and is_finished(m) and m.get("numerus") != "yes":
                known.setdefault(m.findtext("source") or "", set()).add(m.findtext("translation") or "")
        done = []
        for c, m in _messages(root):
            src = m.findtext("source") or ""
            if _is_live(m) and not is_finished(m) and len(src) <= max_len and m.get("numerus") != "yes":
                texts = known.get(src, set())
                if len(texts) == 1:
                    text = next(iter(texts))
                    set_translation(root, c, src, text, m.findtext("comment") or "")
                    done.append((c, src, text))
        _write(root, path)
    return done


# --- building ----------------------------------------------------------------------------------------


def build(force: bool = False) -> list[Path]:
    """Compile both .ts files to .qm; returns the .qm files written (none when up to date)."""
    sys.path.insert(0, str(ROOT))
    from app.i18n import build_qm

    return build_qm(force=force)


# --- command line ------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="tools/i18n.py", description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("update", help="collect strings from the sources into both .ts files")
    b = sub.add_parser("build", help="compile .ts to .qm (no-op when up to date)")
    b.add_argument("--force", action="store_true")
    s = sub.add_parser("set", help="set one finished translation")
    s.add_argument("--lang", choices=sorted(TS), required=True)
    s.add_argument("--context", required=True)
    s.add_argument("--comment", default="", help="disambiguation, when the source has one")
    s.add_argument("source")
    s.add_argument("translation")
    ld = sub.add_parser("load", help="set many translations from a JSON list [[ctx, source, text]]")
    ld.add_argument("--lang", choices=sorted(TS), required=True)
    ld.add_argument("file")
    r = sub.add_parser("reuse", help="finish short unfinished strings translated alike elsewhere")
    r.add_argument("--lang", choices=sorted(TS), required=True)
    r.add_argument("--max-len", type=int, default=60)
    m = sub.add_parser("missing", help="list unfinished translations")
    m.add_argument("--lang", choices=sorted(TS))
    m.add_argument("--json", action="store_true", help="print [[context, source], ...] per language")
    args = ap.parse_args(argv)

    if args.cmd == "update":
        update()
    elif args.cmd == "build":
        for p in build(force=args.force):
            print(f"wrote {p.relative_to(ROOT)}")
    elif args.cmd == "set":
        with _locked():
            root = _parse(TS[args.lang], args.lang)
            if not set_translation(root, args.context, args.source, args.translation, args.comment):
                print(
                    f"no message {args.source!r} in context {args.context!r} of "
                    f"{TS[args.lang].name}; run `update` first",
                    file=sys.stderr,
                )
                return 1
            _write(root, TS[args.lang])
    elif args.cmd == "load":
        items = json.loads(Path(args.file).read_text(encoding="utf-8"))
        missing = set_many(args.lang, [tuple(i) for i in items])
        for c, s_ in missing:
            print(f"not in {TS[args.lang].name}: [{c}] {s_!r}", file=sys.stderr)
        print(f"set {len(items) - len(missing)} of {len(items)}")
        return 1 if missing else 0
    elif args.cmd == "reuse":
        for c, s_, t in reuse(args.lang, args.max_len):
            print(f"[{c}] {s_!r} -> {t!r}")
    elif args.cmd == "missing":
        langs = [args.lang] if args.lang else sorted(TS)
        result = {lang: unfinished(lang) for lang in langs}
        if args.json:
            print(json.dumps(result, ensure_ascii=False, indent=1))
        else:
            for lang, items in result.items():
                for c, s_ in items:
                    print(f"{lang}\t{c}\t{s_!r}")
        return 1 if any(result.values()) else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
