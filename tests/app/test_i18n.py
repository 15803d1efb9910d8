"""The Qt-free translation lookup (app/i18n.py) and the .ts workflow tool (tools/i18n.py)."""

import importlib.util
import os
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app import i18n

ROOT = Path(__file__).resolve().parents[2]


def _tool():
    """tools/i18n.py is a script, not a package module: load it by path (once)."""
    if "i18n_tool" not in sys.modules:
        spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
        mod = importlib.util.module_from_spec(spec)
        sys.modules["i18n_tool"] = mod  # dataclasses look their module up while being defined
        spec.loader.exec_module(mod)
    return sys.modules["i18n_tool"]


TS_BO = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bo_CN">
<context><name>domain</name>
 <message><source>Save</source><translation>ཉར་ཚགས།</translation></message>
 <message><source>Draft</source><translation type="unfinished">མ་ཟིན།</translation></message>
 <message><source>Gone</source><translation type="vanished">མེད།</translation></message>
</context>
<context><name>Other</name>
 <message><source>Save</source><translation>གཞན།</translation></message>
</context>
</TS>
"""
TS_ZH = TS_BO.replace("bo_CN", "zh_CN").replace("ཉར་ཚགས།", "保存").replace("གཞན།", "其他")


@pytest.fixture
def catalog_dir(tmp_path, monkeypatch):
    (tmp_path / "app_bo_CN.ts").write_text(TS_BO, encoding="utf-8")
    (tmp_path / "app_zh_CN.ts").write_text(TS_ZH, encoding="utf-8")
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", tmp_path)
    i18n.reload()
    yield tmp_path
    i18n.reload()


def test_translate_reads_finished_translations_by_context(catalog_dir):
    assert i18n.translate("Save", "bo") == "ཉར་ཚགས།"
    assert i18n.translate("Save", "zh") == "保存"
    assert i18n.translate("Save", "bo", context="Other") == "གཞན།"


def test_unfinished_and_vanished_translations_fall_back_to_the_source(catalog_dir):
    assert i18n.translate("Draft", "bo") == "Draft"
    assert i18n.translate("Gone", "bo") == "Gone"
    assert i18n.translate("Never heard of", "zh") == "Never heard of"


def test_render_bilingual_puts_tibetan_first_unless_asked(catalog_dir):
    assert i18n.render("Save", "both") == "ཉར་ཚགས། / 保存"
    assert i18n.render("Save", "both", tibetan_first=False) == "保存 / ཉར་ཚགས།"
    assert i18n.render("Save", "en") == "Save"


def test_join_bilingual_drops_empty_and_equal_halves():
    assert i18n.join_bilingual("卓玛", "") == "卓玛"
    assert i18n.join_bilingual("530", "530") == "530"


def test_build_qm_compiles_once_then_is_a_no_op_until_the_ts_changes(catalog_dir):
    written = i18n.build_qm()
    assert sorted(p.name for p in written) == ["app_bo_CN.qm", "app_bo_zh.qm", "app_zh_CN.qm", "app_zh_bo.qm"]
    assert i18n.build_qm() == []
    later = time.time() + 5
    os.utime(catalog_dir / "app_bo_CN.ts", (later, later))
    # the Tibetan catalog and both bilingual ones depend on the Tibetan .ts
    assert sorted(p.name for p in i18n.build_qm()) == ["app_bo_CN.qm", "app_bo_zh.qm", "app_zh_bo.qm"]


def test_a_qm_windows_will_not_replace_leaves_no_temporary_file(catalog_dir, monkeypatch):
    import pytest

    def refuse(src, dst):  # Windows: the running program has the .qm open
        raise PermissionError(13, "The process cannot access the file because it is being used")

    monkeypatch.setattr(i18n.os, "replace", refuse)
    with pytest.raises(PermissionError):
        i18n.build_qm(force=True)
    assert list(catalog_dir.glob("*.tmp")) == []


def test_read_qm_finds_what_lrelease_compiled(catalog_dir):
    i18n.build_qm(force=True)
    compiled = _tool().read_qm(catalog_dir / "app_bo_CN.qm")
    assert compiled[("domain", "Save")] == "ཉར་ཚགས།"
    assert ("domain", "Draft") not in compiled  # unfinished strings are not compiled


def test_bilingual_catalog_joins_finished_translations_in_the_chosen_order(catalog_dir):
    i18n.build_qm(force=True)
    tool = _tool()
    bo_first = tool.read_qm(catalog_dir / "app_bo_zh.qm")
    zh_first = tool.read_qm(catalog_dir / "app_zh_bo.qm")
    assert bo_first[("domain", "Save")] == "ཉར་ཚགས། / 保存"
    assert zh_first[("domain", "Save")] == "保存 / ཉར་ཚགས།"
    assert ("domain", "Draft") not in bo_first  # unfinished on both sides: English source shows


def test_bilingual_catalog_joins_plural_forms_too(catalog_dir):
    numerus = (
        '<message numerus="yes"><source>%n households</source><translation>'
        "<numerusform>{}</numerusform></translation></message></context>"
    )
    for name, text in (("app_bo_CN.ts", "ཁྱིམ་ཚང་ %n"), ("app_zh_CN.ts", "%n 户")):
        path = catalog_dir / name
        path.write_text(
            path.read_text(encoding="utf-8").replace("</context>", numerus.format(text), 1), encoding="utf-8"
        )
    doc = ET.fromstring(i18n.bilingual_ts(tibetan_first=True).split("<!DOCTYPE TS>", 1)[1])
    msg = next(m for m in doc.iter("message") if m.findtext("source") == "%n households")
    assert [f.text for f in msg.iter("numerusform")] == ["ཁྱིམ་ཚང་ %n / %n 户"]
    i18n.build_qm(force=True)  # lrelease accepts it


def test_join_ui_texts_keeps_one_mnemonic_and_breaks_multiline_texts():
    assert i18n.join_ui_texts("是(&Y)", "ཡིན།(&Y)") == "ཡིན།(&Y) / 是"
    assert i18n.join_ui_texts("是(&Y)", "ཡིན།(&Y)", tibetan_first=False) == "是(&Y) / ཡིན།"
    assert i18n.join_ui_texts("一\n二", "ཀ") == "ཀ\n一\n二"
    sentence_zh, sentence_bo = "您打开此记录后，它已在别处被修改。" * 2, "ཟིན་ཐོ་འདི་ས་གཞན་ནས་བཟོ་བཅོས་བྱས་འདུག" * 2
    assert i18n.join_ui_texts(sentence_zh, sentence_bo) == sentence_bo + "\n" + sentence_zh


def _root(xml: str) -> ET.Element:
    return ET.fromstring(xml.split("<!DOCTYPE TS>", 1)[1])


def test_merge_keeps_translations_adds_new_vanishes_removed_and_revives():
    tool = _tool()
    root = _root(TS_BO)
    counts = tool.merge(
        root, [tool.Found("domain", "Save"), tool.Found("domain", "Gone"), tool.Found("domain", "New text {n}")]
    )
    msgs = {(c, m.findtext("source")): m for c, m in tool._messages(root)}
    assert msgs[("domain", "Save")].findtext("translation") == "ཉར་ཚགས།"
    assert tool.is_finished(msgs[("domain", "Save")])
    assert msgs[("domain", "New text {n}")].find("translation").get("type") == "unfinished"
    assert msgs[("domain", "Gone")].find("translation").get("type") is None  # revived, finished
    # "Draft" (unfinished, has text) and Other/Save are no longer in the sources
    assert msgs[("domain", "Draft")].find("translation").get("type") == "vanished"
    assert msgs[("Other", "Save")].find("translation").get("type") == "vanished"
    assert counts == {"added": 1, "vanished": 2, "revived": 1}


def test_set_translation_finishes_a_message_and_refuses_unknown_ones():
    tool = _tool()
    root = _root(TS_BO)
    assert tool.set_translation(root, "domain", "Draft", "ཟིན་བྲིས།")
    msg = next(m for c, m in tool._messages(root) if m.findtext("source") == "Draft")
    assert tool.is_finished(msg) and msg.findtext("translation") == "ཟིན་བྲིས།"
    assert not tool.set_translation(root, "domain", "No such source", "x")


def test_written_ts_file_keeps_doctype_and_language(tmp_path):
    tool = _tool()
    path = tmp_path / "x.ts"
    tool._write(_root(TS_BO), path)
    text = path.read_text(encoding="utf-8")
    assert text.splitlines()[1] == "<!DOCTYPE TS>"
    assert ET.fromstring(text.split("<!DOCTYPE TS>", 1)[1]).get("language") == "bo_CN"


def test_n_marks_in_the_qt_free_layers_are_collected_into_context_domain():
    found = {f.source: f for f in _tool().collect_n_marks()}
    assert "This is not valid Wylie: {text}" in found
    assert found["This is not valid Wylie: {text}"].context == "domain"
    assert any(loc[0].endswith("app/domain/script.py") for loc in found["This is not valid Wylie: {text}"].locations)


def test_reuse_finishes_short_labels_translated_alike_elsewhere(tmp_path, monkeypatch):
    tool = _tool()
    doc = TS_BO.replace(
        "</TS>",
        """<context><name>Dialog</name>
 <message><source>Save</source><translation type="unfinished"></translation></message>
 <message><source>Draft</source><translation type="unfinished"></translation></message>
