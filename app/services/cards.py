"""Household record cards (农户金融服务档案卡) as documents: everything a card prints, already in
the reader's language, so the PDF writer (exports/pdf/cards.py) only lays it out.

    households_for(ws, household=, village=, all_=) -> [id, …]     the CLI's and the page's choice
    card_batch(ws, ids, mode="both", full_ids=False) -> CardBatch   lazy: one Card per household

A batch holds the page furniture (office name, printing date, the words "page X of Y",
"continued", the signature places) and yields its cards one at a time, so a village or a whole
register is written with one card in memory.  Full ID numbers only for roles allowed to see them
(PermissionDenied otherwise, before anything is written); with masked numbers the birth date is
shown as a year only, because the date is exactly the hidden middle of the number (GB/T 35273
display masking; issue #19 item 2).
"""

from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Iterator

from app.domain.errors import NotFound
from app.domain.idnumber import mask_id_number
from app.domain.money import format_rate, format_yuan
from app.domain.script import labelled
from app.domain.privacy import FullIdsDenied
from app.i18n import N_, translate
from app.i18n import label as tr
from app.i18n import name_pair as pair
from storage import villages as village_store

if TYPE_CHECKING:
    from app.services.workspace import Workspace

CARD_TITLE = N_("Household financial services record card")
PRINTED = N_("Printed on")
NONE = N_("None on record.")
CONTINUED = N_("{name}, continued")
CARD_PAGE_OF = N_("Page {page} of {pages} of this card")
#: who signs a card, and what with (农户 / 村两委 / 驻村金融服务人员)
SIGNATURES = (
    N_("Household (signature)"),
    N_("Village committees (stamp)"),
    N_("Resident financial-service officer (signature)"),
)
SIGN_DATE = N_("Date")


@dataclass
class Section:
    """One table of a card: a heading, column headers (bilingual: two lines) and text rows."""

    title: str
    headers: list[str]
    rows: list[list[str]]
    fractions: list[float]  # column widths as shares of the page's text width
    right: tuple[int, ...] = ()  # columns of figures (set flush right)
    empty: str = ""  # said instead of an empty table


@dataclass
class Card:
    number: int  # 1-based place in the batch
    name: str  # the household's name in both scripts (header, "continued")
    title: str
    details: list[tuple[str, str]]  # (label, value) pairs, two per row on the card
    sections: list[Section]


@dataclass
class CardBatch:
    mode: str
    total: int
    office_name: str
    printed: str  # "Printed on: 2026-11-15" in the mode
    title: str  # the PDF's title
    page_of: Callable[[int, int], str]
    continued: Callable[[str], str]
    signatures: list[str]
    sign_date: str
    font_paths: dict = field(default_factory=dict)
    cards: Iterator[Card] = iter(())


def households_for(
    ws: Workspace, *, household: str | None = None, village: str | None = None, all_: bool = False
) -> list[str]:
    """Household ids for one household (id or ID number), a village (name) or all, in name order."""
    if household:
        if ws.db.scalar("SELECT 1 FROM household WHERE id = ? AND deleted_at IS NULL", (household,)):
            return [household]
        found = ws.households.find_by_id_number(household)
        if found:
            return [found["id"]]
        raise NotFound("household", household)
    if village:
        row = village_store.find_by_name(ws.db, village.strip())
        if row is None:
            raise NotFound("village", village)
        return ws.households.search_ids("", village_id=row["id"], sort="name")
    if all_:
        return ws.households.search_ids("", sort="name")
    return []


def _page_label(source: str, mode: str, **params) -> str:
    if mode == "both":
        return "  ".join(translate(source, lang).format(**params) for lang in ("bo", "zh"))
    return translate(source, mode).format(**params)


def card_batch(
    ws: Workspace,
    household_ids: list[str],
    *,
    mode: str = "both",
    full_ids: bool = False,
    today: _dt.date | None = None,
) -> CardBatch:
    """The cards of `household_ids`, in order; raises FullIdsDenied before any card is made."""
    from app.services import pdf_fonts

    if full_ids and not ws.can_see_full_id_numbers():
        raise FullIdsDenied()
    office = ws.office or {}
    head_sep = "\n" if mode == "both" else " / "
    return CardBatch(
        mode=mode,
        total=len(household_ids),
        office_name=pair(office.get("name_zh"), office.get("name_bo"), mode),
        printed=labelled(tr(PRINTED, mode), (today or _dt.date.today()).isoformat()),
        title=tr(CARD_TITLE, mode),
        page_of=lambda page, pages: _page_label(CARD_PAGE_OF, mode, page=page, pages=pages),
        continued=lambda name: _page_label(CONTINUED, mode, name=name),
        signatures=[tr(s, mode, head_sep) for s in SIGNATURES],
        sign_date=tr(SIGN_DATE, mode),
        font_paths=pdf_fonts.font_paths(ws),
        cards=_cards(ws, list(household_ids), mode, full_ids),
    )


