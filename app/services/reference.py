"""Reference data for forms and labels: enumerations, products, settings (all from the database)."""

from __future__ import annotations


from typing import TYPE_CHECKING

from app.domain.errors import Named
from app.i18n import join_bilingual
from storage import reference

if TYPE_CHECKING:
    from app.domain.products import LoanProduct
    from app.services.workspace import Workspace


class ReferenceService:
    def __init__(self, ws: Workspace):
        self.ws = ws
        self._enum_cache: dict[str, list[dict]] = {}

    def enums(self, kind: str) -> list[dict]:
        if kind not in self._enum_cache:
            self._enum_cache[kind] = reference.enum_rows(self.ws.db, kind)
        return self._enum_cache[kind]

    def codes(self, kind: str) -> set[str]:
        return {r["code"] for r in self.enums(kind)}

    def label(self, kind: str, code: str | None, mode: str = "zh", tibetan_first: bool = True) -> str:
        """An enumeration value in a display mode ("zh", "bo", "both", "en")."""
        if code is None or code == "":
            return ""
        for r in self.enums(kind):
            if r["code"] == code:
                return labelled(r, mode, tibetan_first)
        return str(code)

    def products(self) -> list[LoanProduct]:
        from app.domain.products import LoanProduct  # here: the status bar's setting at start-up needs none

        return [LoanProduct.from_row(r) for r in reference.product_rows(self.ws.db)]

    def product(self, code: str) -> LoanProduct | None:
        row = reference.product_row(self.ws.db, code)
        from app.domain.products import LoanProduct

        return LoanProduct.from_row(row) if row else None

    def product_label(self, code: str, mode: str = "zh") -> str:
        row = reference.product_row(self.ws.db, code)
        return labelled(row, mode) if row else code

    # -- names for messages: both scripts, the front end picks (app.domain.errors.Named) ---------
    def named(self, kind: str, code: str | None) -> Named:
        """An enumeration value's name in both scripts, for a problem's parameters."""
        return Named(self.label(kind, code, "zh"), self.label(kind, code, "bo"), self.label(kind, code, "en"))

    def named_all(self, kind: str) -> dict[str, Named]:
        """code → name in both scripts, of every value of an enumeration."""
        return {r["code"]: self.named(kind, r["code"]) for r in self.enums(kind)}

    def product_named(self, code: str) -> Named:
        """A loan product's name in both scripts, for a problem's parameters."""
        return Named(self.product_label(code, "zh"), self.product_label(code, "bo"), self.product_label(code, "en"))

    def villages(self) -> list[dict]:
        """The villages households can belong to (forms' village combos, filter bars)."""
        from storage import villages

        return villages.all_rows(self.ws.db)

    def setting(self, key: str, default=None):
        return self.ws.db.get_setting(key, default)

    def set_setting(self, key: str, value) -> None:
        self.ws.db.set_setting(key, value)

    def clear_cache(self) -> None:
        self._enum_cache.clear()


def labelled(row: dict, mode: str, tibetan_first: bool = True) -> str:
    if mode == "both":
        return join_bilingual(row["name_zh"], row["name_bo"], tibetan_first)
    return row.get(f"name_{mode}") or row["name_zh"]
