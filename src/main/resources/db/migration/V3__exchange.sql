-- Exchange between laptops, conflicts, finalised versions of visits (issue 5). See docs/exchange.md.
--
-- Tables named sync_* are local to this laptop: they describe what this laptop knows about the
-- others and never travel in a package. visit_versions is a table of records like any other (it
-- travels), so that every laptop can read what was finalised before a reopen.

-- The causal history of a record version that its own (device, revision) does not tell: the highest
-- revision of every laptop whose edits it includes, as JSON {"<device>": revision}. Written when a
-- version arrives from another laptop, when a conflict is resolved, and by RecordWriter when a local
-- edit replaces a version made elsewhere. A record with no row here has the history
-- {device: revision} of its own columns.
CREATE TABLE sync_clocks (
    tbl    TEXT NOT NULL,
    id     TEXT NOT NULL,
    clock  TEXT NOT NULL,
    PRIMARY KEY (tbl, id)
) WITHOUT ROWID;

-- Per recipient (a name the user types) the version of every record last sent to them, so that
-- "everything changed since the last export to X" is exact whatever the timestamps say.
CREATE TABLE sync_sent (
    recipient TEXT NOT NULL,
    tbl       TEXT NOT NULL,
    id        TEXT NOT NULL,
    device    TEXT NOT NULL,
    revision  INTEGER NOT NULL,
    PRIMARY KEY (recipient, tbl, id)
) WITHOUT ROWID;

-- Packages applied here, with what they did (one row per package: re-importing adds nothing).
CREATE TABLE sync_imports (
    package_id    TEXT PRIMARY KEY NOT NULL,
    imported_at   TEXT NOT NULL,
    source_device TEXT NOT NULL,
    source_author TEXT,
    counts        TEXT NOT NULL
);

-- Both versions of a record edited on two laptops since they last exchanged (EDIT), of two records
-- that claim the same natural key (DUPLICATE: e.g. the same criterion answered on two laptops), or of
-- a change that arrived for a visit finalised here (FINALISED). The table keeps the local version
-- until the user chooses.
CREATE TABLE sync_conflicts (
    id                TEXT PRIMARY KEY NOT NULL,
    tbl               TEXT NOT NULL,
    record_id         TEXT NOT NULL,
    other_id          TEXT,
    visit_id          TEXT,
    kind              TEXT NOT NULL CHECK (kind IN ('EDIT', 'DUPLICATE', 'FINALISED')),
    local_row         TEXT,
    local_clock       TEXT,
    incoming_row      TEXT NOT NULL,
    incoming_clock    TEXT NOT NULL,
    incoming_device   TEXT NOT NULL,
    incoming_revision INTEGER NOT NULL,
    package_id        TEXT NOT NULL,
    source_device     TEXT NOT NULL,
    source_author     TEXT,
    detected_at       TEXT NOT NULL,
    status            TEXT NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'RESOLVED', 'SUPERSEDED')),
    resolution        TEXT CHECK (resolution IN ('LOCAL', 'INCOMING')),
    resolved_at       TEXT,
    resolved_by       TEXT
);
CREATE UNIQUE INDEX ux_sync_conflicts_version ON sync_conflicts(tbl, record_id, incoming_device, incoming_revision);
CREATE INDEX ix_sync_conflicts_status ON sync_conflicts(status, detected_at);

-- Finalised versions of a visit: the canonical form that was hashed, kept readable after a reopen.
CREATE TABLE visit_versions (
    id            TEXT PRIMARY KEY NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    author        TEXT NOT NULL,
    device        TEXT NOT NULL,
    revision      INTEGER NOT NULL DEFAULT 1,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    visit_id      TEXT NOT NULL REFERENCES visits(id),
    version_no    INTEGER NOT NULL CHECK (version_no >= 1),
    form          TEXT NOT NULL,          -- name of the canonical form, e.g. congvu.visit.v1
    content       TEXT NOT NULL,          -- the canonical JSON that was hashed
    hash          TEXT NOT NULL CHECK (length(hash) = 64),
    finalised_at  TEXT NOT NULL,
    finalised_by  TEXT NOT NULL,
    reopened_at   TEXT,
    reopened_by   TEXT,
    reopen_reason TEXT,
    CHECK (reopened_at IS NULL OR length(trim(reopen_reason)) > 0)
);
CREATE INDEX ix_visit_versions_visit ON visit_versions(visit_id, version_no);

-- The audit log gains the actions of this issue. SQLite cannot alter a CHECK, so the table is rebuilt
-- with its rows.
CREATE TABLE audit_log_v3 (
    id          TEXT PRIMARY KEY NOT NULL,
    at          TEXT NOT NULL,
    author      TEXT NOT NULL,
    device      TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    visit_id    TEXT,
    action      TEXT NOT NULL CHECK (action IN ('CREATE', 'UPDATE', 'DELETE', 'IMPORT', 'SEED', 'EXPORT',
                                                'CONFLICT', 'RESOLVE', 'FINALISE', 'REOPEN')),
    revision    INTEGER,
    changes     TEXT
);
INSERT INTO audit_log_v3 (id, at, author, device, entity, entity_id, visit_id, action, revision, changes)
SELECT id, at, author, device, entity, entity_id, visit_id, action, revision, changes FROM audit_log;
DROP TABLE audit_log;
ALTER TABLE audit_log_v3 RENAME TO audit_log;
CREATE INDEX ix_audit_visit ON audit_log(visit_id, at);
CREATE INDEX ix_audit_entity ON audit_log(entity_id, at);
CREATE INDEX ix_audit_at ON audit_log(at);
