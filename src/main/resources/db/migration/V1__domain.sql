-- CongVu Inspector: the inspection domain.
--
-- Every table of records carries the same bookkeeping columns, because databases of several laptops
-- are merged later by them:
--   id          UUID (text), never reused
--   created_at  UTC instant, ISO-8601
--   updated_at  UTC instant, ISO-8601
--   author      who made the last change (the inspector's name)
--   device      the laptop that made the last change
--   revision    1 on creation, +1 on every change
--   deleted     1 once deleted: rows are kept as tombstones, never removed
-- Local dates are 'YYYY-MM-DD' and local date-times 'YYYY-MM-DDTHH:MM[:SS]' (Hà Nội time, no zone).
-- Uniqueness of natural keys holds among live rows only (partial indexes WHERE deleted = 0).

-- Marks the file as a CongVu database ('CVUI'), so that another program's SQLite file is refused.
PRAGMA application_id = 1129731401;

CREATE TABLE settings (
    id          TEXT PRIMARY KEY NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    author      TEXT NOT NULL,
    device      TEXT NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 1,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    key         TEXT NOT NULL,
    value       TEXT
);
CREATE UNIQUE INDEX ux_settings_key ON settings(key);

CREATE TABLE units (
    id          TEXT PRIMARY KEY NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    author      TEXT NOT NULL,
    device      TEXT NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 1,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    code        TEXT,
    kind        TEXT NOT NULL CHECK (kind IN ('WARD', 'COMMUNE', 'DEPARTMENT', 'SERVICE_CENTRE', 'BRANCH', 'OTHER')),
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    parent_id   TEXT REFERENCES units(id),
    address     TEXT,
    phone       TEXT,
    note        TEXT
);
CREATE UNIQUE INDEX ux_units_code ON units(code) WHERE code IS NOT NULL AND deleted = 0;
CREATE INDEX ix_units_parent ON units(parent_id);

CREATE TABLE counters (
    id          TEXT PRIMARY KEY NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    author      TEXT NOT NULL,
    device      TEXT NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 1,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    unit_id     TEXT NOT NULL REFERENCES units(id),
    name        TEXT NOT NULL,
    address     TEXT
);
CREATE INDEX ix_counters_unit ON counters(unit_id);

CREATE TABLE decisions (
    id          TEXT PRIMARY KEY NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    author      TEXT NOT NULL,
    device      TEXT NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 1,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    number      TEXT NOT NULL,
    signed_on   TEXT,
    signer      TEXT,
    issuer      TEXT,
    title       TEXT
);

CREATE TABLE plans (
    id           TEXT PRIMARY KEY NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    author       TEXT NOT NULL,
    device       TEXT NOT NULL,
    revision     INTEGER NOT NULL DEFAULT 1,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    number       TEXT NOT NULL,
    issued_on    TEXT,
    year         INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    period_start TEXT,
    period_end   TEXT,
    title        TEXT NOT NULL,
    scope        TEXT,
    decision_id  TEXT REFERENCES decisions(id),
    status       TEXT NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('DRAFT', 'ACTIVE', 'CLOSED')),
    CHECK (period_end IS NULL OR period_start IS NULL OR period_end >= period_start)
);

CREATE TABLE teams (
    id          TEXT PRIMARY KEY NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    author      TEXT NOT NULL,
    device      TEXT NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 1,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    plan_id     TEXT NOT NULL REFERENCES plans(id),
    name        TEXT NOT NULL,
    decision_id TEXT REFERENCES decisions(id)
);
CREATE INDEX ix_teams_plan ON teams(plan_id);

