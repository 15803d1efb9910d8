"""Writing a checked :class:`~.plan.Plan`: all its valid rows in ONE transaction, or nothing.

New households, their search tokens, loan demands and their "registered" history rows go in with
``executemany`` inside one ``db.transaction()`` under ``db.bulk()`` (the demo fill's recipe);
villages named for the first time are created through the household service's own path, and a
stored household is updated through ``storage.records.update`` (version check, audit entry with
the changed columns) — updates are few and each needs its before-values anyway.

Audit.  One entry per import run (action "import", table "roster_import") records the file's name
and SHA-256, the sheet, the counts, the rows with errors and the ids of every household and loan
demand created — so each imported record can be traced to its file.  A stored household that the
import *changes* gets its own entry with before/after (``records.update``), as a form would write.
Why not one entry per created record, as forms write them: measured with bench/bench_import.py on
50,000 rows (25,000 with a loan demand), per-record entries (100,000 of them, chained in Python and
inserted with ``executemany`` — ``audit_rows=True`` still does that) made the import 1.4× slower
and the register file 2.3× larger (186 MB instead of 80 MB) — a file that is backed up and carried
on USB sticks — while adding nothing the run entry and the rows' own created_at / updated_by /
office_code do not already say.

Cancelling (the GUI's Cancel) raises at a progress ``yield`` inside the transaction: it rolls
back and nothing stays.
"""

from __future__ import annotations

import dataclasses
import functools
import json
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Callable, Iterator

from app.domain import search
from app.domain.households import Household
from app.services.households import write_tokens
from app.services.roster.columns import remember_mapping
from app.services.roster.plan import HOUSEHOLD_KEYS, Plan
from storage import audit, records
from storage.db import new_id, now_utc

if TYPE_CHECKING:
    from app.services.workspace import Workspace

COMMON = ("id", "office_code", "created_at", "updated_at", "updated_by", "version", "deleted_at")
HOUSEHOLD_COLUMNS = (*HOUSEHOLD_KEYS, "birth_date", "sex", "name_pinyin", "name_initials", "name_wylie", "id_rev")
LOAN_COLUMNS = (
    "household_id",
    "registered_on",
    "purpose",
    "industry",
    "amount_fen",
    "term_months",
    "product_code",
    "bank",
    "notes",
    "status",
    "status_on",
)
_HOUSEHOLD_FIELDS = tuple(f.name for f in dataclasses.fields(Household))
EVENT_COLUMNS = ("loan_demand_id", "from_status", "to_status", "on_date", "by_user", "reason", "details")


@dataclass
class ImportResult:
    rows_read: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    errors: int = 0
    loans: int = 0
    granted: int = 0  # of the loans, those a ledger lists as granted (or repaid)
    villages: int = 0
    error_rows: list[int] = field(default_factory=list)
    run_id: str = ""
    dry_run: bool = False

    @property
    def written(self) -> int:
        return self.created + self.updated + self.loans


def summary(plan: Plan, *, dry_run: bool) -> ImportResult:
    """What the plan will do (dry run) — the same counts the import reports."""
    targets = plan.targets()
    created = sum(1 for t in targets if t.existing_id is None)
    changed = sum(1 for t in targets if t.existing_id is not None and _changes(t))
    unchanged = sum(1 for t in targets if t.existing_id is not None) - changed
    return ImportResult(
        rows_read=plan.rows_read,
        created=created,
        updated=changed,
        unchanged=unchanged,
        skipped=plan.count("skip"),
        errors=len(plan.error_rows),
        loans=plan.loans,
        granted=plan.granted,
        villages=len(plan.new_villages),
        error_rows=[r.row for r in plan.error_rows],
        dry_run=dry_run,
    )


def _changes(target) -> dict:
    values = _household_values(target.household)
    stored = target.stored or {}
    return {k: v for k, v in values.items() if k in HOUSEHOLD_KEYS and stored.get(k) != v and k != "village_id"} | (
        {"village_id": values["village_id"]}
        if values.get("village_id") and stored.get("village_id") != values["village_id"]
        else {}
    )


@functools.lru_cache(maxsize=4096)
def _name_keys(name_zh: str, name_bo: str) -> tuple[dict, frozenset]:
    """Search keys and tokens of a name (pinyin is the slow part; rosters repeat names)."""
    return search.name_keys(name_zh, name_bo), frozenset(search.name_tokens(name_zh, name_bo))


