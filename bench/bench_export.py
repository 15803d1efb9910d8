"""The households register as .xlsx (app.services.register_export.document → exports/xlsx/registers.write_register) against bare XlsxWriter
in constant_memory mode writing the same cells.

Both sides do the same fetching: the ordered ids of the whole list (ws.households.search_ids, as the
GUI's "export this list" does) and the rows 1,000 at a time (ws.households.rows).  The bare side
then writes each cell the shortest way a programmer would by hand — label dicts made once, the ID
number masked by slicing, ISO dates turned into Excel serial numbers — with the same formats,
widths, frozen header row and autofilter; no safe-write (temp file, fsync, read-back checksum).
After the timing the bare file is compared with ours cell by cell (python-calamine), so the two
really wrote the same cells.  Budget: ours ≤ 1.2 × bare (DESIGN §7).
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

from bench.common import Budget, Case, Ctx, Measure, module_available

BATCH = 1000
EXCEL_EPOCH = date(1899, 12, 30).toordinal()


def _open(db: str):
    from app.services.workspace import Workspace

    return Workspace.open(db, user="bench", role="cadre", lang="zh")


def run_ours(db: str, out: str, mode: str = "zh") -> dict:
    from app.services.register_export import document
    from exports.xlsx.registers import run, write_register

    ws = _open(db)
    started = time.perf_counter()
    ids = ws.households.search_ids("")
    run(write_register(document(ws, "households", ids, mode=mode), out))
    seconds = time.perf_counter() - started
    ws.close()
    return {"seconds": seconds, "rows": len(ids), "bytes": Path(out).stat().st_size}


def run_bare(db: str, out: str, mode: str = "zh", compare_with: str = "") -> dict:
    import xlsxwriter

    from app.i18n import translate
    from exports.xlsx.columns import REGISTERS

    ws = _open(db)
    started = time.perf_counter()
    columns = REGISTERS["households"]
    labels = {}
    for c in columns:
        if c.kind.startswith("enum:"):
            kind = c.kind[5:]
            labels[c.key] = {r["code"]: ws.reference.label(kind, r["code"], mode) for r in ws.reference.enums(kind)}
    villages = {r["id"]: r["name_zh"] or r["name_bo"] for r in ws.db.query("SELECT id, name_zh, name_bo FROM village")}
    ids = ws.households.search_ids("")
    wb = xlsxwriter.Workbook(
        out,
        {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False},
    )
    sh = wb.add_worksheet("households")
    header = wb.add_format({"bold": True, "text_wrap": True, "valign": "top", "bg_color": "#DDE6F0", "bottom": 1})
    date_fmt = wb.add_format({"num_format": "yyyy-mm-dd"})
    for col, c in enumerate(columns):
        sh.set_column(col, col, c.width)
    for col, c in enumerate(columns):
        sh.write_string(0, col, translate(c.header, mode), header)
    sh.freeze_panes(1, 0)
    ws_, wn = sh.write_string, sh.write_number
    sex, eth, lang, status, industry = (
        labels[k] for k in ("sex", "ethnicity", "preferred_language", "status", "industry")
    )
    serial: dict = {}
    row = 0
    for start in range(0, len(ids), BATCH):
        for r in ws.households.rows(ids[start : start + BATCH]):
            row += 1
            if r["name_zh"]:
                ws_(row, 0, r["name_zh"])
            if r["name_bo"]:
                ws_(row, 1, r["name_bo"])
            n = r["id_number"]
            if n:
                ws_(row, 2, n[:6] + "*" * (len(n) - 10) + n[-4:])
            if r["sex"]:
                ws_(row, 3, sex.get(r["sex"], r["sex"]))
            b = r["birth_date"]
            if b:
                s = serial.get(b)
                if s is None:
                    s = serial[b] = date.fromisoformat(b).toordinal() - EXCEL_EPOCH
                wn(row, 4, s, date_fmt)
            if r["phone"]:
                ws_(row, 5, r["phone"])
            if r["village_id"]:
                ws_(row, 6, villages[r["village_id"]])
            if r["group_name"]:
                ws_(row, 7, r["group_name"])
            if r["household_size"] is not None:
                wn(row, 8, r["household_size"])
            if r["labour_count"] is not None:
                wn(row, 9, r["labour_count"])
            if r["ethnicity"]:
                ws_(row, 10, eth.get(r["ethnicity"], r["ethnicity"]))
            if r["preferred_language"]:
                ws_(row, 11, lang.get(r["preferred_language"], r["preferred_language"]))
            if r["status"]:
                ws_(row, 12, status.get(r["status"], r["status"]))
            if r["industry"]:
                ws_(row, 13, industry.get(r["industry"], r["industry"]))
    sh.autofilter(0, 0, max(row, 1), len(columns) - 1)
    wb.close()
    seconds = time.perf_counter() - started
    ws.close()
    result = {"seconds": seconds, "rows": len(ids), "bytes": Path(out).stat().st_size}
    if compare_with and Path(compare_with).exists():
        result["same_cells"] = same_cells(out, compare_with)
    return result


def same_cells(a: str, b: str) -> bool | str:
    """Whether two workbooks' first sheets hold the same values (python-calamine)."""
    from python_calamine import CalamineWorkbook

    def values(path):
        wb = CalamineWorkbook.from_path(path)
        return wb.get_sheet_by_index(0).to_python()

    va, vb = values(a), values(b)
    if len(va) != len(vb):
        return f"rows differ: {len(va)} vs {len(vb)}"
    for i, (ra, rb) in enumerate(zip(va, vb)):
        if i == 0:
            continue  # header texts: ours may be bilingual-wrapped; the bare one plain
        if ra != rb:
            return f"row {i} differs: {ra} vs {rb}"
    return True


def cases(ctx: Ctx) -> list[Case]:
    ok = module_available("exports.xlsx.registers")
    ours_out = str(ctx.out / "households-ours.xlsx")
    return [
        Case(
            name="export",
            title=f"households register .xlsx ({ctx.households:,} rows)",
            budget=Budget("ratio", 1.2),
            ours=Measure("bench.bench_export:run_ours", {"db": str(ctx.db), "out": ours_out}) if ok else None,
            bare=Measure(
                "bench.bench_export:run_bare",
                {"db": str(ctx.db), "out": str(ctx.out / "households-bare.xlsx"), "compare_with": ours_out},
            ),
            repeat=1 if ctx.quick else 3,
            unavailable="" if ok else "exports/xlsx/registers.py is not in the tree yet",
            note="same ids and rows fetched the same way; bare = XlsxWriter constant_memory by hand",
        )
    ]
