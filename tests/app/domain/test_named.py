"""Names a problem carries in every language (app.domain.errors.Named): the service gives them all,
and the sentence is said in the reader's language without the service knowing it."""

from __future__ import annotations

import pytest

from app.domain.errors import Named, Problem, ValidationErrors
from tests.helpers import GENERAL


def test_a_named_parameter_is_said_in_the_language_of_the_sentence():
    poor = Named("建档立卡贫困户", "ཐོ་འགོད་དབུལ་ཕོངས་ཁྱིམ་ཚང་།", "Registered poor household")
    p = Problem("status", "{status} only", {"status": poor})
    assert p.text("zh") == "建档立卡贫困户 only" and p.text("en") == "Registered poor household only"
    assert p.text("bo").startswith("ཐོ་འགོད་")
    # bilingual: each half with its own language's name, never both names in each half
    bo_half, zh_half = p.text("both").split(" / ")
    assert "建档立卡" not in bo_half and "ཐོ་འགོད" not in zh_half


def test_joined_names_keep_every_language():
    a, b = Named("甲", "ཀ", "A"), Named("乙", "ཁ", "B")
    both = Named.joined(", ", [a, b, "530"])
    assert (both.in_lang("zh"), both.in_lang("bo"), both.in_lang("en")) == ("甲, 乙, 530", "ཀ, ཁ, 530", "A, B, 530")


def test_a_loan_refusal_names_the_statuses_in_each_language_without_the_workspace_language(ws):
    hid = ws.households.create(GENERAL)["id"]
    ws.lang = "bo"  # no longer read by the services: the sentence follows the reader's language
    with pytest.raises(ValidationErrors) as exc:
        ws.loans.create(
            {
                "household_id": hid,
                "registered_on": "2026-10-01",
                "amount_fen": 3_000_000,
                "term_months": 24,
                "product_code": "530",
                "purpose": "x",
            }
        )
    zh = exc.value.text("zh")
    assert ws.reference.label("household_status", "registered_poor", "zh") in zh
    assert ws.reference.label("household_status", "registered_poor", "bo") not in zh
    en = exc.value.text("en")
    assert "Registered poor household" in en
    assert ws.reference.label("household_status", "registered_poor", "zh") not in en
