"""Version 25: the interest subsidy of every granted loan as dated spans (storage/loan_subsidy.py),
kept by triggers, so that a period's subsidy counts the loans that predate the ledger too and is
one indexed sum at county scale (issue #18)."""

VERSION = 25


def upgrade(conn) -> None:
    from storage import loan_subsidy

    loan_subsidy.install(conn)
