"""The visit list (走访清单): the loans an office should call on — overdue, or falling due soon — as
a document the writers in exports/ turn into a PDF or a sheet.  Built by the loan book service;
nothing here reads the database."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.i18n import N_

TITLE = N_("Visit list: loans due and overdue")
OVERDUE_SECTION = N_("Overdue")
DUE_SECTION = N_("Falling due in the next {days} days")
NOTHING = N_("No loan is overdue or falls due in this period.")
#: the columns of a visit list row: (key, header)
COLUMNS = (
    ("village", N_("Village")),
    ("group", N_("Group")),
    ("household", N_("Household")),
    ("phone", N_("Phone")),
    ("product", N_("Loan product")),
    ("balance", N_("Balance (yuan)")),
    ("due", N_("Due on")),
    ("days", N_("Days overdue")),
    ("visited", N_("Visited on / result")),
)


@dataclass
class VisitRow:
    village: str
    village_bo: str
    group: str
    household_zh: str
    household_bo: str
    phone: str
    product_code: str
    balance_fen: int
    due_on: str
    days_overdue: int
    ageing: str | None


@dataclass
class VisitList:
    office_zh: str
    office_bo: str
    as_of: str
    within_days: int
    village: str = ""
    #: product code → its label in the language mode the list was made for
    products: dict[str, str] = field(default_factory=dict)
    overdue: list[VisitRow] = field(default_factory=list)
    due_soon: list[VisitRow] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.overdue and not self.due_soon
