"""TrueType/OpenType (sfnt) files patched in memory: a copy of a font drawn larger under a name of
its own (no Qt; ui.fonts loads the copy for the session, see its "scaled copy" notes).

    scaled_font_data(data, scale, family, ink=None) -> bytes
    read_sfnt(data) -> (version, tag → table, tag → checksum)   write_sfnt(...)   table_checksum(data)
"""

from __future__ import annotations

import array
import struct
import sys


def table_checksum(data: bytes) -> int:
    """The sfnt checksum: sum of big-endian uint32 words (array is ~10× faster than struct)."""
    words = array.array("I", data + b"\0" * (-len(data) % 4))  # "I" is 4 bytes on Windows/Linux/macOS
    if sys.byteorder == "little":
        words.byteswap()
    return sum(words) & 0xFFFFFFFF


def read_sfnt(data: bytes) -> tuple[bytes, dict[bytes, bytes], dict[bytes, int]]:
    """(sfnt version, tag → table bytes, tag → checksum from the table directory)."""
    version = data[:4]
    if version not in (b"\x00\x01\x00\x00", b"OTTO", b"true"):
        raise ValueError("not a single TrueType/OpenType font")
    (count,) = struct.unpack(">H", data[4:6])
    tables, sums = {}, {}
    for i in range(count):
        tag, checksum, off, length = struct.unpack(">4sIII", data[12 + 16 * i : 28 + 16 * i])
        tables[tag] = data[off : off + length]
        sums[tag] = checksum
    return version, tables, sums


def write_sfnt(version: bytes, tables: dict[bytes, bytes], sums: dict[bytes, int]) -> bytes:
    """Assemble an sfnt; `sums` holds checksums still valid (tables not changed).

    The whole-file checksum the head table records is the sum of the directory's words and of
    every table's checksum, so the big unchanged tables are never summed again (start-up time).
    """
    tags = sorted(tables)
    n = len(tags)
    sel = max(0, n.bit_length() - 1)
    search = (2**sel) * 16
    header = struct.pack(">4sHHHH", version, n, search, sel, n * 16 - search)
    offset = 12 + 16 * n
    records, body, table_sums = [], [], 0
    if b"head" in tables:  # checkSumAdjustment is 0 while checksums are computed
        head = bytearray(tables[b"head"])
        head[8:12] = b"\0\0\0\0"
        tables[b"head"] = bytes(head)
        sums.pop(b"head", None)
    for tag in tags:
        data = tables[tag]
        checksum = sums[tag] if tag in sums else table_checksum(data)
        table_sums += checksum
        records.append(struct.pack(">4sIII", tag, checksum, offset, len(data)))
        padded = data + b"\0" * (-len(data) % 4)
        body.append(padded)
        offset += len(padded)
    directory = header + b"".join(records)
    font = bytearray(directory + b"".join(body))
    if b"head" in tables:
        head_off = len(directory) + sum(len(b) for t, b in zip(tags, body) if t < b"head")
        adjust = (0xB1B0AFBA - table_checksum(directory) - table_sums) & 0xFFFFFFFF
        font[head_off + 8 : head_off + 12] = struct.pack(">I", adjust)
    return bytes(font)


def renamed(name_table: bytes, family: str) -> bytes:
    """The `name` table with family / full / PostScript / unique names set to `family`."""
    fmt, count, storage = struct.unpack(">HHH", name_table[:6])
    new_text = {1: family, 3: family, 4: family, 6: family.replace(" ", ""), 16: family, 21: family}
    records, strings = [], bytearray()
    for i in range(count):
        pid, eid, lid, nid, length, off = struct.unpack(">6H", name_table[6 + 12 * i : 18 + 12 * i])
        if lid >= 0x8000:
            continue  # language-tag records (format 1) are dropped with the tags
        raw = name_table[storage + off : storage + off + length]
        if nid in new_text:
            text = new_text[nid]
            raw = text.encode("mac_roman", "replace") if pid == 1 else text.encode("utf-16-be")
        records.append((pid, eid, lid, nid, len(raw), len(strings)))
        strings += raw
    head = struct.pack(">HHH", 0, len(records), 6 + 12 * len(records))
    return head + b"".join(struct.pack(">6H", *r) for r in records) + bytes(strings)


def scaled_font_data(data: bytes, scale: float, family: str, ink: tuple[float, float] | None = None) -> bytes:
    """A copy of TrueType/OpenType font `data` drawn `scale` times larger, named `family`.

    `ink` = (ascent, descent) of everyday text in the font's own units: the line metrics are
    trimmed to it (never grown). The DSIG signature, which no longer matches, is dropped.
    """
    version, tables, sums = read_sfnt(data)
    for changed in (b"head", b"hhea", b"OS/2", b"name"):
        sums.pop(changed, None)
    head = bytearray(tables[b"head"])
    (upm,) = struct.unpack(">H", head[18:20])
    struct.pack_into(">H", head, 18, max(16, min(16384, round(upm / scale))))
    tables[b"head"] = bytes(head)
    if ink:
        asc, desc = int(round(ink[0])), int(round(ink[1]))
        if b"hhea" in tables:
            hhea = bytearray(tables[b"hhea"])
            a, d = struct.unpack(">hh", hhea[4:8])
            struct.pack_into(">hhh", hhea, 4, min(a, asc), max(d, -desc), 0)
            tables[b"hhea"] = bytes(hhea)
        if b"OS/2" in tables and len(tables[b"OS/2"]) >= 78:
            os2 = bytearray(tables[b"OS/2"])
            ta, td = struct.unpack(">hh", os2[68:72])
            wa, wd = struct.unpack(">HH", os2[74:78])
            struct.pack_into(">hhhHH", os2, 68, min(ta, asc), max(td, -desc), 0, min(wa, asc), min(wd, desc))
            tables[b"OS/2"] = bytes(os2)
    if b"name" in tables:
        tables[b"name"] = renamed(tables[b"name"], family)
    tables.pop(b"DSIG", None)
    return write_sfnt(version, tables, sums)
