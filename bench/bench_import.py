"""Roster import of 50,000 rows against bare python-calamine reading plus executemany of the same rows.

    python bench/bench_import.py [--rows 50000] [--keep DIR]

Each measurement runs in a fresh process (peak RSS is per process and includes calamine's Rust
allocations, which tracemalloc would not see):

* ``bare``    — calamine ``to_python`` of the sheet, then ``executemany`` of the raw cells (ids and
                search keys made up, no checking) into a fresh register's household table, one
                transaction: the floor any importer of this file stands on;
* ``import``  — the real thing: file checks (magic, zip sizes, sheet extent), header detection,
                column matching, every row validated (ID check digit, phone, dates, products…),
                duplicates looked up, then one transaction with households, search tokens, loan
                demands, their history rows and the run's audit entry;
* ``import-record-audit`` — the same with one audit entry per created record as well (the
                alternative the importer's docstring weighs).

Prints one line per measurement and the ratio import / bare.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

OFFICE = dict(code="630224100201", level="village", name_zh="拉脊村双基联动工作室", name_bo="")
HEADER = [
    "序号",
    "户主姓名",
    "身份证号码",
    "联系电话",
    "家庭人口",
    "所在村",
    "村组",
    "贫困户属性",
    "民族",
    "主要产业",
    "贷款金额（万元）",
    "贷款期限（月）",
    "贷款产品",
    "申请日期",
    "用途",
    "贷款银行",
]


def make_roster(path: Path, n: int, seed: int = 7) -> None:
    import xlsxwriter

    from app.services.demo import AREA_CODES, HAN_GIVEN, HAN_SURNAMES, VILLAGES, id_check_digit

    rng = random.Random(seed)
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("花名册")
    sheet.write_string(0, 0, "拉脊村建档立卡户及融资需求花名册")
    for c, h in enumerate(HEADER):
        sheet.write_string(2, c, h)
    used = set()
    statuses = ["建档立卡贫困户", "脱贫户", "监测户", "一般户"]
    for i in range(n):
        while True:
            first17 = (
                f"{rng.choice(AREA_CODES)}{rng.randint(1960, 2000)}{rng.randint(1, 12):02d}"
                f"{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"
            )
            if first17 not in used:
                used.add(first17)
                break
        r = 3 + i
        status = rng.choice(statuses)
        loan = rng.random() < 0.5
        cells = [
            i + 1,
            rng.choice(HAN_SURNAMES) + rng.choice(HAN_GIVEN),
            first17 + id_check_digit(first17),
            f"1{rng.choice('3578')}{rng.randint(100000000, 999999999)}",
            rng.randint(1, 8),
            rng.choice(VILLAGES)[0],
            f"{rng.randint(1, 6)}社",
            status,
            rng.choice(["藏族", "汉族", "回族"]),
            rng.choice(["牦牛养殖", "青稞种植", "虫草采集", "乡村旅游"]),
        ]
        if loan:
            product = "扶贫小额信贷" if status != "一般户" else "其他"
            cells += [
                rng.choice([1, 2, 3, 5]),
                rng.choice([12, 24, 36]),
                product,
                f"2025-{rng.randint(1, 12)}-{rng.randint(1, 28)}",
                "扩大生产",
                "青海农商银行",
            ]
        for c, v in enumerate(cells):
            if isinstance(v, str):
                sheet.write_string(r, c, v)
            else:
                sheet.write_number(r, c, v)
    book.close()


def fresh_register(path: Path):
    from app.services.workspace import Workspace, init_office

    ws = Workspace.open(path, user="bench", lang="zh")
    init_office(ws.db, **OFFICE, user="bench")
    return ws


def run_bare(roster: Path, db: Path) -> dict:
    from python_calamine import CalamineWorkbook

    from storage.db import new_id, now_utc

    ws = fresh_register(db)
    start = time.perf_counter()
    rows = CalamineWorkbook.from_path(str(roster)).get_sheet_by_index(0).to_python(skip_empty_area=False)
    now = now_utc()
    data = []
    for r in rows[3:]:
        number = str(r[2])
        data.append(
            (
                new_id(),
                OFFICE["code"],
                now,
                now,
                "bench",
                1,
                None,
                str(r[1]),
                "",
                number,
                number[::-1],
                str(r[3]),
                int(r[4]),
                str(r[6]),
                str(r[7]),
                str(r[9]),
            )
        )
    with ws.db.bulk(), ws.db.transaction() as conn:
        conn.executemany(
            "INSERT INTO household (id, office_code, created_at, updated_at, updated_by, version, deleted_at,"
            " name_zh, name_bo, id_number, id_rev, phone, household_size, group_name, status, industry)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            data,
        )
    seconds = time.perf_counter() - start
    ws.close()
    return {"seconds": seconds, "rows": len(data)}


def run_import(roster: Path, db: Path, audit_rows: bool) -> dict:
    from app.services import roster as rs
    from app.services.roster import importer

    ws = fresh_register(db)
    start = time.perf_counter()
    book = rs.open_roster(ws, roster)
    with book:
        prepared = rs.prepare(ws, book)
        t_read = time.perf_counter() - start
        plan = rs.build_plan(
            ws,
            prepared.sheet.rows,
            prepared.header_row,
            prepared.mapping,
            rs.ImportOptions(),
            sheet=prepared.sheet.name,
        )
        del prepared
    t_plan = time.perf_counter() - start
    gen = importer.iter_import(ws, plan, file_name=roster.name, file_sha256=book.info.sha256, audit_rows=audit_rows)
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            result = stop.value
            break
    seconds = time.perf_counter() - start
    out = {
        "seconds": seconds,
        "read": t_read,
        "plan": t_plan - t_read,
        "write": seconds - t_plan,
        "created": result.created,
        "loans": result.loans,
        "errors": result.errors,
        "audit_rows": ws.db.scalar("SELECT count(*) FROM audit_log"),
    }
    ws.close()
    return out


def child(kind: str, roster: str, db: str) -> None:
    if kind == "bare":
        out = run_bare(Path(roster), Path(db))
    else:
        out = run_import(Path(roster), Path(db), audit_rows=(kind == "import-record-audit"))
    out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out["db_mb"] = Path(db).stat().st_size / 1e6
    print(json.dumps(out))


def measure(kind: str, roster: Path, folder: Path) -> dict:
    db = folder / f"{kind}.sqlite"
    for old in folder.glob(f"{kind}.sqlite*"):
        old.unlink()
    proc = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(roster), str(db)], capture_output=True, text=True, cwd=ROOT
    )
    if proc.returncode != 0:
        raise SystemExit(proc.stderr)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=50_000)
    ap.add_argument("--keep", type=Path, default=None)
    ap.add_argument("--child", nargs=3, metavar=("KIND", "ROSTER", "DB"))
    args = ap.parse_args()
    if args.child:
        child(*args.child)
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        roster = folder / f"roster-{args.rows}.xlsx"
        t = time.perf_counter()
        if not roster.exists():
            make_roster(roster, args.rows)
        print(
            f"roster: {args.rows} rows, {roster.stat().st_size / 1e6:.1f} MB, made in {time.perf_counter() - t:.1f} s"
        )
        bare = measure("bare", roster, folder)
        print(f"bare calamine + executemany: {bare['seconds']:.2f} s, peak {bare['peak_mb']:.0f} MB")
        for kind in ("import", "import-record-audit"):
            r = measure(kind, roster, folder)
            print(
                f"{kind}: {r['seconds']:.2f} s (read {r['read']:.2f}, check {r['plan']:.2f}, write {r['write']:.2f}),"
                f" peak {r['peak_mb']:.0f} MB; {r['created']} households, {r['loans']} loans, {r['errors']} errors,"
                f" {r['audit_rows']} audit entries, register {r['db_mb']:.0f} MB; ratio to bare {r['seconds'] / bare['seconds']:.1f}×"
            )


if __name__ == "__main__":
    main()
