"""Qt-free translation lookup.

The Qt Linguist `.ts` files in `translations/` are the single home of every Chinese and Tibetan
UI/message string (GLOSSARY: Tibetan text lives there, where a reviewer can correct it).  The GUI
loads the compiled `.qm` through QTranslator; the CLI, the domain errors and the exporters cannot
import Qt, so they read the same `.ts` XML here.

Domain code marks a translatable English source string with ``N_("...")`` (context "domain");
the translation tooling collects those marks into the `.ts` files.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import sys
from pathlib import Path
from typing import Literal

Lang = Literal["en", "zh", "bo"]
#: display modes: one language or both ("both" = bilingual, order from settings)
Mode = Literal["zh", "bo", "both", "en"]

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "translations"
TS_FILES = {"zh": "app_zh_CN.ts", "bo": "app_bo_CN.ts"}
# "bo+zh" / "zh+bo": bilingual catalogs (Tibetan first / Chinese first) compiled from the two .ts
# files, so the GUI's bilingual mode is one ordinary QTranslator (a Python QTranslator subclass
# would be called for every lookup — and PySide6 6.x leaks a reference to None on each such call,
# which crashes Python 3.11 at exit).
QM_FILES = {"zh": "app_zh_CN.qm", "bo": "app_bo_CN.qm", "bo+zh": "app_bo_zh.qm", "zh+bo": "app_zh_bo.qm"}

DOMAIN = "domain"


def N_(text: str) -> str:
    """Mark `text` as a translatable source string (context "domain"); returns it unchanged."""
    return text


@functools.lru_cache(maxsize=4)
def _catalog(lang: str) -> dict[tuple[str, str], str]:
    name = TS_FILES.get(lang)
    if not name:
        return {}
    path = TRANSLATIONS_DIR / name
    if not path.exists():
        return {}
    cached = _read_cached_catalog(path)
    if cached is not None:
        return cached
    catalog = _parse_catalog(path)
    _write_cached_catalog(path, catalog)
    return catalog


def _cache_path(ts: Path) -> Path:
    return ts.with_suffix(".catalog.json")


def _read_cached_catalog(ts: Path) -> dict[tuple[str, str], str] | None:
    """The catalog saved beside the .ts at its last parse, when the .ts has not changed since.

    Parsing a .ts file with ElementTree takes 40-50 ms and the GUI needs both languages (the
    language menu names each mode in its own script): the JSON copy loads in a few ms.
    """
    import json

    cache = _cache_path(ts)
    try:
        if cache.stat().st_mtime <= ts.stat().st_mtime:  # equal: written in the same tick, unsure
            return None
        rows = json.loads(cache.read_text(encoding="utf-8"))
        return {(ctx, src): text for ctx, src, text in rows}
    except (OSError, ValueError, TypeError):
        return None


def _write_cached_catalog(ts: Path, catalog: dict[tuple[str, str], str]) -> None:
    import json

    if getattr(sys, "frozen", False):
        return  # the bundled program never writes into its own folder (its cache ships with it)
    cache = _cache_path(ts)
    tmp = cache.with_name(f"{cache.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(json.dumps([[c, s, t] for (c, s), t in catalog.items()], ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, cache)  # atomic: a parallel process never reads half a file
    except OSError:
        # a read-only program folder: parse the .ts each start instead
        with contextlib.suppress(OSError):
            tmp.unlink()


def _parse_catalog(path: Path) -> dict[tuple[str, str], str]:
    catalog: dict[tuple[str, str], str] = {}
    # Our own file, shipped with the program: ElementTree is fine (no untrusted XML here).  Imported
    # here, as subprocess and tempfile below: start-up needs none of them (bench: start-up).
    import xml.etree.ElementTree as ET

    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        ctx_name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            src = msg.findtext("source")
            tr_el = msg.find("translation")
            if src is None or tr_el is None:
                continue
            if tr_el.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if tr_el.text:
                catalog[(ctx_name, src)] = tr_el.text
    return catalog


def translate(text: str, lang: str, context: str = DOMAIN) -> str:
    """`text` (English source) in `lang` ("en", "zh" or "bo"); the source when untranslated."""
    if lang == "en":
        return text
    return _catalog(lang).get((context, text), text)


def reload() -> None:
    """Forget cached catalogs (after the `.ts` files changed)."""
    _catalog.cache_clear()


def join_bilingual(zh: str, bo: str, tibetan_first: bool = True, sep: str = " / ") -> str:
    """One label carrying both scripts; empty halves are dropped, equal halves shown once."""
    parts = [bo, zh] if tibetan_first else [zh, bo]
    parts = [p for p in parts if p]
    if len(parts) == 2 and parts[0] == parts[1]:
        parts = parts[:1]
    return sep.join(parts)


def render(text: str, mode: str, context: str = DOMAIN, tibetan_first: bool = True, sep: str = " / ") -> str:
    """`text` for a display mode: "zh", "bo", "en" or "both" (bilingual halves joined by `sep`)."""
    if mode == "both":
        return join_bilingual(translate(text, "zh", context), translate(text, "bo", context), tibetan_first, sep)
    return translate(text, mode, context)


def label(source: str, mode: str, sep: str = " / ") -> str:
    """A marked English source string as documents print it: in `mode`, or bilingual with the
    Tibetan first and the halves joined by `sep` (" / " on a line, "\n" in a table header)."""
    return render(source, mode, sep=sep)


def name_pair(name_zh: str | None, name_bo: str | None, mode: str, sep: str = " / ") -> str:
    """A name stored in both scripts (village, office, household) for a display mode; the other
    script stands in when the wanted one is empty."""
    zh, bo = name_zh or "", name_bo or ""
    if mode == "bo":
        return bo or zh
    if mode == "both":
        return join_bilingual(zh, bo, True, sep)
    return zh or bo


# --- compiled catalogs for the GUI ---------------------------------------------------------------


def qm_path(lang: str) -> Path:
    """Where the compiled catalog of `lang` ("zh" or "bo") lives."""
    return TRANSLATIONS_DIR / QM_FILES[lang]


def _lrelease() -> str | None:
    """Qt's lrelease: the binary inside the PySide6 wheel (found without importing Qt), else the
    pyside6-lrelease wrapper next to the running Python (it starts a second Python first)."""
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        for name in ("lrelease", "lrelease.exe"):
            if (Path(folder) / name).exists():
                return str(Path(folder) / name)
    here = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe", "lrelease", "lrelease.exe"):
        if (here / name).exists():
            return str(here / name)
    return None


_MNEMONIC_IN_PARENS = re.compile(r"\s*\(&[^)]\)")  # "保存(&S)": the Chinese catalogs' style


def strip_mnemonic(text: str) -> str:
    """`text` without its keyboard-mnemonic marker ("&Yes" → "Yes", "是(&Y)" → "是")."""
    text = _MNEMONIC_IN_PARENS.sub("", text)
    return text.replace("&&", "\x00").replace("&", "").replace("\x00", "&&")


def join_ui_texts(zh: str, bo: str, tibetan_first: bool = True) -> str:
    """A bilingual UI string: halves joined by " / ", or by a line break for sentences.

    Only the first half keeps its mnemonic: two ``&`` in one button would underline two letters.
    """
    first, second = (bo, zh) if tibetan_first else (zh, bo)
    if not first or not second:
        return first or second
    if first == second:
        return first
    # sentences read better one language per line; labels, headers and buttons stay on one line
    long = len(first) + len(second) > 60
    sep = "\n" if ("\n" in first or "\n" in second or long) else " / "
    return first + sep + strip_mnemonic(second)


def _finished_texts(msg) -> list[str] | None:
    tr = msg.find("translation")
    if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
        return None
    forms = tr.findall("numerusform")
    texts = [f.text or "" for f in forms] if forms else [tr.text or ""]
    return texts if all(t.strip() for t in texts) else None


def _ts_messages(path: Path) -> dict[tuple[str, str, str], tuple[bool, list[str] | None]]:
    import xml.etree.ElementTree as ET

    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            key = (name, msg.findtext("source") or "", msg.findtext("comment") or "")
            out[key] = (msg.get("numerus") == "yes", _finished_texts(msg))
    return out


def bilingual_ts(tibetan_first: bool) -> str:
    """A .ts document whose translations are the Tibetan and Chinese ones joined."""
    zh = _ts_messages(TRANSLATIONS_DIR / TS_FILES["zh"])
    bo = _ts_messages(TRANSLATIONS_DIR / TS_FILES["bo"])
    import xml.etree.ElementTree as ET

    root = ET.Element("TS", version="2.1", language="bo_CN")
    contexts: dict = {}
    for key in sorted(set(zh) | set(bo)):
        numerus = (zh.get(key) or bo.get(key))[0]
        zt = (zh.get(key) or (False, None))[1] or []
        bt = (bo.get(key) or (False, None))[1] or []
        if not zt and not bt:
            continue
        n = max(len(zt), len(bt))
        zt, bt = zt + [zt[-1] if zt else ""] * (n - len(zt)), bt + [bt[-1] if bt else ""] * (n - len(bt))
        joined = [join_ui_texts(z, b, tibetan_first) for z, b in zip(zt, bt)]
        ctx = contexts.get(key[0])
        if ctx is None:
            ctx = contexts[key[0]] = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = key[0]
        msg = ET.SubElement(ctx, "message")
        ET.SubElement(msg, "source").text = key[1]
        if key[2]:
            ET.SubElement(msg, "comment").text = key[2]
        tr = ET.SubElement(msg, "translation")
        if numerus:
            msg.set("numerus", "yes")
            for text in joined:
                ET.SubElement(tr, "numerusform").text = text
        else:
            tr.text = joined[0]
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, encoding="unicode")


def _compile(tool: str, ts: Path, qm: Path) -> None:
    import subprocess

    tmp = qm.with_name(qm.name + f".{os.getpid()}.tmp")
    # -nounfinished: a draft a reviewer has not accepted is not shown (same rule as _catalog)
    proc = subprocess.run([tool, "-silent", "-nounfinished", str(ts), "-qm", str(tmp)], capture_output=True, text=True)
    if proc.returncode != 0 or not tmp.exists():
        tmp.unlink(missing_ok=True)
        raise RuntimeError(f"lrelease failed on {ts.name}: {proc.stdout}{proc.stderr}")
    try:
        os.replace(tmp, qm)  # atomic: a parallel test process never sees half a file
    except OSError:
        # Windows refuses to replace a .qm the running program has open: keep the old one
        tmp.unlink(missing_ok=True)
        raise


def build_qm(force: bool = False) -> list[Path]:
    """Compile the `.ts` files to `.qm` with pyside6-lrelease where a `.qm` is missing or older.

    Four catalogs: zh, bo, and the bilingual bo+zh and zh+bo made from both. Returns the `.qm`
    files written; an empty list when all were up to date (the common case at start-up: a stat
    per file). Raises RuntimeError with lrelease's output when it fails, and when a `.qm` is
    stale but no lrelease is found next to the running Python.
    No Qt import: this runs a program, so the CLI and the test session can call it too.
    """
    sources = {"zh": ["zh"], "bo": ["bo"], "bo+zh": ["zh", "bo"], "zh+bo": ["zh", "bo"]}
    written: list[Path] = []
    for name, langs in sources.items():
        ts_paths = [TRANSLATIONS_DIR / TS_FILES[lang] for lang in langs]
        if not all(p.exists() for p in ts_paths):
            continue
        qm = qm_path(name)
        newest = max(p.stat().st_mtime for p in ts_paths)
        if not force and qm.exists() and qm.stat().st_mtime >= newest:
            continue
        tool = _lrelease()
        if tool is None:
            if qm.exists():
                continue  # a frozen build ships .qm without the tool; use what is there
            raise RuntimeError(f"pyside6-lrelease not found next to {sys.executable}")
        if len(langs) == 1:
            _compile(tool, ts_paths[0], qm)
        else:
            import tempfile

            with tempfile.TemporaryDirectory() as tmp:
                ts = Path(tmp) / f"{qm.stem}.ts"
                ts.write_text(bilingual_ts(tibetan_first=name == "bo+zh"), encoding="utf-8")
                _compile(tool, ts, qm)
        written.append(qm)
    return written
