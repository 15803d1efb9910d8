"""A sheet's rows kept packed: pickled a chunk at a time, unpacked when read.

A 50,000-row roster read as Python lists is ~50 MB of list, str and float objects (~1 KB a row),
held while every row is checked and the plan (~50 MB more) is built — the import's peak.  Packed,
the same rows are ~6 MB, and only the chunk being read is unpacked.  :class:`PackedRows` behaves
as the list of rows it replaces for what the roster code and the wizard do with it — ``len``,
``rows[i]``, ``rows[a:b]`` (a view, nothing copied), iteration, ``==`` with a list — and each row
read is a fresh list, so changing one changes nothing stored.

Pickle, not marshal: calamine gives date, datetime, time and timedelta cells as well.
"""

from __future__ import annotations

import pickle
from collections.abc import Sequence
from typing import Any, Iterable, Iterator

CHUNK_ROWS = 1000


class _Store:
    """The chunks themselves, shared by a sheet's rows and every slice of them."""

    __slots__ = ("chunks", "chunk_rows", "_cached", "_cached_rows")

    def __init__(self, chunk_rows: int):
        self.chunks: list[bytes] = []
        self.chunk_rows = chunk_rows
        self._cached = -1
        self._cached_rows: list[list[Any]] = []

    def chunk(self, index: int) -> list[list[Any]]:
        if index != self._cached:
            self._cached_rows = pickle.loads(self.chunks[index])
            self._cached = index
        return self._cached_rows


class PackedRows(Sequence):
    """Rows of cells, stored packed (see the module's docstring)."""

    __slots__ = ("_store", "_start", "_stop")

    def __init__(self, store: _Store, start: int, stop: int):
        self._store, self._start, self._stop = store, start, stop

    @classmethod
    def pack(cls, rows: Iterable[list[Any]], chunk_rows: int = CHUNK_ROWS, keep: Any = None) -> "PackedRows":
        """Pack `rows` as they come (no more than one chunk of them unpacked at once).
        `keep(row)` says whether a row counts for the length: rows after the last kept one are
        dropped (a sheet's trailing empty rows)."""
        store = _Store(chunk_rows)
        pending: list[list[Any]] = []
        # equal texts of a chunk packed as one object: unpacked, the chunk's 青海农商银行, 3社 and
        # village names are one str each, and the plan keeps those rather than one per row
        texts: dict[str, str] = {}
        length = 0
        for row in rows:
            pending.append([texts.setdefault(v, v) if type(v) is str else v for v in row])
            length += 1
            if len(pending) == chunk_rows:
                store.chunks.append(pickle.dumps(pending, protocol=pickle.HIGHEST_PROTOCOL))
                pending = []
                texts.clear()
        if pending:
            store.chunks.append(pickle.dumps(pending, protocol=pickle.HIGHEST_PROTOCOL))
        if keep is not None:
            # trailing rows dropped from the end backwards: only the last chunks are looked at
            while store.chunks:
                last = pickle.loads(store.chunks[-1])
                base = (len(store.chunks) - 1) * chunk_rows
                kept = next((i for i in range(len(last) - 1, -1, -1) if keep(last[i])), None)
                if kept is not None:
                    length = base + kept + 1
                    break
                store.chunks.pop()
                length = base
        return cls(store, 0, length)

    def __len__(self) -> int:
        return self._stop - self._start

    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            if step != 1:
                return [self[i] for i in range(start, stop, step)]
            return PackedRows(self._store, self._start + start, self._start + max(start, stop))
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("row index out of range")
        chunk, offset = divmod(self._start + index, self._store.chunk_rows)
        return list(self._store.chunk(chunk)[offset])

    def __iter__(self) -> Iterator[list[Any]]:
        size = self._store.chunk_rows
        position = self._start
        while position < self._stop:
            chunk, offset = divmod(position, size)
            # unpacked for this pass only: a second pass (or a random read) does not evict it
            rows = pickle.loads(self._store.chunks[chunk])
            end = min(size, offset + self._stop - position)
            for row in rows[offset:end]:
                yield row
            position += end - offset

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (PackedRows, list, tuple)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable-looking, as the list it stands for

    def __repr__(self) -> str:
        return f"PackedRows({len(self)} rows)"
