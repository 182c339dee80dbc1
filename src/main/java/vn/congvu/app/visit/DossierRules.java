package vn.congvu.app.visit;

import vn.congvu.domain.Dossier;
import vn.congvu.domain.LimitKind;
import vn.congvu.domain.calendar.DossierField;
import vn.congvu.domain.calendar.DossierProblem;
import vn.congvu.domain.calendar.DossierTimeliness;
import vn.congvu.domain.calendar.DossierValidator;
import vn.congvu.domain.calendar.DueDateCalculator;
import vn.congvu.domain.calendar.InvalidLimitException;
import vn.congvu.domain.calendar.TimelinessResult;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one place that judges a dossier as typed: the due date the working-day rules give, whether it is on
 * time or overdue as of the visit, and what is wrong with it. The visit workspace runs it on every keystroke
 * (no database: the calendar is already in memory) and {@link VisitRecordingService} again before writing,
 * so the screen and the file never disagree.
 */
public final class DossierRules {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DueDateCalculator calculator;
    private final DossierValidator validator;
    private final DossierTimeliness timeliness;

    public DossierRules(DueDateCalculator calculator) {
        this.calculator = calculator;
        this.validator = new DossierValidator(calculator);
        this.timeliness = new DossierTimeliness(calculator.calendar());
    }

    /** What the rules say about a dossier typed at a visit made on {@code visitDate}. */
    public record Evaluation(LocalDate dueDate, TimelinessResult timeliness, List<DossierIssue> issues) {

        public Evaluation {
            issues = List.copyOf(issues);
        }

        /** No errors: the dossier may be written. */
        public boolean savable() {
            return issues.stream().noneMatch(DossierIssue::error);
        }

        public Optional<DossierIssue> firstError() {
            return issues.stream().filter(DossierIssue::error).findFirst();
        }

        public Optional<TimelinessResult> timelinessIfKnown() {
            return Optional.ofNullable(timeliness);
        }
    }

    public Evaluation evaluate(DossierInput in, LocalDate visitDate) {
        List<DossierIssue> issues = new ArrayList<>();
        if (blank(in.code())) {
            issues.add(issue("error.dossier.codeMissing", List.of(), EnumSet.of(DossierInputField.CODE), true));
        }
        if (blank(in.procedureName())) {
            issues.add(issue("error.dossier.procedureMissing", List.of(), EnumSet.of(DossierInputField.PROCEDURE),
                    true));
        }
        if (in.limitDays() == null) {
            issues.add(issue("error.dossier.limitMissing", List.of(), EnumSet.of(DossierInputField.LIMIT_DAYS), true));
        }
        LocalDate due = null;
        if (in.receivedAt() != null && in.limitDays() != null && in.limitKind() != null) {
            try {
                due = calculator.dueDate(in.receivedAt(), in.limitDays(), in.limitKind());
            } catch (InvalidLimitException e) {
                due = null; // the validator names the reason below
            }
        }
        Dossier dossier = new Dossier(null, null, in.code(), in.procedureName(), in.receivedAt(),
                in.limitDays() == null ? 0 : in.limitDays(), in.limitKind(), due, in.returnedAt(), in.apologyIssued(),
                in.digitised(), in.filedOnline(), in.note(), in.sortOrder(), 0);
        for (DossierProblem p : validator.validate(dossier, visitDate)) {
            DossierIssue issue = translate(p, dossier, visitDate);
            if (issue != null) {
                issues.add(issue);
            }
        }
        TimelinessResult verdict = due == null ? null : timeliness.classify(dossier, visitDate).orElse(null);
        return new Evaluation(due, verdict, issues);
    }

    /** Whether a stored dossier is past its due date (returned late or still out) as of {@code asOf}. */
    public boolean overdue(Dossier d, LocalDate asOf) {
        return timeliness.classify(d, asOf).map(t -> t.timeliness().isOverdue()).orElse(false);
    }

    /** The dossier to store: as typed, with the due date the rules give. */
    static Dossier toDossier(String id, String visitId, DossierInput in, LocalDate due, long revision) {
        return new Dossier(id, visitId, in.code().trim(), in.procedureName().trim(), in.receivedAt(), in.limitDays(),
                in.limitKind() == null ? LimitKind.WORKING_DAYS : in.limitKind(), due, in.returnedAt(),
                in.apologyIssued(), in.digitised(), in.filedOnline(), blankToNull(in.note()), in.sortOrder(), revision);
    }

    private DossierIssue translate(DossierProblem p, Dossier d, LocalDate visitDate) {
        Set<DossierInputField> fields = EnumSet.noneOf(DossierInputField.class);
        for (DossierField f : p.fields()) {
            fields.add(switch (f) {
                case RECEIVED_AT -> DossierInputField.RECEIVED_AT;
                case LIMIT_DAYS, DUE_DATE -> DossierInputField.LIMIT_DAYS;
                case LIMIT_KIND -> DossierInputField.LIMIT_KIND;
                case RETURNED_AT -> DossierInputField.RETURNED_AT;
                case APOLOGY_ISSUED -> DossierInputField.APOLOGY_ISSUED;
            });
        }
        int limit = d.limitDays();
        return switch (p) {
            case MISSING_RECEIVED_AT -> issue("error.dossier.receivedMissing", List.of(), fields, true);
            case MISSING_LIMIT_KIND -> issue("error.dossier.limitKindMissing", List.of(), fields, true);
            case NEGATIVE_LIMIT -> issue("error.due.NEGATIVE_LIMIT", List.of(limit, DueDateCalculator.MAX_LIMIT_DAYS),
                    fields, true);
            case LIMIT_TOO_LARGE -> issue("error.due.LIMIT_TOO_LARGE",
                    List.of(limit, DueDateCalculator.MAX_LIMIT_DAYS), fields, true);
            // the rules compute the due date: it is missing only when something above is, and that is reported
            case MISSING_DUE_DATE -> null;
            case DUE_DATE_BEFORE_RECEIPT_DAY -> issue("error.dossier.dueBeforeReceipt",
                    List.of(DAY.format(d.dueDate()), DAY.format(d.receivedAt())), fields, true);
            case RETURNED_BEFORE_RECEIVED -> issue("error.dossier.returnedBeforeReceived", List.of(), fields, true);
            case RECEIVED_AFTER_AS_OF -> issue("error.dossier.receivedAfterVisit", List.of(DAY.format(visitDate)),
                    fields, true);
            case RETURNED_AFTER_AS_OF -> issue("error.dossier.returnedAfterVisit", List.of(DAY.format(visitDate)),
                    fields, true);
            case DUE_DATE_ON_DAY_OFF -> issue("warning.dossier.dueOnDayOff", List.of(DAY.format(d.dueDate())),
                    fields, false);
            case DUE_DATE_DIFFERS_FROM_RULES -> issue("warning.dossier.dueDiffers", List.of(), fields, false);
            case NO_HOLIDAY_DATA_FOR_YEAR -> issue("warning.dossier.noHolidayData", List.of(), fields, false);
            case APOLOGY_NOT_RECORDED -> issue("warning.dossier.apologyNotRecorded", List.of(), fields, false);
        };
    }

    private static DossierIssue issue(String key, List<Object> args, Set<DossierInputField> fields, boolean error) {
        return new DossierIssue(key, args, fields, error);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
