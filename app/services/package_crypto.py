"""A file sealed for one office: anyone may encrypt to an office's X25519 public key, only the
register holding its private key (``local_secret``, inside the SQLCipher-encrypted register) can
open it.  Used for every package the program writes for another office: upward sync packages
(app.services.sync) and the township's packages for its villages.

Layout (nothing of the plaintext, nor any key, is readable in it)::

    b"DBSEALED"      magic (8 bytes)
    version          1 byte (1)
    header length    2 bytes, big-endian (at most MAX_HEADER)
    header           UTF-8 JSON: kind, sender, recipient (office codes), recipient_key (SHA-256
                     of the recipient's public key, hex: tells "another office" from "another key
                     of this office"), ephemeral (the sender's one-time X25519 public key, hex),
                     nonce (hex), length (of the plaintext, when known: a file cut short is
                     told as such before it is read; -1 when the sealer streams)
    ciphertext       AES-256-GCM of the plaintext
    tag              16 bytes

The key is HKDF-SHA256 of the X25519 agreement between the one-time key and the recipient's key
(salt: both public keys), so every file has its own key and a copied file tells nothing about
the next one.  Everything before the ciphertext is GCM's associated data: a changed sender,
recipient or kind fails the tag like a changed ciphertext byte.  Who *sent* it is not proved
here (anyone may encrypt to a public key): the plaintext carries the sender's Ed25519 signature,
and the reader checks that the signer is the header's sender.

Streaming both ways: :class:`Sealer` encrypts as the caller writes (no plaintext file on any
disk); :func:`unseal` checks the header (a few hundred bytes, before any large read), then the
tag in one pass keeping nothing, and returns :class:`Unsealed`, whose :meth:`Unsealed.open` is a
seekable view decrypted where it is read (GCM is AES-CTR underneath, so any block decrypts alone
once the tag over the whole file was checked).

API::

    seal_file(src, dest, recipient_public, kind=, sender=, recipient=)     a whole file
    Sealer(recipient_public, kind=, sender=, recipient=)                   streaming:
        .header (write first), .update(data) -> bytes, .finalize() -> bytes (last bytes + tag)
    is_sealed(path) -> bool
    read_header(path) -> Header                                  bounded, needs no key
    unseal(path, private_key, kind=, recipient=, check_header=) -> Unsealed
                                                                 tag checked; .open(), .header
    unseal_file(src, dest, private_key, kind=, recipient=) -> Header
    SealError: a refusal as a translatable sentence (.text(lang))
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import shutil
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Union

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.domain.errors import SentenceError
from app.i18n import N_

MAGIC = b"DBSEALED"
VERSION = 1
_PREFIX = struct.Struct(f">{len(MAGIC)}sBH")  # magic, version, header length
MAX_HEADER = 2048
TAG = 16
CHUNK = 1 << 20
HKDF_INFO = b"dualbase-sealed-file-v1"
#: GCM's block counter is 32 bits: beyond this a file cannot have been written by GCM
GCM_MAX = ((1 << 32) - 2) * 16
_FIELDS = ("kind", "sender", "recipient", "recipient_key", "ephemeral", "nonce", "length")
_CODE = re.compile(r"[0-9A-Za-z_-]{1,40}")
#: an X25519 public key: the key object, a private key (its public half), raw bytes or hex
PublicKey = Union[X25519PublicKey, X25519PrivateKey, bytes, str]


class SealError(SentenceError):
    """A sealed file that is not opened, with the reason as a translatable sentence."""


def raw_public(key: PublicKey) -> bytes:
    """The 32 raw bytes of an X25519 public key given as a key object, raw bytes or hex."""
    if isinstance(key, X25519PrivateKey):
        key = key.public_key()
    if isinstance(key, X25519PublicKey):
        return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    raw = bytes.fromhex(key) if isinstance(key, str) else bytes(key)
    X25519PublicKey.from_public_bytes(raw)  # ValueError when it is no key
    return raw


def key_id(public: PublicKey) -> str:
    """What the header names the recipient's key by: SHA-256 of the raw public key, hex."""
    return hashlib.sha256(raw_public(public)).hexdigest()


def _derive(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient, info=HKDF_INFO).derive(shared)


# -- sealing ----------------------------------------------------------------------------------------


