"""The sync package file: a signed zip, encrypted for the office above (DESIGN §6).

Layout of the zip (its comment holds a signature of every byte before it)::

    manifest.json    format version, office, period, created time, sequence number, and for
                     every member its table, row count and SHA-256; the audit chain's heads
    manifest.sig     Ed25519 signature of the manifest's exact bytes by the sending office
    <table>.jsonl    one JSON object per line: full rows, tombstones included
    audit_log.jsonl  the audit entries, as they stand in the sender's log

The signature covers the manifest and the manifest covers every member by hash, so one check
tells a damaged or altered package.  The whole zip is encrypted, in one of two ways:

- to the office above (the default): sealed with app.services.package_crypto for its X25519 key
  (ephemeral key agreement, HKDF-SHA256, AES-256-GCM), the header naming sender and recipient;
- with a passphrase (the alternative, when the office above's key is not known here): AES-256-GCM
  with a key from scrypt, behind a small header: ``MAGIC``, a format byte, scrypt's parameters,
  the salt and the nonce.

Either header is authenticated too.  A lost USB stick then shows nothing.  Packages written by
earlier releases without a passphrase are plain zips; they are still read.

Everything streams through temporary files, so a 100,000-household package never sits in memory
as a whole.  Nothing here touches the database.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import re
import shutil
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from cryptography.exceptions import InvalidTag

from app.domain.errors import SentenceError
from app.i18n import N_
from app.services import package_crypto
from app.services.package_crypto import GCM_MAX, Unsealed

FORMAT = "dualbase-sync"
FORMAT_VERSION = 1
SUFFIX = ".dbsync"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
AUDIT_MEMBER = "audit_log.jsonl"
MAGIC = b"DBSYNC-AES"
ENC_VERSION = 1
SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P = 15, 8, 1
_HEADER = struct.Struct(f">{len(MAGIC)}sBBBB16s12s")  # magic, version, log2 n, r, p, salt, nonce
_TAG = 16
CHUNK = 1 << 20


COMMENT_MAGIC = b"DBSYNC-SIG1:"
COMMENT_LEN = len(COMMENT_MAGIC) + 128  # + the Ed25519 signature in hex
FILE_SIG_CONTEXT = b"dualbase-sync-file-v1\0"


def _prefix_digest(path, length: int) -> bytes:
    """SHA-256 of the first `length` bytes of a file (what the file signature covers)."""
    h = hashlib.sha256()
    with _open_source(path) as f:
        remaining = length
        while remaining > 0:
            block = f.read(min(CHUNK, remaining))
            if not block:
                break
            h.update(block)
            remaining -= len(block)
    return h.digest()


class PackageRejected(SentenceError):
    """A package that is not imported, with the reason as a translatable sentence."""


# -- writing to a USB stick ---------------------------------------------------------------------


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


def write_file_safely(dest: str | Path, source: bytes | str | Path) -> str:
    """Write `source` (bytes, or a file to copy) to `dest` with app.safe_write's steps: temporary
    name, fsync, rename, fsync the folder, read back and compare the SHA-256.  Returns the SHA-256;
    a full, pulled or read-only stick raises app.safe_write.UsbError (a sentence)."""
    from app import safe_write

    if isinstance(source, (bytes, bytearray)):
        return safe_write.write_file_safely(bytes(source), dest).sha256
    return safe_write.write_file_safely(lambda temp: shutil.copyfile(source, temp), dest).sha256


def package_folder(out_dir: str | Path) -> Path:
    """The folder a package is written into, checked: a missing one, or a file given where the
    folder belongs (which was told "the folder does not exist"), is a sentence."""
    from app.domain.errors import ValidationError

    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise ValidationError(
            "out",
            N_("{path} is a file, not a folder. Give the folder to write the package into, such as {parent}."),
            path=str(out_dir),
            parent=str(out_dir.parent),
        )
    if not out_dir.is_dir():
        raise ValidationError("out", N_("The folder {path} does not exist."), path=str(out_dir))
    return out_dir


# -- encryption ---------------------------------------------------------------------------------


def _derive(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=1 << log2_n, r=r, p=p).derive(passphrase.encode("utf-8"))


def encrypt_file(src: Path, dest: Path, passphrase: str) -> None:
    salt, nonce = os.urandom(16), os.urandom(12)
    header = _HEADER.pack(MAGIC, ENC_VERSION, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P, salt, nonce)
    key = _derive(passphrase, salt, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P)
    enc = Cipher(algorithms.AES(key), modes.GCM(nonce)).encryptor()
    enc.authenticate_additional_data(header)
    with open(src, "rb") as f, open(dest, "wb") as out:
        out.write(header)
        for block in iter(lambda: f.read(CHUNK), b""):
            out.write(enc.update(block))
        out.write(enc.finalize())
        out.write(enc.tag)


def is_encrypted(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(len(MAGIC)) == MAGIC


def _unlock(src: Path, passphrase: str | None) -> Unsealed:
    """Check an encrypted package's header and tag with the passphrase (one pass, nothing kept)."""
    size = src.stat().st_size
    with open(src, "rb") as f:
        head = f.read(_HEADER.size)
        if len(head) < _HEADER.size or size < _HEADER.size + _TAG:
            raise PackageRejected(
                N_(
                    "The package is encrypted but incomplete (the file was cut "
                    "short). Copy it again from the sending office."
                )
            )
        magic, version, log2_n, r, p, salt, nonce = _HEADER.unpack(head)
        # scrypt's cost is the header's to say, and a forged header asking for N=2^22, r=32, p=16
        # took 595 s and 16.8 GB before the wrong passphrase could even be noticed (issue 17 §3):
        # only the parameters this program writes are accepted
        if version != ENC_VERSION or (log2_n, r, p) != (SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P):
            raise PackageRejected(
                N_(
                    "The package is encrypted in a format this program does not "
                    "know. Update the program or ask for a new package."
                )
            )
        if not passphrase:
            raise PackageRejected(N_("The package is encrypted. Give the passphrase the sending office used."))
        length = size - _HEADER.size - _TAG
        if length > GCM_MAX:
            raise _damaged()
        f.seek(size - _TAG)
        tag = f.read(_TAG)
        key = _derive(passphrase, salt, log2_n, r, p)
        dec = Cipher(algorithms.AES(key), modes.GCM(nonce, tag)).decryptor()
        dec.authenticate_additional_data(head)
        f.seek(_HEADER.size)
        remaining = length
        while remaining > 0:
            block = f.read(min(CHUNK, remaining))
            if not block:
                break
            remaining -= len(block)
            dec.update(block)  # (the plaintext is not kept: only the tag is checked here)
        try:
            dec.finalize()
        except InvalidTag:
            raise PackageRejected(
                N_(
                    "The package could not be decrypted: the passphrase is wrong, or the file was "
                    "damaged or altered on the way. Check the passphrase; if it is right, ask for "
                    "the package again."
                )
            ) from None
    return Unsealed(src, key, nonce, _HEADER.size, length)


