"""Issue #19 item 5: every Tibetan text a report or a card draws comes back from pdftotext as
written — not only the office's name and the tables' cells, but the titles, the running header,
the period and "made on" lines, the chart's title and labels, the village tables, the indicators,
the complaint statistics, the narrative and the names kept with the report, the annex with the
sentence saying where it stops, the signature places, the footers with their page numbers —
in Tibetan and bilingual, with names of hard stacks (སྒྲོལ་མ, བསྒྲུབས, ཀྵ, ཧཱུྃ …).

A text the layout wrapped is looked for with the line breaks (and the spaces they replaced) taken
out; the bilingual "Tibetan / Chinese" texts the PDF sets on two lines are looked for language by
language."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from app.services import reports
from app.services.cards import card_batch
from app.services.report_document import document
from exports.pdf import layout
from exports.pdf.cards import write_cards
from exports.pdf.report import LOAN_COLUMNS, OTHER_COLUMNS, write_report_pdf
from exports.xlsx.registers import run
from tests.app.services.test_indicators import decide, demand, id_number

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")

TIBETAN = re.compile("[\u0f00-\u0fff]")
HARD = ["སྒྲོལ་མ", "བསྒྲུབས", "ཀྵ་ཏྲི", "ཧཱུྃ་ཨཱཿ", "བསྟན་འཛིན་རྒྱ་མཚོ", "སྤྲུལ་སྐུ་བརྒྱ་བྱིན", "པདྨ་ཚེ་རིང"]


def _names() -> list[str]:
    from app.services.demo import SAMPLE_NAMES

    sample = json.loads(SAMPLE_NAMES.read_text("utf-8"))
    return HARD + [n["bo"] for n in sample["tibetan_given_names"][:8]]


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _parts(s) -> list[str]:
    """The Tibetan pieces of a text as the PDF sets them (bilingual halves on lines of their own)."""
    return [p for p in re.split(r" / |\n", str(s or "")) if TIBETAN.search(p)]


def _pdftotext(path) -> list[str]:
    out = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return out.split("\f")[:-1]


def _missing(strings, pages: list[str]) -> list[str]:
    whole = "\n".join(pages)
    flat = squash(whole)
    return sorted({p for s in strings for p in _parts(s) if p not in whole and squash(p) not in flat})


@pytest.fixture
def hard_names(demo_ws):
    """Households with names of hard stacks, each with a loan demand referred and decided in October
    (so they are in the October report's annex of loan steps)."""
    names = _names()
    ids = []
    for i, name in enumerate(names):
        hid = demo_ws.households.create(
            {
                "name_zh": f"测试{i}",
                "name_bo": name,
                "id_number": id_number(),
                "status": "general",
                "village": "拉脊村",
                "registered_on": "2026-01-05",
            }
        )["id"]
        loan = demand(demo_ws, hid, "2026-10-02", product="other")
        decide(demo_ws, loan, ("referred", "2026-10-03"))
        ids.append(hid)
    return names, ids


def _report_strings(d) -> list[str]:
    """Every text the report's PDF draws, taken from its document as the writer lays it out."""
    out = [d.office, d.title, d.header_right, d.period_line, d.made_line, *d.notices]
    for sec in d.sections:
        out += [sec.title, *sec.headers, *(str(v) for row in sec.rows for v in row if v not in ("", None))]
    out += [d.chart.title, *d.chart.labels]
    v = d.villages
    index = {k: i for i, k in enumerate(v.keys)}
    out += [v.loans_title, v.other_title, v.first_header, v.credit_header, v.total[0]]
    out += [v.headers[index[k]] for k in LOAN_COLUMNS + OTHER_COLUMNS]
    out += [r[0] for r in v.rows] + [r[-1] for r in v.rows if isinstance(r[-1], str)]
    for sec in filter(None, (d.indicators, *d.complaint_statistics, d.offices_below)):
        out += [sec.title, *sec.headers, *(str(x) for row in sec.rows for x in row if isinstance(x, str))]
    out += [d.narrative_title, d.narrative]
    out += [x for pair in d.signatures for x in pair]
    a = d.annex
    out += [a.title, *a.headers, *(x for row in a.rows for x in row if isinstance(x, str)), a.more or a.empty]
    return out


@pytest.mark.parametrize("mode", ["bo", "both"])
def test_every_tibetan_text_of_a_report_is_found_in_its_pdf(demo_ws, hard_names, tmp_path, mode, monkeypatch):
    from app.services import report_document

    names, _ids = hard_names
    period = reports.ReportPeriod.month("2026-10")
    reports.save_note(
        demo_ws,
        period,
        narrative="ཟླ་བ་འདིར་དངུལ་བསྐྱིན་གསར་པ་མང་། བསྒྲུབས་འབྲས།\nགནད་དོན་གསར་པ་མེད།",
        prepared_by="སྒྲོལ་མ",
        reviewed_by="བསྟན་འཛིན",
    )
    report = reports.build(demo_ws, period)
    # the annex stops before its end, so that the sentence saying so is drawn (the steps of the
    # hard names, 2 and 3 October, come before the cut: the names are looked for below)
    monkeypatch.setattr(report_document, "ANNEX_LIMIT", len(report.loan_event_ids) - 3)
    d = document(demo_ws, report, mode, sheets=False)
    assert d.annex.more
    path = tmp_path / f"report-{mode}.pdf"
    write_report_pdf(d, path)
    pages = _pdftotext(path)
    whole = "\n".join(pages)
    assert not re.search("[\ue000-\uf8ff]", whole)  # no private-use codes
    strings = _report_strings(d)
    assert sum(len(_parts(s)) for s in strings) > 150
    assert _missing(strings, pages) == []
    for name in names:  # a name is one word: found byte for byte, not only with spaces taken out
        assert name.rstrip("།") in whole, name
    for n, page in enumerate(pages, start=1):  # every page's number, in the reader's language
        label = layout.page_label(layout.PAGE_OF, mode, page=n, pages=len(pages))
        assert squash(label) in squash(page), (n, label)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert d.file_title in info  # the document's title, as the reader's PDF viewer shows it


@pytest.mark.parametrize("mode", ["bo", "both"])
def test_every_tibetan_text_of_a_card_is_found_in_its_pdf(demo_ws, hard_names, tmp_path, mode):
    names, ids = hard_names
    # and two households with sessions, complaints and ratings on their cards
    busy = [
        r["household_id"]
        for r in demo_ws.db.query(
            "SELECT household_id FROM complaint WHERE household_id IS NOT NULL"
            " AND household_id IN (SELECT household_id FROM credit_rating) LIMIT 2"
        )
    ]
    batch = card_batch(demo_ws, ids + busy, mode=mode)
    cards = list(batch.cards)
    path = tmp_path / f"cards-{mode}.pdf"
    run(write_cards(card_batch(demo_ws, ids + busy, mode=mode), path))
    pages = _pdftotext(path)
    whole = "\n".join(pages)
    assert not re.search("[\ue000-\uf8ff]", whole)
    strings = [batch.office_name, batch.printed, batch.title, batch.sign_date, *batch.signatures]
    for card in cards:
        strings += [card.title, card.name]
        strings += [x for pair in card.details for x in pair]
        for sec in card.sections:
            strings.append(sec.title)
            strings += [*sec.headers, *(c for row in sec.rows for c in row)] if sec.rows else [sec.empty]
    assert sum(len(_parts(s)) for s in strings) > 150
    assert _missing(strings, pages) == []
    for name in names:
        assert name.rstrip("།") in whole, name
    # every page's foot says which page of its card it is, in the reader's language
    labels = {squash(batch.page_of(p, n)) for n in range(1, 8) for p in range(1, n + 1)}
    blank = [i for i, page in enumerate(pages) if not page.strip()]  # a card's back left empty
    assert all(any(label in squash(page) for label in labels) for i, page in enumerate(pages) if i not in blank)
