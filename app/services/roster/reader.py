"""Every byte of an untrusted roster is read in a child process with a memory limit (issue 17 §2).

The size checks of :mod:`.safety` catch every crafted sheet we know of before calamine allocates,
but calamine is Rust: when an allocation fails it *aborts* the process (SIGABRT, not an exception),
and in the window that would close the whole program with the user's unsaved work.  So the file
is checked, sized and read in a separate Python process that limits its own memory first:

- POSIX: ``resource.setrlimit`` (address space and data segment), plus a CPU-time limit;
- Windows: the child puts itself in a Job Object with a per-process memory limit (ctypes).  If
  the Job Object cannot be made (an old Windows refusing nested jobs), the child still runs: it
  is a separate process, so the worst a file can do is end the child, never the program.

The parent only ever sees a pickled answer from our own code in the child: the sheet names, the
sizes, and the rows packed (:class:`~.rows.PackedRows`).  Whatever ends the child — the limit, an
abort, a crash, a timeout — becomes a :class:`~.safety.RosterFileError` with a sentence.

Adding a file kind (e.g. CSV): give :data:`.books.BOOK_READERS` a class for the kind with the
interface of :class:`~.books.CalamineBook` (``sheet_names``, ``extents``, ``read(sheet)``,
``first_sheet_with_data()``) and teach :func:`.safety.check_file` the kind; everything else —
the child, its limits, the sentences — comes with it.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

from app.i18n import N_
from app.services.roster.safety import Limits, RosterFileError


class ChildFailed(Exception):
    """The child ended without an answer (killed by its limit, aborted, timed out)."""


def run(op: str, path: Path, limits: Limits, **kwargs) -> dict:
    """Run `op` ("open" or "read") on `path` in a child process; its answer, or the child's
    RosterFileError raised here.  The answer carries ``peak_mb`` and ``cpu_s``: what the child used."""
    request = pickle.dumps((op, str(path), limits, kwargs))
    cmd = [_python(), "-m", "app.services.roster.reader"]
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # Windows: no console window flashes up
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    try:
        proc = subprocess.run(
            cmd, input=request, capture_output=True, timeout=limits.max_read_seconds, creationflags=flags, env=env
        )
    except subprocess.TimeoutExpired:
        raise RosterFileError(
            N_(
                "Reading {name} took more than {seconds} seconds and was stopped. The file is far larger or more "
                "complicated than a roster; save the roster alone in a new .xlsx workbook and import that."
            ),
            name=path.name,
            seconds=limits.max_read_seconds,
        ) from None
    except OSError as exc:
        raise RosterFileError(
            N_(
                "The roster could not be read: a helper process could not be started ({detail}). Close other "
                "programs and try again."
            ),
            detail=str(exc)[:200],
        ) from None
    answer = None
    if proc.stdout:
        try:
            answer = pickle.loads(proc.stdout)
        except Exception:  # noqa: BLE001 - a child cut short mid-answer: the sentence below
            answer = None
    if not isinstance(answer, tuple) or not answer:
        raise RosterFileError(
            N_(
                "{name} could not be read: reading it needed more memory than a roster may take ({max_mb} MB), "
                "or the file is damaged. Nothing was imported. Open it in Excel or WPS, copy the roster alone "
                "into a new workbook, save it as .xlsx and import that."
            ),
            name=path.name,
            max_mb=limits.max_reader_mb,
        )
    if answer[0] == "refused":
        _, message, params, usage = answer
        error = RosterFileError(message, **params)
        error.usage = usage  # what the child used before it refused (tests measure it)
        raise error
    return answer[1]


def _python() -> str:
    """The interpreter for the child: the window runs under pythonw.exe on Windows, whose standard
    streams may be missing; python.exe beside it reads the request and writes the answer through
    the pipes (CREATE_NO_WINDOW keeps its console from showing)."""
    exe = Path(sys.executable)
    if exe.name.lower() == "pythonw.exe":
        console = exe.with_name("python.exe")
        if console.is_file():
            return str(console)
    return sys.executable


# -- in the child -------------------------------------------------------------------------------


def limit_memory(megabytes: int, cpu_seconds: int) -> str:
    """Limit this process: at most `megabytes` of memory and `cpu_seconds` of CPU.
    Returns how ("rlimit", "job", or "none" when the system offered no way)."""
    limit = megabytes * 1024 * 1024
    if os.name == "nt":
        return "job" if _windows_job(limit) else "none"
    import resource

    for name in ("RLIMIT_AS", "RLIMIT_DATA"):
        which = getattr(resource, name, None)
        if which is None:
            continue
        try:
            _, hard = resource.getrlimit(which)
            cap = limit if hard == resource.RLIM_INFINITY else min(limit, hard)
            resource.setrlimit(which, (cap, cap))
        except (ValueError, OSError):
            pass
    try:
        _, hard = resource.getrlimit(resource.RLIMIT_CPU)
        cap = cpu_seconds if hard == resource.RLIM_INFINITY else min(cpu_seconds, hard)
        resource.setrlimit(resource.RLIMIT_CPU, (cap, cap))
    except (ValueError, OSError, AttributeError):
        pass
    return "rlimit"


def _windows_job(limit: int) -> bool:
    """Put this process in a Job Object whose processes may commit at most `limit` bytes."""
    import ctypes
    from ctypes import wintypes

    class BASIC(ctypes.Structure):
        _fields_ = [
            ("PerProcessUserTimeLimit", ctypes.c_int64),
            ("PerJobUserTimeLimit", ctypes.c_int64),
            ("LimitFlags", wintypes.DWORD),
            ("MinimumWorkingSetSize", ctypes.c_size_t),
            ("MaximumWorkingSetSize", ctypes.c_size_t),
            ("ActiveProcessLimit", wintypes.DWORD),
            ("Affinity", ctypes.c_size_t),
            ("PriorityClass", wintypes.DWORD),
            ("SchedulingClass", wintypes.DWORD),
        ]

    class IO(ctypes.Structure):
        _fields_ = [
            (n, ctypes.c_uint64)
            for n in (
                "ReadOperationCount",
                "WriteOperationCount",
                "OtherOperationCount",
                "ReadTransferCount",
                "WriteTransferCount",
                "OtherTransferCount",
            )
        ]

    class EXTENDED(ctypes.Structure):
        _fields_ = [
            ("BasicLimitInformation", BASIC),
            ("IoInfo", IO),
            ("ProcessMemoryLimit", ctypes.c_size_t),
            ("JobMemoryLimit", ctypes.c_size_t),
            ("PeakProcessMemoryUsed", ctypes.c_size_t),
            ("PeakJobMemoryUsed", ctypes.c_size_t),
        ]

    JOB_OBJECT_LIMIT_PROCESS_MEMORY = 0x100
    JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION = 0x400
    JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE = 0x2000
    JobObjectExtendedLimitInformation = 9
    try:
        k32 = ctypes.WinDLL("kernel32", use_last_error=True)
        k32.CreateJobObjectW.restype = wintypes.HANDLE
        k32.GetCurrentProcess.restype = wintypes.HANDLE
        job = k32.CreateJobObjectW(None, None)
        if not job:
            return False
        info = EXTENDED()
        info.BasicLimitInformation.LimitFlags = (
            JOB_OBJECT_LIMIT_PROCESS_MEMORY
            | JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION
            | JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE
        )
        info.ProcessMemoryLimit = limit
        if not k32.SetInformationJobObject(
            wintypes.HANDLE(job), JobObjectExtendedLimitInformation, ctypes.byref(info), ctypes.sizeof(info)
        ):
            return False
        # the handle stays open for the child's life (a closed job would kill it: KILL_ON_JOB_CLOSE)
        return bool(k32.AssignProcessToJobObject(wintypes.HANDLE(job), wintypes.HANDLE(k32.GetCurrentProcess())))
    except (OSError, AttributeError):
        return False


def _peak_mb() -> float:
    # Linux: VmHWM, this process's own peak. ru_maxrss is NOT: it survives exec, so a child
    # started by a large parent reports the parent's size (a 300 MB test run made every 14 MB
    # child look like 300 MB).
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    try:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
    except ImportError:  # Windows: the peak working set
        try:
            import ctypes
            from ctypes import wintypes

            class PMC(ctypes.Structure):
                _fields_ = [
                    ("cb", wintypes.DWORD),
                    ("PageFaultCount", wintypes.DWORD),
                    ("PeakWorkingSetSize", ctypes.c_size_t),
                    ("WorkingSetSize", ctypes.c_size_t),
                    ("QuotaPeakPagedPoolUsage", ctypes.c_size_t),
                    ("QuotaPagedPoolUsage", ctypes.c_size_t),
                    ("QuotaPeakNonPagedPoolUsage", ctypes.c_size_t),
                    ("QuotaNonPagedPoolUsage", ctypes.c_size_t),
                    ("PagefileUsage", ctypes.c_size_t),
                    ("PeakPagefileUsage", ctypes.c_size_t),
                ]

            pmc = PMC()
            pmc.cb = ctypes.sizeof(pmc)
            psapi = ctypes.WinDLL("psapi")
            k32 = ctypes.WinDLL("kernel32")
            k32.GetCurrentProcess.restype = wintypes.HANDLE
            psapi.GetProcessMemoryInfo(wintypes.HANDLE(k32.GetCurrentProcess()), ctypes.byref(pmc), pmc.cb)
            return pmc.PeakWorkingSetSize / (1024 * 1024)
        except (OSError, AttributeError):
            return 0.0


def _cpu_s() -> float:
    times = os.times()
    return times.user + times.system


def _open(path: str, limits: Limits) -> dict:
    from app.services.roster.safety import check_file

    info = check_file(path, limits)
    book = _book(info, limits)
    answer: dict[str, Any] = {
        "info": info,
        "sheet_names": list(book.sheet_names),
        "extents": book.extents,
        "first": None,
        "first_error": None,
        "sheet": None,
        "sheet_error": None,
    }
    # the first sheet with data is read now: opening a roster is followed by reading it, and one
    # child started instead of two halves the wait
    try:
        answer["first"] = book.first_sheet_with_data()
    except RosterFileError as exc:
        answer["first_error"] = (exc.message, exc.params)
        return answer
    try:
        answer["sheet"] = book.read(answer["first"])
    except RosterFileError as exc:
        answer["sheet_error"] = (exc.message, exc.params)
    return answer


def _read(path: str, limits: Limits, info=None, sheet: str = "") -> dict:
    book = _book(info, limits)
    return {"sheet": book.read(sheet)}


def _book(info, limits):
    from app.services.roster.books import BOOK_READERS  # calamine: imported in the child only

    reader = BOOK_READERS.get(info.kind)
    if reader is None:
        raise RosterFileError(
            N_("{name} is not a spreadsheet this program reads. Save the roster as .xlsx, .xls or .ods."),
            name=info.path.name,
        )
    return reader(info, limits)


_OPS = {"open": _open, "read": _read}


def main() -> None:
    out = sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing but the answer may reach the parent's pipe
    op, path, limits, kwargs = pickle.loads(sys.stdin.buffer.read())
    limit_memory(limits.max_reader_mb, limits.max_read_seconds)
    try:
        answer: tuple = ("ok", _OPS[op](path, limits, **kwargs))
    except RosterFileError as exc:
        answer = ("refused", exc.message, exc.params, {"peak_mb": _peak_mb(), "cpu_s": _cpu_s()})
    except MemoryError:
        answer = ()
    except Exception as exc:  # noqa: BLE001 - any other failure of a reader on a crafted file
        # said for what it is: a child that died of it was told as "more memory than a roster may take"
        answer = (
            "refused",
            N_(
                "{name} cannot be read as a spreadsheet ({detail}). Open it in Excel or WPS and save it again as .xlsx."
            ),
            {"name": Path(path).name, "detail": f"{type(exc).__name__}: {exc}"[:200]},
            {"peak_mb": _peak_mb(), "cpu_s": _cpu_s()},
        )
    if answer and answer[0] == "ok":
        answer[1].update(peak_mb=_peak_mb(), cpu_s=_cpu_s())
    out.write(pickle.dumps(answer))
    out.flush()


if __name__ == "__main__":
    main()
