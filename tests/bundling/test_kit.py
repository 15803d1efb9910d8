"""The offline kit (tools/kit.py, `tasks.py kit`, `tasks.py run --kit`), issue #22."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import kit  # noqa: E402  (tools/ is not a package)


def _wheel(folder: Path, name: str, version: str, tag: str, requires: list[str]) -> Path:
    """A minimal wheel file: what the kit check reads of one (name, version, tags, Requires-Dist)."""
    dist = name.replace("-", "_")
    path = folder / f"{dist}-{version}-{tag}.whl"
    meta = ["Metadata-Version: 2.1", f"Name: {name}", f"Version: {version}"]
    meta += [f"Requires-Dist: {r}" for r in requires]
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(f"{dist}-{version}.dist-info/METADATA", "\n".join(meta) + "\n")
    return path


def test_check_finds_a_windows_only_dependency_that_pip_download_leaves_out(tmp_path):
    # pip evaluates markers against the computer it runs on: from Linux, `colorama; sys_platform
    # == "win32"` is never downloaded for a Windows kit. The kit's own check evaluates them for
    # the target and names what is missing.
    _wheel(tmp_path, "dual-base-ledger", "0.1.0", "py3-none-any", ["click>=8"])
    _wheel(tmp_path, "click", "8.1.7", "py3-none-any", ['colorama; sys_platform == "win32"'])
    target = kit.Target("win_amd64", "3.11")

    assert [r.name for r in kit.missing(tmp_path, target)] == ["colorama"]
    assert kit.missing(tmp_path, kit.Target("host", "%d.%d" % sys.version_info[:2])) == [] or sys.platform == "win32"

    _wheel(tmp_path, "colorama", "0.4.6", "py2.py3-none-any", [])
    assert kit.missing(tmp_path, target) == []


def test_check_refuses_a_wheel_built_for_another_python_or_platform(tmp_path):
    _wheel(tmp_path, "dual-base-ledger", "0.1.0", "py3-none-any", ["python-calamine>=0.2"])
    _wheel(tmp_path, "python-calamine", "0.9.1", "cp311-cp311-win_amd64", [])
    _wheel(tmp_path, "python-calamine", "0.9.1", "cp312-cp312-manylinux_2_17_x86_64", [])

    assert kit.missing(tmp_path, kit.Target("win_amd64", "3.11")) == []
    assert [r.name for r in kit.missing(tmp_path, kit.Target("win_amd64", "3.12"))] == ["python-calamine"]


def test_check_follows_version_ranges(tmp_path):
    _wheel(tmp_path, "dual-base-ledger", "0.1.0", "py3-none-any", ["PySide6-Essentials>=6.11.3,<6.12"])
    _wheel(tmp_path, "pyside6-essentials", "6.12.0", "cp310-abi3-win_amd64", [])
    assert [r.name for r in kit.missing(tmp_path, kit.Target("win_amd64", "3.11"))] == ["PySide6-Essentials"]


def test_kit_lists_every_runtime_dependency_of_pyproject():
    wanted = {kit.Requirement(r).name.lower() for r in kit.project_requirements(ROOT)}
    assert {"pyside6-essentials", "reportlab", "uharfbuzz", "sqlite-utils"} <= wanted


def test_run_from_a_folder_that_is_not_a_kit_says_so(tmp_path):
    result = subprocess.run(
        [sys.executable, str(ROOT / "tasks.py"), "run", "--kit", str(tmp_path), "--help"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=dict(os.environ, DUALBASE_SKIP_APT="1"),
        timeout=120,
    )
    assert result.returncode == 1
    assert "is not an offline kit" in result.stdout
    assert "Traceback" not in result.stdout


def _network_off_prefix() -> list[str]:
    """`unshare -n`: the command runs with no network interface at all (root on Linux)."""
    if shutil.which("unshare") and hasattr(os, "geteuid") and os.geteuid() == 0:
        probe = subprocess.run(["unshare", "-n", "true"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if probe.returncode == 0:
            return ["unshare", "-n"]
    return []


def test_linux_kit_installs_and_runs_with_the_network_switched_off(tmp_path):
    """Build a kit for this computer, then install it into a new environment and start the
    program's command line with no network (unshare -n where possible, and pip --no-index)."""
    kit_dir = tmp_path / "kit"
    built = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "kit.py"), "build", "--out", str(kit_dir), "--platform", "host"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=900,
    )
    if built.returncode != 0 and ("network" in built.stdout or "Connection" in built.stdout):
        pytest.skip("the package index cannot be reached to make the kit: " + built.stdout[-300:])
    assert built.returncode == 0, built.stdout[-3000:]
    assert (kit_dir / "KIT.txt").exists()

    offline = _network_off_prefix()
    venv = tmp_path / "office-venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    install = subprocess.run(
        offline + [str(python), "-m", "pip", "install", "--no-index", "--find-links", str(kit_dir), "dual-base-ledger"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=900,
    )
    assert install.returncode == 0, install.stdout[-3000:]

    # As `tasks.py run --kit` does: the kit's packages in the new environment, the program
    # started from the project folder the office copied.
    register = tmp_path / "office" / "register.sqlite"
    env = dict(os.environ, DUALBASE_DATA_DIR=str(tmp_path / "data"), DUALBASE_LANG="en")
    workdir = ROOT
    for args in (
        ["init", "--office-code", "630224100201", "--level", "village", "--name-zh", "拉脊村双基联动工作室"],
        ["demo", "--households", "30"],
        ["check"],
    ):
        run = subprocess.run(
            offline + [str(python), "-m", "app", "--db", str(register), *args],
            cwd=workdir,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=300,
        )
        assert run.returncode == 0, (args, run.stdout[-2000:])


@pytest.mark.skipif(
    not os.environ.get("DUALBASE_KIT_WIN"),
    reason="set DUALBASE_KIT_WIN to a kit made by `tasks.py kit --platform "
    "win_amd64` to check it (downloading one takes ~110 MB)",
)
def test_windows_kit_resolves_offline_for_every_supported_python():
    folder = Path(os.environ["DUALBASE_KIT_WIN"])
    assert kit.check(folder, "win_amd64", list(kit.DEFAULT_PYTHONS)) == []
