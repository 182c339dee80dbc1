package vn.congvu.domain.scoring;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static vn.congvu.domain.Result.FAIL;
import static vn.congvu.domain.Result.NA;
import static vn.congvu.domain.Result.PASS;
import static vn.congvu.domain.calendar.DossierBuilder.dossier;
import static vn.congvu.domain.scoring.ScoringFixtures.answer;
import static vn.congvu.domain.scoring.ScoringFixtures.criterion;
import static vn.congvu.domain.scoring.ScoringFixtures.group;
import static vn.congvu.domain.scoring.ScoringFixtures.official;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import vn.congvu.domain.Answer;
import vn.congvu.domain.Attitude;
import vn.congvu.domain.ChecklistGroup;
import vn.congvu.domain.Criterion;
import vn.congvu.domain.Dossier;
import vn.congvu.domain.Official;
import vn.congvu.domain.calendar.VietnameseCalendars;

class VisitScorerTest {

    /** Friday 21/3/2025, the visit date. */
    private static final LocalDate VISIT_DAY = of(2025, 3, 21);

    // Listed out of order on purpose: the score must follow sortOrder, not list order.
    private static final List<ChecklistGroup> GROUPS = List.of(
            group("g3", "3", "Công khai TTHC", 3),
            group("g1", "1", "Cán bộ, công chức", 1),
            group("g2", "2", "Cơ sở vật chất", 2));

    private static final List<Criterion> CRITERIA = List.of(
            criterion("c11", "g1", 2),
            criterion("c12", "g1", 1),
            criterion("c21", "g2", 1),
            criterion("c31", "g3", 3),
            criterion("c32", "g3", 1));

    private final VisitScorer scorer = new VisitScorer(VietnameseCalendars.calendar2025And2026(), GradeScale.DEFAULT);

    private VisitScore scoreAnswers(List<Answer> answers) {
        return scorer.score(CRITERIA, GROUPS, answers, List.of(), List.of(), VISIT_DAY);
    }

    @Test
    void emptyVisitHasNoScoreNoGradeAndNoNaN() {
        VisitScore score = scoreAnswers(List.of());

        assertThat(score.criteria()).isEqualTo(new CriteriaTally(5, 0, 0, 0, 0));
        assertThat(score.criteria().completion().percent()).isEqualTo(0.0);
        assertThat(score.criteria().passRate().isDefined()).isFalse();
        assertThat(score.criteria().passRate().percent()).isNull();
        assertThat(score.score()).isNull();
        assertThat(score.grade()).isNull();
        assertThat(score.officials()).isEqualTo(new OfficialTally(0, 0));
        assertThat(score.officials().violationRate().percent()).isNull();
        assertThat(score.dossiers()).isEqualTo(DossierTally.NONE);
        assertThat(score.dossiers().onTimeRate().percent()).isNull();
        assertThat(score.dossiers().overdueRate().percent()).isNull();
        assertThat(score.dossiers().apologyAmongOverdue().percent()).isNull();
        assertThat(score.dossiers().digitised().percent()).isNull();
        assertThat(score.dossiers().filedOnline().percent()).isNull();
        assertThat(score.failuresByGroup()).extracting(GroupFailures::failures).containsExactly(0, 0, 0);
        assertThat(score.hasFailures()).isFalse();
    }

    @Test
    void visitWithoutAnyCriteriaHasUndefinedCompletion() {
        VisitScore score = scorer.score(List.of(), List.of(), List.of(), List.of(), List.of(), VISIT_DAY);
        assertThat(score.criteria().completion().isDefined()).isFalse();
        assertThat(score.criteria().completion().percent()).isNull();
        assertThat(score.failuresByGroup()).isEmpty();
    }

    @Test
    void answersWithoutAResultCountAsUnanswered() {
        VisitScore score = scoreAnswers(List.of(answer("c11", null), answer("c12", PASS)));
        assertThat(score.criteria()).isEqualTo(new CriteriaTally(5, 1, 1, 0, 0));
        assertThat(score.criteria().completion().percent()).isEqualTo(20.0);
    }