def _household_values(h) -> dict:
    # the same columns as HouseholdService.create writes (asdict + derived_columns), without
    # dataclasses.asdict's deep copy, which is the slow part for 50,000 flat records
    values = {name: getattr(h, name) for name in _HOUSEHOLD_FIELDS}
    values.update(_name_keys(h.name_zh, h.name_bo)[0])
    values["id_rev"] = h.id_number[::-1]
    return values


def run_import(
    ws: Workspace,
    plan: Plan,
    *,
    file_name: str = "",
    file_sha256: str = "",
    progress: Callable[[int, int], None] | None = None,
    audit_rows: bool = False,
) -> ImportResult:
    gen = iter_import(ws, plan, file_name=file_name, file_sha256=file_sha256, audit_rows=audit_rows)
    while True:
        try:
            step = next(gen)
        except StopIteration as stop:
            return stop.value
        if progress:
            progress(*step[:2])


def iter_import(
    ws: Workspace, plan: Plan, *, file_name: str = "", file_sha256: str = "", audit_rows: bool = False, step: int = 2000
) -> Iterator[tuple[int, int]]:
    """Write the plan; yields (done, total) progress; returns an :class:`ImportResult`."""
    ws.require_office()
    result = summary(plan, dry_run=False)
    if not plan.importable:
        result.created = result.updated = result.loans = result.villages = 0
        return result
    actor = ws.actor
    db = ws.db
    targets = plan.targets()
    rows = [r for r in plan.rows if r.action in ("new", "update")]
    total = len(targets) + len(rows)
    done = 0
    run_id = new_id()
    result.run_id = run_id
    now = now_utc()
    created_ids: list[str] = []
    loan_ids: list[str] = []
    # A small page cache: the import appends, so index pages stay hot anyway. Measured on 50,000
    # rows: 16 MB instead of the connection's 64 MB took the peak from 292 to 238 MB, no slower.
    with db.bulk(cache_mb=16), db.transaction() as conn:
        chain = _AuditChain(actor, now)
        village_ids: dict[str, str] = {}
        for target in targets:
            name = target.village_name
            if name and name not in village_ids:
                village_ids[name] = ws.households.ws_village_id(name)
        yield done, total

        household_ids: dict[int, str] = {}
        batch: list[tuple] = []
        tokens: list[tuple[str, str]] = []
        entries: list[tuple] = []
        updated = unchanged = 0
        for target in targets:
            h = target.household
            if target.village_name:
                h.village_id = village_ids[target.village_name]
            values = _household_values(h)
            if target.existing_id is None:
                hid = new_id()
                row = {
                    "id": hid,
                    "office_code": actor.office_code,
                    "created_at": now,
                    "updated_at": now,
                    "updated_by": actor.user,
                    "version": 1,
                    "deleted_at": None,
                }
                row.update((c, values[c]) for c in HOUSEHOLD_COLUMNS)
                batch.append(tuple(row[c] for c in (*COMMON, *HOUSEHOLD_COLUMNS)))
                created_ids.append(hid)
                tokens.extend((t, hid) for t in _name_keys(h.name_zh, h.name_bo)[1])
                if audit_rows:
                    entries.append(("create", "household", hid, row))
            else:
                hid = target.existing_id
                stored = target.stored or {}
                before_names = (stored.get("name_zh") or "", stored.get("name_bo") or "")
                changes = {k: v for k, v in values.items() if stored.get(k) != v}
                if not h.village_id:
                    changes.pop("village_id", None)
                chain.flush(conn, entries)  # records.update appends its own entry: keep the chain in order
                after = records.update(
                    db, "household", hid, changes, actor, expected_version=target.existing_version, action="import"
                )
                chain.prev = None
                if after.get("version") != target.existing_version:
                    updated += 1
                    write_tokens(conn, hid, h.name_zh, h.name_bo, old_names=before_names)
                else:
                    unchanged += 1
            household_ids[id(target)] = hid
            done += 1
            if len(batch) >= step:
                _flush_households(conn, batch, tokens)
                chain.flush(conn, entries)
                yield done, total
        _flush_households(conn, batch, tokens)
        chain.flush(conn, entries)
        yield done, total

        loans: list[tuple] = []
        events: list[tuple] = []
        granted_ids = yield from _record_granted(ws, rows, household_ids, chain, conn, entries, result, total, done)
        loan_ids.extend(granted_ids)
        for r in rows:
            done += 1
            if r.loan is None:
                continue
            d = r.loan
            lid, eid = new_id(), new_id()
            loan_row = {
                "household_id": household_ids[id(r.target)],
                "registered_on": d.registered_on,
                "purpose": d.purpose,
                "industry": d.industry,
                "amount_fen": d.amount_fen,
                "term_months": d.term_months,
                "product_code": d.product_code,
                "bank": d.bank,
                "notes": d.notes,
                "status": "registered",
                "status_on": d.registered_on,
            }
            common = {
                "id": lid,
                "office_code": actor.office_code,
                "created_at": now,
                "updated_at": now,
                "updated_by": actor.user,
                "version": 1,
                "deleted_at": None,
            }
            loans.append(tuple({**common, **loan_row}[c] for c in (*COMMON, *LOAN_COLUMNS)))
            loan_ids.append(lid)
            event_row = {
                "loan_demand_id": lid,
                "from_status": None,
                "to_status": "registered",
                "on_date": d.registered_on,
                "by_user": ws.handler,
                "reason": "",
                "details": None,
            }
            events.append(tuple({**common, "id": eid, **event_row}[c] for c in (*COMMON, *EVENT_COLUMNS)))
            if audit_rows:
                entries.append(("create", "loan_demand", lid, {**common, **loan_row}))
                entries.append(("create", "loan_event", eid, {**common, "id": eid, **event_row}))
            if len(loans) >= step:
                _flush_loans(conn, loans, events)
                chain.flush(conn, entries)
                yield done, total
        _flush_loans(conn, loans, events)
        # what only the writing needed goes before the run's entry is written: that entry (every
        # created id, megabytes of JSON) is the last and largest allocation of an import
        del household_ids, rows, targets
        _name_keys.cache_clear()

        result.updated, result.unchanged = updated, unchanged
        result.villages = sum(1 for n in plan.new_villages if n in village_ids)
        entries.append(
            (
                "import",
                "roster_import",
                run_id,
                {
                    "file": file_name,
                    "sha256": file_sha256,
                    "sheet": plan.sheet,
                    "header_row": plan.header_row,
                    "on_duplicate": plan.options.on_duplicate,
                    "rows_read": result.rows_read,
                    "created": result.created,
                    "updated": updated,
                    "unchanged": unchanged,
                    "skipped": result.skipped,
                    "errors": result.errors,
                    "error_rows": result.error_rows[:1000],
                    "loans": result.loans,
                    "villages": result.villages,
                    "household_ids": created_ids,
                    "loan_demand_ids": loan_ids,
                },
            )
        )
        chain.flush(conn, entries)
        remember_mapping(db.set_setting, plan.headers, plan.mapping)
        yield total, total
    return result


