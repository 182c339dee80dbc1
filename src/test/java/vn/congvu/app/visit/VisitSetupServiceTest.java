package vn.congvu.app.visit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.app.AppException;
import vn.congvu.app.Workspace;
import vn.congvu.domain.Plan;
import vn.congvu.domain.PlanStatus;
import vn.congvu.domain.PlanUnit;
import vn.congvu.domain.Team;
import vn.congvu.domain.TeamMember;
import vn.congvu.domain.TeamRole;
import vn.congvu.domain.Unit;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VisitSetupServiceTest {

    @TempDir
    Path dir;

    private Workspace ws;
    private String planId;
    private Unit ward;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("s.db"), true,
                Clock.fixed(Instant.parse("2025-03-05T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));
        ward = ws.units().list("khuong dinh").get(0);
        planId = ws.db().write(c -> {
            String p = ws.planRepository().insertPlan(c, new Plan(null, "80/KH-UBND", LocalDate.of(2025, 2, 1), 2025,
                    null, null, "Kiểm tra công vụ năm 2025", null, null, PlanStatus.ACTIVE, 0));
            String t = ws.planRepository().insertTeam(c, new Team(null, p, "Đoàn số 1", null, 0));
            ws.planRepository().insertMember(c, new TeamMember(null, t, "Lê Thu Hà", "Chuyên viên", "Sở Nội vụ",
                    TeamRole.SECRETARY, 3, 0));
            ws.planRepository().insertMember(c, new TeamMember(null, t, "Trần Văn Minh", "Phó Giám đốc", "Sở Nội vụ",
                    TeamRole.LEAD, 1, 0));
            ws.planRepository().insertPlanUnit(c, new PlanUnit(null, p, ward.id(), null, 1, 0));
            return p;
        });
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void theRosterListsTheTeamWithItsLeadFirst() {
        var roster = ws.visitSetup().rosterOf(planId);
        assertThat(roster).hasSize(1);
        assertThat(roster.get(0).team().name()).isEqualTo("Đoàn số 1");
        assertThat(roster.get(0).members()).extracting(TeamMember::fullName)
                .containsExactly("Trần Văn Minh", "Lê Thu Hà");
    }

    @Test
    void thePlanNamesTheUnitsItIntendsToVisit() {
        assertThat(ws.visitSetup().unitsOf(planId)).extracting(Unit::name).containsExactly("Khương Đình");
    }

    @Test
    void anUnknownPlanIsReported() {
        assertThatThrownBy(() -> ws.visitSetup().rosterOf("nope"))
                .isInstanceOf(AppException.class)
                .extracting(e -> ((AppException) e).key()).isEqualTo("error.plan.notFound");
    }
}
