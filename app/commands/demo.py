"""`demo`: fill the register with realistic Qinghai sample data."""

from __future__ import annotations

import sys
from datetime import date

from app import cli


def register(sub) -> None:
    p = sub.add_parser("demo", help="fill the register with realistic Qinghai demo data")
    p.add_argument("--households", type=int, default=2000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument(
        "--today",
        type=date.fromisoformat,
        default=None,
        help="anchor date (YYYY-MM-DD); data spreads over the year before it (four years from 5,000 households)",
    )
    p.add_argument("--quiet", action="store_true")
    p.set_defaults(handler=run_demo)


def run_demo(args) -> int:
    ws = cli.open_workspace(args)
    try:
        office = ws.require_office()

        def progress(done: int, total: int) -> None:
            if not args.quiet and sys.stderr.isatty():
                print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

        counts = ws.demo.fill(
            office_code=office["code"],
            households=args.households,
            seed=args.seed,
            today=args.today,
            user=ws.user or "demo",
            progress=progress,
        )
        if not args.quiet and sys.stderr.isatty():
            print(file=sys.stderr)
        print("\t".join(f"{k}={v}" for k, v in counts.__dict__.items()))
    finally:
        ws.close()
    return 0
