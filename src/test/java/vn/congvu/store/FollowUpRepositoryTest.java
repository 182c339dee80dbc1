package vn.congvu.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congvu.domain.ActionStatus;
import vn.congvu.domain.CorrectiveAction;
import vn.congvu.domain.Recommendation;
import vn.congvu.domain.Visit;
import vn.congvu.domain.VisitStatus;
import vn.congvu.testing.Scenario;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FollowUpRepositoryTest extends RepositoryTestBase {

    private Scenario.VisitRef visit;

    @BeforeEach
    void prerequisites() {
        visit = store.scenario().visitToNewWard("00009");
    }

    private FollowUpRepository followUps() {
        return new FollowUpRepository(writer);
    }

    private Recommendation recommendation(String id, String visitId, String text, ActionStatus status, long revision) {
        return new Recommendation(id, visitId, visit.unitId(), visit.template().criterion("1.2"), text,
                LocalDate.of(2025, 3, 31), status, 1, revision);
    }

    private CorrectiveAction action(String id, String recommendationId, ActionStatus status, LocalDate deadline,
                                    long revision) {
        return new CorrectiveAction(id, recommendationId, visit.id(), visit.unitId(), "Cấp lại thẻ công chức",
                "Văn phòng UBND phường", deadline, status, null, null, null, revision);
    }

    @Test
    void recommendationReadsBackEqualAndDefaultsToOpen() {
        String id = write(c -> followUps().insertRecommendation(c, recommendation(null, visit.id(),
                "Yêu cầu công chức đeo thẻ", null, 0)));
        List<Recommendation> found = read(c -> followUps().recommendationsOf(c, visit.id()));
        assertThat(found).containsExactly(recommendation(id, visit.id(), "Yêu cầu công chức đeo thẻ", ActionStatus.OPEN,
                1));
    }

    @Test
    void recommendationUpdateBumpsRevisionAndStaleIsRefused() {
        String id = write(c -> followUps().insertRecommendation(c, recommendation(null, visit.id(), "Đeo thẻ",
                ActionStatus.OPEN, 0)));
        Recommendation done = recommendation(id, visit.id(), "Đeo thẻ", ActionStatus.DONE, 1);

        assertThat(wrote(c -> followUps().updateRecommendation(c, done))).isTrue();
        assertThatThrownBy(() -> write(c -> followUps().updateRecommendation(c, done)))
                .isInstanceOf(StaleRecordException.class);
        List<Recommendation> found = read(c -> followUps().recommendationsOf(c, visit.id()));
        assertThat(found).containsExactly(recommendation(id, visit.id(), "Đeo thẻ", ActionStatus.DONE, 2));
    }

    @Test
    void openRecommendationsOfAUnitLeaveOutDoneDeletedAndThoseOfDeletedVisits() {
        String open = write(c -> followUps().insertRecommendation(c, recommendation(null, visit.id(), "Mở",
                ActionStatus.OPEN, 0)));
        String inProgress = write(c -> followUps().insertRecommendation(c, recommendation(null, visit.id(),
                "Đang làm", ActionStatus.IN_PROGRESS, 0)));
        write(c -> followUps().insertRecommendation(c, recommendation(null, visit.id(), "Xong", ActionStatus.DONE, 0)));
        String deleted = write(c -> followUps().insertRecommendation(c, recommendation(null, visit.id(), "Xoá",
                ActionStatus.OPEN, 0)));
        write(c -> followUps().deleteRecommendation(c, deleted));
        String otherVisit = store.scenario().visit(new Visit(null, null, null, visit.unitId(), null,
                visit.template().id(), LocalDate.of(2025, 1, 6), null, null, true, null, null,
                VisitStatus.COMPLETED, null, 0));
        write(c -> followUps().insertRecommendation(c, recommendation(null, otherVisit, "Của lần thăm đã xoá",
                ActionStatus.OPEN, 0)));
        write(c -> new VisitRepository(writer).delete(c, otherVisit));

        List<Recommendation> found = read(c -> followUps().openRecommendationsOfUnit(c, visit.unitId()));
        assertThat(found).extracting(Recommendation::id).containsExactlyInAnyOrder(open, inProgress);
    }

    @Test
    void correctiveActionReadsBackEqual() {
        String rec = write(c -> followUps().insertRecommendation(c, recommendation(null, visit.id(), "Đeo thẻ",
                ActionStatus.OPEN, 0)));
        CorrectiveAction full = new CorrectiveAction(null, rec, visit.id(), visit.unitId(), "Cấp lại thẻ công chức",
                "Văn phòng UBND phường", LocalDate.of(2025, 3, 31), ActionStatus.DONE, LocalDate.of(2025, 3, 20),
                visit.id(), "Đã kiểm tra lại", 0);

        String id = write(c -> followUps().insertAction(c, full));

        List<CorrectiveAction> found = read(c -> followUps().actionsOfVisit(c, visit.id()));
        assertThat(found).containsExactly(new CorrectiveAction(id, rec, visit.id(), visit.unitId(),
                "Cấp lại thẻ công chức", "Văn phòng UBND phường", LocalDate.of(2025, 3, 31), ActionStatus.DONE,
                LocalDate.of(2025, 3, 20), visit.id(), "Đã kiểm tra lại", 1));
    }

    @Test
    void openActionsOfAUnitAreByDeadlineWithoutDoneOrDeleted() {
        String rec = write(c -> followUps().insertRecommendation(c, recommendation(null, visit.id(), "Đeo thẻ",
                ActionStatus.OPEN, 0)));
        String late = write(c -> followUps().insertAction(c, action(null, rec, ActionStatus.OPEN,
                LocalDate.of(2025, 4, 30), 0)));
        String soon = write(c -> followUps().insertAction(c, action(null, rec, ActionStatus.IN_PROGRESS,
                LocalDate.of(2025, 3, 31), 0)));
        write(c -> followUps().insertAction(c, action(null, rec, ActionStatus.DONE, LocalDate.of(2025, 3, 15), 0)));
        String deleted = write(c -> followUps().insertAction(c, action(null, rec, ActionStatus.OPEN,
                LocalDate.of(2025, 3, 1), 0)));
        write(c -> followUps().deleteAction(c, deleted));

        List<CorrectiveAction> open = read(c -> followUps().openActionsOfUnit(c, visit.unitId()));
        assertThat(open).extracting(CorrectiveAction::id).containsExactly(soon, late);
    }

    @Test
    void actionUpdateBumpsRevision() {
        String rec = write(c -> followUps().insertRecommendation(c, recommendation(null, visit.id(), "Đeo thẻ",
                ActionStatus.OPEN, 0)));
        String id = write(c -> followUps().insertAction(c, action(null, rec, ActionStatus.OPEN,
                LocalDate.of(2025, 3, 31), 0)));

        assertThat(wrote(c -> followUps().updateAction(c, action(id, rec, ActionStatus.DONE,
                LocalDate.of(2025, 3, 31), 1)))).isTrue();
        assertThat(wrote(c -> followUps().updateAction(c, action(id, rec, ActionStatus.DONE,
                LocalDate.of(2025, 3, 31), 2)))).isFalse();

        List<CorrectiveAction> found = read(c -> followUps().actionsOfVisit(c, visit.id()));
        assertThat(found).containsExactly(action(id, rec, ActionStatus.DONE, LocalDate.of(2025, 3, 31), 2));
    }
}
