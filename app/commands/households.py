"""`households add` and `households list`."""

from __future__ import annotations

import json

from app import cli


def register(sub) -> None:
    p = sub.add_parser("households", help="the household register")
    hs = p.add_subparsers(dest="households_command", metavar="ACTION", required=True)

    a = hs.add_parser("add", help="register a household; prints its id")
    a.add_argument("--name-zh", required=True)
    a.add_argument("--name-bo", default="")
    a.add_argument("--id-number", required=True)
    a.add_argument("--phone", default="")
    a.add_argument("--village", default=None, help="village name (created when new)")
    a.add_argument("--group", default="")
    a.add_argument("--status", default="general", help="registered_poor | lifted | monitored | general")
    a.add_argument("--size", type=int, default=None, help="household size")
    a.add_argument("--ethnicity", default=None)
    a.add_argument(
        "--registered-on", default=None, help="the household's registration date (建档立卡 / 登记日期), year-month-day"
    )
    a.set_defaults(handler=run_add)

    ls = hs.add_parser("list", help="list or search households")
    ls.add_argument("--search", default="")
    ls.add_argument("--limit", type=cli.count_option(1), default=50)
    ls.add_argument("--offset", type=cli.count_option(0), default=0)
    ls.add_argument("--sort", default="name")
    ls.add_argument("--format", choices=("table", "json"), default="table")
    ls.add_argument("--full-id", action="store_true", help="show full ID numbers (roles allowed only)")
    ls.set_defaults(handler=run_list)


def run_add(args) -> int:
    ws = cli.open_workspace(args)
    try:
        with ws.transaction():  # the village (if new) and the household: both or neither
            row = ws.households.create(
                {
                    "name_zh": args.name_zh,
                    "name_bo": args.name_bo,
                    "id_number": args.id_number,
                    "phone": args.phone,
                    "village": args.village,
                    "group_name": args.group,
                    "status": args.status,
                    "household_size": args.size,
                    "ethnicity": args.ethnicity,
                    "registered_on": args.registered_on,
                }
            )
        print(row["id"])
    finally:
        ws.close()
    return 0


def run_list(args) -> int:
    from app.domain.idnumber import mask_id_number

    ws = cli.open_workspace(args)
    try:
        page = ws.households.page(args.search, offset=args.offset, limit=args.limit, sort=args.sort)
        show_full = args.full_id and ws.can_see_full_id_numbers()
        rows = []
        for r in page.rows:
            rows.append(
                {
                    "id": r["id"],
                    "name_zh": r["name_zh"],
                    "name_bo": r["name_bo"],
                    "id_number": r["id_number"] if show_full else mask_id_number(r["id_number"]),
                    "phone": r["phone"],
                    "village": r["village_zh"] or "",
                    "status": r["status"],
                    "household_size": r["household_size"],
                    "registered_on": r["registered_on"],
                }
            )
        if args.format == "json":
            print(json.dumps({"total": page.total, "rows": rows}, ensure_ascii=False, indent=1))
        else:
            for r in rows:
                status = ws.reference.label("household_status", r["status"], args.lang)
                print("\t".join([r["name_zh"], r["name_bo"], r["id_number"], r["phone"], r["village"], status]))
            print(f"({len(rows)}/{page.total})")
    finally:
        ws.close()
    return 0
