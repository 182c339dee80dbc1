package vn.congvu.domain.scoring;

import java.util.List;
import java.util.Objects;

/**
 * The figures of one visit, computed by {@link VisitScorer}.
 *
 * @param criteria              how the criteria were answered
 * @param score                 0–100: weights of passed criteria over weights of criteria passed or failed;
 *                              null when no criterion with a weight has a pass/fail verdict
 * @param grade                 from {@code score} by the scorer's {@link GradeScale}; null exactly when
 *                              {@code score} is
 * @param failuresByGroup       every group of the template, in its sort order, including those without failures
 * @param failuresOutsideGroups failed criteria whose group is not among the groups given (a template defect)
 * @param officials             officials on duty and those with a violation
 * @param dossiers              sampled dossiers by timeliness
 * @param unmatchedAnswers      answers naming a criterion not in the template; ignored in every figure
 * @param duplicateAnswers      extra answers to a criterion already answered; only the highest revision counts
 */
public record VisitScore(CriteriaTally criteria, Double score, Grade grade, List<GroupFailures> failuresByGroup,
                         int failuresOutsideGroups, OfficialTally officials, DossierTally dossiers,
                         int unmatchedAnswers, int duplicateAnswers) {

    public VisitScore {
        Objects.requireNonNull(criteria, "criteria");
        Objects.requireNonNull(officials, "officials");
        Objects.requireNonNull(dossiers, "dossiers");
        failuresByGroup = List.copyOf(failuresByGroup);
        if (score != null && !(score >= 0 && score <= 100)) {
            throw new IllegalArgumentException("score outside 0–100: " + score);
        }
        if ((score == null) != (grade == null)) {
            throw new IllegalArgumentException("grade must be present exactly when the score is");
        }
        int grouped = failuresByGroup.stream().mapToInt(GroupFailures::failures).sum();
        if (failuresOutsideGroups < 0 || grouped + failuresOutsideGroups != criteria.failed()) {
            throw new IllegalArgumentException("failures by group do not add up to the failed criteria");
        }
        if (unmatchedAnswers < 0 || duplicateAnswers < 0) {
            throw new IllegalArgumentException("negative answer counts");
        }
    }

    /** Failures in the group with this id; 0 for a group not in the template. */
    public int failuresIn(String groupId) {
        return failuresByGroup.stream()
                .filter(g -> g.groupId().equals(groupId))
                .mapToInt(GroupFailures::failures)
                .findFirst()
                .orElse(0);
    }

    public boolean hasFailures() {
        return criteria.failed() > 0;
    }
}
