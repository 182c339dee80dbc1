package vn.congvu.domain.scoring;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.congvu.domain.Result.FAIL;
import static vn.congvu.domain.Result.PASS;
import static vn.congvu.domain.calendar.DossierBuilder.dossier;
import static vn.congvu.domain.scoring.ScoringFixtures.answer;
import static vn.congvu.domain.scoring.ScoringFixtures.criterion;
import static vn.congvu.domain.scoring.ScoringFixtures.group;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.congvu.domain.calendar.VietnameseCalendars;

class PlanScoreTest {

    /** A visit whose figures are given directly; failures fall in group code "1" (sort 1) of template version A. */
    private static VisitScore visit(Double score, Grade grade, int failures) {
        return new VisitScore(new CriteriaTally(10, failures, 0, failures, 0), score, grade,
                List.of(new GroupFailures("a1", "1", "Cán bộ", 1, failures)), 0, OfficialTally.NONE,
                DossierTally.NONE, 0, 0);
    }

    private static VisitScore visitWithPeople(OfficialTally officials, DossierTally dossiers) {
        return new VisitScore(new CriteriaTally(10, 0, 0, 0, 0), null, null, List.of(), 0, officials, dossiers, 0, 0);
    }

    @Test
    void planWithoutVisitsHasZeroCountsAndUndefinedRates() {
        PlanScore plan = PlanScore.of(List.of(), 5);

        assertThat(plan.visits()).isZero();
        assertThat(plan.unitsVisited()).isZero();
        assertThat(plan.unitsPlanned()).isEqualTo(5);
        assertThat(plan.coverage()).isEqualTo(new Rate(0, 5));
        assertThat(plan.coverage().percent()).isEqualTo(0.0);
        assertThat(plan.meanScore()).isNull();
        assertThat(plan.scoredVisits()).isZero();
        assertThat(plan.failuresByGroup()).isEmpty();
        assertThat(plan.unitsWithFailures()).isZero();
        assertThat(plan.officials()).isEqualTo(new OfficialTally(0, 0));
        assertThat(plan.overdueRate().isDefined()).isFalse();
        assertThat(plan.overdueRate().percent()).isNull();
        assertThat(plan.gradeDistribution()).containsExactly(
                Map.entry(Grade.EXCELLENT, 0), Map.entry(Grade.GOOD, 0),
                Map.entry(Grade.AVERAGE, 0), Map.entry(Grade.POOR, 0));
        assertThat(plan.ungradedVisits()).isZero();
    }

    @Test
    void planWithNothingPlannedHasUndefinedCoverage() {
        assertThat(PlanScore.of(List.of(), 0).coverage().percent()).isNull();
        assertThat(PlanScore.of(List.of(), Set.of()).coverage().percent()).isNull();
    }

    @Test
    void meanScoreLeavesOutVisitsWithoutAScore() {
        PlanScore plan = PlanScore.of(List.of(
                new ScoredVisit("u1", visit(80.0, Grade.GOOD, 1)),
                new ScoredVisit("u2", visit(null, null, 0)),
                new ScoredVisit("u3", visit(100.0, Grade.EXCELLENT, 0))), 3);

        assertThat(plan.meanScore()).isEqualTo(90.0);
        assertThat(plan.scoredVisits()).isEqualTo(2);
        assertThat(plan.ungradedVisits()).isEqualTo(1);
        assertThat(plan.visitsGraded(Grade.EXCELLENT)).isEqualTo(1);
        assertThat(plan.visitsGraded(Grade.GOOD)).isEqualTo(1);
        assertThat(plan.visitsGraded(Grade.AVERAGE)).isZero();
        assertThat(plan.visitsGraded(Grade.POOR)).isZero();
    }

    @Test
    void planWhoseVisitsAllLackAScoreHasNoMean() {
        PlanScore plan = PlanScore.of(List.of(new ScoredVisit("u1", visit(null, null, 0))), 1);
        assertThat(plan.meanScore()).isNull();
        assertThat(plan.ungradedVisits()).isEqualTo(1);
    }

