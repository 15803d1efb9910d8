"""`offices export-key`, `offices add-subordinate`, `offices set-upper`, `offices list`: the keys
that sign packages and that packages are encrypted to."""

from __future__ import annotations

from app import cli
from app.i18n import N_


def register(sub) -> None:
    p = sub.add_parser("offices", help="this office's key and the offices registered below it")
    os_ = p.add_subparsers(dest="offices_command", metavar="ACTION", required=True)

    e = os_.add_parser("export-key", help="write this office's public key and identity to a file")
    e.add_argument("--out", required=True, help="file (or folder) to write the key file to")
    e.set_defaults(handler=run_export_key)

    a = os_.add_parser("add-subordinate", help="register an office below this one from its key file")
    a.add_argument("--key-file", required=True)
    a.set_defaults(handler=run_add_subordinate)

    u = os_.add_parser(
        "set-upper",
        help="register the office directly above this one from its key file: this office's packages are "
        "encrypted to it, and what it sends down is checked against it",
    )
    u.add_argument("--key-file", required=True)
    u.set_defaults(handler=run_set_upper)

    ls = os_.add_parser("list", help="this office, the office above it and the offices registered below it")
    ls.set_defaults(handler=run_list)


def office_name(row: dict, lang: str) -> str:
    from app.i18n import join_bilingual

    if lang == "bo":
        return row.get("name_bo") or row["name_zh"]
    if lang == "both":
        return join_bilingual(row["name_zh"], row.get("name_bo") or "")
    return row["name_zh"] or row.get("name_bo") or ""


def run_export_key(args) -> int:
    ws = cli.open_workspace(args)
    try:
        ws.require_office()
        data = ws.offices.export_key(args.out)
    finally:
        ws.close()
    print(data["path"])
    print(
        cli.say(
            N_("Key fingerprint of office {code}: {fingerprint}"),
            args.lang,
            code=data["code"],
            fingerprint=data["fingerprint"],
        )
    )
    return 0


def run_add_subordinate(args) -> int:
    ws = cli.open_workspace(args)
    try:
        ws.require_office()
        row = ws.offices.add_subordinate(args.key_file)
    finally:
        ws.close()
    print(
        cli.say(
            N_("Registered office {code} ({name}) below this office."),
            args.lang,
            code=row["code"],
            name=office_name(row, args.lang),
        )
    )
    _tell_key(row, args.lang)
    return 0


def _tell_key(row: dict, lang: str) -> None:
    """The registered key's fingerprint to compare by phone, and the one it replaced, if any."""
    print(
        cli.say(
            N_("Key fingerprint: {fingerprint} — compare it with the one the office reads out."),
            lang,
            fingerprint=row["fingerprint"],
        )
    )
    if row["replaced_key"]:
        print(
            cli.say(N_("This replaces the key registered before (fingerprint {old})."), lang, old=row["replaced_key"])
        )


def run_set_upper(args) -> int:
    ws = cli.open_workspace(args)
    try:
        ws.require_office()
        row = ws.offices.set_upper(args.key_file)
    finally:
        ws.close()
    print(
        cli.say(
            N_(
                "Registered office {code} ({name}) as the office above this one: this office's packages are now "
                "encrypted to it, and what it sends down is checked against its key."
            ),
            args.lang,
            code=row["code"],
            name=office_name(row, args.lang),
        )
    )
    _tell_key(row, args.lang)
    return 0


def run_list(args) -> int:
    from app.services import keys

    ws = cli.open_workspace(args)
    try:
        local = ws.require_office()
        upper = ws.offices.upper()
        # "*" this office, "^" the office above (packages are encrypted to it), " " those below
        rows = [("^", upper)] if upper else []
        rows += [("*", local)] + [(" ", r) for r in ws.offices.subordinates(local["code"])]
        for mark, r in rows:
            fp = keys.fingerprint(r["public_key"]) if r.get("public_key") else "-"
            print(f"{mark} {r['code']}\t{r['level']}\t{r['name_zh']}\t{r['name_bo']}\t{fp}")
    finally:
        ws.close()
    return 0
