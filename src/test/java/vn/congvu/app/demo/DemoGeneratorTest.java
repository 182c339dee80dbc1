package vn.congvu.app.demo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.app.AppException;
import vn.congvu.app.Workspace;
import vn.congvu.domain.Dossier;
import vn.congvu.domain.LimitKind;
import vn.congvu.domain.Official;
import vn.congvu.domain.SearchKind;
import vn.congvu.domain.calendar.DossierTimeliness;
import vn.congvu.domain.calendar.DossierValidator;
import vn.congvu.domain.calendar.WorkingDayCalendar;
import vn.congvu.store.Sql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoGeneratorTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneOffset.UTC);

    /** One fresh database, made once: opening one seeds reference data, which takes longer than a demo. */
    @TempDir
    static Path shared;
    private static Path fresh;

    @TempDir
    Path dir;

    @BeforeAll
    static void makeFreshDatabase() {
        fresh = shared.resolve("fresh.db");
        try (Workspace ws = Workspace.open(fresh, true, CLOCK)) {
            assertThat(ws.stats().counts().get("units")).isEqualTo(126);
        }
    }

    private Path copyOfFresh(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.copy(fresh, file);
        return file;
    }

    private static Workspace open(Path file) {
        return Workspace.open(file, false, CLOCK);
    }

    // --- the same seed, the same data ------------------------------------------------------------------

    @Test
    void sameSeedOnTheSameDatabaseGivesByteIdenticalTables() throws Exception {
        Path a = copyOfFresh("a.db");
        Path b = copyOfFresh("b.db");
        try (Workspace wa = open(a); Workspace wb = open(b)) {
            DemoGenerator.Result ra = new DemoGenerator(wa).generate(60, 42);
            DemoGenerator.Result rb = new DemoGenerator(wb).generate(60, 42);
            assertThat(ra).isEqualTo(rb);
        }
        Map<String, List<String>> dumpA = dumpEveryTable(a);
        Map<String, List<String>> dumpB = dumpEveryTable(b);
        assertThat(dumpA.keySet()).contains("visits", "answers", "dossiers", "search_docs", "audit_log");
        assertThat(dumpA.get("answers")).hasSize(60 * 18);
        assertThat(dumpB.keySet()).isEqualTo(dumpA.keySet());
        dumpA.forEach((table, rows) -> assertThat(dumpB.get(table)).as(table).containsExactlyElementsOf(rows));
    }

    @Test
    void anotherSeedGivesOtherData() throws Exception {
        Path a = copyOfFresh("a.db");
        Path b = copyOfFresh("b.db");
        String planA;
        String planB;
        try (Workspace wa = open(a); Workspace wb = open(b)) {
            planA = new DemoGenerator(wa).generate(30, 1).planId();
            planB = new DemoGenerator(wb).generate(30, 2).planId();
        }
        assertThat(planA).isNotEqualTo(planB);
        Map<String, List<String>> dumpA = dumpEveryTable(a);
        Map<String, List<String>> dumpB = dumpEveryTable(b);
        assertThat(dumpA.get("officials")).doesNotContainAnyElementsOf(dumpB.get("officials"));
        assertThat(dumpA.get("visits")).isNotEqualTo(dumpB.get("visits"));
    }

    /**
     * Two databases created apart have reference data with different ids (made from the clock when they
     * were seeded), so their tables cannot be byte-identical; what the demo writes must still depend on
     * nothing else: with each ward, criterion and checklist named by its code, the rows are the same.
     */
    @Test
    void sameSeedOnSeparatelyCreatedDatabasesGivesTheSameRowsUpToReferenceIds() throws Exception {
        Path a = dir.resolve("a.db");
        Path b = dir.resolve("b.db");
        try (Workspace wa = Workspace.open(a, true, CLOCK)) {
            new DemoGenerator(wa).generate(25, 7);
        }
        try (Workspace wb = Workspace.open(b, true, Clock.offset(CLOCK, java.time.Duration.ofDays(3)))) {
            new DemoGenerator(wb).generate(25, 7);
        }
        List<String> demoTables = List.of("decisions", "plans", "teams", "team_members", "plan_units", "visits",
                "visit_inspectors", "visit_representatives", "answers", "officials", "dossiers", "recommendations",
                "corrective_actions");
        Map<String, List<String>> dumpA = dumpByNaturalKeys(a, demoTables);
        Map<String, List<String>> dumpB = dumpByNaturalKeys(b, demoTables);
        assertThat(dumpA.get("plan_units")).hasSize(126);
        dumpA.forEach((table, rows) -> assertThat(dumpB.get(table)).as(table).containsExactlyElementsOf(rows));
    }

    // --- realistic content -----------------------------------------------------------------------------

    @Test
    void everyCriterionOfEveryVisitIsAnsweredOnce() throws Exception {
        Path file = copyOfFresh("demo.db");
        try (Workspace ws = open(file)) {
            DemoGenerator.Result r = new DemoGenerator(ws).generate(80, 3);
            int criteria = ws.templates().currentContent().criteria().size();
            assertThat(r.answers()).isEqualTo(80L * criteria);
            List<long[]> perVisit = ws.db().read(c -> Sql.query(c, "SELECT count(*), count(DISTINCT criterion_id),"
                    + " count(result) FROM answers GROUP BY visit_id", rs -> new long[] {rs.getLong(1), rs.getLong(2),
                    rs.getLong(3)}));
            assertThat(perVisit).hasSize(80).allSatisfy(v -> assertThat(v).containsExactly(criteria, criteria, criteria));
        }
    }

    @Test
    void failuresAreAboutOneInEightAndSomeUnitsDoWorse() throws Exception {
        Path file = copyOfFresh("demo.db");
        try (Workspace ws = open(file)) {
            new DemoGenerator(ws).generate(200, 11);
            double share = ws.db().read(c -> Sql.queryOne(c,
                    "SELECT avg(result = 'FAIL') FROM answers", rs -> rs.getDouble(1))).orElseThrow();
            assertThat(share).isBetween(0.08, 0.20);
            List<Double> byUnit = ws.db().read(c -> Sql.query(c, "SELECT avg(a.result = 'FAIL') AS s FROM answers a"
                    + " JOIN visits v ON v.id = a.visit_id GROUP BY v.unit_id ORDER BY s", rs -> rs.getDouble(1)));
            double bottomTenth = byUnit.subList(0, byUnit.size() / 10).stream().mapToDouble(d -> d).average().orElseThrow();
            double topTenth = byUnit.subList(byUnit.size() * 9 / 10, byUnit.size()).stream().mapToDouble(d -> d)
                    .average().orElseThrow();
            assertThat(topTenth).isGreaterThan(3 * bottomTenth).isGreaterThan(0.2);
        }
    }

    @Test
    void visitsFallOnWorkingDaysOf2025InOfficeHours() throws Exception {
        Path file = copyOfFresh("demo.db");
        try (Workspace ws = open(file)) {
            new DemoGenerator(ws).generate(150, 5);
            WorkingDayCalendar calendar = ws.calendar().calendar();
            List<String[]> visits = ws.db().read(c -> Sql.query(c, "SELECT visit_date, started_at, ended_at, status,"
                    + " minutes_number FROM visits", rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3),
                    rs.getString(4), rs.getString(5)}));
            for (String[] v : visits) {
                LocalDate day = LocalDate.parse(v[0]);
                assertThat(day.getYear()).isEqualTo(2025);
                assertThat(calendar.isWorkingDay(day)).as(v[0]).isTrue();
                LocalTime start = LocalDateTime.parse(v[1]).toLocalTime();
                assertThat(start).isBetween(LocalTime.of(8, 0), LocalTime.of(16, 0));
                if (v[3].equals("COMPLETED")) {
                    LocalTime end = LocalDateTime.parse(v[2]).toLocalTime();
                    assertThat(end).isAfter(start).isBeforeOrEqualTo(LocalTime.of(17, 30));
                    assertThat(v[4]).endsWith("/BB-ĐKT");
                } else {
                    assertThat(v[2]).isNull();
                }
            }
            long completed = visits.stream().filter(v -> v[3].equals("COMPLETED")).count();
            assertThat(completed).isGreaterThan(visits.size() * 9L / 10);
            assertThat(visits.stream().filter(v -> v[4] != null).map(v -> v[4]).distinct().count()).isEqualTo(completed);
        }
    }

    @Test
    void dossierDueDatesAreThoseOfTheWorkingDayRulesAndSomeAreOverdue() throws Exception {
        Path file = copyOfFresh("demo.db");
        try (Workspace ws = open(file)) {
            new DemoGenerator(ws).generate(120, 8);
            DossierTimeliness timeliness = new DossierTimeliness(ws.calendar().calendar());
            DossierValidator validator = new DossierValidator(ws.calendar().calculator());
            Map<String, LocalDate> visitDates = visitDates(ws);
            List<Dossier> dossiers = allDossiers(ws);
            assertThat(dossiers).hasSizeGreaterThanOrEqualTo(120 * 3);
            int overdue = 0;
            int overdueWithoutApology = 0;
            for (Dossier d : dossiers) {
                LocalDate visitDate = visitDates.get(d.visitId());
                assertThat(d.dueDate()).as(d.code())
                        .isEqualTo(ws.calendar().dueDate(d.receivedAt(), d.limitDays(), LimitKind.WORKING_DAYS));
                assertThat(validator.validate(d, visitDate)).as(d.code()).isEmpty();
                assertThat(d.code()).matches("000\\.\\d{2}\\.\\d{2}\\.H26-\\d{6}-\\d{4}");
                if (timeliness.classify(d, visitDate).orElseThrow().timeliness().isOverdue()) {
                    overdue++;
                    if (Boolean.FALSE.equals(d.apologyIssued())) {
                        overdueWithoutApology++;
                    }
                } else {
                    assertThat(d.apologyIssued()).as(d.code()).isNull();
                }
            }
            assertThat(overdue).isBetween(dossiers.size() / 50, dossiers.size() / 4);
            assertThat(overdueWithoutApology).isPositive().isLessThan(overdue);
        }
    }

    @Test
    void overdueCountOfEachVisitAgreesWithItsSampledDossiers() throws Exception {
        Path file = copyOfFresh("demo.db");
        try (Workspace ws = open(file)) {
            new DemoGenerator(ws).generate(100, 9);
            DossierTimeliness timeliness = new DossierTimeliness(ws.calendar().calendar());
            Map<String, LocalDate> visitDates = visitDates(ws);
            Map<String, List<Dossier>> byVisit = allDossiers(ws).stream()
                    .collect(Collectors.groupingBy(Dossier::visitId));
            Map<String, double[]> onTime = ws.db().read(c -> {
                Map<String, double[]> out = new HashMap<>();
                for (Object[] row : Sql.query(c, "SELECT a.visit_id, a.value1, a.value2, a.result FROM answers a"
                        + " JOIN criteria cr ON cr.id = a.criterion_id WHERE cr.code = '5.1'", rs -> new Object[] {
                        rs.getString(1), rs.getDouble(2), rs.getDouble(3), rs.getString(4)})) {
                    out.put((String) row[0], new double[] {(double) row[1], (double) row[2], "FAIL".equals(row[3]) ? 1 : 0});
                }
                return out;
            });
            assertThat(onTime).hasSize(100);
            onTime.forEach((visitId, v) -> {
                List<Dossier> sampled = byVisit.get(visitId);
                long overdue = sampled.stream().filter(d -> timeliness.classify(d, visitDates.get(visitId)).orElseThrow()
                        .timeliness().isOverdue()).count();
                assertThat(v[0]).isEqualTo(sampled.size());
                assertThat(v[1]).isEqualTo(overdue);
                assertThat(v[2] == 1).isEqualTo(overdue > 0);
            });
        }
    }

    @Test
    void someOfficialsOnDutyBreakTheRulesAndTheBadgeCriterionSaysSo() throws Exception {
        Path file = copyOfFresh("demo.db");
        try (Workspace ws = open(file)) {
            DemoGenerator.Result r = new DemoGenerator(ws).generate(150, 12);
            List<Official> officials = ws.db().read(c -> {
                List<Official> out = new ArrayList<>();
                for (String visitId : Sql.query(c, "SELECT id FROM visits", rs -> rs.getString(1))) {
                    out.addAll(ws.officialRepository().officialsOf(c, visitId));
                }
                return out;
            });
            assertThat(officials).hasSize((int) r.officials());
            long violating = officials.stream().filter(Official::hasViolation).count();
            assertThat(violating).isBetween(officials.size() / 50L, officials.size() / 3L);
            assertThat(officials).allSatisfy(o -> assertThat(o.fullName().split(" ")).hasSizeBetween(3, 4));
            assertThat(officials.stream().filter(Official::hasViolation)).allSatisfy(o -> assertThat(o.note()).isNotBlank());

            Map<String, Boolean> badgeFailed = ws.db().read(c -> Sql.query(c, "SELECT a.visit_id, a.result FROM answers a"
                    + " JOIN criteria cr ON cr.id = a.criterion_id WHERE cr.code = '1.2'", rs -> Map.entry(rs.getString(1),
                    rs.getString(2).equals("FAIL")))).stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            Map<String, Boolean> someoneWithoutBadge = officials.stream().collect(Collectors.groupingBy(Official::visitId,
                    Collectors.reducing(false, o -> Boolean.FALSE.equals(o.badgeWorn()) || Boolean.FALSE.equals(o.dressOk()),
                            Boolean::logicalOr)));
            assertThat(badgeFailed).isEqualTo(someoneWithoutBadge);
        }
    }

    @Test
    void visitsWithFailuresGetRecommendationsWithCorrectiveActionsSomeOverdue() throws Exception {
        Path file = copyOfFresh("demo.db");
        try (Workspace ws = open(file)) {
            new DemoGenerator(ws).generate(150, 13);
            List<Object[]> visits = ws.db().read(c -> Sql.query(c, "SELECT v.status,"
                    + " (SELECT count(*) FROM answers a JOIN criteria cr ON cr.id = a.criterion_id"
                    + "  WHERE a.visit_id = v.id AND a.result = 'FAIL' AND cr.code <> '8.1'),"
                    + " (SELECT count(*) FROM recommendations r WHERE r.visit_id = v.id) FROM visits v",
                    rs -> new Object[] {rs.getString(1), rs.getLong(2), rs.getLong(3)}));
            for (Object[] v : visits) {
                boolean expected = v[0].equals("COMPLETED") && (long) v[1] > 0;
                assertThat((long) v[2] > 0).isEqualTo(expected);
            }
            long withoutAction = ws.db().read(c -> Sql.queryLong(c, "SELECT count(*) FROM recommendations r"
                    + " WHERE NOT EXISTS (SELECT 1 FROM corrective_actions a WHERE a.recommendation_id = r.id)"));
            assertThat(withoutAction).isZero();
            String lastVisit = ws.db().read(c -> Sql.queryOne(c, "SELECT max(visit_date) FROM visits",
                    rs -> rs.getString(1))).orElseThrow();
            long overdueOpen = ws.db().read(c -> Sql.queryLong(c, "SELECT count(*) FROM corrective_actions"
                    + " WHERE status IN ('OPEN', 'IN_PROGRESS') AND deadline < ?", lastVisit));
            long done = ws.db().read(c -> Sql.queryLong(c, "SELECT count(*) FROM corrective_actions WHERE status = 'DONE'"
                    + " AND completed_on IS NOT NULL AND completed_on <= ?", lastVisit));
            long verified = ws.db().read(c -> Sql.queryLong(c, "SELECT count(*) FROM corrective_actions a"
                    + " JOIN visits v ON v.id = a.verified_visit_id"
                    + " WHERE v.unit_id = a.unit_id AND v.visit_date > a.completed_on"));
            assertThat(overdueOpen).isPositive();
            assertThat(done).isPositive();
            assertThat(verified).isPositive();
        }
    }

    @Test
    void findingsAreSearchableWithoutDiacritics() throws Exception {
        Path file = copyOfFresh("demo.db");
        try (Workspace ws = open(file)) {
            new DemoGenerator(ws).generate(100, 14);
            assertThat(ws.stats().search("qua han", Set.of(SearchKind.FINDING), 5)).isNotEmpty();
            assertThat(ws.stats().search("dang ky khai sinh", Set.of(SearchKind.DOSSIER), 5)).isNotEmpty();
        }
    }

    // --- integrity, counts, a second run -----------------------------------------------------------------

    @Test
    void databaseIsSoundAndCountsAreWhatTheRunReports() throws Exception {
        Path file = copyOfFresh("demo.db");
        try (Workspace ws = open(file)) {
            Map<String, Long> before = ws.stats().counts();
            long auditBefore = ws.db().read(c -> Sql.queryLong(c, "SELECT count(*) FROM audit_log"));
            DemoGenerator.Result r = new DemoGenerator(ws).generate(70, 15);
            assertThat(ws.stats().verify(true)).isEmpty();
            Map<String, Long> after = ws.stats().counts();
            assertThat(after.get("plans")).isEqualTo(before.get("plans") + 1);
            assertThat(after.get("teams")).isEqualTo(1);
            assertThat(after.get("members")).isEqualTo(9);
            assertThat(after.get("visits")).isEqualTo(r.visits()).isEqualTo(70);
            assertThat(after.get("answers")).isEqualTo(r.answers());
            assertThat(after.get("officials")).isEqualTo(r.officials());
            assertThat(after.get("dossiers")).isEqualTo(r.dossiers());
            assertThat(after.get("recommendations")).isEqualTo(r.recommendations());
            assertThat(after.get("actions")).isEqualTo(r.correctiveActions());
            assertThat(after.get("units")).isEqualTo(before.get("units"));
            assertThat(ws.plans().list()).singleElement().satisfies(p -> {
                assertThat(p.plan().id()).isEqualTo(r.planId());
                assertThat(p.unitsPlanned()).isEqualTo(126);
                assertThat(p.visits()).isEqualTo(70);
            });
            List<String[]> audit = ws.db().read(c -> Sql.query(c, "SELECT action, entity, entity_id FROM audit_log"
                    + " ORDER BY rowid", rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}));
            assertThat(audit).hasSize((int) auditBefore + 1);
            assertThat(audit.get(audit.size() - 1)).containsExactly("SEED", "plans", r.planId());
        }
    }

    @Test
    void secondRunOnTheSameDatabaseAddsANewPlanBesideTheFirst() throws Exception {
        Path file = copyOfFresh("demo.db");
        try (Workspace ws = open(file)) {
            DemoGenerator.Result first = new DemoGenerator(ws).generate(40, 21);
            DemoGenerator.Result second = new DemoGenerator(ws).generate(40, 21);
            assertThat(second.planId()).isNotEqualTo(first.planId());
            Map<String, Long> counts = ws.stats().counts();
            assertThat(counts.get("plans")).isEqualTo(2);
            assertThat(counts.get("visits")).isEqualTo(80);
            assertThat(counts.get("answers")).isEqualTo(first.answers() + second.answers());
            assertThat(ws.visits().list(first.planId())).hasSize(40);
            assertThat(ws.visits().list(second.planId())).hasSize(40);
            assertThat(ws.stats().verify(true)).isEmpty();
        }
    }

    @Test
    void demoDataCanBeEditedLikeAnyOther() throws Exception {
        Path file = copyOfFresh("demo.db");
        try (Workspace ws = open(file)) {
            DemoGenerator.Result r = new DemoGenerator(ws).generate(10, 22);
            String visitId = ws.visits().list(r.planId()).get(0).id();
            var saved = ws.visits().answer(visitId, "2.1", vn.congvu.domain.Result.FAIL, "Máy lấy số bị hỏng");
            assertThat(saved.revision()).isEqualTo(2);
            assertThat(ws.stats().verify(false)).isEmpty();
        }
    }

    @Test
    void idsThatClashWithExistingRecordsAreRefusedAndNothingIsWritten() throws Exception {
        Path probe = copyOfFresh("probe.db");
        String decisionId;
        try (Workspace ws = open(probe)) {
            String planId = new DemoGenerator(ws).generate(5, 31).planId();
            decisionId = ws.db().read(c -> Sql.queryOne(c, "SELECT decision_id FROM plans WHERE id = ?",
                    rs -> rs.getString(1), planId)).orElseThrow();
        }
        Path file = copyOfFresh("demo.db");
        try (Workspace ws = open(file)) {
            // a record already holding the id the same seed will give the decision (decisions do not change the stream)
            String taken = decisionId;
            ws.db().write(c -> Sql.update(c, "INSERT INTO decisions (id, created_at, updated_at, author, device, number)"
                    + " VALUES (?, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z', 'x', 'y', '1/QĐ-UBND')", taken));
            Map<String, Long> before = ws.stats().counts();
            assertThatThrownBy(() -> new DemoGenerator(ws).generate(5, 31))
                    .isInstanceOfSatisfying(AppException.class, e -> {
                        assertThat(e.key()).isEqualTo("error.demo.idClash");
                        assertThat(e.args()).containsExactly("31");
                    });
            assertThat(ws.stats().counts()).isEqualTo(before);
            assertThat(ws.stats().verify(false)).isEmpty();
        }
    }

    @Test
    void aDatabaseWithoutWardsOrCommunesIsRefused() throws Exception {
        Path file = copyOfFresh("demo.db");
        try (Workspace ws = open(file)) {
            ws.db().write(c -> Sql.update(c, "UPDATE units SET deleted = 1"));
            assertThatThrownBy(() -> new DemoGenerator(ws).generate(5, 1))
                    .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.key()).isEqualTo("error.demo.noUnits"));
            assertThat(ws.stats().counts().get("plans")).isZero();
        }
    }

    @Test
    void fewerThanOneVisitIsRefused() throws Exception {
        Path file = copyOfFresh("demo.db");
        try (Workspace ws = open(file)) {
            assertThatThrownBy(() -> new DemoGenerator(ws).generate(0, 1)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    // --- helpers -------------------------------------------------------------------------------------

    private static Map<String, LocalDate> visitDates(Workspace ws) {
        return ws.db().read(c -> {
            Map<String, LocalDate> out = new HashMap<>();
            for (String[] row : Sql.query(c, "SELECT id, visit_date FROM visits", rs -> new String[] {rs.getString(1),
                    rs.getString(2)})) {
                out.put(row[0], LocalDate.parse(row[1]));
            }
            return out;
        });
    }

    private static List<Dossier> allDossiers(Workspace ws) {
        return ws.db().read(c -> {
            List<Dossier> out = new ArrayList<>();
            for (String visitId : Sql.query(c, "SELECT id FROM visits", rs -> rs.getString(1))) {
                out.addAll(ws.dossierRepository().dossiersOf(c, visitId));
            }
            return out;
        });
    }

    /** Every table of the file, each row as text with its SQLite types, in key order. */
    private static Map<String, List<String>> dumpEveryTable(Path file) throws SQLException {
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file)) {
            List<String> tables = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            Map<String, List<String>> out = new java.util.TreeMap<>();
            for (String table : tables) {
                if (table.equals("search_fts")) {
                    continue; // the virtual table: its shadow tables are dumped instead
                }
                out.put(table, dump(c, table, Map.of()));
            }
            return out;
        }
    }

    /** The given tables, with the ids of wards, criteria, groups and checklists replaced by their codes. */
    private static Map<String, List<String>> dumpByNaturalKeys(Path file, List<String> tables) throws SQLException {
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Map<String, String> keys = new HashMap<>();
            for (String sql : List.of("SELECT id, 'unit:' || code FROM units",
                    "SELECT id, 'criterion:' || code FROM criteria",
                    "SELECT id, 'group:' || code FROM checklist_groups",
                    "SELECT id, 'template:' || code || '/' || version FROM checklist_templates")) {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                    while (rs.next()) {
                        keys.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            Map<String, List<String>> out = new java.util.TreeMap<>();
            for (String table : tables) {
                out.put(table, dump(c, table, keys));
            }
            return out;
        }
    }

    private static List<String> dump(Connection c, String table, Map<String, String> replace) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table + " LIMIT 0")) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                columns.add(md.getColumnName(i));
            }
        }
        String order = columns.contains("id") ? "id"
                : java.util.stream.IntStream.rangeClosed(1, columns.size()).mapToObj(String::valueOf)
                .collect(Collectors.joining(", "));
        List<String> rows = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY " + order)) {
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns.size(); i++) {
                    Object v = rs.getObject(i);
                    String text = v == null ? "NULL" : v instanceof byte[] b ? "x'" + HexFormat.of().formatHex(b) + "'"
                            : v.getClass().getSimpleName() + ":" + replace.getOrDefault(v.toString(), v.toString());
                    row.append(columns.get(i - 1)).append('=').append(text).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
