"""Issue #19, item 4: the complaint statistics in the layout of PBOC's complaint statistics — every
JR/T 0169-2018 code in the standard's order, received / resolved / overdue at the period's end, a
class with classes under it marked as their 小计, the total the sum of the 大类 — recomputed here
with SQL of the test's own for every kind of period, read back from the xlsx and the PDF in zh, bo
and both, and at a township the sum of its villages' statistics."""

from __future__ import annotations

import re
import subprocess
from datetime import date

import openpyxl
import pytest

from app.domain.periods import ReportPeriod
from app.services import reports
from app.services.report_document import COMPLAINT_DIMENSIONS, document
from exports.pdf.report import write_report_pdf
from exports.xlsx.monthly import write_monthly
from exports.xlsx.registers import run

# the township and its two villages of the sync tests (fixtures)
from tests.app.services.test_sync import export, tree, tree_files

TODAY = date(2026, 11, 15)

#: a class's row counts every complaint whose code begins with the class's digits (the standard's
#: rule: a code is its class's digits after its parent's); joined to the code list itself so a
#: code with no complaint is there with 0
OWN = """
SELECT r.code AS code,
       coalesce(sum(c.received_on BETWEEN :start AND :end), 0) AS received,
       coalesce(sum(EXISTS (SELECT 1 FROM complaint_event e
                            WHERE e.complaint_id = c.id AND e.deleted_at IS NULL
                              AND e.to_status = 'resolved' AND e.on_date BETWEEN :start AND :end)), 0)
           AS resolved,
       coalesce(sum(c.received_on <= :end AND c.due_on <= :end
                    AND (c.resolved_on IS NULL OR c.resolved_on > :end)), 0) AS overdue
FROM ref_enum r
LEFT JOIN complaint c ON c.deleted_at IS NULL AND substr(c.{dim}, 1, length(r.code)) = r.code
WHERE r.kind = :kind
GROUP BY r.code
ORDER BY r.sort
"""

#: complaints spread over 2026 across the three trees: (received, code_a, code_b, code_c, resolved on)
COMPLAINTS = [
    ("2026-01-05", "0101", "01", "01", "2026-01-09"),
    ("2026-02-11", "0102", "03", "02", None),
    ("2026-03-30", "01031", "04", "09", "2026-04-20"),
    ("2026-04-02", "01034", "06", "10", None),
    ("2026-05-17", "01035", "03", "05", "2026-05-20"),
    ("2026-06-28", "01039", "99", "06", "2026-07-25"),
    ("2026-07-01", "0104", "04", "07", None),
    ("2026-08-15", "0199", "05", "08", "2026-08-16"),
    ("2026-09-09", "02", "02", "12", "2026-10-02"),
    ("2026-09-25", "01033", "04", "09", None),
    ("2026-10-03", "01032", "02", "11", "2026-10-30"),
    ("2026-10-20", "0101", "01", "03", None),
    ("2026-10-28", "02", "02", "04", "2026-11-02"),
    ("2026-11-10", "0102", "03", "02", None),
]

LEVELS = ("前台业务渠道（小计）", "中、后台业务渠道", "电子渠道（小计）", "营业现场", "网络公众平台")

PERIODS = [
    ReportPeriod.month("2026-10"),
    ReportPeriod.parse("quarter", "2026-Q3"),
    ReportPeriod.parse("half", "2026-H1"),
    ReportPeriod.parse("year", "2026"),
    ReportPeriod.between("2026-03-15", "2026-09-10"),
]


@pytest.fixture
def coded(ws):
    for received, a, b, c, resolved in COMPLAINTS:
        row = ws.complaints.create(
            {
                "received_on": received,
                "complainant_name": "游客",
                "description": "投诉",
                "handler": "李明",
                "code_a": a,
                "code_b": b,
                "code_c": c,
            }
        )
        if resolved:
            ws.complaints.transition(row["id"], "resolved", on_date=resolved, outcome="已解释")
    return ws


def own_counts(ws, dim: str, kind: str, period: ReportPeriod) -> list[tuple]:
    p = {"start": period.start.isoformat(), "end": period.end.isoformat(), "kind": kind}
    return [tuple(r.values()) for r in ws.db.query(OWN.format(dim=dim), p)]


@pytest.mark.parametrize("period", PERIODS, ids=lambda p: p.key)
def test_every_code_counts_what_the_tests_own_sql_counts(coded, period):
    report = reports.build(coded, period, today=TODAY)
    doc = document(coded, report, "zh")
    for (dim, kind, _title), sec in zip(COMPLAINT_DIMENSIONS, doc.complaint_statistics):
        own = own_counts(coded, dim, kind, period)
        assert [(r[0], *r[2:]) for r in sec.rows[:-1]] == own, (period.key, dim)
        # the total is the 大类 summed, each complaint once, and what the report's summary says
        top = [r for r in own if len(r[0]) == 2]
        assert sec.rows[-1][2:] == tuple(sum(r[i] for r in top) for i in (1, 2, 3))
        assert sec.rows[-1][2] == report.total.complaints_received
        assert sec.rows[-1][3] == report.total.complaints_resolved
        assert sec.rows[-1][4] == report.total.complaints_overdue