    @Test
    void allNotApplicableIsCompleteButHasNoScore() {
        VisitScore score = scoreAnswers(CRITERIA.stream().map(c -> answer(c.id(), NA)).toList());
        assertThat(score.criteria()).isEqualTo(new CriteriaTally(5, 5, 0, 0, 5));
        assertThat(score.criteria().completion().percent()).isEqualTo(100.0);
        assertThat(score.criteria().passRate().percent()).isNull();
        assertThat(score.score()).isNull();
        assertThat(score.grade()).isNull();
    }

    @Test
    void scoreIsPassedWeightOverJudgedWeightIgnoringNotApplicableAndUnanswered() {
        // judged: c11 PASS (2), c12 FAIL (1), c31 PASS (3) → 5 / 6; c21 NA and c32 unanswered left out
        VisitScore score = scoreAnswers(List.of(
                answer("c11", PASS), answer("c12", FAIL), answer("c21", NA), answer("c31", PASS)));

        assertThat(score.criteria()).isEqualTo(new CriteriaTally(5, 4, 2, 1, 1));
        assertThat(score.criteria().completion()).isEqualTo(new Rate(4, 5));
        assertThat(score.criteria().passRate()).isEqualTo(new Rate(2, 3));
        assertThat(score.score()).isCloseTo(83.3333, within(1e-4));
        assertThat(score.grade()).isEqualTo(Grade.GOOD);
    }

    @Test
    void heavierCriteriaWeighMoreInTheScore() {
        // both visits pass 4 of 5; total weight 8
        VisitScore heavyFailed = scoreAnswers(List.of(answer("c11", PASS), answer("c12", PASS), answer("c21", PASS),
                answer("c31", FAIL), answer("c32", PASS)));
        VisitScore lightFailed = scoreAnswers(List.of(answer("c11", PASS), answer("c12", PASS), answer("c21", PASS),
                answer("c31", PASS), answer("c32", FAIL)));

        assertThat(heavyFailed.criteria().passRate()).isEqualTo(lightFailed.criteria().passRate());
        assertThat(heavyFailed.score()).isEqualTo(62.5);
        assertThat(heavyFailed.grade()).isEqualTo(Grade.AVERAGE);
        assertThat(lightFailed.score()).isEqualTo(87.5);
        assertThat(lightFailed.grade()).isEqualTo(Grade.GOOD);
    }

    @Test
    void allPassedScoresOneHundred() {
        VisitScore score = scoreAnswers(CRITERIA.stream().map(c -> answer(c.id(), PASS)).toList());
        assertThat(score.score()).isEqualTo(100.0);
        assertThat(score.grade()).isEqualTo(Grade.EXCELLENT);
    }

    @Test
    void allFailedScoresZero() {
        VisitScore score = scoreAnswers(CRITERIA.stream().map(c -> answer(c.id(), FAIL)).toList());
        assertThat(score.score()).isEqualTo(0.0);
        assertThat(score.grade()).isEqualTo(Grade.POOR);
    }

    @Test
    void aScoreOfExactlyNinetyIsExcellent() {
        List<Criterion> ten = IntStream.rangeClosed(1, 10)
                .mapToObj(i -> criterion("k" + i, "g1", 1)).toList();
        List<Answer> ninePassed = ten.stream().map(c -> answer(c.id(), c.id().equals("k10") ? FAIL : PASS)).toList();
        VisitScore score = scorer.score(ten, GROUPS, ninePassed, List.of(), List.of(), VISIT_DAY);
        assertThat(score.score()).isEqualTo(90.0);
        assertThat(score.grade()).isEqualTo(Grade.EXCELLENT);
    }

    @Test
    void gradeFollowsTheScaleGiven() {
        VisitScorer strict = new VisitScorer(VietnameseCalendars.calendar2025And2026(), new GradeScale(95, 85, 70));
        VisitScore score = strict.score(CRITERIA, GROUPS, List.of(answer("c11", PASS), answer("c12", FAIL),
                answer("c31", PASS)), List.of(), List.of(), VISIT_DAY);
        // 5/6 = 83.3 is GOOD on the default scale, AVERAGE on this one
        assertThat(score.grade()).isEqualTo(Grade.AVERAGE);
    }

