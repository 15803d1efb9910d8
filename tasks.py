#!/usr/bin/env python3
"""Set-up and everyday commands for 双基台账 · Dual-Base Ledger.

    python3 tasks.py run [--demo] [app args...]     start the program (Windows: py tasks.py run)
    python3 tasks.py test [pytest args...]          run all tests    (Windows: py tasks.py test)
    python3 tasks.py bundle [--check]               build the one-folder program (PyInstaller)
    python3 tasks.py kit --platform P --out DIR     download every wheel for an offline install
    python3 tasks.py run --kit DIR [...]            install from such a kit, with no network

Standard library only, so it runs with the system Python. Each command first makes sure that
  - the Debian/Ubuntu system packages Qt and the PDF fonts need are installed (apt-get, only
    the missing ones; nothing on Windows),
  - .venv exists and holds the project (pip install -e .[test], only when pyproject.toml
    changed since the last install),
  - the translations are compiled (tools/i18n.py build, when that tool exists).

This file must stay parseable by old Pythons (no walrus, no match, no new annotations) so that
a too-old Python gets a sentence instead of a SyntaxError.
"""

import sys

MIN_PYTHON = (3, 11)

if sys.version_info < MIN_PYTHON:
    sys.stderr.write(
        "This project needs Python %d.%d or newer, but this is Python %d.%d (%s); "
        "install a newer Python and run tasks.py with it.\n"
        % (MIN_PYTHON + tuple(sys.version_info[:2]) + (sys.executable,))
    )
    sys.exit(1)

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
IS_WINDOWS = os.name == "nt"


def venv_python_path(venv, windows):
    """Where a virtual environment keeps its Python (Windows: Scripts\\python.exe)."""
    return venv / "Scripts" / "python.exe" if windows else venv / "bin" / "python"


VENV_PYTHON = venv_python_path(VENV, IS_WINDOWS)
INSTALL_STAMP = VENV / ".dualbase-install-stamp"
APP_NAME = "DualBaseLedger"

# Qt's xcb platform plugin, fonts for Chinese and Tibetan (screen and PDF), Xvfb for running the
# GUI without a screen, poppler-utils for checking generated PDFs in tests; CUPS with the
# CUPS-PDF virtual printer, through which the printing tests print (tests/ui/test_printing.py).
DEBIAN_PACKAGES = [
    "fonts-noto-core",
    "fonts-tibetan-machine",
    "fonts-wqy-microhei",
    "libegl1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libgl1",
    "libfontconfig1",
    "libdbus-1-3",
    "libglib2.0-0",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-shape0",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-image0",
    "libxcb-xinerama0",
    "libxcb-xkb1",
    "xvfb",
    "poppler-utils",
    "xauth",
    "cups",
    "printer-driver-cups-pdf",
]

DEMO_DB_NAME = "demo.sqlite"
DEMO_OFFICE = [
    "--office-code",
    "630224100201",
    "--level",
    "village",
    "--name-zh",
    "拉脊村双基联动工作室",
    "--name-bo",
    "ལ་རྗེས་གྲོང་ཚོའི་རྨང་རིམ་གཉིས་འབྲེལ་ལས་ཁང་།",
]
DEMO_DATA = ["--households", "2000", "--seed", "1"]

# Options of `python -m app` that take a value; any other bare word is a CLI command.
APP_VALUE_OPTIONS = {"--db", "--lang", "--user", "--data-dir"}

USAGE = """usage:
  python3 tasks.py run [--demo] [app args...]   start the program (--demo: open a database filled with demo data)
  python3 tasks.py test [pytest args...]        run the tests (default: tests)
  python3 tasks.py bundle [--check]             build dist/DualBaseLedger, the program folder that
                                                runs without Python (--check: then test it)
  python3 tasks.py kit --platform win_amd64 --out DIR [--python 3.11,3.12,3.13]
                                                download every wheel the program needs into DIR
  python3 tasks.py run --kit DIR [--demo] [...] install from a kit with no network, then start
On Windows write `py` instead of `python3`."""