CREATE TABLE team_members (
    id           TEXT PRIMARY KEY NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    author       TEXT NOT NULL,
    device       TEXT NOT NULL,
    revision     INTEGER NOT NULL DEFAULT 1,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    team_id      TEXT NOT NULL REFERENCES teams(id),
    full_name    TEXT NOT NULL,
    position     TEXT,
    organisation TEXT,
    role         TEXT NOT NULL CHECK (role IN ('LEAD', 'DEPUTY', 'MEMBER', 'SECRETARY')),
    sort_order   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ix_team_members_team ON team_members(team_id);

CREATE TABLE plan_units (
    id          TEXT PRIMARY KEY NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    author      TEXT NOT NULL,
    device      TEXT NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 1,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    plan_id     TEXT NOT NULL REFERENCES plans(id),
    unit_id     TEXT NOT NULL REFERENCES units(id),
    planned_on  TEXT,
    sort_order  INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX ux_plan_units ON plan_units(plan_id, unit_id) WHERE deleted = 0;
CREATE INDEX ix_plan_units_unit ON plan_units(unit_id);

CREATE TABLE checklist_templates (
    id          TEXT PRIMARY KEY NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    author      TEXT NOT NULL,
    device      TEXT NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 1,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    code        TEXT NOT NULL,
    version     INTEGER NOT NULL CHECK (version >= 1),
    name        TEXT NOT NULL,
    year        INTEGER NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('DRAFT', 'ACTIVE', 'RETIRED')),
    based_on_id TEXT REFERENCES checklist_templates(id),
    note        TEXT
);
CREATE UNIQUE INDEX ux_templates_version ON checklist_templates(code, version);

CREATE TABLE checklist_groups (
    id          TEXT PRIMARY KEY NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    author      TEXT NOT NULL,
    device      TEXT NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 1,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    template_id TEXT NOT NULL REFERENCES checklist_templates(id),
    code        TEXT NOT NULL,
    title       TEXT NOT NULL,
    sort_order  INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX ux_groups_code ON checklist_groups(template_id, code) WHERE deleted = 0;

CREATE TABLE criteria (
    id                     TEXT PRIMARY KEY NOT NULL,
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL,
    author                 TEXT NOT NULL,
    device                 TEXT NOT NULL,
    revision               INTEGER NOT NULL DEFAULT 1,
    deleted                INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    template_id            TEXT NOT NULL REFERENCES checklist_templates(id),
    group_id               TEXT NOT NULL REFERENCES checklist_groups(id),
    code                   TEXT NOT NULL,
    text                   TEXT NOT NULL,
    answer_type            TEXT NOT NULL CHECK (answer_type IN ('PASS_FAIL', 'COUNT', 'PERCENT', 'CHOICE', 'TEXT')),
    value_labels           TEXT,   -- labels of the one or two numbers, separated by '|'
    choices                TEXT,   -- options of a CHOICE answer, separated by '|'
    photo_required_on_fail INTEGER NOT NULL DEFAULT 0 CHECK (photo_required_on_fail IN (0, 1)),
    par_index_code         TEXT,   -- the PAR INDEX sub-criterion this feeds
    weight                 REAL NOT NULL DEFAULT 1 CHECK (weight >= 0),
    guidance               TEXT,
    sort_order             INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX ux_criteria_code ON criteria(template_id, code) WHERE deleted = 0;
CREATE INDEX ix_criteria_group ON criteria(group_id);

CREATE TABLE visits (
    id             TEXT PRIMARY KEY NOT NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    author         TEXT NOT NULL,
    device         TEXT NOT NULL,
    revision       INTEGER NOT NULL DEFAULT 1,
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    plan_id        TEXT REFERENCES plans(id),
    team_id        TEXT REFERENCES teams(id),
    unit_id        TEXT NOT NULL REFERENCES units(id),
    counter_id     TEXT REFERENCES counters(id),
    template_id    TEXT NOT NULL REFERENCES checklist_templates(id),
    visit_date     TEXT NOT NULL,
    started_at     TEXT,
    ended_at       TEXT,
    surprise       INTEGER NOT NULL DEFAULT 1 CHECK (surprise IN (0, 1)),
    place          TEXT,
    minutes_number TEXT,
    status         TEXT NOT NULL DEFAULT 'IN_PROGRESS' CHECK (status IN ('IN_PROGRESS', 'COMPLETED', 'FINALISED')),
    overall_note   TEXT,
    finalised_hash TEXT,
    finalised_at   TEXT,
    CHECK (ended_at IS NULL OR started_at IS NULL OR ended_at >= started_at)
);
CREATE INDEX ix_visits_unit_date ON visits(unit_id, visit_date);
CREATE INDEX ix_visits_plan ON visits(plan_id, visit_date);
CREATE INDEX ix_visits_date ON visits(visit_date);

CREATE TABLE visit_inspectors (
    id          TEXT PRIMARY KEY NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    author      TEXT NOT NULL,
    device      TEXT NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 1,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    visit_id    TEXT NOT NULL REFERENCES visits(id),
    member_id   TEXT REFERENCES team_members(id),
    full_name   TEXT NOT NULL,
    role        TEXT NOT NULL CHECK (role IN ('LEAD', 'DEPUTY', 'MEMBER', 'SECRETARY')),
    present     INTEGER NOT NULL DEFAULT 1 CHECK (present IN (0, 1))
);
CREATE INDEX ix_visit_inspectors_visit ON visit_inspectors(visit_id);

CREATE TABLE visit_representatives (
    id          TEXT PRIMARY KEY NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    author      TEXT NOT NULL,
    device      TEXT NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 1,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    visit_id    TEXT NOT NULL REFERENCES visits(id),
    full_name   TEXT NOT NULL,
    position    TEXT,
    sort_order  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ix_visit_representatives_visit ON visit_representatives(visit_id);

CREATE TABLE answers (
    id           TEXT PRIMARY KEY NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    author       TEXT NOT NULL,
    device       TEXT NOT NULL,
    revision     INTEGER NOT NULL DEFAULT 1,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    visit_id     TEXT NOT NULL REFERENCES visits(id),
    criterion_id TEXT NOT NULL REFERENCES criteria(id),
    result       TEXT CHECK (result IN ('PASS', 'FAIL', 'NA')),
    value1       REAL CHECK (value1 >= 0),
    value2       REAL CHECK (value2 >= 0),
    choice       TEXT,
    note         TEXT,
    severity     TEXT CHECK (severity IN ('MINOR', 'MAJOR', 'CRITICAL'))
);
CREATE UNIQUE INDEX ux_answers_visit_criterion ON answers(visit_id, criterion_id) WHERE deleted = 0;
CREATE INDEX ix_answers_criterion ON answers(criterion_id);

CREATE TABLE officials (
    id              TEXT PRIMARY KEY NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    author          TEXT NOT NULL,
    device          TEXT NOT NULL,
    revision        INTEGER NOT NULL DEFAULT 1,
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    visit_id        TEXT NOT NULL REFERENCES visits(id),
    full_name       TEXT NOT NULL,
    position        TEXT,
    badge_worn      INTEGER CHECK (badge_worn IN (0, 1)),
    dress_ok        INTEGER CHECK (dress_ok IN (0, 1)),
    present_at_post INTEGER CHECK (present_at_post IN (0, 1)),
    attitude        TEXT CHECK (attitude IN ('GOOD', 'ACCEPTABLE', 'POOR')),
    note            TEXT,
    sort_order      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ix_officials_visit ON officials(visit_id);

CREATE TABLE dossiers (
    id             TEXT PRIMARY KEY NOT NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    author         TEXT NOT NULL,
    device         TEXT NOT NULL,
    revision       INTEGER NOT NULL DEFAULT 1,
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    visit_id       TEXT NOT NULL REFERENCES visits(id),
    code           TEXT NOT NULL,
    procedure_name TEXT NOT NULL,
    received_at    TEXT NOT NULL,
    limit_days     INTEGER NOT NULL CHECK (limit_days >= 0),
    limit_kind     TEXT NOT NULL DEFAULT 'WORKING_DAYS' CHECK (limit_kind IN ('WORKING_DAYS', 'CALENDAR_DAYS')),
    due_date       TEXT NOT NULL,
    returned_at    TEXT,
    apology_issued INTEGER CHECK (apology_issued IN (0, 1)),
    digitised      INTEGER CHECK (digitised IN (0, 1)),
    filed_online   INTEGER CHECK (filed_online IN (0, 1)),
    note           TEXT,
    sort_order     INTEGER NOT NULL DEFAULT 0,
    CHECK (due_date >= substr(received_at, 1, 10)),
    CHECK (returned_at IS NULL OR returned_at >= received_at)
);
CREATE INDEX ix_dossiers_visit ON dossiers(visit_id);

CREATE TABLE evidence (
    id             TEXT PRIMARY KEY NOT NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    author         TEXT NOT NULL,
    device         TEXT NOT NULL,
    revision       INTEGER NOT NULL DEFAULT 1,
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    visit_id       TEXT NOT NULL REFERENCES visits(id),
    file_path      TEXT NOT NULL,   -- relative to the data folder
    original_name  TEXT,
    media_type     TEXT,
    size_bytes     INTEGER NOT NULL CHECK (size_bytes >= 0),
    sha256         TEXT NOT NULL CHECK (length(sha256) = 64),
    taken_at       TEXT,            -- EXIF DateTimeOriginal, local time
    orientation    INTEGER NOT NULL DEFAULT 1 CHECK (orientation BETWEEN 1 AND 8),
    caption        TEXT,
    criterion_id   TEXT REFERENCES criteria(id),
    official_id    TEXT REFERENCES officials(id),
    dossier_id     TEXT REFERENCES dossiers(id)
);
CREATE INDEX ix_evidence_visit ON evidence(visit_id);
CREATE INDEX ix_evidence_sha ON evidence(sha256);

CREATE TABLE recommendations (
    id           TEXT PRIMARY KEY NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    author       TEXT NOT NULL,
    device       TEXT NOT NULL,
    revision     INTEGER NOT NULL DEFAULT 1,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    visit_id     TEXT NOT NULL REFERENCES visits(id),
    unit_id      TEXT NOT NULL REFERENCES units(id),
    criterion_id TEXT REFERENCES criteria(id),
    text         TEXT NOT NULL,
    deadline     TEXT,
    status       TEXT NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    sort_order   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ix_recommendations_visit ON recommendations(visit_id);
CREATE INDEX ix_recommendations_unit ON recommendations(unit_id, status);

CREATE TABLE corrective_actions (
    id                TEXT PRIMARY KEY NOT NULL,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    author            TEXT NOT NULL,
    device            TEXT NOT NULL,
    revision          INTEGER NOT NULL DEFAULT 1,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    recommendation_id TEXT NOT NULL REFERENCES recommendations(id),
    visit_id          TEXT NOT NULL REFERENCES visits(id),
    unit_id           TEXT NOT NULL REFERENCES units(id),
    text              TEXT NOT NULL,
    responsible       TEXT,
    deadline          TEXT,
    status            TEXT NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    completed_on      TEXT,
    verified_visit_id TEXT REFERENCES visits(id),
    note              TEXT
);
CREATE INDEX ix_actions_recommendation ON corrective_actions(recommendation_id);
CREATE INDEX ix_actions_unit ON corrective_actions(unit_id, status);
CREATE INDEX ix_actions_visit ON corrective_actions(visit_id);

CREATE TABLE unit_responses (
    id               TEXT PRIMARY KEY NOT NULL,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    author           TEXT NOT NULL,
    device           TEXT NOT NULL,
    revision         INTEGER NOT NULL DEFAULT 1,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    visit_id         TEXT NOT NULL REFERENCES visits(id),
    speaker_name     TEXT,
    speaker_position TEXT,
    text             TEXT NOT NULL
);
CREATE INDEX ix_unit_responses_visit ON unit_responses(visit_id);

CREATE TABLE signatures (
    id             TEXT PRIMARY KEY NOT NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    author         TEXT NOT NULL,
    device         TEXT NOT NULL,
    revision       INTEGER NOT NULL DEFAULT 1,
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    visit_id       TEXT NOT NULL REFERENCES visits(id),
    role           TEXT NOT NULL CHECK (role IN ('UNIT_REPRESENTATIVE', 'TEAM_LEAD', 'SECRETARY', 'MEMBER')),
    full_name      TEXT NOT NULL,
    position       TEXT,
    status         TEXT NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SIGNED', 'REFUSED')),
    refusal_reason TEXT,
    signed_at      TEXT,
    sort_order     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ix_signatures_visit ON signatures(visit_id);

-- Exceptions to the Monday–Friday week: public holidays and days in lieu (OFF), swapped Saturdays (WORKDAY).
CREATE TABLE calendar_days (
    id          TEXT PRIMARY KEY NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    author      TEXT NOT NULL,
    device      TEXT NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 1,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    day         TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('OFF', 'WORKDAY')),
    name        TEXT
);
CREATE UNIQUE INDEX ux_calendar_day ON calendar_days(day) WHERE deleted = 0;

-- Who changed what, when and on which laptop. Append-only; no foreign keys so that it outlives anything.
CREATE TABLE audit_log (
    id          TEXT PRIMARY KEY NOT NULL,
    at          TEXT NOT NULL,
    author      TEXT NOT NULL,
    device      TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    visit_id    TEXT,
    action      TEXT NOT NULL CHECK (action IN ('CREATE', 'UPDATE', 'DELETE', 'IMPORT', 'SEED')),
    revision    INTEGER,
    changes     TEXT            -- JSON object: column -> [old, new]
);
CREATE INDEX ix_audit_visit ON audit_log(visit_id, at);
CREATE INDEX ix_audit_entity ON audit_log(entity_id, at);
