"""The downward package (issue #20): what an upper office sends an office directly below it.

Upward packages carry records; this one carries the upper office's word on them:

- **questions** — conflicts the township resolved with "ask": which household, the other village
  that registered it, and the township's question;
- **decisions** — conflicts it resolved: the village's household is kept, or it leaves the
  register (it moved to the other village, or its registration there was the one kept), with
  where it went;
- **the policy table** — the versions set by this office or by the offices above it (the county's
  signed table, which came down to a township the same way), so a county's policy reaches the
  villages in the same kind of package instead of a second format.

It is the upward package's format (:mod:`app.services.sync_package`: a zip with a signed manifest
that covers every member by hash, and the whole file signed in its comment), with ``"direction":
"down"`` and the office it is for in the manifest.  The office below takes it only when it was
signed by the office registered here as the office above (``offices set-upper``), is addressed to
this office, is newer than the last one taken from it (a sequence per pair of offices: a copy of an
old package cannot be taken again to undo a later decision), and holds nothing but these members;
all of that is checked, with the sizes bounded, before anything is stored, and everything is
stored in one transaction.

The answers go up in the office's next upward package as entries of its audit trail (action
``sync_answer``, and ``sync_decision_applied`` when it applied a decision): signed and chained like
everything else it reports; the upper office files them beside the conflict (``sync_reply``).

A township's resolutions also go up to the county (:func:`resolutions_for_upward`, applied there by
:func:`apply_resolutions`), so that the county's copy follows: the version the township set aside
is set aside at the county too, with its records following the household where the township said
it moved, and the county counts the household once, in the village the township chose.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.domain.errors import ValidationError
from app.i18n import N_, render
from app.services import keys
from app.services import package_crypto
from app.services.sync_package import (
    FORMAT,
    FORMAT_VERSION,
    SEALED_DOWN_KIND,
    SUFFIX,
    OpenedPackage,
    PackageRejected,
    PackageWriter,
    Recipient,
    package_folder,
    open_package,
)
from storage import audit
from storage import offices as office_store
from storage.db import Database, new_id, now_utc
from storage.sqlite import sqlite3

if TYPE_CHECKING:
    from app.services.workspace import Workspace

DIRECTION = "down"
ITEMS_MEMBER, ITEMS_TABLE = "sync_down.jsonl", "sync_down"
POLICY_MEMBER, POLICY_TABLE = "ref_loan_policy.jsonl", "ref_loan_policy"
RESOLUTION_MEMBER, RESOLUTION_TABLE = "sync_resolution.jsonl", "sync_resolution"
#: a downward package holds a few conflicts and a policy table (a few KB): anything near this size is
#: not one, and is refused before it is opened
MAX_DOWN_BYTES = 16 << 20
MAX_ITEMS = 100_000
MAX_TEXT = 2000
MAX_ANSWER = 500
HOUSEHOLD_KINDS = ("id_number", "same_record")
_ROW_ERRORS = (sqlite3.IntegrityError, OverflowError, sqlite3.ProgrammingError)
#: a township's resolution: (the side kept, whether the other's records follow the household)
RESOLUTIONS = {
    "keep_local": ("local", False),
    "keep_incoming": ("incoming", False),
    "moved_to_incoming": ("incoming", True),
    "moved_to_local": ("local", True),
}


def _say(lang: str, template: str, **params) -> str:
    text = render(template, lang)
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return template.format(**params)


# -- what the upper office says about each conflict ----------------------------------------------


def _sides(c: dict) -> tuple[dict, dict]:
    return json.loads(c["local_json"]), json.loads(c["incoming_json"])


def _village_name(db: Database, village_id) -> tuple[str, str]:
    row = db.one("SELECT name_zh, name_bo FROM village WHERE id = ?", (village_id,)) if village_id else None
    return (row["name_zh"] or "", row["name_bo"] or "") if row else ("", "")


def _office_names(db: Database, code: str) -> tuple[str, str]:
    row = office_store.by_code(db, code)
    return (row["name_zh"] or "", row.get("name_bo") or "") if row else ("", "")


def kept_and_dropped(c: dict) -> tuple[dict, dict, bool] | None:
    """(the version kept, the version set aside, whether the set-aside one's records follow the
    household) of a resolved household conflict; None when it is not resolved that way."""
    rule = RESOLUTIONS.get(c.get("resolution") or "")
    if not c.get("resolved") or rule is None:
        return None
    local, incoming = _sides(c)
    kept_side, follow = rule
    return (local, incoming, follow) if kept_side == "local" else (incoming, local, follow)


def items_for(db: Database, office_code: str) -> list[dict]:
    """The questions and decisions of every household conflict that involves `office_code`."""
    from app.domain.idnumber import mask_id_number

    out = []
    for c in db.query(
        "SELECT * FROM sync_conflict WHERE kind IN ('id_number', 'same_record') ORDER BY at, id",
    ):
        local, incoming = _sides(c)
        if office_code not in (local.get("office_code"), incoming.get("office_code")):
            continue
        mine, other = (local, incoming) if local.get("office_code") == office_code else (incoming, local)
        office_zh, office_bo = _office_names(db, other.get("office_code") or "")
        village_zh, village_bo = _village_name(db, other.get("village_id"))
        item: dict[str, Any] = {
            "id": c["id"],
            "household_id": mine["id"],
            "id_number_masked": mask_id_number(c["id_number"] or mine.get("id_number") or ""),
            "name_zh": mine.get("name_zh") or "",
            "name_bo": mine.get("name_bo") or "",
            "other": {
                "office_code": other.get("office_code") or "",
                "office_name_zh": office_zh,
                "office_name_bo": office_bo,
                "village_zh": village_zh,
                "village_bo": village_bo,
                "household_id": other.get("id") or "",
            },
            "note": c["note"] or "",
            "at": c["resolved_at"] or c["at"],
        }
        decided = kept_and_dropped(c)
        if decided is not None:
            kept, _, follow = decided
            item.update(
                kind="decision",
                resolution=c["resolution"],
                outcome="kept" if kept.get("office_code") == office_code else "left",
                reason="moved" if follow else "duplicate",
            )
            # where the household is now: the kept version's village (for the one that stays, its own)
            if item["outcome"] == "kept":
                item["other"]["kept_here"] = True
        elif not c["resolved"] and c["resolution"] == "ask":
            item.update(kind="question", question=c["note"] or "")
        else:
            continue
        out.append(item)
    return out


# -- making the package (upper office) ------------------------------------------------------------


@dataclass
class DownExport:
    path: str
    sequence: int
    recipient: str
    questions: int
    decisions: int
    policies: int
    sha256: str
    encrypted: bool
    encryption: str = ""  # "recipient" (for the office below, the default) or "passphrase"


def recipients(ws: Workspace) -> list[dict]:
    """The offices directly below this one whose key is registered: who a package can go to."""
    local = ws.require_office()
    return [o for o in office_store.subordinates(ws.db, local["code"]) if o.get("public_key")]


def _policy_rows(db: Database, local_code: str) -> list[dict]:
    """The policy versions this office set or took from an office above it (codes nest: a county's
    code begins every code below it, as app.services.loan_policy.import_signed checks)."""
    return db.query(
        "SELECT * FROM ref_loan_policy WHERE source != '' AND source != 'release' AND ? LIKE source || '%'"
        " ORDER BY source, product_code, effective_from",
        (local_code,),
    )


def export_down(
    ws: Workspace,
    recipient_code: str,
    out_dir: str | Path,
    *,
    passphrase: str | None = None,
    today: date | None = None,
) -> DownExport:
    """Write the next downward package for the office `recipient_code` into `out_dir`."""
    db: Database = ws.db
    ws.require("record.edit")
    local = ws.require_office()
    keys.ensure_keys(db, ws.user)
    local = ws.require_office()
    recipient = office_store.by_code(db, (recipient_code or "").strip())
    if (
        recipient is None
        or recipient.get("deleted_at")
        or recipient.get("parent_code") != local["code"]
        or not recipient.get("public_key")
    ):
        raise ValidationError(
            "to",
            N_(
                "Office {code} is not registered here as an office directly below this one; a package goes "
                "only to such an office (offices add-subordinate)."
            ),
            code=recipient_code,
        )
    # encrypted for the office below (its key from its key file, offices add-subordinate) unless a
    # passphrase is given; with neither, nothing is written (issue #17: no plain package leaves)
    sealed_for = None
    if not passphrase:
        if not recipient.get("enc_public_key"):
            raise ValidationError(
                "passphrase",
                N_(
                    "The package for office {code} cannot be encrypted: its encryption key is not registered here "
                    "(its key file came from an earlier release). Register its key file again (Sync page: Register "
                    "an office below, or offices add-subordinate), or give a passphrase. No package was written."
                ),
                code=recipient["code"],
            )
        sealed_for = Recipient(local["code"], recipient["code"], recipient["enc_public_key"], SEALED_DOWN_KIND)
    out_dir = package_folder(out_dir)
    items = items_for(db, recipient["code"])
    policies = _policy_rows(db, local["code"])
    sequence = (
        db.scalar(
            "SELECT coalesce(max(sequence), 0) FROM sync_down_log WHERE direction = 'made' AND office_code = ?",
            (recipient["code"],),
        )
        + 1
    )
    dest = out_dir / f"{local['code']}_down_{recipient['code']}_{sequence:04d}{SUFFIX}"
    created = now_utc()
    period = (today or date.today()).strftime("%Y-%m")
    writer = PackageWriter(dest, passphrase, sealed_for)
    try:
        counts = {
            ITEMS_TABLE: writer.add_member(ITEMS_MEMBER, ITEMS_TABLE, iter(items)),
            POLICY_TABLE: writer.add_member(POLICY_MEMBER, POLICY_TABLE, iter(policies)),
        }
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "direction": DIRECTION,
            "office": {k: local[k] for k in ("code", "level", "name_zh", "name_bo", "parent_code")},
            "key_fingerprint": keys.fingerprint(local["public_key"]),
            "recipient": {
                "code": recipient["code"],
                "name_zh": recipient["name_zh"],
                "key_fingerprint": keys.fingerprint(recipient["public_key"]),
            },
            "period": period,
            "created_at": created,
            "sequence": sequence,
            "counts": counts,
        }
        sha = writer.finish(manifest, lambda body: keys.sign(db, body, ws.user))
    finally:
        writer.cleanup()
    questions = sum(1 for i in items if i["kind"] == "question")
    with db.transaction() as conn:
        _log_package(
            conn,
            ws,
            local["code"],
            direction="made",
            office_code=recipient["code"],
            sequence=sequence,
            package_name=dest.name,
            created_at=created,
            at=now_utc(),
            audit_at=created,
            sha256=sha,
            counts=counts,
        )
    return DownExport(
        str(dest),
        sequence,
        recipient["code"],
        questions,
        len(items) - questions,
        len(policies),
        sha,
        True,
        "passphrase" if passphrase else "recipient",
    )


# -- taking the package (office below) ------------------------------------------------------------


@dataclass
class DownReport:
    file: str
    status: str = "ok"  # ok | rejected
    reason: PackageRejected | None = None
    sender: str = ""
    sequence: int = 0
    decisions: int = 0  # applied now
    left: list[dict] = field(default_factory=list)  # households that left the register now
    questions: int = 0  # new questions
    policies: int = 0

    @property
    def rejected(self) -> bool:
        return self.status == "rejected"

    def lines(self, lang: str = "en") -> list[str]:
        name = Path(self.file).name
        if self.rejected and self.reason is not None:
            return [
                _say(lang, N_("REJECTED {file}: {reason}"), file=name, reason=self.reason.text(lang)),
                "  " + _say(lang, N_("Nothing from this package was stored.")),
            ]
        out = [
            _say(
                lang,
                N_(
                    "Took {file} from office {sender}, package {sequence}: {decisions} decisions applied, "
                    "{questions} new questions, {policies} policy versions."
                ),
                file=name,
                sender=self.sender,
                sequence=self.sequence,
                decisions=self.decisions,
                questions=self.questions,
                policies=self.policies,
            )
        ]
        for h in self.left:
            out.append(
                "  "
                + _say(
                    lang,
                    N_(
                        "{name} ({id_number}) left this register: the household is in {village} of office "
                        "{office} now, as the office above decided."
                    ),
                    name=h["name"],
                    id_number=h["id_number_masked"],
                    village=h["village"] or "-",
                    office=h["office"],
                )
            )
        return out


def is_downward(pkg: OpenedPackage) -> bool:
    return pkg.manifest.get("direction") == DIRECTION


def check_down_sender(db: Database, local: dict, pkg: OpenedPackage, whole_file: bool = True) -> dict:
    """A downward package is for this office and signed by the office registered as the one above."""
    sender = pkg.sender
    recipient = pkg.manifest.get("recipient")
    if not isinstance(recipient, dict) or not isinstance(recipient.get("code"), str):
        raise PackageRejected(
            N_("The package's manifest is incomplete; it was not made by this program or it is damaged.")
        )
    if recipient["code"] != local["code"]:
        raise PackageRejected(
            N_(
                "This package from office {sender} is for office {code}, not for this office ({local}); "
                "nothing of it is taken here. Give it to office {code}."
            ),
            sender=sender,
            code=recipient["code"][:40],
            local=local["code"],
        )
    upper = keys.upper_office(db)
    if upper is None:
        raise PackageRejected(
            N_(
                "The key of the office above is not registered here, so its package cannot be checked. "
                "Register it first from its key file (offices set-upper), then take the package again."
            )
        )
    if sender != upper["code"]:
        raise PackageRejected(
            N_(
                "This package says it comes from office {sender}, which is not the office above this one "
                "({upper}); it is not taken."
            ),
            sender=sender[:40],
            upper=upper["code"],
        )
    if not keys.verify(upper["public_key"], pkg.signature, pkg.manifest_bytes) or (
        whole_file and not keys.verify(upper["public_key"], pkg.file_signature, pkg.file_digest)
    ):
        raise PackageRejected(
            N_(
                "The package's signature does not match the key registered for the office above ({code}): "
                "the package was altered, or another office made it. Nothing was taken."
            ),
            code=upper["code"],
        )
    return upper


def import_down(ws: Workspace, path: str | Path, *, passphrase: str | None = None) -> DownReport:
    """Check a downward package completely, then apply it in one transaction (see the module)."""
    ws.require("record.edit")
    local = ws.require_office()
    report = DownReport(file=str(path))
    try:
        size = Path(path).stat().st_size if Path(path).is_file() else 0
        if size > MAX_DOWN_BYTES:
            raise PackageRejected(
                N_(
                    "The file is {size} MB; a package from the office above is at most {limit} MB, so this "
                    "is not one. Nothing was taken."
                ),
                size=size >> 20,
                limit=MAX_DOWN_BYTES >> 20,
            )
        pkg = open_package(
            path,
            passphrase,
            check_sender=lambda p: _check_is_down(ws.db, local, p, whole_file=False),
            unseal=lambda p: _unseal_down(ws, local, p),
        )
    except PackageRejected as exc:
        report.status, report.reason = "rejected", exc
        return report
    try:
        _take(ws, local, pkg, report)
    except PackageRejected as exc:
        report.status, report.reason = "rejected", exc
        report.decisions = report.questions = report.policies = 0
        report.left = []
    finally:
        pkg.close()
    return report


def _unseal_down(ws: Workspace, local: dict, path: Path) -> package_crypto.Unsealed:
    """A package sealed for this office by the office above: for whom, of what kind and from whom
    (the office above as registered here) are told from its envelope before the file is read."""

    def from_upper(header: package_crypto.Header) -> None:
        upper = keys.upper_office(ws.db)
        if upper is None:
            raise PackageRejected(
                N_(
                    "The key of the office above is not registered here, so its package cannot be checked. "
                    "Register it first from its key file (offices set-upper), then take the package again."
                )
            )
        if header.sender != upper["code"]:
            raise PackageRejected(
                N_(
                    "This package says it comes from office {sender}, which is not the office above this one "
                    "({upper}); it is not taken."
                ),
                sender=header.sender,
                upper=upper["code"],
            )

    return package_crypto.unseal(
        path,
        keys.encryption_key(ws.db, ws.user),
        kind=SEALED_DOWN_KIND,
        recipient=local["code"],
        check_header=from_upper,
    )


def _check_is_down(db: Database, local: dict, pkg: OpenedPackage, whole_file: bool = True) -> dict:
    if not is_downward(pkg):
        raise PackageRejected(
            N_(
                "This is a package for an office above (from office {sender}); it is imported at the "
                "office it reports to, not taken here as a package from above."
            ),
            sender=pkg.sender[:40],
        )
    return check_down_sender(db, local, pkg, whole_file)


def _text(value, limit: int = MAX_TEXT) -> str:
    from app.domain.text import unsafe_character

    if value is None:
        return ""
    if not isinstance(value, str) or len(value) > limit or unsafe_character(value, multiline=True):
        raise _damaged_item()
    return value


def _damaged_item() -> PackageRejected:
    return PackageRejected(
        N_("An entry of the package from the office above is not one this program writes; nothing was taken.")
    )


def _read_items(pkg: OpenedPackage) -> list[dict]:
    """The questions and decisions, each checked field by field (the signature says who sent them,
    not that they are well formed)."""
    out: list[dict] = []
    for name, info in pkg.manifest["members"].items():
        if info["table"] != ITEMS_TABLE:
            continue
        for batch in pkg.rows(name, chunk=1000):
            for raw in batch:
                if len(out) >= MAX_ITEMS:
                    raise _damaged_item()
                other = raw.get("other")
                if not isinstance(other, dict) or raw.get("kind") not in ("question", "decision"):
                    raise _damaged_item()
                item = {
                    "id": _text(raw.get("id"), 64),
                    "kind": raw["kind"],
                    "household_id": _text(raw.get("household_id"), 64),
                    "id_number_masked": _text(raw.get("id_number_masked"), 40),
                    "name_zh": _text(raw.get("name_zh"), 200),
                    "name_bo": _text(raw.get("name_bo"), 200),
                    "note": _text(raw.get("note")),
                    "question": _text(raw.get("question")),
                    "at": _text(raw.get("at"), 40),
                    "outcome": raw.get("outcome") or "",
                    "reason": raw.get("reason") or "",
                    "other": {
                        k: _text(other.get(k), 200)
                        for k in (
                            "office_code",
                            "office_name_zh",
                            "office_name_bo",
                            "village_zh",
                            "village_bo",
                            "household_id",
                        )
                    },
                }
                if not item["id"] or not item["household_id"]:
                    raise _damaged_item()
                if item["kind"] == "decision" and (
                    item["outcome"] not in ("kept", "left") or item["reason"] not in ("moved", "duplicate")
                ):
                    raise _damaged_item()
                out.append(item)
    return out


def _read_policies(pkg: OpenedPackage, local: dict) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for name, info in pkg.manifest["members"].items():
        if info["table"] != POLICY_TABLE:
            continue
        for batch in pkg.rows(name, chunk=1000):
            for row in batch:
                source = row.get("source")
                if not isinstance(source, str) or not source or not isinstance(row.get("product_code"), str):
                    raise _damaged_item()
                if source == local["code"] or not local["code"].startswith(source):
                    raise PackageRejected(
                        N_(
                            "The package carries a policy table of office {source}, which is not above this "
                            "office; nothing was taken."
                        ),
                        source=source[:40],
                    )
                out.setdefault(source, []).append(row)
                if sum(len(v) for v in out.values()) > MAX_ITEMS:
                    raise _damaged_item()
    return out


def _take(ws: Workspace, local: dict, pkg: OpenedPackage, report: DownReport) -> None:
    from app.services.loan_policy import replace_issued_versions
    from storage.records import Actor

    db: Database = ws.db
    check_down_sender(db, local, pkg)  # now every byte of the file, too
    report.sender, report.sequence = pkg.sender, pkg.sequence
    unknown = {info["table"] for info in pkg.manifest["members"].values()} - {ITEMS_TABLE, POLICY_TABLE}
    if unknown:
        raise PackageRejected(
            N_(
                "The package holds tables this program does not know ({names}); use the "
                "same release of the program at both offices."
            ),
            names=", ".join(sorted(unknown))[:200],
        )
    last = db.scalar(
        "SELECT coalesce(max(sequence), 0) FROM sync_down_log WHERE direction = 'taken' AND office_code = ?",
        (pkg.sender,),
    )
    if pkg.sequence <= last:
        raise PackageRejected(
            N_(
                "Package {sequence} from office {code} is not newer than package {last} already taken here; "
                "an old package is never taken again (it would undo later decisions). Nothing was taken."
            ),
            sequence=pkg.sequence,
            code=pkg.sender,
            last=last,
        )
    items = _read_items(pkg)
    policies = _read_policies(pkg, local)
    actor = Actor(local["code"], ws.user)
    at = now_utc()
    with db.transaction() as conn:
        for item in items:
            _apply_item(db, conn, pkg.sender, item, actor, at, report)
        for source, rows in policies.items():
            try:
                replace_issued_versions(conn, source, rows)
            except _ROW_ERRORS as exc:  # a product this release does not know, a value out of range
                raise _damaged_item() from exc
            report.policies += len(rows)
        _log_package(
            conn,
            ws,
            local["code"],
            direction="taken",
            office_code=pkg.sender,
            sequence=pkg.sequence,
            package_name=pkg.path.name,
            created_at=str(pkg.manifest.get("created_at", ""))[:40],
            at=at,
            audit_at=at,
            sha256=pkg.sha256,
            counts={"decisions": report.decisions, "questions": report.questions, "policies": report.policies},
        )


def _log_package(
    conn,
    ws: Workspace,
    local_code: str,
    *,
    direction: str,
    office_code: str,
    sequence: int,
    package_name: str,
    created_at: str,
    at: str,
    audit_at: str,
    sha256: str,
    counts: dict,
) -> None:
    """A downward package in ``sync_down_log`` and the audit trail, in the caller's transaction:
    one ``made`` here for `office_code` below, or ``taken`` here from `office_code` above.  Its
    audit entry names the other office ("to" or "from"), the package's number and its counts."""
    made = direction == "made"
    log_id = new_id()
    conn.execute(
        "INSERT INTO sync_down_log(id, direction, office_code, sequence, package_name, created_at, at, sha256,"
        " counts, by_user) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (log_id, direction, office_code, sequence, package_name, created_at, at, sha256, json.dumps(counts), ws.user),
    )
    audit.append(
        conn,
        entry_id=new_id(),
        office_code=local_code,
        at=audit_at,
        user=ws.user,
        action="sync_export_down" if made else "sync_import_down",
        table_name="sync_down_log",
        record_id=log_id,
        before=None,
        after={"to" if made else "from": office_code, "sequence": sequence, **counts},
    )


