package vn.congvu.report.summary;

import vn.congvu.domain.scoring.GroupFailureTotal;
import vn.congvu.domain.scoring.PlanScore;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The short tables and figures of the summary workbook, given when the long tables have been streamed (see
 * {@link SummaryWriter}). Figures come from the domain's scoring (a {@link PlanScore} over the visits, each
 * visit's {@code VisitScore}). The row records of the long tables are here too.
 *
 * @param title            the workbook's heading ("Bảng tổng hợp kết quả kiểm tra - Kế hoạch số 80/KH-UBND")
 * @param madeOn           the day it was made
 * @param totals           the plan's (or all visits') figures
 * @param openRecommendations recommendations not done or cancelled
 * @param openActions      corrective actions not done or cancelled
 * @param unitFailures     failures per unit, for the chart by unit
 */
public record SummaryData(String title, LocalDate madeOn, PlanScore totals, int openRecommendations, int openActions,
                          List<UnitFailures> unitFailures, List<VisitRow> visits, List<UnitRow> units,
                          List<CriterionRow> criteria) {

    public SummaryData {
        Objects.requireNonNull(totals, "totals");
        unitFailures = List.copyOf(unitFailures);
        visits = List.copyOf(visits);
        units = List.copyOf(units);
        criteria = List.copyOf(criteria);
    }

    /** The groups' failures, from {@link PlanScore#failuresByGroup()}. */
    public List<GroupFailureTotal> groupFailures() {
        return totals.failuresByGroup();
    }

    public record UnitFailures(String unitName, int failures) {
    }

    /** One visit. Counts are from its VisitScore; {@code score} null when it has none. */
    public record VisitRow(String visitId, LocalDate date, String unitName, String unitCode, String planNumber,
                           String status, boolean surprise, LocalDateTime startedAt, LocalDateTime endedAt,
                           int criteria, int answered, int passed, int failed, int notApplicable, Double score,
                           String grade, int officials, int officialsWithViolation, int dossiers, int overdue,
                           int recommendations) {
    }

    /** One unit over its visits. */
    public record UnitRow(String unitName, String unitCode, String kind, int visits, LocalDate lastVisit,
                          Double meanScore, int failures, int officials, int officialsWithViolation, int dossiers,
                          int overdue, int openRecommendations) {
    }

    /** One criterion (by code) over the visits that used it. */
    public record CriterionRow(String groupCode, String groupTitle, String code, String text, int answered,
                               int passed, int failed, int notApplicable) {
    }

    public record OfficialRow(LocalDate visitDate, String unitName, String name, String position, String badge,
                              String dress, String present, String attitude, String note) {
    }

    public record DossierRow(LocalDate visitDate, String unitName, String code, String procedure,
                             LocalDateTime receivedAt, int limitDays, LocalDate dueDate, LocalDate returnedOn,
                             int workingDaysLate, String apology, String state) {
    }

    public record FollowUpRow(LocalDate visitDate, String unitName, String recommendation, LocalDate deadline,
                              String status, String action, String responsible, LocalDate actionDeadline,
                              String actionStatus, LocalDate completedOn) {
    }

    public record AnswerRow(String visitId, LocalDate visitDate, String unitName, String groupCode, String code,
                            String criterion, String result, Double value1, Double value2, String choice,
                            String severity, String note) {
    }
}
