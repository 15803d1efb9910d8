"""Office keys: an Ed25519 key pair per office signs its sync packages (DESIGN §6).

The private key lives in ``local_secret`` (never exported, never in a package); the public key,
hex, in the office row.  An upper office registers each subordinate's public key once, from the
key file the subordinate exports (``offices export-key`` / ``offices add-subordinate``), and
compares the fingerprint read aloud over the phone: a short SHA-256 of the key in groups of four.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.domain.errors import ValidationError
from app.i18n import N_
from storage import offices as office_store
from storage import records
from storage.db import Database, now_utc
from storage.records import Actor

PRIVATE_KEY = "office_private_key"
KEY_FILE_FORMAT = "dualbase-office-key"
KEY_FILE_VERSION = 1
LEVEL_RANK = {"village": 0, "township": 1, "county": 2}


def fingerprint(public_key_hex: str) -> str:
    """First 80 bits of SHA-256 of the raw key, in five groups of four hex digits."""
    digest = hashlib.sha256(bytes.fromhex(public_key_hex)).hexdigest()[:20].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 20, 4))


def _public_hex(private: Ed25519PrivateKey) -> str:
    return private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()


def private_key(db: Database) -> Ed25519PrivateKey | None:
    raw = db.scalar("SELECT value FROM local_secret WHERE key = ?", (PRIVATE_KEY,))
    return Ed25519PrivateKey.from_private_bytes(bytes(raw)) if raw is not None else None


def ensure_keys(db: Database, user: str = "") -> tuple[Ed25519PrivateKey, str]:
    """This office's key pair, made the first time it is needed (init, export-key, sync export).

    The private key and the public key in the office row are written in one transaction."""
    office = office_store.local(db)
    if office is None:
        from app.domain.offices import NoOffice

        raise NoOffice()
    key = private_key(db)
    if key is not None and office.get("public_key") == _public_hex(key):
        return key, office["public_key"]
    with db.transaction() as conn:
        if key is None:
            key = Ed25519PrivateKey.generate()
            raw = key.private_bytes(
                serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
            )
            conn.execute("INSERT INTO local_secret(key, value) VALUES (?, ?)", (PRIVATE_KEY, raw))
        public = _public_hex(key)
        records.update(db, "office", office["id"], {"public_key": public}, Actor(office["code"], user), action="keys")
    return key, public


def sign(db: Database, data: bytes, user: str = "") -> bytes:
    key, _ = ensure_keys(db, user)
    return key.sign(data)


def verify(public_key_hex: str, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex)).verify(signature, data)
        return True
    except (InvalidSignature, ValueError):
        return False


# -- key files ------------------------------------------------------------------------------------


def key_file_data(db: Database, user: str = "") -> dict:
    _, public = ensure_keys(db, user)
    office = office_store.local(db)
    return {
        "format": KEY_FILE_FORMAT,
        "format_version": KEY_FILE_VERSION,
        "code": office["code"],
        "level": office["level"],
        "name_zh": office["name_zh"],
        "name_bo": office["name_bo"],
        "parent_code": office["parent_code"],
        "public_key": public,
        "fingerprint": fingerprint(public),
    }


def export_key(db: Database, out: str | Path, user: str = "") -> dict:
    data = key_file_data(db, user)
    out = Path(out)
    if out.is_dir():
        out = out / f"{data['code']}.dbkey"
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    from app.services.sync_package import write_file_safely

    write_file_safely(out, text.encode("utf-8"))
    return {**data, "path": str(out)}


def _bad_key_file(detail: str) -> ValidationError:
    return ValidationError("key_file", N_("This is not an office key file of this program ({detail})."), detail=detail)


def read_key_file(path: str | Path) -> dict:
    """The office identity of a key file, checked; a malformed file is refused with a sentence."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise ValidationError(
            "key_file",
            N_("The key file {path} cannot be read: {detail}."),
            path=str(path),
            detail=exc.strerror or str(exc),
        ) from exc
    if len(raw) > 64 * 1024:
        raise _bad_key_file("too large")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise _bad_key_file("not JSON") from None
    if not isinstance(data, dict) or data.get("format") != KEY_FILE_FORMAT:
        raise _bad_key_file("format")
    if data.get("format_version") != KEY_FILE_VERSION:
        raise _bad_key_file(f"format version {data.get('format_version')}")
    public = data.get("public_key")
    if not isinstance(public, str) or not re.fullmatch(r"[0-9a-f]{64}", public):
        raise _bad_key_file("public key")
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public))
    except ValueError:
        raise _bad_key_file("public key") from None
    if data.get("fingerprint") and data["fingerprint"] != fingerprint(public):
        raise _bad_key_file("fingerprint does not match the key")
    for field in ("code", "level", "name_zh"):
        if not isinstance(data.get(field), str) or not data[field].strip():
            raise _bad_key_file(field)
    from app.domain.offices import validate_office

    office = validate_office(
        code=data["code"],
        level=data["level"],
        name_zh=data["name_zh"],
        name_bo=data.get("name_bo") or "",
        parent_code=data.get("parent_code"),
    )
    return {**office, "public_key": public, "fingerprint": fingerprint(public)}


