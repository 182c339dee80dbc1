package vn.congvu.store;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import vn.congvu.domain.AnswerType;
import vn.congvu.domain.ChecklistGroup;
import vn.congvu.domain.ChecklistTemplate;
import vn.congvu.domain.Criterion;
import vn.congvu.domain.IntegrityIssue;
import vn.congvu.domain.Recommendation;
import vn.congvu.domain.Result;
import vn.congvu.domain.SearchKind;
import vn.congvu.domain.TemplateStatus;
import vn.congvu.domain.Visit;
import vn.congvu.domain.VisitStatus;
import vn.congvu.testing.MutableClock;
import vn.congvu.testing.Records;
import vn.congvu.testing.TestStore;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congvu.testing.Queries.count;
import static vn.congvu.testing.Queries.searchIds;
import static vn.congvu.testing.Queries.text;
import static vn.congvu.testing.Queries.texts;

class MigrationTest {

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.+\\.sql");

    @TempDir
    Path dir;

    private Path dbFile() {
        return dir.resolve("congvu.db");
    }

    @Test
    void emptyFileIsMigratedToTheLatestVersion() {
        try (Database db = Database.open(dbFile(), Database.Mode.CREATE_OR_MIGRATE)) {
            assertThat(text(db, "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1"))
                    .isEqualTo(String.valueOf(Database.SCHEMA_VERSION));
            assertThat(count(db, "SELECT count(*) FROM flyway_schema_history WHERE success = 0")).isZero();
            assertThat(texts(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))
                    .contains("units", "visits", "answers", "audit_log", "search_docs", "search_fts");
        }
    }

