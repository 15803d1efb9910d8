"""Register exports to .xlsx: a register "as currently filtered in the GUI".

The register export service (app.services.register_export.document) builds the document: the
ordered ids of the list, every label resolved, ID numbers as the user may see them, the rows in
batches of 1,000.  :func:`write_register` writes it with an XlsxWriter workbook in
constant_memory mode, so memory stays flat for 100,000 rows, and asks nothing of the register.

``write_register(doc, out_path)`` is a generator that yields :class:`exports.common.Progress`
after each batch (the GUI's worker shows it and may stop the generator: closing it removes the
temporary file and leaves no file under `out_path`).  ``run(gen)`` drains such a generator and
returns the last Progress.
"""

from __future__ import annotations

from typing import Iterable, Iterator

import xlsxwriter

from app.domain.sheet_document import RegisterDocument
from app import safe_write
from exports import common
from exports.xlsx.sheet import Formats, RegisterSheet, sheet_name

BATCH = 1000
WORKBOOK_OPTIONS = {
    "constant_memory": True,
    "strings_to_formulas": False,
    "strings_to_urls": False,
    "strings_to_numbers": False,
}


def write_register(doc: RegisterDocument, out_path) -> Iterator[common.Progress]:
    total, mode = doc.total, doc.mode
    with safe_write.safe_target(out_path) as target:
        # a failed or cancelled export is not closed (closing writes the whole file): the
        # workbook's scratch files go with it and safe_target removes the temporary file
        workbook = xlsxwriter.Workbook(target.temp, WORKBOOK_OPTIONS)
        title = common.text(doc.title, mode)
        workbook.set_properties(
            {"title": title, "author": doc.office, "company": doc.office, "comments": "Dual-Base Ledger"}
        )
        formats = Formats(workbook, mode)
        sheet = RegisterSheet(
            doc.labels,
            workbook,
            formats,
            sheet_name(doc.title, mode),
            doc.columns,
            mode=mode,
            id_format=doc.id_format,
            office=doc.office,
            period=doc.made_on,
            title=title,
        )
        yield common.Progress(0, total, str(out_path))
        done = 0
        for rows in doc.batches:
            sheet.write_rows(rows)
            done = min(done + BATCH, total)
            yield common.Progress(done, total, str(out_path))
        sheet.finish()
        workbook.close()
    yield common.Progress(total, total, str(out_path))


def run(steps: Iterable[common.Progress]) -> common.Progress | None:
    last = None
    for last in steps:
        pass
    return last
