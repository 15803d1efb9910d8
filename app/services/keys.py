"""Office keys (DESIGN §6): per office an Ed25519 key pair that signs its packages, and an
X25519 key pair that packages for it are encrypted to (app.services.package_crypto).

The private keys live in ``local_secret`` (never exported, never in a package; a backup is the
whole register, encrypted, so they travel in a backup exactly as the register holds them); the
public keys, hex, in the office row (``public_key``, ``enc_public_key``).  Keys are exchanged as
key files (``offices export-key``): an upper office registers each subordinate's once
(``offices add-subordinate``), an office registers the one of the office above it once
(``offices set-upper``), and both compare the fingerprint read aloud over the phone: a short
SHA-256 of the signing key in groups of four.  The encryption key in a key file is signed with
the signing key, so that fingerprint vouches for both.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from app.domain.errors import ValidationError
from app.i18n import N_
from app.small_files import FileTooLarge, NotAFile, read_small_file
from storage import offices as office_store
from storage import records
from storage.db import Database, now_utc
from storage.records import Actor

PRIVATE_KEY = "office_private_key"
ENCRYPTION_KEY = "office_encryption_key"
#: what the signing key signs to vouch for the encryption key in a key file
ENC_KEY_CONTEXT = b"dualbase-office-encryption-key-v1\0"
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


def _raw_private(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())


def _encryption_private(db: Database) -> X25519PrivateKey | None:
    raw = db.scalar("SELECT value FROM local_secret WHERE key = ?", (ENCRYPTION_KEY,))
    return X25519PrivateKey.from_private_bytes(bytes(raw)) if raw is not None else None


def _enc_public_hex(private: X25519PrivateKey) -> str:
    return private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()


def ensure_keys(db: Database, user: str = "") -> tuple[Ed25519PrivateKey, str]:
    """This office's signing key pair (and its encryption key pair), made the first time they are
    needed (init, export-key, sync export): a register made before the encryption keys existed
    gets its own on first need.

    The private keys and the public keys in the office row are written in one transaction."""
    office = office_store.local(db)
    if office is None:
        from app.domain.offices import NoOffice

        raise NoOffice()
    key, enc = private_key(db), _encryption_private(db)
    # (a register opened at an older schema version, before migration 26, has no column for the
    # encryption key yet: the key is made, and written into the row once the column is there)
    enc_column = "enc_public_key" in office
    if (
        key is not None
        and enc is not None
        and office.get("public_key") == _public_hex(key)
        and (not enc_column or office["enc_public_key"] == _enc_public_hex(enc))
    ):
        return key, office["public_key"]
    with db.transaction() as conn:
        if key is None:
            key = Ed25519PrivateKey.generate()
            conn.execute("INSERT INTO local_secret(key, value) VALUES (?, ?)", (PRIVATE_KEY, _raw_private(key)))
        if enc is None:
            enc = X25519PrivateKey.generate()
            conn.execute("INSERT INTO local_secret(key, value) VALUES (?, ?)", (ENCRYPTION_KEY, _raw_private(enc)))
        public = _public_hex(key)
        values = {"public_key": public}
        if enc_column:
            values["enc_public_key"] = _enc_public_hex(enc)
        records.update(db, "office", office["id"], values, Actor(office["code"], user), action="keys")
    return key, public


def encryption_key(db: Database, user: str = "") -> X25519PrivateKey:
    """This office's X25519 private key: what opens the packages sealed for it."""
    ensure_keys(db, user)
    enc = _encryption_private(db)
    assert enc is not None
    return enc


def upper_office(db: Database) -> dict | None:
    """The office directly above this one as registered here from its key file (``set_upper``):
    its signing key (``public_key``: what it sends down is checked against it) and its encryption
    key (``enc_public_key``: this office's packages are encrypted to it); None until registered."""
    local = office_store.local(db)
    if local is None or not local.get("parent_code"):
        return None
    row = office_store.by_code(db, local["parent_code"])
    if row is None or row.get("is_local") or row.get("deleted_at") or not row.get("public_key"):
        return None
    return row


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


def _enc_key_message(code: str, enc_public_hex: str) -> bytes:
    return ENC_KEY_CONTEXT + code.encode("utf-8") + b"\0" + bytes.fromhex(enc_public_hex)


def key_file_data(db: Database, user: str = "") -> dict:
    key, public = ensure_keys(db, user)
    office = office_store.local(db)
    enc_public = office["enc_public_key"]
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
        # (a key file of an older release has neither: still read, see read_key_file)
        "encryption_key": enc_public,
        "encryption_key_signature": key.sign(_enc_key_message(office["code"], enc_public)).hex(),
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