def decrypt_file(src: Path, dest: Path, passphrase: str | None) -> None:
    """The decrypted zip of an encrypted package at `dest` (tools and tests; the import itself
    reads the package where it is, see :class:`app.services.package_crypto.DecryptedView`)."""
    with _unlock(src, passphrase).open() as plain, open(dest, "wb") as out:
        shutil.copyfileobj(plain, out, CHUNK)


def _open_source(source):
    """A readable binary file of a package's zip: the file itself, or its decrypted view."""
    return source.open() if isinstance(source, Unsealed) else open(source, "rb")


#: what a package is sealed as (package_crypto's kind): upward, and from the office above
#: (app.services.sync_down); a file of one kind is refused where the other is expected
SEALED_KIND = "sync-up"
SEALED_DOWN_KIND = "sync-down"


@dataclass(frozen=True)
class Recipient:
    """Whom a package is encrypted to (its code and X25519 public key hex): the office above for
    an upward package, the office below for a package from above (`kind` SEALED_DOWN_KIND)."""

    sender: str
    code: str
    enc_public_key: str
    kind: str = SEALED_KIND


def _source_size(source) -> int:
    return source.length if isinstance(source, Unsealed) else Path(source).stat().st_size


# -- building -----------------------------------------------------------------------------------


class _HashingWriter(io.RawIOBase):
    def __init__(self, inner):
        self.inner, self.sha, self.size = inner, hashlib.sha256(), 0

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self.sha.update(data)
        self.size += len(data)
        return self.inner.write(data)


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def dumps_row(row: dict) -> bytes:
    return (_ENCODER.encode(row) + "\n").encode("utf-8")


