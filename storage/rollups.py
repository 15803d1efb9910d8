"""Per-village roll-ups over every household, shared by the monthly report (app/services/reports.py)
and the Home page's indicators (app/services/indicators.py): households per village (at a date and
now), credit households (latest rating up to a year has a credit grade), borrowers and borrowers
without arrears (the rule of ratings.credit_villages).

All of them come from one scan of ``household_roll`` (migration 10, storage/household_roll.py),
where triggers keep each household's latest rating, borrowing and arrears date beside its village:
100,000 narrow rows in village order, no join and no sort.  Before, they were three passes over
every rating and demand with a household look-up per record, 0.4–0.6 s at county scale.

`tree` is a JSON list of office codes (the office and everything below it), or None for the whole
register (an office's register holds only its own records and those below it, so no per-row office
test is needed).  Villages are keyed by ``village_id`` (None: households without a village).

(The month's loan steps used to run beside the report on a second connection; they come from
storage/loan_step_roll.py now, a few thousand rows, so nothing is left worth a thread.)
"""

from __future__ import annotations

from dataclasses import dataclass, field

from storage.db import Database

#: the household side of a per-record join: household id → village ('' for none), office, status
HOUSEHOLD_VILLAGE = "household_roll h INDEXED BY household_roll_id"
#: every status that follows a grant, as written in loan_demand_granted's WHERE (migration 22)
GRANTED = "('granted', 'repaid', 'defaulted', 'written_off')"


def in_tree(tree: str | None, alias: str = "", param: str = "tree") -> str:
    """The office filter on `alias`.office_code; "1" when the tree is the whole register."""
    if tree is None:
        return "1"
    return f"{alias + '.' if alias else ''}office_code IN (SELECT value FROM json_each(:{param}))"


# -- the roll-ups -----------------------------------------------------------------------------------
@dataclass
class Villages:
    households: dict[str | None, tuple[int, int]] = field(default_factory=dict)  # (at end, now)
    credit: dict[str | None, int] = field(default_factory=dict)
    borrowers: dict[str | None, tuple[int, int]] = field(default_factory=dict)  # (borrowers, clean)


def status_at_end(h: str = "h", param: str = ":end") -> str:
    """SQL: a household_roll row's status at the end of the day `param`: its row's own unless it
    changed after then (status_since), when its history says (storage/household_status.py)."""
    from storage import household_status

    return (
        f"CASE WHEN {h}.status_since IS NULL OR {h}.status_since <= {param} THEN {h}.status"
        f" ELSE {household_status.status_at(f'{h}.household_id', f'{h}.status', param)} END"
    )


def cut_after(end: str) -> str:
    """The first instant after the (local) day `end`, as a UTC time in the form of ``deleted_at``
    (storage.db.now_utc): a record whose ``deleted_at`` is this or later was deleted after that
    day, so it was still on the register at its end (issue #19: a deletion is dated)."""
    from datetime import date, datetime, time, timedelta, timezone

    midnight = datetime.combine(date.fromisoformat(end) + timedelta(days=1), time()).astimezone()
    return midnight.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def present(alias: str, param: str = ":cut") -> str:
    """SQL: record `alias` was on the register at the end of the period whose cut is `param`
    (live, or deleted after it)."""
    return f"({alias}.deleted_at IS NULL OR {alias}.deleted_at >= {param})"


def village_at_end(h: str = "h", param: str = ":end") -> str:
    """SQL: a household_roll row's village ('' for none) at the end of the day `param`: its row's
    own unless it moved after then (village_since), when its history says
    (storage/household_village.py)."""
    from storage import household_village

    return (
        f"CASE WHEN {h}.village_since IS NULL OR {h}.village_since <= {param} THEN {h}.village_id"
        f" ELSE {household_village.village_at(f'{h}.household_id', f'{h}.village_id', param)} END"
    )


def villages(
    db: Database, tree: str | None, *, end: str, year: int, grades: list[str], arrears_before: str
) -> Villages:
    """Per village, as of the end of the day `end` (issue #19: a closed period's figures never
    change when later work is recorded): households registered by `end` and not deleted by then
    (a deletion is dated: before it the household counts), in the village each was in at `end`,
    and those on the register now; those of them whose latest rating made by `end` for a year up
    to `year` has one of `grades`; borrowers (a demand granted by `end`) and those of them with no
    loan granted by `end`, unrepaid at `end`, whose maturity is before `arrears_before`.  Ratings
    and demands deleted after `end` still count.

    Each household is answered from its household_roll row when nothing about its ratings or
    loans was recorded or deleted after `end` (all of them for the current month); the others are
    looked up in their own ratings or demands."""
    grade_params = {f"g{i}": g for i, g in enumerate(sorted(grades))}
    in_grades = f"IN ({', '.join(':' + k for k in grade_params)})"
    out = Villages()
    # the latest rating up to :year made by :end among the household's ratings on the register at
    # :end: the live ones (credit_rating_latest) and the few deleted since (credit_rating_deleted)
    rating_at_end = """(SELECT grade FROM (
                           SELECT year, grade FROM credit_rating INDEXED BY credit_rating_latest
                           WHERE household_id = h.household_id AND deleted_at IS NULL AND year <= :year
                             AND rated_on <= :end
                           UNION ALL
                           SELECT year, grade FROM credit_rating INDEXED BY credit_rating_deleted
                           WHERE h.late AND household_id = h.household_id AND deleted_at >= :cut
                             AND year <= :year AND rated_on <= :end)
                         ORDER BY year DESC LIMIT 1)"""
    demands_at_end = (
        "FROM loan_demand INDEXED BY loan_demand_household WHERE household_id = h.household_id"
        f" AND {present('loan_demand')} AND status IN {GRANTED} AND granted_on <= :end"
    )
    for r in db.query(
        f"""
            SELECT v AS village_id, sum(on_register) AS n, sum(live) AS now,
                   sum(on_register AND CASE
                       WHEN rating_year IS NULL AND NOT late THEN 0
                       WHEN NOT late AND rating_year <= :year AND rating_on <= :end THEN rating_grade {in_grades}
                       ELSE coalesce({rating_at_end} {in_grades}, 0) END) AS credit,
                   sum(on_register AND borrowed) AS borrowers,
                   sum(on_register AND borrowed AND CASE
                       WHEN NOT late AND (loans_changed_on IS NULL OR loans_changed_on <= :end)
                       THEN open_maturity IS NULL OR open_maturity >= :before
                       ELSE NOT EXISTS (SELECT 1 {demands_at_end} AND maturity_on < :before
                                        AND (repaid_on IS NULL OR repaid_on > :end)) END) AS clean
            FROM (SELECT *, {village_at_end("household_roll")} AS v,
                         registered_on <= :end AND (deleted_on IS NULL OR deleted_on > :end) AS on_register,
                         coalesce(records_deleted_on > :end, 0) AS late,
                         CASE WHEN coalesce(records_deleted_on > :end, 0)
                              THEN EXISTS (SELECT 1 {demands_at_end.replace("h.", "household_roll.")})
                              ELSE borrower AND coalesce(first_granted_on <= :end, 1) END AS borrowed
                  FROM household_roll WHERE (live OR deleted_on > :end) AND {in_tree(tree)}) h
            GROUP BY v""",
        {"tree": tree, "end": end, "cut": cut_after(end), "year": year, "before": arrears_before, **grade_params},
    ):
        village = r["village_id"] or None
        out.households[village] = (r["n"], r["now"])
        if r["credit"]:
            out.credit[village] = r["credit"]
        if r["borrowers"]:
            out.borrowers[village] = (r["borrowers"], r["clean"])
    return out
