"""The offline kit: every wheel the program needs, for an office whose laptop has Python but no
network (issue #22). Run by `python3 tasks.py kit` with the project's own Python (.venv).

    python tools/kit.py build --out DIR --platform win_amd64 [--python 3.11,3.12,3.13]
    python tools/kit.py build --out DIR --platform host          # this computer's platform
    python tools/kit.py check --kit DIR --platform win_amd64 [--python 3.11,...]

`build` puts the project's own wheel and every dependency's wheel (binary only) into DIR.
pip alone is not enough for another platform: `pip download --platform win_amd64` evaluates
environment markers against the computer it runs on, so a dependency needed only on Windows
(`colorama; platform_system == "Windows"`, wanted by click, wanted by sqlite-utils) is silently
left out and the office's install fails. So `check` walks the kit's own wheels — their
Requires-Dist with markers evaluated for the TARGET (Windows, that Python) and their tags
matched to it — and `build` downloads whatever that walk finds missing, until nothing is.
`check` also asks pip for a dry-run install from the kit alone (--no-index), as a second opinion.
"""

from __future__ import annotations

import argparse
import email.parser
import subprocess
import sys
import tempfile
import tomllib
import zipfile
from dataclasses import dataclass
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.tags import Tag, compatible_tags, cpython_tags, sys_tags
from packaging.utils import canonicalize_name, parse_wheel_filename

ROOT = Path(__file__).resolve().parent.parent
PROJECT = "dual-base-ledger"
DEFAULT_PYTHONS = ("3.11", "3.12", "3.13")

