"""Safe file writing under Windows' rules, checked on Linux by imitating them."""

from __future__ import annotations

import ctypes
import errno
import os

import pytest

from app import safe_write
from exports import usb


@pytest.fixture
def stick(tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


@pytest.fixture
def windows_fsync(monkeypatch):
    """os.fsync as on Windows: FlushFileBuffers needs a handle with write access (else EBADF)."""
    if os.name == "nt":
        return  # the real one already behaves so
    import fcntl

    real = os.fsync

    def fsync(fd):
        if fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY:
            raise OSError(errno.EBADF, "Bad file descriptor")
        return real(fd)

    monkeypatch.setattr(os, "fsync", fsync)


def test_a_file_written_by_a_library_is_synced_through_a_writable_handle(stick, windows_fsync):
    def writer(path):  # like XlsxWriter / ReportLab: they write and close the file themselves
        with open(path, "wb") as fh:
            fh.write(b"workbook")

    written = safe_write.write_file_safely(writer, stick / "loans.xlsx")
    assert (stick / "loans.xlsx").read_bytes() == b"workbook" and written.size == 8


def test_bytes_are_synced_through_a_writable_handle(stick, windows_fsync):
    safe_write.write_file_safely(b"package", stick / "630224100201_2026-11_0001.dbsync")
    assert (stick / "630224100201_2026-11_0001.dbsync").read_bytes() == b"package"


def _windows_replace_refused(monkeypatch):
    """os.replace as on Windows when the old file is open in Excel: access denied."""
    from app import safe_write

    monkeypatch.setattr(safe_write, "REPLACE_RETRY_DELAYS", (0, 0))

    def replace(src, dst):
        if os.path.exists(dst):
            err = PermissionError(errno.EACCES, "Access is denied")
            err.winerror = 5
            raise err
        os.rename(src, dst)

    monkeypatch.setattr(os, "replace", replace)


def test_replacing_a_file_open_in_another_program_says_close_it(stick, monkeypatch):
    (stick / "report.xlsx").write_bytes(b"last month")
    _windows_replace_refused(monkeypatch)
    with pytest.raises(safe_write.UsbError) as err:
        safe_write.write_file_safely(b"this month", stick / "report.xlsx")
    assert err.value.kind == safe_write.IN_USE
    text = err.value.text("en")
    assert "report.xlsx" in text and "open in another program" in text and "write-protected" not in text
    # the old file is left as it was, and no temporary file stays behind on the stick
    assert [p.name for p in stick.iterdir()] == ["report.xlsx"]
    assert (stick / "report.xlsx").read_bytes() == b"last month"


def test_a_new_file_is_still_written_where_an_open_file_would_block(stick, monkeypatch):
    _windows_replace_refused(monkeypatch)
    safe_write.write_file_safely(b"first", stick / "new.xlsx")
    assert (stick / "new.xlsx").read_bytes() == b"first"


class _Kernel32:
    """GetLogicalDrives / GetDriveTypeW / GetVolumeInformationW of a laptop with C: and stick E:."""

    def __init__(self):
        self.error_mode = 0  # Windows' default: a box asks for a disk in an empty drive

    def SetThreadErrorMode(self, mode, old):
        if old is not None:
            old._obj.value = self.error_mode
        self.error_mode = mode
        return 1

    def GetLogicalDrives(self):
        return (1 << 2) | (1 << 4) | (1 << 5)  # C:, E:, F: (an empty card reader)

    def GetDriveTypeW(self, root):
        return {"C:\\": 3, "E:\\": 2, "F:\\": 2}[root.value]

    def GetVolumeInformationW(self, root, label, size, *rest):
        if root.value == "F:\\":
            assert self.error_mode & 1, "an empty slot asked without SEM_FAILCRITICALERRORS pops up a box"
            return 0  # no medium in the slot
        label.value = "卓玛的U盘"
        return 1


def test_windows_removable_drives_are_the_drive_letters_of_sticks(monkeypatch):
    class WinDLL:
        kernel32 = _Kernel32()

    monkeypatch.setattr(ctypes, "windll", WinDLL, raising=False)
    assert usb._windows_drives() == [("E:\\", "卓玛的U盘")]
    assert WinDLL.kernel32.error_mode == 0  # the thread's error mode is given back


def _windows_accepts(name: str) -> bool:
    """Windows' naming rules (Naming Files, Paths, and Namespaces), independent of the code."""
    reserved = {"CON", "PRN", "AUX", "NUL"} | {f"{d}{i}" for d in ("COM", "LPT") for i in range(1, 10)}
    return (
        bool(name)
        and not any(c in '<>:"/\\|?*' or ord(c) < 32 for c in name)
        and not name.endswith((".", " "))
        and name.split(".")[0].upper() not in reserved
        and len(name) <= 255
    )


@pytest.mark.parametrize(
    "suggested",
    [
        "record-cards-拉脊村/一社.pdf",  # a village written with a slash
        "monthly 2026-11-21 12:30.xlsx",  # a time in the name
        'household "卓玛?".pdf',
        "a<b>c|d*e\\f.pdf",
        "tab\there.pdf",
        "CON.pdf",
        "nul",
        "com1.txt",
        "Lpt9.xlsx",
        "ends with dot.",
        "ends with space ",
        "...",
        "བཀྲ་ཤིས" * 60 + ".pdf",  # a very long Tibetan name
    ],
)
def test_suggested_export_names_are_names_windows_accepts(suggested):
    name = safe_write.safe_file_name(suggested)
    assert _windows_accepts(name), name
    assert len(name) <= 120


def test_safe_names_keep_chinese_tibetan_and_the_extension():
    assert safe_write.safe_file_name("卓玛 སྒྲོལ་མ 2026-11.pdf") == "卓玛 སྒྲོལ་མ 2026-11.pdf"
    assert safe_write.safe_file_name("拉脊村/一社 12:30.xlsx") == "拉脊村_一社 12_30.xlsx"
    assert safe_write.safe_file_name("x" * 300 + ".pdf").endswith("x.pdf")


@pytest.fixture
def scanned_for_a_moment(monkeypatch):
    """Windows with a virus scanner: the first two renames of a new file meet a sharing violation."""
    from app import safe_write

    monkeypatch.setattr(safe_write, "REPLACE_RETRY_DELAYS", (0.01,) * 5)
    real, refused = os.replace, []

    def replace(src, dst):
        if len(refused) < 2:
            refused.append(dst)
            err = PermissionError(
                errno.EACCES, "The process cannot access the file because it is being used by another process"
            )
            err.winerror = 32
            raise err
        real(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    return refused


def test_an_export_waits_out_a_scanner_holding_the_new_file(stick, scanned_for_a_moment):
    written = safe_write.write_file_safely(b"report", stick / "report.xlsx")
    assert len(scanned_for_a_moment) == 2 and (stick / "report.xlsx").read_bytes() == b"report"
    assert written.path == str(stick / "report.xlsx")


def test_a_backup_waits_out_a_scanner_holding_the_new_file(ws, tmp_path, scanned_for_a_moment):
    from app.services import backup

    made = backup.backup_to(ws, tmp_path / "E")
    assert len(scanned_for_a_moment) == 2 and backup.inspect(made)["office"] == ws.office["code"]


def test_folders_are_not_synced_on_windows(tmp_path, monkeypatch):
    """Windows cannot open a folder with os.open (PermissionError): the folder sync is skipped
    there, by exports and backups alike, instead of failing every export."""
    from app.services import backup

    folder = str(tmp_path)

    def open_(path, flags, *args):
        if os.path.isdir(path):
            raise PermissionError(errno.EACCES, "Permission denied")
        raise AssertionError("only the folder is opened")

    with monkeypatch.context() as m:  # only around the calls: pathlib reads os.name too
        m.setattr(os, "name", "nt")
        m.setattr(os, "open", open_)
        safe_write.fsync_dir(folder)
        backup.fsync_dir(tmp_path, quiet=True)


def _windows_error(winerror: int, errno_: int, text: str) -> OSError:
    err = OSError(errno_, text)
    err.winerror = winerror
    return err


def test_a_path_too_long_for_windows_is_told_as_such_not_as_a_pulled_stick(tmp_path):
    deep = tmp_path
    while len(str(deep)) < safe_write.WINDOWS_MAX_PATH - 20:
        deep = deep / ("双基联动工作室" + "x" * 30)
    deep.mkdir(parents=True)

    def writer(path):  # what CreateFileW answers for a path over MAX_PATH
        raise _windows_error(3, errno.ENOENT, "The system cannot find the path specified")

    with pytest.raises(safe_write.UsbError) as err:
        safe_write.write_file_safely(writer, deep / "2026-11 monthly report.xlsx")
    assert err.value.kind == safe_write.TOO_LONG and "260" in err.value.text("en")


def test_path_not_found_on_a_short_path_is_still_a_pulled_stick(stick):
    def writer(path):
        raise _windows_error(3, errno.ENOENT, "The system cannot find the path specified")

    with pytest.raises(safe_write.UsbError) as err:
        safe_write.write_file_safely(writer, stick / "report.xlsx")
    assert err.value.kind == safe_write.REMOVED