class Sealer:
    """Encrypts a stream for one recipient: write :attr:`header`, then what :meth:`update`
    returns for each piece of plaintext, then what :meth:`finalize` returns."""

    def __init__(self, recipient_public: PublicKey, *, kind: str, sender: str, recipient: str, length: int = -1):
        recipient_raw = raw_public(recipient_public)
        ephemeral = X25519PrivateKey.generate()
        ephemeral_raw = raw_public(ephemeral)
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_raw))
        nonce = os.urandom(12)
        body = json.dumps(
            {
                "kind": kind,
                "sender": sender,
                "recipient": recipient,
                "recipient_key": key_id(recipient_raw),
                "ephemeral": ephemeral_raw.hex(),
                "nonce": nonce.hex(),
                "length": length,
            },
            sort_keys=True,
            separators=(",", ":"),
        ).encode("utf-8")
        if len(body) > MAX_HEADER:
            raise ValueError("office codes too long for a sealed header")
        self.header = _PREFIX.pack(MAGIC, VERSION, len(body)) + body
        self._enc = Cipher(algorithms.AES(_derive(shared, ephemeral_raw, recipient_raw)), modes.GCM(nonce)).encryptor()
        self._enc.authenticate_additional_data(self.header)

    def update(self, data: bytes) -> bytes:
        return self._enc.update(data)

    def finalize(self) -> bytes:
        last = self._enc.finalize()
        return last + self._enc.tag


def seal_file(
    src: str | Path, dest: str | Path, recipient_public: PublicKey, *, kind: str, sender: str, recipient: str
) -> None:
    """Write `src` sealed for `recipient` at `dest` (a temporary name of app.safe_write's, for a
    file the user carries away), reading `src` a MB at a time."""
    sealer = Sealer(recipient_public, kind=kind, sender=sender, recipient=recipient, length=os.path.getsize(src))
    with open(src, "rb") as f, open(dest, "wb") as out:
        out.write(sealer.header)
        for block in iter(lambda: f.read(CHUNK), b""):
            out.write(sealer.update(block))
        out.write(sealer.finalize())


# -- opening ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Header:
    kind: str
    sender: str
    recipient: str
    recipient_key: str
    ephemeral: bytes
    nonce: bytes
    length: int  # of the plaintext; -1: not known when it was sealed
    raw: bytes  # the bytes GCM authenticates (magic … header)

    @property
    def size(self) -> int:
        return len(self.raw)


def _damaged() -> SealError:
    return SealError(
        N_(
            "The encrypted package is damaged or incomplete (the file was cut short or changed). "
            "Copy it again from the sending office."
        )
    )


def is_sealed(path: str | Path) -> bool:
    with open(path, "rb") as f:
        return f.read(len(MAGIC)) == MAGIC


def read_header(path: str | Path) -> Header:
    """The header of a sealed file, checked for shape (at most MAX_HEADER bytes are read; no key
    is needed).  Not yet authenticated: :func:`unseal` does that."""
    with open(path, "rb") as f:
        prefix = f.read(_PREFIX.size)
        if len(prefix) < _PREFIX.size:
            raise _damaged()
        magic, version, length = _PREFIX.unpack(prefix)
        if magic != MAGIC:
            raise SealError(N_("This file is not an encrypted package of this program."))
        if version != VERSION:
            raise SealError(
                N_(
                    "The package is encrypted in a format this program does not know. Update the "
                    "program or ask for a new package."
                )
            )
        if length > MAX_HEADER:
            raise _damaged()
        body = f.read(length)
    if len(body) < length:
        raise _damaged()
    try:
        d = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _damaged() from None
    if not isinstance(d, dict) or set(d) != set(_FIELDS) or not all(isinstance(d[k], str) for k in _FIELDS[:-1]):
        raise _damaged()
    if d["length"].__class__ is not int or not -1 <= d["length"] <= GCM_MAX:
        raise _damaged()
    if not (
        _CODE.fullmatch(d["sender"])
        and _CODE.fullmatch(d["recipient"])
        and _CODE.fullmatch(d["kind"])
        and re.fullmatch(r"[0-9a-f]{64}", d["recipient_key"])
        and re.fullmatch(r"[0-9a-f]{64}", d["ephemeral"])
        and re.fullmatch(r"[0-9a-f]{24}", d["nonce"])
    ):
        raise _damaged()
    return Header(
        d["kind"],
        d["sender"],
        d["recipient"],
        d["recipient_key"],
        bytes.fromhex(d["ephemeral"]),
        bytes.fromhex(d["nonce"]),
        d["length"],
        prefix + body,
    )


@dataclass(frozen=True)
class Unsealed:
    """A sealed file whose tag was checked: where its ciphertext lies, and its key.  (The
    passphrase packages of app.services.sync_package use it too, with `header` None.)"""

    path: Path
    key: bytes
    nonce: bytes
    start: int
    length: int
    header: Header | None = None

    def open(self) -> io.BufferedReader:
        """The plaintext as a seekable binary file, decrypted where it is read."""
        return io.BufferedReader(DecryptedView(self), CHUNK)


