"""Reading a file the user names that must be small: a key file, a password or passphrase file,
a signed policy table.

Its size is not taken on trust.  A name on a stick may be a symlink to a device that never ends
(/dev/zero, whose size says 0), a named pipe that blocks the reader until someone writes to it,
or a 20 GB file given a key's name: reading such a file whole first and judging it after took all
the memory of the machine (the kernel killed the program) or waited for ever.  So only ordinary
files are opened, and at most `limit` + 1 bytes are read.

    read_small_file(path, limit) -> bytes     OSError when it cannot be read: NotAFile (a folder,
                                              a device, a pipe), FileTooLarge (over `limit` bytes)
"""

from __future__ import annotations

import errno
import os
import stat


class FileTooLarge(OSError):
    """The file holds more than the caller's limit (nothing beyond the limit was read)."""


class NotAFile(OSError):
    """The name is a folder, a device or a pipe, not a file a user saves."""


def read_small_file(path: str | os.PathLike, limit: int) -> bytes:
    """The whole content of the ordinary file at `path`, at most `limit` bytes."""
    mode = os.stat(path).st_mode  # (follows a symlink: what is read is what it points to)
    if not stat.S_ISREG(mode):
        raise NotAFile(errno.EISDIR if stat.S_ISDIR(mode) else errno.EINVAL, "not a file", os.fspath(path))
    with open(path, "rb") as f:
        data = f.read(limit + 1)
    if len(data) > limit:
        raise FileTooLarge(errno.EFBIG, f"larger than {limit} bytes", os.fspath(path))
    return data