def _cards(ws: Workspace, ids: list[str], mode: str, full_ids: bool) -> Iterator[Card]:
    def t(s):
        return tr(s, mode)

    def head(s):
        # bilingual column headers: Tibetan above Chinese, never "xxx / yyy" wrapped anyhow
        return tr(s, mode, "\n")

    labels = {
        kind: {r["code"]: ws.reference.label(kind, r["code"], mode) for r in ws.reference.enums(kind)}
        for kind in (
            "sex",
            "ethnicity",
            "language",
            "household_status",
            "industry",
            "loan_status",
            "complaint_status",
            "complaint_code_b",
            "rating_grade",
            "literacy_topic",
            "satisfaction",
        )
    }
    products = {p.code: ws.reference.product_label(p.code, mode) for p in ws.reference.products()}
    villages = {v["id"]: pair(v["name_zh"], v["name_bo"], mode) for v in village_store.all_rows(ws.db)}

    def label(kind, code):
        return labels[kind].get(code, code or "") if code else ""

    def history(events):
        steps = []
        for e in events:
            step = f"{e['on_date']} {label('loan_status', e['to_status'])}"
            if e.get("reason"):
                step += f" ({e['reason']})"
            steps.append(step)
        return "\n".join(steps)

    def section(title, headers, rows, fractions, right=()):
        return Section(t(title), [head(h) for h in headers], rows, fractions, tuple(right), t(NONE))

    for number, hid in enumerate(ids, start=1):
        record = ws.households.record(hid)
        h = record["household"]
        id_text = (h["id_number"] or "") if full_ids else (mask_id_number(h["id_number"]) if h["id_number"] else "")
        birth = h["birth_date"] or ""
        if not full_ids and birth:
            birth = birth[:4]  # the full date is the masked middle of the ID number
        size = h["household_size"]
        labour = h["labour_count"]
        details = [
            (t(N_("Name (Chinese)")), h["name_zh"] or ""),
            (t(N_("Name (Tibetan)")), h["name_bo"] or ""),
            (t(N_("ID number")), id_text),
            (t(N_("Sex")), label("sex", h["sex"])),
            (t(N_("Birth year") if not full_ids else N_("Birth date")), birth),
            (t(N_("Phone")), h["phone"] or ""),
            (t(N_("Village")), villages.get(h["village_id"], "")),
            (t(N_("Group")), h["group_name"] or ""),
            (t(N_("Household size")), f"{size:,}" if size is not None else ""),
            (t(N_("Labourers")), f"{labour:,}" if labour is not None else ""),
            (t(N_("Ethnicity")), label("ethnicity", h["ethnicity"])),
            (t(N_("Preferred language")), label("language", h["preferred_language"])),
            (t(N_("Household status")), label("household_status", h["status"])),
            (t(N_("Industry")), label("industry", h["industry"])),
            (t(N_("Registered on")), h.get("registered_on") or ""),
        ]
        loans = [
            [
                d["registered_on"],
                products.get(d["product_code"], d["product_code"]),
                format_yuan(d["amount_fen"]),
                label("loan_status", d["status"]),
                format_yuan(d["granted_fen"]) if d["granted_fen"] else "",
                format_rate(d["rate_bp"]) if d["rate_bp"] is not None else "",
                d["maturity_on"] or "",
                history(d.get("events", [])),
            ]
            for d in record["loans"]
        ]
        sessions = []
        for s in record["sessions"]:
            topics = json.loads(s["topics"] or "[]") if isinstance(s["topics"], str) else (s["topics"] or [])
            sessions.append(
                [
                    s["held_on"],
                    s["place"] or "",
                    ("、" if mode == "zh" else "; ").join(label("literacy_topic", x) for x in topics),
                    label("language", s["language"]),
                ]
            )
        complaints = [
            [
                c["received_on"],
                label("complaint_code_b", c["code_b"]),
                c["description"] or "",
                label("complaint_status", c["status"]),
                c["resolved_on"] or "",
                label("satisfaction", c["satisfaction"]),
            ]
            for c in record["complaints"]
        ]
        ratings = [
            [
                str(r["year"]),
                "" if r["score"] is None else f"{r['score']:,}",
                label("rating_grade", r["grade"]),
                r["rated_on"] or "",
                r["bank_rater"] or "",
                r["village_rater"] or "",
            ]
            for r in record["ratings"]
        ]
        sections = [
            section(
                N_("Loan demands and their history"),
                [
                    N_("Registered on"),
                    N_("Loan product"),
                    N_("Amount asked (yuan)"),
                    N_("Status"),
                    N_("Amount granted (yuan)"),
                    N_("Interest rate"),
                    N_("Maturity"),
                    N_("History"),
                ],
                loans,
                [0.105, 0.14, 0.13, 0.095, 0.13, 0.08, 0.105, 0.215],
                right=(2, 4, 5),
            ),
            section(
                N_("Literacy sessions attended"),
                [N_("Held on"), N_("Place"), N_("Topics"), N_("Language")],
                sessions,
                [0.14, 0.24, 0.46, 0.16],
            ),
            section(
                N_("Complaints"),
                [
                    N_("Received on"),
                    N_("Business type"),
                    N_("Description"),
                    N_("Status"),
                    N_("Resolved on"),
                    N_("Satisfaction"),
                ],
                complaints,
                [0.13, 0.16, 0.33, 0.13, 0.12, 0.13],
            ),
            section(
                N_("Credit ratings"),
                [N_("Year"), N_("Score"), N_("Grade"), N_("Rated on"), N_("Bank rater"), N_("Village rater")],
                ratings,
                [0.1, 0.1, 0.16, 0.16, 0.24, 0.24],
                right=(1,),
            ),
        ]
        yield Card(
            number=number,
            name=pair(h["name_zh"], h["name_bo"], "both", " "),
            title=tr(CARD_TITLE, mode, "\n"),
            details=details,
            sections=sections,
        )
