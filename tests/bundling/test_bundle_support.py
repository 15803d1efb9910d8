"""What the bundle keeps and leaves out (bundling/bundle_support.py), checked without building it."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bundling"))
import bundle_support as bs  # noqa: E402  (bundling/ is not a package)


def test_qt_translations_kept_only_for_chinese():
    assert bs.keep_data("PySide6/Qt/translations/qtbase_zh_CN.qm")
    assert not bs.keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert not bs.keep_data("PySide6/Qt/translations/qtbase_zh_TW.qm")
    assert bs.keep_data("translations/app_bo_CN.qm")  # ours stay, every one


def test_window_platforms_kept_and_unused_plugins_left_out():
    assert bs.keep_binary("PySide6/Qt/plugins/platforms/libqxcb.so")
    assert bs.keep_binary("PySide6/Qt/plugins/platforms/libqoffscreen.so")  # --smoke-test
    assert bs.keep_binary("PySide6\\plugins\\platforms\\qwindows.dll")
    assert not bs.keep_binary("PySide6/Qt/plugins/platforms/libqvnc.so")
    assert not bs.keep_binary("PySide6/Qt/plugins/platformthemes/libqgtk3.so")
    assert bs.keep_binary("PySide6/Qt/plugins/imageformats/libqico.so")
    assert not bs.keep_binary("PySide6/Qt/plugins/imageformats/libqtiff.so")
    assert bs.keep_binary("PySide6/Qt/lib/libQt6Widgets.so.6")  # not a plugin


def test_unused_qt_bindings_are_excluded_but_the_ones_we_import_are_not():
    excluded = set(bs.EXCLUDED_MODULES)
    assert "PySide6.QtQml" in excluded and "PySide6.QtNetwork" in excluded
    used = {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtPrintSupport"}
    assert not used & excluded
    for folder in ("app", "storage", "ui", "exports"):
        for path in (ROOT / folder).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            for name in bs.EXCLUDED_QT:
                assert f"PySide6.{name} " not in text and f"PySide6.{name}\n" not in text, (
                    f"{path} imports PySide6.{name}, which the bundle leaves out"
                )


def test_only_fonts_whose_licence_is_found_are_bundled(tmp_path, monkeypatch):
    fonts = tmp_path / "bundling" / "fonts"
    fonts.mkdir(parents=True)
    (fonts / "NotoSerifTibetan-Regular.ttf").write_bytes(b"\0\1\0\0font")
    (fonts / "NotoSerifTibetan-Regular.LICENSE.txt").write_text("SIL Open Font License 1.1")
    (fonts / "wqy-microhei.ttc").write_bytes(b"ttcf")  # no licence beside it
    monkeypatch.setattr(bs, "_system_font_dirs", lambda: [])
    monkeypatch.setattr(bs.shutil, "which", lambda name: None)  # no dpkg to ask either

    files = [Path(f).name for f in bs.bundle_fonts(tmp_path)]

    assert "NotoSerifTibetan-Regular.ttf" in files
    assert "NotoSerifTibetan-Regular.LICENSE.txt" in files
    assert "wqy-microhei.ttc" not in files
    readme = (tmp_path / "build" / "fonts" / "README.txt").read_text(encoding="utf-8")
    assert "SIL Open Font License" in readme


def test_pdf_fonts_fall_back_to_the_bundled_folder(tmp_path, monkeypatch):
    from exports.pdf import fonts

    (tmp_path / "fonts").mkdir()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    dirs = fonts.font_dirs()
    assert dirs[-1] == tmp_path / "fonts"  # last: installed fonts win


def test_windows_version_resource_names_the_program(tmp_path):
    path = Path(bs.windows_version_info(tmp_path / "build", "双基台账", bs.project_version(ROOT)))
    text = path.read_text(encoding="utf-8")
    assert "双基台账.exe" in text and bs.project_version(ROOT) in text
