"""`python -m app` opens the GUI; `python -m app <command>` runs a headless command (app/cli.py);
`python -m app --smoke-test` opens the window on a scratch demo register and quits (ui/smoke.py)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """The single entry point of the program, GUI and CLI alike."""
    from app import cli

    cli.make_console_safe()  # Windows: a GBK console or pipe has no Tibetan (see there)
    argv = list(sys.argv[1:] if argv is None else argv)
    smoke_test = "--smoke-test" in argv  # the installer's check: open the window, then quit
    if smoke_test:
        argv.remove("--smoke-test")
    args = cli.parse(argv)
    if smoke_test and args.command is None:
        from ui.smoke import run_smoke_test

        return run_smoke_test(args)
    if args.command is None:
        try:
            from ui.app import run_gui
        except ImportError as exc:  # Qt missing or broken: say so, don't dump a trace
            print(f"The window cannot open: {exc}", file=sys.stderr)
            return 3
        return run_gui(args)
    return cli.run(args)


if __name__ == "__main__":
    sys.exit(main())