@dataclass
class Lines:
    """`count` JSON lines already joined by newlines (without the last one)."""

    text: str
    count: int


#: a package still being written: app.safe_write's temporary name beside the final one
PART_RE = re.compile(r"^\.(?P<final>.+\.dbsync)\.[0-9a-f]{8}\.part$")
#: a .part untouched this long was left by a killed export (a live one writes continuously)
STALE_PART_SECONDS = 10 * 60


def remove_stale_parts(folder: Path, prefix: str, *, now: float | None = None) -> list[Path]:
    """Delete half-written packages whose name starts with `prefix` (this office's) in `folder`
    that nobody has written for :data:`STALE_PART_SECONDS`: what an export killed mid-way
    (power cut, task manager) left on the stick."""
    import time

    now = time.time() if now is None else now
    removed = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for p in entries:
        m = PART_RE.match(p.name)
        if not m or not m.group("final").startswith(prefix):
            continue
        try:
            if now - p.stat().st_mtime >= STALE_PART_SECONDS:
                p.unlink()
                removed.append(p)
        except OSError:
            pass
    return removed


class _PackageStream(io.RawIOBase):
    """Where the zip is written: straight into the temporary file beside the final one,
    encrypted on the way (to the recipient, or with a passphrase), so that no plaintext copy of the package
    exists on any disk at any moment (a killed export used to leave one in the system's temp
    folder).  The zip's bytes are hashed as they pass for the whole-file signature; its last
    :data:`COMMENT_LEN` bytes (the placeholder comment zipfile writes last) are held back until
    :meth:`sign_and_close` replaces them with the signature.

    Not seekable: zipfile then writes each member's sizes after its data (a data descriptor)
    instead of going back to its header."""

    def __init__(self, out, passphrase: str | None, recipient: Recipient | None = None):
        self.out, self.pos, self.tail = out, 0, b""
        self.prefix_sha = hashlib.sha256()  # of the zip's bytes, for the file signature
        self.file_sha = hashlib.sha256()  # of the bytes on disk, for the read-back check
        self.enc: Any = None
        self.sealer: package_crypto.Sealer | None = None
        if recipient is not None and not passphrase:
            self.sealer = self.enc = package_crypto.Sealer(
                recipient.enc_public_key, kind=recipient.kind, sender=recipient.sender, recipient=recipient.code
            )
            self._emit(self.sealer.header)
        elif passphrase:
            salt, nonce = os.urandom(16), os.urandom(12)
            header = _HEADER.pack(MAGIC, ENC_VERSION, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P, salt, nonce)
            key = _derive(passphrase, salt, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P)
            self.enc = Cipher(algorithms.AES(key), modes.GCM(nonce)).encryptor()
            self.enc.authenticate_additional_data(header)
            self._emit(header)

    def writable(self) -> bool:
        return True

    def tell(self) -> int:
        return self.pos

    def _emit(self, data: bytes) -> None:
        if data:
            self.file_sha.update(data)
            self.out.write(data)

    def _through(self, data: bytes) -> None:
        self.prefix_sha.update(data)
        self._emit(self.enc.update(data) if self.enc else data)

    def write(self, data) -> int:
        data = bytes(data)
        self.pos += len(data)
        held = self.tail + data
        if len(held) > COMMENT_LEN:
            self._through(held[:-COMMENT_LEN])
            held = held[-COMMENT_LEN:]
        self.tail = held
        return len(data)

    def sign_and_close(self, sign) -> None:
        if self.tail != b"\0" * COMMENT_LEN:
            raise RuntimeError("the zip does not end with the comment placeholder")
        signature = sign(FILE_SIG_CONTEXT + self.prefix_sha.digest())
        self.tail = b""
        self._emit_signature(COMMENT_MAGIC + signature.hex().encode("ascii"))
        if self.sealer is not None:
            self._emit(self.sealer.finalize())
        elif self.enc is not None:
            self._emit(self.enc.finalize())
            self._emit(self.enc.tag)
        self.out.flush()
        os.fsync(self.out.fileno())

    def _emit_signature(self, data: bytes) -> None:
        self._emit(self.enc.update(data) if self.enc else data)