def _record_granted(ws: Workspace, rows, household_ids, chain, conn, entries, result, total, done):
    """A ledger's loans already granted, each through the loan book (issue #18's record_granted:
    the demand, its steps dated as the ledger says, the grant under the policy of its date, the
    repayments).  A loan the loan book refuses (a family cap reached by another loan of the same
    file, say) leaves its row out with the sentence, not the rest of the import."""
    from app.domain.errors import DomainError

    ids: list[str] = []
    ledger_rows = [r for r in rows if r.granted is not None]
    if not ledger_rows:
        return ids
    book = ws.loan_book
    for n, r in enumerate(ledger_rows, start=1):
        g = r.granted
        chain.flush(conn, entries)  # the loan book appends its own audit entries: keep the chain in order
        try:
            loan = book.record_granted(
                household_id=household_ids[id(r.target)],
                product_code=g.product_code,
                registered_on=g.registered_on,
                granted_on=g.granted_on,
                amount_fen=g.amount_fen,
                term_months=g.term_months,
                maturity_on=g.maturity_on,
                rate_bp=g.rate_bp,
                bank=g.bank,
                contract_no=g.contract_no,
                purpose=g.purpose,
                repayments=g.repayments,
                status_then_unknown=True,
            )
        except DomainError as exc:
            from app.services.roster.plan import Finding

            problems = getattr(exc, "problems", None) or [getattr(exc, "problem", None)]
            r.errors.extend(Finding(p, None) for p in problems if p is not None)
            result.loans -= 1
            result.granted -= 1
            result.errors += 1
            result.error_rows.append(r.row)
            chain.prev = None
            continue
        chain.prev = None
        ids.append(loan["id"])
        if n % 200 == 0:
            yield done, total
    return ids


