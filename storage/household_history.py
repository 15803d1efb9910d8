"""Each household's dated history — its statuses (storage/household_status.py) and its villages
(storage/household_village.py) — as it travels upward in a sync package, so that the office above
counts a village's households of a past period as the village does (issue #19: a period's figures
are computed as of its end from dated facts, at every level).

Without it the office above wrote a history of its own from the rows it received: a household's
first package dated its status and village "since it was registered", so a household lifted out of
poverty or moved after October, and sent for the first time in December, counted at the township
as lifted, or in its new village, in October; and a change the village recorded on 5 November,
with the row written again on 3 December before the package left, was dated 3 December there.

One package line per household the package carries: ``{"household_id", "version", "status":
[[on_date, status], ...], "village": [[on_date, village_id], ...]}`` in the order written.  The
office above takes it in place of its own when the household row it keeps is the very version
the line was written with (the package's own row, merged), and the history ends with that row's
status and village; else it keeps its own.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator

from storage import household_status, household_village
from storage.db import Database
from storage.sqlite import sqlite3

MEMBER, TABLE = "household_history.jsonl", "household_history"
_BATCH = 500
_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})?")
#: a history as a line carries it: (day, value) in the order written
_Pairs = list[tuple[str, str]]


class Damaged(ValueError):
    """A history line that is not what this module writes (the package is damaged or altered)."""


#: the two dated histories a line carries, in its order (status, village): (table, value column)
_HISTORIES = ((household_status.TABLE, "status"), (household_village.TABLE, "village_id"))


def rows(db: Database, household_ids: Iterable[str] | None) -> Iterator[str]:
    """The history lines of `household_ids` (every household for None), as JSON texts."""
    if household_ids is None:
        ids = [r[0] for r in db.execute("SELECT id FROM household ORDER BY id")]
    else:
        ids = sorted(household_ids)
    for i in range(0, len(ids), _BATCH):
        chunk = json.dumps(ids[i : i + _BATCH])
        versions = {
            r[0]: r[1]
            for r in db.execute(
                "SELECT id, version FROM household WHERE id IN (SELECT value FROM json_each(?))", (chunk,)
            )
        }
        status, village = (_histories(db, table, column, chunk) for table, column in _HISTORIES)
        for hid in ids[i : i + _BATCH]:
            if hid in versions:
                yield json.dumps(
                    {
                        "household_id": hid,
                        "version": versions[hid],
                        "status": status.get(hid, []),
                        "village": village.get(hid, []),
                    },
                    ensure_ascii=False,
                )


def _histories(db: Database, table: str, column: str, chunk: str) -> dict[str, list]:
    """household id -> [[day, value], ...] in the order written, for the ids of `chunk` (JSON)."""
    out: dict[str, list] = {}
    for hid, on, value in db.execute(
        f"SELECT household_id, on_date, {column} FROM {table}"
        " WHERE household_id IN (SELECT value FROM json_each(?)) ORDER BY household_id, seq",
        (chunk,),
    ):
        out.setdefault(hid, []).append([on, value])
    return out


def _pairs(value: object) -> list[tuple[str, str]]:
    if not isinstance(value, list) or len(value) > 10_000:
        raise Damaged("history")
    out = []
    for pair in value:
        if (
            not isinstance(pair, list)
            or len(pair) != 2
            or not all(isinstance(x, str) and len(x) <= 64 for x in pair)
            or not _DAY.fullmatch(pair[0])
        ):
            raise Damaged("history")
        out.append((pair[0], pair[1]))
    return out


def apply(conn: sqlite3.Connection, lines: Iterable[dict], offices: set[str]) -> int:
    """Take the sender's history in place of this register's for each household whose row here is
    the version the line was written with, of an office in `offices`, and whose history ends with
    that row's status and village; then household_roll's dates of the latest change.  Returns how
    many lines were taken (a household given twice by lines that both fit counts twice).  A line
    not shaped as :func:`rows` writes it raises Damaged.

    Set by set, _BATCH households at a time (their rows read, their old histories deleted and the
    new ones inserted in one statement each), not a few statements per household: a county's
    first package carries a line for every household.  A household given twice (never written so)
    takes its last line that fits, as writing them one after the other did."""
    wanted: dict[str, list[tuple[int, _Pairs, _Pairs]]] = {}
    for line in lines:
        hid, version = line.get("household_id"), line.get("version")
        if not isinstance(hid, str) or not isinstance(version, int):
            raise Damaged("history")
        wanted.setdefault(hid, []).append((version, _pairs(line.get("status")), _pairs(line.get("village"))))
    taken: list[str] = []
    chosen: dict[str, tuple[_Pairs, _Pairs]] = {}
    ids = list(wanted)
    for i in range(0, len(ids), _BATCH):
        chunk = ids[i : i + _BATCH]
        here = {
            r[0]: r[1:]
            for r in conn.execute(
                "SELECT id, version, office_code, status, coalesce(village_id, '') FROM household"
                " WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps(chunk),),
            )
        }
        these = []
        for hid in chunk:
            row = here.get(hid)
            fits = [
                (status, village)
                for version, status, village in wanted[hid]
                if row is not None
                and row[0] == version
                and row[1] in offices
                and status
                and village
                and status[-1][1] == row[2]
                and village[-1][1] == row[3]
            ]
            if fits:
                chosen[hid] = fits[-1]
                these.append(hid)
                taken.extend([hid] * len(fits))
        if not these:
            continue
        batch = json.dumps(these)
        for k, (table, column) in enumerate(_HISTORIES):
            conn.execute(f"DELETE FROM {table} WHERE household_id IN (SELECT value FROM json_each(?))", (batch,))
            conn.executemany(
                f"INSERT INTO {table}(household_id, on_date, {column}) VALUES (?, ?, ?)",
                [(hid, on, value) for hid in these for on, value in chosen[hid][k]],
            )
    for i in range(0, len(taken), _BATCH):
        conn.execute(
            f"""UPDATE household_roll SET
                    status_since = (SELECT nullif(max(on_date), '') FROM {household_status.TABLE} s
                                    WHERE s.household_id = household_roll.household_id),
                    village_since = (SELECT nullif(max(on_date), '') FROM {household_village.TABLE} v
                                     WHERE v.household_id = household_roll.household_id)
                WHERE household_id IN (SELECT value FROM json_each(?))""",
            (json.dumps(taken[i : i + _BATCH]),),
        )
    return len(taken)
