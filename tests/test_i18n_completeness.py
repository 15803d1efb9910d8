"""Every user-visible string has a finished Chinese and Tibetan translation.

The sources are read the way `tools/i18n.py update` reads them (Qt's lupdate over ui/, N_() marks
in app/, storage/, exports/, and the Qt standard texts we translate), so a string someone added
without running `update` fails here too.

Script rule (key sequences such as "Ctrl+N" aside): a Tibetan translation must contain at least one Tibetan letter whenever its English source
contains a letter once placeholders ({name}, %1, %n), HTML tags and mnemonic markers (&) are
removed; a Chinese one a Han character. Sources with no letters left (numbers, punctuation,
bare placeholders) are exempt.
"""

import ast
import importlib.util
import io
import re
import sys
import tokenize
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
        f"\n  ... and {len(items) - 40} more" if len(items) > 40 else ""
    )


# tr("Ctrl+N") lets a translator change a shortcut; its translation is a key sequence, not words
KEY_SEQUENCE = re.compile(
    r"((Ctrl|Alt|Shift|Meta)\+)*([A-Z0-9]|F\d{1,2}|Del|Delete|Esc|Return|Enter|Tab|"
    r"Space|Backspace|Home|End|PgUp|PgDown|Up|Down|Left|Right|Ins)"
)


def _letters_left(source: str) -> bool:
    if KEY_SEQUENCE.fullmatch(source):
        return False
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
    assert not absent, (
        f"{len(absent)} source strings are not in {lang}; run "
        f"`python tools/i18n.py update`, then translate them:\n" + _report([(c, s, None) for c, s, _ in absent])
    )


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_has_a_finished_translation(lang):
    tool = _tool()
    bad = [(c, m.findtext("source") or "", None) for c, m in _live_messages(lang) if not tool.is_finished(m)]
    assert not bad, (
        f"{len(bad)} messages are unfinished or empty in {lang} (`python tools/i18n.py missing`):\n" + _report(bad)
    )


def test_tibetan_translations_are_in_tibetan_script():
    tool = _tool()
    bad = []
    for c, m in _live_messages("bo"):
        src = m.findtext("source") or ""
        for text in tool._translation_texts(m):
            if text and _letters_left(src) and not has_tibetan(text):
                bad.append((c, src, text))
    assert not bad, "Tibetan translations without a Tibetan letter:\n" + _report(bad)


def test_chinese_translations_are_in_chinese():
    """Same rule as for Tibetan: a source with letters needs a Han character in its translation."""
    tool = _tool()
    han = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
    bad = [
        (c, m.findtext("source") or "", t)
        for c, m in _live_messages("zh")
        for t in tool._translation_texts(m)
        if t and _letters_left(m.findtext("source") or "") and not han.search(t)
    ]
    assert not bad, "Chinese translations without a Chinese character:\n" + _report(bad)


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
    assert not _letters_left("Ctrl+N") and not _letters_left("Ctrl+Shift+F5")
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
    proc = subprocess.run(
        [tool._qt_tool("pyside6-lrelease"), str(tool.TS[lang]), "-qm", str(qm)], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr
    compiled = tool.read_qm(qm)
    for c, m in _live_messages(lang):
        if tool.is_finished(m) and m.get("numerus") != "yes" and not m.findtext("comment"):
            assert compiled[(c, m.findtext("source"))] == m.findtext("translation")


# --- nothing user-visible bypasses the catalogs -------------------------------------------------


HAN_OR_TIBETAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u0f00-\u0fff]")
# Qt calls whose string argument is shown to the user: it must come from tr()/translate()
TEXT_SETTERS = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setPlaceholderText",
    "setTitle",
    "setLabelText",
    "addTab",
    "insertTab",
    "setTabText",
    "addItem",
    "addAction",
    "addMenu",
    "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels",
    "setHeaderLabels",
    "showMessage",
    "setInformativeText",
    "setDetailedText",
    "setSuffix",
    "setPrefix",
    "setSpecialValueText",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMenu",
    "QToolButton",
    "QLineEdit",
}
# QMessageBox's static helpers (a logger's .warning() is not user text)
MESSAGE_BOX_STATICS = {"information", "warning", "critical", "question", "about"}
WORDS = re.compile(r"[A-Za-z]{2,}")
# names of formats, devices and units that read the same in every language of this program
NOT_WORDS = {"excel", "pdf", "xlsx", "xls", "ods", "csv", "zip", "usb", "wps", "gb", "mb", "kb", "id", "qr"}