class PackageWriter:
    """Streams members into the package at `dest`; `finish` signs it and puts it in place.

    The file is written under app.safe_write's temporary name in `dest`'s folder (never in the
    system's temp folder) and encrypted as it is written: with the passphrase when there is one,
    else to the `recipient` (with neither it is a plain zip: tests and tools only — the export
    refuses before it gets here, app.services.sync); a failed or
    cancelled export removes it, and what a killed one left is removed by the next export of the
    same office (:func:`remove_stale_parts`)."""

    def __init__(self, dest: str | Path, passphrase: str | None = None, recipient: Recipient | None = None):
        from app import safe_write

        self.dest = Path(dest)
        remove_stale_parts(self.dest.parent, self.dest.name.split("_")[0] + "_")
        self._safe_write = safe_write
        self._target_cm = safe_write.safe_target(self.dest)
        self.target = self._target_cm.__enter__()
        self._done = False
        with self._guard():
            self._file = open(self.target.temp, "wb")
            self._stream = _PackageStream(self._file, passphrase, recipient)
            self.zf = zipfile.ZipFile(self._stream, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1)
        self.members: dict[str, dict] = {}

    @contextlib.contextmanager
    def _guard(self):
        """A full, pulled or read-only stick while writing: app.safe_write's sentence, no file left."""
        try:
            yield
        except OSError as exc:
            self.cleanup()
            raise self._safe_write.UsbError(
                self._safe_write.classify(exc, self.target.temp), self.dest, exc.strerror or str(exc)
            ) from exc

    def add_member(self, name: str, table: str, rows: Iterator[dict | str | Lines]) -> int:
        """A member of JSON lines from dicts, from JSON texts made already (by SQLite's
        json_object, much faster than building dicts in Python), or from `Lines`: many such
        texts joined by SQLite (one Python string per batch instead of one per row)."""
        count = 0
        with self._guard(), self.zf.open(name, "w", force_zip64=True) as raw:
            w = _HashingWriter(raw)
            buf = bytearray()
            for row in rows:
                if isinstance(row, Lines):
                    if not row.count:
                        continue
                    buf += (row.text + "\n").encode("utf-8")
                    count += row.count
                else:
                    buf += (row + "\n").encode("utf-8") if isinstance(row, str) else dumps_row(row)
                    count += 1
                if len(buf) > CHUNK:
                    w.write(bytes(buf))
                    buf.clear()
            if buf:
                w.write(bytes(buf))
        self.members[name] = {"table": table, "count": count, "sha256": w.sha.hexdigest()}
        return count

    def finish(self, manifest: dict, sign) -> str:
        """Write manifest + signature, sign the whole file, put it in place; return its SHA-256."""
        body = json.dumps({**manifest, "members": self.members}, ensure_ascii=False, indent=1, sort_keys=True).encode(
            "utf-8"
        )
        with self._guard():
            self.zf.writestr(MANIFEST, body)
            self.zf.writestr(SIGNATURE, sign(body).hex())
            # the whole file is signed too, in the zip comment: the manifest covers the members'
            # contents, this covers every other byte (headers, sizes, dates) a reader might skip
            self.zf.comment = b"\0" * COMMENT_LEN
            self.zf.close()
            self._stream.sign_and_close(sign)
            self._file.close()
        expected = self._stream.file_sha.hexdigest()
        self._done = True
        self._target_cm.__exit__(None, None, None)  # fsync, rename, fsync the folder, read back
        written = self.target.written
        if written.sha256 != expected:  # (the read-back compares with the file as synced)
            self._safe_write._remove_quietly(str(self.dest))
            raise self._safe_write.UsbError(self._safe_write.MISMATCH, self.dest)
        return written.sha256

    def cleanup(self) -> None:
        """Remove the temporary file unless the package was put in place (safe to call twice)."""
        if self._done:
            return
        self._done = True
        for closing in (getattr(self, "zf", None), getattr(self, "_file", None)):
            try:
                if closing is not None:
                    closing.close()
            except Exception:  # noqa: BLE001 - half-written; the file goes anyway
                pass
        self._safe_write._remove_quietly(self.target.temp)


