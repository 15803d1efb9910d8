"""The log of what went wrong unexpectedly: a rotating file in the data folder's logs/
(``dualbase.log``).  The command line and the window both write their tracebacks there and tell
the user one sentence with its location, never the traceback itself."""

from __future__ import annotations

import logging

from app import paths


def crash_log() -> logging.Logger:
    """The "dualbase" logger, writing to logs/dualbase.log of the current data folder."""
    from logging.handlers import RotatingFileHandler

    log = logging.getLogger("dualbase")
    target = str((paths.log_dir() / "dualbase.log").absolute())
    for old in [h for h in log.handlers if isinstance(h, RotatingFileHandler) and h.baseFilename != target]:
        log.removeHandler(old)  # the data folder changed (tests: one per test): log where it is now
        old.close()
    if not log.handlers:
        paths.log_dir().mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(target, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
    return log
