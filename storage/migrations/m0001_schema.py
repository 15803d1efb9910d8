"""Version 1: every aggregate of DESIGN §3 and the reference tables (empty; seeded by m0002).

Every record row carries id (UUID text), office_code (the office that created it), created_at,
updated_at (UTC ISO-8601), updated_by, version (+1 on each change) and deleted_at (soft delete:
tombstones travel in sync packages).  Money is integer fen, rates integer basis points.
"""

VERSION = 1

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
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT
);

-- secrets that never leave this laptop (office private key); not part of any sync package
CREATE TABLE local_secret (
    key   TEXT PRIMARY KEY,
    value BLOB NOT NULL
);

CREATE TABLE ref_enum (
    kind    TEXT NOT NULL,
    code    TEXT NOT NULL,
    name_en TEXT NOT NULL,
    name_zh TEXT NOT NULL,
    name_bo TEXT NOT NULL,
    sort    INTEGER NOT NULL DEFAULT 0,
    extra   TEXT,            -- JSON: e.g. {{"max_points": 30}} for a rating criterion
    active  INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (kind, code)
);

CREATE TABLE ref_loan_product (
    code              TEXT PRIMARY KEY,
    name_en           TEXT NOT NULL,
    name_zh           TEXT NOT NULL,
    name_bo           TEXT NOT NULL,
    max_amount_fen    INTEGER,          -- NULL: no limit of its own
    max_term_months   INTEGER,
    min_age           INTEGER,
    max_age           INTEGER,
    eligible_statuses TEXT,             -- JSON list of household status codes; NULL: anyone
    production_only   INTEGER NOT NULL DEFAULT 0,
    collateral_free   INTEGER NOT NULL DEFAULT 0,
    subsidised        INTEGER NOT NULL DEFAULT 0,
    sort              INTEGER NOT NULL DEFAULT 0,
    active            INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE office (
{COMMON},
    code          TEXT NOT NULL UNIQUE,
    level         TEXT NOT NULL CHECK (level IN ('county', 'township', 'village')),
    name_zh       TEXT NOT NULL,
    name_bo       TEXT NOT NULL DEFAULT '',
    parent_code   TEXT,
    bank_branch   TEXT NOT NULL DEFAULT '',
    public_key    TEXT,                 -- Ed25519, hex; for subordinates: registered by hand
    is_local      INTEGER NOT NULL DEFAULT 0,
    registered_at TEXT
);

CREATE TABLE village (
{COMMON},
    code     TEXT,
    name_zh  TEXT NOT NULL,
    name_bo  TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX village_name ON village(office_code, name_zh) WHERE deleted_at IS NULL;

CREATE TABLE household (
{COMMON},
    name_zh            TEXT NOT NULL,
    name_bo            TEXT NOT NULL DEFAULT '',
    name_pinyin        TEXT NOT NULL DEFAULT '',   -- search keys, derived on every write
    name_initials      TEXT NOT NULL DEFAULT '',
    name_wylie         TEXT NOT NULL DEFAULT '',
    id_number          TEXT NOT NULL,
    id_rev             TEXT NOT NULL,              -- id_number reversed: tail search uses the index
    birth_date         TEXT,
    sex                TEXT CHECK (sex IN ('M', 'F')),
    phone              TEXT NOT NULL DEFAULT '',
    village_id         TEXT REFERENCES village(id),
    group_name         TEXT NOT NULL DEFAULT '',
    household_size     INTEGER CHECK (household_size IS NULL OR household_size >= 1),
    labour_count       INTEGER CHECK (labour_count IS NULL OR labour_count >= 0),
    ethnicity          TEXT,
    preferred_language TEXT NOT NULL DEFAULT 'both',
    status             TEXT NOT NULL DEFAULT 'general',
    industry           TEXT,
    address            TEXT NOT NULL DEFAULT '',
    notes              TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX household_id_number ON household(id_number) WHERE deleted_at IS NULL;
CREATE INDEX household_name_zh ON household(name_zh);
CREATE INDEX household_name_bo ON household(name_bo);
CREATE INDEX household_pinyin ON household(name_pinyin);
CREATE INDEX household_initials ON household(name_initials);
CREATE INDEX household_wylie ON household(name_wylie);
CREATE INDEX household_id_rev ON household(id_rev);
CREATE INDEX household_phone ON household(phone);
CREATE INDEX household_village ON household(village_id, status);
CREATE INDEX household_updated ON household(updated_at);

-- Derived search keys (not synced; rebuilt from the household row): every suffix of the name at
-- a syllable boundary in each written form (Han characters, Tibetan syllables, pinyin, pinyin
-- initials, Wylie), so "zhuoma", "zm", "卓玛" and "sgrol" all become index range scans.
-- No index on household_id: a rename deletes the old name's tokens by primary key (half the size).
CREATE TABLE household_search (
    token        TEXT NOT NULL,
    household_id TEXT NOT NULL,
    PRIMARY KEY (token, household_id)
) WITHOUT ROWID;

CREATE TABLE loan_demand (
{COMMON},
    household_id  TEXT NOT NULL REFERENCES household(id),
    registered_on TEXT NOT NULL,
    purpose       TEXT NOT NULL DEFAULT '',
    industry      TEXT,
    amount_fen    INTEGER NOT NULL CHECK (amount_fen > 0),
    term_months   INTEGER CHECK (term_months IS NULL OR term_months > 0),
    product_code  TEXT NOT NULL REFERENCES ref_loan_product(code),
    bank          TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL DEFAULT 'registered',
    status_on     TEXT NOT NULL,          -- date of the latest transition
    referred_on   TEXT,
    decided_on    TEXT,                   -- approved or rejected
    granted_on    TEXT,
    granted_fen   INTEGER CHECK (granted_fen IS NULL OR granted_fen > 0),
    rate_bp       INTEGER CHECK (rate_bp IS NULL OR rate_bp >= 0),
    maturity_on   TEXT,
    subsidy_fen   INTEGER CHECK (subsidy_fen IS NULL OR subsidy_fen >= 0),
    repaid_on     TEXT,
    reason        TEXT NOT NULL DEFAULT '',   -- reason given at the latest transition
    notes         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX loan_demand_household ON loan_demand(household_id);
CREATE INDEX loan_demand_status ON loan_demand(status, registered_on);
CREATE INDEX loan_demand_registered ON loan_demand(registered_on);
CREATE INDEX loan_demand_updated ON loan_demand(updated_at);

CREATE TABLE loan_event (
{COMMON},
    loan_demand_id TEXT NOT NULL REFERENCES loan_demand(id),
    from_status    TEXT,
    to_status      TEXT NOT NULL,
    on_date        TEXT NOT NULL,
    by_user        TEXT NOT NULL DEFAULT '',
    reason         TEXT NOT NULL DEFAULT '',
    details        TEXT                  -- JSON: amounts, rate, dates given with the transition
);
CREATE INDEX loan_event_demand ON loan_event(loan_demand_id);
CREATE INDEX loan_event_updated ON loan_event(updated_at);

CREATE TABLE literacy_session (
{COMMON},
    held_on          TEXT NOT NULL,
    place            TEXT NOT NULL DEFAULT '',
    village_id       TEXT REFERENCES village(id),
    topics           TEXT NOT NULL DEFAULT '[]',   -- JSON list of topic codes
    language         TEXT NOT NULL DEFAULT 'both' CHECK (language IN ('zh', 'bo', 'both')),
    presenters       TEXT NOT NULL DEFAULT '',
    volunteers       TEXT NOT NULL DEFAULT '',
    attendance_total INTEGER NOT NULL DEFAULT 0 CHECK (attendance_total >= 0),
    attendance_women INTEGER NOT NULL DEFAULT 0 CHECK (attendance_women >= 0),
    attendance_poor  INTEGER NOT NULL DEFAULT 0 CHECK (attendance_poor >= 0),
    materials_count  INTEGER NOT NULL DEFAULT 0 CHECK (materials_count >= 0),
    materials        TEXT NOT NULL DEFAULT '',
    notes            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX literacy_session_held ON literacy_session(held_on);
CREATE INDEX literacy_session_updated ON literacy_session(updated_at);

CREATE TABLE session_attendee (
{COMMON},
    session_id   TEXT NOT NULL REFERENCES literacy_session(id),
    household_id TEXT NOT NULL REFERENCES household(id)
);
CREATE UNIQUE INDEX session_attendee_pair ON session_attendee(session_id, household_id)
    WHERE deleted_at IS NULL;
CREATE INDEX session_attendee_household ON session_attendee(household_id);
CREATE INDEX session_attendee_updated ON session_attendee(updated_at);

CREATE TABLE complaint (
{COMMON},
    received_on       TEXT NOT NULL,
    received_via      TEXT NOT NULL DEFAULT 'visit',
    household_id      TEXT REFERENCES household(id),
    complainant_name  TEXT NOT NULL DEFAULT '',
    complainant_phone TEXT NOT NULL DEFAULT '',
    institution       TEXT NOT NULL DEFAULT '',
    description       TEXT NOT NULL DEFAULT '',
    code_a            TEXT NOT NULL DEFAULT '99',   -- JR/T 0169-2018 business channel
    code_b            TEXT NOT NULL DEFAULT '99',   -- business type
    code_c            TEXT NOT NULL DEFAULT '99',   -- cause
    handler           TEXT NOT NULL DEFAULT '',
    due_on            TEXT NOT NULL,
    status            TEXT NOT NULL DEFAULT 'received',
    status_on         TEXT NOT NULL,
    transferred_to    TEXT NOT NULL DEFAULT '',
    resolved_on       TEXT,
    closed_on         TEXT,
    outcome           TEXT NOT NULL DEFAULT '',
    satisfaction      TEXT,
    notes             TEXT NOT NULL DEFAULT ''
);
CREATE INDEX complaint_received ON complaint(received_on);
CREATE INDEX complaint_status ON complaint(status, due_on);
CREATE INDEX complaint_household ON complaint(household_id);
CREATE INDEX complaint_updated ON complaint(updated_at);

CREATE TABLE complaint_event (
{COMMON},
    complaint_id TEXT NOT NULL REFERENCES complaint(id),
    from_status  TEXT,
    to_status    TEXT NOT NULL,
    on_date      TEXT NOT NULL,
    by_user      TEXT NOT NULL DEFAULT '',
    reason       TEXT NOT NULL DEFAULT '',
    details      TEXT
);
CREATE INDEX complaint_event_complaint ON complaint_event(complaint_id);
CREATE INDEX complaint_event_updated ON complaint_event(updated_at);

CREATE TABLE credit_rating (
{COMMON},
    household_id  TEXT NOT NULL REFERENCES household(id),
    year          INTEGER NOT NULL,
    score         INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
    grade         TEXT NOT NULL,
    bank_score    INTEGER,
    village_score INTEGER,
    criteria      TEXT NOT NULL DEFAULT '{{}}',   -- JSON: criterion code -> points
    bank_rater    TEXT NOT NULL DEFAULT '',
    village_rater TEXT NOT NULL DEFAULT '',
    rated_on      TEXT NOT NULL,
    notes         TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX credit_rating_year ON credit_rating(household_id, year) WHERE deleted_at IS NULL;
CREATE INDEX credit_rating_updated ON credit_rating(updated_at);

CREATE TABLE app_user (
{COMMON},
    username        TEXT NOT NULL UNIQUE,
    display_name    TEXT NOT NULL DEFAULT '',
    role            TEXT NOT NULL CHECK (role IN ('admin', 'cadre', 'bank_officer')),
    password_hash   TEXT NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,
    active          INTEGER NOT NULL DEFAULT 1,
    last_login_at   TEXT
);

-- Append-only: who, when, what, before/after; hash-chained per office.
CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    id          TEXT NOT NULL UNIQUE,
    office_code TEXT NOT NULL,
    at          TEXT NOT NULL,
    user        TEXT NOT NULL DEFAULT '',
    action      TEXT NOT NULL,
    table_name  TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    before_json TEXT,
    after_json  TEXT,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE INDEX audit_log_record ON audit_log(table_name, record_id);
CREATE INDEX audit_log_office ON audit_log(office_code, seq);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TABLE sync_log (
    id           TEXT PRIMARY KEY,
    direction    TEXT NOT NULL CHECK (direction IN ('export', 'import')),
    package_name TEXT NOT NULL,
    sender_code  TEXT NOT NULL,
    period       TEXT NOT NULL DEFAULT '',
    sequence     INTEGER NOT NULL,
    created_at   TEXT NOT NULL,
    imported_at  TEXT,
    sha256       TEXT NOT NULL DEFAULT '',
    counts       TEXT NOT NULL DEFAULT '{{}}',
    status       TEXT NOT NULL DEFAULT 'ok',
    report       TEXT NOT NULL DEFAULT '',
    by_user      TEXT NOT NULL DEFAULT '',
    high_water   TEXT                        -- export: updated_at up to which records were taken
);
CREATE INDEX sync_log_sender ON sync_log(direction, sender_code, sequence);

CREATE TABLE sync_conflict (
    id            TEXT PRIMARY KEY,
    sync_log_id   TEXT NOT NULL REFERENCES sync_log(id),
    table_name    TEXT NOT NULL,
    record_id     TEXT NOT NULL,
    local_json    TEXT NOT NULL,
    incoming_json TEXT NOT NULL,
    at            TEXT NOT NULL,
    resolved      INTEGER NOT NULL DEFAULT 0
);
"""


def upgrade(conn) -> None:
    from storage.db import run_script

    run_script(conn, SQL)
