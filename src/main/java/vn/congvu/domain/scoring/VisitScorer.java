package vn.congvu.domain.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import vn.congvu.domain.Answer;
import vn.congvu.domain.ChecklistGroup;
import vn.congvu.domain.Criterion;
import vn.congvu.domain.Dossier;
import vn.congvu.domain.Official;
import vn.congvu.domain.Result;
import vn.congvu.domain.calendar.DossierTimeliness;
import vn.congvu.domain.calendar.Timeliness;
import vn.congvu.domain.calendar.TimelinessResult;
import vn.congvu.domain.calendar.WorkingDayCalendar;

/** Computes a {@link VisitScore} from what was recorded at one visit. */
public final class VisitScorer {

    private static final Comparator<ChecklistGroup> GROUP_ORDER = Comparator
            .comparingInt(ChecklistGroup::sortOrder)
            .thenComparing(ChecklistGroup::code, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ChecklistGroup::id);

    private final DossierTimeliness timeliness;
    private final GradeScale gradeScale;

    public VisitScorer(WorkingDayCalendar calendar, GradeScale gradeScale) {
        this.timeliness = new DossierTimeliness(Objects.requireNonNull(calendar, "calendar"));
        this.gradeScale = Objects.requireNonNull(gradeScale, "gradeScale");
    }

    /**
     * @param criteria  the criteria of the template the visit was made with
     * @param groups    the groups of that template
     * @param answers   the visit's answers; answers to unknown criteria are counted and ignored, and of two
     *                  answers to one criterion the higher revision wins (the later one on a tie)
     * @param officials the officials found on duty
     * @param dossiers  the sampled dossiers
     * @param asOf      the date timeliness is judged on, usually the visit date
     * @throws IllegalArgumentException when two criteria share an id or a weight is negative or not finite:
     *                                  the template is broken and any score would mislead
     */
    public VisitScore score(List<Criterion> criteria, List<ChecklistGroup> groups, List<Answer> answers,
                            List<Official> officials, List<Dossier> dossiers, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        Map<String, Criterion> byId = indexCriteria(criteria);
        Map<String, Answer> latest = new HashMap<>();
        int unmatched = 0;
        int duplicates = 0;
        for (Answer answer : answers) {
            if (!byId.containsKey(answer.criterionId())) {
                unmatched++;
                continue;
            }
            Answer previous = latest.get(answer.criterionId());
            if (previous != null) {
                duplicates++;
                if (previous.revision() > answer.revision()) {
                    continue;
                }
            }
            latest.put(answer.criterionId(), answer);
        }

        int passed = 0;
        int failed = 0;
        int notApplicable = 0;
        double passedWeight = 0;
        double judgedWeight = 0;
        Map<String, Integer> failuresByGroupId = new HashMap<>();
        for (Criterion criterion : byId.values()) {
            Result result = Optional.ofNullable(latest.get(criterion.id())).map(Answer::result).orElse(null);
            if (result == null) {
                continue;
            }
            switch (result) {
                case PASS -> {
                    passed++;
                    passedWeight += criterion.weight();
                    judgedWeight += criterion.weight();
                }
                case FAIL -> {
                    failed++;
                    judgedWeight += criterion.weight();
                    failuresByGroupId.merge(criterion.groupId(), 1, Integer::sum);
                }
                case NA -> notApplicable++;
            }
        }
        CriteriaTally tally = new CriteriaTally(byId.size(), passed + failed + notApplicable, passed, failed,
                notApplicable);
        Double score = judgedWeight > 0 ? 100.0 * passedWeight / judgedWeight : null;

        List<GroupFailures> groupFailures = new ArrayList<>();
        Set<String> seenGroups = new HashSet<>();
        for (ChecklistGroup group : groups.stream().sorted(GROUP_ORDER).toList()) {
            if (seenGroups.add(group.id())) {
                groupFailures.add(new GroupFailures(group.id(), group.code(), group.title(), group.sortOrder(),
                        failuresByGroupId.getOrDefault(group.id(), 0)));
            }
        }
        int outside = failed - groupFailures.stream().mapToInt(GroupFailures::failures).sum();

        return new VisitScore(tally, score, gradeScale.gradeOf(score), groupFailures, outside,
                tallyOfficials(officials), tallyDossiers(dossiers, asOf), unmatched, duplicates);
    }

    private static Map<String, Criterion> indexCriteria(List<Criterion> criteria) {
        Map<String, Criterion> byId = new LinkedHashMap<>();
        for (Criterion criterion : criteria) {
            double weight = criterion.weight();
            if (!Double.isFinite(weight) || weight < 0) {
                throw new IllegalArgumentException("criterion " + criterion.code() + " has weight " + weight);
            }
            if (byId.putIfAbsent(criterion.id(), criterion) != null) {
                throw new IllegalArgumentException("two criteria with id " + criterion.id());
            }
        }
        return byId;
    }

    private static OfficialTally tallyOfficials(List<Official> officials) {
        int withViolation = (int) officials.stream().filter(Official::hasViolation).count();
        return new OfficialTally(officials.size(), withViolation);
    }

    private DossierTally tallyDossiers(List<Dossier> dossiers, LocalDate asOf) {
        int onTime = 0;
        int late = 0;
        int pendingOverdue = 0;
        int pending = 0;
        int undetermined = 0;
        int apologies = 0;
        for (Dossier dossier : dossiers) {
            Optional<Timeliness> verdict = timeliness.classify(dossier, asOf).map(TimelinessResult::timeliness);
            if (verdict.isEmpty()) {
                undetermined++;
                continue;
            }
            switch (verdict.get()) {
                case ON_TIME -> onTime++;
                case LATE -> late++;
                case PENDING_OVERDUE -> pendingOverdue++;
                case PENDING -> pending++;
            }
            if (verdict.get().isOverdue() && Boolean.TRUE.equals(dossier.apologyIssued())) {
                apologies++;
            }
        }
        return new DossierTally(dossiers.size(), onTime, late, pendingOverdue, pending, undetermined,
                new Rate(apologies, late + pendingOverdue),
                trueAmongRecorded(dossiers.stream().map(Dossier::digitised).toList()),
                trueAmongRecorded(dossiers.stream().map(Dossier::filedOnline).toList()));
    }

    private static Rate trueAmongRecorded(List<Boolean> values) {
        int recorded = 0;
        int yes = 0;
        for (Boolean value : values) {
            if (value != null) {
                recorded++;
                if (value) {
                    yes++;
                }
            }
        }
        return new Rate(yes, recorded);
    }
}
