"""Settings → Fonts: the Tibetan / Chinese font file chosen there is the one every PDF embeds
(record cards, the monthly report), and a chosen file PDFs cannot use is a sentence, not a PDF."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.gui_fixtures import *
from tests.ui.gui_fixtures import close_and_delete

SYSTEM_TIBETAN = "/usr/share/fonts/truetype/tibetan-machine/TibetanMachineUni.ttf"
DEFAULT_TIBETAN = "NotoSerifTibetan"  # what the PDF layer finds by itself on this system

pytestmark = pytest.mark.skipif(
    not Path(SYSTEM_TIBETAN).exists() or not shutil.which("pdffonts"),
    reason="needs fonts-tibetan-machine and poppler-utils",
)


def embedded_fonts(pdf: Path) -> str:
    return subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def own_font(tmp_path):
    """A system Tibetan TrueType font copied under another name, as a user would pick one."""
    path = tmp_path / "fonts" / "office-tibetan.ttf"
    path.parent.mkdir()
    shutil.copy(SYSTEM_TIBETAN, path)
    return path


@pytest.fixture
def settings_page(demo_ws, lang, qtbot):
    """The Settings page with a font manager of its own (the shared one and the application font
    are put back afterwards)."""
    from ui import fonts as ui_fonts
    from ui.pages.settings import SettingsPage
    from ui.settings import settings

    before_font, before_manager = QApplication.font(), ui_fonts._fonts
    ui_fonts.set_fonts(ui_fonts.Fonts(settings=settings()))
    page = SettingsPage(demo_ws, None)
    page.show()
    yield page
    close_and_delete(page)
    ui_fonts.set_fonts(before_manager)
    QApplication.setFont(before_font)


@pytest.fixture
def reports_page(demo_ws, lang):
    from ui.pages.reports import ReportsPage
    from ui.taskman import task_manager

    made = []

    def make():
        page = ReportsPage(demo_ws, None)
        page.show()
        made.append(page)
        return page

    yield make
    task_manager().wait(20000)
    for page in made:
        close_and_delete(page)


def write_one_card(page, ws, folder: Path, qtbot) -> None:
    page.kind_radio["cards"].setChecked(True)
    page.household_edit.setText(ws.db.scalar("SELECT id_number FROM household LIMIT 1"))
    page.folder_edit.setText(str(folder))
    page.make()
    qtbot.waitUntil(lambda: page.last_path is not None or page.last_error is not None, timeout=30000)


def test_tibetan_font_chosen_in_settings_is_embedded_in_the_record_card(
    demo_ws, settings_page, reports_page, own_font, qtbot, tmp_path
):
    assert settings_page.font_box.set_file("tibetan", str(own_font)) is None
    page = reports_page()
    write_one_card(page, demo_ws, tmp_path, qtbot)
    assert page.last_error is None
    fonts = embedded_fonts(Path(page.last_path))
    assert "Tibetan_Machine_Uni" in fonts and DEFAULT_TIBETAN not in fonts
    assert "WenQuanYiMicroHei" in fonts  # the Chinese font was not chosen: the installed one


def test_use_the_installed_fonts_goes_back_to_the_system_font(
    demo_ws, settings_page, reports_page, own_font, qtbot, tmp_path
):
    settings_page.font_box.set_file("tibetan", str(own_font))
    settings_page.font_box.reset_button.click()
    page = reports_page()
    write_one_card(page, demo_ws, tmp_path, qtbot)
    fonts = embedded_fonts(Path(page.last_path))
    assert DEFAULT_TIBETAN in fonts and "Tibetan_Machine_Uni" not in fonts


def test_a_chosen_font_file_that_is_gone_is_a_sentence_and_no_pdf(
    demo_ws, settings_page, reports_page, own_font, lang, qtbot, tmp_path
):
    from exports.pdf.errors import REASON_NOT_FOUND, FontError

    settings_page.font_box.set_file("tibetan", str(own_font))
    own_font.unlink()
    out = tmp_path / "out"
    out.mkdir()
    page = reports_page()
    write_one_card(page, demo_ws, out, qtbot)
    assert page.last_error == FontError("tibetan", REASON_NOT_FOUND, str(own_font)).text("zh")
    assert page.result_label.text() == page.last_error
    assert list(out.iterdir()) == []
    # the Settings page says it too, in the mode's language
    settings_page.refresh()
    assert page.last_error in settings_page.font_box.problem.text()
    assert not settings_page.font_box.problem.isHidden()
