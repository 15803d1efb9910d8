"""Every user-visible string has a finished Chinese and Tibetan translation.

The sources are read the way `tools/i18n.py update` reads them (Qt's lupdate over ui/, N_() marks
in app/, storage/, exports/, and the Qt standard texts we translate), so a string someone added
without running `update` fails here too.

Tibetan rule: a translation must contain at least one Tibetan letter whenever its English source
contains a letter once placeholders ({name}, %1, %n), HTML tags and mnemonic markers (&) are
removed. Sources with no letters left (numbers, punctuation, bare placeholders) are exempt.
"""
import importlib.util
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.domain.script import has_tibetan

ROOT = Path(__file__).resolve().parent.parent
LANGS = ["zh", "bo"]
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}|\{\d*\}|%L?\d{1,2}|%n")


def _tool():
    if "i18n_tool" not in sys.modules:
        spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
        mod = importlib.util.module_from_spec(spec)
        sys.modules["i18n_tool"] = mod
        spec.loader.exec_module(mod)
    return sys.modules["i18n_tool"]


def _live_messages(lang):
    tool = _tool()
    root = ET.parse(tool.TS[lang]).getroot()
    return [(c, m) for c, m in tool._messages(root) if tool._is_live(m)]


def _report(items):
    return "\n".join(f"  [{c}] {s!r}" + (f" -> {t!r}" if t is not None else "") for c, s, t in items[:40]) + (
        f"\n  ... and {len(items) - 40} more" if len(items) > 40 else "")


def _letters_left(source: str) -> bool:
    s = PLACEHOLDER.sub("", source)
    s = re.sub(r"<[^>]+>", "", s).replace("&", "")
    return any(unicodedata.category(ch).startswith("L") for ch in s)


@pytest.fixture(scope="module")
def collected():
    tool = _tool()
    return tool.collect_qt_sources() + tool.collect_n_marks() + tool.collect_qt_standard()


@pytest.mark.parametrize("lang", LANGS)
def test_every_source_string_is_in_the_ts_file(lang, collected):
    have = {(c, m.findtext("source") or "", m.findtext("comment") or "") for c, m in _live_messages(lang)}
    absent = sorted({f.key for f in collected} - have)
    assert not absent, (f"{len(absent)} source strings are not in {lang}; run "
                        f"`python tools/i18n.py update`, then translate them:\n"
                        + _report([(c, s, None) for c, s, _ in absent]))


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_has_a_finished_translation(lang):
    tool = _tool()
    bad = [(c, m.findtext("source") or "", None) for c, m in _live_messages(lang) if not tool.is_finished(m)]
    assert not bad, (f"{len(bad)} messages are unfinished or empty in {lang} "
                     f"(`python tools/i18n.py missing`):\n" + _report(bad))


def test_tibetan_translations_are_in_tibetan_script():
    tool = _tool()
    bad = []
    for c, m in _live_messages("bo"):
        src = m.findtext("source") or ""
        for text in tool._translation_texts(m):
            if text and _letters_left(src) and not has_tibetan(text):
                bad.append((c, src, text))
    assert not bad, "Tibetan translations without a Tibetan letter:\n" + _report(bad)


@pytest.mark.parametrize("lang", LANGS)
def test_placeholders_survive_translation(lang):
    tool = _tool()
    bad = []
    for c, m in _live_messages(lang):
        src = m.findtext("source") or ""
        want = sorted(set(PLACEHOLDER.findall(src)))
        for text in tool._translation_texts(m):
            if text and sorted(set(PLACEHOLDER.findall(text))) != want:
                bad.append((c, src, text))
    assert not bad, f"placeholders lost or invented in {lang}:\n" + _report(bad)


def test_letter_rule_exempts_only_strings_without_letters():
    assert not _letters_left("{count} / %1")
    assert not _letters_left("530")
    assert _letters_left("&Yes")
    assert _letters_left("<b>Name</b>: {name}")


@pytest.mark.parametrize("lang", LANGS)
def test_ts_files_are_qt_linguist_files_that_lrelease_compiles(lang, tmp_path):
    import subprocess

    tool = _tool()
    text = tool.TS[lang].read_text(encoding="utf-8")
    assert text.splitlines()[1] == "<!DOCTYPE TS>"
    root = ET.fromstring(text.split("<!DOCTYPE TS>", 1)[1])
    assert (root.tag, root.get("version"), root.get("language")) == ("TS", "2.1", tool.TS_LANGUAGE[lang])
    qm = tmp_path / f"{lang}.qm"
    proc = subprocess.run([tool._qt_tool("pyside6-lrelease"), str(tool.TS[lang]), "-qm", str(qm)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    compiled = tool.read_qm(qm)
    for c, m in _live_messages(lang):
        if tool.is_finished(m) and m.get("numerus") != "yes" and not m.findtext("comment"):
            assert compiled[(c, m.findtext("source"))] == m.findtext("translation")
