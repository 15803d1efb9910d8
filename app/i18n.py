"""Qt-free translation lookup.

The Qt Linguist `.ts` files in `translations/` are the single home of every Chinese and Tibetan
UI/message string (GLOSSARY: Tibetan text lives there, where a reviewer can correct it).  The GUI
loads the compiled `.qm` through QTranslator; the CLI, the domain errors and the exporters cannot
import Qt, so they read the same `.ts` XML here.

Domain code marks a translatable English source string with ``N_("...")`` (context "domain");
the translation tooling collects those marks into the `.ts` files.
"""
from __future__ import annotations

import functools
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Literal

Lang = Literal["en", "zh", "bo"]
#: display modes: one language or both ("both" = bilingual, order from settings)
Mode = Literal["zh", "bo", "both", "en"]

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "translations"
TS_FILES = {"zh": "app_zh_CN.ts", "bo": "app_bo_CN.ts"}
QM_FILES = {"zh": "app_zh_CN.qm", "bo": "app_bo_CN.qm"}

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
    catalog: dict[tuple[str, str], str] = {}
    # Our own file, shipped with the program: ElementTree is fine (no untrusted XML here).
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


def render(text: str, mode: str, context: str = DOMAIN, tibetan_first: bool = True) -> str:
    """`text` for a display mode: "zh", "bo", "en" or "both" (bilingual)."""
    if mode == "both":
        return join_bilingual(translate(text, "zh", context), translate(text, "bo", context),
                              tibetan_first)
    return translate(text, mode, context)


# --- compiled catalogs for the GUI ---------------------------------------------------------------

def qm_path(lang: str) -> Path:
    """Where the compiled catalog of `lang` ("zh" or "bo") lives."""
    return TRANSLATIONS_DIR / QM_FILES[lang]


def _lrelease() -> str | None:
    here = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe", "lrelease", "lrelease.exe"):
        if (here / name).exists():
            return str(here / name)
    return None


def build_qm(force: bool = False) -> list[Path]:
    """Compile each `.ts` to its `.qm` with pyside6-lrelease when the `.qm` is missing or older.

    Returns the `.qm` files written; an empty list when all were up to date (the common case at
    start-up: a stat per file). Raises RuntimeError with lrelease's output when it fails, and when
    a `.qm` is stale but no lrelease is found next to the running Python.
    No Qt import: this runs a program, so the CLI and the test session can call it too.
    """
    written: list[Path] = []
    for lang, ts_name in TS_FILES.items():
        ts, qm = TRANSLATIONS_DIR / ts_name, qm_path(lang)
        if not ts.exists():
            continue
        if not force and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        tool = _lrelease()
        if tool is None:
            if qm.exists():
                continue  # a frozen build ships .qm without the tool; use what is there
            raise RuntimeError(f"pyside6-lrelease not found next to {sys.executable}")
        tmp = qm.with_name(qm.name + f".{os.getpid()}.tmp")
        # -nounfinished: a draft a reviewer has not accepted is not shown (same rule as _catalog)
        proc = subprocess.run([tool, "-silent", "-nounfinished", str(ts), "-qm", str(tmp)],
                              capture_output=True, text=True)
        if proc.returncode != 0 or not tmp.exists():
            raise RuntimeError(f"lrelease failed on {ts.name}: {proc.stdout}{proc.stderr}")
        os.replace(tmp, qm)  # atomic: a parallel test process never sees half a file
        written.append(qm)
    return written
