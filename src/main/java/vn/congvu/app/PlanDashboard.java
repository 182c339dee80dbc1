package vn.congvu.app;

import vn.congvu.domain.scoring.PlanScore;
import vn.congvu.domain.scoring.Rate;

import java.time.LocalDate;
import java.util.List;

/**
 * What a plan's dashboard shows: its scores, failures by checklist group and by unit, overdue rates by
 * unit, the officials with violations and the corrective actions past their deadline. Each bar carries the
 * list behind it, so that clicking it needs no further query.
 */
public record PlanDashboard(PlanScore score, List<Bar> failuresByGroup, List<Bar> failuresByUnit,
                            List<OverdueBar> overdueByUnit, List<Finding> findings, List<OfficialViolation> officials,
                            List<LateAction> lateActions) {

    /** A bar: its label, its value, and the key that selects the findings behind it. */
    public record Bar(String key, String label, int value) {
    }

    public record OverdueBar(String unitId, String unitName, Rate overdue) {
    }

    /** One failed criterion at one visit: the list behind the failure bars. */
    public record Finding(String visitId, LocalDate date, String unitId, String unitName, String groupCode,
                          String criterionCode, String criterionText, String note) {
    }

    public record OfficialViolation(String visitId, LocalDate date, String unitName, String fullName,
                                    String position, List<String> breaches) {
    }

    public record LateAction(String visitId, String unitName, String text, String responsible, LocalDate deadline,
                             long daysLate) {
    }

    public PlanDashboard {
        failuresByGroup = List.copyOf(failuresByGroup);
        failuresByUnit = List.copyOf(failuresByUnit);
        overdueByUnit = List.copyOf(overdueByUnit);
        findings = List.copyOf(findings);
        officials = List.copyOf(officials);
        lateActions = List.copyOf(lateActions);
    }

    public List<Finding> findingsOfGroup(String groupCode) {
        return findings.stream().filter(f -> f.groupCode().equals(groupCode)).toList();
    }

    public List<Finding> findingsOfUnit(String unitId) {
        return findings.stream().filter(f -> f.unitId().equals(unitId)).toList();
    }
}