def _apply_item(db: Database, conn, sender: str, item: dict, actor, at: str, report: DownReport) -> None:
    from storage import records

    known = conn.execute(
        "SELECT applied_at FROM sync_down WHERE from_office = ? AND item_id = ? AND kind = ?",
        (sender, item["id"], item["kind"]),
    ).fetchone()
    if item["kind"] == "question":
        if known is None:
            conn.execute(
                "INSERT INTO sync_down(from_office, item_id, kind, household_id, body_json, received_at)"
                " VALUES (?,?,?,?,?,?)",
                (sender, item["id"], "question", item["household_id"], json.dumps(item, ensure_ascii=False), at),
            )
            report.questions += 1
        return
    if known is not None and known[0]:
        return  # applied from an earlier package
    household = conn.execute(
        "SELECT * FROM household WHERE id = ? AND office_code = ?", (item["household_id"], actor.office_code)
    ).fetchone()
    other = item["other"]
    where = {
        "to_office": other["office_code"],
        "to_village": other["village_zh"] or other["village_bo"],
        "to_household": other["household_id"],
        "reason": item["reason"],
    }
    if item["outcome"] == "left" and household is not None and household["deleted_at"] is None:
        # the household leaves this register, with the record of where it went (the decision here
        # and the audit entry); its loans and history stay here as what this office did
        records.update(
            db,
            "household",
            household["id"],
            {"deleted_at": at},
            actor,
            action="sync_moved_away" if item["reason"] == "moved" else "sync_duplicate_removed",
        )
        report.left.append(
            {
                "name": household["name_zh"] or household["name_bo"] or "",
                "id_number_masked": item["id_number_masked"],
                "village": where["to_village"],
                "office": other["office_code"],
            }
        )
    conn.execute(
        "INSERT INTO sync_down(from_office, item_id, kind, household_id, body_json, received_at, applied_at)"
        " VALUES (?,?,?,?,?,?,?) ON CONFLICT(from_office, item_id, kind) DO UPDATE SET"
        " body_json = excluded.body_json, applied_at = excluded.applied_at",
        (sender, item["id"], "decision", item["household_id"], json.dumps(item, ensure_ascii=False), at, at),
    )
    audit.append(
        conn,
        entry_id=new_id(),
        office_code=actor.office_code,
        at=at,
        user=actor.user,
        action="sync_decision_applied",
        table_name="sync_conflict",
        record_id=item["id"],
        before=None,
        after={"household_id": item["household_id"], "outcome": item["outcome"], **where},
    )
    report.decisions += 1


