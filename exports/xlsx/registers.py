"""Register exports to .xlsx: a register "as currently filtered in the GUI".

The caller passes the ordered ids of the list (``service.search_ids(text, **filters)``, the same
call the GUI's table model makes); rows are fetched 1,000 at a time (``service.rows``) and written
by an XlsxWriter workbook in constant_memory mode, so memory stays flat for 100,000 rows.

``export_register(ws, register, ids, out_path, mode="zh", full_ids=False)`` is a generator that
yields :class:`exports.common.Progress` after each batch (the GUI's worker shows it and may stop
the generator: closing it removes the temporary file and leaves no file under `out_path`).
``run(gen)`` drains such a generator and returns the last Progress.
"""
from __future__ import annotations

from typing import Iterable, Iterator

import xlsxwriter

from app import registry
from exports import common, usb
from exports.xlsx.sheet import Formats, RegisterSheet, sheet_name

BATCH = 1000
WORKBOOK_OPTIONS = {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
                    "strings_to_numbers": False}


def export_register(ws, register: str, ids: list[str], out_path, *, mode: str = "zh",
                    full_ids: bool = False) -> Iterator[common.Progress]:
    if register not in registry.REGISTERS:
        raise ValueError(f"unknown register {register!r}")
    entry = registry.register(register)   # its sheet title and columns
    id_format = common.id_formatter(ws, full_ids)  # PermissionDenied before any file is made
    service = ws.register_service(register)
    total = len(ids)
    with usb.safe_target(out_path) as target:
        # a failed or cancelled export is not closed (closing writes the whole file): the
        # workbook's scratch files go with it and safe_target removes the temporary file
        workbook = xlsxwriter.Workbook(target.temp, WORKBOOK_OPTIONS)
        formats = Formats(workbook, mode)
        sheet = RegisterSheet(ws, workbook, formats, sheet_name(entry.label, mode),
                              entry.columns, mode=mode, id_format=id_format)
        yield common.Progress(0, total, str(out_path))
        for start in range(0, total, BATCH):
            sheet.write_rows(service.rows(ids[start:start + BATCH]))
            yield common.Progress(min(start + BATCH, total), total, str(out_path))
        sheet.finish()
        workbook.close()
    yield common.Progress(total, total, str(out_path))


def run(steps: Iterable[common.Progress]) -> common.Progress | None:
    last = None
    for last in steps:
        pass
    return last
