package vn.congvu.domain.calendar;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import vn.congvu.domain.Dossier;

/**
 * Lists what is wrong with a sampled dossier's dates and limit, as {@link DossierProblem} codes in their
 * declaration order, so the UI can mark fields and the command line can print them. Never throws for bad
 * data: bad data is what it reports.
 */
public final class DossierValidator {

    private final DueDateCalculator calculator;
    private final DossierTimeliness timeliness;

    public DossierValidator(DueDateCalculator calculator) {
        this.calculator = Objects.requireNonNull(calculator, "calculator");
        this.timeliness = new DossierTimeliness(calculator.calendar());
    }

    /** Problems visible from the dossier alone. */
    public List<DossierProblem> validate(Dossier dossier) {
        Objects.requireNonNull(dossier, "dossier");
        Set<DossierProblem> problems = EnumSet.noneOf(DossierProblem.class);
        checkIntrinsic(dossier, problems);
        return List.copyOf(problems);
    }

    /**
     * Problems visible from the dossier alone, plus those relative to {@code asOf} (usually the visit date):
     * dates after it, and an overdue dossier whose apology slip was not recorded.
     */
    public List<DossierProblem> validate(Dossier dossier, LocalDate asOf) {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(asOf, "asOf");
        Set<DossierProblem> problems = EnumSet.noneOf(DossierProblem.class);
        checkIntrinsic(dossier, problems);
        if (dossier.receivedAt() != null && dossier.receivedAt().toLocalDate().isAfter(asOf)) {
            problems.add(DossierProblem.RECEIVED_AFTER_AS_OF);
        }
        if (dossier.returnedAt() != null && dossier.returnedAt().toLocalDate().isAfter(asOf)) {
            problems.add(DossierProblem.RETURNED_AFTER_AS_OF);
        }
        boolean overdue = timeliness.classify(dossier, asOf).map(r -> r.timeliness().isOverdue()).orElse(false);
        if (overdue && dossier.apologyIssued() == null) {
            problems.add(DossierProblem.APOLOGY_NOT_RECORDED);
        }
        return List.copyOf(problems);
    }

    private void checkIntrinsic(Dossier dossier, Set<DossierProblem> problems) {
        WorkingDayCalendar calendar = calculator.calendar();
        if (dossier.receivedAt() == null) {
            problems.add(DossierProblem.MISSING_RECEIVED_AT);
        }
        if (dossier.limitKind() == null) {
            problems.add(DossierProblem.MISSING_LIMIT_KIND);
        }
        boolean limitInRange = true;
        try {
            DueDateCalculator.checkLimit(dossier.limitDays());
        } catch (InvalidLimitException e) {
            problems.add(e.reason());
            limitInRange = false;
        }
        if (dossier.dueDate() == null) {
            problems.add(DossierProblem.MISSING_DUE_DATE);
        } else if (!calendar.isWorkingDay(dossier.dueDate())) {
            problems.add(DossierProblem.DUE_DATE_ON_DAY_OFF);
        }
        if (dossier.receivedAt() != null && dossier.dueDate() != null
                && dossier.dueDate().isBefore(dossier.receivedAt().toLocalDate())) {
            problems.add(DossierProblem.DUE_DATE_BEFORE_RECEIPT_DAY);
        }
        if (dossier.receivedAt() != null && dossier.returnedAt() != null
                && dossier.returnedAt().isBefore(dossier.receivedAt())) {
            problems.add(DossierProblem.RETURNED_BEFORE_RECEIVED);
        }
        if ((dossier.receivedAt() != null && !calendar.coversYearOf(dossier.receivedAt().toLocalDate()))
                || (dossier.dueDate() != null && !calendar.coversYearOf(dossier.dueDate()))) {
            problems.add(DossierProblem.NO_HOLIDAY_DATA_FOR_YEAR);
        }
        // Only compare with the rules when the rules can run; otherwise the other codes already say why.
        if (dossier.receivedAt() != null && dossier.limitKind() != null && limitInRange && dossier.dueDate() != null) {
            LocalDate expected = calculator.dueDate(dossier.receivedAt(), dossier.limitDays(), dossier.limitKind());
            if (!expected.equals(dossier.dueDate())) {
                problems.add(DossierProblem.DUE_DATE_DIFFERS_FROM_RULES);
            }
        }
    }
}
