"""tasks.py (the README's two commands) under Windows' conditions, imitated on Linux."""

from __future__ import annotations

import importlib.util
import io
import subprocess
import sys
from pathlib import Path, PureWindowsPath

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def tasks():
    spec = importlib.util.spec_from_file_location("tasks_under_test", ROOT / "tasks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_windows_venv_python_is_scripts_python_exe(tasks):
    venv = PureWindowsPath(r"C:\Users\Some One\卓玛\ledger\.venv")
    assert tasks.venv_python_path(venv, True) == PureWindowsPath(
        r"C:\Users\Some One\卓玛\ledger\.venv\Scripts\python.exe"
    )
    assert tasks.venv_python_path(Path("/p/.venv"), False) == Path("/p/.venv/bin/python")


def _no_subprocess(monkeypatch, tasks):
    def refuse(*args, **kwargs):
        raise AssertionError("ran %r" % (args[0],))

    monkeypatch.setattr(tasks.subprocess, "run", refuse)


def test_windows_never_calls_apt_even_where_debian_files_are_visible(tasks, monkeypatch):
    monkeypatch.setattr(tasks, "IS_WINDOWS", True)
    monkeypatch.setattr(tasks, "is_debian", lambda: True)
    monkeypatch.delenv("DUALBASE_SKIP_APT", raising=False)
    _no_subprocess(monkeypatch, tasks)
    tasks.ensure_system_packages()  # nothing run, nothing raised


def test_windows_without_ensurepip_is_told_to_install_python_not_apt(tasks, monkeypatch):
    monkeypatch.setattr(tasks, "IS_WINDOWS", True)
    monkeypatch.setattr(tasks, "is_debian", lambda: True)
    monkeypatch.setattr(tasks, "root_prefix", lambda: [])
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    _no_subprocess(monkeypatch, tasks)
    with pytest.raises(tasks.TaskError) as err:
        tasks.ensure_venv_module()
    assert "python.org" in str(err.value) and "apt" not in str(err.value)


def test_a_venv_whose_python_was_uninstalled_is_made_again(tasks, monkeypatch, tmp_path):
    venv = tmp_path / ".venv"
    python = venv / "bin" / "python"
    python.parent.mkdir(parents=True)
    python.write_text("launcher")  # Windows' Scripts\python.exe stays when its Python goes
    monkeypatch.setattr(tasks, "VENV", venv)
    monkeypatch.setattr(tasks, "VENV_PYTHON", python)
    (venv / "pyvenv.cfg").write_text("home = %s\nversion = 3.11.7\n" % (tmp_path / "Python311"))
    assert not tasks.venv_usable()
    (tmp_path / "Python311").mkdir()
    assert tasks.venv_usable()


def _gbk_stream():
    """A console or redirected output in the Chinese Windows code page, strict as Python's is."""
    return io.TextIOWrapper(io.BytesIO(), encoding="gbk", errors="strict", write_through=True)


def test_tibetan_on_a_gbk_console_is_replaced_not_a_crash(tasks, monkeypatch):
    out, err = _gbk_stream(), _gbk_stream()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    assert tasks.main(["བཀྲ་ཤིས"]) == 2  # an unknown command, echoed to stderr
    tasks.say("creating a demo database at C:\\Users\\བཀྲ་ཤིས\\卓玛\\demo.sqlite")
    printed = out.buffer.getvalue().decode("gbk")
    assert "卓玛" in printed and "?" in printed
    assert "unknown command" in err.buffer.getvalue().decode("gbk")


def test_the_data_folder_named_in_tibetan_is_read_back_intact(tasks, monkeypatch, tmp_path):
    """The child prints the folder into a pipe; on Windows that pipe is cp936 unless told."""
    folder = tmp_path / "C盘 Some One" / "བཀྲ་ཤིས"
    monkeypatch.setenv("DUALBASE_DATA_DIR", str(folder))
    monkeypatch.setenv("PYTHONIOENCODING", "gbk")  # what a Chinese Windows gives a pipe
    assert tasks.data_dir() == folder


def test_paths_with_spaces_and_han_reach_the_child_as_one_argument(tasks, tmp_path):
    db = tmp_path / "Some One" / "卓玛 register.sqlite"
    command = tasks.app_command(["--db", str(db), "check"])
    assert command[:3] == [str(tasks.VENV_PYTHON), "-m", "app"]
    assert command[4] == str(db)  # a list, never a shell string: Windows quotes each item itself
    assert '"%s"' % db in subprocess.list2cmdline(command)


def test_a_failed_install_on_windows_says_to_close_the_running_program(tasks, monkeypatch, tmp_path):
    class Failed:
        returncode = 1

    monkeypatch.setattr(tasks, "IS_WINDOWS", True)
    monkeypatch.setattr(tasks, "INSTALL_STAMP", tmp_path / "stamp")
    monkeypatch.setattr(tasks.subprocess, "run", lambda *a, **k: Failed())
    with pytest.raises(tasks.TaskError) as err:
        tasks.ensure_project_installed()
    assert "close the program" in str(err.value)
    assert not (tmp_path / "stamp").exists()  # tried again next time
