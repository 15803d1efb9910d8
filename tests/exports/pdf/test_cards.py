"""Household record cards: one card per household from a new page, bilingual, masked IDs, fonts embedded."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from app.domain.errors import NotFound, PermissionDenied
from app.i18n import translate
from exports.pdf.cards import CARD_TITLE, households_for, write_cards
from exports.xlsx.registers import run

pytestmark = pytest.mark.skipif(not shutil.which("pdffonts") or not shutil.which("pdftotext"),
                                reason="poppler-utils not installed")


def pages(path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return [p for p in out.split("\f") if p.strip()]


@pytest.fixture
def small_village(demo_ws):
    """Four households with loans moved into a village of their own (cards take time to set)."""
    from storage import records

    vid = records.insert(demo_ws.db, "village", {"name_zh": "小村", "name_bo": "གྲོང་ཆུང་།"}, demo_ws.actor)["id"]
    ids = [r["household_id"] for r in demo_ws.db.query(
        "SELECT household_id FROM loan_demand GROUP BY household_id ORDER BY count(*) DESC, household_id LIMIT 4")]
    demo_ws.db.execute("UPDATE household SET village_id = ? WHERE id IN (?, ?, ?, ?)", (vid, *ids))
    return ids


def test_one_card_per_household_each_from_a_new_page(demo_ws, small_village, tmp_path):
    ids = households_for(demo_ws, village="小村")
    assert sorted(ids) == sorted(small_village)
    path = tmp_path / "cards.pdf"
    last = run(write_cards(demo_ws, ids, path, mode="zh"))
    assert (last.done, last.total) == (4, 4)
    texts = pages(path)
    title = translate(CARD_TITLE, "zh")
    starts = [i for i, t in enumerate(texts) if title in t]
    assert len(starts) == 4 and starts[0] == 0 and len(texts) >= 4
    names = [demo_ws.households.get(i)["name_zh"] for i in ids]
    for start, name in zip(starts, names):
        assert name in texts[start]


def test_a_card_shows_loans_with_history_sessions_complaints_and_ratings(demo_ws, tmp_path):
    hid = demo_ws.db.scalar("SELECT household_id FROM complaint c WHERE household_id IS NOT NULL AND EXISTS"
                            " (SELECT 1 FROM loan_demand d WHERE d.household_id = c.household_id) LIMIT 1")
    record = demo_ws.households.record(hid)
    path = tmp_path / "one.pdf"
    run(write_cards(demo_ws, [hid], path, mode="zh"))
    text = "".join(pages(path))
    for loan in record["loans"]:
        assert loan["registered_on"] in text
        for event in loan["events"]:
            assert event["on_date"] in text
    for c in record["complaints"]:
        assert c["received_on"] in text
    for r in record["ratings"]:
        assert r["rated_on"] in text and f"{r['year']:,}" not in text  # a year, not "2,025"
    assert translate("Loan demands and their history", "zh") in text


def test_id_numbers_are_masked_unless_allowed(demo_ws, tmp_path):
    hid = households_for(demo_ws, all_=True)[0]
    number = demo_ws.households.get(hid)["id_number"]
    run(write_cards(demo_ws, [hid], tmp_path / "m.pdf", mode="zh"))
    text = "".join(pages(tmp_path / "m.pdf"))
    assert number not in text and number[:6] + "********" + number[-4:] in text
    run(write_cards(demo_ws, [hid], tmp_path / "f.pdf", mode="zh", full_ids=True))
    assert number in "".join(pages(tmp_path / "f.pdf"))
    demo_ws.role = "cadre"
    with pytest.raises(PermissionDenied):
        run(write_cards(demo_ws, [hid], tmp_path / "x.pdf", mode="zh", full_ids=True))
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("mode", ["bo", "both"])
def test_tibetan_cards_embed_every_font(demo_ws, tmp_path, mode):
    hid = households_for(demo_ws, all_=True)[0]
    path = tmp_path / f"{mode}.pdf"
    run(write_cards(demo_ws, [hid], path, mode=mode))
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in out.splitlines()[2:]]
    assert rows and all(r[-5] == "yes" and r[-4] == "yes" for r in rows)
    assert any("Tibetan" in r[0] for r in rows)


def test_households_for_finds_by_id_number_and_refuses_unknown(demo_ws):
    row = demo_ws.db.one("SELECT id, id_number FROM household LIMIT 1")
    assert households_for(demo_ws, household=row["id_number"]) == [row["id"]]
    assert households_for(demo_ws, household=row["id"]) == [row["id"]]
    with pytest.raises(NotFound):
        households_for(demo_ws, household="nobody")
    assert len(households_for(demo_ws, all_=True)) == demo_ws.households.count()


def test_cancelling_leaves_no_file(demo_ws, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    steps = write_cards(demo_ws, households_for(demo_ws, all_=True)[:5], stick / "c.pdf", mode="zh")
    next(steps), next(steps), next(steps)
    steps.close()
    assert list(stick.iterdir()) == []


def test_many_cards_go_to_several_files_of_bounded_size(demo_ws, tmp_path):
    from exports.pdf.cards import part_paths

    ids = households_for(demo_ws, all_=True)[:5]
    out = tmp_path / "all.pdf"
    run(write_cards(demo_ws, ids, out, mode="zh", per_file=2))
    files = part_paths(out, 5, 2)
    assert [f.name for f in files] == ["all-01.pdf", "all-02.pdf", "all-03.pdf"]
    assert all(f.exists() for f in files) and not out.exists()
    title = translate(CARD_TITLE, "zh")
    counts = [sum(title in p for p in pages(f)) for f in files]
    assert counts == [2, 2, 1]


def test_cancelling_a_multi_file_run_removes_finished_parts(demo_ws, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    steps = write_cards(demo_ws, households_for(demo_ws, all_=True)[:5], stick / "c.pdf", mode="zh", per_file=2)
    for _ in range(4):   # start, card 1, card 2 (part 1 done), card 3
        next(steps)
    steps.close()
    assert list(stick.iterdir()) == []
