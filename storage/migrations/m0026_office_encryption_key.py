"""Version 26: each office's X25519 public key beside its Ed25519 one (issue #17), so that a
package written for another office is encrypted to that office by default, without a passphrase.

``enc_public_key`` (hex): this office's own (its private half in ``local_secret``, made on first
need by app.services.keys), each subordinate's (from its key file, ``offices add-subordinate``),
and the office above's (from its key file, ``offices set-upper``).  Like ``public_key`` it is
never taken from a sync package: an incoming office row's keys are dropped.
"""

VERSION = 26


def upgrade(conn) -> None:
    # (a register from a development build that numbered this migration 20 or 24 has the column already)
    if "enc_public_key" not in {r[1] for r in conn.execute("PRAGMA table_info(office)")}:
        conn.execute("ALTER TABLE office ADD COLUMN enc_public_key TEXT")