class DecryptedView(io.RawIOBase):
    """The plaintext of a checked sealed file, decrypted where it is read: nothing decrypted is
    ever written to a disk (a killed import once left a whole package, decrypted, in the system's
    temp folder).  GCM encrypts with AES in counter mode, block i under the counter
    ``nonce || 2 + i``; so any part of the file can be decrypted alone, once the tag over the
    whole file has been checked."""

    def __init__(self, sealed: Unsealed):
        self.sealed, self.pos = sealed, 0
        self.f = open(sealed.path, "rb")

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self.pos

    def seek(self, offset: int, whence: int = 0) -> int:
        base = {0: 0, 1: self.pos, 2: self.sealed.length}[whence]
        if base + offset < 0:
            raise OSError("seek before the start of the package")
        self.pos = base + offset
        return self.pos

    def readinto(self, b: Any) -> int:
        n = min(len(b), max(0, self.sealed.length - self.pos))
        if n <= 0:
            return 0
        block, skip = divmod(self.pos, 16)
        self.f.seek(self.sealed.start + self.pos)
        data = self.f.read(n)
        counter = self.sealed.nonce + (2 + block).to_bytes(4, "big")
        dec = Cipher(algorithms.AES(self.sealed.key), modes.CTR(counter)).decryptor()
        plain = dec.update(bytes(skip) + data)[skip:]
        b[: len(plain)] = plain
        self.pos += len(plain)
        return len(plain)

    def close(self) -> None:
        self.f.close()
        super().close()


def check_tag(path: Path, key: bytes, nonce: bytes, aad: bytes, wrong: SealError) -> Unsealed:
    """One pass over the ciphertext checking GCM's tag (the plaintext is not kept); `wrong` is
    raised when it does not check out."""
    size = path.stat().st_size
    length = size - len(aad) - TAG
    if length < 0:
        raise _damaged()
    if length > GCM_MAX:
        raise _damaged()
    with open(path, "rb") as f:
        f.seek(size - TAG)
        tag = f.read(TAG)
        dec = Cipher(algorithms.AES(key), modes.GCM(nonce, tag)).decryptor()
        dec.authenticate_additional_data(aad)
        f.seek(len(aad))
        remaining = length
        while remaining > 0:
            block = f.read(min(CHUNK, remaining))
            if not block:
                raise _damaged()
            remaining -= len(block)
            dec.update(block)
        try:
            dec.finalize()
        except InvalidTag:
            raise wrong from None
    return Unsealed(path, key, nonce, len(aad), length)


def unseal(
    path: str | Path,
    private_key: X25519PrivateKey,
    *,
    kind: str | None = None,
    recipient: str | None = None,
    check_header: Callable[[Header], Any] | None = None,
) -> Unsealed:
    """Check a sealed file for this office (`recipient`: its code; `private_key`: its key) and
    return its checked view.  Refused with a sentence, in this order: not a sealed file, another
    kind of file than `kind`, meant for another office, sealed to another key of this office,
    refused by `check_header(header)` (e.g. a sender not registered here: told before the file
    is read through), damaged or altered (the tag)."""
    path = Path(path)
    header = read_header(path)
    if header.length >= 0 and path.stat().st_size != header.size + header.length + TAG:
        raise _damaged()  # cut short (or lengthened) on the way: told before anything is read
    if kind is not None and header.kind != kind:
        raise SealError(
            N_("This encrypted file is not of the kind expected here ({found} instead of {expected})."),
            found=header.kind,
            expected=kind,
        )
    if recipient is not None and header.recipient != recipient:
        raise SealError(
            N_(
                "This package was encrypted for office {recipient}, not for this office ({local}); "
                "only office {recipient} can open it. Take it there."
            ),
            recipient=header.recipient,
            local=recipient,
        )
    if header.recipient_key != key_id(private_key):
        raise SealError(
            N_(
                "This package was encrypted for another key of office {recipient} than the one in this "
                "register (a register set up again, or a copy). Send office {sender} this office's key file "
                "again (offices export-key), and ask it for a new package."
            ),
            recipient=header.recipient,
            sender=header.sender,
        )
    if check_header is not None:
        check_header(header)
    shared = private_key.exchange(X25519PublicKey.from_public_bytes(header.ephemeral))
    key = _derive(shared, header.ephemeral, raw_public(private_key))
    wrong = SealError(
        N_(
            "The encrypted package is damaged or incomplete, or it was altered on the way (it does not "
            "check out). Copy it again from the sending office."
        )
    )
    checked = check_tag(path, key, header.nonce, header.raw, wrong)
    return Unsealed(path, key, header.nonce, checked.start, checked.length, header)


def unseal_file(
    src: str | Path,
    dest: str | Path,
    private_key: X25519PrivateKey,
    *,
    kind: str | None = None,
    recipient: str | None = None,
) -> Header:
    """The plaintext of a sealed file at `dest` (tools and tests; readers use :func:`unseal`'s
    view and write nothing decrypted)."""
    opened = unseal(src, private_key, kind=kind, recipient=recipient)
    with opened.open() as plain, open(dest, "wb") as out:
        shutil.copyfileobj(plain, out, CHUNK)
    assert opened.header is not None
    return opened.header
