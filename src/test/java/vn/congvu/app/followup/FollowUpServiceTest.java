package vn.congvu.app.followup;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.app.AppException;
import vn.congvu.app.FieldProblem;
import vn.congvu.app.UnitHistory;
import vn.congvu.app.Workspace;
import vn.congvu.app.followup.FollowUpService.ActionDraft;
import vn.congvu.app.followup.FollowUpService.RecommendationDraft;
import vn.congvu.domain.ActionStatus;
import vn.congvu.domain.CorrectiveAction;
import vn.congvu.domain.Recommendation;
import vn.congvu.domain.Visit;
import vn.congvu.store.Sql;
import vn.congvu.testing.TestVisits;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FollowUpServiceTest {

    private static final LocalDate VISIT_DAY = TestVisits.START.toLocalDate();

    @TempDir
    Path dir;

    private Workspace ws;
    private FollowUpService followUps;
    private Visit visit;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("f.db"), true,
                Clock.fixed(Instant.parse("2025-04-10T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));
        followUps = ws.followUps();
        visit = TestVisits.start(ws);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private long count(String table) {
        return ws.db().read(c -> Sql.queryLong(c, "SELECT count(*) FROM " + table));
    }

    private Recommendation recommendation(String text) {
        return followUps.saveRecommendation(new RecommendationDraft(null, visit.id(), text, null,
                LocalDate.of(2025, 3, 31), null));
    }

    @Test
    void aRecommendationIsAddedForTheVisitsUnitThenChangedInPlace() {
        String criterion = followUps.sheet(visit.id()).criteria().stream().filter(c -> c.code().equals("1.2"))
                .findFirst().orElseThrow().id();
        Recommendation r = followUps.saveRecommendation(new RecommendationDraft(null, visit.id(),
                "  Chấn chỉnh việc đeo thẻ công chức ", criterion, LocalDate.of(2025, 3, 31), null));
        assertThat(r.text()).isEqualTo("Chấn chỉnh việc đeo thẻ công chức");
        assertThat(r.unitId()).isEqualTo(visit.unitId());
        assertThat(r.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(r.sortOrder()).isEqualTo(1);

        Recommendation changed = followUps.saveRecommendation(new RecommendationDraft(r.id(), visit.id(),
                "Chấn chỉnh ngay việc đeo thẻ", criterion, LocalDate.of(2025, 4, 15), ActionStatus.IN_PROGRESS));
        assertThat(changed.id()).isEqualTo(r.id());
        assertThat(changed.revision()).isEqualTo(2);
        assertThat(followUps.sheet(visit.id()).recommendations()).containsExactly(changed);
        assertThat(recommendation("Thứ hai").sortOrder()).isEqualTo(2);
    }

    @Test
    void anEmptyTextOrADeadlineBeforeTheVisitIsRefusedAndNothingIsWritten() {
        assertThatThrownBy(() -> recommendation("   ")).isInstanceOf(AppException.class)
                .extracting(e -> ((AppException) e).key()).isEqualTo("error.followup.recommendationTextMissing");
        assertThatThrownBy(() -> followUps.saveRecommendation(new RecommendationDraft(null, visit.id(), "Kiến nghị",
                null, LocalDate.of(2025, 3, 4), null)))
                .isInstanceOf(AppException.class)
                .satisfies(e -> {
                    assertThat(((AppException) e).key()).isEqualTo("error.followup.deadlineBeforeVisit");
                    assertThat(((AppException) e).args()).containsExactly("05/03/2025");
                });
        assertThat(count("recommendations")).isZero();
    }

    @Test
    void theRulesNameTheFieldThatIsWrong() {
        assertThat(FollowUpService.check(new ActionDraft(null, "r", "", null, LocalDate.of(2025, 3, 1),
                ActionStatus.DONE, LocalDate.of(2025, 3, 2)), VISIT_DAY, LocalDate.of(2025, 4, 10)))
                .extracting(FieldProblem::field, FieldProblem::key)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("text", "error.followup.actionTextMissing"),
                        org.assertj.core.groups.Tuple.tuple("deadline", "error.followup.deadlineBeforeVisit"),
                        org.assertj.core.groups.Tuple.tuple("completedOn", "error.followup.completedBeforeVisit"));
        assertThat(FollowUpService.check(new ActionDraft(null, "r", "Làm", null, null, ActionStatus.OPEN,
                LocalDate.of(2025, 3, 20)), VISIT_DAY, LocalDate.of(2025, 4, 10)))
                .extracting(FieldProblem::key).containsExactly("error.followup.completedNotDone");
        assertThat(FollowUpService.check(new ActionDraft(null, "r", "Làm", null, null, ActionStatus.DONE,
                LocalDate.of(2025, 4, 11)), VISIT_DAY, LocalDate.of(2025, 4, 10)))
                .extracting(FieldProblem::key).containsExactly("error.followup.completedInFuture");
    }

    @Test
    void correctiveActionsBelongToTheirRecommendationAndTheUnit() {
        Recommendation r = recommendation("Niêm yết đầy đủ thủ tục hành chính");
        CorrectiveAction a = followUps.saveAction(new ActionDraft(null, r.id(), "Cập nhật bảng niêm yết",
                " Bộ phận Một cửa ", LocalDate.of(2025, 3, 20), ActionStatus.OPEN, null));
        assertThat(a.visitId()).isEqualTo(visit.id());
        assertThat(a.unitId()).isEqualTo(visit.unitId());
        assertThat(a.responsible()).isEqualTo("Bộ phận Một cửa");

        CorrectiveAction done = followUps.saveAction(new ActionDraft(a.id(), r.id(), a.text(), a.responsible(),
                a.deadline(), ActionStatus.DONE, LocalDate.of(2025, 3, 18)));
        assertThat(done.status()).isEqualTo(ActionStatus.DONE);
        assertThat(done.completedOn()).isEqualTo(LocalDate.of(2025, 3, 18));
        assertThat(followUps.sheet(visit.id()).actionsOf(r.id())).containsExactly(done);
    }

    @Test
    void aCompletionDateBeforeTheVisitIsRefusedAndTheActionStaysAsItWas() {
        Recommendation r = recommendation("Niêm yết");
        CorrectiveAction a = followUps.saveAction(new ActionDraft(null, r.id(), "Cập nhật", null, null, null, null));
        assertThatThrownBy(() -> followUps.saveAction(new ActionDraft(a.id(), r.id(), "Cập nhật", null, null,
                ActionStatus.DONE, LocalDate.of(2025, 3, 1))))
                .isInstanceOf(AppException.class)
                .extracting(e -> ((AppException) e).key()).isEqualTo("error.followup.completedBeforeVisit");
        assertThat(followUps.sheet(visit.id()).actions()).containsExactly(a);
    }

    @Test
    void removingARecommendationRemovesItsActionsAsTombstones() {
        Recommendation r = recommendation("Niêm yết");
        followUps.saveAction(new ActionDraft(null, r.id(), "Cập nhật", null, null, null, null));
        Recommendation other = recommendation("Thái độ");
        followUps.saveAction(new ActionDraft(null, other.id(), "Tập huấn", null, null, null, null));

        followUps.removeRecommendation(r.id());

        FollowUpService.Sheet sheet = followUps.sheet(visit.id());
        assertThat(sheet.recommendations()).extracting(Recommendation::text).containsExactly("Thái độ");
        assertThat(sheet.actions()).extracting(CorrectiveAction::text).containsExactly("Tập huấn");
        assertThat(count("corrective_actions")).isEqualTo(2);
    }

    @Test
    void somethingOpenPastItsDeadlineIsOverdueButNotWhenDoneOrCancelled() {
        LocalDate today = LocalDate.of(2025, 4, 10);
        assertThat(FollowUpService.overdue(LocalDate.of(2025, 4, 9), ActionStatus.OPEN, today)).isTrue();
        assertThat(FollowUpService.overdue(LocalDate.of(2025, 4, 9), ActionStatus.IN_PROGRESS, today)).isTrue();
        assertThat(FollowUpService.overdue(LocalDate.of(2025, 4, 10), ActionStatus.OPEN, today)).isFalse();
        assertThat(FollowUpService.overdue(LocalDate.of(2025, 4, 9), ActionStatus.DONE, today)).isFalse();
        assertThat(FollowUpService.overdue(LocalDate.of(2025, 4, 9), ActionStatus.CANCELLED, today)).isFalse();
        assertThat(FollowUpService.overdue(null, ActionStatus.OPEN, today)).isFalse();
    }

    @Test
    void theNextVisitToTheUnitSeesWhatIsStillOpen() {
        Recommendation r = recommendation("Niêm yết");
        followUps.saveAction(new ActionDraft(null, r.id(), "Cập nhật bảng niêm yết", null, null, null, null));
        Visit next = TestVisits.start(ws, LocalDateTime.of(2025, 4, 10, 9, 0));
        UnitHistory history = ws.visits().history(visit.unitId(), next.id());
        assertThat(history.openRecommendations()).extracting(Recommendation::text).containsExactly("Niêm yết");
        assertThat(history.openActions()).extracting(CorrectiveAction::text).containsExactly("Cập nhật bảng niêm yết");
    }

    @Test
    void aFinalisedVisitTakesNoRecommendation() {
        ws.db().write(c -> Sql.update(c, "UPDATE visits SET status = 'FINALISED' WHERE id = ?", visit.id()));
        assertThatThrownBy(() -> recommendation("Niêm yết")).isInstanceOf(AppException.class)
                .extracting(e -> ((AppException) e).key()).isEqualTo("error.visit.finalised");
        assertThat(count("recommendations")).isZero();
    }
}