    @Test
    void eachVisitCountsOnceInTheMeanAndTheGrades() {
        PlanScore plan = PlanScore.of(List.of(
                new ScoredVisit("u1", visit(40.0, Grade.POOR, 3)),
                new ScoredVisit("u1", visit(60.0, Grade.AVERAGE, 2)),
                new ScoredVisit("u2", visit(95.0, Grade.EXCELLENT, 0))), 2);
        assertThat(plan.meanScore()).isEqualTo(65.0);
        assertThat(plan.visits()).isEqualTo(3);
        assertThat(plan.unitsVisited()).isEqualTo(2);
        assertThat(plan.visitsGraded(Grade.POOR)).isEqualTo(1);
        assertThat(plan.visitsGraded(Grade.AVERAGE)).isEqualTo(1);
    }

    @Test
    void coverageCountsOnlyPlannedUnitsVisited() {
        List<ScoredVisit> visits = List.of(
                new ScoredVisit("u1", visit(90.0, Grade.EXCELLENT, 0)),
                new ScoredVisit("u1", visit(95.0, Grade.EXCELLENT, 0)),   // second visit, same unit
                new ScoredVisit("u2", visit(70.0, Grade.AVERAGE, 0)),
                new ScoredVisit("u9", visit(50.0, Grade.AVERAGE, 0)));    // not in the plan

        PlanScore plan = PlanScore.of(visits, Set.of("u1", "u2", "u3", "u4"));

        assertThat(plan.visits()).isEqualTo(4);
        assertThat(plan.unitsVisited()).isEqualTo(3);
        assertThat(plan.unitsPlanned()).isEqualTo(4);
        assertThat(plan.coverage()).isEqualTo(new Rate(2, 4));
        // the unplanned visit still counts everywhere else
        assertThat(plan.meanScore()).isEqualTo(76.25);
    }

    @Test
    void coverageNeverExceedsAllUnitsWhenUnplannedUnitsAreVisited() {
        List<ScoredVisit> visits = List.of(
                new ScoredVisit("u1", visit(90.0, Grade.EXCELLENT, 0)),
                new ScoredVisit("u2", visit(90.0, Grade.EXCELLENT, 0)),
                new ScoredVisit("u9", visit(90.0, Grade.EXCELLENT, 0)));

        assertThat(PlanScore.of(visits, Set.of("u1", "u2")).coverage()).isEqualTo(new Rate(2, 2));
        // knowing only the number planned, distinct units visited are capped at it
        assertThat(PlanScore.of(visits, 2).coverage()).isEqualTo(new Rate(2, 2));
        assertThat(PlanScore.of(visits, 4).coverage()).isEqualTo(new Rate(3, 4));
    }

