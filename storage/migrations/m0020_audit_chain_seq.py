"""Version 20: audit entries kept in their own office's order (issue #20 item 5).

``audit_log.seq`` is the order entries were stored *here*.  For this office's own entries that is
the order they were written; for an office below it is the order its packages were imported, and
a register that imported a village's packages 1, 3, 2 (before sync refused such gaps), or a
county that received a village's entries through two townships, holds that village's chain out of
order.  ``chain_seq`` is an entry's position in its own office's chain (1 for the entry after
GENESIS), given by the office that wrote it and carried with the entry in every package, so every
register holds each office's chain in that office's order, whatever order it arrived in; ``check``
verifies each chain by it.

Entries stored before this version get their position here by walking each office's chain from
GENESIS (every entry names the hash of the one before it).  Entries the walk does not reach (a gap:
a package never imported, or a fork) follow, in the order they were stored, so that ``check`` still
reports them.  The log is append-only (triggers); its no-update trigger is set aside for this one
fill, inside the migration's transaction, and made again exactly as m0001 made it.
"""

VERSION = 20


def upgrade(conn) -> None:
    from storage.audit import GENESIS, TRIGGERS

    conn.execute("ALTER TABLE audit_log ADD COLUMN chain_seq INTEGER")
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    offices = [r[0] for r in conn.execute("SELECT DISTINCT office_code FROM audit_log")]
    for office in offices:
        rows = conn.execute(
            "SELECT seq, prev_hash, hash FROM audit_log WHERE office_code = ? ORDER BY seq", (office,)
        ).fetchall()
        following: dict[str, list[int]] = {}
        by_seq = {}
        for seq, prev_hash, digest in rows:
            following.setdefault(prev_hash, []).append(seq)
            by_seq[seq] = digest
        order: list[int] = []
        placed: set[int] = set()
        at = GENESIS
        while len(following.get(at, ())) == 1:  # a fork ends the walk: its entries follow below
            seq = following[at][0]
            if seq in placed:  # (a loop cannot happen with sound hashes)
                break
            order.append(seq)
            placed.add(seq)
            at = by_seq[seq]
        order += [seq for seq, _, _ in rows if seq not in placed]
        conn.executemany(
            "UPDATE audit_log SET chain_seq = ? WHERE seq = ?", [(i, seq) for i, seq in enumerate(order, 1)]
        )
    conn.execute(TRIGGERS["audit_log_no_update"])
    conn.execute("CREATE INDEX audit_log_chain ON audit_log(office_code, chain_seq)")
