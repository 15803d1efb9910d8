"""bench/bench_startup.py: the start-up case compares like with like."""

from __future__ import annotations

from bench.bench_startup import start_bilingual, start_mode


def test_ours_starts_bilingual_like_the_bare_window_whatever_an_earlier_run_left(tmp_path):
    ini = tmp_path / "settings.ini"
    ini.write_text("[ui]\nlanguage_mode=zh\ntibetan_first=false\n\n[window]\ngeometry=abc\n", encoding="utf-8")
    start_bilingual(tmp_path)
    text = ini.read_text(encoding="utf-8")
    assert "language_mode=both" in text and "tibetan_first=false" in text and "geometry=abc" in text
    assert start_mode(tmp_path).startswith("both")


def test_a_missing_folder_is_made_bilingual(tmp_path):
    start_bilingual(tmp_path / "new")
    assert start_mode(tmp_path / "new").startswith("both")
