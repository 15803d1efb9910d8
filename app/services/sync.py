"""Upward sync (DESIGN §6): make a signed package of what changed, import packages from the
offices below, and tell which offices have reported for a month.

Export: every record changed since this office's previous package (``sync_change`` journal above
the previous package's high-water mark; the first package holds everything), tombstones and
audit entries included, and at a township also what it imported from its villages — so the
county sees the villages through the township.

Import: the package is checked completely before the database is touched (decryption, zip,
format version, registered sender, signature, every member's hash and count, whose records it
carries).  Then it is merged in one transaction, by ``id``, the higher ``version`` winning: the
same package twice changes nothing, an older one after a newer one changes nothing, and an equal
version with other content is a conflict — recorded in ``sync_conflict`` and reported, never
overwritten.  Imported rows keep their ``office_code``: they are read-only here.

Order: a package holds only what changed since the sender's previous package, and its audit
entries continue the chain where that package's ended; so it can be applied only on top of it.
Each manifest names its ``base_sequence`` (the package it follows; 0 for a first or ``full``
package, which carries everything).  A package whose base has not been imported here is refused
with one sentence naming the package to import first, and nothing of it is stored: the township
cadre who got packages 1 and 3 on the stick is told to fetch 2, instead of getting 3's changes
now, 2's older ones later, and an audit trail that ``check`` reports as broken because its
entries were stored out of order.  Given in one import, packages are applied in sequence order
whatever order the files were chosen in.  If a package was lost for good, the office makes a
full package, which is accepted after any gap.  The same file again is recognised and changes
nothing; an older package in another file is merged record by record (newer versions win).
"""

from __future__ import annotations

import contextlib
import functools
import json
import operator
import re
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

from app import registry
from app.domain.errors import Problem, ValidationError
from app.domain.money import MAX_FEN
from app.i18n import N_, render
from app.services import keys
from app.services import package_crypto
from app.services.sync_package import (
    AUDIT_MEMBER,
    FORMAT,
    FORMAT_VERSION,
    SEALED_DOWN_KIND,
    SEALED_KIND,
    SUFFIX,
    Lines,
    OpenedPackage,
    PackageRejected,
    PackageWriter,
    Recipient,
    open_package,
    package_folder,
)
from app.services.complaints import codes_of_today
from storage import audit, household_history, household_roll, loan_subsidy
from storage.migrations import m0019_complaint_codes as standard_codes
from storage.sqlite import sqlite3
from storage.reference import report_due_day as due_day
from storage import offices as office_store
from storage.db import Database, new_id, now_utc

if TYPE_CHECKING:
    from app.services.workspace import Workspace


def __getattr__(name: str):
    # SYNCED_TABLES: what travels, parents first — every record table of app.registry but the
    # user accounts (password hashes stay on the laptop); read from the registry each time
    if name == "SYNCED_TABLES":
        return registry.synced_tables()
    raise AttributeError(name)


AUDIT_COLUMNS = (
    "id",
    "office_code",
    "at",
    "user",
    "action",
    "table_name",
    "record_id",
    "before_json",
    "after_json",
    "prev_hash",
    "hash",
    "chain_seq",  # the entry's place in its own office's chain (schema 20): stored by it here too
)
BATCH = 5000
_IN = 900  # ids per "IN (...)" query

Progress = Callable[[int, int], None]


AUDIT_LABEL = N_("Audit log entries")
RESOLUTION_LABEL = N_("Conflicts resolved")


def table_label(table: str, lang: str = "en") -> str:
    """A record table's plural label (app.registry) in `lang`; the table's name for an unknown one."""
    label = {"audit_log": AUDIT_LABEL, "sync_resolution": RESOLUTION_LABEL}.get(table) or registry.table_label(table)
    return render(label, lang) if label else table


def _say(lang: str, template: str, **params) -> str:
    text = render(template, lang)
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return template.format(**params)


# -- results --------------------------------------------------------------------------------------


@dataclass
class ExportResult:
    path: str
    sequence: int
    period: str
    counts: dict[str, int]
    sha256: str
    encrypted: bool
    encryption: str = ""  # "recipient" (for the office above) or "passphrase"
    recipient: str = ""  # the office the package is encrypted for


@dataclass
class TableCounts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    held: int = 0  # set aside with a household in conflict (sync_held), not in the register


@dataclass
class ImportReport:
    file: str
    status: str = "ok"  # ok | rejected | dry-run
    reason: PackageRejected | None = None
    sender: str = ""
    sender_name: str = ""
    sender_name_bo: str = ""
    sequence: int = 0
    period: str = ""
    tables: dict[str, TableCounts] = field(default_factory=dict)
    audit_new: int = 0
    audit_unchanged: int = 0
    warnings: list[Problem] = field(default_factory=list)
    conflicts: list[dict] = field(default_factory=list)  # table, record_id, kind
    log_id: str = ""
    resolutions: int = 0  # conflicts the sending office resolved, applied here (issue #20)

    @property
    def rejected(self) -> bool:
        return self.status == "rejected"

    def warn(self, message: str, **params) -> None:
        self.warnings.append(Problem("", message, params, warning=True))

    def totals(self) -> TableCounts:
        t = TableCounts()
        for c in self.tables.values():
            t.new, t.updated = t.new + c.new, t.updated + c.updated
            t.unchanged, t.conflicts = t.unchanged + c.unchanged, t.conflicts + c.conflicts
        return t

    def headline(self, lang: str = "en") -> str:
        name = Path(self.file).name
        if self.rejected:
            return _say(lang, N_("REJECTED {file}: {reason}"), file=name, reason=self.reason.text(lang))
        head = N_("Imported {file} from office {sender} ({name}), package {sequence}, period {period}.")
        if self.status == "dry-run":
            head = N_(
                "Checked {file} from office {sender} ({name}), package {sequence}, period {period} "
                "(dry run: nothing was stored)."
            )
        return _say(
            lang,
            head,
            file=name,
            sender=self.sender,
            name=self.office_name(lang),
            sequence=self.sequence,
            period=self.period,
        )

    def office_name(self, lang: str = "en") -> str:
        from app.i18n import join_bilingual

        if lang == "bo":
            return self.sender_name_bo or self.sender_name
        if lang == "both":
            return join_bilingual(self.sender_name, self.sender_name_bo)
        return self.sender_name or self.sender_name_bo

    def columns(self, lang: str = "en") -> list[str]:
        return [_say(lang, t) for t in (N_("Records"), N_("new"), N_("updated"), N_("unchanged"), N_("conflicts"))]

    def table_rows(self, lang: str = "en") -> list[tuple[str, int, int, int, int]]:
        rows = [(table_label(t, lang), c.new, c.updated, c.unchanged, c.conflicts) for t, c in self.tables.items()]
        if self.tables or self.audit_new or self.audit_unchanged:
            rows.append((table_label("audit_log", lang), self.audit_new, 0, self.audit_unchanged, 0))
        return rows

    def notes(self, lang: str = "en") -> list[str]:
        """Warnings and conflicts, one sentence each."""
        if self.rejected:
            return [_say(lang, N_("Nothing from this package was stored."))]
        out = [_say(lang, N_("Warning: {text}"), text=w.text(lang)) for w in self.warnings]
        if self.resolutions:
            out.append(
                _say(
                    lang,
                    N_("{n} conflicts resolved at office {sender} were applied here: each household is counted once."),
                    n=self.resolutions,
                    sender=self.sender,
                )
            )
        held = sum(c.held for c in self.tables.values())
        if held:
            out.append(
                _say(
                    lang,
                    N_(
                        "{n} records were set aside with a household in conflict; they are "
                        "counted nowhere until the conflict is resolved."
                    ),
                    n=held,
                )
            )
        for c in self.conflicts[:20]:
            if c.get("kind") in ("id_number", "same_record"):
                out.append(
                    _say(
                        lang,
                        N_(
                            "Conflict: the household with ID number {id_number} also comes from office {other}. This "
                            "version was set aside with its records (nothing else of the package was held back) until "
                            "the conflict is resolved: Sync page, Conflicts, or the command sync conflicts list."
                        ),
                        id_number=c.get("id_number_masked", ""),
                        other=c.get("other_office", ""),
                    )
                )
                continue
            out.append(
                _say(
                    lang,
                    N_("Conflict: {table} {record_id} — same version, different content; the record here was kept."),
                    table=table_label(c["table"], lang),
                    record_id=c["record_id"],
                )
            )
        if len(self.conflicts) > 20:
            out.append(_say(lang, N_("… and {n} more conflicts."), n=len(self.conflicts) - 20))
        return out

    def lines(self, lang: str = "en") -> list[str]:
        """The report as sentences and a tab-separated table, in `lang` (the CLI prints these)."""
        out = [self.headline(lang)]
        if not self.rejected:
            out.append("  " + "\t".join(self.columns(lang)))
            out += ["  " + "\t".join(str(v) for v in row) for row in self.table_rows(lang)]
        return out + ["  " + n for n in self.notes(lang)]

    def to_json(self) -> str:
        return json.dumps(
            {
                "file": self.file,
                "status": self.status,
                "sender": self.sender,
                "sender_name": self.sender_name,
                "sender_name_bo": self.sender_name_bo,
                "sequence": self.sequence,
                "period": self.period,
                "reason": None
                if self.reason is None
                else {"message": self.reason.message, "params": self.reason.params},
                "tables": {t: asdict(c) for t, c in self.tables.items()},
                "audit": {"new": self.audit_new, "unchanged": self.audit_unchanged},
                "warnings": [{"message": w.message, "params": w.params} for w in self.warnings],
                "conflicts": self.conflicts[:200],
                "resolutions": self.resolutions,
            },
            ensure_ascii=False,
            default=str,
        )


