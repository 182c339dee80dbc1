package vn.congvu.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congvu.domain.Plan;
import vn.congvu.domain.PlanStatus;
import vn.congvu.domain.TeamRole;
import vn.congvu.domain.Visit;
import vn.congvu.domain.VisitInspector;
import vn.congvu.domain.VisitRepresentative;
import vn.congvu.domain.VisitStatus;
import vn.congvu.testing.Records;
import vn.congvu.testing.Scenario;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VisitRepositoryTest extends RepositoryTestBase {

    private String unitId;
    private Scenario.TemplateRef template;

    @BeforeEach
    void prerequisites() {
        unitId = store.scenario().ward("00009", "Đống Đa");
        template = store.scenario().template();
    }

    private VisitRepository visits() {
        return new VisitRepository(writer);
    }

    private Visit full(String planId, LocalDate day) {
        return new Visit(null, planId, null, unitId, null, template.id(), day, day.atTime(8, 5),
                day.atTime(10, 40), false, "Trụ sở UBND phường Đống Đa", "05/BB-ĐKT", VisitStatus.COMPLETED,
                "Đơn vị chấp hành tốt", 0);
    }

    @Test
    void visitReadsBackEqual() {
        String planId = write(c -> new PlanRepository(writer).insertPlan(c, new Plan(null, "80/KH-UBND", null, 2025,
                null, null, "Kiểm tra 2025", null, null, PlanStatus.ACTIVE, 0)));
        LocalDate day = LocalDate.of(2025, 3, 12);

        String id = write(c -> visits().insert(c, full(planId, day)));

        Optional<Visit> found = read(c -> visits().find(c, id));
        assertThat(found).contains(new Visit(id, planId, null, unitId, null, template.id(), day,
                LocalDateTime.of(2025, 3, 12, 8, 5), LocalDateTime.of(2025, 3, 12, 10, 40), false,
                "Trụ sở UBND phường Đống Đa", "05/BB-ĐKT", VisitStatus.COMPLETED, "Đơn vị chấp hành tốt", 1));
        List<Visit> ofPlan = read(c -> visits().listByPlan(c, planId));
        assertThat(ofPlan).extracting(Visit::id).containsExactly(id);
    }

    @Test
    void timesAreKeptToTheMinute() {
        Visit withSeconds = new Visit(null, null, null, unitId, null, template.id(), Records.VISIT_DAY,
                LocalDateTime.of(2025, 3, 10, 8, 5, 37), null, true, null, null, null, null, 0);
        String id = write(c -> visits().insert(c, withSeconds));

        Visit found = read(c -> visits().find(c, id)).orElseThrow();
        assertThat(found.startedAt()).isEqualTo(LocalDateTime.of(2025, 3, 10, 8, 5));
        assertThat(found.status()).isEqualTo(VisitStatus.IN_PROGRESS);
        // the same visit saved again with its seconds is no change
        Visit again = new Visit(id, null, null, unitId, null, template.id(), Records.VISIT_DAY,
                LocalDateTime.of(2025, 3, 10, 8, 5, 59), null, true, null, null, VisitStatus.IN_PROGRESS, null, 1);
        assertThat(wrote(c -> visits().update(c, again))).isFalse();
    }

    @Test
    void updateBumpsRevisionAndStaleUpdateIsRefused() {
        String id = write(c -> visits().insert(c, full(null, Records.VISIT_DAY)));
        Visit stored = read(c -> visits().find(c, id)).orElseThrow();
        Visit finalised = new Visit(id, null, null, unitId, null, template.id(), stored.visitDate(), stored.startedAt(),
                stored.endedAt(), false, stored.place(), stored.minutesNumber(), VisitStatus.FINALISED,
                stored.overallNote(), stored.revision());

        assertThat(wrote(c -> visits().update(c, finalised))).isTrue();
        assertThat(wrote(c -> visits().update(c, new Visit(id, null, null, unitId, null, template.id(),
                stored.visitDate(), stored.startedAt(), stored.endedAt(), false, stored.place(), stored.minutesNumber(),
                VisitStatus.FINALISED, stored.overallNote(), 2)))).isFalse();
        assertThatThrownBy(() -> write(c -> visits().update(c, finalised))).isInstanceOf(StaleRecordException.class);
        Visit after = read(c -> visits().find(c, id)).orElseThrow();
        assertThat(after.status()).isEqualTo(VisitStatus.FINALISED);
        assertThat(after.revision()).isEqualTo(2);
    }

    @Test
    void endBeforeStartIsRefused() {
        Visit backwards = new Visit(null, null, null, unitId, null, template.id(), Records.VISIT_DAY,
                Records.VISIT_DAY.atTime(10, 0), Records.VISIT_DAY.atTime(9, 0), true, null, null, null, null, 0);
        assertThatThrownBy(() -> write(c -> visits().insert(c, backwards)))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(StoreException.Problem.CONSTRAINT));
    }

    @Test
    void listsAreNewestFirstAndLeaveOutDeletedVisits() {
        String march = write(c -> visits().insert(c, full(null, LocalDate.of(2025, 3, 12))));
        String april = write(c -> visits().insert(c, full(null, LocalDate.of(2025, 4, 2))));
        String may = write(c -> visits().insert(c, full(null, LocalDate.of(2025, 5, 6))));
        write(c -> visits().delete(c, april));

        List<Visit> all = read(visits()::listAll);
        List<Visit> ofUnit = read(c -> visits().listByUnit(c, unitId));
        List<Visit> recent = read(c -> visits().listRecent(c, 1));
        assertThat(all).extracting(Visit::id).containsExactly(may, march);
        assertThat(ofUnit).extracting(Visit::id).containsExactly(may, march);
        assertThat(recent).extracting(Visit::id).containsExactly(may);
    }

    @Test
    void inspectorsReadBackEqualLeadFirst() {
        String visitId = write(c -> visits().insert(c, Records.visit(unitId, template.id())));
        String member = write(c -> visits().insertInspector(c, new VisitInspector(null, visitId, null, "An Văn Bình",
                TeamRole.MEMBER, true, 0)));
        String lead = write(c -> visits().insertInspector(c, new VisitInspector(null, visitId, null, "Vũ Văn Trưởng",
                TeamRole.LEAD, true, 0)));
        String secretary = write(c -> visits().insertInspector(c, new VisitInspector(null, visitId, null,
                "Đỗ Thị Thư", TeamRole.SECRETARY, false, 0)));

        List<VisitInspector> inspectors = read(c -> visits().inspectorsOf(c, visitId));
        assertThat(inspectors).containsExactly(
                new VisitInspector(lead, visitId, null, "Vũ Văn Trưởng", TeamRole.LEAD, true, 1),
                new VisitInspector(member, visitId, null, "An Văn Bình", TeamRole.MEMBER, true, 1),
                new VisitInspector(secretary, visitId, null, "Đỗ Thị Thư", TeamRole.SECRETARY, false, 1));
    }

    @Test
    void markingAnInspectorAbsentBumpsRevisionOnce() {
        String visitId = write(c -> visits().insert(c, Records.visit(unitId, template.id())));
        String id = write(c -> visits().insertInspector(c, new VisitInspector(null, visitId, null, "An Văn Bình",
                TeamRole.MEMBER, true, 0)));

        assertThat(wrote(c -> visits().setInspectorPresent(c, id, false))).isTrue();
        assertThat(wrote(c -> visits().setInspectorPresent(c, id, false))).isFalse();

        List<VisitInspector> inspectors = read(c -> visits().inspectorsOf(c, visitId));
        assertThat(inspectors).containsExactly(new VisitInspector(id, visitId, null, "An Văn Bình", TeamRole.MEMBER,
                false, 2));
    }

    @Test
    void representativesReadBackEqualUpdateAndDelete() {
        String visitId = write(c -> visits().insert(c, Records.visit(unitId, template.id())));
        String id = write(c -> visits().insertRepresentative(c, new VisitRepresentative(null, visitId,
                "Nguyễn Văn Bình", "Phó Chủ tịch UBND phường", 1, 0)));

        List<VisitRepresentative> stored = read(c -> visits().representativesOf(c, visitId));
        assertThat(stored).containsExactly(new VisitRepresentative(id, visitId, "Nguyễn Văn Bình",
                "Phó Chủ tịch UBND phường", 1, 1));

        assertThat(wrote(c -> visits().updateRepresentative(c, new VisitRepresentative(id, visitId, "Nguyễn Văn Bình",
                "Chủ tịch UBND phường", 1, 1)))).isTrue();
        List<VisitRepresentative> updated = read(c -> visits().representativesOf(c, visitId));
        assertThat(updated).containsExactly(new VisitRepresentative(id, visitId, "Nguyễn Văn Bình",
                "Chủ tịch UBND phường", 1, 2));

        write(c -> visits().deleteRepresentative(c, id));
        List<VisitRepresentative> gone = read(c -> visits().representativesOf(c, visitId));
        assertThat(gone).isEmpty();
    }
}
