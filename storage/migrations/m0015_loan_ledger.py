"""Version 15: the loan ledger after the grant (issue #18) — repayments, balances, arrears, the
servicing steps, credit lines from the rating, and the poverty-credit policy as dated versions.

- ``loan_demand`` gains what a grant records beyond the amount (contract number, repayment plan,
  the maturity as granted), two maintained roll-ups — ``balance_fen`` (principal on the books) and
  ``due_from`` (the earliest due date repayments have not yet covered: "overdue on D" is
  ``due_from < D``, an index look-up, never a pass over the repayments) — and the servicing facts
  (default, compensation claim, write-off, renewal, the reason for an age exception).
- ``loan_repayment``: one row per payment, principal and interest apart (synced, audited, undoable).
- ``credit_line`` (授信): a household's line for a year, set from its rating.
- ``credit_rating`` gains each side's signature (双评: the village cadre and the bank officer each
  sign their half).
- ``ref_loan_policy``: product rules by ``effective_from`` (limits, family and household cap, rate
  rule, subsidy share and cap, age rule); ``ref_base_rate``: the LPR series the rate rule reads.
- The rural-tourism product gets the flags of Wulong seed §十一 (扶贫 households, 免抵押免担保, 贴息,
  ≤ 10万); the 530 / 扶贫小额信贷 products form the family ``poverty_micro``.
- ``household_roll`` counts defaulted and written-off loans as borrowing and takes its arrears date
  from ``due_from`` (real arrears: a repaid part is no longer late), so it is installed again.
"""

import json

VERSION = 15

COMMON = """
    id          TEXT PRIMARY KEY,
    office_code TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL DEFAULT '',
    version     INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted_at  TEXT
"""

SQL = f"""
ALTER TABLE loan_demand ADD COLUMN contract_no TEXT NOT NULL DEFAULT '';
ALTER TABLE loan_demand ADD COLUMN repayment_every_months INTEGER;  -- NULL: principal at maturity
ALTER TABLE loan_demand ADD COLUMN original_maturity_on TEXT;
ALTER TABLE loan_demand ADD COLUMN subsidised_fen INTEGER;          -- principal the subsidy is paid on
ALTER TABLE loan_demand ADD COLUMN balance_fen INTEGER;             -- roll-up: principal on the books
ALTER TABLE loan_demand ADD COLUMN due_from TEXT;                   -- roll-up: earliest uncovered due date
ALTER TABLE loan_demand ADD COLUMN defaulted_on TEXT;
ALTER TABLE loan_demand ADD COLUMN claimed_fen INTEGER;             -- risk-compensation claim (风险补偿金)
ALTER TABLE loan_demand ADD COLUMN written_off_on TEXT;
ALTER TABLE loan_demand ADD COLUMN renewed_from TEXT;               -- the loan this one renews (续贷)
ALTER TABLE loan_demand ADD COLUMN exception_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE loan_event ADD COLUMN step TEXT;                        -- extend, top_up, claim … (status unchanged)
CREATE INDEX loan_demand_due_from ON loan_demand(due_from) WHERE due_from IS NOT NULL;
CREATE INDEX loan_demand_book ON loan_demand(status, household_id, product_code, balance_fen);

CREATE TABLE loan_repayment (
{COMMON},
    loan_demand_id TEXT NOT NULL REFERENCES loan_demand(id),
    paid_on        TEXT NOT NULL,
    kind           TEXT NOT NULL DEFAULT 'repayment' CHECK (kind IN ('repayment', 'recovery')),
    principal_fen  INTEGER NOT NULL DEFAULT 0 CHECK (principal_fen >= 0),
    interest_fen   INTEGER NOT NULL DEFAULT 0 CHECK (interest_fen >= 0),
    notes          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX loan_repayment_loan ON loan_repayment(loan_demand_id, paid_on);
CREATE INDEX loan_repayment_paid ON loan_repayment(paid_on);
CREATE INDEX loan_repayment_updated ON loan_repayment(updated_at);

CREATE TABLE credit_line (
{COMMON},
    household_id TEXT NOT NULL REFERENCES household(id),
    year         INTEGER NOT NULL,
    rating_id    TEXT REFERENCES credit_rating(id),
    grade        TEXT NOT NULL DEFAULT '',
    amount_fen   INTEGER NOT NULL CHECK (amount_fen >= 0),
    set_on       TEXT NOT NULL,
    notes        TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX credit_line_year ON credit_line(household_id, year) WHERE deleted_at IS NULL;
CREATE INDEX credit_line_updated ON credit_line(updated_at);

ALTER TABLE credit_rating ADD COLUMN village_signed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE credit_rating ADD COLUMN village_signed_on TEXT;
ALTER TABLE credit_rating ADD COLUMN bank_signed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE credit_rating ADD COLUMN bank_signed_on TEXT;

CREATE TABLE ref_loan_policy (
    product_code       TEXT NOT NULL REFERENCES ref_loan_product(code),
    effective_from     TEXT NOT NULL,
    family             TEXT,
    max_amount_fen     INTEGER,
    household_cap_fen  INTEGER,
    max_term_months    INTEGER,
    eligible_statuses  TEXT,
    min_age            INTEGER,
    max_age            INTEGER,
    age_in_principle   INTEGER NOT NULL DEFAULT 0,
    rate_rule          TEXT NOT NULL DEFAULT 'none' CHECK (rate_rule IN ('lpr_tier', 'county', 'none')),
    county_rate_cap_bp INTEGER,
    subsidy_share_bp   INTEGER NOT NULL DEFAULT 0 CHECK (subsidy_share_bp BETWEEN 0 AND 10000),
    subsidy_cap_fen    INTEGER,
    collateral_free    INTEGER NOT NULL DEFAULT 0,
    source             TEXT NOT NULL DEFAULT 'release',  -- 'release' or the office that set it
    set_by             TEXT NOT NULL DEFAULT '',
    set_at             TEXT,
    note               TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (product_code, effective_from)
);

CREATE TABLE ref_base_rate (
    code           TEXT NOT NULL,       -- lpr_1y | lpr_5y
    effective_from TEXT NOT NULL,
    rate_bp        INTEGER NOT NULL CHECK (rate_bp >= 0),
    PRIMARY KEY (code, effective_from)
);
ALTER TABLE ref_loan_product ADD COLUMN family TEXT;
"""

