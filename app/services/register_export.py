"""A register as a document for its sheet: the rows of a list as filtered, with every label
resolved (app.domain.sheet_document).  The writer (exports.xlsx.registers.write_register) only
turns it into a file.

    write_register(document(ws, "loans", ids, mode="zh", full_ids=False), out_path)

`ids` are the ordered ids of the list (``ws.<register>.search_ids(text, **filters)``, the call the
window's table model makes); rows are read :data:`BATCH` at a time while the file is written, so
memory stays flat for 100,000 rows.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from app import registry
from app.domain import privacy
from app.domain.sheet_document import RegisterDocument, SheetLabels
from app.i18n import name_pair as pair  # the name-pair rule every document shares
from app.registry import Column
from storage import villages

if TYPE_CHECKING:
    from app.services.workspace import Workspace

BATCH = 1000


def sheet_labels(ws: Workspace, mode: str, columns: tuple[Column, ...]) -> SheetLabels:
    """The labels a sheet of `columns` writes in `mode`: the enumerations they name, the loan
    products and the villages."""
    kinds = {c.kind[5:] for c in columns if c.kind.startswith("enum:")}
    if any(c.kind == "topics" for c in columns):
        kinds.add("literacy_topic")
    ref = ws.reference
    enums = {kind: {r["code"]: ref.label(kind, r["code"], mode) for r in ref.enums(kind)} for kind in kinds}
    products = {p.code: ref.product_label(p.code, mode) for p in ref.products()}

    village_names = {v["id"]: pair(v["name_zh"], v["name_bo"], mode) for v in villages.all_rows(ws.db)}
    return SheetLabels(mode, enums, products, village_names)


def document(
    ws: Workspace, register: str, ids: list[str], *, mode: str = "zh", full_ids: bool = False
) -> RegisterDocument:
    """The sheet of `register` for the rows `ids`, in that order (PermissionDenied for full ID
    numbers the user's role may not see, before anything is read)."""
    if register not in registry.REGISTERS:
        raise ValueError(f"unknown register {register!r}")

    id_format = privacy.id_formatter(ws.can_see_full_id_numbers(), full_ids)
    entry = registry.register(register)
    service = ws.register_service(register)
    ids = list(ids)

    def batches() -> Iterator[list[dict]]:
        for start in range(0, len(ids), BATCH):
            yield service.rows(ids[start : start + BATCH])

    import datetime as _dt

    office = ws.office or {}
    return RegisterDocument(
        register,
        entry.label,
        entry.columns,
        mode,
        sheet_labels(ws, mode, entry.columns),
        id_format,
        len(ids),
        batches(),
        office=pair(office.get("name_zh"), office.get("name_bo"), mode),
        made_on=_dt.date.today().isoformat(),
    )