def _has_words(text: str) -> bool:
    return any(w.lower() not in NOT_WORDS for w in WORDS.findall(text))


def _ui_files():
    return sorted(p for p in (ROOT / "ui").rglob("*.py") if "__pycache__" not in p.parts)


def _string_tokens_outside_docstrings(source: str):
    toks = [
        t
        for t in tokenize.generate_tokens(io.StringIO(source).readline)
        if t.type not in (tokenize.COMMENT, tokenize.NL)
    ]
    for i, tok in enumerate(toks):
        if tok.type != tokenize.STRING:
            continue
        prev = toks[i - 1].type if i else tokenize.NEWLINE
        nxt = toks[i + 1].type if i + 1 < len(toks) else tokenize.NEWLINE
        if prev in (tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT) and nxt == tokenize.NEWLINE:
            continue  # a docstring (a string standing alone as a statement)
        yield tok


def _han_tibetan_literals(source: str) -> list[tuple[int, str]]:
    return [
        (t.start[0], t.string[:60])
        for t in _string_tokens_outside_docstrings(source)
        if HAN_OR_TIBETAN.search(t.string)
    ]


def _literal_words(node) -> str:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return " ".join(v.value for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, (ast.List, ast.Tuple)):
        return " ".join(_literal_words(e) for e in node.elts)
    return ""


def _untranslated_setter_calls(source: str) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        fn = node.func
        name = fn.attr if isinstance(fn, ast.Attribute) else fn.id if isinstance(fn, ast.Name) else ""
        on_message_box = (
            isinstance(fn, ast.Attribute)
            and isinstance(fn.value, ast.Name)
            and fn.value.id == "QMessageBox"
            and name in MESSAGE_BOX_STATICS
        )
        if name in TEXT_SETTERS or on_message_box:
            for arg in node.args:
                words = _literal_words(arg)
                if _has_words(words):
                    found.append((node.lineno, f"{name}({words[:50]!r})"))
    return found


def test_the_ui_code_checks_catch_what_they_are_for():
    sample = (
        '''"""Doc with 中文 is fine."""\n'''
        """label.setText("Households")\n"""
        """label.setText(self.tr("Households"))\n"""
        """box.setHorizontalHeaderLabels(["Name", self.tr("ID")])\n"""
        """x = "户主"  # comment ཀ\n"""
        """label.setText("")\n"""
        """log.warning("not shown to users %s", x)\n"""
        """QMessageBox.warning(self, "Oops", self.tr("x"))\n"""
        """combo.addItem("PDF (.pdf)", "pdf")\n"""
    )
    assert [line for line, _ in _untranslated_setter_calls(sample)] == [2, 4, 8]
    assert [line for line, _ in _han_tibetan_literals(sample)] == [5]


def test_no_chinese_or_tibetan_is_written_into_ui_code():
    """Chinese and Tibetan live in the .ts files (and reference tables), never in widgets."""
    bad = [
        f"{path.relative_to(ROOT)}:{line}: {text}"
        for path in _ui_files()
        for line, text in _han_tibetan_literals(path.read_text(encoding="utf-8"))
    ]
    assert not bad, "Chinese/Tibetan text in ui/ code (put it in the .ts files):\n" + "\n".join(bad)


def test_widget_texts_go_through_tr():
    """A literal with words handed straight to a Qt text setter would show English in every mode."""
    bad = [
        f"{path.relative_to(ROOT)}:{line}: {text}"
        for path in _ui_files()
        for line, text in _untranslated_setter_calls(path.read_text(encoding="utf-8"))
    ]
    assert not bad, "untranslated widget texts (wrap them in self.tr()):\n" + "\n".join(bad)
