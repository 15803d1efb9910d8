"""Finding, checking and registering the PDF fonts (exports.pdf.fonts)."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from app.domain.errors import DomainError
from exports.pdf import fonts
from exports.pdf.errors import (
    FontError,
    REASON_CFF,
    REASON_NO_COVERAGE,
    REASON_NOT_FOUND,
    REASON_NOT_INSTALLED,
    REASON_NOT_TRUETYPE,
)

NOTO_TIBETAN = "/usr/share/fonts/truetype/noto/NotoSerifTibetan-Regular.ttf"
TMU = "/usr/share/fonts/truetype/tibetan-machine/TibetanMachineUni.ttf"
WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

# Tests naming the files of the Debian font packages tasks.py installs. Elsewhere (Windows: `py
# tasks.py test`) they are skipped; test_pdf_fonts_windows.py covers Windows' fonts with stand-ins.
needs_debian_fonts = pytest.mark.skipif(
    not all(Path(p).is_file() for p in (NOTO_TIBETAN, TMU, WQY, DEJAVU)),
    reason="needs Debian's fonts-noto-core, fonts-tibetan-machine, fonts-wqy-microhei, fonts-dejavu-core",
)


@pytest.fixture(autouse=True)
def fresh_font_search():
    """Each test searches afresh and leaves no monkeypatched result cached behind."""
    fonts.forget()
    yield
    fonts.forget()


def fake_sfnt(path: Path, version: bytes, tags: list[bytes]) -> Path:
    """An sfnt header with the given table directory (enough for the outline check)."""
    head = version + struct.pack(">HHHH", len(tags), 16, 0, 0)
    records = b"".join(tag + struct.pack(">III", 0, 0, 0) for tag in tags)
    path.write_bytes(head + records)
    return path


def fake_ttc(path: Path, fonts_tags: list[list[bytes]]) -> Path:
    """A font collection whose subfonts have the given table directories."""
    header_len = 12 + 4 * len(fonts_tags)
    bodies, offsets, pos = [], [], header_len
    for tags in fonts_tags:
        body = (
            b"\x00\x01\x00\x00"
            + struct.pack(">HHHH", len(tags), 16, 0, 0)
            + b"".join(tag + struct.pack(">III", 0, 0, 0) for tag in tags)
        )
        offsets.append(pos)
        bodies.append(body)
        pos += len(body)
    header = b"ttcf" + struct.pack(">HHI", 1, 0, len(fonts_tags)) + b"".join(struct.pack(">I", o) for o in offsets)
    path.write_bytes(header + b"".join(bodies))
    return path


def test_system_search_finds_a_font_for_each_script():
    fs = fonts.ensure_fonts()
    assert fs.tibetan.covers("\u0f40") and fs.tibetan.covers("\u0f92")  # ཀ and subjoined ག
    assert fs.han.covers("卓") and fs.han.covers("，")
    assert fs.latin.covers("D") and fs.latin.covers("0")


@needs_debian_fonts
def test_system_search_prefers_noto_serif_tibetan_and_its_bold():
    fs = fonts.ensure_fonts()
    assert fs.tibetan.path == NOTO_TIBETAN
    assert fs.tibetan.bold_path.endswith("NotoSerifTibetan-Bold.ttf")
    assert fs.tibetan.bold_name != fs.tibetan.name


def test_report_lists_three_roles_with_family_and_existing_file():
    report = fonts.ensure_fonts().report()
    assert [r["role"] for r in report] == ["tibetan", "han", "latin"]
    for row in report:
        assert row["family"]
        assert Path(row["path"]).is_file()


def test_tibetan_is_scaled_up_relative_to_han():
    fs = fonts.ensure_fonts()
    assert fonts.TIBETAN_SCALE_RANGE[0] <= fs.tibetan.scale <= fonts.TIBETAN_SCALE_RANGE[1]
    assert fs.han.scale == 1.0


@needs_debian_fonts
def test_path_from_settings_is_used():
    fs = fonts.ensure_fonts({"tibetan": TMU})
    assert fs.tibetan.path == TMU
    assert fs.tibetan.family == "Tibetan Machine Uni"


@needs_debian_fonts
def test_ttc_subfont_index_from_settings_path():
    fs = fonts.ensure_fonts({"han": WQY + "#1"})
    assert fs.han.index == 1
    assert "Mono" in fs.han.family


@needs_debian_fonts
def test_ttc_subfont_index_out_of_range_is_refused():
    with pytest.raises(FontError) as info:
        fonts.ensure_fonts({"han": WQY + "#7"})
    assert info.value.reason == REASON_NOT_TRUETYPE


def test_settings_path_pointing_nowhere_raises_clear_error(tmp_path):
    missing = str(tmp_path / "nowhere" / "himalaya.ttf")
    with pytest.raises(FontError) as info:
        fonts.ensure_fonts({"tibetan": missing})
    err = info.value
    assert isinstance(err, DomainError)
    assert (err.role, err.reason) == ("tibetan", REASON_NOT_FOUND)
    message = err.text("en")
    assert missing in message and "Tibetan" in message and "does not exist" in message


def test_cff_otf_is_refused_as_not_embeddable(tmp_path):
    otf = fake_sfnt(
        tmp_path / "NotoSansCJKsc-Regular.otf",
        b"OTTO",
        [b"CFF ", b"OS/2", b"cmap", b"head", b"hhea", b"hmtx", b"maxp", b"name", b"post"],
    )
    with pytest.raises(FontError) as info:
        fonts.ensure_fonts({"han": str(otf)})
    assert info.value.reason == REASON_CFF
    assert "CFF" in info.value.text("en") and "TrueType" in info.value.text("en")


def test_cff_subfont_of_a_ttc_is_refused(tmp_path):
    ttc = fake_ttc(tmp_path / "NotoSerifCJK-Regular.ttc", [[b"CFF ", b"cmap", b"head"], [b"CFF2", b"cmap", b"head"]])
    assert fonts.check_file(str(ttc), 0) == REASON_CFF
    assert fonts.check_file(str(ttc), 1) == REASON_CFF


@needs_debian_fonts
def test_truetype_outline_file_passes_the_check(tmp_path):
    ttf = fake_sfnt(tmp_path / "x.ttf", b"\x00\x01\x00\x00", [b"cmap", b"glyf", b"head", b"loca"])
    assert fonts.check_file(str(ttf)) is None
    assert fonts.is_truetype(DEJAVU) and fonts.is_truetype(WQY, 0)


def test_file_that_is_no_font_is_refused(tmp_path):
    junk = tmp_path / "font.ttf"
    junk.write_text("not a font at all")
    with pytest.raises(FontError) as info:
        fonts.ensure_fonts({"latin": str(junk)})
    assert info.value.reason == REASON_NOT_TRUETYPE


@needs_debian_fonts
def test_font_without_the_scripts_letters_is_refused():
    with pytest.raises(FontError) as info:
        fonts.ensure_fonts({"tibetan": DEJAVU})
    assert info.value.reason == REASON_NO_COVERAGE


def hide_installed_fonts(monkeypatch, keep: set[str]):
    """Pretend only candidate files whose lower-case name is in `keep` are installed."""
    real = fonts._installed_files()
    monkeypatch.setattr(fonts, "_installed_files", lambda: {k: v for k, v in real.items() if k in keep})
    monkeypatch.setattr(fonts, "_fc_list", lambda role: [])


@needs_debian_fonts
def test_no_tibetan_font_installed_names_the_debian_package_and_windows_font(monkeypatch):
    hide_installed_fonts(monkeypatch, {"wqy-microhei.ttc", "dejavusans.ttf"})
    with pytest.raises(FontError) as info:
        fonts.ensure_fonts()
    err = info.value
    assert (err.role, err.reason) == ("tibetan", REASON_NOT_INSTALLED)
    assert "apt install fonts-noto-core" in err.text("en")
    assert "Himalaya" in err.text("en")


@needs_debian_fonts
def test_no_han_font_installed_names_wqy_package(monkeypatch):
    hide_installed_fonts(monkeypatch, {"notoseriftibetan-regular.ttf", "dejavusans.ttf"})
    with pytest.raises(FontError) as info:
        fonts.ensure_fonts()
    assert info.value.role == "han"
    assert "fonts-wqy-microhei" in info.value.text("en")
    assert "SimSun" in info.value.text("en")


@needs_debian_fonts
def test_latin_falls_back_to_the_han_font_when_it_has_latin_letters(monkeypatch):
    hide_installed_fonts(monkeypatch, {"notoseriftibetan-regular.ttf", "wqy-microhei.ttc"})
    fs = fonts.ensure_fonts()
    assert fs.latin.path == WQY


def test_error_text_in_bilingual_mode_is_not_empty(tmp_path):
    err = FontError("han", REASON_NOT_FOUND, str(tmp_path / "simsun.ttc"))
    assert err.text("both")
    assert str(tmp_path / "simsun.ttc") in err.text("zh")


def test_ensure_fonts_makes_the_latin_font_the_canvas_default():
    from reportlab import rl_config

    fs = fonts.ensure_fonts()
    assert rl_config.canvas_basefontname == fs.latin.name


@pytest.mark.parametrize("lang", ["zh", "bo"])
def test_missing_font_message_is_translated_and_keeps_the_package_name(lang):
    err = FontError("tibetan", REASON_NOT_INSTALLED)
    assert err.text(lang) != err.text("en")
    assert "fonts-noto-core" in err.text(lang)
