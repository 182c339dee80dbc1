-- Diacritic-insensitive search over units, officials, dossiers and notes.
--
-- search_docs holds one row per searchable record; search_fts indexes its body as an external-content
-- FTS5 table, so that replacing one record's entry costs an index lookup, not a scan.
-- FTS5's unicode61 tokenizer with remove_diacritics 2 folds "Một cửa" to "mot cua", but Unicode
-- does not decompose đ/Đ, so bodies are stored with đ→d and Đ→D already folded (the query side folds
-- the same way). Triggers keep the index in step with every write, whatever path made it.

CREATE TABLE search_docs (
    rowid    INTEGER PRIMARY KEY,
    ref_id   TEXT NOT NULL UNIQUE,
    kind     TEXT NOT NULL CHECK (kind IN ('UNIT', 'OFFICIAL', 'DOSSIER', 'FINDING', 'VISIT', 'RECOMMENDATION')),
    visit_id TEXT,
    unit_id  TEXT,
    title    TEXT NOT NULL,
    body     TEXT NOT NULL
);
CREATE INDEX ix_search_docs_visit ON search_docs(visit_id);

CREATE VIRTUAL TABLE search_fts USING fts5(
    body,
    content = 'search_docs',
    content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN
    INSERT INTO search_fts(rowid, body) VALUES (new.rowid, new.body);
END;
CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN
    INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', old.rowid, old.body);
END;
CREATE TRIGGER search_docs_au AFTER UPDATE ON search_docs BEGIN
    INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', old.rowid, old.body);
    INSERT INTO search_fts(rowid, body) VALUES (new.rowid, new.body);
END;

-- units ---------------------------------------------------------------------------------------------
CREATE TRIGGER units_search_ai AFTER INSERT ON units WHEN new.deleted = 0 BEGIN
    INSERT INTO search_docs(ref_id, kind, unit_id, title, body)
    VALUES (new.id, 'UNIT', new.id,
            CASE new.kind WHEN 'WARD' THEN 'Phường ' WHEN 'COMMUNE' THEN 'Xã ' ELSE '' END || new.name,
            replace(replace(
                CASE new.kind WHEN 'WARD' THEN 'Phường ' WHEN 'COMMUNE' THEN 'Xã ' ELSE '' END
                || new.name || ' ' || coalesce(new.code, '') || ' ' || coalesce(new.address, ''),
                'đ', 'd'), 'Đ', 'D'));
END;
CREATE TRIGGER units_search_au AFTER UPDATE ON units BEGIN
    DELETE FROM search_docs WHERE ref_id = old.id;
    INSERT INTO search_docs(ref_id, kind, unit_id, title, body)
    SELECT new.id, 'UNIT', new.id,
           CASE new.kind WHEN 'WARD' THEN 'Phường ' WHEN 'COMMUNE' THEN 'Xã ' ELSE '' END || new.name,
           replace(replace(
               CASE new.kind WHEN 'WARD' THEN 'Phường ' WHEN 'COMMUNE' THEN 'Xã ' ELSE '' END
               || new.name || ' ' || coalesce(new.code, '') || ' ' || coalesce(new.address, ''),
               'đ', 'd'), 'Đ', 'D')
    WHERE new.deleted = 0;
END;

-- officials on duty ---------------------------------------------------------------------------------
CREATE TRIGGER officials_search_ai AFTER INSERT ON officials WHEN new.deleted = 0 BEGIN
    INSERT INTO search_docs(ref_id, kind, visit_id, unit_id, title, body)
    SELECT new.id, 'OFFICIAL', new.visit_id, v.unit_id, new.full_name,
           replace(replace(new.full_name || ' ' || coalesce(new.position, '') || ' ' || coalesce(new.note, ''),
                           'đ', 'd'), 'Đ', 'D')
    FROM visits v WHERE v.id = new.visit_id;
END;
CREATE TRIGGER officials_search_au AFTER UPDATE ON officials BEGIN
    DELETE FROM search_docs WHERE ref_id = old.id;
    INSERT INTO search_docs(ref_id, kind, visit_id, unit_id, title, body)
    SELECT new.id, 'OFFICIAL', new.visit_id, v.unit_id, new.full_name,
           replace(replace(new.full_name || ' ' || coalesce(new.position, '') || ' ' || coalesce(new.note, ''),
                           'đ', 'd'), 'Đ', 'D')
    FROM visits v WHERE v.id = new.visit_id AND new.deleted = 0;
END;

-- sampled dossiers ----------------------------------------------------------------------------------
CREATE TRIGGER dossiers_search_ai AFTER INSERT ON dossiers WHEN new.deleted = 0 BEGIN
    INSERT INTO search_docs(ref_id, kind, visit_id, unit_id, title, body)
    SELECT new.id, 'DOSSIER', new.visit_id, v.unit_id, new.code || ' – ' || new.procedure_name,
           replace(replace(new.code || ' ' || new.procedure_name || ' ' || coalesce(new.note, ''),
                           'đ', 'd'), 'Đ', 'D')
    FROM visits v WHERE v.id = new.visit_id;
END;
CREATE TRIGGER dossiers_search_au AFTER UPDATE ON dossiers BEGIN
    DELETE FROM search_docs WHERE ref_id = old.id;
    INSERT INTO search_docs(ref_id, kind, visit_id, unit_id, title, body)
    SELECT new.id, 'DOSSIER', new.visit_id, v.unit_id, new.code || ' – ' || new.procedure_name,
           replace(replace(new.code || ' ' || new.procedure_name || ' ' || coalesce(new.note, ''),
                           'đ', 'd'), 'Đ', 'D')
    FROM visits v WHERE v.id = new.visit_id AND new.deleted = 0;
END;

-- findings: the notes written against a criterion ---------------------------------------------------
CREATE TRIGGER answers_search_ai AFTER INSERT ON answers
WHEN new.deleted = 0 AND length(trim(coalesce(new.note, ''))) > 0 BEGIN
    INSERT INTO search_docs(ref_id, kind, visit_id, unit_id, title, body)
    SELECT new.id, 'FINDING', new.visit_id, v.unit_id, new.note,
           replace(replace(new.note, 'đ', 'd'), 'Đ', 'D')
    FROM visits v WHERE v.id = new.visit_id;
END;
CREATE TRIGGER answers_search_au AFTER UPDATE OF note, deleted ON answers BEGIN
    DELETE FROM search_docs WHERE ref_id = old.id;
    INSERT INTO search_docs(ref_id, kind, visit_id, unit_id, title, body)
    SELECT new.id, 'FINDING', new.visit_id, v.unit_id, new.note,
           replace(replace(new.note, 'đ', 'd'), 'Đ', 'D')
    FROM visits v
    WHERE v.id = new.visit_id AND new.deleted = 0 AND length(trim(coalesce(new.note, ''))) > 0;
END;

-- the overall note of a visit -----------------------------------------------------------------------
CREATE TRIGGER visits_search_ai AFTER INSERT ON visits
WHEN new.deleted = 0 AND length(trim(coalesce(new.overall_note, ''))) > 0 BEGIN
    INSERT INTO search_docs(ref_id, kind, visit_id, unit_id, title, body)
    VALUES (new.id, 'VISIT', new.id, new.unit_id, new.overall_note,
            replace(replace(new.overall_note, 'đ', 'd'), 'Đ', 'D'));
END;
CREATE TRIGGER visits_search_au AFTER UPDATE OF overall_note, deleted, unit_id ON visits BEGIN
    DELETE FROM search_docs WHERE ref_id = old.id;
    INSERT INTO search_docs(ref_id, kind, visit_id, unit_id, title, body)
    SELECT new.id, 'VISIT', new.id, new.unit_id, new.overall_note,
           replace(replace(new.overall_note, 'đ', 'd'), 'Đ', 'D')
    WHERE new.deleted = 0 AND length(trim(coalesce(new.overall_note, ''))) > 0;
END;

-- recommendations -----------------------------------------------------------------------------------
CREATE TRIGGER recommendations_search_ai AFTER INSERT ON recommendations WHEN new.deleted = 0 BEGIN
    INSERT INTO search_docs(ref_id, kind, visit_id, unit_id, title, body)
    VALUES (new.id, 'RECOMMENDATION', new.visit_id, new.unit_id, new.text,
            replace(replace(new.text, 'đ', 'd'), 'Đ', 'D'));
END;
CREATE TRIGGER recommendations_search_au AFTER UPDATE OF text, deleted ON recommendations BEGIN
    DELETE FROM search_docs WHERE ref_id = old.id;
    INSERT INTO search_docs(ref_id, kind, visit_id, unit_id, title, body)
    SELECT new.id, 'RECOMMENDATION', new.visit_id, new.unit_id, new.text,
           replace(replace(new.text, 'đ', 'd'), 'Đ', 'D')
    WHERE new.deleted = 0;
END;

-- records written before this migration -------------------------------------------------------------
-- The triggers above only see writes from now on; index what is already there, by the same rules.
INSERT INTO search_docs(ref_id, kind, unit_id, title, body)
SELECT id, 'UNIT', id,
       CASE kind WHEN 'WARD' THEN 'Phường ' WHEN 'COMMUNE' THEN 'Xã ' ELSE '' END || name,
       replace(replace(
           CASE kind WHEN 'WARD' THEN 'Phường ' WHEN 'COMMUNE' THEN 'Xã ' ELSE '' END
           || name || ' ' || coalesce(code, '') || ' ' || coalesce(address, ''),
           'đ', 'd'), 'Đ', 'D')
FROM units WHERE deleted = 0;

INSERT INTO search_docs(ref_id, kind, visit_id, unit_id, title, body)
SELECT o.id, 'OFFICIAL', o.visit_id, v.unit_id, o.full_name,
       replace(replace(o.full_name || ' ' || coalesce(o.position, '') || ' ' || coalesce(o.note, ''),
                       'đ', 'd'), 'Đ', 'D')
FROM officials o JOIN visits v ON v.id = o.visit_id WHERE o.deleted = 0;

INSERT INTO search_docs(ref_id, kind, visit_id, unit_id, title, body)
SELECT d.id, 'DOSSIER', d.visit_id, v.unit_id, d.code || ' – ' || d.procedure_name,
       replace(replace(d.code || ' ' || d.procedure_name || ' ' || coalesce(d.note, ''),
                       'đ', 'd'), 'Đ', 'D')
FROM dossiers d JOIN visits v ON v.id = d.visit_id WHERE d.deleted = 0;

INSERT INTO search_docs(ref_id, kind, visit_id, unit_id, title, body)
SELECT a.id, 'FINDING', a.visit_id, v.unit_id, a.note,
       replace(replace(a.note, 'đ', 'd'), 'Đ', 'D')
FROM answers a JOIN visits v ON v.id = a.visit_id
WHERE a.deleted = 0 AND length(trim(coalesce(a.note, ''))) > 0;

INSERT INTO search_docs(ref_id, kind, visit_id, unit_id, title, body)
SELECT id, 'VISIT', id, unit_id, overall_note,
       replace(replace(overall_note, 'đ', 'd'), 'Đ', 'D')
FROM visits WHERE deleted = 0 AND length(trim(coalesce(overall_note, ''))) > 0;

INSERT INTO search_docs(ref_id, kind, visit_id, unit_id, title, body)
SELECT id, 'RECOMMENDATION', visit_id, unit_id, text,
       replace(replace(text, 'đ', 'd'), 'Đ', 'D')
FROM recommendations WHERE deleted = 0;
