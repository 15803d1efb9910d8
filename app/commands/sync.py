"""`sync export`, `sync import`, `sync status`, `sync history`, `sync conflicts`: upward sync over a
USB stick, and the township's conflicts between its villages."""

from __future__ import annotations

import sys
from pathlib import Path

from app import cli
from app.i18n import N_


def register(sub) -> None:
    p = sub.add_parser("sync", help="sync packages: make one for the office above, import from below")
    ss = p.add_subparsers(dest="sync_command", metavar="ACTION", required=True)

    e = ss.add_parser("export", help="write this office's next sync package; prints its path")
    e.add_argument("--out", required=True, type=Path, help="folder (e.g. the USB stick)")
    e.add_argument(
        "--passphrase-file",
        type=Path,
        help="file holding a passphrase to encrypt the package with, instead of the office above's key "
        "(offices set-upper)",
    )
    e.add_argument("--period", help="month reported, YYYY-MM (default: the month being reported now)")
    e.add_argument("--full", action="store_true", help="every record again (when the previous package was lost)")
    e.set_defaults(handler=run_export)

    d = ss.add_parser(
        "export-down",
        help="write the package for an office below: questions and decisions on its conflicts, the policy table",
    )
    d.add_argument("--to", required=True, metavar="OFFICE", help="the office code of the office below")
    d.add_argument("--out", required=True, type=Path, help="folder (e.g. the USB stick)")
    d.add_argument("--passphrase-file", type=Path, help="file holding the passphrase (encrypts the package)")
    d.set_defaults(handler=run_export_down)

    i = ss.add_parser(
        "import", help="verify and import sync packages from the offices below, or the package from the office above"
    )
    i.add_argument("files", nargs="+", type=Path, metavar="FILE")
    i.add_argument("--passphrase-file", type=Path)
    i.add_argument("--dry-run", action="store_true", help="check and report, store nothing")
    i.set_defaults(handler=run_import)

    s = ss.add_parser("status", help="which offices below have sent their package for a month")
    s.add_argument("--month", help="YYYY-MM (default: the month being reported now)")
    s.set_defaults(handler=run_status)

    h = ss.add_parser("history", help="packages made and imported here")
    h.add_argument("--limit", type=cli.count_option(1), default=50)
    h.set_defaults(handler=run_history)

    c = ss.add_parser("conflicts", help="households that came from two offices below: list, resolve")
    cs = c.add_subparsers(dest="conflicts_command", metavar="ACTION", required=True)
    cl = cs.add_parser("list", help="the household conflicts not yet resolved (--all: every one)")
    cl.add_argument("--all", action="store_true")
    cl.add_argument("--full-id", action="store_true", help="show full ID numbers (roles allowed only)")
    cl.set_defaults(handler=run_conflicts_list)
    cr = cs.add_parser("resolve", help="resolve one conflict (its id as listed, or its first characters)")
    cr.add_argument("conflict")
    cr.add_argument(
        "action",
        choices=("keep_local", "keep_incoming", "moved", "ask"),
        help="keep_local: the version here; keep_incoming: the other; moved: the household "
        "moved (see --to), its loans and history follow; ask: send the question to the villages",
    )
    cr.add_argument(
        "--to",
        choices=("incoming", "local"),
        default="incoming",
        help="with moved: the version of the village the household moved to (default: incoming)",
    )
    cr.add_argument("--note", default="", help="why, or the question for the villages")
    cr.set_defaults(handler=run_conflicts_resolve)

    q = ss.add_parser("questions", help="questions from the office above about households here: list, answer")
    qs = q.add_subparsers(dest="questions_command", metavar="ACTION", required=True)
    ql = qs.add_parser("list", help="the questions not yet answered (--all: every one, with the decisions applied)")
    ql.add_argument("--all", action="store_true")
    ql.set_defaults(handler=run_questions_list)
    qa = qs.add_parser("answer", help="answer a question (its id as listed, or its first characters)")
    qa.add_argument("question")
    qa.add_argument("text", help="the answer; it goes up in the next package")
    qa.set_defaults(handler=run_questions_answer)


