package vn.congvu.domain.scoring;

import java.util.List;

import vn.congvu.domain.Answer;
import vn.congvu.domain.AnswerType;
import vn.congvu.domain.Attitude;
import vn.congvu.domain.ChecklistGroup;
import vn.congvu.domain.Criterion;
import vn.congvu.domain.Official;
import vn.congvu.domain.Result;

/** Small factories for the records the scorer reads; only the fields scoring uses vary. */
final class ScoringFixtures {

    private ScoringFixtures() {
    }

    static ChecklistGroup group(String id, String code, String title, int sortOrder) {
        return new ChecklistGroup(id, "t2025", code, title, sortOrder, 1);
    }

    static Criterion criterion(String id, String groupId, double weight) {
        return new Criterion(id, "t2025", groupId, id, "criterion " + id, AnswerType.PASS_FAIL, List.of(), List.of(),
                false, null, weight, null, 0, 1);
    }

    static Answer answer(String criterionId, Result result) {
        return answer(criterionId, result, 1);
    }

    static Answer answer(String criterionId, Result result, long revision) {
        return new Answer("a-" + criterionId + "-" + revision, "v1", criterionId, result, null, null, null, null, null,
                revision);
    }

    static Official official(Boolean badgeWorn, Boolean dressOk, Boolean presentAtPost, Attitude attitude) {
        return new Official("o", "v1", "Nguyễn Văn A", "Công chức", badgeWorn, dressOk, presentAtPost, attitude, null,
                0, 1);
    }
}