def report_from_json(text: str) -> ImportReport | None:
    """The report stored in sync_log.report (history view)."""
    try:
        d = json.loads(text or "{}")
    except json.JSONDecodeError:
        return None
    if not isinstance(d, dict) or "status" not in d:
        return None
    r = ImportReport(
        file=d.get("file", ""),
        status=d.get("status", "ok"),
        sender=d.get("sender", ""),
        sender_name=d.get("sender_name", ""),
        sender_name_bo=d.get("sender_name_bo", ""),
        sequence=d.get("sequence", 0),
        period=d.get("period", ""),
    )
    if d.get("reason"):
        r.reason = PackageRejected(d["reason"]["message"], **d["reason"]["params"])
    r.tables = {t: TableCounts(**c) for t, c in (d.get("tables") or {}).items()}
    r.audit_new = (d.get("audit") or {}).get("new", 0)
    r.audit_unchanged = (d.get("audit") or {}).get("unchanged", 0)
    r.warnings = [Problem("", w["message"], w["params"], warning=True) for w in d.get("warnings", [])]
    r.conflicts = d.get("conflicts", [])
    r.resolutions = d.get("resolutions", 0) if isinstance(d.get("resolutions"), int) else 0
    return r


def report_lines_from_json(text: str, lang: str = "en") -> list[str]:
    report = report_from_json(text)
    return report.lines(lang) if report else []


# -- periods --------------------------------------------------------------------------------------


def default_period(db: Database, today: date | None = None) -> str:
    """The month a package made today reports: up to the due day, the month before."""
    today = today or date.today()
    if today.day <= due_day(db):
        y, m = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
        return f"{y:04d}-{m:02d}"
    return f"{today.year:04d}-{today.month:02d}"


def check_period(period: str) -> str:
    m = re.fullmatch(r"(\d{4})-(\d{2})", (period or "").strip())
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise ValidationError("period", N_("The period is a month written YYYY-MM, for example 2026-11."))
    return m.group(0)


# -- export ---------------------------------------------------------------------------------------


def _columns(db: Database, table: str) -> list[str]:
    return [r["name"] for r in db.query(f"PRAGMA table_info({table})")]


def _chunks(seq: list, n: int = _IN) -> Iterable[list]:
    for i in range(0, len(seq), n):
        yield seq[i : i + n]


def last_export(db: Database) -> dict | None:
    return db.one("SELECT * FROM sync_log WHERE direction = 'export' AND status = 'ok' ORDER BY sequence DESC LIMIT 1")


