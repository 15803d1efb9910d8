"""The SQLite module every connection of the program uses: SQLCipher's build (``sqlcipher3``).

A register with accounts is encrypted at rest (SQLCipher 4: AES-256, an HMAC per page;
app/services/encryption.py); a register without accounts is an ordinary SQLite file, opened
through the same module with no key.  One module for both, so that an exception raised by one
register is caught by the same ``except`` as the other's: sqlcipher3's classes are not the
standard library's.  ``import sqlite3`` stays right for files that are not registers (tests
crafting files, the roster reader).

Where no sqlcipher3 wheel could be installed the standard library's module stands in: plain
registers work as before and an encrypted one is refused with a sentence (``ENCRYPTION``).
"""

from __future__ import annotations

try:
    from sqlcipher3 import dbapi2 as sqlite3

    ENCRYPTION = True
except ImportError:  # pragma: no cover - a platform without a wheel
    import sqlite3

    ENCRYPTION = False

__all__ = ["sqlite3", "ENCRYPTION"]