def read_passphrase(path: Path | None, lang: str) -> str | None:
    from app.domain.errors import ValidationError

    if path is None:
        return None
    try:
        phrase = cli.first_line(path)
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(
            "passphrase_file", N_("The passphrase file {path} cannot be read."), path=str(path)
        ) from exc
    if not phrase.strip():
        raise ValidationError("passphrase_file", N_("The passphrase file {path} is empty."), path=str(path))
    return phrase


def run_export(args) -> int:
    from app.services import sync

    phrase = read_passphrase(args.passphrase_file, args.lang)
    ws = cli.open_workspace(args)
    try:
        result = sync.export_package(ws, args.out, passphrase=phrase, period=args.period, full=args.full)
    finally:
        ws.close()
    print(result.path)
    total = sum(v for k, v in result.counts.items() if k != "audit_log")
    from exports.usb import on_removable_drive

    print(
        cli.say(
            N_(
                "Package {sequence} for {period}: {total} records, {audit} audit entries{enc}. "
                "The file is written and checked."
            ),
            args.lang,
            sequence=result.sequence,
            period=result.period,
            total=total,
            audit=result.counts.get("audit_log", 0),
            enc=cli.say(N_(", encrypted for office {code}"), args.lang, code=result.recipient)
            if result.encryption == "recipient"
            else cli.say(N_(", encrypted with the passphrase"), args.lang),
        ),
        file=sys.stderr,
    )
    if on_removable_drive(result.path):
        print(cli.say(N_("The USB stick can be removed."), args.lang), file=sys.stderr)
    return 0


def run_import(args) -> int:
    from app.services import sync

    phrase = read_passphrase(args.passphrase_file, args.lang)
    ws = cli.open_workspace(args)
    try:
        reports = sync.import_packages(ws, args.files, passphrase=phrase, dry_run=args.dry_run)
    finally:
        ws.close()
    for r in reports:
        for line in r.lines(args.lang):
            print(line)
    rejected = [r for r in reports if r.rejected]
    if rejected:
        print(
            cli.say(N_("{n} of {total} packages were rejected."), args.lang, n=len(rejected), total=len(reports)),
            file=sys.stderr,
        )
        return 1
    return 0


def run_export_down(args) -> int:
    from app.services import sync_down

    phrase = read_passphrase(args.passphrase_file, args.lang)
    ws = cli.open_workspace(args)
    try:
        result = sync_down.export_down(ws, args.to, args.out, passphrase=phrase)
    finally:
        ws.close()
    print(result.path)
    print(
        cli.say(
            N_(
                "Package {sequence} for office {office}: {questions} questions, {decisions} decisions, "
                "{policies} policy versions{enc}. The file is written and checked."
            ),
            args.lang,
            sequence=result.sequence,
            office=result.recipient,
            questions=result.questions,
            decisions=result.decisions,
            policies=result.policies,
            enc=cli.say(N_(", encrypted for office {code}"), args.lang, code=result.recipient)
            if result.encryption == "recipient"
            else cli.say(N_(", encrypted with the passphrase"), args.lang),
        ),
        file=sys.stderr,
    )
    return 0


def run_questions_list(args) -> int:
    from app.services import sync_down

    ws = cli.open_workspace(args)
    try:
        rows = sync_down.questions(ws, open_only=not args.all)
        applied = sync_down.decisions(ws) if args.all else []
    finally:
        ws.close()
    lang = args.lang
    for q in rows:
        other = q["other"]
        print(f"{q['id'][:8]}\t{q['id_number_masked']}\t{q['name_zh'] or q['name_bo']}\t{q['question']}")
        print(
            "  "
            + cli.say(
                N_("also registered by office {office} ({name}), village {village}"),
                lang,
                office=other["office_code"],
                name=other["office_name_zh"] or other["office_name_bo"],
                village=other["village_zh"] or other["village_bo"] or "-",
            )
        )
        if q["answer"]:
            print("  " + cli.say(N_("answered: {answer}"), lang, answer=q["answer"]))
    for d in applied:
        other = d["other"]
        state = (
            cli.say(N_("kept here"), lang)
            if d["outcome"] == "kept"
            else cli.say(
                N_("left for office {office}, village {village}"),
                lang,
                office=other["office_code"],
                village=other["village_zh"] or other["village_bo"] or "-",
            )
        )
        print(f"{d['id'][:8]}\t{d['id_number_masked']}\t{d['name_zh'] or d['name_bo']}\t{state}")
    print(cli.say(N_("{count} questions."), lang, count=len(rows)))
    return 0


