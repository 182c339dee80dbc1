package vn.congvu.ui.visit;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.congvu.app.visit.DossierInput;
import vn.congvu.app.visit.DossierInputField;
import vn.congvu.app.visit.DossierIssue;
import vn.congvu.app.visit.DossierRules;
import vn.congvu.domain.Dossier;
import vn.congvu.domain.LimitKind;
import vn.congvu.domain.calendar.TimelinessResult;
import vn.congvu.ui.UiContext;
import vn.congvu.ui.common.Autosaver;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One sampled dossier being typed. Every change is judged at once by the working-day rules (in memory), so
 * the due date and "on time / overdue" follow the keystrokes; a dossier that contradicts itself is marked at
 * the fields and not saved, and one that still lacks something says what, and is saved once complete.
 */
public final class DossierEntry {

    /** How the dossier stands, for colouring. */
    public enum Standing {
        UNKNOWN, ON_TIME, PENDING, LATE, OVERDUE
    }

    private static final Set<String> MISSING_KEYS = Set.of("error.dossier.codeMissing",
            "error.dossier.procedureMissing", "error.dossier.receivedMissing", "error.dossier.limitMissing",
            "error.dossier.limitKindMissing");

    private final UiContext ctx;
    private final String visitId;
    private final Supplier<LocalDate> visitDate;
    private final DossierRules rules;
    private final Consumer<Dossier> onSaved;
    private final AtomicReference<String> id;
    private final int sortOrder;

    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final StringProperty procedure = new SimpleStringProperty(this, "procedure", "");
    private final StringProperty received = new SimpleStringProperty(this, "received", "");
    private final StringProperty limit = new SimpleStringProperty(this, "limit", "");
    private final ObjectProperty<LimitKind> limitKind = new SimpleObjectProperty<>(this, "limitKind",
            LimitKind.WORKING_DAYS);
    private final StringProperty returned = new SimpleStringProperty(this, "returned", "");
    private final ObjectProperty<Boolean> apology = new SimpleObjectProperty<>(this, "apology");
    private final ObjectProperty<Boolean> digitised = new SimpleObjectProperty<>(this, "digitised");
    private final ObjectProperty<Boolean> filedOnline = new SimpleObjectProperty<>(this, "filedOnline");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");

    private final ReadOnlyStringWrapper due = new ReadOnlyStringWrapper(this, "due", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper shortStatus = new ReadOnlyStringWrapper(this, "shortStatus", "");
    private final ReadOnlyObjectWrapper<Standing> standing = new ReadOnlyObjectWrapper<>(this, "standing",
            Standing.UNKNOWN);
    private final ReadOnlyStringWrapper missing = new ReadOnlyStringWrapper(this, "missing");
    private final javafx.beans.property.ReadOnlyBooleanWrapper invalid =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "invalid");
    private final ReadOnlyStringWrapper warnings = new ReadOnlyStringWrapper(this, "warnings");
    private final Map<DossierInputField, ReadOnlyStringWrapper> errors = new EnumMap<>(DossierInputField.class);
    private boolean loading;
    private boolean removed;
    private boolean readOnly;