#: the loan prime rates published by the National Interbank Funding Center (全国银行间同业拆借中心)
#: since the reform of August 2019, in basis points
LPR = [
    ("2019-08-20", 425, 485),
    ("2019-09-20", 420, 485),
    ("2019-11-20", 415, 480),
    ("2020-02-20", 405, 475),
    ("2020-04-20", 385, 465),
    ("2021-12-20", 380, 465),
    ("2022-01-20", 370, 460),
    ("2022-05-20", 370, 445),
    ("2022-08-22", 365, 430),
    ("2023-06-20", 355, 420),
    ("2023-08-21", 345, 420),
    ("2024-02-20", 345, 395),
    ("2024-07-22", 335, 385),
    ("2024-10-21", 310, 360),
    ("2025-05-20", 300, 350),
]

POVERTY = ["registered_poor", "lifted", "monitored"]
# product, family, max yuan, household cap yuan, months, statuses, ages, in principle, rate rule,
# subsidy share bp, subsidy cap yuan, collateral free
POLICIES = [
    # Qinghai seed 004 §三.(二).3: 5万元以下、3年以内、原则上执行基准利率、财政对基准利率全额贴息
    ("530", "poverty_micro", 50_000, 50_000, 36, ["registered_poor"], (18, 65), 1, "lpr_tier", 10_000, 50_000, 1),
    ("poverty_micro", "poverty_micro", 50_000, 50_000, 36, POVERTY, (18, 65), 1, "lpr_tier", 10_000, 50_000, 1),
    # Wulong seed §十一: 免抵押、免担保、3年期限、发展乡村旅游的贴息贷款规模不超过10万元、财政贴息
    ("rural_tourism", "poverty_micro", 100_000, 100_000, 36, POVERTY, (18, 65), 1, "lpr_tier", 10_000, 100_000, 1),
    ("startup_guarantee", None, 200_000, None, 36, None, (18, 60), 0, "none", 10_000, None, 0),
    ("two_rights", None, None, None, 60, None, (18, 65), 0, "none", 0, None, 0),
    ("student", None, 20_000, None, 240, None, (None, None), 0, "none", 10_000, None, 1),
    ("other", None, None, None, None, None, (18, None), 0, "none", 0, None, 0),
]

