"""Pure text functions: script tests, Wylie, pinyin, search keys, Tibetan digits, query kinds."""

import pytest

from app.domain import script


@pytest.mark.parametrize(
    "wylie, tibetan",
    [
        ("sgrol ma", "སྒྲོལ་མ"),
        ("bkra shis", "བཀྲ་ཤིས"),
        ("bsod nams", "བསོད་ནམས"),
        ("rgya mtsho", "རྒྱ་མཚོ"),
        ("bstan 'dzin", "བསྟན་འཛིན"),
    ],
)
def test_wylie_converts_to_tibetan_and_back(wylie, tibetan):
    assert script.wylie_to_tibetan(wylie) == tibetan
    assert script.tibetan_to_wylie(tibetan) == wylie


def test_wylie_space_is_tsheg_and_slash_is_shad():
    assert script.wylie_to_tibetan("bkra shis/") == "བཀྲ་ཤིས།"
    assert script.wylie_to_tibetan("sgrol ") == "སྒྲོལ་"


def test_invalid_wylie_is_reported_not_silently_accepted():
    assert script.wylie_problems("kq")  # pyewts' complaints come back as text
    with pytest.raises(script.WylieError) as info:
        script.wylie_to_tibetan("kq", strict=True)
    assert info.value.problems
    assert script.wylie_problems("sgrol ma") == []


def test_has_tibetan_needs_a_letter_not_just_punctuation():
    assert script.has_tibetan("ཀ")
    assert script.has_tibetan("abc སྒྲོལ")
    assert not script.has_tibetan("་།")  # tsheg and shad alone
    assert not script.has_tibetan("༡༢")  # digits alone
    assert not script.has_tibetan("")


def test_is_tibetan_text_allows_tsheg_shad_digits_spaces_only():
    assert script.is_tibetan_text("བཀྲ་ཤིས། བསོད་ནམས ༡༢")
    assert not script.is_tibetan_text("བཀྲ་ཤིས a")
    assert not script.is_tibetan_text("བཀྲ་ཤིས 扎西")
    assert not script.is_tibetan_text("12")
    assert not script.is_tibetan_text("")


def test_han_and_latin_detection():
    assert script.has_han("索南卓玛")
    assert not script.has_han("སྒྲོལ་མ sgrol")
    assert script.has_latin("Zhuoma")
    assert not script.has_latin("卓玛 ༡༢ 12")


def test_pinyin_full_and_initials_of_a_tibetan_name_in_chinese():
    assert script.pinyin_full("卓玛") == "zhuoma"
    assert script.pinyin_initials("卓玛") == "zm"
    assert script.pinyin_full("才让东周") == "cairangdongzhou"
    assert script.pinyin_initials("才让东周") == "crdz"


def test_pinyin_reads_name_characters_the_way_names_are_said():
    assert script.pinyin_full("尕藏") == "gazang"  # pypinyin's default would say "gacang"
    assert script.pinyin_full("更藏") == "gengzang"
    assert script.pinyin_full("称多县") == "chenduoxian"
    assert script.pinyin_full("扎西") == "zhaxi"


def test_pinyin_keeps_latin_and_digits_lowercase_and_writes_u_umlaut_as_v():
    assert script.pinyin_full("王A3组") == "wanga3zu"
    assert script.pinyin_initials("3组") == "3z"
    assert script.pinyin_full("吕") == "lv"
    assert script.pinyin_full("") == "" and script.pinyin_initials(None) == ""


def test_search_keys_index_both_names_for_prefix_search():
    keys = script.search_keys("索南卓玛", "བསོད་ནམས་སྒྲོལ་མ།")
    assert keys == {
        "pinyin": "suonanzhuoma",
        "initials": "snzm",
        "wylie": "bsod nams sgrol ma",  # the closing shad is not part of the key
        "wylie_compact": "bsodnamssgrolma",
    }


def test_search_keys_with_missing_names_are_empty():
    assert script.search_keys("李明", None) == {"pinyin": "liming", "initials": "lm", "wylie": "", "wylie_compact": ""}
    assert script.search_keys(None, "སྒྲོལ་མ")["wylie"] == "sgrol ma"


def test_tibetan_digits_round_trip():
    assert script.to_tibetan_digits("2023-05-01") == "༢༠༢༣-༠༥-༠༡"
    assert script.from_tibetan_digits("༢༠༢༣-༠༥-༠༡") == "2023-05-01"


def test_amounts_are_formatted_from_fen_with_optional_tibetan_digits():
    assert script.format_yuan(5_000_000) == "50,000.00"
    assert script.format_yuan(-123_456) == "-1,234.56"
    assert script.format_yuan(5) == "0.05"
    assert script.format_yuan(123_456, tibetan_digits=True) == "༡,༢༣༤.༥༦"
    assert script.format_int(12345) == "12,345"
    assert script.format_int(12345, tibetan_digits=True) == "༡༢,༣༤༥"


@pytest.mark.parametrize(
    "query, kind, text",
    [
        ("zm", "latin", "zm"),
        ("  Sgrol  Ma ", "latin", "sgrol ma"),
        ("卓玛", "han", "卓玛"),
        ("སྒྲོལ་མ།", "tibetan", "སྒྲོལ་མ"),
        ("13812345678", "digits", "13812345678"),
        ("1234x", "digits", "1234X"),
        ("༡༢༣༤", "digits", "1234"),
        ("   ", "empty", ""),
    ],
)
def test_normalise_query_classifies_what_was_typed(query, kind, text):
    q = script.normalise_query(query)
    assert (q.kind, q.text) == (kind, text)


def test_normalise_query_tells_phone_from_id_from_tail():
    assert script.normalise_query("13812345678").looks_like == "phone"
    assert script.normalise_query("632122198001011234").looks_like == "id"
    assert script.normalise_query("1234").looks_like == "tail"


def test_tibetan_query_also_carries_its_wylie_and_latin_its_compact_form():
    assert script.normalise_query("སྒྲོལ་མ").wylie == "sgrol ma"
    assert script.normalise_query("sgrol ma").compact == "sgrolma"
