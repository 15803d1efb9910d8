"""Version 7: household search keys with the readings names are said with.

The sort keys (``household.name_pinyin`` / ``name_initials``) and the search tokens
(``household_search``) are now made from a name as it is read: a leading surname with its
surname reading (单 Shan, 曾 Zeng, 区 Ou … app.domain.script.SURNAME_READINGS), beside the
general-text reading, and always with the name readings of app.domain.script loaded (尕藏 Gazang;
before, whether they applied depended on what the process had done first).  Registers written
before hold the old keys, so 单雄信 sorted under D and "shan" did not find him.

Only the households those readings can change are recomputed: a name beginning with one of the
surname characters, or holding a character or phrase of the name-reading tables.  Their sort keys
are rewritten where they differ, and their new tokens added; the old general-reading tokens are
still among the new ones (a stale ``cang`` for 藏 is harmless), so no token is deleted and the
token table is not scanned.  The keys are derived columns, not a change of the record: the sync
journal's trigger is held off, so the next package does not carry these households again (the
upper office recomputes the keys of what it imports).
"""

VERSION = 7

_BATCH = 5000


def _candidate(name: str, surnames: dict, chars: frozenset, phrases: tuple) -> bool:
    stripped = name.lstrip()
    return bool(stripped) and (
        stripped[0] in surnames or any(c in chars for c in stripped) or any(p in stripped for p in phrases)
    )


def upgrade(conn) -> None:
    from app.domain import script, search

    chars = frozenset(chr(k) for k in script._NAME_READINGS)
    phrases = tuple(script._PLACE_PHRASES)
    trigger = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'sync_change_household_update'"
    ).fetchone()
    if trigger is not None:
        conn.execute("DROP TRIGGER sync_change_household_update")
    # the candidates picked by SQLite in one pass (no Python per household), checked again below
    firsts, inside = sorted(script.SURNAME_READINGS), sorted(chars) + list(phrases)
    where = f"substr(ltrim(name_zh), 1, 1) IN ({', '.join('?' * len(firsts))})" + "".join(
        " OR instr(name_zh, ?) > 0" for _ in inside
    )
    last = 0
    while True:
        batch = conn.execute(
            f"SELECT rowid, id, name_zh, name_bo, name_pinyin, name_initials FROM household"
            f" WHERE rowid > ? AND ({where}) ORDER BY rowid LIMIT ?",
            (last, *firsts, *inside, _BATCH),
        ).fetchall()
        if not batch:
            break
        last = batch[-1][0]
        updates: list[tuple[str, str, str]] = []
        tokens: list[tuple[str, str]] = []
        for _, hid, name_zh, name_bo, pinyin, initials in batch:
            if not name_zh or not _candidate(name_zh, script.SURNAME_READINGS, chars, phrases):
                continue
            keys = search.name_keys(name_zh, name_bo or "")
            if (keys["name_pinyin"], keys["name_initials"]) != (pinyin, initials):
                updates.append((keys["name_pinyin"], keys["name_initials"], hid))
            tokens.extend((t, hid) for t in search.name_tokens(name_zh, name_bo or ""))
        conn.executemany("UPDATE household SET name_pinyin = ?, name_initials = ? WHERE id = ?", updates)
        conn.executemany("INSERT OR IGNORE INTO household_search(token, household_id) VALUES (?, ?)", sorted(tokens))
    if trigger is not None:
        conn.execute(trigger[0])