    @Test
    void zeroWeightCriteriaCountInRatesButNotInTheScore() {
        List<Criterion> unweighted = List.of(criterion("z1", "g1", 0), criterion("z2", "g1", 0));
        VisitScore score = scorer.score(unweighted, GROUPS, List.of(answer("z1", PASS), answer("z2", FAIL)),
                List.of(), List.of(), VISIT_DAY);
        assertThat(score.criteria().passRate()).isEqualTo(new Rate(1, 2));
        assertThat(score.score()).isNull();
        assertThat(score.grade()).isNull();
    }

    @Test
    void failuresByGroupFollowSortOrderAndIncludeGroupsWithoutFailures() {
        VisitScore score = scoreAnswers(List.of(answer("c31", FAIL), answer("c32", FAIL), answer("c11", PASS)));

        assertThat(score.failuresByGroup()).containsExactly(
                new GroupFailures("g1", "1", "Cán bộ, công chức", 1, 0),
                new GroupFailures("g2", "2", "Cơ sở vật chất", 2, 0),
                new GroupFailures("g3", "3", "Công khai TTHC", 3, 2));
        assertThat(score.failuresIn("g3")).isEqualTo(2);
        assertThat(score.failuresIn("g1")).isZero();
        assertThat(score.failuresIn("no-such-group")).isZero();
        assertThat(score.failuresOutsideGroups()).isZero();
    }

    @Test
    void failuresInAGroupMissingFromTheTemplateAreCountedApart() {
        List<Criterion> withStray = List.of(criterion("c11", "g1", 1), criterion("s1", "gone", 1));
        VisitScore score = scorer.score(withStray, GROUPS, List.of(answer("c11", FAIL), answer("s1", FAIL)),
                List.of(), List.of(), VISIT_DAY);
        assertThat(score.criteria().failed()).isEqualTo(2);
        assertThat(score.failuresIn("g1")).isEqualTo(1);
        assertThat(score.failuresOutsideGroups()).isEqualTo(1);
    }

    @Test
    void answersToUnknownCriteriaAreIgnoredAndCounted() {
        VisitScore score = scoreAnswers(List.of(answer("c11", PASS), answer("old-4.5", FAIL), answer("x", NA)));
        assertThat(score.unmatchedAnswers()).isEqualTo(2);
        assertThat(score.criteria()).isEqualTo(new CriteriaTally(5, 1, 1, 0, 0));
        assertThat(score.score()).isEqualTo(100.0);
    }

    @Test
    void ofTwoAnswersToOneCriterionTheHigherRevisionCounts() {
        VisitScore oldFirst = scoreAnswers(List.of(answer("c11", FAIL, 1), answer("c11", PASS, 2)));
        VisitScore newFirst = scoreAnswers(List.of(answer("c11", PASS, 2), answer("c11", FAIL, 1)));
        for (VisitScore score : List.of(oldFirst, newFirst)) {
            assertThat(score.criteria()).isEqualTo(new CriteriaTally(5, 1, 1, 0, 0));
            assertThat(score.duplicateAnswers()).isEqualTo(1);
        }
    }

    @Test
    void ofTwoAnswersWithTheSameRevisionTheLaterInTheListCounts() {
        VisitScore score = scoreAnswers(List.of(answer("c11", PASS, 3), answer("c11", FAIL, 3)));
        assertThat(score.criteria().failed()).isEqualTo(1);
        assertThat(score.criteria().passed()).isZero();
    }

    @Test
    void countsOfficialsAndThoseWithAViolation() {
        List<Official> officials = List.of(
                official(true, true, true, Attitude.GOOD),
                official(false, true, true, Attitude.GOOD),   // no badge
                official(true, true, true, Attitude.POOR),    // rude
                official(null, null, null, null),             // nothing observed: no violation
                official(true, false, false, Attitude.ACCEPTABLE)); // two breaches, one person
        VisitScore score = scorer.score(CRITERIA, GROUPS, List.of(), officials, List.of(), VISIT_DAY);
        assertThat(score.officials()).isEqualTo(new OfficialTally(5, 3));
        assertThat(score.officials().violationRate().percent()).isEqualTo(60.0);
    }

