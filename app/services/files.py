"""File steps that behave differently on Windows, shared by backups (here) and exports (above)."""
from __future__ import annotations

import os
import time

#: pauses between attempts of a refused rename (seconds, about 1.5 in all)
REPLACE_RETRY_DELAYS = (0.05, 0.1, 0.2, 0.4, 0.8)


def replace_retrying(src: str | os.PathLike, dst: str | os.PathLike) -> None:
    """os.replace, tried again for a moment when it is refused (PermissionError).

    Windows: an antivirus scanner or the search indexer opens a freshly written file for a moment,
    and renaming it meanwhile fails with a sharing violation; a second later it works.  A refusal
    that lasts (the old file open in Excel) is raised after the last attempt.
    """
    for delay in REPLACE_RETRY_DELAYS:
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            time.sleep(delay)
    os.replace(src, dst)