def test_a_closed_periods_statistics_stay_when_later_work_is_recorded(coded):
    october = ReportPeriod.month("2026-10")
    before = document(coded, reports.build(coded, october, today=TODAY), "zh").complaint_statistics
    open_one = coded.db.scalar("SELECT id FROM complaint WHERE received_on = '2026-10-20'")
    coded.complaints.transition(open_one, "resolved", on_date="2026-11-12", outcome="已解释")
    coded.complaints.create(
        {"received_on": "2026-11-12", "complainant_name": "游客", "description": "x", "handler": "李明"}
    )
    after = document(coded, reports.build(coded, october, today=TODAY), "zh").complaint_statistics
    assert after == before


def test_a_class_with_classes_under_it_is_marked_as_their_subtotal(coded):
    doc = document(coded, reports.build(coded, ReportPeriod.parse("year", "2026"), today=TODAY), "zh")
    channel = {r[0]: r[1].strip("\u3000") for r in doc.complaint_statistics[0].rows}
    assert channel["01"] == "前台业务渠道（小计）" and channel["0103"] == "电子渠道（小计）"
    assert channel["0101"] == "营业现场" and channel["02"] == "中、后台业务渠道"


@pytest.mark.parametrize("mode", ["zh", "bo", "both"])
def test_the_xlsx_and_pdf_carry_the_statistics(coded, tmp_path, mode):
    period = ReportPeriod.parse("year", "2026")
    doc = document(coded, reports.build(coded, period, today=TODAY), mode)
    xlsx = tmp_path / f"{mode}.xlsx"
    run(write_monthly(doc, xlsx))
    [sheet] = [s for s in openpyxl.load_workbook(xlsx) if s["A2"].value == doc.complaint_statistics[0].title]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    # the sheet: each dimension's title, then its codes in the standard's order with the test's
    # own counts, then its total
    sections: list[list[tuple]] = []
    for r in rows:
        if r[2] is None:
            sections.append([])
        elif r[0]:
            sections[-1].append((r[0], r[2], r[3], r[4]))
    assert len(sections) == 3
    for (dim, kind, _title), got in zip(COMPLAINT_DIMENSIONS, sections):
        assert got == own_counts(coded, dim, kind, period), (mode, dim)
    subtotal = {"zh": "（小计）", "bo": "(ཕྲན་བསྡོམས།)", "both": "(ཕྲན་བསྡོམས།) / 前台业务渠道（小计）"}[mode]
    assert any(isinstance(r[1], str) and subtotal in r[1] for r in rows)
    pdf = tmp_path / f"{mode}.pdf"
    write_report_pdf(doc, pdf)
    words = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "01034" in words and "01039" in words
    if mode == "zh":
        # the tree stays readable on paper: each level set in one step further than its parent
        box = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        x = {w: float(re.search(rf'xMin="([\d.]+)"[^>]*>{w}<', box).group(1)) for w in LEVELS}
        assert (
            x["前台业务渠道（小计）"]
            == x["中、后台业务渠道"]
            < x["电子渠道（小计）"]
            == x["营业现场"]
            < x["网络公众平台"]
        )
    if mode != "bo":
        assert "电子渠道（小计）" in words and "网络公众平台" in words


def test_a_townships_statistics_are_the_sum_of_its_villages(tree):
    from app.services import sync

    twp, va, vb, usb = tree
    sync.import_packages(twp, [export(va, usb), export(vb, usb)])
    period = ReportPeriod.parse("year", "2026")
    assert va.db.scalar("SELECT count(*) FROM complaint WHERE received_on >= '2026-01-01'") > 0

    def statistics(ws, office_code=None):
        report = reports.build(ws, period, office_code, today=TODAY)
        return [sec.rows for sec in document(ws, report, "zh").complaint_statistics]

    up, a, b = statistics(twp), statistics(va), statistics(vb)
    for up_rows, a_rows, b_rows in zip(up, a, b):
        assert [r[0] for r in up_rows] == [r[0] for r in a_rows]
        for u, x, y in zip(up_rows, a_rows, b_rows):
            assert u[2:] == tuple(i + j for i, j in zip(x[2:], y[2:])), u[0]
    # the codes travelled as they were: the township holds each village's complaints coded the same
    for v in (va, vb):
        here = {r["id"]: (r["code_a"], r["code_b"], r["code_c"]) for r in v.db.query("SELECT * FROM complaint")}
        there = twp.db.query(
            f"SELECT id, code_a, code_b, code_c FROM complaint WHERE id IN ({','.join('?' * len(here))})", list(here)
        )
        assert {r["id"]: (r["code_a"], r["code_b"], r["code_c"]) for r in there} == here
