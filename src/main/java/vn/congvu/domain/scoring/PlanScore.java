package vn.congvu.domain.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The figures of a plan (kế hoạch kiểm tra) over its visits.
 *
 * @param visits             number of visits
 * @param unitsVisited       distinct units visited, planned or not
 * @param unitsPlanned       units the plan intends to visit
 * @param coverage           planned units visited out of units planned (see the factories for how visits to
 *                           unplanned units are kept out of it)
 * @param meanScore          the plain mean of the visits' scores, each visit counting once whatever its size;
 *                           null when no visit has a score
 * @param scoredVisits       visits with a score, the mean's denominator
 * @param failuresByGroup    failures per group code, summed, in sort order; groups seen in any visit
 * @param unitsWithFailures  distinct units with at least one failed criterion in any visit
 * @param officials          officials summed over visits
 * @param dossiers           dossiers summed over visits
 * @param gradeDistribution  visits per grade, every grade present (0 when none)
 * @param ungradedVisits     visits without a grade (no score)
 */
public record PlanScore(int visits, int unitsVisited, int unitsPlanned, Rate coverage, Double meanScore,
                        int scoredVisits, List<GroupFailureTotal> failuresByGroup, int unitsWithFailures,
                        OfficialTally officials, DossierTally dossiers, Map<Grade, Integer> gradeDistribution,
                        int ungradedVisits) {

    public PlanScore {
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(officials, "officials");
        Objects.requireNonNull(dossiers, "dossiers");
        failuresByGroup = List.copyOf(failuresByGroup);
        gradeDistribution = Collections.unmodifiableMap(new EnumMap<>(gradeDistribution));
    }

    /**
     * For when only the number of planned units is known: the coverage numerator is the distinct units
     * visited, capped at the number planned, since which of them were planned cannot be told. Prefer
     * {@link #of(List, Collection)}, which is exact.
     */
    public static PlanScore of(List<ScoredVisit> visits, int unitsPlanned) {
        if (unitsPlanned < 0) {
            throw new IllegalArgumentException("negative units planned: " + unitsPlanned);
        }
        int distinct = distinctUnits(visits).size();
        return aggregate(visits, unitsPlanned, new Rate(Math.min(distinct, unitsPlanned), unitsPlanned));
    }

    /**
     * Coverage counts only the planned units that were visited; a visit to a unit outside the plan counts in
     * every other figure but cannot raise coverage, nor push it past 100 %.
     */
    public static PlanScore of(List<ScoredVisit> visits, Collection<String> plannedUnitIds) {
        Set<String> planned = new HashSet<>(plannedUnitIds);
        Set<String> visitedPlanned = new HashSet<>(distinctUnits(visits));
        visitedPlanned.retainAll(planned);
        return aggregate(visits, planned.size(), new Rate(visitedPlanned.size(), planned.size()));
    }

    /** Visits to this grade; 0 when none. */
    public int visitsGraded(Grade grade) {
        return gradeDistribution.getOrDefault(grade, 0);
    }

    /** Overdue dossiers out of all sampled over the plan. */
    public Rate overdueRate() {
        return dossiers.overdueRate();
    }

    private static PlanScore aggregate(List<ScoredVisit> visits, int unitsPlanned, Rate coverage) {
        OptionalDouble mean = visits.stream()
                .map(v -> v.score().score())
                .filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue)
                .average();
        int scored = (int) visits.stream().filter(v -> v.score().score() != null).count();

        Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
        for (Grade grade : Grade.values()) {
            grades.put(grade, 0);
        }
        int ungraded = 0;
        OfficialTally officials = OfficialTally.NONE;
        DossierTally dossiers = DossierTally.NONE;
        Set<String> unitsWithFailures = new HashSet<>();
        for (ScoredVisit visit : visits) {
            VisitScore score = visit.score();
            if (score.grade() == null) {
                ungraded++;
            } else {
                grades.merge(score.grade(), 1, Integer::sum);
            }
            officials = officials.plus(score.officials());
            dossiers = dossiers.plus(score.dossiers());
            if (score.hasFailures()) {
                unitsWithFailures.add(visit.unitId());
            }
        }
        return new PlanScore(visits.size(), distinctUnits(visits).size(), unitsPlanned, coverage,
                mean.isPresent() ? mean.getAsDouble() : null, scored, sumGroups(visits), unitsWithFailures.size(),
                officials, dossiers, grades, ungraded);
    }

    private static Set<String> distinctUnits(List<ScoredVisit> visits) {
        Set<String> units = new LinkedHashSet<>();
        visits.forEach(v -> units.add(v.unitId()));
        return units;
    }

    private static List<GroupFailureTotal> sumGroups(List<ScoredVisit> visits) {
        // Keyed by code (by id for a group without one); the first visit showing a code gives its title and order.
        Map<String, GroupFailureTotal> totals = new LinkedHashMap<>();
        for (ScoredVisit visit : visits) {
            for (GroupFailures group : visit.score().failuresByGroup()) {
                String key = group.code() != null ? group.code() : group.groupId();
                int hit = group.failures() > 0 ? 1 : 0;
                totals.merge(key, new GroupFailureTotal(key, group.title(), group.sortOrder(), group.failures(), hit),
                        (a, b) -> new GroupFailureTotal(a.code(), a.title(), a.sortOrder(),
                                a.failures() + b.failures(), a.visitsWithFailures() + b.visitsWithFailures()));
            }
        }
        List<GroupFailureTotal> ordered = new ArrayList<>(totals.values());
        ordered.sort(Comparator.comparingInt(GroupFailureTotal::sortOrder).thenComparing(GroupFailureTotal::code));
        return ordered;
    }
}
