"""Files the user names that must be small — a key file, a password or passphrase file, the
county's signed policy table — are refused without being read whole when they are a device that
never ends, a named pipe or a huge file (app/small_files.py).

Each reader runs in a child process whose memory is capped at 1 GB and which is given 60 s:
reading /dev/zero or a 3 GB file whole there ends in MemoryError (not in the machine's memory
running out), and a pipe nobody writes to ends in the timeout — so a reader that reads the whole
file first fails the test instead of taking the machine down.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="devices, pipes and rlimits are POSIX")

#: each reader called as the program calls it; prints the sentence it was refused with
READERS = {
    "key file": (
        "from app.services import keys\n"
        "from app.domain.errors import DomainError\n"
        "try:\n"
        "    keys.read_key_file(PATH)\n"
        "except DomainError as exc:\n"
        "    print('REFUSED', exc.text('zh'))\n"
    ),
    # a backup's key slots on a stick, as restore reads them (keyslots.path_for names them after
    # the backup, so the crafted file is reached through a link of that name)
    "key-slot file": (
        "import os\n"
        "from storage import keyslots\n"
        "backup = PATH + '.sqlite'\n"
        "os.symlink(PATH, keyslots.path_for(backup))\n"
        "try:\n"
        "    keyslots.read(backup)\n"
        "except keyslots.SlotFileError as exc:\n"
        "    print('REFUSED', exc)\n"
    ),
    "passphrase file": (
        "from app import cli\n"
        "try:\n"
        "    cli.first_line(PATH)\n"
        "except OSError as exc:\n"
        "    print('REFUSED', exc.strerror)\n"
    ),
    "policy table": (
        "from app.services.loan_policy import import_signed\n"
        "from app.services.workspace import Workspace, init_office\n"
        "from app.domain.errors import DomainError\n"
        "ws = Workspace.open(':memory:', lang='zh')\n"
        "init_office(ws.db, code='630224100201', level='village', name_zh='拉脊村', parent_code='630224100')\n"
        "try:\n"
        "    import_signed(ws, PATH)\n"
        "except DomainError as exc:\n"
        "    print('REFUSED', exc.text('zh'))\n"
    ),
}


def _endless_device(tmp_path: Path) -> Path:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    link = tmp_path / "office.dbkey"
    link.symlink_to("/dev/zero")  # its size says 0; reading it never ends
    return link


def _pipe(tmp_path: Path) -> Path:
    pipe = tmp_path / "office.dbkey"
    os.mkfifo(pipe)  # opening it for reading waits until someone writes
    return pipe


def _huge_file(tmp_path: Path) -> Path:
    huge = tmp_path / "office.dbkey"
    with open(huge, "wb") as f:
        f.truncate(3 << 30)  # 3 GB, sparse: no disk used
    return huge


def _read_capped(script: str, path: Path) -> subprocess.CompletedProcess:
    code = (
        f"import resource\nresource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))\nPATH = {str(path)!r}\n" + script
    )
    try:
        return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail(f"reading {path.name} did not end: it waited on the file instead of refusing it")


@pytest.mark.parametrize("reader", sorted(READERS))
@pytest.mark.parametrize("make", [_endless_device, _pipe, _huge_file], ids=["device", "pipe", "huge"])
def test_a_file_named_as_a_small_one_but_endless_is_refused_without_being_read(tmp_path, reader, make):
    path = make(tmp_path)
    proc = _read_capped(READERS[reader], path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.startswith("REFUSED"), proc.stdout


def test_a_key_file_that_is_a_device_is_told_so_in_the_users_language(tmp_path):
    from app.domain.errors import ValidationError
    from app.services import keys

    path = _pipe(tmp_path)
    with pytest.raises(ValidationError) as caught:
        keys.read_key_file(path)
    assert "不是密钥文件" in caught.value.text("zh") and "office.dbkey" in caught.value.text("zh")
