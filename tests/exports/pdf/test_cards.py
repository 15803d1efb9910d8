"""Household record cards: one card per household from a new page, bilingual, masked IDs, fonts embedded."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from app.domain.errors import NotFound, PermissionDenied
from app.i18n import translate
from app.services.cards import CARD_TITLE, card_batch, households_for
from exports.pdf.cards import write_cards
from exports.xlsx.registers import run

pytestmark = pytest.mark.skipif(
    not shutil.which("pdffonts") or not shutil.which("pdftotext"), reason="poppler-utils not installed"
)


def pages(path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [p for p in out.split("\f") if p.strip()]


@pytest.fixture
def small_village(demo_ws):
    """Four households with loans moved into a village of their own (cards take time to set)."""
    from storage import records

    vid = records.insert(demo_ws.db, "village", {"name_zh": "小村", "name_bo": "གྲོང་ཆུང་།"}, demo_ws.actor)["id"]
    ids = [
        r["household_id"]
        for r in demo_ws.db.query(
            "SELECT household_id FROM loan_demand GROUP BY household_id ORDER BY count(*) DESC, household_id LIMIT 4"
        )
    ]
    demo_ws.db.execute("UPDATE household SET village_id = ? WHERE id IN (?, ?, ?, ?)", (vid, *ids))
    return ids


def test_one_card_per_household_each_from_a_new_page(demo_ws, small_village, tmp_path):
    ids = households_for(demo_ws, village="小村")
    assert sorted(ids) == sorted(small_village)
    path = tmp_path / "cards.pdf"
    last = run(write_cards(card_batch(demo_ws, ids, mode="zh"), path))
    assert (last.done, last.total) == (4, 4)
    texts = pages(path)
    title = translate(CARD_TITLE, "zh")
    starts = [i for i, t in enumerate(texts) if title in t]
    assert len(starts) == 4 and starts[0] == 0 and len(texts) >= 4
    names = [demo_ws.households.get(i)["name_zh"] for i in ids]
    for start, name in zip(starts, names):
        assert name in texts[start]


def test_a_card_shows_loans_with_history_sessions_complaints_and_ratings(demo_ws, tmp_path):
    hid = demo_ws.db.scalar(
        "SELECT household_id FROM complaint c WHERE household_id IS NOT NULL AND EXISTS"
        " (SELECT 1 FROM loan_demand d WHERE d.household_id = c.household_id) LIMIT 1"
    )
    record = demo_ws.households.record(hid)
    path = tmp_path / "one.pdf"
    run(write_cards(card_batch(demo_ws, [hid], mode="zh"), path))
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
    run(write_cards(card_batch(demo_ws, [hid], mode="zh"), tmp_path / "m.pdf"))
    text = "".join(pages(tmp_path / "m.pdf"))
    assert number not in text and number[:6] + "********" + number[-4:] in text
    birth = demo_ws.households.get(hid)["birth_date"]
    assert birth and birth not in text  # the date is the hidden middle of the number
    run(write_cards(card_batch(demo_ws, [hid], mode="zh", full_ids=True), tmp_path / "f.pdf"))
    assert number in "".join(pages(tmp_path / "f.pdf"))
    demo_ws.role = "cadre"
    with pytest.raises(PermissionDenied):
        run(write_cards(card_batch(demo_ws, [hid], mode="zh", full_ids=True), tmp_path / "x.pdf"))
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("mode", ["bo", "both"])
def test_tibetan_cards_embed_every_font(demo_ws, tmp_path, mode):
    hid = households_for(demo_ws, all_=True)[0]
    path = tmp_path / f"{mode}.pdf"
    run(write_cards(card_batch(demo_ws, [hid], mode=mode), path))
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
    steps = write_cards(card_batch(demo_ws, households_for(demo_ws, all_=True)[:5], mode="zh"), stick / "c.pdf")
    next(steps), next(steps), next(steps)
    steps.close()
    assert list(stick.iterdir()) == []


def test_many_cards_go_to_several_files_of_bounded_size(demo_ws, tmp_path):
    from exports.pdf.cards import part_paths

    ids = households_for(demo_ws, all_=True)[:5]
    out = tmp_path / "all.pdf"
    run(write_cards(card_batch(demo_ws, ids, mode="zh"), out, per_file=2))
    files = part_paths(out, 5, 2)
    assert [f.name for f in files] == ["all-01.pdf", "all-02.pdf", "all-03.pdf"]
    assert all(f.exists() for f in files) and not out.exists()
    title = translate(CARD_TITLE, "zh")
    counts = [sum(title in p for p in pages(f)) for f in files]
    assert counts == [2, 2, 1]


def test_cancelling_a_multi_file_run_removes_finished_parts(demo_ws, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    steps = write_cards(
        card_batch(demo_ws, households_for(demo_ws, all_=True)[:5], mode="zh"), stick / "c.pdf", per_file=2
    )
    for _ in range(4):  # start, card 1, card 2 (part 1 done), card 3
        next(steps)
    steps.close()
    assert list(stick.iterdir()) == []


def raw_pages(path) -> list[str]:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return out.split("\f")[:-1]


@pytest.fixture
def long_cards(demo_ws, small_village, tmp_path):
    """The four households with the most loans, as bilingual cards: some run over a page."""
    path = tmp_path / "cards.pdf"
    run(write_cards(card_batch(demo_ws, households_for(demo_ws, village="小村"), mode="both"), path))
    return raw_pages(path)


def card_runs(texts: list[str]) -> list[list[str]]:
    """The pages of each card (a card starts with its title; empty backs belong to none)."""
    title = translate(CARD_TITLE, "zh")
    cards: list[list[str]] = []
    for t in texts:
        if title in t:
            cards.append([t])
        elif t.strip():
            cards[-1].append(t)
    return cards


def test_every_card_starts_on_an_odd_page_and_counts_its_own_pages(long_cards):
    title = translate(CARD_TITLE, "zh")
    starts = [i + 1 for i, t in enumerate(long_cards) if title in t]
    assert len(starts) == 4 and all(n % 2 == 1 for n in starts)
    # an empty back after a card that ended on an odd page, and nothing else is empty
    empty = [i + 1 for i, t in enumerate(long_cards) if not t.strip()]
    assert all(n % 2 == 0 and n + 1 in starts for n in empty)
    cards = card_runs(long_cards)
    assert any(len(c) > 1 for c in cards), "the fixture should have a card running over a page"
    for card in cards:
        for page, t in enumerate(card, start=1):
            assert f"本卡第 {page} 页，共 {len(card)} 页" in t
            if page > 1:
                assert "（续）" in t


def test_a_card_ends_with_signature_stamp_and_date_places(long_cards):
    for card in card_runs(long_cards):
        last = card[-1]
        for who in ("农户（签字）", "村两委（盖章）", "驻村金融服务人员（签字）"):
            assert who in last
        assert last.count("日期") >= 3


def test_a_section_heading_never_ends_a_page(long_cards):
    headings = [
        translate(h, "zh")
        for h in ("Loan demands and their history", "Literacy sessions attended", "Complaints", "Credit ratings")
    ]
    for page in long_cards:
        lines = [x.strip() for x in page.splitlines() if x.strip()]
        body = [x for x in lines if "打印日期" not in x and "本卡第" not in x]
        if body:
            assert not body[-1].endswith(tuple(headings)), body[-6:]


def test_column_headers_leave_no_bracket_alone(long_cards):
    for page in long_cards:
        assert not any(x.strip() in ("）", ")", "）/", "元）") for x in page.splitlines())


def test_every_tibetan_string_of_a_card_is_extracted_exactly(demo_ws, small_village, tmp_path):
    """Search and copy give back the Tibetan drawn (issue #19 item 5): pdftotext (in drawing
    order, -raw) finds each Tibetan text of the card byte for byte; a text the table wrapped is
    found with its line breaks (and the spaces they replaced) taken out."""
    import re

    cards = list(card_batch(demo_ws, small_village[:2], mode="bo").cards)
    path = tmp_path / "bo.pdf"
    run(write_cards(card_batch(demo_ws, small_village[:2], mode="bo"), path))
    text = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout

    def squash(s):
        return re.sub(r"\s+", "", s)

    strings = set()
    for card in cards:
        strings |= {card.title, card.name.split(" ")[-1]}
        for label, value in card.details:
            strings |= {label, value}
        for sec in card.sections:
            strings.add(sec.title)
            if sec.rows:
                strings |= set(sec.headers) | {cell for row in sec.rows for cell in row}
    tibetan = sorted(s for s in strings if re.search(r"[\u0f40-\u0fbc]", s or ""))
    assert len(tibetan) > 20
    assert "\ue000" not in text and not re.search(r"[\ue000-\uf8ff]", text)  # no private-use codes
    missing = [s for s in tibetan if s not in text and squash(s) not in squash(text)]
    assert missing == [], "\n---\n".join(missing[:6])
    exact = [s for s in tibetan if s in text]
    assert len(exact) >= len(tibetan) // 2


@pytest.mark.parametrize("mode", ["bo", "both"])
def test_bilingual_column_headers_take_at_most_four_lines(demo_ws, small_village, mode):
    """The loan table's headers (the card's widest: eight columns) fit in four lines of Tibetan,
    where "xxx / yyy" wrapped anyhow ran to six."""
    from exports.pdf import cards as pdf_cards
    from exports.pdf import fonts, text

    fs = fonts.ensure_fonts()
    batch = card_batch(demo_ws, small_village[:1], mode=mode)
    card = next(iter(batch.cards))
    st = text.styles(8.5, fs)
    width = pdf_cards.A4[0] - 2 * pdf_cards.MARGIN
    lay = pdf_cards._Layout(batch, st, width)
    loans = card.sections[0]
    assert loans.rows, "the fixture's household has loans"
    _room, _heading, table = lay.section(loans)
    table.wrap(width, 10**6)
    tibetan_line = lay.head_style.fontSize * fs.tibetan.scale * text.TIBETAN_LEADING
    assert table._rowHeights[0] <= 4 * tibetan_line + 8, (table._rowHeights[0], tibetan_line)