# -- questions and answers (office below) ---------------------------------------------------------


def questions(ws: Workspace, *, open_only: bool = False) -> list[dict]:
    """Questions from the office above, newest first, with their answers."""
    sql = "SELECT * FROM sync_down WHERE kind = 'question'" + (" AND answer IS NULL" if open_only else "")
    out = []
    for r in ws.db.query(sql + " ORDER BY received_at DESC, item_id"):
        body = json.loads(r["body_json"])
        out.append({**body, "from_office": r["from_office"], "answer": r["answer"], "answered_at": r["answered_at"]})
    return out


def decisions(ws: Workspace) -> list[dict]:
    """Decisions of the office above applied here (where a household that left went)."""
    out = []
    for r in ws.db.query("SELECT * FROM sync_down WHERE kind = 'decision' ORDER BY applied_at DESC, item_id"):
        out.append({**json.loads(r["body_json"]), "from_office": r["from_office"], "applied_at": r["applied_at"]})
    return out


def answer(ws: Workspace, item_id: str, text: str) -> dict:
    """Answer a question of the office above; the answer goes up in the next upward package."""
    from app.domain.text import unsafe_character

    ws.require("record.edit")
    local = ws.require_office()
    text = (text or "").strip()
    if not text:
        raise ValidationError("answer", N_("Write the answer first."))
    if len(text) > MAX_ANSWER or unsafe_character(text, multiline=True):
        raise ValidationError("answer", N_("An answer is at most {n} characters of ordinary text."), n=MAX_ANSWER)
    item_id = (item_id or "").strip()
    rows = ws.db.query(
        "SELECT * FROM sync_down WHERE kind = 'question' AND (item_id = ? OR item_id LIKE ?)",
        (item_id, item_id.replace("%", "").replace("_", "") + "%"),
    )
    if len(rows) != 1 or not item_id:
        raise ValidationError(
            "question",
            N_("There is no question {id} from the office above. List them with: sync questions list."),
            id=item_id,
        )
    row = rows[0]
    at = now_utc()
    with ws.db.transaction() as conn:
        conn.execute(
            "UPDATE sync_down SET answer = ?, answered_at = ?, answered_by = ? WHERE from_office = ? AND item_id = ?"
            " AND kind = 'question'",
            (text, at, ws.user, row["from_office"], row["item_id"]),
        )
        audit.append(
            conn,
            entry_id=new_id(),
            office_code=local["code"],
            at=at,
            user=ws.user,
            action="sync_answer",
            table_name="sync_conflict",
            record_id=row["item_id"],
            before=None,
            after={"household_id": row["household_id"], "answer": text},
        )
    return next(q for q in questions(ws) if q["id"] == row["item_id"])


