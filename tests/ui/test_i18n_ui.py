"""The GUI's language modes, switched live; Qt's own buttons and menus in Tibetan; fonts."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox

from app import i18n as app_i18n
from ui import fonts as ui_fonts
from ui import sfnt
from ui.i18n import Language, Retranslatable, join_texts, strip_mnemonic


def bo(ctx, src):
    return app_i18n.translate(src, "bo", ctx)


def zh(ctx, src):
    return app_i18n.translate(src, "zh", ctx)


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def language(qapp, settings):
    lang = Language(settings=settings)
    yield lang
    lang.uninstall()


class Probe(Retranslatable, QLabel):
    """A widget written the way every page is: all tr() in translateUI()."""

    def __init__(self):
        super().__init__()
        self.calls = 0
        self.translateUI()

    def translateUI(self):
        self.calls += 1
        self.setText(QCoreApplication.translate("QPlatformTheme", "Save"))


def test_catalogs_hold_the_standard_button_texts():
    # the expectations below come from the .ts files; make sure they are real translations
    assert bo("QPlatformTheme", "Save") != "Save" and zh("QPlatformTheme", "Save") != "Save"


def test_open_widget_follows_every_mode_switch_without_restart(language, qtbot):
    w = Probe()
    qtbot.addWidget(w)
    w.show()
    for mode, expected in [
        ("zh", zh("QPlatformTheme", "Save")),
        ("bo", bo("QPlatformTheme", "Save")),
        ("both", bo("QPlatformTheme", "Save") + " / " + zh("QPlatformTheme", "Save")),
    ]:
        language.set_mode(mode)
        qtbot.waitUntil(lambda: w.text() == expected, timeout=2000)
    assert w.calls >= 4  # once at start, then on each LanguageChange


def test_bilingual_order_can_put_chinese_first(language, qtbot):
    w = Probe()
    qtbot.addWidget(w)
    language.set_mode("both")
    language.set_tibetan_first(False)
    expected = zh("QPlatformTheme", "Save") + " / " + bo("QPlatformTheme", "Save")
    qtbot.waitUntil(lambda: w.text() == expected, timeout=2000)


def test_mode_order_and_digits_are_remembered(qapp, settings):
    first = Language(settings=settings)
    first.set_mode("bo")
    first.set_tibetan_first(False)
    first.set_tibetan_digits(True)
    first.uninstall()
    again = Language(settings=settings)
    assert (again.mode, again.tibetan_first, again.tibetan_digits) == ("bo", False, True)


def test_unknown_mode_is_refused(language):
    with pytest.raises(ValueError):
        language.set_mode("fr")


def _button_texts(box):
    return sorted(b.text() for b in box.buttons())


@pytest.mark.parametrize("mode, lookup", [("bo", bo), ("zh", zh)])
def test_message_box_standard_buttons_are_translated(language, qtbot, mode, lookup):
    language.set_mode(mode)
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "t",
        "x",
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel
        | QMessageBox.StandardButton.Save,
    )
    qtbot.addWidget(box)
    assert _button_texts(box) == sorted(lookup("QPlatformTheme", s) for s in ("&Yes", "&No", "Cancel", "Save"))


def test_message_box_buttons_in_bilingual_mode_keep_one_mnemonic(language, qtbot):
    language.set_mode("both")
    box = QMessageBox(
        QMessageBox.Icon.Question, "t", "x", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    texts = _button_texts(box)
    yes = next(t for t in texts if t.startswith(bo("QPlatformTheme", "&Yes")))
    assert yes.count("&") == 1 and "是" in yes


def test_line_edit_context_menu_is_in_tibetan(language, qtbot):
    language.set_mode("bo")
    edit = QLineEdit("x")
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    texts = [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    assert bo("QLineEdit", "&Copy") in texts and bo("QLineEdit", "Select All") in texts


def test_domain_messages_are_translated_through_the_installed_catalog(language):
    msg = "This is not valid Wylie: {text}"
    language.set_mode("bo")
    assert language.tr_domain(msg, text="kq") == bo("domain", msg).format(text="kq")
    language.set_mode("zh")
    assert language.tr_domain(msg, text="kq") == zh("domain", msg).format(text="kq")


def test_enumeration_labels_follow_the_mode(language):
    language.set_mode("zh")
    assert language.label("脱贫户", "དབུལ་ཕོངས་ལས་གྲོལ་བའི་ཁྱིམ་ཚང་།") == "脱贫户"
    language.set_mode("bo")
    assert language.label("脱贫户", "དབུལ་ཕོངས་ལས་གྲོལ་བའི་ཁྱིམ་ཚང་།") == "དབུལ་ཕོངས་ལས་གྲོལ་བའི་ཁྱིམ་ཚང་།"
    assert language.label("其他", "") == "其他"  # no Tibetan label: show the Chinese one
    language.set_mode("both")
    assert language.label("脱贫户", "དབུལ་ཕོངས་ལས་གྲོལ་བའི་ཁྱིམ་ཚང་།") == "དབུལ་ཕོངས་ལས་གྲོལ་བའི་ཁྱིམ་ཚང་། / 脱贫户"


def test_tibetan_digits_only_in_tibetan_mode_and_only_when_chosen(language):
    language.set_mode("bo")
    assert language.fmt_yuan(123456) == "1,234.56"
    language.set_tibetan_digits(True)
    assert language.fmt_yuan(123456) == "༡,༢༣༤.༥༦"
    assert language.fmt_int(2024) == "༢,༠༢༤"
    language.set_mode("both")
    assert language.fmt_int(2024) == "2,024"


def test_bilingual_join_strips_the_second_mnemonic_and_splits_long_texts():
    assert strip_mnemonic("是(&Y)") == "是" and strip_mnemonic("&Yes") == "Yes"
    assert strip_mnemonic("Fish && Chips") == "Fish && Chips"
    assert join_texts("是(&Y)", "ཡིན།(&Y)") == "ཡིན།(&Y) / 是"
    assert join_texts("一\n二", "ཀ") == "ཀ\n一\n二"
    assert join_texts("", "ཀ") == "ཀ" and join_texts("卓玛", "卓玛") == "卓玛"


# --- fonts -------------------------------------------------------------------------------------


def test_installed_tibetan_and_chinese_fonts_are_found(qapp):
    tib = ui_fonts.find_tibetan_family()
    zhf = ui_fonts.find_chinese_family()
    assert tib in ui_fonts.TIBETAN_FAMILIES
    assert zhf in ui_fonts.CHINESE_FAMILIES
    assert ui_fonts.missing_fonts_message() is None


def test_missing_tibetan_font_message_names_what_to_install(qapp, monkeypatch):
    monkeypatch.setattr(ui_fonts, "find_tibetan_family", lambda preferred=None: None)
    msg = ui_fonts.missing_fonts_message()
    assert msg and ui_fonts.what_to_install() in msg


def test_tibetan_is_scaled_up_to_read_as_large_as_chinese(qapp):
    tib, zhf = ui_fonts.find_tibetan_family(), ui_fonts.find_chinese_family()
    scale = ui_fonts.tibetan_scale(tib, zhf)
    assert 1.1 <= scale <= ui_fonts.MAX_SCALE
    assert ui_fonts.tibetan_scale("Microsoft Himalaya", zhf) >= 1.6  # drawn small: known factor


def test_without_a_scaled_copy_tibetan_mode_enlarges_the_whole_ui(qapp, settings):
    f = ui_fonts.Fonts(settings=settings, scale_copy=False)
    c = f.choice
    assert c.point_size("zh") == c.base_point_size
    assert c.point_size("bo") == round(c.base_point_size * c.tibetan_scale, 1)
    assert c.point_size("zh") < c.point_size("both") < c.point_size("bo")
    assert f.font("bo").families() == [c.chinese_family, c.tibetan_family]


def test_scaled_tibetan_copy_draws_tibetan_larger_at_the_same_point_size(qapp, settings):
    from PySide6.QtGui import QFont, QFontMetricsF

    f = ui_fonts.Fonts(settings=settings)
    c = f.choice
    assert c.tibetan_render_family == c.tibetan_family + ui_fonts.SCALED_SUFFIX
    assert f.font("bo").families() == [c.chinese_family, c.tibetan_render_family]
    assert c.point_size("zh") == c.point_size("bo") == c.point_size("both")

    def body(family):
        font = QFont(family)
        font.setPixelSize(100)
        return QFontMetricsF(font).tightBoundingRect("\u0f58").height()

    assert body(c.tibetan_render_family) / body(c.tibetan_family) == pytest.approx(c.tibetan_scale, rel=0.05)


def test_scaled_copy_is_remembered_and_reused_at_the_next_start(qapp, settings, monkeypatch):
    monkeypatch.setattr(ui_fonts, "_scaled_cache", {})  # this process made none yet
    first = ui_fonts.Fonts(settings=settings).choice
    assert first.tibetan_render_family == first.tibetan_family + ui_fonts.SCALED_SUFFIX
    files = list(ui_fonts.scaled_copy_dir().glob("*.ttf"))
    assert len(files) == 1 and ui_fonts.add_font_file(files[0]) == [first.tibetan_render_family]

    def measured(*_args):
        raise AssertionError("measured and made again")

    monkeypatch.setattr(ui_fonts, "_scaled_cache", {})  # as in a new process
    monkeypatch.setattr(ui_fonts, "tibetan_scale", measured)
    monkeypatch.setattr(ui_fonts, "scaled_tibetan_data", measured)
    again = ui_fonts.Fonts(settings=settings).choice
    assert (again.tibetan_render_family, again.tibetan_scale) == (first.tibetan_render_family, first.tibetan_scale)


def test_scaled_copy_is_made_again_when_its_font_file_changed_or_the_copy_is_gone(qapp, settings, monkeypatch):
    import json

    monkeypatch.setattr(ui_fonts, "_scaled_cache", {})
    first = ui_fonts.Fonts(settings=settings).choice
    saved = json.loads(settings.value(ui_fonts._KEY_SCALED_COPY))
    made = []
    real = ui_fonts.scaled_tibetan_data
    monkeypatch.setattr(ui_fonts, "scaled_tibetan_data", lambda *a: made.append(a) or real(*a))
    for change in ("stamp", "file"):
        monkeypatch.setattr(ui_fonts, "_scaled_cache", {})
        if change == "stamp":  # the installed font replaced by another version
            settings.setValue(ui_fonts._KEY_SCALED_COPY, json.dumps({**saved, "source": saved["source"][:4] + ["1:2"]}))
        else:  # the cache folder emptied
            for f in ui_fonts.scaled_copy_dir().glob("*.ttf"):
                f.unlink()
        again = ui_fonts.Fonts(settings=settings).choice
        assert again.tibetan_render_family == first.tibetan_render_family
        assert len(made) == (1 if change == "stamp" else 2)
        assert list(ui_fonts.scaled_copy_dir().glob("*.ttf"))


def test_scaled_font_data_changes_units_per_em_and_names_and_keeps_a_valid_file(qapp):
    import struct

    path = ui_fonts.font_file_of("Tibetan Machine Uni")
    if not path:
        pytest.skip("Tibetan Machine Uni is not installed here")
    data = open(path, "rb").read()
    copy = sfnt.scaled_font_data(data, 1.25, "Test Tibetan Copy")
    _v, tables, sums = sfnt.read_sfnt(copy)
    _v, orig, _s = sfnt.read_sfnt(data)
    upm = lambda t: struct.unpack(">H", t[b"head"][18:20])[0]
    assert upm(tables) == round(upm(orig) / 1.25)
    assert "Test Tibetan Copy".encode("utf-16-be") in tables[b"name"]
    assert sfnt.table_checksum(copy) == 0xB1B0AFBA  # the whole-file checksum rule of the sfnt spec
    for tag, table in tables.items():  # the directory's checksums are right, changed or not
        if tag != b"head":
            assert sums[tag] == sfnt.table_checksum(table), tag
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QFontDatabase

    fid = QFontDatabase.addApplicationFontFromData(QByteArray(copy))
    assert QFontDatabase.applicationFontFamilies(fid) == ["Test Tibetan Copy"]


def test_font_file_is_loaded_by_path_and_refused_when_it_is_no_font(qapp, settings, tmp_path):
    f = ui_fonts.Fonts(settings=settings)
    not_a_font = tmp_path / "x.ttf"
    not_a_font.write_bytes(b"not a font")
    assert f.set_font_file("tibetan", str(not_a_font))
    real = "/usr/share/fonts/truetype/tibetan-machine/TibetanMachineUni.ttf"
    if not os.path.exists(real):
        pytest.skip("Tibetan Machine Uni is not installed here")
    assert f.set_font_file("tibetan", real) is None
    assert f.choice.tibetan_family == "Tibetan Machine Uni" and f.choice.tibetan_file == real
    assert ui_fonts.Fonts(settings=settings).choice.tibetan_family == "Tibetan Machine Uni"  # remembered


# --- switcher and settings widgets --------------------------------------------------------------


def test_language_menu_switches_mode_and_names_each_mode_in_its_own_script(language, qtbot):
    from ui.i18n import LanguageMenu

    menu = LanguageMenu(language)
    qtbot.addWidget(menu)
    menu.mode_actions["bo"].trigger()
    assert language.mode == "bo"
    assert menu.mode_actions["zh"].text() == zh("LanguageMenu", "Chinese")  # still Chinese in bo mode
    menu.mode_actions["zh"].trigger()
    assert language.mode == "zh"
    assert menu.mode_actions["bo"].text() == bo("LanguageMenu", "Tibetan")
    assert not menu.tibetan_first_action.isEnabled()  # the order only matters in bilingual mode
    menu.mode_actions["both"].trigger()
    menu.tibetan_first_action.setChecked(False)
    assert language.tibetan_first is False


def test_font_settings_box_shows_the_fonts_in_use_and_refuses_a_bad_file(qapp, qtbot, settings, tmp_path):
    from ui.fonts import Fonts
    from ui.widgets.font_settings import FontSettingsBox

    manager = Fonts(settings=settings)
    box = FontSettingsBox(manager)
    qtbot.addWidget(box)
    assert manager.choice.tibetan_family in box.tibetan_label.text()
    assert manager.choice.chinese_family in box.chinese_label.text()
    bad = tmp_path / "bad.ttf"
    bad.write_bytes(b"nope")
    error = box.set_file("tibetan", str(bad))
    assert error and box.problem.text() == error


def test_qt_file_dialog_labels_are_in_tibetan(language, qtbot):
    from PySide6.QtWidgets import QFileDialog, QLabel as Label

    language.set_mode("bo")
    dialog = QFileDialog(None, "t")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    texts = {w.text() for w in dialog.findChildren(Label)}
    assert bo("QFileDialog", "&Look in:") in texts
    assert bo("QFileDialog", "Files of &type:") in texts


def test_install_applies_the_remembered_mode_and_the_fonts(qapp, settings, monkeypatch):
    import ui.i18n as ui_i18n

    settings.setValue("ui/language_mode", "bo")
    monkeypatch.setattr(ui_i18n, "_language", Language(settings=settings))
    monkeypatch.setattr(ui_fonts, "_fonts", ui_fonts.Fonts(settings=settings))
    before = QApplication.font()
    try:
        lang = ui_i18n.install()
        assert lang.mode == "bo"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == bo("QPlatformTheme", "Cancel")
        assert ui_fonts.fonts().choice.tibetan_render_family in QApplication.font().families()
    finally:
        ui_i18n.language().uninstall()
        QApplication.setFont(before)


def test_domain_errors_are_shown_in_the_current_mode(language):
    from app.domain.errors import Problem, ValidationError, ValidationErrors

    msg = "This is not valid Wylie: {text}"
    err = ValidationError("name_bo", msg, text="kq")
    language.set_mode("bo")
    assert language.problem_text(err) == bo("domain", msg).format(text="kq")
    assert language.error_text(err) == bo("domain", msg).format(text="kq")
    language.set_mode("both")
    both = language.error_text(ValidationErrors([err.problem, Problem("x", "Stopped.")]))
    assert both.splitlines()[-1] == bo("domain", "Stopped.") + " / " + zh("domain", "Stopped.")


def test_fill_translates_word_arguments_per_language_in_bilingual_mode(language):
    from ui.i18n import Word

    ctx, template, word = "MainWindow", "Last backup: %1", "never"
    assert bo(ctx, template) != template and bo(ctx, word) != word  # real translations
    language.set_mode("both")
    bo_half = bo(ctx, template).replace("%1", bo(ctx, word))
    zh_half = zh(ctx, template).replace("%1", zh(ctx, word))
    assert language.fill(ctx, template, Word(word)) == bo_half + " / " + zh_half
    assert language.fill(ctx, template, "2026-11-01") == (
        bo(ctx, template).replace("%1", "2026-11-01") + " / " + zh(ctx, template).replace("%1", "2026-11-01")
    )
    language.set_mode("zh")
    assert language.fill(ctx, template, Word(word)) == zh_half


def test_the_font_choice_is_kept_in_the_data_folders_settings(qapp, tmp_path, monkeypatch):
    # beside the language mode and the window, not in Qt's per-user store (the registry on Windows)
    from app import paths
    from ui.fonts import Fonts

    from PySide6.QtWidgets import QApplication

    monkeypatch.setenv("DUALBASE_DATA_DIR", str(tmp_path / "data"))
    before = QApplication.font()
    try:
        manager = Fonts(scale_copy=False)
        manager.set_base_point_size(13)
        manager._settings.sync()
    finally:
        QApplication.setFont(before)  # the size applies to the whole application
    ini = paths.data_dir() / "settings.ini"
    assert ini.exists() and "base_point_size=13" in ini.read_text(encoding="utf-8")
