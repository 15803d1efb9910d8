"""Credit ratings: the yearly joint score sheet (bank and village rate together, 双评) and which
villages qualify as credit villages under the configured thresholds."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date

from app.domain.errors import Problem, ValidationErrors, problems_of
from app.domain.ratings import CreditRating, is_credit_village, validate_rating
from app.services.registers import RegisterService
from storage import indicators as indicator_sql
from storage import records, rollups


@dataclass
class VillageCredit:
    village_id: str
    name_zh: str
    name_bo: str
    households: int
    credit_households: int
    borrowers: int
    clean_borrowers: int
    qualifies: bool

    @property
    def credit_share_bp(self) -> int:
        return self.credit_households * 10000 // self.households if self.households else 0

    @property
    def clean_share_bp(self) -> int:
        return self.clean_borrowers * 10000 // self.borrowers if self.borrowers else 10000


class RatingService(RegisterService):
    register = "ratings"
    table = "credit_rating"

    def _decode(self, row: dict) -> dict:
        row["criteria"] = json.loads(row["criteria"] or "{}")
        return row

    def criteria_max(self) -> dict[str, int]:
        return {r["code"]: int(r["extra"].get("max_points", 0)) for r in self.ws.reference.enums("rating_criterion")}

    def grades(self) -> list[tuple[str, int]]:
        return [(r["code"], int(r["extra"].get("min_score", 0))) for r in self.ws.reference.enums("rating_grade")]

    def credit_grades(self) -> set[str]:
        return {r["code"] for r in self.ws.reference.enums("rating_grade") if r["extra"].get("credit_household")}

    def _validate(self, data: dict) -> CreditRating:
        r = CreditRating(**{k: v for k, v in data.items() if k in CreditRating.__dataclass_fields__})
        r, _ = validate_rating(r, criteria_max=self.criteria_max(), grades=self.grades())
        if not self.db.scalar("SELECT 1 FROM household WHERE id = ? AND deleted_at IS NULL", (r.household_id,)):
            from app.i18n import N_

            raise ValidationErrors([Problem("household_id", N_("Choose the household this rating is for."))])
        return r

    def validate(self, data: dict) -> list[Problem]:
        return problems_of(self._validate, data)

    @staticmethod
    def _row(r: CreditRating) -> dict:
        values = asdict(r)
        values["criteria"] = json.dumps(r.criteria, sort_keys=True)
        return values

    def create(self, data: dict) -> dict:
        self.ws.require_office()
        if data.get("bank_score") is not None:
            self.ws.require("rating.bank")  # the bank's half of 双评 (auth.PERMISSIONS)
        r = self._validate(data)
        existing = self.db.scalar(
            "SELECT id FROM credit_rating WHERE household_id = ? AND year = ? AND deleted_at IS NULL",
            (r.household_id, r.year),
        )
        if existing:
            from app.i18n import N_

            raise ValidationErrors(
                [
                    Problem(
                        "year",
                        N_("This household already has a rating for {year}; open it to change it."),
                        {"year": r.year},
                    )
                ]
            )
        row = records.insert(self.db, self.table, self._row(r), self.ws.actor)
        self.ws.remember(self.table, "create", None, row)
        return row

    def update(self, rating_id: str, data: dict, *, expected_version: int | None = None) -> dict:
        current = self.get(rating_id)
        if "bank_score" in data and data["bank_score"] != current.get("bank_score"):
            self.ws.require("rating.bank")
        merged = {k: current.get(k) for k in CreditRating.__dataclass_fields__} | dict(data)
        r = self._validate(merged)
        row = records.update(
            self.db, self.table, rating_id, self._row(r), self.ws.actor, expected_version=expected_version
        )
        self.ws.remember(
            self.table, "update", {**current, "criteria": json.dumps(current["criteria"], sort_keys=True)}, row
        )
        return row

    def credit_villages(self, year: int | None = None, today: date | None = None) -> list[VillageCredit]:
        """Per village: households, credit households (latest rating up to `year`), borrowers and
        borrowers without arrears (granted loans not past maturity unrepaid)."""
        year = year or (today or date.today()).year
        today_iso = (today or date.today()).isoformat()
        grades = sorted(self.credit_grades())
        ref = self.ws.reference
        min_credit = int(ref.setting("credit_village_min_credit_share_bp", 7000))
        min_clean = int(ref.setting("credit_village_min_clean_borrower_share_bp", 8500))
        # the per-village roll-ups the monthly report and the Home page use (one scan of
        # household_roll): walking every rating and demand took 3.7 s at 100,000 households
        rolled = rollups.villages(self.db, None, end=today_iso, year=year, grades=grades, arrears_before=today_iso)
        return [
            VillageCredit(
                r["village_id"],
                r["name_zh"],
                r["name_bo"],
                r["households"],
                r["credit"],
                r["borrowers"],
                r["clean"],
                is_credit_village(r["households"], r["credit"], r["borrowers"], r["clean"], min_credit, min_clean),
            )
            for r in indicator_sql.village_credit(self.db, None, rolled)
        ]
