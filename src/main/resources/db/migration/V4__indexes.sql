-- Indexes that reads and foreign-key checks were missing (issue 2, store speed). Only indexes: no table
-- or data changes.
--
-- answers.visit_id had only the partial unique index (visit_id, criterion_id) WHERE deleted = 0. Reads
-- that include tombstones (exchange export of a plan or of visits: every row of a visit, deleted or not)
-- and SQLite's foreign-key checks (which never use a partial index; with defer_foreign_keys, as a merge
-- runs, they look up the children of every visit written) scanned the whole table: 180,000 rows on a
-- 10,000-visit database.
CREATE INDEX ix_answers_visit ON answers(visit_id);

-- The other foreign keys whose child column had no usable index and whose child table grows with the
-- number of visits: each check of a visit, a team member or a criterion scanned the whole child table.
CREATE INDEX ix_actions_verified_visit ON corrective_actions(verified_visit_id);
CREATE INDEX ix_visit_inspectors_member ON visit_inspectors(member_id);
CREATE INDEX ix_recommendations_criterion ON recommendations(criterion_id);