# -- answers arriving at the upper office (called by the upward import) ---------------------------

REPLY_ACTIONS = ("sync_answer", "sync_decision_applied")


def file_replies(conn, entries: list[dict]) -> int:
    """File the answers and acknowledgements among freshly imported audit entries beside the
    conflicts they are about (only conflicts of this register: a county relays a village's
    answers to its township's questions, which are not its own)."""
    n = 0
    for e in entries:
        if e.get("action") not in REPLY_ACTIONS or e.get("table_name") != "sync_conflict":
            continue
        if conn.execute("SELECT 1 FROM sync_conflict WHERE id = ?", (e.get("record_id"),)).fetchone() is None:
            continue
        try:
            after = json.loads(e.get("after_json") or "{}")
        except ValueError:
            continue
        if not isinstance(after, dict):
            continue
        text = after.get("answer") if e["action"] == "sync_answer" else after.get("outcome")
        conn.execute(
            "INSERT OR IGNORE INTO sync_reply(audit_id, conflict_id, office_code, kind, text, at) VALUES (?,?,?,?,?,?)",
            (
                e["id"],
                e["record_id"],
                e.get("office_code") or "",
                "answer" if e["action"] == "sync_answer" else "applied",
                str(text or "")[:MAX_TEXT],
                str(e.get("at") or "")[:40],
            ),
        )
        n += 1
    return n


