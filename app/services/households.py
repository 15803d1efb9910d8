"""Households: create / update / soft-delete / restore, search, and everything on record for one."""

from __future__ import annotations

from dataclasses import asdict

from app.domain import search
from app.domain.errors import Problem, ValidationErrors, problems_of
from app.domain.households import Household, validate_household
from app.i18n import N_
from app.services.registers import RegisterService
from storage import households as store
from storage import records, registers
from storage.db import Database


def derived_columns(h: Household) -> dict:
    """Columns computed from the validated household: search keys and the reversed ID number."""
    return {**search.name_keys(h.name_zh, h.name_bo), "id_rev": h.id_number[::-1]}


def write_tokens(conn, household_id: str, name_zh: str, name_bo: str, old_names: tuple[str, str] | None = None) -> None:
    """Make the household findable under its name; `old_names`' tokens are removed first.
    Every writer of household names (forms, undo, roster import, sync import) goes through here."""
    old = search.name_tokens(*old_names) if old_names else set()
    new = search.name_tokens(name_zh, name_bo)
    store.replace_tokens(conn, household_id, new - old if not old else new, old - new)


class HouseholdService(RegisterService):
    register = "households"
    table = "household"

    # -- reading -------------------------------------------------------------------------------
    def find_by_id_number(self, id_number: str) -> dict | None:
        from app.domain.idnumber import normalise_id_number

        return store.find_by_id_number(self.db, normalise_id_number(id_number))

    def count(self) -> int:
        return store.count(self.db)

    def record(self, household_id: str) -> dict:
        """Everything on record for one household (household page, record card)."""
        db: Database = self.db
        household = registers.rows_by_ids(db, "households", [household_id])
        if not household:
            self.get(household_id)  # raises NotFound
        loans = registers.rows_by_ids(
            db, "loans", registers.search_ids(db, "loans", registers.RegisterQuery(household_id=household_id))
        )
        for loan in loans:
            loan["events"] = db.query(
                "SELECT * FROM loan_event WHERE loan_demand_id = ? AND deleted_at IS NULL ORDER BY on_date, created_at",
                (loan["id"],),
            )
        sessions = db.query(
            "SELECT s.* FROM session_attendee a JOIN literacy_session s ON s.id = a.session_id"
            " WHERE a.household_id = ? AND a.deleted_at IS NULL AND s.deleted_at IS NULL"
            " ORDER BY s.held_on",
            (household_id,),
        )
        complaints = registers.rows_by_ids(
            db, "complaints", registers.search_ids(db, "complaints", registers.RegisterQuery(household_id=household_id))
        )
        ratings = registers.rows_by_ids(
            db, "ratings", registers.search_ids(db, "ratings", registers.RegisterQuery(household_id=household_id))
        )
        return {
            "household": household[0],
            "loans": loans,
            "sessions": sessions,
            "complaints": complaints,
            "ratings": ratings,
        }

    # -- validation ------------------------------------------------------------------------------
    def _validate(self, data: dict, *, own_id: str | None = None) -> tuple[Household, list[Problem]]:
        ref = self.ws.reference
        data = dict(data)
        village_name = data.pop("village", None)
        if village_name and not data.get("village_id"):
            data["village_id"] = self.ws_village_id(village_name)
        h, warnings = validate_household(
            Household.from_dict(data),
            statuses=ref.codes("household_status"),
            ethnicities=ref.codes("ethnicity"),
            industries=ref.codes("industry"),
        )
        other = store.find_by_id_number(self.db, h.id_number) if h.id_number else None
        if other and other["id"] != own_id:
            raise ValidationErrors(
                [
                    Problem(
                        "id_number",
                        N_("This ID number is already registered for household {name}."),
                        {"name": other["name_zh"] or other["name_bo"]},
                    )
                ]
            )
        if h.village_id and not self.db.scalar(
            "SELECT 1 FROM village WHERE id = ? AND deleted_at IS NULL", (h.village_id,)
        ):
            raise ValidationErrors([Problem("village_id", N_("Choose a village from the list."))])
        return h, warnings

    def ws_village_id(self, name: str) -> str:
        """The id of a village given by name; a new name creates the village."""
        from storage import villages

        name = name.strip()
        row = villages.find_by_name(self.db, name)
        if row:
            return row["id"]
        from app.domain.search import TIBETAN

        values = {"name_bo": name, "name_zh": name} if TIBETAN.search(name) else {"name_zh": name}
        return records.insert(self.db, "village", {"name_bo": "", **values}, self.ws.actor)["id"]

    def validate(self, data: dict, *, own_id: str | None = None) -> list[Problem]:
        """Problems of a form as typed (errors and warnings), without writing anything."""
        return problems_of(self._validate, data, own_id=own_id)

    # -- writing ---------------------------------------------------------------------------------
    def create(self, data: dict) -> dict:
        self.ws.require_office()
        h, _ = self._validate(data)
        values = {**asdict(h), **derived_columns(h)}
        if values["registered_on"] is None:
            # the column's default; left out, a household is written the same way into a register
            # whose schema predates the column (m0012) when a migration test builds an old one
            del values["registered_on"]
        with self.db.transaction() as conn:
            row = records.insert(self.db, self.table, values, self.ws.actor)
            write_tokens(conn, row["id"], h.name_zh, h.name_bo)
        self.ws.remember(self.table, "create", None, row)
        return row

    def update(self, household_id: str, data: dict, *, expected_version: int | None = None) -> dict:
        current = self.get(household_id)
        merged = {k: current.get(k) for k in Household.__dataclass_fields__} | dict(data)
        h, _ = self._validate(merged, own_id=household_id)
        values = {**asdict(h), **derived_columns(h)}
        with self.db.transaction() as conn:
            row = records.update(
                self.db, self.table, household_id, values, self.ws.actor, expected_version=expected_version
            )
            write_tokens(conn, household_id, h.name_zh, h.name_bo, old_names=(current["name_zh"], current["name_bo"]))
        self.ws.remember(self.table, "update", current, row)
        return row

    def restore(self, household_id: str) -> dict:
        row = records.restore(self.db, self.table, household_id, self.ws.actor)
        return row

    def refresh_tokens(self, household_id: str, old_names: tuple[str, str] | None = None) -> None:
        row = self.get(household_id, include_deleted=True)
        with self.db.transaction() as conn:
            write_tokens(conn, household_id, row["name_zh"], row["name_bo"], old_names)