def export_package(
    ws: Workspace,
    out_dir: str | Path,
    *,
    passphrase: str | None = None,
    period: str | None = None,
    today: date | None = None,
    full: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Write this office's next package into `out_dir`; return where and what.

    `full`: every record again (the previous package was lost); it still gets the next number."""
    db: Database = ws.db
    ws.require("record.edit")
    office = ws.require_office()
    keys.ensure_keys(db, ws.user)  # first time: makes the keys (and journals the office row)
    office = ws.require_office()
    recipient = None if passphrase else _recipient(db, office)
    period = check_period(period) if period else default_period(db, today)
    prev = last_export(db)
    since = (
        json.loads(prev["high_water"])
        if prev and prev["high_water"] and not full
        else {"change_seq": 0, "audit_seq": 0}
    )
    sequence = (prev["sequence"] if prev else 0) + 1
    # the package this one builds on at the office above: none when it carries everything
    base_sequence = prev["sequence"] if prev and since["change_seq"] else 0
    upto = {
        "change_seq": db.scalar("SELECT coalesce(max(seq), 0) FROM sync_change"),
        "audit_seq": db.scalar("SELECT coalesce(max(seq), 0) FROM audit_log"),
    }
    out_dir = package_folder(out_dir)
    dest = out_dir / f"{office['code']}_{period}_{sequence:04d}{SUFFIX}"

    changed = _changed_ids(db, since["change_seq"], upto["change_seq"])
    total = (
        sum(len(v) for v in changed.values())
        if changed is not None
        else sum(db.scalar(f"SELECT count(*) FROM {t}") for t in registry.synced_tables())
    )
    done = [0]

    def tick(n: int) -> None:
        done[0] += n
        if progress:
            progress(done[0], total)

    writer = PackageWriter(dest, passphrase, recipient)
    try:
        counts: dict[str, int] = {}
        for table in registry.synced_tables():
            rows = _table_rows(db, table, None if changed is None else changed.get(table, set()), tick)
            counts[table] = writer.add_member(f"{table}.jsonl", table, rows)
        heads: dict[str, str] = {}

        def audit_rows():
            last = since["audit_seq"]
            while True:
                batch = db.query(
                    f"SELECT seq, office_code, hash, {_json_expr(list(AUDIT_COLUMNS))} AS line"
                    " FROM audit_log WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?",
                    (last, upto["audit_seq"], BATCH),
                )
                if not batch:
                    return
                for row in batch:
                    last = row["seq"]
                    heads[row["office_code"]] = row["hash"]
                    yield row["line"]

        if changed is None or changed.get("household"):
            # each household's dated statuses and villages: the office above counts a past period
            # as this one does (storage/household_history.py, issue #19)
            counts[household_history.TABLE] = writer.add_member(
                household_history.MEMBER,
                household_history.TABLE,
                household_history.rows(db, None if changed is None else changed["household"]),
            )
        counts["audit_log"] = writer.add_member(AUDIT_MEMBER, "audit_log", audit_rows())
        from app.services import sync_down

        resolutions = sync_down.resolutions_for_upward(db)
        if resolutions:  # (only then: a package without them stays readable by an older release)
            counts[sync_down.RESOLUTION_TABLE] = writer.add_member(
                sync_down.RESOLUTION_MEMBER, sync_down.RESOLUTION_TABLE, iter(resolutions)
            )
        own_head = (
            db.scalar("SELECT hash FROM audit_log WHERE office_code = ? ORDER BY seq DESC LIMIT 1", (office["code"],))
            or audit.GENESIS
        )
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            # what the rows mean can change with the schema (complaint codes, migration 19): the
            # office above reads them as this register meant them (sender_schema)
            "schema": db.scalar("PRAGMA user_version"),
            "office": {k: office[k] for k in ("code", "level", "name_zh", "name_bo", "parent_code")},
            "key_fingerprint": keys.fingerprint(office["public_key"]),
            "period": period,
            "created_at": now_utc(),
            "sequence": sequence,
            "previous_sequence": sequence - 1,
            "base_sequence": base_sequence,
            "counts": counts,
            "audit_head": own_head,
            "audit_heads": heads,
        }
        sha = writer.finish(manifest, lambda body: keys.sign(db, body, ws.user))
    finally:
        writer.cleanup()
    db.execute(
        "INSERT INTO sync_log(id, direction, package_name, sender_code, period, sequence, created_at,"
        " sha256, counts, status, by_user, high_water) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            new_id(),
            "export",
            dest.name,
            office["code"],
            period,
            sequence,
            manifest["created_at"],
            sha,
            json.dumps(counts),
            "ok",
            ws.user,
            json.dumps(upto),
        ),
    )
    # the journal up to the previous package is spent; the newest entry stays so no seq is reused
    db.execute(
        "DELETE FROM sync_change WHERE seq <= ? AND seq < (SELECT max(seq) FROM sync_change)", (since["change_seq"],)
    )
    return ExportResult(
        str(dest),
        sequence,
        period,
        counts,
        sha,
        True,
        "passphrase" if passphrase else "recipient",
        recipient.code if recipient else "",
    )


def _recipient(db: Database, office: dict) -> Recipient:
    """Whom this office's package is encrypted to: the office above, by its key registered here.
    Without it (and without a passphrase) no package is written: a plain one on a lost USB stick
    would give away every ID number in it."""
    upper = keys.upper_office(db)
    if upper is not None and upper.get("enc_public_key"):
        return Recipient(office["code"], upper["code"], upper["enc_public_key"])
    if not office.get("parent_code"):
        raise ValidationError(
            "passphrase",
            N_(
                "The package cannot be encrypted yet: this office's profile names no office above it. "
                "Register the key of the office above from its key file (Sync page: Register the office "
                "above's key, or the command offices set-upper), or give a passphrase. No package was written."
            ),
        )
    raise ValidationError(
        "passphrase",
        N_(
            "The package cannot be encrypted yet: the key of the office above ({parent}) is not registered "
            "here. Register it once from that office's key file (Sync page: Register the office above's "
            "key, or the command offices set-upper), or give a passphrase. No package was written."
        ),
        parent=office["parent_code"],
    )


def _changed_ids(db: Database, after: int, upto: int) -> dict[str, set[str]] | None:
    """Ids per table journalled in (after, upto]; None for the first package (everything)."""
    if after == 0:
        return None
    out: dict[str, set[str]] = {}
    for row in db.query("SELECT table_name, record_id FROM sync_change WHERE seq > ? AND seq <= ?", (after, upto)):
        out.setdefault(row["table_name"], set()).add(row["record_id"])
    return out


def _json_expr(columns: list[str]) -> str:
    return "json_object(" + ", ".join(f"'{c}', \"{c}\"" for c in columns) + ")"


def _table_rows(db: Database, table: str, ids: set[str] | None, tick: Callable[[int], None]):
    """The rows as JSON texts made by SQLite (json_object keeps integers, text and NULL apart),
    joined by SQLite a batch at a time: one Python string per batch, not one per row (a million
    rows made a million strings, each encoded and appended on its own)."""
    expr = _json_expr(_columns(db, table))
    if ids is None:
        last = 0
        while True:  # by rowid, in batches: the whole table never sits in memory
            with db._lock:
                n, top, text = db.conn.execute(
                    f"SELECT count(*), max(r), group_concat(line, char(10)) FROM"
                    f" (SELECT rowid AS r, {expr} AS line FROM {table} WHERE rowid > ? ORDER BY rowid LIMIT ?)",
                    (last, BATCH),
                ).fetchone()
            if not n:
                return
            last = top
            yield Lines(text, n)
            tick(n)
    else:
        for part in _chunks(sorted(ids)):
            with db._lock:
                n, text = db.conn.execute(
                    f"SELECT count(*), group_concat({expr}, char(10)) FROM {table}"
                    f" WHERE id IN ({','.join('?' * len(part))})",
                    part,
                ).fetchone()
            yield Lines(text or "", n)
            tick(len(part))


# -- import ---------------------------------------------------------------------------------------


def _text_bounds() -> tuple:
    from app.domain import text

    return tuple(
        (key, limit, text._UNSAFE_MULTI if key in text.MULTILINE else text._UNSAFE_ONE_LINE)
        for key, limit in text.MAX_LENGTH.items()
    )


_TEXT_BOUNDS = _text_bounds()
#: what storing one incoming row can raise because of the row itself: a unique rule broken, an
#: integer of 2^63 or more (OverflowError), a value that is not a scalar (ProgrammingError)
_ROW_ERRORS = (sqlite3.IntegrityError, OverflowError, sqlite3.ProgrammingError)
_FEN_COLUMNS = ("amount_fen", "granted_fen", "subsidy_fen", "principal_fen", "interest_fen", "balance_fen")


class _DryRun(Exception):
    pass


def import_packages(
    ws: Workspace,
    paths: Iterable[str | Path],
    *,
    passphrase: str | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> list[ImportReport]:
    """Verify and merge each package (each in its own transaction); one report per file.

    Packages are applied per sender in sequence order, whatever order the files were given in."""
    ws.require("record.edit")
    ws.require_office()
    reports: list = []  # ImportReport, and sync_down.DownReport for a package from the office above
    opened: list[tuple[OpenedPackage, ImportReport]] = []
    local = ws.require_office()
    own_key: list = []

    def unseal(path: Path) -> package_crypto.Unsealed:
        if package_crypto.read_header(path).kind == SEALED_DOWN_KIND:
            raise _Downward(N_("This file is not a sync package of this program."))  # taken below
        if not own_key:
            own_key.append(keys.encryption_key(ws.db, ws.user))
        # for whom and from whom are checked before the one pass over the file (issue 17 §3)
        return package_crypto.unseal(
            path,
            own_key[0],
            kind=SEALED_KIND,
            recipient=local["code"],
            check_header=lambda h: _check_registered(ws.db, local, h.sender, "-"),
        )

    try:
        down: list[str | Path] = []
        for path in paths:
            report = ImportReport(file=str(path))
            try:
                # who signed it is checked before the members are read (issue 17 §3)
                pkg = open_package(
                    path, passphrase, check_sender=lambda p: _check_upward(ws.db, local, p), unseal=unseal
                )
            except _Downward:
                down.append(path)  # a package from the office above: taken after these (below)
                continue
            except PackageRejected as exc:
                _reject(ws, report, exc, getattr(exc, "package", None), dry_run)
                reports.append(report)
                continue
            opened.append((pkg, report))
        opened.sort(key=lambda pr: (pr[0].sender, pr[0].sequence))
        total = sum(sum(m.get("count", 0) for m in pkg.manifest["members"].values()) for pkg, _ in opened)
        done = [0]

        def tick(n: int) -> None:
            done[0] += n
            if progress:
                progress(min(done[0], total), total)

        for pkg, report in opened:
            start = done[0]
            try:
                _import_one(ws, pkg, report, dry_run, tick)
            except PackageRejected as exc:
                _reject(ws, report, exc, pkg, dry_run)
            finally:
                pkg.close()
            reports.append(report)
            done[0] = start
            tick(sum(m.get("count", 0) for m in pkg.manifest["members"].values()))
        if down:
            from app.services import sync_down

            for path in sorted(down, key=lambda p: Path(p).name):  # its sequence is in its name
                if dry_run:  # (the upward packages' dry-run reports stand; this one is told why not)
                    reason = PackageRejected(
                        N_("A package from the office above cannot be taken as a dry run; take it without.")
                    )
                    reports.append(sync_down.DownReport(file=str(path), status="rejected", reason=reason))
                    continue
                reports.append(sync_down.import_down(ws, path, passphrase=passphrase))
    finally:
        for pkg, _ in opened:
            pkg.close()
    return reports


class _Downward(PackageRejected):
    """(Not a refusal: the package comes from the office above; app.services.sync_down takes it.)"""


def _check_upward(db: Database, local: dict, pkg: OpenedPackage) -> dict:
    if pkg.manifest.get("direction", "up") != "up":
        raise _Downward(N_("This file is not a sync package of this program."))
    return _check_sender(db, local, pkg, whole_file=False)


def _reject(
    ws: Workspace, report: ImportReport, exc: PackageRejected, pkg: OpenedPackage | None, dry_run: bool
) -> None:
    report.status, report.reason = "rejected", exc
    if pkg is not None:
        report.sender, report.sequence = pkg.sender, pkg.sequence
        report.period = pkg.manifest.get("period", "")
        report.sender_name = pkg.manifest["office"].get("name_zh", "")
        report.sender_name_bo = pkg.manifest["office"].get("name_bo", "") or ""
    report.tables, report.warnings, report.conflicts = {}, [], []
    report.audit_new = report.audit_unchanged = 0
    if dry_run:
        return
    report.log_id = new_id()
    ws.db.execute(
        "INSERT INTO sync_log(id, direction, package_name, sender_code, period, sequence, created_at,"
        " imported_at, sha256, status, report, by_user) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            report.log_id,
            "import",
            Path(report.file).name,
            report.sender,
            report.period,
            report.sequence,
            (pkg.manifest.get("created_at") if pkg else "") or "",
            now_utc(),
            pkg.sha256 if pkg else "",
            "rejected",
            report.to_json(),
            ws.user,
        ),
    )


def _check_sender(db: Database, local: dict, pkg: OpenedPackage, whole_file: bool = True) -> dict:
    """The sender is registered here, below this office, and signed the manifest (and, with
    `whole_file`, every byte of the file)."""
    sender = pkg.sender
    name = pkg.manifest["office"].get("name_zh", "")
    row = _check_registered(db, local, sender, name)
    from app.services.keys import verify

    if not verify(row["public_key"], pkg.signature, pkg.manifest_bytes):
        raise PackageRejected(
            N_(
                "The package's signature does not match the key registered for office "
                "{code} ({name}): the package was altered, or another office made it."
            ),
            code=sender,
            name=name,
        )
    if whole_file and not verify(row["public_key"], pkg.file_signature, pkg.file_digest):
        raise PackageRejected(
            N_(
                "The package file was damaged or altered after office {code} ({name}) made "
                "it (its contents are intact, its structure is not). Copy it again."
            ),
            code=sender,
            name=name,
        )
    return row


def _check_registered(db: Database, local: dict, sender: str, name: str) -> dict:
    """The office row of `sender` when it is registered here below this office (with a key)."""
    if sender == local["code"]:
        raise PackageRejected(N_("This package was made by this office itself; import it at the office above."))
    row = office_store.by_code(db, sender)
    if row is None or not row.get("public_key") or row.get("deleted_at"):
        raise PackageRejected(
            N_(
                "Office {code} ({name}) is not registered here as a subordinate office. "
                "Register its key first (offices add-subordinate), then import again."
            ),
            code=sender,
            name=name,
        )
    code, seen = row["parent_code"], {sender}
    while code and code != local["code"] and code not in seen:
        seen.add(code)
        parent = office_store.by_code(db, code)
        code = parent["parent_code"] if parent else None
    if code != local["code"]:
        raise PackageRejected(
            N_("Office {code} ({name}) is not below this office; its package is not imported here."),
            code=sender,
            name=name,
        )
    return row


def _allowed_offices(db: Database, pkg: OpenedPackage, sender: str) -> set[str]:
    """The sender and every office below it (as known here, plus offices the package registers)."""
    parent = {r["code"]: r["parent_code"] for r in db.query("SELECT code, parent_code FROM office")}
    member = _member_of(pkg, "office")
    if member:
        for batch in pkg.rows(member):
            for r in batch:
                if isinstance(r.get("code"), str):
                    parent.setdefault(r["code"], r.get("parent_code"))
    allowed = {sender}
    changed = True
    while changed:
        changed = False
        for code, p in parent.items():
            if p in allowed and code not in allowed:
                allowed.add(code)
                changed = True
    return allowed


def _member_of(pkg: OpenedPackage, table: str) -> str | None:
    for name, info in pkg.manifest["members"].items():
        if info["table"] == table:
            return name
    return None


def base_sequence(manifest: dict, sequence: int) -> int:
    """The package this one must be imported after (0: none).  Packages made before the manifest
    named it always followed the one before them."""
    base = manifest.get("base_sequence")
    return base if isinstance(base, int) and 0 <= base < sequence else sequence - 1


def _import_one(
    ws: Workspace, pkg: OpenedPackage, report: ImportReport, dry_run: bool, tick: Callable[[int], None] = lambda n: None
) -> None:
    db: Database = ws.db
    local = ws.require_office()
    m = pkg.manifest
    report.sender, report.sequence, report.period = pkg.sender, pkg.sequence, m.get("period", "")
    report.sender_name = m["office"].get("name_zh", "")
    report.sender_name_bo = m["office"].get("name_bo", "") or ""
    _check_sender(db, local, pkg)
    if not pkg.encryption:
        # written by an earlier release (or before keys were exchanged): it is read, but whoever
        # had the file could read it too — say so, so the office above asks for encrypted ones
        report.warn(
            N_(
                "This package was not encrypted: anyone who had the file could read every ID number in it. "
                "Give office {code} this office's key file (offices export-key; there: offices set-upper) so "
                "that its next packages are encrypted, and delete this file from the USB stick."
            ),
            code=pkg.sender,
        )
    from app.services import sync_down

    unknown = (
        {info["table"] for info in m["members"].values()}
        - set(registry.synced_tables())
        - {"audit_log", sync_down.RESOLUTION_TABLE, household_history.TABLE}
    )
    if unknown:
        raise PackageRejected(
            N_(
                "The package holds tables this program does not know ({names}); use the "
                "same release of the program at both offices."
            ),
            names=", ".join(sorted(unknown)),
        )
    allowed = _allowed_offices(db, pkg, pkg.sender)

    previous = (
        db.one(
            "SELECT max(sequence) AS seq FROM sync_log WHERE direction = 'import' AND status = 'ok'"
            " AND sender_code = ?",
            (pkg.sender,),
        )["seq"]
        or 0
    )
    same = db.one(
        "SELECT imported_at FROM sync_log WHERE direction = 'import' AND status = 'ok'"
        " AND sender_code = ? AND sha256 = ? ORDER BY imported_at LIMIT 1",
        (pkg.sender, pkg.sha256),
    )
    if same:
        # the very same file merged before: every row is as it was then merged (or recorded as a
        # conflict then); checked and signed, it needs no second merge
        report.warn(
            N_("This package was already imported on {at}; importing it again changes nothing."),
            at=same["imported_at"][:16].replace("T", " "),
        )
        for info in m["members"].values():
            if info["table"] == "audit_log":
                report.audit_unchanged += info.get("count", 0)
            elif info["table"] == household_history.TABLE:
                continue  # (not a register: the households' own line says how many)
            else:
                report.tables.setdefault(info["table"], TableCounts()).unchanged += info.get("count", 0)
        order = {t: i for i, t in enumerate(registry.synced_tables())}
        report.tables = dict(sorted(report.tables.items(), key=lambda kv: order.get(kv[0], 99)))
        tick(sum(info.get("count", 0) for info in m["members"].values()))
        if dry_run:
            report.status = "dry-run"
            return
        report.log_id = new_id()
        db.execute(
            "INSERT INTO sync_log(id, direction, package_name, sender_code, period, sequence, created_at,"
            " imported_at, sha256, counts, status, report, by_user) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                report.log_id,
                "import",
                pkg.path.name,
                pkg.sender,
                report.period,
                pkg.sequence,
                m.get("created_at", ""),
                now_utc(),
                pkg.sha256,
                json.dumps({t: asdict(c) for t, c in report.tables.items()}),
                "ok",
                report.to_json(),
                ws.user,
            ),
        )
        return
    elif pkg.sequence <= previous:
        report.warn(
            N_(
                "Package {sequence} is older than package {previous} already imported from this "
                "office; only what is newer than the records here is taken."
            ),
            sequence=pkg.sequence,
            previous=previous,
        )
    elif base_sequence(m, pkg.sequence) > previous:
        # applied now, it would store its changes before the missing package's and leave the
        # office's audit trail out of order (see the module docstring): refused, nothing stored
        raise PackageRejected(
            N_(
                "Package {sequence} of office {code} ({name}) follows package {missing}, which "
                "has not been imported here. Import package {missing} first, then this one; if "
                "it was lost, ask the office for it again or for a full package."
            ),
            sequence=pkg.sequence,
            code=pkg.sender,
            name=report.sender_name,
            missing=previous + 1,
        )

    report.log_id = new_id()
    try:
        # 64 MB of page cache: with the plain indexes set aside (below), what the merge touches at
        # random is the id and unique indexes, which fit; the process stays well under the 250 MB
        # budget (DESIGN §7) beside the name readings' dictionaries (about 60 MB)
        with db.bulk(cache_mb=MERGE_CACHE_MB), db.transaction() as conn:
            conn.execute("PRAGMA defer_foreign_keys = ON")
            conn.execute(
                "INSERT INTO sync_log(id, direction, package_name, sender_code, period, sequence, created_at,"
                " imported_at, sha256, status, by_user) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (
                    report.log_id,
                    "import",
                    pkg.path.name,
                    pkg.sender,
                    report.period,
                    pkg.sequence,
                    m.get("created_at", ""),
                    now_utc(),
                    pkg.sha256,
                    "ok",
                    ws.user,
                ),
            )
            if _member_of(pkg, sync_down.RESOLUTION_TABLE):
                # a township's resolutions first: the records that come with them land where they say
                try:
                    report.resolutions = sync_down.apply_resolutions(
                        conn, pkg, allowed, report.log_id, local["code"], ws.user
                    )
                except _ROW_ERRORS as exc:
                    raise sync_down._damaged_resolution() from exc
            merger = _Merger(db, conn, local, allowed, report, sender_schema(pkg))
            # household_roll's triggers look a household's demands and ratings up through the plain
            # indexes set aside below: from the first table set aside they are off, and the table
            # is rebuilt once when everything is merged (storage/household_roll.py)
            roll_suspended, suspending = contextlib.ExitStack(), False
            for table in registry.synced_tables():
                member = _member_of(pkg, table)
                if member is None:
                    continue
                report.tables[table] = TableCounts()
                set_aside = _set_aside_indexes(conn, table, m["members"][member].get("count", 0))
                if set_aside and not suspending:
                    roll_suspended.enter_context(household_roll.suspended(conn))
                    suspending = True
                for batch in pkg.rows(member, chunk=ROWS_PER_BATCH):
                    merger.merge(table, batch)
                    tick(len(batch))
                if set_aside:
                    # built again in one sort each (same definitions); SQLite's sorter takes as
                    # much memory as the page cache is allowed, so the cache is made smaller
                    # meanwhile, or the two together would pass the memory budget
                    conn.execute(f"PRAGMA cache_size = {-SORT_CACHE_MB * 1024}")
                    for sql in set_aside:
                        conn.execute(sql)
                    conn.execute(f"PRAGMA cache_size = {-MERGE_CACHE_MB * 1024}")
            roll_suspended.close()
            history = _member_of(pkg, household_history.TABLE)
            if history:
                # the households' dated history, in place of the one the merge wrote from their rows
                try:
                    for batch in pkg.rows(history, chunk=ROWS_PER_BATCH):
                        household_history.apply(conn, batch, allowed)
                        tick(len(batch))
                except (household_history.Damaged, AttributeError) as exc:
                    raise PackageRejected(N_("A line of the package is not readable; the package is damaged.")) from exc
            # the subsidy spans of the loans the package brought or changed (storage.loan_subsidy:
            # its triggers marked them), in the same transaction: ~2 s for 46,000 loans
            loan_subsidy.refresh(conn)
            if _member_of(pkg, "audit_log"):
                merger.audit(pkg, m)
            merger.check_foreign_keys()
            totals = report.totals()
            counts = {t: asdict(c) for t, c in report.tables.items()}
            counts["audit_log"] = {"new": report.audit_new, "unchanged": report.audit_unchanged}
            conn.execute(
                "UPDATE sync_log SET counts = ?, report = ? WHERE id = ?",
                (json.dumps(counts), report.to_json(), report.log_id),
            )
            audit.append(
                conn,
                entry_id=new_id(),
                office_code=local["code"],
                at=now_utc(),
                user=ws.user,
                action="sync_import",
                table_name="sync_log",
                record_id=report.log_id,
                before=None,
                after={
                    "sender": pkg.sender,
                    "sequence": pkg.sequence,
                    "new": totals.new,
                    "updated": totals.updated,
                    "conflicts": totals.conflicts,
                },
            )
            if dry_run:
                raise _DryRun()
    except _DryRun:
        report.status, report.log_id = "dry-run", ""


def sender_schema(pkg: OpenedPackage) -> int | None:
    """The schema of the register that wrote `pkg`.  This release's packages say so; an earlier
    release's are told by their audit entries, which carry their place in their chain from schema
    20 on.  An entry without one comes from a register before the complaint codes of schema 19:
    the releases went from schema 11 to 30, so none wrote 19 without 20.  None: no audit entry
    to tell by."""
    given = pkg.manifest.get("schema")
    if given.__class__ is int:
        return given
    member = _member_of(pkg, "audit_log")
    if member is None:
        return None
    batches = pkg.rows(member, chunk=1)
    try:
        first = next(batches, [])
    finally:
        batches.close()
    if not first or not isinstance(first[0], dict):
        return None
    return 20 if "chain_seq" in first[0] else standard_codes.VERSION - 1


#: incoming rows of a table from which its plain indexes are set aside during the merge
REBUILD_MIN_ROWS = 20_000
#: page cache while merging and while building indexes again (MB), rows parsed at a time
MERGE_CACHE_MB, SORT_CACHE_MB = 64, 24
ROWS_PER_BATCH = 2000


def _set_aside_indexes(conn, table: str, incoming: int) -> list[str]:
    """Drop the table's non-unique indexes when the package brings at least as many rows as the
    table holds (a first package, a full one); return their definitions to create them again.

    Inserting a million rows in id order (random UUIDs) into a dozen secondary indexes touches
    a random page of each index per row; once the indexes outgrow the page cache, every insert
    evicts dirty pages that the next ones read and write again, and the import grows faster
    than the register.  CREATE INDEX sorts once instead.
    Unique indexes stay, so a duplicate (the same ID number twice) is still refused row by row;
    everything happens inside the import's transaction, so a refused package leaves the
    indexes as they were."""
    if incoming < REBUILD_MIN_ROWS:
        return []
    if conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] > incoming:
        return []
    plain = {r[1] for r in conn.execute(f"PRAGMA index_list({table})") if r[2] == 0 and r[3] == "c"}
    out = []
    for name, sql in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name",
        (table,),
    ).fetchall():
        if name in plain:
            conn.execute(f'DROP INDEX "{name}"')
            out.append(sql)
    return out


class _Merger:
    """Merges batches of incoming rows into the open transaction, counting what happened."""

    def __init__(
        self, db: Database, conn, local: dict, allowed: set[str], report: ImportReport, schema: int | None = None
    ):
        self.db, self.conn, self.local, self.allowed, self.report = db, conn, local, allowed, report
        self.schema = schema  # the sender's (sender_schema): rows from an older one are read as it meant them
        self.columns = {t: set(_columns(db, t)) for t in registry.synced_tables()}
        self.written: set[str] = set()
        # the bounded columns of each table, once (a county package holds a million rows)
        self.bounds = {
            t: (
                tuple(b for b in _TEXT_BOUNDS if b[0] in cols),
                tuple(c for c in _FEN_COLUMNS if c in cols),
                _integer_columns(db, t),
                tuple(c for c in cols if c.endswith(("_on", "_date"))),
            )
            for t, cols in self.columns.items()
        }
        self.office_ids = {r["code"]: r["id"] for r in db.query("SELECT id, code FROM office")}
        #: rows set aside as holding values no form lets through: (table, id)
        self.refused_rows: dict[tuple[str, str], str] = {}  # -> the office it came from
        # a township where villages overlap (issue #20): rows set aside with a household in
        # conflict, and households that moved (rows for the old id go to the new one)
        synced = set(registry.synced_tables())
        self.parents = {
            t: [(r["from"], r["table"]) for r in db.query(f"PRAGMA foreign_key_list({t})") if r["table"] in synced]
            for t in synced
        }
        self.held: dict[tuple[str, str, str], tuple[str, str]] = {
            (r["table_name"], r["record_id"], r["office_code"]): (r["household_id"], r["conflict_id"])
            for r in db.query("SELECT table_name, record_id, office_code, household_id, conflict_id FROM sync_held")
        }
        self.redirects = {
            (r["from_id"], r["office_code"]): r["to_id"]
            for r in db.query("SELECT from_id, office_code, to_id FROM sync_redirect")
        }
        sender = office_store.by_code(db, report.sender) if report.sender else None
        self.sender_level = sender["level"] if sender else "village"

    def _refuse_office(self, table: str, code) -> None:
        raise PackageRejected(
            N_(
                "The package carries records of office {code}, which is not the sending "
                "office nor below it ({table}); it is not imported."
            ),
            code=code,
            table=table,
        )

    def merge(self, table: str, batch: list[dict]) -> None:
        counts = self.report.tables[table]
        cols = self.columns[table]
        rows = []
        for raw in batch:
            # the parsed row itself when it has no column unknown here (nearly always): a copy
            # of every row cost a tenth of a county import's time and a batch's worth of memory
            row = raw if raw.keys() <= cols else {k: v for k, v in raw.items() if k in cols}
            if not isinstance(row.get("id"), str) or not isinstance(row.get("version"), int):
                raise PackageRejected(
                    N_("A row of {table} in the package has no id or version; the package is damaged."), table=table
                )
            if row.get("office_code") not in self.allowed:
                self._refuse_office(table, row.get("office_code"))
            if _out_of_bounds(row, *self.bounds[table]):
                # kept aside as a conflict, as a row that breaks a unique rule is: the rest comes in
                self._conflict(table, row, {"error": "out of bounds"}, "invalid")
                self.refused_rows[table, row.get("id")] = row.get("office_code") or "?"
                continue
            if table == "complaint":
                # coded by the sender's lists: an older register's codes mean other classes
                row = codes_of_today(row, self.schema)
            if table == "household":
                # search and sort keys are derived here, from the names, by this release's rules:
                # the sender's (an older release's) would make equal records look different
                row.update(_name_derived(row.get("name_zh") or "", row.get("name_bo") or "")[0])
            if table == "office":
                known = self.office_ids.get(row.get("code"))
                # our own office, or one registered here under another id: our registration stands
                if row.get("code") == self.local["code"] or (known and known != row["id"]):
                    counts.unchanged += 1
                    continue
                row = self._office_row(row, known)
            if self.redirects or self.held:
                row = self._follow(table, row)
                if row is None:
                    continue
            rows.append(row)
        if table == "household":
            rows = self._hold_clashes(rows)
        existing: dict[str, dict] = {}
        for part in _chunks([r["id"] for r in rows]):
            for r in self.db.query(f"SELECT * FROM {table} WHERE id IN ({','.join('?' * len(part))})", part):
                existing[r["id"]] = r
        new, updates = [], []
        for row in rows:
            mine = existing.get(row["id"])
            if mine is None:
                new.append(row)
            elif row["version"] > mine["version"] and mine["office_code"] == row["office_code"]:
                updates.append((row, mine))
            elif row["version"] < mine["version"]:
                counts.unchanged += 1
            elif (
                all(mine.get(k) == v for k, v in row.items() if k != "is_local")
                and mine["office_code"] == row["office_code"]
            ):
                counts.unchanged += 1
            elif table == "household" and mine["office_code"] != row["office_code"]:
                # the same household record from two offices (a register copied from one village
                # to another): the second office's version waits with its records, as for an
                # ID number registered twice
                self._hold_household(row, mine, "same_record")
            else:
                self._conflict(table, row, mine, "content")
        if new:
            self._insert(table, new)
        if updates:
            self._update(table, updates)

    def _office_row(self, row: dict, known: str | None) -> dict:
        """What of an office row a package may bring (issue 17 §4).  A package never makes an
        office trusted: keys come only from `offices add-subordinate` by an administrator here,
        so an incoming row's key is dropped, and a row already here keeps its code, level and
        parent.  A new office is taken only as the sender's own registration of an office
        directly below it (the township's villages, relayed to the county, so the county knows
        the tree) — it arrives without a key, so its own packages are still refused here."""
        from app.services.keys import LEVEL_RANK

        row = {k: v for k, v in row.items() if k not in ("public_key", "enc_public_key", "registered_at")}
        row["is_local"] = 0
        if known:
            return {k: v for k, v in row.items() if k not in ("code", "level", "parent_code")}
        sender = self.report.sender
        sender_level = LEVEL_RANK.get(self.sender_level, 0)
        if (
            row.get("parent_code") != sender
            or row.get("office_code") != sender
            or LEVEL_RANK.get(row.get("level"), -1) != sender_level - 1
        ):
            raise PackageRejected(
                N_(
                    "The package from office {sender} registers office {code}, which it may not: offices are "
                    "registered here only by an administrator (offices add-subordinate). Nothing was imported."
                ),
                sender=sender,
                code=str(row.get("code"))[:40],
            )
        return row

    # -- overlapping villages (issue #20 item 4) -------------------------------------------------

    def _follow(self, table: str, row: dict) -> dict | None:
        """The row with a moved household's id replaced by the one it became; None when the row is
        set aside (sync_held) with a household in conflict — itself, or the record it hangs on."""
        office = row.get("office_code")
        links = self.parents.get(table, ())
        for col, parent in links:
            if parent == "household" and (row.get(col), office) in self.redirects:
                row = {**row, col: self.redirects[(row[col], office)]}
        found = self.held.get((table, row["id"], office))
        if found is None:
            for col, parent in links:
                found = self.held.get((parent, row.get(col), office))
                if found is not None:
                    break
        if found is None:
            return row
        self._hold(table, row, *found)
        return None

    def _hold(self, table: str, row: dict, household_id: str, conflict_id: str) -> None:
        self.conn.execute(
            "INSERT INTO sync_held(table_name, record_id, office_code, household_id, version, row_json, conflict_id)"
            " VALUES (?,?,?,?,?,?,?) ON CONFLICT(table_name, record_id, office_code) DO UPDATE SET"
            " version = excluded.version, row_json = excluded.row_json WHERE excluded.version > sync_held.version",
            (
                table,
                row["id"],
                row["office_code"],
                household_id,
                row["version"],
                json.dumps(row, ensure_ascii=False, default=str),
                conflict_id,
            ),
        )
        self.held[(table, row["id"], row["office_code"])] = (household_id, conflict_id)
        self.report.tables[table].held += 1

    def _hold_clashes(self, rows: list[dict]) -> list[dict]:
        """New households whose ID number is already live here under another record: held."""
        fresh = [r for r in rows if r.get("deleted_at") is None and r.get("id_number")]
        if not fresh:
            return rows
        live: dict[str, dict] = {}
        numbers = sorted({r["id_number"] for r in fresh})
        for part in _chunks(numbers):
            for r in self.db.query(
                f"SELECT * FROM household WHERE deleted_at IS NULL AND id_number IN ({','.join('?' * len(part))})", part
            ):
                live[r["id_number"]] = r
        if not live:
            return rows
        out = []
        for row in rows:
            mine = live.get(row.get("id_number")) if row.get("deleted_at") is None else None
            if mine is None or mine["id"] == row["id"]:
                out.append(row)
            else:
                self._hold_household(row, mine, "id_number")
        return out

    def _hold_household(self, row: dict, mine: dict, kind: str) -> None:
        conflict_id = self._conflict(
            "household", row, mine, kind, id_number=row.get("id_number"), other_office=mine.get("office_code")
        )
        self._hold("household", row, row["id"], conflict_id)

    def _conflict(self, table: str, row: dict, mine: dict, kind: str, **extra) -> str:
        from app.domain.idnumber import mask_id_number

        self.report.tables[table].conflicts += 1
        entry = {"table": table, "record_id": row["id"], "kind": kind}
        if extra.get("id_number"):
            entry.update(id_number_masked=mask_id_number(extra["id_number"]), other_office=extra["other_office"])
        self.report.conflicts.append(entry)
        conflict_id = new_id()
        self.conn.execute(
            "INSERT INTO sync_conflict(id, sync_log_id, table_name, record_id, local_json, incoming_json, at,"
            " kind, id_number) VALUES (?,?,?,?,?,?,?,?,?)",
            (
                conflict_id,
                self.report.log_id,
                table,
                row["id"],
                json.dumps(mine, ensure_ascii=False, default=str),
                json.dumps(row, ensure_ascii=False, default=str),
                now_utc(),
                kind,
                extra.get("id_number"),
            ),
        )
        return conflict_id

    def _insert(self, table: str, rows: list[dict]) -> None:
        counts = self.report.tables[table]
        by_cols: dict[tuple, list[dict]] = {}
        for r in sorted(rows, key=operator.itemgetter("id")):  # the id index in order, as above
            by_cols.setdefault(tuple(r), []).append(r)
        for cols, group in by_cols.items():
            sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
            done = self._insert_group(table, sql, operator.itemgetter(*cols), group)
            counts.new += len(done)
            if done:
                self.written.add(table)
            if table == "household":
                self._tokens([(r, None) for r in done])

    def _insert_group(self, table: str, sql: str, values: Callable[[dict], tuple], group: list[dict]) -> list[dict]:
        """Insert the rows in order; a row that breaks a rule (the same ID number twice, a value out
        of range) is kept aside as a conflict and the rest go in.  Returns the rows stored.

        No savepoint around the batch: every synced table has triggers (the sync journal, the
        record seals), and with a savepoint open SQLite keeps each row's statement journal in
        the savepoint's sub-journal, which SQLCipher's build holds in memory (TEMP_STORE=2) at a
        cost that grows with what the batch wrote before: 2,000 rows then cost about 6x their
        insert (bench/bench_batch_savepoint.py; bench/RESULTS.md, "Sync import").  A failing row
        needs no savepoint: SQLite undoes that one statement (triggers included) and keeps the
        rows before it, so the batch goes on after it — the same rows stored, in the same order,
        as inserting them one by one."""
        done: list[dict] = []
        start = 0
        while start < len(group):
            taken = 0

            def rest(first: int = start) -> Iterable[tuple]:
                nonlocal taken
                for row in group[first:]:
                    taken += 1  # executemany binds and runs each row before it asks for the next
                    yield values(row)

            try:
                self.conn.executemany(sql, rest())
            except _ROW_ERRORS as exc:
                failed, error = start + taken - 1, str(exc)
                if failed < start:  # refused before any row was run: that row alone, to be sure
                    failed = start
                    try:
                        self.conn.execute(sql, values(group[start]))
                    except _ROW_ERRORS as again:
                        error = str(again)
                    else:
                        done.append(group[start])
                        start += 1
                        continue
                done.extend(group[start:failed])
                self._conflict(table, group[failed], {"error": error}, "constraint")
                start = failed + 1
            else:
                done.extend(group[start:])
                break
        return done

    def _update(self, table: str, pairs: list[tuple[dict, dict]]) -> None:

        counts = self.report.tables[table]
        done = []
        for row, mine in pairs:
            cols = [c for c in row if c != "id"]
            try:
                self.conn.execute(
                    f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in cols)} WHERE id = ?",
                    [row[c] for c in cols] + [row["id"]],
                )
                done.append((row, mine))
            except _ROW_ERRORS as exc:
                self._conflict(table, row, {**mine, "error": str(exc)}, "constraint")
        counts.updated += len(done)
        if done:
            self.written.add(table)
        if table == "household":
            self._tokens([(r, (m["name_zh"], m["name_bo"])) for r, m in done])

    def _tokens(self, pairs: list[tuple[dict, tuple | None]]) -> None:
        """Search tokens of imported households.  New ones (most of a first package) in one
        executemany with tokens cached by name — names repeat a lot (卓玛, 才让 …) and computing
        them (pinyin, Wylie) is the dearest part of an import; changed ones through write_tokens."""
        from app.services.households import write_tokens

        fresh = []
        for row, old in pairs:
            if old is None:
                tokens = _name_derived(row.get("name_zh") or "", row.get("name_bo") or "")[1]
                fresh.extend((t, row["id"]) for t in tokens)
            else:
                write_tokens(self.conn, row["id"], row.get("name_zh") or "", row.get("name_bo") or "", old)
        if fresh:
            fresh.sort()  # in key order: B-tree pages are filled one after another, not at random
            self.conn.executemany("INSERT OR IGNORE INTO household_search(token, household_id) VALUES (?, ?)", fresh)

    def audit(self, pkg: OpenedPackage, manifest: dict) -> None:
        """Append the sender's audit entries not yet here, as they are; check their chains."""
        report = self.report
        prev: dict[str, str] = {}  # office -> hash of the entry before, within this package
        position: dict[str, int | None] = {}  # office -> chain_seq of the entry before, if known
        broken: set[str] = set()
        for batch in pkg.rows(AUDIT_MEMBER):
            ids = [e.get("id") for e in batch]
            present = set()
            for part in _chunks(ids):
                present |= {
                    r["id"]
                    for r in self.db.query(f"SELECT id FROM audit_log WHERE id IN ({','.join('?' * len(part))})", part)
                }
            fresh = []
            for e in batch:
                office = e.get("office_code")
                if office not in self.allowed:
                    self._refuse_office("audit_log", office)
                if office not in prev:
                    # the first entry of this office in the package must follow what is here
                    here, here_position = audit.last_link(self.conn, office)
                    position[office] = here_position if e.get("prev_hash") == here else None
                    if e["id"] not in present and e.get("prev_hash") != here:
                        if here == audit.GENESIS:
                            report.warn(
                                N_(
                                    "The audit trail of office {code} starts in the middle here: its "
                                    "earlier entries came in no package imported here."
                                ),
                                code=office,
                            )
                        else:
                            report.warn(
                                N_(
                                    "The audit entries of office {code} do not follow on from the ones "
                                    "already here (a package is missing or came out of order)."
                                ),
                                code=office,
                            )
                    prev[office] = e.get("prev_hash")
                if e.get("prev_hash") != prev[office] or audit.row_hash(e.get("prev_hash", ""), e) != e.get("hash"):
                    broken.add(office)
                prev[office] = e.get("hash")
                # stored by the sender's order, not the order of arrival: the position the writing
                # office gave the entry; from an older release (none given), the one after the entry
                # before it, when that is known
                given = e.get("chain_seq")
                if given.__class__ is not int or not 1 <= given < 1 << 62:
                    before = position.get(office)
                    e["chain_seq"] = given = None if before is None else before + 1
                position[office] = given
                if e["id"] in present:
                    report.audit_unchanged += 1
                else:
                    fresh.append(e)
            if fresh:
                self.conn.executemany(
                    f"INSERT INTO audit_log({', '.join(AUDIT_COLUMNS)}) VALUES ({', '.join('?' * len(AUDIT_COLUMNS))})",
                    [[e.get(c) for c in AUDIT_COLUMNS] for e in fresh],
                )
                report.audit_new += len(fresh)
                # the answers of the offices below to this office's questions (issue #20)
                from app.services.sync_down import file_replies

                file_replies(self.conn, fresh)
        heads = manifest.get("audit_heads") or {}
        for office, digest in heads.items():
            if prev.get(office) != digest:
                broken.add(office)
        for office in sorted(broken):
            report.warn(
                N_(
                    "The audit trail of office {code} in this package is broken: an entry was altered "
                    "or removed at the sending office. The records were imported; check that office's "
                    "register (command: check)."
                ),
                code=office,
            )

    def _parent_id(self, table: str, rowid: int, fk: int):
        """The value of foreign key number `fk` in the row `rowid` of `table` (what it points to)."""
        column = next((r["from"] for r in self.db.query(f"PRAGMA foreign_key_list({table})") if r["id"] == fk), None)
        if column is None:
            return None
        found = self.conn.execute(f"SELECT {column} FROM {table} WHERE rowid = ?", (rowid,)).fetchone()
        return found[0] if found else None

    def check_foreign_keys(self) -> None:
        for table in registry.synced_tables():
            if table not in self.written:
                continue
            bad = self.conn.execute(f"PRAGMA foreign_key_check({table})").fetchone()
            if bad is not None:
                row = self.conn.execute(f"SELECT id FROM {table} WHERE rowid = ?", (bad[1],)).fetchone()
                parent_id = self._parent_id(table, bad[1], bad[3])
                if (bad[2], parent_id) in self.refused_rows:
                    # not a package missing: the parent came in this one, holding values no form of
                    # the program lets through (edited by hand at the sending office), and was set aside
                    raise PackageRejected(
                        N_(
                            "The package holds a record this program does not take ({parent} {parent_id}: a value "
                            "no form of "
                            "the program lets through, such as text too long or holding control characters, or a "
                            "number or a date that is none), and records that depend on it. Ask office {office} to "
                            "run the register check and send the package again."
                        ),
                        parent=bad[2],
                        parent_id=parent_id,
                        office=self.refused_rows[bad[2], parent_id],
                    )
                raise PackageRejected(
                    N_(
                        "The package refers to records that are not here ({table} {record_id} needs a {parent} "
                        "record). Import the office's earlier packages first, then this one."
                    ),
                    table=table,
                    record_id=row[0] if row else "?",
                    parent=bad[2],
                )


def _out_of_bounds(
    row: dict,
    text_bounds: tuple = (),
    fen_columns: tuple = (),
    integer_columns: tuple = (),
    date_columns: tuple = (),
) -> bool:
    """Whether a row holds text no form of this program lets through (issue 17 §6): too long, or
    holding control characters or bidi overrides; an amount above the ceiling; in a whole-number
    column anything but a whole number (SQLite stores "abc" or 1e308 there as they come); in a date
    column anything but a real year-month-day.  A package is signed by a registered office, but
    that office may run an older release, or its register may have been edited by hand: a
    household of 1e308 people or a loan of "abc" fen came in, and the registers' and the year's
    exports then failed here.  (Integers SQLite cannot store and values that are not scalars are
    refused by SQLite itself, row by row: see _insert.)"""
    for key, limit, unsafe in text_bounds:
        value = row.get(key)
        if value.__class__ is str and value and (len(value) > limit or unsafe.search(value)):
            return True
    for key in fen_columns:
        value = row.get(key)
        if value.__class__ is int and not -MAX_FEN <= value <= MAX_FEN:
            return True
    for key in integer_columns:
        value = row.get(key)
        if value is not None and value.__class__ is not int:
            return True
    for key in date_columns:
        value = row.get(key)
        if value is not None and value != "" and (value.__class__ is not str or not _is_iso_day(value)):
            return True
    return False


def _integer_columns(db: Database, table: str) -> tuple[str, ...]:
    """The columns of `table` declared INTEGER (SQLite's integer affinity: a type holding "INT")."""
    return tuple(r["name"] for r in db.query(f"PRAGMA table_info({table})") if "INT" in (r["type"] or "").upper())


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@functools.lru_cache(maxsize=65536)
def _is_iso_day(text: str) -> bool:
    """A real day written as the program writes one (2026-02-30 and 0001-01-01's kin pass the
    pattern: the calendar decides); cached, as a package's dates repeat a lot."""
    if not _ISO_DAY.fullmatch(text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


@functools.lru_cache(maxsize=65536)
def _name_derived(name_zh: str, name_bo: str) -> tuple[dict[str, str], frozenset[str]]:
    """(sort keys, search tokens) of a name; cached, as names repeat a lot (卓玛, 才让 …)."""
    from app.domain import search

    return search.name_keys(name_zh, name_bo), frozenset(search.name_tokens(name_zh, name_bo))


# -- history and reporting completeness -----------------------------------------------------------


def owner_office(ws: Workspace, row: dict) -> dict | None:
    """The office a record belongs to when it is not this one (imported, read-only here), for
    marking such rows in the registers; None for this office's own records."""
    local = ws.office
    code = row.get("office_code")
    if not code or local is None or code == local["code"]:
        return None
    return office_store.by_code(ws.db, code) or {"code": code, "name_zh": "", "name_bo": ""}


def history(ws: Workspace, limit: int = 500) -> list[dict]:
    """Packages made and imported here, newest first (sync_log rows); the packages made for the
    offices below and taken from the office above (issue #20) among them, with the direction
    ``down_made`` / ``down_taken`` and the other office as ``sender_code``."""
    return ws.db.query(
        "SELECT * FROM (SELECT id, direction, package_name, sender_code, period, sequence, created_at, imported_at,"
        " sha256, counts, status, report, by_user FROM sync_log"
        " UNION ALL SELECT id, 'down_' || direction, package_name, office_code, '', sequence, created_at,"
        " CASE direction WHEN 'taken' THEN at END, sha256, counts, 'ok', '', by_user FROM sync_down_log)"
        " ORDER BY coalesce(imported_at, created_at) DESC LIMIT ?",
        (limit,),
    )


def conflicts(ws: Workspace, *, unresolved_only: bool = True) -> list[dict]:
    sql = "SELECT * FROM sync_conflict" + (" WHERE resolved = 0" if unresolved_only else "") + " ORDER BY at DESC"
    return ws.db.query(sql)


@dataclass
class ReportingStatus:
    office: dict
    sent: bool
    last_package_at: str | None
    overdue: bool
    due_on: date

    def __iter__(self):  # unpacks as (office, sent, last_package_at, overdue)
        return iter((self.office, self.sent, self.last_package_at, self.overdue))


def due_date(db: Database, month: str) -> date:
    y, m = map(int, check_period(month).split("-"))
    y, m = (y, m + 1) if m < 12 else (y + 1, 1)
    return date(y, m, due_day(db))


def reporting_status(ws: Workspace, month: str, today: date | None = None) -> list[ReportingStatus]:
    """Which offices directly below this one sent a package for `month` (YYYY-MM); a missing one
    is overdue after the setting ``report_due_day`` (default the 5th) of the next month."""
    db: Database = ws.db
    local = ws.require_office()
    today = today or date.today()
    due = due_date(db, month)
    out = []
    for office in office_store.subordinates(db, local["code"]):
        if not office.get("public_key"):
            continue
        got = db.one(
            "SELECT max(imported_at) AS at FROM sync_log WHERE direction = 'import' AND status = 'ok'"
            " AND sender_code = ? AND period = ?",
            (office["code"], month),
        )["at"]
        last = db.scalar(
            "SELECT max(imported_at) FROM sync_log WHERE direction = 'import' AND status = 'ok' AND sender_code = ?",
            (office["code"],),
        )
        out.append(ReportingStatus(office, got is not None, last, got is None and today > due, due))
    return out
