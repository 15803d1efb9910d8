"""Handing a finished PDF to a CUPS printer (Linux), so that Cancel really sends nothing.

Qt's CUPS print engine spools a job into a temporary PDF and submits it when the painter ends;
its abort() does nothing (QPdfPrintEngine::abort returns false), so a job cancelled after the first
page was painted still reached the printer — an empty or half-printed job (seen: a 1,168-byte
empty PDF from the CUPS-PDF printer after Cancel).  So on CUPS the pages are painted into a PDF of
our own first, and only a complete one is handed to CUPS, with the options the print dialog chose.
Windows' engine aborts its GDI document properly and keeps the direct path.

libcups is reached with ctypes (Qt links the same library for its CUPS support); no Qt here.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from functools import cache


class _Option(ctypes.Structure):
    _fields_ = [("name", ctypes.c_char_p), ("value", ctypes.c_char_p)]


@cache
def _libcups() -> ctypes.CDLL | None:
    if sys.platform == "win32":
        return None
    name = ctypes.util.find_library("cups") or "libcups.so.2"
    try:
        lib = ctypes.CDLL(name)
    except OSError:
        return None
    lib.cupsPrintFile.argtypes = [
        ctypes.c_char_p,
        ctypes.c_char_p,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.POINTER(_Option),
    ]
    lib.cupsPrintFile.restype = ctypes.c_int
    lib.cupsLastErrorString.argtypes = []
    lib.cupsLastErrorString.restype = ctypes.c_char_p
    return lib


def available() -> bool:
    """Whether jobs can be handed to CUPS here (Linux and macOS with libcups)."""
    return _libcups() is not None


class SubmitFailed(Exception):
    """CUPS refused the job; the message is CUPS' own (for the log), the user gets PrinterError."""


def print_file(printer: str, path: str, title: str, options: list[tuple[str, str]]) -> int:
    """Submit the PDF at `path` to `printer` as one job; its CUPS job id."""
    lib = _libcups()
    if lib is None:
        raise SubmitFailed("libcups is not available")
    array = (_Option * max(1, len(options)))(*[_Option(k.encode(), v.encode()) for k, v in options])
    job = lib.cupsPrintFile(printer.encode(), path.encode(), title.encode(), len(options), array)
    if job <= 0:
        raise SubmitFailed((lib.cupsLastErrorString() or b"").decode(errors="replace"))
    return job