#: a key file is about 600 bytes; one of more than this is not one (and is not read further)
KEY_FILE_LIMIT = 64 * 1024


def read_key_file(path: str | Path) -> dict:
    """The office identity of a key file, checked; a malformed file is refused with a sentence."""
    try:
        raw = read_small_file(path, KEY_FILE_LIMIT)
    except FileTooLarge:
        raise _bad_key_file("too large") from None
    except NotAFile:
        raise ValidationError(
            "key_file",
            N_("{path} is a folder, a device or a pipe, not a key file. Choose the key file itself."),
            path=str(path),
        ) from None
    except OSError as exc:
        raise ValidationError(
            "key_file",
            N_("The key file {path} cannot be read: {detail}."),
            path=str(path),
            detail=exc.strerror or str(exc),
        ) from exc
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
    enc_public = data.get("encryption_key")
    if enc_public is not None:
        signature = data.get("encryption_key_signature")
        if not isinstance(enc_public, str) or not re.fullmatch(r"[0-9a-f]{64}", enc_public):
            raise _bad_key_file("encryption key")
        try:
            X25519PublicKey.from_public_bytes(bytes.fromhex(enc_public))
        except ValueError:
            raise _bad_key_file("encryption key") from None
        # the fingerprint read over the phone is the signing key's: the encryption key counts
        # only as signed by it (else a key file changed on the way could swap it unnoticed)
        if not (
            isinstance(signature, str)
            and re.fullmatch(r"[0-9a-f]{128}", signature)
            and verify(public, bytes.fromhex(signature), _enc_key_message(office["code"], enc_public))
        ):
            raise _bad_key_file("encryption key not signed by the office's key")
    return {**office, "public_key": public, "enc_public_key": enc_public, "fingerprint": fingerprint(public)}


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
    if data["enc_public_key"]:
        values["enc_public_key"] = data["enc_public_key"]
    elif existing is not None and existing.get("public_key") != data["public_key"]:
        # an older release's key file for a new signing key: the old encryption key is not its
        values["enc_public_key"] = None
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


def set_upper(db: Database, key_file: str | Path, user: str = "") -> dict:
    """Register (or re-key) the office directly above this one from the key file it exported:
    from then on this office's packages are encrypted to it by default, and what it sends down
    (decisions, questions, its policy table) is checked against its key.  Returns the office row
    with ``fingerprint`` and ``replaced_key`` as :func:`add_subordinate` does."""
    data = read_key_file(key_file)
    local = office_store.local(db)
    if local is None:
        from app.domain.offices import NoOffice

        raise NoOffice()
    if data["code"] == local["code"]:
        raise ValidationError("key_file", N_("This key file is this office's own key."))
    # a profile made without the office above (the demo's, a county's) takes it from the key file
    # when its code is the start of this office's code, as division codes nest (630224 > 630224100
    # > 630224100201); the same test the county's policy table passes (app.services.loan_policy)
    adopt = not local.get("parent_code") and local["code"].startswith(data["code"])
    if not local.get("parent_code") and not adopt:
        raise ValidationError(
            "key_file",
            N_(
                "This office's profile names no office above it, and office {code} ({name}) is not above it "
                "by its code. Give a passphrase to encrypt its packages instead."
            ),
            code=data["code"],
            name=data["name_zh"],
        )
    if not adopt and data["code"] != local["parent_code"]:
        raise ValidationError(
            "key_file",
            N_(
                "The key file is office {code}'s ({name}), but the office above this one is {parent}. "
                "Ask office {parent} for its key file."
            ),
            code=data["code"],
            name=data["name_zh"],
            parent=local["parent_code"],
        )
    if LEVEL_RANK[data["level"]] <= LEVEL_RANK[local["level"]]:
        raise ValidationError(
            "key_file",
            N_("Office {code} is a {level} office; only a higher-level office can be the office above this one."),
            code=data["code"],
            level=data["level"],
        )
    if not data["enc_public_key"]:
        raise ValidationError(
            "key_file",
            N_(
                "The key file of office {code} carries no encryption key (it was made by an older release). "
                "Ask office {code} to update the program and export its key again."
            ),
            code=data["code"],
        )
    actor = Actor(local["code"], user)
    if adopt:
        records.update(db, "office", local["id"], {"parent_code": data["code"]}, actor)
    values = {k: data[k] for k in ("code", "level", "name_zh", "name_bo", "parent_code", "public_key")}
    values["enc_public_key"] = data["enc_public_key"]
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