class TaskError(Exception):
    """A problem the user can act on; its text is shown as is, without a traceback."""


def say(message):
    print("tasks.py: " + message, flush=True)


def make_console_safe():
    """Never let a print end a command with UnicodeEncodeError.

    A Chinese Windows console (or a redirected output) encodes in GBK/cp936, which has no Tibetan
    letters, and a user folder may be named in Tibetan; such characters become "?" instead.
    """
    for stream in (sys.stdout, sys.stderr):
        if stream is None or not hasattr(stream, "reconfigure"):
            continue
        try:
            "\u0f56\u0f40\u0fb2\u5353".encode(stream.encoding or "ascii")  # Tibetan and Han
        except (UnicodeEncodeError, LookupError):
            try:
                stream.reconfigure(errors="replace")
            except (ValueError, OSError):  # a stream that cannot be changed any more
                pass


def utf8_child_env(env=None):
    """The environment for a child Python whose output we read: UTF-8 on the pipe whatever the
    console's code page is (Windows writes pipes in cp936 otherwise, without Tibetan)."""
    env = dict(os.environ if env is None else env)
    env["PYTHONIOENCODING"] = "utf-8"
    return env


# --- system packages (Debian/Ubuntu) ------------------------------------------------------


def is_debian():
    return Path("/etc/debian_version").exists() and shutil.which("dpkg-query") is not None


