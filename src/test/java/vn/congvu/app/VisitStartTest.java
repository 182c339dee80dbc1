package vn.congvu.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.domain.ActionStatus;
import vn.congvu.domain.Recommendation;
import vn.congvu.domain.Result;
import vn.congvu.domain.TeamRole;
import vn.congvu.domain.Unit;
import vn.congvu.domain.Visit;
import vn.congvu.domain.VisitStatus;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VisitStartTest {

    @TempDir
    Path dir;

    private Workspace ws;
    private Unit ward;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("v.db"), true,
                Clock.fixed(Instant.parse("2025-03-05T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));
        ward = ws.units().list("khuong dinh").get(0);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private Visit start(LocalDateTime at) {
        return ws.visits().start(new StartVisitRequest(ward.id(), null, null, at, true, "Trụ sở UBND phường",
                List.of(new StartVisitRequest.Inspector(null, "Trần Văn Minh", TeamRole.LEAD, true),
                        new StartVisitRequest.Inspector(null, "Lê Thu Hà", TeamRole.SECRETARY, false)),
                List.of(new StartVisitRequest.Representative("Phạm Quốc Huy", "Phó Chủ tịch UBND phường"))));
    }

    @Test
    void startingAVisitRecordsItsPeopleOnTheChecklistInUse() {
        Visit v = start(LocalDateTime.of(2025, 3, 5, 8, 40));
        assertThat(v.status()).isEqualTo(VisitStatus.IN_PROGRESS);
        assertThat(v.visitDate()).isEqualTo(LocalDate.of(2025, 3, 5));
        assertThat(v.surprise()).isTrue();
        assertThat(v.templateId()).isEqualTo(ws.templates().current().orElseThrow().id());
        var inspectors = ws.db().read(c -> ws.visitRepository().inspectorsOf(c, v.id()));
        assertThat(inspectors).extracting(i -> i.fullName() + ":" + i.present())
                .containsExactly("Trần Văn Minh:true", "Lê Thu Hà:false");
        var reps = ws.db().read(c -> ws.visitRepository().representativesOf(c, v.id()));
        assertThat(reps).extracting(r -> r.position()).containsExactly("Phó Chủ tịch UBND phường");
    }

    @Test
    void aRepresentativeWithoutANameIsRefusedAndNothingIsWritten() {
        assertThatThrownBy(() -> ws.visits().start(new StartVisitRequest(ward.id(), null, null,
                LocalDateTime.of(2025, 3, 5, 8, 40), true, null, List.of(),
                List.of(new StartVisitRequest.Representative(" ", "Công chức")))))
                .isInstanceOf(AppException.class)
                .extracting(e -> ((AppException) e).key()).isEqualTo("error.visit.representativeNameMissing");
        assertThat(ws.stats().counts().get("visits")).isZero();
    }

    @Test
    void aUnitNeverVisitedHasNoHistory() {
        assertThat(ws.visits().history(ward.id(), null).isEmpty()).isTrue();
    }

    @Test
    void theNextVisitSeesTheLastVisitsFailuresAndOpenRecommendations() {
        Visit first = start(LocalDateTime.of(2025, 3, 5, 8, 40));
        ws.visits().answer(first.id(), "1.2", Result.FAIL, "Hai công chức không đeo thẻ");
        ws.visits().answer(first.id(), "3.1", Result.FAIL, "Niêm yết hết hiệu lực");
        ws.visits().answer(first.id(), "2.1", Result.PASS, null);
        ws.db().write(c -> ws.followUpRepository().insertRecommendation(c, new Recommendation(null, first.id(),
                ward.id(), null, "Chấn chỉnh việc đeo thẻ công chức", LocalDate.of(2025, 3, 31), ActionStatus.OPEN, 1,
                0)));

        Visit second = start(LocalDateTime.of(2025, 4, 10, 9, 0));
        UnitHistory history = ws.visits().history(ward.id(), second.id());

        assertThat(history.lastVisitId()).isEqualTo(first.id());
        assertThat(history.lastFailures()).extracting(UnitHistory.Failure::criterionCode).containsExactly("1.2", "3.1");
        assertThat(history.lastFailures().get(0).note()).isEqualTo("Hai công chức không đeo thẻ");
        assertThat(history.openRecommendations()).extracting(Recommendation::text)
                .containsExactly("Chấn chỉnh việc đeo thẻ công chức");
    }

    @Test
    void criterionCodesSortNumberByNumber() {
        assertThat(List.of("1.10", "1.9", "2.1", "1.2").stream().sorted(VisitService.CODE_ORDER).toList())
                .containsExactly("1.2", "1.9", "1.10", "2.1");
    }
}
