"""app.services.package_crypto: a file sealed for one office (X25519 + HKDF-SHA256 + AES-256-GCM).

Real files throughout; the hostile ones are crafted here byte by byte."""

from __future__ import annotations

import json
import os
import random
import struct

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from app.services import package_crypto as pc

ID_NUMBER = "632123198001011234"
NAME = "卓玛措"


@pytest.fixture
def plain(tmp_path):
    """3 MB of rows with an ID number and a name in them, and random bytes between (so that a
    block boundary or a compression pattern hides nothing)."""
    rng = random.Random(7)
    path = tmp_path / "plain.bin"
    with open(path, "wb") as f:
        for i in range(3000):
            f.write(json.dumps({"id_number": ID_NUMBER, "name_zh": NAME, "i": i}, ensure_ascii=False).encode())
            f.write(rng.randbytes(1000))
    return path


@pytest.fixture
def township():
    return X25519PrivateKey.generate()


def seal(plain, dest, key, **kw):
    args = {"kind": "sync-up", "sender": "630224100201", "recipient": "630224100", **kw}
    pc.seal_file(plain, dest, key.public_key(), **args)
    return dest


def test_a_sealed_file_shows_no_id_number_name_or_key_and_opens_for_its_recipient(plain, tmp_path, township):
    sealed = seal(plain, tmp_path / "p.sealed", township)
    data = sealed.read_bytes()
    assert ID_NUMBER.encode() not in data and NAME.encode("utf-8") not in data
    assert pc.raw_public(township).hex().encode() not in data and pc.raw_public(township) not in data
    out = tmp_path / "out.bin"
    header = pc.unseal_file(sealed, out, township, kind="sync-up", recipient="630224100")
    assert out.read_bytes() == plain.read_bytes()
    assert (header.sender, header.recipient, header.kind) == ("630224100201", "630224100", "sync-up")


def test_two_sealings_of_the_same_file_share_nothing(plain, tmp_path, township):
    a = seal(plain, tmp_path / "a", township).read_bytes()
    b = seal(plain, tmp_path / "b", township).read_bytes()
    assert a[len(pc.MAGIC) + 3 :][:200] != b[len(pc.MAGIC) + 3 :][:200]
    assert a[-5000:] != b[-5000:]


def test_streaming_sealer_and_the_random_access_view(plain, tmp_path, township):
    sealer = pc.Sealer(pc.raw_public(township).hex(), kind="sync-up", sender="A1", recipient="B2")
    dest = tmp_path / "s"
    data = plain.read_bytes()
    with open(dest, "wb") as out:
        out.write(sealer.header)
        for i in range(0, len(data), 7777):  # pieces not on any block boundary
            out.write(sealer.update(data[i : i + 7777]))
        out.write(sealer.finalize())
    opened = pc.unseal(dest, township, recipient="B2")
    assert opened.length == len(data)
    rng = random.Random(1)
    with opened.open() as f:
        for _ in range(50):
            at, n = rng.randrange(len(data)), rng.randrange(1, 70000)
            f.seek(at)
            assert f.read(n) == data[at : at + n]
        f.seek(-10, 2)
        assert f.read() == data[-10:]


def test_another_office_is_told_whose_package_it_is(plain, tmp_path, township):
    sealed = seal(plain, tmp_path / "p", township)
    with pytest.raises(pc.SealError) as e:
        pc.unseal(sealed, X25519PrivateKey.generate(), recipient="630224101")
    assert "encrypted for office 630224100, not for this office (630224101)" in e.value.text("en")
    assert "630224100" in e.value.text("zh") and e.value.text("zh") != e.value.text("en")


def test_another_key_of_the_same_office_is_told_apart_from_damage(plain, tmp_path, township):
    sealed = seal(plain, tmp_path / "p", township)
    with pytest.raises(pc.SealError) as e:
        pc.unseal(sealed, X25519PrivateKey.generate(), recipient="630224100")
    assert "another key of office 630224100" in e.value.text("en")
    assert "export-key" in e.value.text("en")


def test_a_file_of_another_kind_is_refused(plain, tmp_path, township):
    sealed = seal(plain, tmp_path / "p", township, kind="sync-down")
    with pytest.raises(pc.SealError, match="not of the kind expected"):
        pc.unseal(sealed, township, kind="sync-up")


def _flip(path, at):
    data = bytearray(path.read_bytes())
    data[at] ^= 0x01
    path.write_bytes(bytes(data))