    @Test
    void rejectsANegativeNumberOfPlannedUnits() {
        assertThatThrownBy(() -> PlanScore.of(List.of(), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void failuresAreSummedByGroupCodeAcrossTemplateVersions() {
        VisitScore versionA = new VisitScore(new CriteriaTally(10, 1, 0, 1, 0), 50.0, Grade.AVERAGE, List.of(
                new GroupFailures("a1", "1", "Cán bộ", 1, 1),
                new GroupFailures("a2", "2", "Cơ sở vật chất", 2, 0)), 0, OfficialTally.NONE, DossierTally.NONE, 0, 0);
        VisitScore versionB = new VisitScore(new CriteriaTally(10, 3, 0, 3, 0), 40.0, Grade.POOR, List.of(
                new GroupFailures("b3", "3", "Công khai", 3, 1),
                new GroupFailures("b1", "1", "Cán bộ", 1, 2),
                new GroupFailures("b2", "2", "Cơ sở vật chất", 2, 0)), 0, OfficialTally.NONE, DossierTally.NONE, 0, 0);

        PlanScore plan = PlanScore.of(List.of(new ScoredVisit("u1", versionA), new ScoredVisit("u2", versionB)), 2);

        assertThat(plan.failuresByGroup()).containsExactly(
                new GroupFailureTotal("1", "Cán bộ", 1, 3, 2),
                new GroupFailureTotal("2", "Cơ sở vật chất", 2, 0, 0),
                new GroupFailureTotal("3", "Công khai", 3, 1, 1));
    }

    @Test
    void countsEachUnitWithAFailureOnceWhateverTheNumberOfVisits() {
        PlanScore plan = PlanScore.of(List.of(
                new ScoredVisit("u1", visit(80.0, Grade.GOOD, 2)),
                new ScoredVisit("u1", visit(90.0, Grade.EXCELLENT, 1)),
                new ScoredVisit("u2", visit(100.0, Grade.EXCELLENT, 0)),
                new ScoredVisit("u3", visit(20.0, Grade.POOR, 5))), 3);
        assertThat(plan.unitsWithFailures()).isEqualTo(2);
    }

    @Test
    void overdueRateIsOverdueOverAllSampledDossiers() {
        DossierTally first = new DossierTally(6, 1, 2, 1, 1, 1, new Rate(1, 3), new Rate(3, 4), new Rate(1, 2));
        DossierTally second = new DossierTally(2, 2, 0, 0, 0, 0, Rate.UNDEFINED, new Rate(2, 2), Rate.UNDEFINED);

        PlanScore plan = PlanScore.of(List.of(
                new ScoredVisit("u1", visitWithPeople(OfficialTally.NONE, first)),
                new ScoredVisit("u2", visitWithPeople(OfficialTally.NONE, second))), 2);

        assertThat(plan.overdueRate()).isEqualTo(new Rate(3, 8));
        assertThat(plan.overdueRate().percent()).isEqualTo(37.5);
        assertThat(plan.dossiers().onTimeRate()).isEqualTo(new Rate(3, 6));
        assertThat(plan.dossiers().apologyAmongOverdue()).isEqualTo(new Rate(1, 3));
        assertThat(plan.dossiers().digitised()).isEqualTo(new Rate(5, 6));
        assertThat(plan.dossiers().filedOnline()).isEqualTo(new Rate(1, 2));
    }

    @Test
    void officialsWithViolationsAreSummedOverVisits() {
        PlanScore plan = PlanScore.of(List.of(
                new ScoredVisit("u1", visitWithPeople(new OfficialTally(4, 2), DossierTally.NONE)),
                new ScoredVisit("u2", visitWithPeople(new OfficialTally(3, 1), DossierTally.NONE))), 2);
        assertThat(plan.officials()).isEqualTo(new OfficialTally(7, 3));
    }

    @Test
    void gradeDistributionCannotBeModified() {
        PlanScore plan = PlanScore.of(List.of(), 1);
        assertThatThrownBy(() -> plan.gradeDistribution().put(Grade.GOOD, 3))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aggregatesVisitsScoredFromRecordedFindings() {
        VisitScorer scorer = new VisitScorer(VietnameseCalendars.calendar2025And2026(), GradeScale.DEFAULT);
        var groups = List.of(group("g1", "1", "Cán bộ", 1), group("g2", "2", "Hồ sơ", 2));
        var criteria = List.of(criterion("c1", "g1", 1), criterion("c2", "g2", 1));
        // unit A: both pass, one dossier on time; unit B: c2 fails, one dossier due Wed 19/3 still out on Fri 21/3
        VisitScore a = scorer.score(criteria, groups, List.of(answer("c1", PASS), answer("c2", PASS)), List.of(),
                List.of(dossier().returnedOn(of(2025, 3, 18)).build()), of(2025, 3, 21));
        VisitScore b = scorer.score(criteria, groups, List.of(answer("c1", PASS), answer("c2", FAIL)), List.of(),
                List.of(dossier().dueDate(of(2025, 3, 19)).build()), of(2025, 3, 21));

        PlanScore plan = PlanScore.of(List.of(new ScoredVisit("A", a), new ScoredVisit("B", b)), Set.of("A", "B", "C"));

        assertThat(plan.coverage()).isEqualTo(new Rate(2, 3));
        assertThat(plan.meanScore()).isEqualTo(75.0);     // (100 + 50) / 2
        assertThat(plan.visitsGraded(Grade.EXCELLENT)).isEqualTo(1);
        assertThat(plan.visitsGraded(Grade.AVERAGE)).isEqualTo(1);
        assertThat(plan.unitsWithFailures()).isEqualTo(1);
        assertThat(plan.failuresByGroup()).containsExactly(
                new GroupFailureTotal("1", "Cán bộ", 1, 0, 0),
                new GroupFailureTotal("2", "Hồ sơ", 2, 1, 1));
        assertThat(plan.overdueRate()).isEqualTo(new Rate(1, 2));
    }
}