# -- reading ------------------------------------------------------------------------------------


@dataclass
class OpenedPackage:
    """A package whose zip, manifest and member hashes are checked (not yet its sender)."""

    path: Path
    manifest: dict
    manifest_bytes: bytes
    signature: bytes
    sha256: str
    encrypted: bool
    zip_path: Any  # the file itself, or the checked key to read it (Unsealed)
    file_digest: bytes = b""  # what the whole-file signature covers
    file_signature: bytes = b""
    tmpdir: Path | None = None
    _zf: zipfile.ZipFile | None = field(default=None, repr=False)
    #: how the file was encrypted: "recipient" (sealed for this office), "passphrase", "" (plain)
    encryption: str = ""

    @property
    def sender(self) -> str:
        return self.manifest["office"]["code"]

    @property
    def sequence(self) -> int:
        return self.manifest["sequence"]

    def rows(self, member: str, chunk: int = 5000) -> Iterator[list[dict]]:
        """The rows of a member in lists of `chunk` (a line longer than any row: refused)."""
        if self._zf is None:
            self._zf = zipfile.ZipFile(_open_source(self.zip_path))
        lines: list[bytes] = []
        with self._zf.open(member) as f:
            for line in iter(lambda: f.readline(MAX_LINE_BYTES + 1), b""):
                if len(line) > MAX_LINE_BYTES:
                    raise PackageRejected(N_("A line of the package is not readable; the package is damaged."))
                lines.append(line.rstrip(b"\r\n"))
                if len(lines) >= chunk:
                    yield _parse_lines(lines)
                    lines = []
        if lines:
            yield _parse_lines(lines)

    def close(self) -> None:
        if self._zf is not None:
            fp = self._zf.fp
            self._zf.close()
            self._zf = None
            if fp is not None:
                fp.close()
        if self.tmpdir is not None:
            shutil.rmtree(self.tmpdir, ignore_errors=True)
            self.tmpdir = None


#: what reading a damaged zip can raise (a flipped method byte: NotImplementedError; a flipped
#: offset: OSError from seek; a flipped size: EOFError or zlib.error …)
ZIP_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    OSError,
    ValueError,
    KeyError,
    IndexError,
    struct.error,
    NotImplementedError,
    UnicodeDecodeError,
    OverflowError,
)


def _parse_lines(lines: list[bytes]) -> list[dict]:
    """JSON lines parsed as one array (one json.loads call instead of one per row)."""
    try:
        rows = json.loads(b"[" + b",".join(lines) + b"]")
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise PackageRejected(N_("A line of the package is not readable; the package is damaged.")) from None
    if not all(isinstance(r, dict) for r in rows):
        raise PackageRejected(N_("A line of the package is not readable; the package is damaged."))
    return rows


def _damaged() -> PackageRejected:
    return PackageRejected(
        N_(
            "The package is damaged or incomplete (it is not a readable sync "
            "package). Copy it again from the sending office."
        )
    )


#: bounds on what an unverified package may make this program read (issue 17 §3): a manifest is
#: a few KB (one entry per table, one audit head per office), a row a few KB
MAX_MANIFEST_BYTES = 4 << 20
MAX_SIGNATURE_BYTES = 1024
MAX_JSON_DEPTH = 32
MAX_MEMBERS = 256
MAX_LINE_BYTES = 16 << 20