def test_every_header_byte_changed_is_refused(plain, tmp_path, township):
    small = tmp_path / "small"
    small.write_bytes(plain.read_bytes()[:5000])
    sealed = seal(small, tmp_path / "p", township)
    header = pc.read_header(sealed)
    original = sealed.read_bytes()
    for at in range(header.size):
        sealed.write_bytes(original)
        _flip(sealed, at)
        with pytest.raises(pc.SealError):
            pc.unseal(sealed, township, recipient="630224100")


@pytest.mark.parametrize("where", ["first", "middle", "last", "tag"])
def test_a_changed_ciphertext_or_tag_byte_is_refused(plain, tmp_path, township, where):
    sealed = seal(plain, tmp_path / "p", township)
    size, start = sealed.stat().st_size, pc.read_header(sealed).size
    at = {"first": start, "middle": (start + size) // 2, "last": size - pc.TAG - 1, "tag": size - 3}[where]
    _flip(sealed, at)
    with pytest.raises(pc.SealError) as e:
        pc.unseal(sealed, township, recipient="630224100")
    assert "altered on the way" in e.value.text("en")


@pytest.mark.parametrize("cut", [0, 5, 11, 40, -1, -16, -17, -100000])
def test_a_cut_or_lengthened_file_is_refused(plain, tmp_path, township, cut):
    sealed = seal(plain, tmp_path / "p", township)
    data = sealed.read_bytes()
    sealed.write_bytes(data[:cut] if cut else data + b"\0" * 16)
    with pytest.raises(pc.SealError):
        pc.unseal(sealed, township, recipient="630224100")


def _crafted(path, header: bytes | dict, tail: bytes = b"", length: int | None = None, version: int = 1):
    body = header if isinstance(header, bytes) else json.dumps(header).encode()
    n = len(body) if length is None else length
    path.write_bytes(struct.pack(">8sBH", pc.MAGIC, version, n) + body + tail)
    return path


def _good_header(**extra):
    return {
        "kind": "sync-up",
        "sender": "630224100201",
        "recipient": "630224100",
        "recipient_key": "0" * 64,
        "ephemeral": "1" * 64,
        "nonce": "2" * 24,
        "length": -1,
        **extra,
    }


@pytest.mark.parametrize(
    "header,length,version",
    [
        (b"{}", None, 2),  # a version this program does not know
        (b"x" * 10, 65535, 1),  # a header said to be 64 KB: not read
        (b'{"kind": "sync-up"', None, 1),  # not JSON
        (b"[" * 2000 + b"]" * 40, None, 1),  # nested: refused as JSON of the wrong shape
        (_good_header(extra="x"), None, 1),  # a field too many
        (_good_header(sender="../../etc"), None, 1),
        (_good_header(nonce="00"), None, 1),
        (_good_header(ephemeral="zz" * 32), None, 1),
        (_good_header(recipient=7), None, 1),
        (_good_header(length="5"), None, 1),
        (_good_header(length=1 << 40), None, 1),
        (_good_header(length=True), None, 1),
        (_good_header(recipient_key=None), None, 1),
    ],
)
def test_crafted_headers_are_refused_with_a_sentence(tmp_path, township, header, length, version):
    path = _crafted(tmp_path / "c", header, os.urandom(4096), length, version)
    with pytest.raises(pc.SealError) as e:
        pc.unseal(path, township, recipient="630224100")
    assert e.value.text("en").endswith(".")


def test_a_crafted_header_naming_this_key_still_needs_the_tag(tmp_path, township):
    # header well-formed and naming the right key: the ECDH gives some key, and the tag fails
    path = _crafted(
        tmp_path / "c",
        _good_header(recipient_key=pc.key_id(township), ephemeral=pc.raw_public(X25519PrivateKey.generate()).hex()),
        os.urandom(100_000),
    )
    with pytest.raises(pc.SealError, match="altered on the way"):
        pc.unseal(path, township, recipient="630224100")


def test_not_a_sealed_file(tmp_path, township):
    path = tmp_path / "x.zip"
    path.write_bytes(b"PK\x03\x04" + os.urandom(100))
    assert not pc.is_sealed(path)
    with pytest.raises(pc.SealError, match="not an encrypted package"):
        pc.unseal(path, township)


def test_a_file_sealed_whole_names_its_length_and_a_cut_is_told_before_it_is_read(plain, tmp_path, township):
    sealed = seal(plain, tmp_path / "p", township)
    assert pc.read_header(sealed).length == plain.stat().st_size
    sealed.write_bytes(sealed.read_bytes()[:-1])
    with pytest.raises(pc.SealError, match="cut short"):
        pc.unseal(sealed, township)
