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

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.i18n import N_
from app.services.roster.columns import (
    FIELDS, FIELD_BY_KEY, IMPORT_FIELDS, find_header, header_cells, layout_key, remember_mapping,
    remembered_mapping)
from app.services.roster.errors_xlsx import write_errors_xlsx
from app.services.roster.importer import ImportResult, iter_import, run_import, summary
from app.services.roster.plan import ImportOptions, Plan, build_plan, iter_plan
from app.services.roster.safety import FileInfo, Limits, RosterFileError, check_file
from app.services.roster.workbook import Sheet, Workbook, column_letter

__all__ = [
    "FIELDS", "FIELD_BY_KEY", "IMPORT_FIELDS", "FileInfo", "ImportOptions", "ImportResult", "Limits", "Plan",
    "Prepared", "RosterFileError", "Sheet", "Workbook", "build_plan", "check_file", "column_letter",
    "find_header", "iter_import", "iter_plan", "layout_key", "limits_for", "open_roster", "prepare",
    "remember_mapping", "remembered_mapping", "run_import", "summary", "write_errors_xlsx",
]


def limits_for(ws) -> Limits:
    return Limits.from_settings(ws.reference.setting)


def open_roster(ws, path: str | Path) -> Workbook:
    """The roster file checked and opened (RosterFileError with a sentence when it cannot be used)."""
    return Workbook.open(path, limits_for(ws))


@dataclass
class Prepared:
    sheet: Sheet
    header_row: int                # Excel row number; 0: no header row recognised
    headers: list[str]
    mapping: dict[int, str]        # column index → field key
    source: str                    # "remembered" | "matched" | "none"

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


def prepare(ws, book: Workbook, sheet: str | None = None, header_row: int | None = None) -> Prepared:
    """Read `sheet` (default: the first with data), find its header row (or take `header_row`),
    and match the columns — with the mapping remembered for this header layout when there is one."""
    name = sheet or book.first_sheet_with_data()
    data = book.read(name)
    if header_row is None:
        guess = find_header(data.rows)
        header_row, matched = guess.row, guess.mapping
    else:
        from app.services.roster.columns import score_row

        matched = score_row(data.rows[header_row - 1])[1] if 0 < header_row <= len(data.rows) else {}
    headers = header_cells(data.rows, header_row)
    remembered = remembered_mapping(ws.reference.setting, headers) if headers else None
    if remembered:
        return Prepared(data, header_row, headers, remembered, "remembered")
    return Prepared(data, header_row, headers, matched, "matched" if matched else "none")


def no_header_error(book: Workbook, sheet: str) -> RosterFileError:
    return RosterFileError(N_(
        "No header row was found in the sheet {sheet} of {name}: none of its first rows names columns such as "
        "户主姓名 or 身份证号码. Choose the header row and the columns in the import wizard."),
        sheet=sheet, name=book.info.path.name)


def missing_columns_error(book: Workbook, sheet: str) -> RosterFileError:
    return RosterFileError(N_(
        "The sheet {sheet} of {name} has no column for the household head's name or for the ID number, so its "
        "rows cannot be matched to households. Name the columns 户主姓名 and 身份证号码, or choose them in the "
        "import wizard."), sheet=sheet, name=book.info.path.name)


def field_label(key: str) -> str:
    """The English source label of a field key (translated where shown)."""
    f = FIELD_BY_KEY.get(key)
    return f.label if f else key


def cell_text(value: Any) -> str:
    from app.services.roster.values import clean_text

    return clean_text(value)