    @Test
    void talliesDossiersByTimelinessAsOfTheVisitDay() {
        List<Dossier> dossiers = List.of(
                // due Tue 18/3, returned Mon 17/3: on time
                dossier().id("1").returnedOn(of(2025, 3, 17)).digitised(true).filedOnline(true).build(),
                // due Fri 14/3, returned Tue 18/3: late, apology given
                dossier().id("2").dueDate(of(2025, 3, 14)).returnedOn(of(2025, 3, 18))
                        .apologyIssued(true).digitised(false).build(),
                // due Wed 19/3, still out on Fri 21/3: overdue, apology not recorded
                dossier().id("3").dueDate(of(2025, 3, 19)).digitised(true).filedOnline(false).build(),
                // due Tue 25/3, still out: pending
                dossier().id("4").dueDate(of(2025, 3, 25)).build(),
                // no due date: cannot be judged
                dossier().id("5").dueDate(null).digitised(true).build(),
                // due Mon 10/3, returned Wed 12/3: late, no apology
                dossier().id("6").dueDate(of(2025, 3, 10)).returnedOn(of(2025, 3, 12)).apologyIssued(false).build());

        DossierTally tally = scorer.score(CRITERIA, GROUPS, List.of(), List.of(), dossiers, VISIT_DAY).dossiers();

        assertThat(tally.sampled()).isEqualTo(6);
        assertThat(tally.onTime()).isEqualTo(1);
        assertThat(tally.late()).isEqualTo(2);
        assertThat(tally.pendingOverdue()).isEqualTo(1);
        assertThat(tally.pending()).isEqualTo(1);
        assertThat(tally.undetermined()).isEqualTo(1);
        assertThat(tally.overdue()).isEqualTo(3);
        assertThat(tally.onTimeRate()).isEqualTo(new Rate(1, 4));
        assertThat(tally.onTimeRate().percent()).isEqualTo(25.0);
        assertThat(tally.overdueRate()).isEqualTo(new Rate(3, 6));
        assertThat(tally.apologyAmongOverdue()).isEqualTo(new Rate(1, 3));
        assertThat(tally.digitised()).isEqualTo(new Rate(3, 4));
        assertThat(tally.filedOnline()).isEqualTo(new Rate(1, 2));
    }

    @Test
    void dossiersNotYetDueOnTheVisitDayAreNeitherOnTimeNorOverdue() {
        List<Dossier> dossiers = List.of(dossier().id("1").build(), dossier().id("2").build());
        DossierTally tally = scorer.score(CRITERIA, GROUPS, List.of(), List.of(), dossiers, of(2025, 3, 18)).dossiers();
        assertThat(tally.pending()).isEqualTo(2);
        assertThat(tally.onTimeRate().isDefined()).isFalse();
        assertThat(tally.apologyAmongOverdue().isDefined()).isFalse();
        assertThat(tally.overdueRate()).isEqualTo(new Rate(0, 2));
    }

    @Test
    void theSameDossiersJudgedLaterBecomeOverdue() {
        List<Dossier> dossiers = List.of(dossier().id("1").build());
        DossierTally tally = scorer.score(CRITERIA, GROUPS, List.of(), List.of(), dossiers, of(2025, 3, 19)).dossiers();
        assertThat(tally.pendingOverdue()).isEqualTo(1);
        assertThat(tally.apologyAmongOverdue()).isEqualTo(new Rate(0, 1));
    }

    @Test
    void rejectsATemplateWithANegativeOrNonFiniteWeight() {
        assertThatThrownBy(() -> scorer.score(List.of(criterion("c", "g1", -1)), GROUPS, List.of(), List.of(),
                List.of(), VISIT_DAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> scorer.score(List.of(criterion("c", "g1", Double.NaN)), GROUPS, List.of(), List.of(),
                List.of(), VISIT_DAY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsATemplateWithTwoCriteriaOfOneId() {
        assertThatThrownBy(() -> scorer.score(List.of(criterion("c", "g1", 1), criterion("c", "g2", 1)), GROUPS,
                List.of(), List.of(), List.of(), VISIT_DAY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resultListsCannotBeModified() {
        VisitScore score = scoreAnswers(List.of());
        assertThatThrownBy(() -> score.failuresByGroup().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
