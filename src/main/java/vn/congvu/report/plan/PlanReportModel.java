package vn.congvu.report.plan;

import vn.congvu.domain.Recommendation;
import vn.congvu.domain.scoring.PlanScore;
import vn.congvu.domain.scoring.VisitScore;
import vn.congvu.report.DocumentHeader;
import vn.congvu.report.Person;
import vn.congvu.report.minutes.MinutesModel.Reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the team's report over a plan says: the plan's figures from {@link PlanScore}, each visit with its
 * {@link VisitScore} and failed criteria, and the recommendations. The report layer words it; it computes
 * no figure of its own except sums of these.
 *
 * <p>{@code judgedByGroup} counts, per group code, the criteria answered pass or fail over all visits: a group
 * without failures is a strength only if it was looked at.
 */
public record PlanReportModel(
        DocumentHeader header,
        Reference plan,
        String planTitle,
        Reference decision,
        List<Person> team,
        LocalDate periodStart,
        LocalDate periodEnd,
        PlanScore score,
        int surpriseVisits,
        List<VisitLine> visits,
        List<RecommendationLine> recommendations,
        int openRecommendations,
        String leadName,
        Map<String, Integer> judgedByGroup) {

    public PlanReportModel {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(score, "score");
        team = List.copyOf(team);
        visits = List.copyOf(visits);
        recommendations = List.copyOf(recommendations);
        judgedByGroup = Map.copyOf(judgedByGroup);
    }

    /** One visit of the plan: the unit, the day, its score and what failed. */
    public record VisitLine(String unitId, String unitName, LocalDate date, VisitScore score,
                            List<FailedCriterion> failures) {

        public VisitLine {
            failures = List.copyOf(failures);
        }

        /** Failures per group code, as {@link PlanScore} sums them. */
        public Map<String, Integer> failuresByGroupCode() {
            Map<String, Integer> out = new java.util.LinkedHashMap<>();
            score.failuresByGroup().forEach(g -> out.merge(g.code() != null ? g.code() : g.groupId(), g.failures(),
                    Integer::sum));
            return out;
        }
    }

    /** A criterion that failed at a visit, with the inspector's note. */
    public record FailedCriterion(String code, String text, String note) {
    }

    /** A recommendation made at a visit of the plan, with the unit it is for. */
    public record RecommendationLine(String unitName, Recommendation recommendation) {
    }
}