    DossierEntry(UiContext ctx, String visitId, Supplier<LocalDate> visitDate, DossierRules rules, Dossier d,
                 int sortOrder, Consumer<Dossier> onSaved) {
        this.ctx = ctx;
        this.visitId = visitId;
        this.visitDate = visitDate;
        this.rules = rules;
        this.onSaved = onSaved;
        this.id = new AtomicReference<>(d == null ? null : d.id());
        this.sortOrder = d == null ? sortOrder : d.sortOrder();
        for (DossierInputField f : DossierInputField.values()) {
            errors.put(f, new ReadOnlyStringWrapper(this, "error" + f));
        }
        if (d != null) {
            loading = true;
            code.set(d.code());
            procedure.set(d.procedureName());
            received.set(VisitText.dateTime(d.receivedAt()));
            limit.set(String.valueOf(d.limitDays()));
            limitKind.set(d.limitKind());
            returned.set(VisitText.dateTime(d.returnedAt()));
            apology.set(d.apologyIssued());
            digitised.set(d.digitised());
            filedOnline.set(d.filedOnline());
            note.set(d.note() == null ? "" : d.note());
            loading = false;
        }
        evaluate();
        for (var p : List.of(code, procedure, received, limit, returned, note)) {
            p.addListener((o, a, b) -> changed());
        }
        for (var p : List.of(limitKind, apology, digitised, filedOnline)) {
            p.addListener((o, a, b) -> {
                changed();
                commit();
            });
        }
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty procedureProperty() {
        return procedure;
    }

    /** Received, as typed: "05/03/2025 08:30". */
    public StringProperty receivedProperty() {
        return received;
    }

    /** The time limit in days, as typed. */
    public StringProperty limitProperty() {
        return limit;
    }

    public ObjectProperty<LimitKind> limitKindProperty() {
        return limitKind;
    }

    public StringProperty returnedProperty() {
        return returned;
    }

    public ObjectProperty<Boolean> apologyProperty() {
        return apology;
    }

    public ObjectProperty<Boolean> digitisedProperty() {
        return digitised;
    }

    public ObjectProperty<Boolean> filedOnlineProperty() {
        return filedOnline;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** The due date the rules give, or empty while they cannot tell. */
    public ReadOnlyStringProperty dueProperty() {
        return due.getReadOnlyProperty();
    }

    /** "Đúng hạn", "Quá hạn 12 ngày làm việc, chưa trả", … as of the visit day. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The status as the list shows it: "Quá hạn 14 ngày". */
    public ReadOnlyStringProperty shortStatusProperty() {
        return shortStatus.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Standing> standingProperty() {
        return standing.getReadOnlyProperty();
    }

    /** What is still to be typed before the dossier can be saved, or null. */
    public ReadOnlyStringProperty missingProperty() {
        return missing.getReadOnlyProperty();
    }

    /** Some field is marked wrong: the dossier is not saved as it stands. */
    public javafx.beans.property.ReadOnlyBooleanProperty invalidProperty() {
        return invalid.getReadOnlyProperty();
    }

    /** What is worth a second look (never stops the save), or null. */
    public ReadOnlyStringProperty warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    /** The message to show at a field, or null. */
    public ReadOnlyStringProperty errorProperty(DossierInputField field) {
        return errors.get(field).getReadOnlyProperty();
    }

    public String id() {
        return id.get();
    }

    void setReadOnly(boolean value) {
        readOnly = value;
    }

    void markRemoved() {
        removed = true;
    }

    public boolean isBlank() {
        return code.get().isBlank() && procedure.get().isBlank() && received.get().isBlank() && limit.get().isBlank()
                && returned.get().isBlank() && note.get().isBlank() && apology.get() == null
                && digitised.get() == null && filedOnline.get() == null;
    }

    public void commit() {
        ctx.autosaver().commit(id);
    }

    /** The visit date moved (its start time was changed): judge again. */
    void revalidate() {
        evaluate();
    }

    private void changed() {
        if (loading || readOnly) {
            return;
        }
        evaluate();
        ctx.autosaver().changed(id, this::saveJob);
    }

    /** Judges the dossier as typed; returns the input when it may be saved, else null. */
    DossierInput evaluate() {
        Map<DossierInputField, String> found = new EnumMap<>(DossierInputField.class);
        LocalDateTime receivedAt = null;
        LocalDateTime returnedAt = null;
        Integer limitDays = null;
        try {
            receivedAt = VisitText.parseDateTime(received.get());
        } catch (VisitText.BadText e) {
            found.put(DossierInputField.RECEIVED_AT, ctx.messages().get("ui.visit.dossiers.dateTimeFormat"));
        }
        try {
            returnedAt = VisitText.parseDateTime(returned.get());
        } catch (VisitText.BadText e) {
            found.put(DossierInputField.RETURNED_AT, ctx.messages().get("ui.visit.dossiers.dateTimeFormat"));
        }
        try {
            limitDays = VisitText.parseWhole(limit.get());
        } catch (VisitText.BadText e) {
            found.put(DossierInputField.LIMIT_DAYS, ctx.messages().get("ui.visit.dossiers.limitFormat"));
        }
        DossierInput in = new DossierInput(code.get(), procedure.get(), receivedAt, limitDays, limitKind.get(),
                returnedAt, apology.get(), digitised.get(), filedOnline.get(), note.get(), sortOrder);
        DossierRules.Evaluation eval = rules.evaluate(in, visitDate.get());
        java.util.SortedMap<DossierInputField, String> missingFields = new java.util.TreeMap<>();
        List<String> warningTexts = new ArrayList<>();
        boolean blocked = !found.isEmpty();
        for (DossierIssue issue : eval.issues()) {
            if (issue.fields().stream().anyMatch(found::containsKey)) {
                continue; // the field does not parse: that is what it says
            }
            if (MISSING_KEYS.contains(issue.key())) {
                missingFields.put(issue.fields().stream().min(Enum::compareTo).orElse(DossierInputField.CODE),
                        missingLabel(issue.key()));
                blocked = true;
            } else if (issue.error()) {
                String message = ctx.messages().get(issue.key(), issue.argArray());
                for (DossierInputField f : issue.fields()) {
                    found.putIfAbsent(f, message);
                }
                blocked = true;
            } else {
                warningTexts.add(ctx.messages().get(issue.key(), issue.argArray()));
            }
        }
        for (DossierInputField f : DossierInputField.values()) {
            errors.get(f).set(found.get(f));
        }
        missing.set(missingFields.isEmpty() || isBlank() ? null
                : ctx.messages().get("ui.visit.dossiers.missing", String.join(", ", missingFields.values())));
        warnings.set(warningTexts.isEmpty() ? null : String.join(" ", warningTexts));
        due.set(eval.dueDate() == null ? "" : VisitText.date(eval.dueDate()));
        // dates that contradict each other say nothing about timeliness: no verdict until they are fixed
        boolean contradictory = !found.isEmpty();
        invalid.set(contradictory);
        showTimeliness(eval.dueDate() == null || contradictory ? null : eval.timeliness());
        return blocked ? null : in;
    }

    private String missingLabel(String key) {
        return switch (key) {
            case "error.dossier.codeMissing" -> ctx.messages().get("ui.visit.dossiers.code");
            case "error.dossier.procedureMissing" -> ctx.messages().get("ui.visit.dossiers.procedure");
            case "error.dossier.receivedMissing" -> ctx.messages().get("ui.visit.dossiers.received");
            case "error.dossier.limitMissing" -> ctx.messages().get("ui.visit.dossiers.limit");
            default -> ctx.messages().get("ui.visit.dossiers.limitKind");
        };
    }

    private void showTimeliness(TimelinessResult t) {
        if (t == null) {
            standing.set(Standing.UNKNOWN);
            status.set("");
            shortStatus.set("");
            return;
        }
        switch (t.timeliness()) {
            case ON_TIME -> {
                standing.set(Standing.ON_TIME);
                status.set(ctx.messages().get("ui.visit.dossiers.onTime"));
                shortStatus.set(status.get());
            }
            case PENDING -> {
                standing.set(Standing.PENDING);
                status.set(ctx.messages().get("ui.visit.dossiers.pending"));
                shortStatus.set(status.get());
            }
            case LATE -> {
                standing.set(Standing.LATE);
                status.set(ctx.messages().get("ui.visit.dossiers.late", t.workingDaysLate()));
                shortStatus.set(ctx.messages().get("ui.visit.dossiers.lateShort", t.workingDaysLate()));
            }
            case PENDING_OVERDUE -> {
                standing.set(Standing.OVERDUE);
                status.set(ctx.messages().get("ui.visit.dossiers.overdue", t.workingDaysLate()));
                shortStatus.set(ctx.messages().get("ui.visit.dossiers.overdueShort", t.workingDaysLate()));
            }
        }
    }

    private Autosaver.Job<?> saveJob() {
        if (removed || readOnly || isBlank()) {
            return null;
        }
        DossierInput in = evaluate();
        if (in == null) {
            return null;
        }
        AtomicReference<String> ref = id;
        return new Autosaver.Job<>("dossier " + in.code(), p -> {
            Dossier saved = ctx.workspace().visitRecording().saveDossier(visitId, ref.get(), in);
            ref.set(saved.id());
            return saved;
        }, onSaved);
    }

    int sortOrder() {
        return sortOrder;
    }
}