    @Test
    void schemaVersionConstantIsTheNewestMigrationOnTheClasspath() throws IOException, URISyntaxException {
        URL folder = MigrationTest.class.getClassLoader().getResource("db/migration");
        assertThat(folder).isNotNull();
        int newest;
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            newest = files.map(p -> MIGRATION.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1)))
                    .max().orElseThrow();
        }
        assertThat(Database.SCHEMA_VERSION).isEqualTo(newest);
    }

    @Test
    void versionOneDatabaseIsMigratedAndItsDataKept() throws SQLException {
        V1Data data = makeVersionOneDatabase();

        try (Database db = Database.open(dbFile(), Database.Mode.EXISTING_ONLY)) {
            assertThat(texts(db, "SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank"))
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, Database.SCHEMA_VERSION)
                            .mapToObj(String::valueOf).toList());
            assertThat(text(db, "SELECT name FROM units WHERE id = ?", data.unitId)).isEqualTo("Đống Đa");
            assertThat(text(db, "SELECT note FROM answers WHERE id = ?", data.answerId))
                    .isEqualTo("Bộ phận một cửa không niêm yết lịch làm việc");
            assertThat(text(db, "SELECT full_name FROM officials WHERE id = ?", data.officialId))
                    .isEqualTo("Phạm Đức Anh");
            assertThat(text(db, "SELECT procedure_name FROM dossiers WHERE id = ?", data.dossierId))
                    .isEqualTo("Đăng ký khai sinh");
            assertThat(count(db, "SELECT count(*) FROM audit_log")).isEqualTo(9);
        }
    }

    @Test
    void versionTwoIndexesRecordsThatExistedBeforeIt() throws SQLException {
        V1Data data = makeVersionOneDatabase();

        try (Database db = Database.open(dbFile(), Database.Mode.EXISTING_ONLY)) {
            assertThat(searchIds(db, "dong da", SearchKind.UNIT)).containsExactly(data.unitId);
            assertThat(searchIds(db, "mot cua")).containsExactly(data.answerId);
            assertThat(searchIds(db, "duc anh")).containsExactly(data.officialId);
            assertThat(searchIds(db, "khai sinh")).containsExactly(data.dossierId);
            assertThat(searchIds(db, "HS-0017")).containsExactly(data.dossierId);
            assertThat(searchIds(db, "thieu ho so")).containsExactly(data.visitId);
            assertThat(searchIds(db, "niem yet bo sung")).containsExactly(data.recommendationId);
            List<IntegrityIssue> issues = db.read(c -> new IntegrityChecker().check(c, true));
            assertThat(issues).isEmpty();
        }
    }

    @Test
    void versionTwoDoesNotIndexTombstonesOfVersionOne() throws SQLException {
        V1Data data = makeVersionOneDatabase();
        try (Connection c = v1Connection()) {
            new RecordWriter(() -> TestStore.INSPECTOR, MutableClock.atStart(), () -> UUID.randomUUID().toString())
                    .delete(c, Table.OFFICIALS, data.officialId);
        }
        try (Database db = Database.open(dbFile(), Database.Mode.EXISTING_ONLY)) {
            assertThat(searchIds(db, "duc anh")).isEmpty();
            assertThat(count(db, "SELECT count(*) FROM search_docs WHERE ref_id = ?", data.officialId)).isZero();
        }
    }

    @ParameterizedTest(name = "from version {0}")
    @ValueSource(ints = {1, 2, 3})
    void everyEarlierVersionIsMigratedToTheLatestWithItsDataAndTheNewIndexes(int from) throws SQLException {
        assertThat(from).isLessThan(Database.SCHEMA_VERSION);
        V1Data data = makeDatabaseAt(from);

        try (Database db = Database.open(dbFile(), Database.Mode.EXISTING_ONLY)) {
            assertThat(texts(db, "SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank"))
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, Database.SCHEMA_VERSION)
                            .mapToObj(String::valueOf).toList());
            assertThat(text(db, "SELECT note FROM answers WHERE id = ?", data.answerId))
                    .isEqualTo("Bộ phận một cửa không niêm yết lịch làm việc");
            assertThat(texts(db, "SELECT name FROM sqlite_master WHERE type = 'index' AND name IN ('ix_answers_visit',"
                    + " 'ix_actions_verified_visit', 'ix_visit_inspectors_member', 'ix_recommendations_criterion')"
                    + " ORDER BY name")).containsExactly("ix_actions_verified_visit", "ix_answers_visit",
                    "ix_recommendations_criterion", "ix_visit_inspectors_member");
            assertThat(searchIds(db, "mot cua")).containsExactly(data.answerId);
            List<IntegrityIssue> issues = db.read(c -> new IntegrityChecker().check(c, true));
            assertThat(issues).isEmpty();
        }
    }

    @Test
    void hotReadsUseAnIndexNotAScan() {
        try (Database db = Database.open(dbFile(), Database.Mode.CREATE_OR_MIGRATE)) {
            // every row of a visit, tombstones included, as an export reads them
            assertThat(plan(db, "SELECT * FROM answers WHERE visit_id IN (?, ?)")).contains("ix_answers_visit")
                    .doesNotContain("SCAN answers");
            // the live answer to one criterion, as a save reads it: still the unique index
            assertThat(plan(db, "SELECT * FROM answers WHERE visit_id = ? AND criterion_id = ? AND deleted = 0"))
                    .contains("ux_answers_visit_criterion");
            assertThat(plan(db, "SELECT id FROM corrective_actions WHERE verified_visit_id = ?"))
                    .contains("ix_actions_verified_visit");
            assertThat(plan(db, "SELECT id FROM visit_inspectors WHERE member_id = ?"))
                    .contains("ix_visit_inspectors_member");
            assertThat(plan(db, "SELECT id FROM recommendations WHERE criterion_id = ?"))
                    .contains("ix_recommendations_criterion");
        }
    }

    private static String plan(Database db, String sql) {
        List<String> rows = db.read(c -> Sql.query(c, "EXPLAIN QUERY PLAN " + sql, rs -> rs.getString("detail"),
                new Object[sql.length() - sql.replace("?", "").length()]));
        return String.join("\n", rows);
    }

    private record V1Data(String unitId, String visitId, String answerId, String officialId, String dossierId,
                          String recommendationId) {
    }

    /** A database at version 1 only, holding a ward, a visit with a noted answer, an official and a dossier. */
    private V1Data makeVersionOneDatabase() throws SQLException {
        return makeDatabaseAt(1);
    }

    /** A database migrated only up to {@code version}, holding the records of {@link #makeVersionOneDatabase}. */
    private V1Data makeDatabaseAt(int version) throws SQLException {
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + dbFile());
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").target(String.valueOf(version))
                .load().migrate();

        try (Connection c = v1Connection()) {
            assertThat(Sql.queryLong(c, "SELECT coalesce(max(CAST(version AS INTEGER)), 0) FROM flyway_schema_history"
                    + " WHERE success = 1")).isEqualTo(version);
            assertThat(Sql.queryLong(c, "SELECT count(*) FROM sqlite_master WHERE name = 'search_docs'"))
                    .isEqualTo(version >= 2 ? 1 : 0);
            RecordWriter writer = new RecordWriter(() -> TestStore.INSPECTOR, MutableClock.atStart(),
                    IdGenerator.timeOrdered());
            String unitId = new UnitRepository(writer).insert(c, Records.ward("00009", "Đống Đa"));
            TemplateRepository templates = new TemplateRepository(writer);
            String templateId = templates.insertTemplate(c, new ChecklistTemplate(null, "CCHC-MC", 1, "Bộ tiêu chí",
                    2025, TemplateStatus.ACTIVE, null, 0));
            String groupId = templates.insertGroup(c, new ChecklistGroup(null, templateId, "3", "Niêm yết", 1, 0));
            String criterionId = templates.insertCriterion(c, new Criterion(null, templateId, groupId, "3.1",
                    "Niêm yết công khai TTHC", AnswerType.PASS_FAIL, List.of(), List.of(), true, null, 1, null, 1, 0));
            var visit = Records.visit(null, unitId, templateId, VisitStatus.IN_PROGRESS);
            String visitId = new VisitRepository(writer).insert(c, new Visit(null, null, null, unitId,
                    null, templateId, visit.visitDate(), visit.startedAt(), null, true, visit.place(), null,
                    VisitStatus.IN_PROGRESS, "Đơn vị còn thiếu hồ sơ lưu", 0));
            String answerId = new AnswerRepository(writer).save(c, Records.answer(visitId, criterionId, Result.FAIL,
                    "Bộ phận một cửa không niêm yết lịch làm việc")).id();
            String officialId = new OfficialRepository(writer).insert(c, Records.official(visitId, "Phạm Đức Anh"));
            String dossierId = new DossierRepository(writer).insert(c, Records.dossier(visitId, "HS-0017",
                    "Đăng ký khai sinh", LocalDateTime.of(2025, 3, 3, 9, 0)));
            String recommendationId = new FollowUpRepository(writer).insertRecommendation(c,
                    new Recommendation(null, visitId, unitId, criterionId,
                            "Niêm yết bổ sung lịch làm việc", null, null, 1, 0));
            return new V1Data(unitId, visitId, answerId, officialId, dossierId, recommendationId);
        }
    }

    private Connection v1Connection() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        return config.createConnection("jdbc:sqlite:" + dbFile());
    }

}