def replies(db: Database, conflict_id: str) -> list[dict]:
    return db.query("SELECT * FROM sync_reply WHERE conflict_id = ? ORDER BY at, audit_id", (conflict_id,))


# -- a township's resolutions, up to the county ---------------------------------------------------


def resolutions_for_upward(db: Database) -> list[dict]:
    """Every household conflict resolved here, as the office above applies it (all of them each
    time: a handful, and a lost package then loses none; the county applies each once)."""
    out = []
    for c in db.query(
        "SELECT * FROM sync_conflict WHERE resolved = 1 AND kind IN ('id_number', 'same_record') ORDER BY resolved_at"
    ):
        decided = kept_and_dropped(c)
        if decided is None:
            continue
        kept, dropped, follow = decided
        out.append(
            {
                "conflict_id": c["id"],
                "id_number": c["id_number"] or kept.get("id_number") or "",
                "resolution": c["resolution"],
                "kept": {"office_code": kept.get("office_code"), "household_id": kept.get("id")},
                "dropped": {"office_code": dropped.get("office_code"), "household_id": dropped.get("id")},
                "follow": follow,
                "note": c["note"] or "",
                "resolved_at": c["resolved_at"] or "",
            }
        )
    return out


def _read_resolutions(pkg: OpenedPackage, allowed: set[str]) -> list[dict]:
    out: list[dict] = []
    for name, info in pkg.manifest["members"].items():
        if info["table"] != RESOLUTION_TABLE:
            continue
        for batch in pkg.rows(name, chunk=1000):
            for r in batch:
                kept, dropped = r.get("kept"), r.get("dropped")
                if (
                    not isinstance(kept, dict)
                    or not isinstance(dropped, dict)
                    or not all(
                        isinstance(s.get(k), str) for s in (kept, dropped) for k in ("office_code", "household_id")
                    )
                    or not isinstance(r.get("conflict_id"), str)
                    or not isinstance(r.get("follow"), bool)
                    or len(out) >= MAX_ITEMS
                ):
                    raise _damaged_resolution()
                if kept["office_code"] not in allowed or dropped["office_code"] not in allowed:
                    raise PackageRejected(
                        N_(
                            "The package resolves a conflict about office {code}, which is not the sending office "
                            "nor below it; it is not imported."
                        ),
                        code=(dropped["office_code"] if kept["office_code"] in allowed else kept["office_code"])[:40],
                    )
                out.append(
                    {
                        "conflict_id": _text(r["conflict_id"], 64),
                        "id_number": _text(r.get("id_number"), 40),
                        "resolution": _text(r.get("resolution"), 40),
                        "kept": {k: _text(kept[k], 64) for k in ("office_code", "household_id")},
                        "dropped": {k: _text(dropped[k], 64) for k in ("office_code", "household_id")},
                        "follow": r["follow"],
                        "note": _text(r.get("note")),
                        "resolved_at": _text(r.get("resolved_at"), 40),
                    }
                )
    return out


