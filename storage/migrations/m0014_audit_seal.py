"""Version 14: the audit log's head is sealed with a key of this register (issue #17).

The key (32 random bytes, ``local_secret``; never in a sync package) is made here, and the heads
already recorded are sealed as they stand: from now on a log re-hashed outside the program no
longer matches its seal (storage/audit.py).
"""

VERSION = 14


def upgrade(conn) -> None:
    import json

    from storage import audit

    audit.seal_key(conn, create=True)
    for key, value in conn.execute("SELECT key, value FROM settings WHERE key LIKE 'audit_head:%'").fetchall():
        head = json.loads(value)
        audit.write_head(conn, key[len("audit_head:") :], head["hash"], head["count"])