def _read_bounded(zf: zipfile.ZipFile, name: str, limit: int) -> bytes:
    """A member's bytes, refused (not read on) when it unpacks to more than `limit`."""
    if zf.getinfo(name).file_size > limit:
        raise _damaged()
    with zf.open(name) as f:
        data = f.read(limit + 1)  # the declared size may lie: count what comes out
    if len(data) > limit:
        raise _damaged()
    return data


_JSON_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"')
_BRACKETS = re.compile(rb"[\[\]{}]")


def json_depth_ok(data: bytes, limit: int = MAX_JSON_DEPTH) -> bool:
    """Whether JSON text nests at most `limit` deep, told without parsing it: a manifest nested
    200,000 deep made json.loads raise RecursionError and ended the whole import call."""
    depth = 0
    for m in _BRACKETS.finditer(_JSON_STRING.sub(b"", data)):
        depth += 1 if m.group() in b"[{" else -1
        if depth > limit:
            return False
    return True


def _zip_entries(f) -> int | None:
    """The entry count of the zip's central directory (`f`: the open zip), read from its end
    record before zipfile builds an object per entry; None when there is no end record."""
    try:
        end = zipfile._EndRecData(f)
        f.seek(0)
    except (OSError, struct.error, ValueError):
        return None
    return None if not end else end[zipfile._ECD_ENTRIES_TOTAL]