</context></TS>""",
    )
    path = tmp_path / "app_bo_CN.ts"
    path.write_text(doc, encoding="utf-8")
    monkeypatch.setitem(tool.TS, "bo", path)
    monkeypatch.setattr(tool, "TRANSLATIONS", tmp_path)
    done = tool.reuse("bo")
    # "Save" has two different finished translations (domain, Other): ambiguous, left alone;
    # "Draft" has none finished anywhere
    assert done == []
    tool.set_many("bo", [("Other", "Save", "ཉར་ཚགས།")])
    assert tool.reuse("bo") == [("Dialog", "Save", "ཉར་ཚགས།")]


def test_parsed_catalog_is_kept_beside_the_ts_and_read_back(catalog_dir, monkeypatch):
    assert i18n.translate("Save", "bo") == "ཉར་ཚགས།"
    assert (catalog_dir / "app_bo_CN.catalog.json").exists()
    i18n.reload()
    monkeypatch.setattr(i18n, "_parse_catalog", lambda path: pytest.fail("parsed the .ts again"))
    assert i18n.translate("Save", "bo") == "ཉར་ཚགས།"
    assert i18n.translate("Draft", "bo") == "Draft"  # unfinished stays out in the kept copy too


def test_kept_catalog_is_not_used_once_the_ts_changed(catalog_dir):
    assert i18n.translate("Save", "zh") == "保存"
    ts = catalog_dir / "app_zh_CN.ts"
    ts.write_text(TS_ZH.replace("保存", "存盘"), encoding="utf-8")
    later = time.time() + 5
    os.utime(ts, (later, later))
    i18n.reload()
    assert i18n.translate("Save", "zh") == "存盘"


def test_damaged_kept_catalog_falls_back_to_the_ts(catalog_dir):
    assert i18n.translate("Save", "zh") == "保存"
    (catalog_dir / "app_zh_CN.catalog.json").write_text('[["domain", ', encoding="utf-8")
    i18n.reload()
    assert i18n.translate("Save", "zh") == "保存"
