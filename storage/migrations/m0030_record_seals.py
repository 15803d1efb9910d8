"""Version 30: a keyed seal on every record row (issue #17; storage/seals.py).

The rows already in the register are sealed as they stand: an edit made outside the program
before this release cannot be told any more; every one made after it can.
"""

VERSION = 30


def upgrade(conn) -> None:
    from storage import audit, seals

    key = audit.seal_key(conn, create=True)
    assert key is not None  # (create=True: made when missing)
    seals.install(conn, seals.row_key(key))
