package vn.congvu.store;

import org.junit.jupiter.api.Test;
import vn.congvu.domain.Decision;
import vn.congvu.domain.Plan;
import vn.congvu.domain.PlanStatus;
import vn.congvu.domain.PlanUnit;
import vn.congvu.domain.Team;
import vn.congvu.domain.TeamMember;
import vn.congvu.domain.TeamRole;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanRepositoryTest extends RepositoryTestBase {

    private PlanRepository plans() {
        return new PlanRepository(writer);
    }

    private String decision() {
        return write(c -> plans().insertDecision(c, new Decision(null, "125/QĐ-UBND", LocalDate.of(2025, 1, 6),
                "Trần Sỹ Thanh", "UBND Thành phố Hà Nội", "Thành lập Đoàn kiểm tra công vụ năm 2025", 0)));
    }

    private Plan plan(String decisionId, PlanStatus status) {
        return new Plan(null, "80/KH-UBND", LocalDate.of(2025, 3, 1), 2025, LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 12, 15), "Kiểm tra công vụ năm 2025", "126 phường, xã", decisionId, status, 0);
    }

    @Test
    void decisionReadsBackEqualAndUpdatesWithRevisionCheck() {
        String id = decision();

        Optional<Decision> found = read(c -> plans().findDecision(c, id));
        assertThat(found).contains(new Decision(id, "125/QĐ-UBND", LocalDate.of(2025, 1, 6), "Trần Sỹ Thanh",
                "UBND Thành phố Hà Nội", "Thành lập Đoàn kiểm tra công vụ năm 2025", 1));

        Decision changed = new Decision(id, "125/QĐ-UBND", LocalDate.of(2025, 1, 7), "Trần Sỹ Thanh",
                "UBND Thành phố Hà Nội", "Thành lập Đoàn kiểm tra công vụ năm 2025", 1);
        assertThat(wrote(c -> plans().updateDecision(c, changed))).isTrue();
        assertThat(wrote(c -> plans().updateDecision(c, new Decision(id, "125/QĐ-UBND", LocalDate.of(2025, 1, 7),
                "Trần Sỹ Thanh", "UBND Thành phố Hà Nội", "Thành lập Đoàn kiểm tra công vụ năm 2025", 2)))).isFalse();
        assertThatThrownBy(() -> write(c -> plans().updateDecision(c, changed)))
                .isInstanceOf(StaleRecordException.class);
        Optional<Decision> after = read(c -> plans().findDecision(c, id));
        assertThat(after).map(Decision::signedOn).contains(LocalDate.of(2025, 1, 7));
        assertThat(after).map(Decision::revision).contains(2L);
    }

    @Test
    void planReadsBackEqual() {
        String decisionId = decision();
        String id = write(c -> plans().insertPlan(c, plan(decisionId, PlanStatus.DRAFT)));

        Optional<Plan> found = read(c -> plans().findPlan(c, id));
        assertThat(found).contains(new Plan(id, "80/KH-UBND", LocalDate.of(2025, 3, 1), 2025, LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 12, 15), "Kiểm tra công vụ năm 2025", "126 phường, xã", decisionId,
                PlanStatus.DRAFT, 1));
    }

    @Test
    void planWithoutStatusIsActive() {
        String id = write(c -> plans().insertPlan(c, plan(null, null)));
        Optional<Plan> found = read(c -> plans().findPlan(c, id));
        assertThat(found).map(Plan::status).contains(PlanStatus.ACTIVE);
    }

    @Test
    void planUpdateBumpsRevisionAndDeleteHidesIt() {
        String id = write(c -> plans().insertPlan(c, plan(null, PlanStatus.ACTIVE)));
        Plan stored = read(c -> plans().findPlan(c, id)).orElseThrow();
        Plan closed = new Plan(id, stored.number(), stored.issuedOn(), stored.year(), stored.periodStart(),
                stored.periodEnd(), stored.title(), stored.scope(), null, PlanStatus.CLOSED, stored.revision());

        assertThat(wrote(c -> plans().updatePlan(c, closed))).isTrue();
        Plan after = read(c -> plans().findPlan(c, id)).orElseThrow();
        assertThat(after.status()).isEqualTo(PlanStatus.CLOSED);
        assertThat(after.revision()).isEqualTo(2);

        write(c -> plans().deletePlan(c, id));
        List<Plan> listed = read(plans()::listPlans);
        assertThat(listed).isEmpty();
    }

    @Test
    void planPeriodMustNotEndBeforeItStarts() {
        Plan backwards = new Plan(null, "80/KH-UBND", null, 2025, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 5, 1),
                "Kiểm tra", null, null, PlanStatus.ACTIVE, 0);
        assertThatThrownBy(() -> write(c -> plans().insertPlan(c, backwards)))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(StoreException.Problem.CONSTRAINT));
    }

    @Test
    void plansAreListedNewestYearFirst() {
        write(c -> plans().insertPlan(c, new Plan(null, "12/KH-UBND", LocalDate.of(2024, 1, 10), 2024, null, null,
                "Kiểm tra 2024", null, null, PlanStatus.CLOSED, 0)));
        write(c -> plans().insertPlan(c, plan(null, PlanStatus.ACTIVE)));
        List<Plan> listed = read(plans()::listPlans);
        assertThat(listed).extracting(Plan::number).containsExactly("80/KH-UBND", "12/KH-UBND");
    }

    @Test
    void teamReadsBackEqualAndRenames() {
        String decisionId = decision();
        String planId = write(c -> plans().insertPlan(c, plan(decisionId, PlanStatus.ACTIVE)));
        String id = write(c -> plans().insertTeam(c, new Team(null, planId, "Đoàn kiểm tra số 1", decisionId, 0)));

        List<Team> teams = read(c -> plans().teamsOf(c, planId));
        assertThat(teams).containsExactly(new Team(id, planId, "Đoàn kiểm tra số 1", decisionId, 1));

        assertThat(wrote(c -> plans().updateTeam(c, new Team(id, planId, "Đoàn kiểm tra công vụ số 1", decisionId, 1))))
                .isTrue();
        List<Team> after = read(c -> plans().teamsOf(c, planId));
        assertThat(after).containsExactly(new Team(id, planId, "Đoàn kiểm tra công vụ số 1", decisionId, 2));
    }

    @Test
    void membersReadBackEqualInTheirOrder() {
        String planId = write(c -> plans().insertPlan(c, plan(null, PlanStatus.ACTIVE)));
        String teamId = write(c -> plans().insertTeam(c, new Team(null, planId, "Đoàn số 1", null, 0)));
        String secretary = write(c -> plans().insertMember(c, new TeamMember(null, teamId, "Đỗ Thị Thư",
                "Chuyên viên", "Sở Nội vụ", TeamRole.SECRETARY, 3, 0)));
        String lead = write(c -> plans().insertMember(c, new TeamMember(null, teamId, "Vũ Văn Trưởng",
                "Phó Giám đốc", "Sở Nội vụ", TeamRole.LEAD, 1, 0)));

        List<TeamMember> members = read(c -> plans().membersOf(c, teamId));
        assertThat(members).containsExactly(
                new TeamMember(lead, teamId, "Vũ Văn Trưởng", "Phó Giám đốc", "Sở Nội vụ", TeamRole.LEAD, 1, 1),
                new TeamMember(secretary, teamId, "Đỗ Thị Thư", "Chuyên viên", "Sở Nội vụ", TeamRole.SECRETARY, 3, 1));
    }

    @Test
    void memberUpdateAndDelete() {
        String planId = write(c -> plans().insertPlan(c, plan(null, PlanStatus.ACTIVE)));
        String teamId = write(c -> plans().insertTeam(c, new Team(null, planId, "Đoàn số 1", null, 0)));
        String id = write(c -> plans().insertMember(c, new TeamMember(null, teamId, "Đỗ Thị Thư", "Chuyên viên",
                "Sở Nội vụ", TeamRole.MEMBER, 2, 0)));

        assertThat(wrote(c -> plans().updateMember(c, new TeamMember(id, teamId, "Đỗ Thị Thư", "Chuyên viên chính",
                "Sở Nội vụ", TeamRole.SECRETARY, 2, 1)))).isTrue();
        List<TeamMember> after = read(c -> plans().membersOf(c, teamId));
        assertThat(after).containsExactly(new TeamMember(id, teamId, "Đỗ Thị Thư", "Chuyên viên chính", "Sở Nội vụ",
                TeamRole.SECRETARY, 2, 2));

        write(c -> plans().deleteMember(c, id));
        List<TeamMember> gone = read(c -> plans().membersOf(c, teamId));
        assertThat(gone).isEmpty();
    }

    @Test
    void planUnitsReadBackEqualAndAUnitIsPlannedOnce() {
        String planId = write(c -> plans().insertPlan(c, plan(null, PlanStatus.ACTIVE)));
        String unitId = store.scenario().ward("00004", "Ba Đình");
        String id = write(c -> plans().insertPlanUnit(c, new PlanUnit(null, planId, unitId, LocalDate.of(2025, 4, 2),
                1, 0)));

        List<PlanUnit> planned = read(c -> plans().unitsOf(c, planId));
        assertThat(planned).containsExactly(new PlanUnit(id, planId, unitId, LocalDate.of(2025, 4, 2), 1, 1));
        assertThatThrownBy(() -> write(c -> plans().insertPlanUnit(c, new PlanUnit(null, planId, unitId, null, 2, 0))))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(StoreException.Problem.CONSTRAINT));

        write(c -> plans().deletePlanUnit(c, id));
        String again = write(c -> plans().insertPlanUnit(c, new PlanUnit(null, planId, unitId, null, 2, 0)));
        List<PlanUnit> replanned = read(c -> plans().unitsOf(c, planId));
        assertThat(replanned).extracting(PlanUnit::id).containsExactly(again);
    }

    @Test
    void planUnitMustPointAtAnExistingUnit() {
        String planId = write(c -> plans().insertPlan(c, plan(null, PlanStatus.ACTIVE)));
        assertThatThrownBy(() -> write(c -> plans().insertPlanUnit(c, new PlanUnit(null, planId,
                "0195a1b2-0000-7000-8000-00000000dead", null, 1, 0))))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(StoreException.Problem.CONSTRAINT));
    }
}