def installed_debian_packages(names):
    """The subset of `names` that dpkg reports as installed."""
    result = subprocess.run(
        ["dpkg-query", "-W", "-f=${Package} ${db:Status-Status}\n"] + list(names),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    found = set()
    for line in result.stdout.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[1] == "installed":
            found.add(parts[0])
    return found


def missing_debian_packages(names):
    installed = installed_debian_packages(names)
    missing = [name for name in names if name not in installed]
    if not missing:
        return []
    # Ubuntu 24.04 renamed some libraries for the 64-bit time_t change (libglib2.0-0t64 ...);
    # the new name installed counts as the old one.
    renamed = installed_debian_packages([name + "t64" for name in missing])
    return [name for name in missing if name + "t64" not in renamed]


def root_prefix():
    """How to run apt-get as root: [] when we are root, ['sudo'] otherwise, None if impossible."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        return []
    if shutil.which("sudo") is None:
        return None
    # Without a terminal sudo cannot ask for a password: fail at once instead of hanging.
    return ["sudo"] if sys.stdin is not None and sys.stdin.isatty() else ["sudo", "-n"]


def apt_install(packages):
    """Install Debian packages; True on success. Prints apt's own output."""
    prefix = root_prefix()
    if prefix is None:
        return False
    apt = prefix + ["env", "DEBIAN_FRONTEND=noninteractive", "apt-get"]
    try:
        if subprocess.run(apt + ["update", "-q"]).returncode != 0:
            return False
        command = apt + ["install", "-y", "-q", "--no-install-recommends"] + list(packages)
        return subprocess.run(command).returncode == 0
    except OSError:
        return False


def ensure_system_packages():
    # Windows needs no system packages (Qt and the fonts come with PySide6 and Windows); never
    # look for apt there, even where a Debian-like tree is visible (MSYS, a WSL share).
    if IS_WINDOWS or not is_debian() or os.environ.get("DUALBASE_SKIP_APT"):
        return
    missing = missing_debian_packages(DEBIAN_PACKAGES)
    if not missing:
        return
    say("installing missing system packages: " + " ".join(missing))
    if not apt_install(missing):
        say(
            "could not install the system packages with apt-get; please install them by hand "
            "(sudo apt-get install " + " ".join(missing) + ") — continuing without them."
        )


# --- virtual environment and project install ----------------------------------------------


def venv_usable():
    if not VENV_PYTHON.exists():
        return False
    # Windows: Scripts\python.exe is a small launcher that stays after the Python it starts
    # (pyvenv.cfg's "home") was uninstalled or upgraded; then every command would fail with
    # "No Python at ...". (On Linux bin/python is a symlink, and exists() already says so.)
    try:
        for line in (VENV / "pyvenv.cfg").read_text(encoding="utf-8", errors="replace").splitlines():
            key, _, value = line.partition("=")
            if key.strip().lower() == "home":
                return Path(value.strip()).is_dir()
    except OSError:
        return False
    return True


def ensure_venv_module():
    """Debian ships venv's pip bootstrap (ensurepip) in a separate package, python3-venv."""
    import importlib.util

    if importlib.util.find_spec("ensurepip") is not None:
        return
    versioned = "python%d.%d-venv" % sys.version_info[:2]
    if IS_WINDOWS:
        raise TaskError(
            "This Python (%s) cannot create virtual environments (its ensurepip module "
            "is missing); install Python %d.%d or newer from python.org (with the "
            '"py launcher" ticked) and run `py tasks.py ...` again.' % ((sys.executable,) + MIN_PYTHON)
        )
    if is_debian() and root_prefix() == []:
        say("installing python3-venv, which Debian needs to create virtual environments")
        apt_install(["python3-venv"])
        if importlib.util.find_spec("ensurepip") is None:
            apt_install([versioned])
        importlib.invalidate_caches()
        if importlib.util.find_spec("ensurepip") is not None:
            return
    if is_debian():
        raise TaskError(
            "Python cannot create a virtual environment here: please run "
            "`sudo apt install python3-venv` (or %s) and try again." % versioned
        )
    raise TaskError(
        "This Python (%s) cannot create virtual environments (its ensurepip module "
        "is missing); please install a full Python %d.%d or newer." % ((sys.executable,) + MIN_PYTHON)
    )


def ensure_venv():
    if venv_usable():
        return
    if VENV.exists():
        # Left half-made by an interrupted run, or its Python was removed or upgraded.
        say("the virtual environment in .venv is broken; making it again")
        shutil.rmtree(VENV, ignore_errors=True)
    ensure_venv_module()
    say("creating the virtual environment in .venv")
    result = subprocess.run([sys.executable, "-m", "venv", str(VENV)])
    if result.returncode != 0 or not venv_usable():
        shutil.rmtree(VENV, ignore_errors=True)
        if IS_WINDOWS:
            # Windows cannot delete or replace a file in use: a running copy of the program
            # holds .venv\Scripts\python.exe and Qt's DLLs open.
            raise TaskError(
                "Creating the virtual environment in .venv failed (see the messages "
                "above); close the program if it is still running, delete the .venv "
                "folder and try again."
            )
        raise TaskError(
            "Creating the virtual environment in .venv failed (see the messages "
            "above); on Debian/Ubuntu run `sudo apt install python3-venv` and try again."
        )


def install_fingerprint():
    digest = hashlib.sha256()
    digest.update((ROOT / "pyproject.toml").read_bytes())
    digest.update(repr(sys.version_info[:2]).encode())
    return digest.hexdigest()


def ensure_project_installed():
    fingerprint = install_fingerprint()
    try:
        if INSTALL_STAMP.read_text(encoding="utf-8").strip() == fingerprint:
            return
    except OSError:
        pass
    say(
        "installing the project and its Python packages into .venv "
        "(the first time this downloads about 150 MB and takes a few minutes)"
    )
    INSTALL_STAMP.unlink(missing_ok=True)
    command = [str(VENV_PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-e", ".[test]"]
    if subprocess.run(command, cwd=str(ROOT)).returncode != 0:
        hint = " and close the program if it is running (Windows cannot replace files in use)" if IS_WINDOWS else ""
        raise TaskError(
            "Installing the project's Python packages failed (see pip's messages "
            "above); check the network connection%s and run the command again." % hint
        )
    INSTALL_STAMP.write_text(fingerprint + "\n", encoding="utf-8")


def build_translations():
    tool = ROOT / "tools" / "i18n.py"
    if not tool.exists():
        return
    result = subprocess.run([str(VENV_PYTHON), str(tool), "build"], cwd=str(ROOT))
    if result.returncode != 0:
        say(
            "building the translations failed (see above); the program will show English "
            "where a translation is missing."
        )


def prepare():
    ensure_system_packages()
    ensure_venv()
    ensure_project_installed()
    build_translations()


# --- run -------------------------------------------------------------------------------------


def app_wants_gui(app_args):
    """True unless the arguments name a CLI command (a bare word that is not an option's value)."""
    skip_next = False
    for arg in app_args:
        if skip_next:
            skip_next = False
        elif arg in APP_VALUE_OPTIONS:
            skip_next = True
        elif arg in ("-h", "--help", "--version"):
            return False
        elif not arg.startswith("-"):
            return False
    return True


def check_display():
    if not sys.platform.startswith("linux"):
        return
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM"):
        return
    raise TaskError(
        "No graphical display is available (neither DISPLAY nor WAYLAND_DISPLAY is "
        "set); start it from a desktop session, or without a screen try "
        "`xvfb-run -a python3 tasks.py run ...`."
    )


def app_command(args):
    return [str(VENV_PYTHON), "-m", "app"] + list(args)


# The same folder app/paths.py uses (DUALBASE_DATA_DIR overrides it), for an app that cannot tell.
DATA_DIR_SCRIPT = (
    """
import os, platformdirs
try:
    from app.paths import data_dir
    print(data_dir())
except ImportError:
    print(os.environ.get("DUALBASE_DATA_DIR") or platformdirs.user_data_dir(%r, appauthor=False))
"""
    % APP_NAME
)


def data_dir():
    """The app's user data folder: asked from the app when it can tell, else platformdirs'."""
    try:
        result = subprocess.run(
            app_command(["paths", "--data-dir"]),
            cwd=str(ROOT),
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            encoding="utf-8",
            errors="replace",
            env=utf8_child_env(),
            timeout=60,
        )
        lines = [line.strip() for line in result.stdout.splitlines() if line.strip()]
        if result.returncode == 0 and len(lines) == 1:
            return Path(lines[0])
    except subprocess.TimeoutExpired:
        pass  # an app without the `paths` command: fall back to platformdirs
    # UTF-8 both ways: a Windows user folder may be named 卓玛 or in Tibetan (see utf8_child_env)
    result = subprocess.run(
        [str(VENV_PYTHON), "-c", DATA_DIR_SCRIPT],
        cwd=str(ROOT),
        stdout=subprocess.PIPE,
        encoding="utf-8",
        errors="replace",
        env=utf8_child_env(),
    )
    if result.returncode != 0 or not result.stdout.strip():
        raise TaskError("Could not find the user data folder (platformdirs is not installed in .venv).")
    return Path(result.stdout.strip())


def remove_database(path):
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def ensure_demo_database():
    folder = data_dir()
    db = folder / DEMO_DB_NAME
    if db.exists():
        return db
    folder.mkdir(parents=True, exist_ok=True)
    say("creating a demo database with 2000 households at " + str(db))
    for step in (["init"] + DEMO_OFFICE, ["demo"] + DEMO_DATA):
        result = subprocess.run(app_command(["--db", str(db)] + step), cwd=str(ROOT))
        if result.returncode != 0:
            remove_database(db)  # half-filled: make it again next time rather than open it
            raise TaskError("Creating the demo database failed at `%s` (see the messages above)." % step[0])
    return db


def take_option(args, name):
    """(value of `name VALUE` in args, args without it); (None, args) when absent."""
    args = list(args)
    if name not in args:
        return None, args
    i = args.index(name)
    if i + 1 >= len(args):
        raise TaskError("%s needs a value (a folder)." % name)
    value = args[i + 1]
    del args[i : i + 2]
    return value, args


def run_program(args):
    kit, args = take_option(args, "--kit")
    demo = "--demo" in args
    app_args = [arg for arg in args if arg != "--demo"]
    if demo and "--db" in app_args:
        raise TaskError("--demo chooses its own database; leave out --db, or leave out --demo.")
    if app_wants_gui(app_args):
        check_display()
    if kit is not None:
        prepare_from_kit(Path(kit))
    else:
        prepare()
    if demo:
        app_args = ["--db", str(ensure_demo_database())] + app_args
    return exec_or_call(app_command(app_args))


def exec_or_call(command):
    if IS_WINDOWS:
        # os.exec* on Windows starts a new process and lets this one end, which confuses the console.
        return subprocess.run(command, cwd=str(ROOT)).returncode
    os.chdir(str(ROOT))
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(command[0], command)


# --- test ------------------------------------------------------------------------------------

PYTEST_NO_TESTS = 5


def run_checks():
    """Lint and format check (ruff) and type check (mypy), as configured in pyproject.toml; True when all pass.

    Both take a second or two, so they run before every test run: what CI will say is seen early."""
    ok = True
    checks = (
        (
            "ruff",
            ["-m", "ruff", "check", "--no-cache", "."],
            "lint found problems (above); `.venv/bin/ruff check --fix .` mends the simple ones",
        ),
        (
            "ruff format",
            ["-m", "ruff", "format", "--check", "--no-cache", "."],
            "some files are not formatted (above); `.venv/bin/ruff format <file>` formats them",
        ),
        (
            "mypy",
            ["-m", "mypy"],
            "the type check found problems (above): app/domain and storage are checked strictly, "
            "see [tool.mypy] in pyproject.toml",
        ),
    )
    for _name, args, advice in checks:
        if subprocess.run([str(VENV_PYTHON), *args], cwd=str(ROOT)).returncode != 0:
            say(advice)
            ok = False
    return ok


def run_tests(args):
    prepare()
    checked = run_checks()
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"  # GUI tests never need (or open) a screen
    command = [str(VENV_PYTHON), "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    command += list(args) if args else ["tests"]
    code = subprocess.run(command, cwd=str(ROOT), env=env).returncode
    if code == PYTEST_NO_TESTS:
        say("pytest collected no tests; that counts as a failure.")
        return 1
    return code or (0 if checked else 1)


# --- offline kit and bundle (issue #22) ------------------------------------------------------

KIT_STAMP_PREFIX = "kit:"  # a kit install has no test packages: `test` installs them later


def prepare_from_kit(kit):
    """Set up .venv from a kit folder (tools/kit.py) without touching the network."""
    kit = kit.resolve()
    if not kit.is_dir() or not list(kit.glob("dual_base_ledger-*.whl")):
        raise TaskError(
            "%s is not an offline kit (it has no dual_base_ledger wheel); make one "
            "with `python3 tasks.py kit --platform ... --out FOLDER`." % kit
        )
    ensure_system_packages()
    ensure_venv()
    stamp = KIT_STAMP_PREFIX + install_fingerprint()
    try:
        if INSTALL_STAMP.read_text(encoding="utf-8").strip() in (stamp, install_fingerprint()):
            build_translations()
            return
    except OSError:
        pass
    say("installing the program from the offline kit in %s (no network needed)" % kit)
    INSTALL_STAMP.unlink(missing_ok=True)
    command = [
        str(VENV_PYTHON),
        "-m",
        "pip",
        "install",
        "--disable-pip-version-check",
        "--no-index",
        "--find-links",
        str(kit),
        "dual-base-ledger",
    ]
    if subprocess.run(command, cwd=str(ROOT)).returncode != 0:
        raise TaskError(
            "Installing from the kit failed (see pip's messages above): the kit may "
            "be for another platform or Python version; make it with "
            "`tasks.py kit --platform ... --python %d.%d`." % sys.version_info[:2]
        )
    INSTALL_STAMP.write_text(stamp + "\n", encoding="utf-8")
    build_translations()


def make_kit(args):
    out, args = take_option(args, "--out")
    platform, args = take_option(args, "--platform")
    pythons, args = take_option(args, "--python")
    if out is None or args:
        raise TaskError(
            "usage: tasks.py kit --platform win_amd64 --out FOLDER "
            "[--python 3.11,3.12,3.13]  (--platform host: this computer)"
        )
    prepare()
    command = [
        str(VENV_PYTHON),
        str(ROOT / "tools" / "kit.py"),
        "build",
        "--out",
        out,
        "--platform",
        platform or "host",
    ]
    if pythons:
        command += ["--python", pythons]
    return subprocess.run(command, cwd=str(ROOT)).returncode


BUNDLE_DIR = ROOT / "dist" / "DualBaseLedger"
BUNDLE_STAMP = VENV / ".dualbase-bundle-stamp"


def bundle_requirements():
    import tomllib  # Python >= 3.11 (checked at the top)

    with open(ROOT / "pyproject.toml", "rb") as handle:
        return tomllib.load(handle)["project"]["optional-dependencies"]["bundle"]


def make_bundle(args):
    check = "--check" in args
    if [a for a in args if a != "--check"]:
        raise TaskError("usage: tasks.py bundle [--check]")
    prepare()
    requirements = bundle_requirements()
    wanted = "\n".join(requirements)
    try:
        installed = BUNDLE_STAMP.read_text(encoding="utf-8")
    except OSError:
        installed = ""
    if installed != wanted:
        say("installing the bundler (PyInstaller) into .venv")
        command = [str(VENV_PYTHON), "-m", "pip", "install", "--disable-pip-version-check"]
        if subprocess.run(command + requirements, cwd=str(ROOT)).returncode != 0:
            raise TaskError("Installing PyInstaller failed (see pip's messages above).")
        BUNDLE_STAMP.write_text(wanted, encoding="utf-8")
    # the translation catalogs the program reads, compiled and cached before they are frozen in
    warm = "from app import i18n; i18n.build_qm(); i18n._catalog('zh'); i18n._catalog('bo')"
    subprocess.run([str(VENV_PYTHON), "-c", warm], cwd=str(ROOT), check=False)
    say("building the program folder with PyInstaller (a few minutes)")
    command = [
        str(VENV_PYTHON),
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(ROOT / "dist"),
        "--workpath",
        str(ROOT / "build" / "pyinstaller"),
        str(ROOT / "bundling" / "dualbase.spec"),
    ]
    if subprocess.run(command, cwd=str(ROOT)).returncode != 0:
        raise TaskError("PyInstaller could not build the program folder (see its messages above).")
    # The frozen catalogs must look newer than their .ts (PyInstaller gives every file one time),
    # or the program would parse the .ts at each start.
    for cache in BUNDLE_DIR.rglob("*.catalog.json"):
        ts = cache.with_name(cache.name.replace(".catalog.json", ".ts"))
        if ts.exists():
            later = ts.stat().st_mtime + 2
            os.utime(str(cache), (later, later))
    size = sum(f.stat().st_size for f in BUNDLE_DIR.rglob("*") if f.is_file() and not f.is_symlink())
    say("built %s (%.0f MB); copy that whole folder to the office computer" % (BUNDLE_DIR, size / 2**20))
    if not check:
        return 0
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["DUALBASE_BUNDLE"] = str(BUNDLE_DIR)
    command = [str(VENV_PYTHON), "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/bundling/test_bundle_smoke.py"]
    return subprocess.run(command, cwd=str(ROOT), env=env).returncode


# --- entry -----------------------------------------------------------------------------------


def main(argv):
    make_console_safe()
    if not argv or argv[0] in ("-h", "--help", "help"):
        print(USAGE)
        return 0 if argv else 2
    command, rest = argv[0], argv[1:]
    if command == "run":
        return run_program(rest)
    if command == "test":
        return run_tests(rest)
    if command == "bundle":
        return make_bundle(rest)
    if command == "kit":
        return make_kit(rest)
    print("unknown command %r\n%s" % (command, USAGE), file=sys.stderr)
    return 2


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except TaskError as error:
        say(str(error))
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as error:  # noqa: BLE001 - the user gets a sentence, never a traceback
        say("stopped unexpectedly: %s: %s" % (type(error).__name__, error))
        sys.exit(1)