def add_subordinate(db: Database, key_file: str | Path, user: str = "") -> dict:
    """Register (or re-key) an office directly below this one from its key file.

    Returns the office row with ``fingerprint`` and ``replaced_key`` (the old fingerprint when
    the office was registered before with another key)."""
    data = read_key_file(key_file)
    local = office_store.local(db)
    if local is None:
        from app.domain.offices import NoOffice

        raise NoOffice()
    if data["code"] == local["code"]:
        raise ValidationError("key_file", N_("This key file is this office's own key."))
    if data["parent_code"] != local["code"]:
        raise ValidationError(
            "key_file",
            N_(
                "Office {code} ({name}) is under office {parent}, not under this office ({local}). "
                "Only offices directly below this one can be registered here."
            ),
            code=data["code"],
            name=data["name_zh"],
            parent=data["parent_code"] or "-",
            local=local["code"],
        )
    if LEVEL_RANK[data["level"]] >= LEVEL_RANK[local["level"]]:
        raise ValidationError(
            "key_file",
            N_("Office {code} is a {level} office; only lower-level offices can report to this one."),
            code=data["code"],
            level=data["level"],
        )
    actor = Actor(local["code"], user)
    values = {k: data[k] for k in ("code", "level", "name_zh", "name_bo", "parent_code", "public_key")}
    existing = office_store.by_code(db, data["code"])
    replaced = None
    if existing is None:
        row = records.insert(db, "office", {**values, "is_local": 0, "registered_at": now_utc()}, actor)
    else:
        if existing.get("public_key") and existing["public_key"] != data["public_key"]:
            replaced = fingerprint(existing["public_key"])
        row = records.update(
            db,
            "office",
            existing["id"],
            {**values, "deleted_at": None, "registered_at": now_utc()},
            actor,
            include_deleted=True,
        )
    return {**row, "fingerprint": data["fingerprint"], "replaced_key": replaced}


# -- the office above (what it sends down is checked against its key) -----------------------------


def upper_office(db: Database) -> dict | None:
    """The office directly above this one as registered here (``offices set-upper``), with the
    public key its downward packages are checked against; None until it is registered."""
    local = office_store.local(db)
    if local is None or not local.get("parent_code"):
        return None
    row = office_store.by_code(db, local["parent_code"])
    if row is None or row.get("deleted_at") or not row.get("public_key"):
        return None
    return row


def set_upper(db: Database, key_file: str | Path, user: str = "") -> dict:
    """Register (or re-key) the office directly above this one from its key file, so that what it
    sends down (decisions, questions, its policy table) can be checked against its key.

    Returns the office row with ``fingerprint`` and ``replaced_key`` as :func:`add_subordinate`."""
    data = read_key_file(key_file)
    local = office_store.local(db)
    if local is None:
        from app.domain.offices import NoOffice

        raise NoOffice()
    if data["code"] == local["code"]:
        raise ValidationError("key_file", N_("This key file is this office's own key."))
    if data["code"] != local.get("parent_code") or LEVEL_RANK[data["level"]] <= LEVEL_RANK[local["level"]]:
        raise ValidationError(
            "key_file",
            N_(
                "Office {code} ({name}) is not the office directly above this one ({parent}); only "
                "that office's key can be registered as the office above."
            ),
            code=data["code"],
            name=data["name_zh"],
            parent=local.get("parent_code") or "-",
        )
    actor = Actor(local["code"], user)
    values = {k: data[k] for k in ("code", "level", "name_zh", "name_bo", "parent_code", "public_key")}
    existing = office_store.by_code(db, data["code"])
    replaced = None
    if existing is None:
        row = records.insert(db, "office", {**values, "is_local": 0, "registered_at": now_utc()}, actor)
    else:
        if existing.get("public_key") and existing["public_key"] != data["public_key"]:
            replaced = fingerprint(existing["public_key"])
        row = records.update(
            db,
            "office",
            existing["id"],
            {**values, "deleted_at": None, "registered_at": now_utc()},
            actor,
            include_deleted=True,
        )
    return {**row, "fingerprint": data["fingerprint"], "replaced_key": replaced}