# Marker values of each target, as that platform's Python would report them.
TARGET_ENV = {
    "win_amd64": {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt", "platform_machine": "AMD64"},
    "win32": {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt", "platform_machine": "x86"},
}


class KitError(Exception):
    """A sentence for the person building or checking the kit."""


@dataclass(frozen=True)
class Target:
    platform: str  # a wheel platform tag (win_amd64) or "host"
    python: str  # "3.11"

    @property
    def version(self) -> tuple[int, int]:
        major, minor = self.python.split(".")[:2]
        return int(major), int(minor)

    def environment(self) -> dict[str, str]:
        env = dict(default_environment())
        env.update(
            python_version=self.python,
            python_full_version=f"{self.python}.0",
            implementation_name="cpython",
            platform_python_implementation="CPython",
        )
        env.update(TARGET_ENV.get(self.platform, {}))
        return env

    def tags(self) -> set[Tag]:
        if self.platform == "host":
            return set(sys_tags())
        nodot = f"{self.version[0]}{self.version[1]}"
        platforms = [self.platform]
        return set(cpython_tags(self.version, abis=[f"cp{nodot}", "abi3", "none"], platforms=platforms)) | set(
            compatible_tags(self.version, interpreter=f"cp{nodot}", platforms=platforms)
        )

    def pip_target_args(self) -> list[str]:
        if self.platform == "host":
            return []
        return [
            "--platform",
            self.platform,
            "--python-version",
            self.python,
            "--implementation",
            "cp",
            "--only-binary=:all:",
        ]


@dataclass
class Wheel:
    path: Path
    name: str
    version: object
    tags: frozenset

    def requires(self) -> list[Requirement]:
        with zipfile.ZipFile(self.path) as archive:
            meta_name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA") and n.count("/") == 1)
            meta = email.parser.Parser().parsestr(archive.read(meta_name).decode("utf-8"))
        return [Requirement(line) for line in meta.get_all("Requires-Dist") or []]


def wheels_in(folder: Path) -> list[Wheel]:
    found = []
    for path in sorted(folder.glob("*.whl")):
        name, version, _build, tags = parse_wheel_filename(path.name)
        found.append(Wheel(path, canonicalize_name(name), version, frozenset(tags)))
    return found


def missing(folder: Path, target: Target) -> list[Requirement]:
    """Requirements (the project's, then transitively its dependencies') with no wheel in the kit
    that installs on `target`; [] when the kit is complete for it."""
    usable = target.tags()
    wheels = [w for w in wheels_in(folder) if w.tags & usable]
    env = target.environment()
    gaps: list[Requirement] = []
    seen: set[str] = set()
    queue = [Requirement(PROJECT)]
    while queue:
        req = queue.pop(0)
        name = canonicalize_name(req.name)
        if name in seen:
            continue
        seen.add(name)
        matches = [w for w in wheels if w.name == name and req.specifier.contains(w.version, prereleases=True)]
        if not matches:
            gaps.append(req)
            continue
        best = max(matches, key=lambda w: w.version)
        for dep in best.requires():
            wanted_env = dict(env, extra="")
            if dep.marker is None or dep.marker.evaluate(wanted_env):
                queue.append(Requirement(f"{dep.name}{dep.specifier}"))
    return gaps


def project_requirements(root: Path) -> list[str]:
    with open(root / "pyproject.toml", "rb") as handle:
        return list(tomllib.load(handle)["project"]["dependencies"])


def pip(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pip", "--disable-pip-version-check", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def build(out: Path, platform: str, pythons: list[str], root: Path = ROOT) -> list[str]:
    """Fill `out` with the kit; returns the wheel file names. Raises KitError on failure."""
    out.mkdir(parents=True, exist_ok=True)
    result = pip("wheel", "--no-deps", "--wheel-dir", str(out), str(root))
    if result.returncode != 0:
        raise KitError("Building the program's own wheel failed:\n" + result.stdout[-2000:])
    targets = [Target(platform, py) for py in pythons]
    for target in targets:
        result = pip("download", "--dest", str(out), *target.pip_target_args(), *project_requirements(root))
        if result.returncode != 0:
            raise KitError(
                f"Downloading the wheels for {platform} / Python {target.python} failed "
                "(is the network reachable?):\n" + result.stdout[-2000:]
            )
        for _round in range(5):  # what pip left out for the target's markers, and theirs
            gaps = missing(out, target)
            if not gaps:
                break
            for req in gaps:
                result = pip("download", "--no-deps", "--dest", str(out), *target.pip_target_args(), str(req))
                if result.returncode != 0:
                    raise KitError(
                        f"No wheel of {req} for {platform} / Python {target.python}:\n" + result.stdout[-2000:]
                    )
        else:
            raise KitError(
                f"The kit is still incomplete for Python {target.python}: " + ", ".join(map(str, missing(out, target)))
            )
    names = sorted(p.name for p in out.glob("*.whl"))
    (out / "KIT.txt").write_text(
        "双基台账 · Dual-Base Ledger — offline kit\n"
        f"platform: {platform}; Python: {', '.join(pythons)}\n"
        "Install without network, from the project folder:\n"
        f"    py tasks.py run --kit <this folder>      (Linux: python3 tasks.py run --kit <folder>)\n\n"
        + "\n".join(names)
        + "\n",
        encoding="utf-8",
    )
    return names


def check(kit: Path, platform: str, pythons: list[str]) -> list[str]:
    """Problems of the kit for each target ([] when it installs everywhere)."""
    problems = []
    for py in pythons:
        target = Target(platform, py)
        gaps = missing(kit, target)
        if gaps:
            problems.append(f"Python {py} on {platform}: no wheel for " + ", ".join(map(str, gaps)))
            continue
        with tempfile.TemporaryDirectory() as scratch:
            args = [
                "install",
                "--dry-run",
                "--ignore-installed",
                "--no-index",
                "--find-links",
                str(kit),
                "--target",
                scratch,
                *target.pip_target_args(),
            ]
            if platform != "host":
                args += ["--only-binary=:all:"]
            result = pip(*args, PROJECT)
        if result.returncode != 0:
            problems.append(
                f"Python {py} on {platform}: pip cannot install from the kit alone:\n" + result.stdout[-1500:]
            )
    return problems


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="kit.py", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("build", "check"):
        cmd = sub.add_parser(name)
        cmd.add_argument("--out" if name == "build" else "--kit", type=Path, required=True)
        cmd.add_argument(
            "--platform", default="host", help="wheel platform tag such as win_amd64, or host (this computer)"
        )
        cmd.add_argument(
            "--python",
            default=None,
            help="comma-separated Python versions (default: 3.11,3.12,3.13; host: this Python)",
        )
    args = parser.parse_args(argv)
    if args.python:
        pythons = [p.strip() for p in args.python.split(",") if p.strip()]
    elif args.platform == "host":
        pythons = ["%d.%d" % sys.version_info[:2]]
    else:
        pythons = list(DEFAULT_PYTHONS)
    try:
        if args.command == "build":
            names = build(args.out, args.platform, pythons)
            problems = check(args.out, args.platform, pythons)
            if problems:
                raise KitError("\n".join(problems))
            size = sum(p.stat().st_size for p in args.out.glob("*.whl"))
            print(f"kit ready: {len(names)} wheels, {size / 2**20:.0f} MB, in {args.out}")
            return 0
        problems = check(args.kit, args.platform, pythons)
        if problems:
            print("\n".join(problems), file=sys.stderr)
            return 1
        print(f"kit complete for {args.platform}, Python {', '.join(pythons)}")
        return 0
    except KitError as error:
        print(str(error), file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
