"""Roster import (issue 8): the Excel/WPS rosters an office already keeps, brought into the register.

Steps, each usable on its own (the wizard shows one per page; the CLI runs them in a row):

1. :func:`open_roster` — the file checked (:mod:`.safety`: size, what it really is, macros, zip
   bomb) and opened with python-calamine (:mod:`.workbook`);
2. :func:`prepare` — a sheet read, its header row found and its columns matched
   (:mod:`.columns`; a mapping chosen before for the same header layout is used again);
3. :func:`~.plan.build_plan` — every row checked: the preview and the dry run (:mod:`.plan`);
4. :func:`~.importer.run_import` — the valid rows written in one transaction (:mod:`.importer`);
   :func:`~.errors_xlsx.write_errors_xlsx` — the rows to fix, as an .xlsx.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.i18n import N_
from app.services.roster.columns import (
    FIELDS,
    FIELD_BY_KEY,
    IMPORT_FIELDS,
    Reading,
    find_header,
    header_cells,
    layout_key,
    remember_mapping,
    remembered_mapping,
    settle_ambiguous,
)
from app.services.roster.errors_xlsx import write_errors_xlsx
from app.services.roster.importer import ImportResult, iter_import, run_import, summary
from app.services.roster.plan import ImportOptions, Plan, SheetPart, build_plan, iter_plan, iter_plan_sheets
from app.services.roster.safety import FileInfo, Limits, RosterFileError, check_file
from app.services.roster.workbook import Sheet, Workbook, column_letter

if TYPE_CHECKING:
    from app.services.workspace import Workspace

__all__ = [
    "FIELDS",
    "FIELD_BY_KEY",
    "IMPORT_FIELDS",
    "FileInfo",
    "ImportOptions",
    "ImportResult",
    "Limits",
    "Plan",
    "Prepared",
    "Reading",
    "SheetPart",
    "iter_plan_sheets",
    "plan_sheets",
    "prepare_sheets",
    "RosterFileError",
    "apply_choices",
    "matched_columns",
    "Sheet",
    "Workbook",
    "build_plan",
    "check_file",
    "column_letter",
    "find_header",
    "iter_import",
    "iter_plan",
    "layout_key",
    "limits_for",
    "open_roster",
    "prepare",
    "remember_mapping",
    "remembered_mapping",
    "run_import",
    "summary",
    "write_errors_xlsx",
]


def limits_for(ws: Workspace) -> Limits:
    return Limits.from_settings(ws.reference.setting)


def open_roster(ws: Workspace, path: str | Path) -> Workbook:
    """The roster file checked and opened (RosterFileError with a sentence when it cannot be used).
    A .csv is read by :mod:`.csv_book` (its encoding found from its bytes) as a one-sheet workbook."""
    return Workbook.open(path, limits_for(ws))


@dataclass
class Prepared:
    sheet: Sheet
    header_row: int  # Excel row number; 0: no header row recognised
    headers: list[str]
    mapping: dict[int, str]  # column index → field key
    source: str  # "remembered" | "matched" | "none"
    readings: list[Reading] = field(default_factory=list)  # ambiguous headers: how each was read

    @property
    def missing(self) -> list[str]:
        """Field keys an import cannot do without, not mapped (a name and an ID number)."""
        fields = set(self.mapping.values())
        out = []
        if not fields & {"name", "name_bo"}:
            out.append("name")
        if "id_number" not in fields:
            out.append("id_number")
        return out


def prepare(ws: Workspace, book: Workbook, sheet: str | None = None, header_row: int | None = None) -> Prepared:
    """Read `sheet` (default: the first with data), find its header row (or take `header_row`),
    and match the columns — with the mapping remembered for this header layout when there is one."""
    name = sheet or book.first_sheet_with_data()
    data = book.read(name)
    if sheet is None and header_row is None and not find_header(data.rows).row:
        # a cover or notes sheet first (说明, 封面): the first sheet whose header row is found
        for other in book.sheet_names[book.sheet_names.index(name) + 1 :]:
            try:
                candidate = book.read(other)
            except RosterFileError:
                continue
            if find_header(candidate.rows).row:
                data = candidate
                break
    if header_row is None:
        guess = find_header(data.rows)
        header_row, matched = guess.row, guess.mapping
    else:
        from app.services.roster.columns import score_row

        matched = score_row(data.rows[header_row - 1])[1] if 0 < header_row <= len(data.rows) else {}
    return matched_columns(ws, data, header_row, matched)


def matched_columns(ws: Workspace, data: Sheet, header_row: int, matched: dict[int, str]) -> Prepared:
    """The columns of `header_row`: the mapping the user chose for this header layout before, or
    the matched one with its ambiguous headers settled (:func:`~.columns.settle_ambiguous`)."""
    headers = header_cells(data.rows, header_row)
    remembered = remembered_mapping(ws.reference.setting, headers) if headers else None
    if remembered:
        return Prepared(data, header_row, headers, remembered, "remembered")
    mapping, readings = settle_ambiguous(headers, matched)
    return Prepared(data, header_row, headers, mapping, "matched" if mapping else "none", readings)


def apply_choices(prepared: Prepared, choices: list[str], *, missing_ok: bool = False) -> Prepared:
    """`HEADER=field` choices (the CLI's --map) over the matched mapping.  HEADER is the header's
    text or the column's letter; field is a field key, or ``ignore``.  RosterFileError names a
    header or a field that is not there."""
    from app.services.roster.columns import normalise_header

    mapping = dict(prepared.mapping)
    letters = {column_letter(i): i for i in range(max(len(prepared.headers), 1))}
    for choice in choices:
        head, sep, key = choice.partition("=")
        head, key = head.strip(), key.strip()
        if not sep or not head:
            raise RosterFileError(
                N_("Write each column choice as HEADER=field, such as 登记日期=household_registered_on.")
            )
        if key != "ignore" and key not in IMPORT_FIELDS:
            raise RosterFileError(
                N_("{field} is not a field of the import. The fields are: {fields}."),
                field=key,
                fields=", ".join(IMPORT_FIELDS + ("ignore",)),
            )
        cols = [i for i, h in enumerate(prepared.headers) if h and normalise_header(h) == normalise_header(head)]
        if not cols and head.upper() in letters:
            cols = [letters[head.upper()]]
        if not cols and missing_ok:
            continue  # several sheets: a choice for a header only some of them have
        if not cols:
            raise RosterFileError(
                N_("The sheet has no column headed {header}. Its headers are: {headers}."),
                header=head,
                headers=", ".join(h for h in prepared.headers if h),
            )
        for col in cols:
            if key == "ignore":
                mapping.pop(col, None)
                continue
            for other, f in list(mapping.items()):
                if f == key and other != col:
                    del mapping[other]  # a field comes from one column: the one chosen
            mapping[col] = key
    readings = [r for r in prepared.readings if mapping.get(r.column) == r.field]
    return Prepared(prepared.sheet, prepared.header_row, prepared.headers, mapping, prepared.source, readings)


def prepare_sheets(
    ws: Workspace, book: Workbook, sheets: list[str] | None, choices: list[str] = (), *, skip_unusable: bool = False
) -> tuple[list[Prepared], list[tuple[str, RosterFileError]]]:
    """Each of `sheets` (None: every sheet) read and its columns matched; the sheets that cannot
    be imported (no header row, no name or ID column) come back apart with the reason, so that a
    cover or notes sheet does not stop a workbook of one sheet per village."""
    ready: list[Prepared] = []
    left_out: list[tuple[str, RosterFileError]] = []
    for name in sheets or book.sheet_names:
        try:
            p = prepare(ws, book, name)
            if not p.header_row:
                raise no_header_error(book, name)
            if choices:
                p = apply_choices(p, list(choices), missing_ok=len(sheets or book.sheet_names) > 1)
            if p.missing:
                raise missing_columns_error(book, name)
        except RosterFileError as exc:
            if sheets and not skip_unusable:  # a sheet named on the command line: its problem is the answer
                raise
            left_out.append((name, exc))
            continue
        ready.append(p)
    return ready, left_out


def plan_sheets(ws: Workspace, prepared: list[Prepared], options: ImportOptions | None = None) -> Plan:
    """One plan over several prepared sheets (:func:`~.plan.iter_plan_sheets`), all at once."""
    gen = iter_plan_sheets(
        ws, [SheetPart(p.sheet.name, p.sheet.rows, p.header_row, p.mapping) for p in prepared], options
    )
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            return stop.value


def no_header_error(book: Workbook, sheet: str) -> RosterFileError:
    return RosterFileError(
        N_(
            "No header row was found in the sheet {sheet} of {name}: none of its first rows names columns such as "
            "户主姓名 or 身份证号码. Choose the header row and the columns in the import wizard."
        ),
        sheet=sheet,
        name=book.info.path.name,
    )


def missing_columns_error(book: Workbook, sheet: str) -> RosterFileError:
    return RosterFileError(
        N_(
            "The sheet {sheet} of {name} has no column for the household head's name or for the ID number, so its "
            "rows cannot be matched to households. Name the columns 户主姓名 and 身份证号码, or choose them in the "
            "import wizard."
        ),
        sheet=sheet,
        name=book.info.path.name,
    )


def field_label(key: str) -> str:
    """The English source label of a field key (translated where shown)."""
    f = FIELD_BY_KEY.get(key)
    return f.label if f else key


def cell_text(value: Any) -> str:
    from app.services.roster.values import clean_text

    return clean_text(value)