def run_questions_answer(args) -> int:
    from app.services import sync_down

    ws = cli.open_workspace(args)
    try:
        q = sync_down.answer(ws, args.question, args.text)
    finally:
        ws.close()
    print(cli.say(N_("Question {id} answered; the answer goes up in the next package."), args.lang, id=q["id"][:8]))
    return 0


def run_status(args) -> int:
    from app.services import sync

    ws = cli.open_workspace(args)
    try:
        month = sync.check_period(args.month) if args.month else ws.sync.default_period()
        rows = sync.reporting_status(ws, month)
    finally:
        ws.close()
    print(
        cli.say(
            N_("Packages for {month} (due {due}):"),
            args.lang,
            month=month,
            due=rows[0].due_on.isoformat() if rows else "-",
        )
    )
    for r in rows:
        state = N_("sent") if r.sent else N_("OVERDUE") if r.overdue else N_("not yet sent")
        print(f"{r.office['code']}\t{r.office['name_zh']}\t{cli.say(state, args.lang)}\t{r.last_package_at or '-'}")
    return 1 if any(r.overdue for r in rows) else 0


def run_history(args) -> int:
    from app.services import sync

    ws = cli.open_workspace(args)
    try:
        rows = sync.history(ws, args.limit)
    finally:
        ws.close()
    for r in rows:
        print(
            f"{(r['imported_at'] or r['created_at'])[:19]}\t{r['direction']}\t{r['status']}\t{r['sender_code']}"
            f"\t{r['sequence']}\t{r['period']}\t{r['package_name']}"
        )
    return 0


def _side_line(side, lang: str) -> str:
    name = side.name_zh or side.name_bo
    return cli.say(
        N_("{office} ({office_name}), village {village}: {name}, version {version}, {records} records"),
        lang,
        office=side.office_code,
        office_name=side.office_name,
        village=side.village or "-",
        name=name,
        version=side.version,
        records=side.records,
    )


def run_conflicts_list(args) -> int:
    from app.domain.idnumber import mask_id_number
    from app.services import sync_conflicts

    ws = cli.open_workspace(args)
    try:
        rows = sync_conflicts.list_conflicts(ws, open_only=not args.all)
        show_full = args.full_id and ws.can_see_full_id_numbers()
    finally:
        ws.close()
    lang = args.lang
    for c in rows:
        number = c["id_number"] if show_full else mask_id_number(c["id_number"])
        state = c["resolution"] or cli.say(N_("open"), lang)
        print(f"{c['id'][:8]}\t{number}\t{state}" + (f"\t{c['note']}" if c["note"] else ""))
        print("  " + cli.say(N_("here:"), lang) + " " + _side_line(c["local"], lang))
        print("  " + cli.say(N_("waiting:"), lang) + " " + _side_line(c["incoming"], lang))
        for r in c.get("replies", []):
            said = (
                cli.say(N_("answered: {answer}"), lang, answer=r["text"])
                if r["kind"] == "answer"
                else cli.say(N_("decision applied ({outcome})"), lang, outcome=r["text"])
            )
            print(f"  {r['office_code']}: {said}")
    print(cli.say(N_("{count} conflicts."), lang, count=len(rows)))
    return 0


def run_conflicts_resolve(args) -> int:
    from app.services import sync_conflicts

    ws = cli.open_workspace(args)
    try:
        c = sync_conflicts.resolve(ws, args.conflict, args.action, to=args.to, note=args.note)
    finally:
        ws.close()
    print(cli.say(N_("Conflict {id} resolved: {resolution}."), args.lang, id=c["id"][:8], resolution=c["resolution"]))
    return 0
