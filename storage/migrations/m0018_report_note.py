"""Version 18: what an office writes into a period's report besides its figures (issue #19):
the narrative (新情况、新问题 — new developments and problems) and who filled it in and who checked
it (填报人 / 审核人).  Kept with the report — by office and period key ("2026-10", "2026-H2",
"2026-Q4", "2026", "2026-03-05..2026-04-10") — so that making the report again, or in another
language, prints the same words.  An office's own paperwork: not a synced record.
"""

VERSION = 18

SQL = """
CREATE TABLE report_note (
    office_code TEXT NOT NULL,
    period_key  TEXT NOT NULL,
    narrative   TEXT NOT NULL DEFAULT '',
    prepared_by TEXT NOT NULL DEFAULT '',
    reviewed_by TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (office_code, period_key)
) WITHOUT ROWID;
"""


def upgrade(conn) -> None:
    from storage.db import run_script

    run_script(conn, SQL)
