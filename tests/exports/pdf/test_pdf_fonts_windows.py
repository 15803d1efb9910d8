"""PDF fonts on Windows: Microsoft Himalaya, SimSun / Microsoft YaHei and Arial from %WINDIR%\\Fonts
(and the per-user font folder), found as Windows names them. Linux fonts stand in for them here."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from exports.pdf import fonts

TIBETAN = Path("/usr/share/fonts/truetype/tibetan-machine/TibetanMachineUni.ttf")
HAN = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
LATIN = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
PDFFONTS = shutil.which("pdffonts")  # asked before sys.platform pretends to be Windows


@pytest.fixture(autouse=True)
def fresh_search():
    fonts.forget()
    yield
    fonts.forget()


@pytest.fixture
def windows(monkeypatch, tmp_path):
    """A Windows laptop: fonts only in C:\\Windows\\Fonts and the user's own font folder."""
    for f in (TIBETAN, HAN, LATIN):
        if not f.exists():
            pytest.skip(f"{f} is not installed")
    windir = tmp_path / "Windows"
    local = tmp_path / "Users" / "卓玛" / "AppData" / "Local"
    (windir / "Fonts").mkdir(parents=True)
    (local / "Microsoft" / "Windows" / "Fonts").mkdir(parents=True)
    monkeypatch.setattr(fonts.sys, "platform", "win32")
    monkeypatch.setenv("WINDIR", str(windir))
    monkeypatch.setenv("LOCALAPPDATA", str(local))
    monkeypatch.setattr(fonts, "_fc_list", lambda role: [])  # no fontconfig on Windows
    return windir / "Fonts", local / "Microsoft" / "Windows" / "Fonts"


def test_windows_font_folders_are_searched(windows):
    system, user = windows
    assert fonts.font_dirs() == [system, user]


def test_himalaya_simsun_and_arial_are_found_whatever_their_case(windows):
    system, _user = windows
    shutil.copy(TIBETAN, system / "himalaya.ttf")
    shutil.copy(HAN, system / "SIMSUN.TTC")  # Windows keeps names as installed, any case
    shutil.copy(LATIN, system / "Arial.ttf")
    found = fonts.ensure_fonts()
    assert Path(found.tibetan.path).name == "himalaya.ttf"
    assert Path(found.han.path).name == "SIMSUN.TTC"
    assert Path(found.latin.path).name == "Arial.ttf"


def test_a_font_installed_for_one_user_only_is_found(windows):
    system, user = windows
    shutil.copy(TIBETAN, user / "himalaya.ttf")  # "Install" (not "for all users") on Windows 10+
    shutil.copy(HAN, system / "msyh.ttc")
    shutil.copy(LATIN, system / "arial.ttf")
    assert Path(fonts.ensure_fonts().tibetan.path) == user / "himalaya.ttf"


def test_a_pdf_from_windows_fonts_embeds_them(windows, tmp_path):
    system, user = windows
    shutil.copy(TIBETAN, user / "himalaya.ttf")
    shutil.copy(HAN, system / "simsun.ttc")
    shutil.copy(LATIN, system / "arial.ttf")
    fs = fonts.ensure_fonts()
    from reportlab.pdfgen import canvas

    out = tmp_path / "Some One" / "卓玛.pdf"
    out.parent.mkdir()
    c = canvas.Canvas(str(out))
    c.setFont(fs.han.name, 12)
    c.drawString(72, 720, "卓玛")
    c.setFont(fs.tibetan.name, 12)
    c.drawString(72, 700, "བཀྲ་ཤིས")
    c.save()
    if not PDFFONTS:
        pytest.skip("pdffonts is not installed")
    listed = subprocess.run([PDFFONTS, str(out)], capture_output=True, text=True).stdout
    assert listed.count(" yes ") >= 2 and fs.han.ps_name.split("+")[-1][:8] in listed