def open_package(
    path: str | Path,
    passphrase: str | None = None,
    check_sender: Callable[["OpenedPackage"], Any] | None = None,
    unseal: Callable[[Path], Unsealed] | None = None,
) -> OpenedPackage:
    """Decrypt if needed, and check the zip, the manifest's format and every member's hash and
    row count.  Raises PackageRejected with the reason; leaves nothing behind on failure.

    A package sealed for an office is opened by `unseal(path)` (the importing office's key; it
    checks the header — for whom, from whom — before the one pass over the file that checks the
    tag).  Before anything large is read from the zip, the manifest (bounded in size and depth)
    and its signature are read, and `check_sender(package)` — the importing office's test of who
    signed it — runs: an unsigned or forged package is refused having cost a few KB."""
    path = Path(path)
    if not path.is_file():
        raise PackageRejected(N_("There is no package file at {path}."), path=str(path))
    tmpdir = None
    sealed = package_crypto.is_sealed(path)
    encrypted = sealed or is_encrypted(path)
    encryption = "recipient" if sealed else "passphrase" if encrypted else ""
    zip_path: Any = path
    try:
        if sealed:
            if unseal is None:
                raise PackageRejected(N_("The package is encrypted for an office; it can only be opened there."))
            try:
                zip_path = unseal(path)
            except package_crypto.SealError as exc:
                raise PackageRejected(exc.message, **exc.params) from None
        elif encrypted:
            zip_path = _unlock(path, passphrase)
        raw = _open_source(zip_path)
        entries = _zip_entries(raw)
        if entries is not None and entries > MAX_MEMBERS + 2:
            raw.close()
            raise _damaged()
        try:
            zf = zipfile.ZipFile(raw)
        except ZIP_ERRORS:
            raw.close()
            raise _damaged() from None
        with raw, zf:
            comment = zf.comment
            if len(comment) != COMMENT_LEN or not comment.startswith(COMMENT_MAGIC):
                raise PackageRejected(
                    N_(
                        "The package has no file signature; it was not made by this "
                        "program, or it was damaged or altered."
                    )
                )
            hexsig = comment[len(COMMENT_MAGIC) :]
            if not re.fullmatch(rb"[0-9a-f]{128}", hexsig):  # exactly as written: no other spelling
                raise _damaged()
            file_signature = bytes.fromhex(hexsig.decode("ascii"))
            file_digest = FILE_SIG_CONTEXT + _prefix_digest(zip_path, _source_size(zip_path) - COMMENT_LEN)
            names = set(zf.namelist())
            if MANIFEST not in names or SIGNATURE not in names:
                raise PackageRejected(
                    N_("The package has no manifest or no signature; it was not made by this program or it is damaged.")
                )
            try:
                manifest_bytes = _read_bounded(zf, MANIFEST, MAX_MANIFEST_BYTES)
                signature = bytes.fromhex(_read_bounded(zf, SIGNATURE, MAX_SIGNATURE_BYTES).decode("ascii").strip())
                if not json_depth_ok(manifest_bytes):
                    raise _damaged()
                manifest = json.loads(manifest_bytes.decode("utf-8"))
            except (*ZIP_ERRORS, RecursionError):
                raise _damaged() from None
            _check_manifest(manifest)
            if len(manifest["members"]) > MAX_MEMBERS:
                raise _damaged()
            header = zip_path.header if isinstance(zip_path, Unsealed) else None
            if header is not None and header.sender != manifest["office"]["code"]:
                # the envelope names one office and the signed contents another: put together
                raise PackageRejected(
                    N_(
                        "The package's envelope names office {envelope} as its sender, its contents office "
                        "{office}: it was altered. Ask the sending office for it again."
                    ),
                    envelope=header.sender,
                    office=manifest["office"]["code"],
                )
            # the whole file's hash (the import's record of it) only now that it has the shape of
            # a package: a 20 GB file of anything given a package's name took 77 s to hash, and on
            # a USB stick many minutes, before it was refused as not a package at all
            sha = _sha256_file(path)
            if check_sender is not None:
                unverified = OpenedPackage(
                    path, manifest, manifest_bytes, signature, sha, encrypted, zip_path, file_digest, file_signature
                )
                unverified.encryption = encryption
                try:
                    check_sender(unverified)
                except PackageRejected as exc:
                    exc.package = unverified  # the report names the office the package claims to be from
                    raise
            members = manifest["members"]
            extra = names - set(members) - {MANIFEST, SIGNATURE}
            if extra:
                raise PackageRejected(
                    N_("The package holds files its manifest does not list ({names}); it was altered."),
                    names=", ".join(sorted(extra)),
                )
            for name, info in members.items():
                if name not in names:
                    raise PackageRejected(
                        N_("The package lacks {name}, which its manifest lists; it is incomplete."), name=name
                    )
                h, count = hashlib.sha256(), 0
                try:
                    with zf.open(name) as f:
                        for block in iter(lambda: f.read(CHUNK), b""):
                            h.update(block)
                            count += block.count(b"\n")
                except ZIP_ERRORS:
                    raise _damaged() from None
                if h.hexdigest() != info.get("sha256") or count != info.get("count"):
                    raise PackageRejected(
                        N_(
                            "The contents of {name} do not match the package's "
                            "manifest: the package was damaged or altered."
                        ),
                        name=name,
                    )
        opened = OpenedPackage(
            path, manifest, manifest_bytes, signature, sha, encrypted, zip_path, file_digest, file_signature, tmpdir
        )
        opened.encryption = encryption
        return opened
    except BaseException:
        if tmpdir is not None:
            shutil.rmtree(tmpdir, ignore_errors=True)
        raise


def _check_manifest(m: Any) -> None:
    if not isinstance(m, dict) or m.get("format") != FORMAT:
        raise PackageRejected(N_("This file is not a sync package of this program."))
    version = m.get("format_version")
    if version != FORMAT_VERSION:
        raise PackageRejected(
            N_(
                "The package is in format version {found}; this program reads "
                "version {known}. Use the same release of the program at both "
                "offices."
            ),
            found=version,
            known=FORMAT_VERSION,
        )
    office = m.get("office")
    ok = (
        isinstance(office, dict)
        and isinstance(office.get("code"), str)
        and isinstance(m.get("sequence"), int)
        and m["sequence"] >= 1
        and isinstance(m.get("members"), dict)
        and isinstance(m.get("period"), str)
        and all(isinstance(v, dict) and isinstance(v.get("table"), str) for v in m["members"].values())
        and all("/" not in k and "\\" not in k for k in m["members"])
    )
    if not ok:
        raise PackageRejected(
            N_("The package's manifest is incomplete; it was not made by this program or it is damaged.")
        )