def _flush_households(conn, batch: list[tuple], tokens: list[tuple[str, str]]) -> None:
    if batch:
        cols = (*COMMON, *HOUSEHOLD_COLUMNS)
        conn.executemany(f"INSERT INTO household ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", batch)
        batch.clear()
    if tokens:
        conn.executemany("INSERT OR IGNORE INTO household_search(token, household_id) VALUES (?, ?)", tokens)
        tokens.clear()


def _flush_loans(conn, loans: list[tuple], events: list[tuple]) -> None:
    if loans:
        cols = (*COMMON, *LOAN_COLUMNS)
        conn.executemany(f"INSERT INTO loan_demand ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", loans)
        loans.clear()
    if events:
        cols = (*COMMON, *EVENT_COLUMNS)
        conn.executemany(f"INSERT INTO loan_event ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", events)
        events.clear()


class _AuditChain:
    """Audit entries chained as audit.append would chain them one by one, inserted a batch at a time."""

    def __init__(self, actor, at: str):
        self.actor, self.at = actor, at
        self.prev: str | None = None  # None: read the office's last hash before the next batch
        self.position = 0  # the last entry's position in the office's chain (audit_log.chain_seq)

    def flush(self, conn, entries: list[tuple]) -> None:
        if not entries:
            return
        office, user, at = self.actor.office_code, self.actor.user, self.at
        if self.prev is None:
            self.prev, self.position = audit.last_link(conn, office)
        prev, position = self.prev, self.position
        rows = []
        for action, table, record_id, after in entries:
            entry = {
                "id": new_id(),
                "office_code": office,
                "at": at,
                "user": user,
                "action": action,
                "table_name": table,
                "record_id": record_id,
                "before_json": None,
                "after_json": audit.canonical(after),
            }
            digest = _row_hash(prev, entry)
            position += 1
            rows.append(
                (
                    entry["id"],
                    office,
                    at,
                    user,
                    action,
                    table,
                    record_id,
                    None,
                    entry["after_json"],
                    prev,
                    digest,
                    position,
                )
            )
            prev = digest
        conn.executemany(
            "INSERT INTO audit_log(id, office_code, at, user, action, table_name, record_id,"
            " before_json, after_json, prev_hash, hash, chain_seq) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        self.prev, self.position = prev, position
        entries.clear()
        # the audit head (latest hash and entry count, storage.audit) moves as append() moves it
        recorded = audit.head(conn, office)
        if recorded is not None:
            count = recorded["count"] + len(rows)
        else:
            count = conn.execute("SELECT count(*) FROM audit_log WHERE office_code = ?", (office,)).fetchone()[0]
        audit.write_head(conn, office, prev, count)


_MARK = "\x00after_json\x00"  # json writes it as \u0000after_json\u0000: no other text of an entry reads so
_PIECE = 1 << 16


def _row_hash(prev: str, entry: dict) -> str:
    """audit.row_hash(prev, entry), with a long after_json hashed a piece at a time.

    The run's own entry lists every created household and loan demand id (3 MB of text for
    50,000 rows, twice that in memory once a Chinese file name makes it a 2-byte string).
    row_hash writes the whole entry out as JSON, then prev + that, then its UTF-8: ~25 MB at once,
    at the very end of the import when everything else is in memory too — the import's peak.
    Hashed in pieces, the digest is the same bytes' (tests/app/services/test_roster_packed_rows.py
    compares it with audit.row_hash); JSON escapes each character on its own, so a piece's
    escaped text is the matching part of the whole's."""
    after = entry.get("after_json")
    if not isinstance(after, str) or len(after) <= _PIECE:
        return audit.row_hash(prev, entry)
    import hashlib

    body = audit.canonical({**entry, "after_json": _MARK})
    written = json.dumps(_MARK, ensure_ascii=False)
    head, mark, tail = body.partition(written)
    if not mark or written in tail:
        return audit.row_hash(prev, entry)
    digest = hashlib.sha256((prev + head + '"').encode("utf-8"))
    for start in range(0, len(after), _PIECE):
        digest.update(json.dumps(after[start : start + _PIECE], ensure_ascii=False)[1:-1].encode("utf-8"))
    digest.update(('"' + tail).encode("utf-8"))
    return digest.hexdigest()


def dumps_result(result: ImportResult) -> str:
    return json.dumps(asdict(result), ensure_ascii=False)
