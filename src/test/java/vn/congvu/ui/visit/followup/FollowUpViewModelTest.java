package vn.congvu.ui.visit.followup;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.domain.ActionStatus;
import vn.congvu.domain.CorrectiveAction;
import vn.congvu.domain.Recommendation;
import vn.congvu.domain.Visit;
import vn.congvu.testing.TestVisits;
import vn.congvu.testing.UiTestContext;
import vn.congvu.ui.common.Autosaver;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class FollowUpViewModelTest {

    @TempDir
    Path dir;

    private UiTestContext t;
    private Visit visit;
    private FollowUpViewModel vm;

    @BeforeEach
    void open() {
        // UiTestContext's clock says 5 March 2025, 09:30 in Hà Nội; the visit started at 08:40 that day
        t = new UiTestContext(dir);
        visit = TestVisits.start(t.workspace);
        vm = new FollowUpViewModel(t.ctx);
        vm.load(visit.id());
    }

    @AfterEach
    void close() {
        t.close();
    }

    private Recommendation stored() {
        return t.workspace.followUps().sheet(visit.id()).recommendations().get(0);
    }

    @Test
    void aNewRecommendationIsSavedOneSecondAfterTypingStopsThenChangedInPlace() {
        vm.addRecommendation();
        vm.textProperty().set("Chấn chỉnh việc đeo thẻ công chức");
        assertThat(t.workspace.followUps().sheet(visit.id()).recommendations()).isEmpty();
        t.scheduler.advance(Autosaver.IDLE);
        assertThat(stored().text()).isEqualTo("Chấn chỉnh việc đeo thẻ công chức");
        assertThat(vm.recommendations()).hasSize(1);

        vm.deadlineProperty().set("31/3/2025");
        vm.commitRecommendation();
        vm.criterionProperty().set(vm.criteria().stream().filter(c -> c.label().startsWith("1.2 ")).findFirst()
                .orElseThrow());

        assertThat(t.workspace.followUps().sheet(visit.id()).recommendations()).hasSize(1);
        assertThat(stored().deadline()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(vm.criterionText(stored().criterionId())).isEqualTo("1.2");
    }

    @Test
    void anEmptyTextIsMarkedAtTheFieldAndNothingIsWritten() {
        vm.addRecommendation();
        vm.deadlineProperty().set("31/03/2025");
        vm.commitRecommendation();
        assertThat(vm.textErrorProperty().get()).isEqualTo("Chưa nhập nội dung kiến nghị.");
        assertThat(t.workspace.followUps().sheet(visit.id()).recommendations()).isEmpty();
        assertThat(vm.deadlineProperty().get()).isEqualTo("31/03/2025");
    }

    @Test
    void aDeadlineThatIsNoDateOrBeforeTheVisitIsMarkedAndTheTextKept() {
        vm.addRecommendation();
        vm.textProperty().set("Niêm yết");
        vm.commitRecommendation();
        vm.deadlineProperty().set("31/02");
        vm.commitRecommendation();
        assertThat(vm.deadlineErrorProperty().get()).isEqualTo(
                "Ngày không hợp lệ: 31/02. Gõ ngày/tháng/năm, ví dụ 31/03/2025.");
        vm.deadlineProperty().set("1/3/2025");
        vm.commitRecommendation();
        assertThat(vm.deadlineErrorProperty().get()).isEqualTo("Thời hạn không được trước ngày kiểm tra (05/03/2025).");
        assertThat(vm.deadlineProperty().get()).isEqualTo("1/3/2025");
        assertThat(stored().deadline()).isNull();
        assertThat(t.ctx.autosaver().hasAnyPending()).isFalse();

        vm.deadlineProperty().set("15/3/2025");
        vm.commitRecommendation();
        assertThat(vm.deadlineErrorProperty().get()).isNull();
        assertThat(stored().deadline()).isEqualTo(LocalDate.of(2025, 3, 15));
    }

    @Test
    void correctiveActionsAreAddedUnderTheChosenRecommendation() {
        vm.addRecommendation();
        vm.textProperty().set("Niêm yết đầy đủ thủ tục");
        vm.commitRecommendation();
        vm.addAction();
        vm.actionTextProperty().set("Cập nhật bảng niêm yết");
        vm.responsibleProperty().set("Bộ phận Một cửa");
        vm.actionDeadlineProperty().set("20/3/2025");
        vm.commitAction();

        CorrectiveAction a = t.workspace.followUps().sheet(visit.id()).actions().get(0);
        assertThat(a.recommendationId()).isEqualTo(stored().id());
        assertThat(a.responsible()).isEqualTo("Bộ phận Một cửa");
        assertThat(vm.actions()).containsExactly(a);
        assertThat(vm.actionsText(stored())).isEqualTo("0/1");
    }

    @Test
    void markingAnActionDoneFillsTodayAndACompletionBeforeTheVisitIsRefusedAtTheField() {
        vm.addRecommendation();
        vm.textProperty().set("Niêm yết");
        vm.commitRecommendation();
        vm.addAction();
        vm.actionTextProperty().set("Cập nhật");
        vm.commitAction();

        vm.actionStatusProperty().set(ActionStatus.DONE);
        assertThat(vm.completedOnProperty().get()).isEqualTo("05/03/2025");
        assertThat(t.workspace.followUps().sheet(visit.id()).actions().get(0).completedOn())
                .isEqualTo(LocalDate.of(2025, 3, 5));

        vm.completedOnProperty().set("4/3/2025");
        vm.commitAction();
        assertThat(vm.completedOnErrorProperty().get())
                .isEqualTo("Ngày hoàn thành không được trước ngày kiểm tra (05/03/2025).");
        assertThat(vm.completedOnProperty().get()).isEqualTo("4/3/2025");
        assertThat(t.workspace.followUps().sheet(visit.id()).actions().get(0).completedOn())
                .isEqualTo(LocalDate.of(2025, 3, 5));
    }

    @Test
    void whatIsOpenPastItsDeadlineIsShownAsOverdue() {
        Recommendation late = t.workspace.followUps().saveRecommendation(new vn.congvu.app.followup.FollowUpService
                .RecommendationDraft(null, visit.id(), "Thái độ", null, LocalDate.of(2025, 3, 5), null));
        t.workspace.db().write(c -> vn.congvu.store.Sql.update(c,
                "UPDATE recommendations SET deadline = '2025-03-01' WHERE id = ?", late.id()));
        vm.load(visit.id());
        Recommendation r = vm.recommendations().get(0);
        assertThat(vm.overdue(r)).isTrue();
        assertThat(vm.deadlineText(r.deadline(), true)).isEqualTo("01/03/2025\nquá hạn 4 ngày");
        assertThat(vm.summary()).isEqualTo("1 kiến nghị · 1 việc quá hạn");
    }

    @Test
    void removingARecommendationAsksAndTakesItsActionsWithIt() {
        vm.addRecommendation();
        vm.textProperty().set("Niêm yết");
        vm.commitRecommendation();
        vm.addAction();
        vm.actionTextProperty().set("Cập nhật");
        vm.commitAction();

        t.dialogs.confirmAnswers.push(false);
        vm.removeRecommendation();
        assertThat(vm.recommendations()).hasSize(1);
        vm.removeRecommendation();

        assertThat(vm.recommendations()).isEmpty();
        assertThat(t.workspace.followUps().sheet(visit.id()).actions()).isEmpty();
        assertThat(vm.recommendationOpenProperty().get()).isFalse();
    }

    @Test
    void aFinalisedVisitIsShownButNotChanged() {
        vm.readOnlyProperty().set(true);
        vm.addRecommendation();
        assertThat(vm.recommendationOpenProperty().get()).isFalse();
    }
}
