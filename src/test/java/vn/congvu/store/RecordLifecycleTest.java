package vn.congvu.store;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.congvu.domain.ActionStatus;
import vn.congvu.domain.AnswerType;
import vn.congvu.domain.Attitude;
import vn.congvu.domain.CalendarDay;
import vn.congvu.domain.ChecklistGroup;
import vn.congvu.domain.ChecklistTemplate;
import vn.congvu.domain.CorrectiveAction;
import vn.congvu.domain.Counter;
import vn.congvu.domain.Criterion;
import vn.congvu.domain.DayKind;
import vn.congvu.domain.Decision;
import vn.congvu.domain.Evidence;
import vn.congvu.domain.Plan;
import vn.congvu.domain.PlanStatus;
import vn.congvu.domain.PlanUnit;
import vn.congvu.domain.Recommendation;
import vn.congvu.domain.Result;
import vn.congvu.domain.Signature;
import vn.congvu.domain.SignatureStatus;
import vn.congvu.domain.SignerRole;
import vn.congvu.domain.Team;
import vn.congvu.domain.TeamMember;
import vn.congvu.domain.TeamRole;
import vn.congvu.domain.TemplateStatus;
import vn.congvu.domain.Unit;
import vn.congvu.domain.UnitKind;
import vn.congvu.domain.UnitResponse;
import vn.congvu.domain.VisitInspector;
import vn.congvu.domain.VisitRepresentative;
import vn.congvu.testing.AuditEntries;
import vn.congvu.testing.Records;
import vn.congvu.testing.Scenario;
import vn.congvu.testing.TestStore;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.congvu.testing.Queries.text;

/**
 * What every record of every table goes through: creation, change, a change that changes nothing, a
 * stale change, deletion into a tombstone. Each record is made through its own repository; changes and
 * deletions through the {@link RecordWriter}, which every repository uses for them.
 */
class RecordLifecycleTest {

    private static final String CREATED = "2025-03-10T02:00:00.000Z";
    private static final String CHANGED = "2025-03-10T02:05:00.000Z";

    @TempDir
    Path dir;

    private TestStore store;
    private Fixture f;