#: the statuses after the grant and the servicing steps, with their labels (Tibetan: working draft)
ENUMS = [
    ("loan_status", "defaulted", "Defaulted", "已违约", "དུས་ཐོག་བུ་ལོན་མ་འཇལ་བ།"),
    ("loan_status", "written_off", "Written off", "已核销", "རྩིས་ཐོ་ནས་བསུབ་ཟིན།"),
    ("loan_step", "repay", "Repayment", "还款", "བུ་ལོན་འཇལ་བ།"),
    ("loan_step", "extend", "Extension", "展期", "དུས་ཚོད་འགྱངས་བ།"),
    ("loan_step", "top_up", "Top-up", "追加贷款", "དངུལ་བསྐྱིན་ཁ་སྣོན།"),
    ("loan_step", "default", "Default", "违约", "དུས་ཐོག་བུ་ལོན་མ་འཇལ་བ།"),
    ("loan_step", "claim", "Risk-compensation claim", "风险补偿金申请", "ཉེན་ཁའི་གུན་གསབ་དངུལ་རེ་ཞུ།"),
    ("loan_step", "write_off", "Write-off", "核销", "རྩིས་ཐོ་ནས་བསུབ་པ།"),
    ("loan_step", "renew", "Renewal", "续贷", "བསྐྱར་དུ་དངུལ་བསྐྱིན།"),
]

#: the credit line each rating grade opens (授信额度): the rating sheet says how (ref_enum extra)
CREDIT_LINES = {"AAA": 50_000, "AA": 30_000, "A": 10_000, "B": 0}


def upgrade(conn) -> None:
    from storage import household_roll, journal, loan_book
    from storage.db import run_script

    run_script(conn, SQL)
    for start, one, five in LPR:
        conn.execute("INSERT INTO ref_base_rate VALUES ('lpr_1y', ?, ?)", (start, one))
        conn.execute("INSERT INTO ref_base_rate VALUES ('lpr_5y', ?, ?)", (start, five))
    for code, family, max_yuan, cap_yuan, months, statuses, (lo, hi), principle, rule, share, sub_cap, free in POLICIES:
        if conn.execute("SELECT 1 FROM ref_loan_product WHERE code = ?", (code,)).fetchone() is None:
            continue  # a county that removed the product keeps it removed
        conn.execute(
            "INSERT INTO ref_loan_policy(product_code, effective_from, family, max_amount_fen, household_cap_fen,"
            " max_term_months, eligible_statuses, min_age, max_age, age_in_principle, rate_rule, subsidy_share_bp,"
            " subsidy_cap_fen, collateral_free, source) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,'release')",
            (
                code,
                "2015-01-01",
                family,
                None if max_yuan is None else max_yuan * 100,
                None if cap_yuan is None else cap_yuan * 100,
                months,
                None if statuses is None else json.dumps(statuses),
                lo,
                hi,
                principle,
                rule,
                share,
                None if sub_cap is None else sub_cap * 100,
                free,
            ),
        )
        conn.execute("UPDATE ref_loan_product SET family = ? WHERE code = ?", (family, code))
    conn.execute(
        "UPDATE ref_loan_product SET eligible_statuses = ?, collateral_free = 1, subsidised = 1"
        " WHERE code = 'rural_tourism'",
        (json.dumps(POVERTY),),
    )
    for kind, code, en, zh, bo in ENUMS:
        sort = conn.execute("SELECT coalesce(max(sort) + 1, 0) FROM ref_enum WHERE kind = ?", (kind,)).fetchone()[0]
        conn.execute(
            "INSERT OR IGNORE INTO ref_enum(kind, code, name_en, name_zh, name_bo, sort) VALUES (?,?,?,?,?,?)",
            (kind, code, en, zh, bo, sort),
        )
    for grade, yuan in CREDIT_LINES.items():
        conn.execute(
            "UPDATE ref_enum SET extra = json_set(coalesce(extra, '{}'), '$.credit_line_fen', ?)"
            " WHERE kind = 'rating_grade' AND code = ?",
            (yuan * 100, grade),
        )
    for table in ("loan_repayment", "credit_line"):  # record tables of app.registry: sync sees their rows
        journal.change_triggers(conn, table)
    loan_book.backfill(conn)
    household_roll.install(conn)