def _damaged_resolution() -> PackageRejected:
    return PackageRejected(N_("A resolution in the package is not one this program writes; the package is damaged."))


def apply_resolutions(conn, pkg: OpenedPackage, allowed: set[str], log_id: str, local_code: str, user: str) -> int:
    """Apply the resolutions an office below sent up (inside the import's transaction, before its
    records are merged, so that the records arriving with them land where the resolution says)."""
    from app.services.sync_conflicts import _hold_rows, _hold_tree, _release, _repoint, _redirect

    n = 0
    for r in _read_resolutions(pkg, allowed):
        if conn.execute(
            "SELECT 1 FROM sync_resolution WHERE office_code = ? AND conflict_id = ?", (pkg.sender, r["conflict_id"])
        ).fetchone():
            continue
        kept, dropped = r["kept"], r["dropped"]
        at = now_utc()
        # a conflict of this register about the same household, still open: this resolution closes it
        mine = None
        pair = {kept["office_code"], dropped["office_code"]}
        for c in conn.execute(
            "SELECT id, local_json, incoming_json FROM sync_conflict WHERE resolved = 0"
            " AND kind IN ('id_number', 'same_record') AND id_number = ?",
            (r["id_number"],),
        ).fetchall():
            # only a clash between the same two offices (another of the same person, between offices
            # of two townships, is the county's own to resolve)
            sides = {json.loads(c[1]).get("office_code"), json.loads(c[2]).get("office_code")}
            if sides == pair:
                mine = c
                break
        live = conn.execute(
            "SELECT * FROM household WHERE id = ? AND office_code = ?",
            (dropped["household_id"], dropped["office_code"]),
        ).fetchone()
        live = dict(live) if live is not None else None
        resolution = f"{r['resolution']} ({pkg.sender})"
        conflict_id = mine[0] if mine else new_id()
        if mine is None and live is not None:
            conn.execute(
                "INSERT INTO sync_conflict(id, sync_log_id, table_name, record_id, local_json, incoming_json, at,"
                " kind, id_number, resolved, resolution, resolved_at, resolved_by, note)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    conflict_id,
                    log_id,
                    "household",
                    dropped["household_id"],
                    json.dumps(live, ensure_ascii=False, default=str),
                    json.dumps({"id": kept["household_id"], "office_code": kept["office_code"]}),
                    at,
                    "id_number",
                    r["id_number"] or live.get("id_number"),
                    1,
                    resolution,
                    at,
                    user,
                    r["note"],
                ),
            )
        outcome = "recorded"
        if live is not None:
            if r["follow"]:
                _repoint(conn, dropped["household_id"], kept["household_id"])
                _hold_rows(conn, "household", [live], live["id"], conflict_id)
                _redirect(conn, dropped["household_id"], dropped["office_code"], kept["household_id"], conflict_id)
            else:
                _hold_tree(conn, live, conflict_id)
            outcome = "set_aside"
        elif r["follow"]:
            # the set-aside version already waits here: its records follow the household now
            waiting = conn.execute(
                "SELECT table_name, record_id, office_code, row_json FROM sync_held WHERE household_id = ?"
                " AND office_code = ? AND table_name != 'household'",
                (dropped["household_id"], dropped["office_code"]),
            ).fetchall()
            if waiting:
                _release(conn, waiting, household_to=(dropped["household_id"], kept["household_id"]))
            _redirect(conn, dropped["household_id"], dropped["office_code"], kept["household_id"], conflict_id)
            outcome = "followed" if waiting else outcome
        # the kept version waiting here (the county had held it on the clash): it is the household now
        kept_waiting = conn.execute(
            "SELECT table_name, record_id, office_code, row_json FROM sync_held WHERE household_id = ? AND office_code = ?",
            (kept["household_id"], kept["office_code"]),
        ).fetchall()
        if kept_waiting:
            _release(conn, kept_waiting)
            outcome = "released"
        if mine is not None:
            conn.execute(
                "UPDATE sync_conflict SET resolved = 1, resolution = ?, resolved_at = ?, resolved_by = ?, note = ?"
                " WHERE id = ?",
                (resolution, at, user, r["note"], conflict_id),
            )
        conn.execute(
            "INSERT INTO sync_resolution(office_code, conflict_id, body_json, applied_at, outcome) VALUES (?,?,?,?,?)",
            (pkg.sender, r["conflict_id"], json.dumps(r, ensure_ascii=False), at, outcome),
        )
        audit.append(
            conn,
            entry_id=new_id(),
            office_code=local_code,
            at=at,
            user=user,
            action="sync_resolution_applied",
            table_name="sync_conflict",
            record_id=conflict_id,
            before=None,
            after={
                "from": pkg.sender,
                "conflict": r["conflict_id"],
                "kept": kept,
                "dropped": dropped,
                "outcome": outcome,
            },
        )
        n += 1
    return n