    @BeforeEach
    void setUp() {
        store = TestStore.open(dir);
        f = new Fixture(store);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void everyTableHasALifecycleCase() {
        assertThat(cases().map(LifecycleCase::table)).containsExactlyInAnyOrder(Table.values());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void insertStampsIdTimesActorAndRevisionOne(LifecycleCase k) {
        String id = store.write(c -> k.insert().insert(f, c));

        assertThat(UUID.fromString(id).toString()).isEqualTo(id);
        assertThat(UUID.fromString(id).version()).isEqualTo(7);
        Row row = row(k.table(), id);
        assertThat(row.createdAt()).isEqualTo(CREATED).hasSize(24);
        assertThat(row.updatedAt()).isEqualTo(CREATED).hasSize(24);
        assertThat(row.author()).isEqualTo(TestStore.INSPECTOR.author());
        assertThat(row.device()).isEqualTo(TestStore.INSPECTOR.device());
        assertThat(row.revision()).isEqualTo(1);
        assertThat(row.deleted()).isZero();
        assertThat(listed(k, id)).isTrue();

        List<AuditEntries.Entry> audit = AuditEntries.of(store.db(), id);
        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("CREATE");
            assertThat(e.entity()).isEqualTo(k.table().sqlName());
            assertThat(e.revision()).isEqualTo(1);
            assertThat(e.visitId()).isEqualTo(expectedVisitId(k.table(), id));
            assertThat(e.at()).isEqualTo(CREATED);
            assertThat(e.changes().has(k.column())).isTrue();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void updateBumpsRevisionByOneStampsTheChangeAndAuditsOldAndNew(LifecycleCase k) {
        String id = store.write(c -> k.insert().insert(f, c));
        String before = text(store.db(), "SELECT " + k.column() + " FROM " + k.table().sqlName() + " WHERE id = ?", id);
        store.clock().advance(Duration.ofMinutes(5));
        store.actAs(TestStore.TEAM_LEAD);

        boolean changed = store.write(c -> store.writer().update(c, k.table(), id, Map.of(k.column(), k.newValue()), 1L));

        assertThat(changed).isTrue();
        Row row = row(k.table(), id);
        assertThat(row.revision()).isEqualTo(2);
        assertThat(row.createdAt()).isEqualTo(CREATED);
        assertThat(row.updatedAt()).isEqualTo(CHANGED);
        assertThat(row.author()).isEqualTo(TestStore.TEAM_LEAD.author());
        assertThat(row.device()).isEqualTo(TestStore.TEAM_LEAD.device());
        assertThat(text(store.db(), "SELECT " + k.column() + " FROM " + k.table().sqlName() + " WHERE id = ?", id))
                .isEqualTo(String.valueOf(Sql.toDb(k.newValue())));

        List<AuditEntries.Entry> audit = AuditEntries.of(store.db(), id);
        assertThat(audit).hasSize(2);
        AuditEntries.Entry update = audit.get(1);
        assertThat(update.action()).isEqualTo("UPDATE");
        assertThat(update.revision()).isEqualTo(2);
        assertThat(update.author()).isEqualTo(TestStore.TEAM_LEAD.author());
        assertThat(update.device()).isEqualTo(TestStore.TEAM_LEAD.device());
        assertThat(update.at()).isEqualTo(CHANGED);
        assertThat(update.visitId()).isEqualTo(expectedVisitId(k.table(), id));
        JsonNode changes = update.changes();
        assertThat(fieldNames(changes)).containsExactly(k.column());
        JsonNode pair = changes.get(k.column());
        assertThat(pair.isArray()).isTrue();
        assertThat(pair).hasSize(2);
        assertThat(pair.get(0).isNull() ? null : pair.get(0).asText()).isEqualTo(before);
        assertThat(pair.get(1).asText()).isEqualTo(String.valueOf(Sql.toDb(k.newValue())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void updateWithSameValuesKeepsRevisionAndWritesNoAudit(LifecycleCase k) {
        String id = store.write(c -> k.insert().insert(f, c));
        Object current = store.read(c -> Sql.queryOne(c, "SELECT " + k.column() + " FROM " + k.table().sqlName()
                + " WHERE id = ?", rs -> rs.getObject(1), id).orElse(null));
        store.clock().advance(Duration.ofMinutes(5));
        long auditBefore = AuditEntries.count(store.db());

        boolean changed = store.write(c -> store.writer().update(c, k.table(), id,
                new HashMap<>(Collections.singletonMap(k.column(), current)), 1L)); // the value may be null

        assertThat(changed).isFalse();
        Row row = row(k.table(), id);
        assertThat(row.revision()).isEqualTo(1);
        assertThat(row.updatedAt()).isEqualTo(CREATED);
        assertThat(AuditEntries.count(store.db())).isEqualTo(auditBefore);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void updateFromAStaleRevisionIsRefused(LifecycleCase k) {
        String id = store.write(c -> k.insert().insert(f, c));
        store.write(c -> store.writer().update(c, k.table(), id, Map.of(k.column(), k.newValue()), 1L));
        long auditBefore = AuditEntries.count(store.db());

        assertThatThrownBy(() -> store.write(c -> store.writer().update(c, k.table(), id,
                Map.of(k.column(), k.newValue() instanceof String s ? s + " (khác)" : k.newValue()), 1L)))
                .isInstanceOfSatisfying(StaleRecordException.class,
                        e -> assertThat(e.problem()).isEqualTo(StoreException.Problem.STALE));
        assertThat(row(k.table(), id).revision()).isEqualTo(2);
        assertThat(AuditEntries.count(store.db())).isEqualTo(auditBefore);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void deleteKeepsATombstoneThatListsNoLongerShow(LifecycleCase k) {
        String id = store.write(c -> k.insert().insert(f, c));
        store.clock().advance(Duration.ofMinutes(5));
        store.actAs(TestStore.TEAM_LEAD);

        boolean deleted = store.write(c -> store.writer().delete(c, k.table(), id));

        assertThat(deleted).isTrue();
        Row row = row(k.table(), id);
        assertThat(row.deleted()).isEqualTo(1);
        assertThat(row.revision()).isEqualTo(2);
        assertThat(row.updatedAt()).isEqualTo(CHANGED);
        assertThat(row.author()).isEqualTo(TestStore.TEAM_LEAD.author());
        assertThat(listed(k, id)).isFalse();
        AuditEntries.Entry last = AuditEntries.of(store.db(), id).get(1);
        assertThat(last.action()).isEqualTo("DELETE");
        assertThat(last.revision()).isEqualTo(2);
        assertThat(last.visitId()).isEqualTo(expectedVisitId(k.table(), id));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void deletingATombstoneAgainChangesNothing(LifecycleCase k) {
        String id = store.write(c -> k.insert().insert(f, c));
        store.write(c -> store.writer().delete(c, k.table(), id));
        long auditBefore = AuditEntries.count(store.db());

        boolean again = store.write(c -> store.writer().delete(c, k.table(), id));

        assertThat(again).isFalse();
        assertThat(row(k.table(), id).revision()).isEqualTo(2);
        assertThat(AuditEntries.count(store.db())).isEqualTo(auditBefore);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void updatingATombstoneIsRefused(LifecycleCase k) {
        String id = store.write(c -> k.insert().insert(f, c));
        store.write(c -> store.writer().delete(c, k.table(), id));

        assertThatThrownBy(() -> store.write(c -> store.writer().update(c, k.table(), id,
                Map.of(k.column(), k.newValue()), null)))
                .isInstanceOfSatisfying(RecordNotFoundException.class, e -> {
                    assertThat(e.id()).isEqualTo(id);
                    assertThat(e.problem()).isEqualTo(StoreException.Problem.NOT_FOUND);
                });
        assertThat(row(k.table(), id).revision()).isEqualTo(2);
    }

    @Test
    void updatingOrDeletingAnUnknownIdIsRefused() {
        String unknown = UUID.randomUUID().toString();
        assertThatThrownBy(() -> store.write(c -> store.writer().update(c, Table.UNITS, unknown,
                Map.of("name", "Hoàn Kiếm"), null))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> store.write(c -> store.writer().delete(c, Table.UNITS, unknown)))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void updateOfSeveralColumnsAuditsOnlyThoseThatChanged() {
        String id = store.write(c -> new UnitRepository(store.writer()).insert(c,
                new Unit(null, "00010", UnitKind.WARD, "Đống Đa", null,
                        "Số 1 Thái Hà", null, null, 0)));

        store.write(c -> store.writer().update(c, Table.UNITS, id, Map.of("name", "Đống Đa", "address",
                "Số 2 Thái Hà", "phone", "024 3851 0000"), 1L));

        JsonNode changes = AuditEntries.of(store.db(), id).get(1).changes();
        assertThat(fieldNames(changes)).containsExactlyInAnyOrder("address", "phone");
        assertThat(changes.get("address").get(0).asText()).isEqualTo("Số 1 Thái Hà");
        assertThat(changes.get("address").get(1).asText()).isEqualTo("Số 2 Thái Hà");
        assertThat(changes.get("phone").get(0).isNull()).isTrue();
    }

    @Test
    void everyNewRecordGetsADifferentId() {
        List<String> ids = store.write(c -> {
            UnitRepository units = new UnitRepository(store.writer());
            return List.of(units.insert(c, Records.ward(null, "Một")), units.insert(c, Records.ward(null, "Hai")),
                    units.insert(c, Records.ward(null, "Ba")));
        });
        assertThat(ids).doesNotHaveDuplicates();
    }

    // --- the cases -------------------------------------------------------------------------------------

    @FunctionalInterface
    interface Insert {
        String insert(Fixture f, Connection c) throws SQLException;
    }

    @FunctionalInterface
    interface Listed {
        boolean listed(Fixture f, Connection c, String id) throws SQLException;
    }

    record LifecycleCase(Table table, Insert insert, String column, Object newValue, Listed visible) {
        @Override
        public String toString() {
            return table.name();
        }
    }

    static Stream<LifecycleCase> cases() {
        return Stream.of(
                new LifecycleCase(Table.SETTINGS,
                        (f, c) -> {
                            f.settings.put(c, "document.header", "UBND THÀNH PHỐ HÀ NỘI");
                            return Sql.queryOne(c, "SELECT id FROM settings WHERE key = 'document.header'",
                                    rs -> rs.getString(1)).orElseThrow();
                        },
                        "value", "ĐOÀN KIỂM TRA CÔNG VỤ",
                        (f, c, id) -> f.settings.all(c).containsKey("document.header")),
                new LifecycleCase(Table.UNITS,
                        (f, c) -> f.units.insert(c, Records.ward("00200", "Kim Liên")),
                        "name", "Ô Chợ Dừa",
                        (f, c, id) -> f.units.listLive(c).stream().anyMatch(u -> u.id().equals(id))),
                new LifecycleCase(Table.COUNTERS,
                        (f, c) -> f.units.insertCounter(c, new Counter(null, f.unitId, "Quầy tiếp nhận 1", null, 0)),
                        "name", "Quầy tiếp nhận 2",
                        (f, c, id) -> f.units.counters(c, f.unitId).stream().anyMatch(x -> x.id().equals(id))),
                new LifecycleCase(Table.DECISIONS,
                        (f, c) -> f.plans.insertDecision(c, new Decision(null, "125/QĐ-UBND", LocalDate.of(2025, 1, 6),
                                "Chủ tịch UBND Thành phố", "UBND Thành phố Hà Nội", "Thành lập Đoàn kiểm tra", 0)),
                        "number", "126/QĐ-UBND",
                        (f, c, id) -> f.plans.findDecision(c, id).isPresent()),
                new LifecycleCase(Table.PLANS,
                        (f, c) -> f.plans.insertPlan(c, plan("81/KH-UBND")),
                        "title", "Kiểm tra công vụ quý II",
                        (f, c, id) -> f.plans.listPlans(c).stream().anyMatch(p -> p.id().equals(id))),
                new LifecycleCase(Table.TEAMS,
                        (f, c) -> f.plans.insertTeam(c, new Team(null, f.planId, "Đoàn số 2", null, 0)),
                        "name", "Đoàn số 3",
                        (f, c, id) -> f.plans.teamsOf(c, f.planId).stream().anyMatch(t -> t.id().equals(id))),
                new LifecycleCase(Table.TEAM_MEMBERS,
                        (f, c) -> f.plans.insertMember(c, new TeamMember(null, f.teamId, "Lê Văn Thành",
                                "Chuyên viên", "Sở Nội vụ", TeamRole.MEMBER, 2, 0)),
                        "position", "Chuyên viên chính",
                        (f, c, id) -> f.plans.membersOf(c, f.teamId).stream().anyMatch(m -> m.id().equals(id))),
                new LifecycleCase(Table.PLAN_UNITS,
                        (f, c) -> f.plans.insertPlanUnit(c, new PlanUnit(null, f.planId, f.unitId,
                                LocalDate.of(2025, 4, 2), 1, 0)),
                        "sort_order", 5,
                        (f, c, id) -> f.plans.unitsOf(c, f.planId).stream().anyMatch(p -> p.id().equals(id))),
                new LifecycleCase(Table.CHECKLIST_TEMPLATES,
                        (f, c) -> f.templates.insertTemplate(c, new ChecklistTemplate(null, "CCHC-2026", 1,
                                "Bộ tiêu chí 2026", 2026, TemplateStatus.DRAFT, null, 0)),
                        "name", "Bộ tiêu chí năm 2026",
                        (f, c, id) -> f.templates.listTemplates(c).stream().anyMatch(t -> t.id().equals(id))),
                new LifecycleCase(Table.CHECKLIST_GROUPS,
                        (f, c) -> f.templates.insertGroup(c, new ChecklistGroup(null, f.template.id(), "2",
                                "Cơ sở vật chất", 2, 0)),
                        "title", "Cơ sở vật chất, trang thiết bị",
                        (f, c, id) -> f.templates.groupsOf(c, f.template.id()).stream().anyMatch(g -> g.id().equals(id))),
                new LifecycleCase(Table.CRITERIA,
                        (f, c) -> f.templates.insertCriterion(c, new Criterion(null, f.template.id(),
                                f.template.groupId(), "9.9", "Tiêu chí thêm", AnswerType.TEXT, List.of(), List.of(),
                                false, null, 1, null, 9, 0)),
                        "text", "Tiêu chí bổ sung",
                        (f, c, id) -> f.templates.criteriaOf(c, f.template.id()).stream().anyMatch(x -> x.id().equals(id))),
                new LifecycleCase(Table.VISITS,
                        (f, c) -> f.visits.insert(c, Records.visit(f.unitId, f.template.id())),
                        "overall_note", "Đơn vị chấp hành tốt",
                        (f, c, id) -> f.visits.listAll(c).stream().anyMatch(v -> v.id().equals(id))),
                new LifecycleCase(Table.VISIT_INSPECTORS,
                        (f, c) -> f.visits.insertInspector(c, new VisitInspector(null, f.visitId, null, "Lê Văn Thành",
                                TeamRole.MEMBER, true, 0)),
                        "present", false,
                        (f, c, id) -> f.visits.inspectorsOf(c, f.visitId).stream().anyMatch(i -> i.id().equals(id))),
                new LifecycleCase(Table.VISIT_REPRESENTATIVES,
                        (f, c) -> f.visits.insertRepresentative(c, new VisitRepresentative(null, f.visitId,
                                "Nguyễn Văn Bình", "Phó Chủ tịch UBND phường", 1, 0)),
                        "position", "Chủ tịch UBND phường",
                        (f, c, id) -> f.visits.representativesOf(c, f.visitId).stream().anyMatch(r -> r.id().equals(id))),
                new LifecycleCase(Table.ANSWERS,
                        (f, c) -> f.answers.save(c, Records.answer(f.visitId, f.template.criterion("1.2"), Result.FAIL,
                                "Không đeo thẻ")).id(),
                        "note", "Một người không đeo thẻ công chức",
                        (f, c, id) -> f.answers.answersOf(c, f.visitId).stream().anyMatch(a -> a.id().equals(id))),
                new LifecycleCase(Table.OFFICIALS,
                        (f, c) -> f.officials.insert(c, Records.official(f.visitId, "Phạm Đức Anh")),
                        "attitude", Attitude.POOR,
                        (f, c, id) -> f.officials.officialsOf(c, f.visitId).stream().anyMatch(o -> o.id().equals(id))),
                new LifecycleCase(Table.DOSSIERS,
                        (f, c) -> f.dossiers.insert(c, Records.dossier(f.visitId, "HS-0017", "Đăng ký khai sinh",
                                LocalDateTime.of(2025, 3, 3, 9, 0))),
                        "note", "Trả muộn 1 ngày",
                        (f, c, id) -> f.dossiers.dossiersOf(c, f.visitId).stream().anyMatch(d -> d.id().equals(id))),
                new LifecycleCase(Table.EVIDENCE,
                        (f, c) -> f.evidence.insert(c, evidence(f.visitId)),
                        "caption", "Quầy số 2 không có biển chức danh",
                        (f, c, id) -> f.evidence.evidenceOf(c, f.visitId).stream().anyMatch(e -> e.id().equals(id))),
                new LifecycleCase(Table.RECOMMENDATIONS,
                        (f, c) -> f.followUps.insertRecommendation(c, new Recommendation(null, f.visitId, f.unitId,
                                null, "Niêm yết lịch làm việc", null, ActionStatus.OPEN, 1, 0)),
                        "text", "Niêm yết lịch làm việc tại quầy",
                        (f, c, id) -> f.followUps.recommendationsOf(c, f.visitId).stream().anyMatch(r -> r.id().equals(id))),
                new LifecycleCase(Table.CORRECTIVE_ACTIONS,
                        (f, c) -> f.followUps.insertAction(c, new CorrectiveAction(null, f.recommendationId(c),
                                f.visitId, f.unitId, "In và niêm yết lịch", "Văn phòng UBND phường",
                                LocalDate.of(2025, 3, 31), ActionStatus.OPEN, null, null, null, 0)),
                        "responsible", "Chủ tịch UBND phường",
                        (f, c, id) -> f.followUps.actionsOfVisit(c, f.visitId).stream().anyMatch(a -> a.id().equals(id))),
                new LifecycleCase(Table.UNIT_RESPONSES,
                        (f, c) -> f.signoffs.saveResponse(c, new UnitResponse(null, f.visitId, "Nguyễn Văn Bình",
                                "Chủ tịch UBND phường", "Nhất trí với kết quả kiểm tra", 0)).id(),
                        "text", "Nhất trí và sẽ khắc phục ngay",
                        (f, c, id) -> f.signoffs.responseOf(c, f.visitId).filter(r -> r.id().equals(id)).isPresent()),
                new LifecycleCase(Table.SIGNATURES,
                        (f, c) -> f.signoffs.insertSignature(c, new Signature(null, f.visitId,
                                SignerRole.UNIT_REPRESENTATIVE, "Nguyễn Văn Bình", "Chủ tịch UBND phường",
                                SignatureStatus.PENDING, null, null, 1, 0)),
                        "status", SignatureStatus.SIGNED,
                        (f, c, id) -> f.signoffs.signaturesOf(c, f.visitId).stream().anyMatch(s -> s.id().equals(id))),
                new LifecycleCase(Table.CALENDAR_DAYS,
                        (f, c) -> {
                            f.calendar.upsert(c, new CalendarDay(LocalDate.of(2025, 12, 24), DayKind.OFF, "Nghỉ thử"));
                            return Sql.queryOne(c, "SELECT id FROM calendar_days WHERE day = '2025-12-24'",
                                    rs -> rs.getString(1)).orElseThrow();
                        },
                        "name", "Nghỉ bù",
                        (f, c, id) -> f.calendar.allDays(c).stream()
                                .anyMatch(d -> d.day().equals(LocalDate.of(2025, 12, 24)))),
                new LifecycleCase(Table.VISIT_VERSIONS,
                        (f, c) -> {
                            java.util.Map<String, Object> v = new java.util.LinkedHashMap<>();
                            v.put("visit_id", f.visitId);
                            v.put("version_no", 1);
                            v.put("form", "congvu.visit.v1");
                            v.put("content", "{\"answers\":[]}");
                            v.put("hash", "b".repeat(64));
                            v.put("finalised_at", "2025-03-10T10:00:00.000Z");
                            v.put("finalised_by", "Trần Văn Minh");
                            return f.writer.insert(c, Table.VISIT_VERSIONS, v);
                        },
                        "content", "{\"answers\":[1]}",
                        (f, c, id) -> Sql.queryLong(c, "SELECT count(*) FROM visit_versions WHERE id = ? AND deleted = 0",
                                id) == 1));
    }

    static Plan plan(String number) {
        return new Plan(null, number, LocalDate.of(2025, 3, 1), 2025, LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 6, 30), "Kiểm tra công vụ quý I", "Các phường, xã", null, PlanStatus.ACTIVE, 0);
    }

    static Evidence evidence(String visitId) {
        return new Evidence(null, visitId, "evidence/2025/03/anh-01.jpg", "IMG_0001.JPG", "image/jpeg", 123_456,
                "a".repeat(64), LocalDateTime.of(2025, 3, 10, 9, 12), 6, "Quầy số 2", null, null, null, 0);
    }

    /** The records the cases hang theirs on, and the repositories they use. */
    static final class Fixture {
        final SettingsRepository settings;
        final UnitRepository units;
        final PlanRepository plans;
        final TemplateRepository templates;
        final VisitRepository visits;
        final AnswerRepository answers;
        final OfficialRepository officials;
        final DossierRepository dossiers;
        final EvidenceRepository evidence;
        final FollowUpRepository followUps;
        final SignoffRepository signoffs;
        final CalendarRepository calendar;
        final RecordWriter writer;
        final String unitId;
        final Scenario.TemplateRef template;
        final String visitId;
        final String planId;
        final String teamId;

        Fixture(TestStore store) {
            RecordWriter w = store.writer();
            settings = new SettingsRepository(w);
            units = new UnitRepository(w);
            plans = new PlanRepository(w);
            templates = new TemplateRepository(w);
            visits = new VisitRepository(w);
            answers = new AnswerRepository(w);
            officials = new OfficialRepository(w);
            dossiers = new DossierRepository(w);
            evidence = new EvidenceRepository(w);
            followUps = new FollowUpRepository(w);
            signoffs = new SignoffRepository(w);
            calendar = new CalendarRepository(w);
            writer = w;
            Scenario.VisitRef visit = store.scenario().visitToNewWard("00009");
            unitId = visit.unitId();
            template = visit.template();
            visitId = visit.id();
            planId = store.write(c -> plans.insertPlan(c, plan("80/KH-UBND")));
            teamId = store.write(c -> plans.insertTeam(c, new Team(null, planId, "Đoàn số 1", null, 0)));
        }

        String recommendationId(Connection c) throws SQLException {
            return followUps.insertRecommendation(c, new Recommendation(null, visitId, unitId, null,
                    "Niêm yết lịch làm việc", null, ActionStatus.OPEN, 1, 0));
        }
    }

    // --- reading rows back -------------------------------------------------------------------------------

    private record Row(String createdAt, String updatedAt, String author, String device, long revision, int deleted) {
    }

    private Row row(Table table, String id) {
        return store.read(c -> Sql.queryOne(c, "SELECT created_at, updated_at, author, device, revision, deleted FROM "
                + table.sqlName() + " WHERE id = ?", rs -> new Row(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getLong(5), rs.getInt(6)), id).orElseThrow());
    }

    private boolean listed(LifecycleCase k, String id) {
        return store.read(c -> k.visible().listed(f, c, id));
    }

    private String expectedVisitId(Table table, String id) {
        if (table == Table.VISITS) {
            return id;
        }
        return table.visitColumn() == null ? null : f.visitId;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

}
