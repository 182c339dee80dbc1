package vn.congvu.ui.visit;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.congvu.app.visit.AnswerInput;
import vn.congvu.app.visit.AnswerRules;
import vn.congvu.domain.Answer;
import vn.congvu.domain.AnswerType;
import vn.congvu.domain.Criterion;
import vn.congvu.domain.Result;
import vn.congvu.domain.Severity;
import vn.congvu.ui.UiContext;
import vn.congvu.ui.common.Autosaver;

import java.util.List;
import java.util.function.Consumer;

/**
 * One criterion of the checklist being answered: the verdict, the numbers or option, the note and the
 * severity of a failure, each saved by itself through the autosaver (the entry is its key). A verdict or an
 * option is a choice made and is saved at once; typed text one second after typing stops, or when the field
 * is left.
 */
public final class CriterionEntry {

    private final UiContext ctx;
    private final String visitId;
    private final Criterion criterion;
    private final Consumer<Answer> onSaved;

    private final ObjectProperty<Result> result = new SimpleObjectProperty<>(this, "result");
    private final StringProperty value1 = new SimpleStringProperty(this, "value1", "");
    private final StringProperty value2 = new SimpleStringProperty(this, "value2", "");
    private final ObjectProperty<String> choice = new SimpleObjectProperty<>(this, "choice");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ObjectProperty<Severity> severity = new SimpleObjectProperty<>(this, "severity");
    private final ReadOnlyStringWrapper value1Error = new ReadOnlyStringWrapper(this, "value1Error");
    private final ReadOnlyStringWrapper value2Error = new ReadOnlyStringWrapper(this, "value2Error");
    private final ReadOnlyStringWrapper choiceError = new ReadOnlyStringWrapper(this, "choiceError");
    private final ReadOnlyBooleanWrapper hasEvidence = new ReadOnlyBooleanWrapper(this, "hasEvidence");
    private final ReadOnlyBooleanWrapper photoMissing = new ReadOnlyBooleanWrapper(this, "photoMissing");
    private boolean loading;
    private boolean readOnly;

    CriterionEntry(UiContext ctx, String visitId, Criterion criterion, Answer answer, Consumer<Answer> onSaved) {
        this.ctx = ctx;
        this.visitId = visitId;
        this.criterion = criterion;
        this.onSaved = onSaved;
        load(answer);
        result.addListener((o, a, b) -> {
            if (b != Result.FAIL && severity.get() != null && !loading) {
                severity.set(null);
            }
            updatePhotoMissing();
        });
        hasEvidence.addListener((o, a, b) -> updatePhotoMissing());
        for (var p : List.of(result, choice, severity)) {
            p.addListener((o, a, b) -> {
                changed();
                commit();
            });
        }
        for (var p : List.of(value1, value2, note)) {
            p.addListener((o, a, b) -> changed());
        }
        updatePhotoMissing();
    }

    private void load(Answer a) {
        loading = true;
        try {
            result.set(a == null ? null : a.result());
            value1.set(a == null ? "" : VisitText.number(a.value1(), ctx.messages().locale()));
            value2.set(a == null ? "" : VisitText.number(a.value2(), ctx.messages().locale()));
            choice.set(a == null ? null : a.choice());
            note.set(a == null || a.note() == null ? "" : a.note());
            severity.set(a == null ? null : a.severity());
        } finally {
            loading = false;
        }
    }

    public Criterion criterion() {
        return criterion;
    }

    public ObjectProperty<Result> resultProperty() {
        return result;
    }

    public StringProperty value1Property() {
        return value1;
    }

    public StringProperty value2Property() {
        return value2;
    }

    public ObjectProperty<String> choiceProperty() {
        return choice;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObjectProperty<Severity> severityProperty() {
        return severity;
    }

    public ReadOnlyStringProperty value1ErrorProperty() {
        return value1Error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty value2ErrorProperty() {
        return value2Error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty choiceErrorProperty() {
        return choiceError.getReadOnlyProperty();
    }

    /** A failure of a criterion that needs a photo, while no evidence is linked to it. */
    public ReadOnlyBooleanProperty photoMissingProperty() {
        return photoMissing.getReadOnlyProperty();
    }

    void setHasEvidence(boolean value) {
        hasEvidence.set(value);
    }

    void setReadOnly(boolean value) {
        readOnly = value;
    }

    /** How many numbers this criterion takes (0, 1 or 2). */
    public int valueCount() {
        return AnswerRules.valueCount(criterion);
    }

    /**
     * A key typed on the verdict: 1 đạt, 2 không đạt, 3 không áp dụng, 0 (or Delete) clears it. Returns
     * whether the key meant something here. The verdict is saved at once.
     */
    public boolean verdictKey(String key) {
        Result next;
        switch (key) {
            case "1" -> next = Result.PASS;
            case "2" -> next = Result.FAIL;
            case "3" -> next = Result.NA;
            case "0" -> next = null;
            default -> {
                return false;
            }
        }
        if (!readOnly) {
            result.set(next);
        }
        return true;
    }

    /** A digit typed on the option list picks that option (1 the first); 0 clears it. */
    public boolean choiceKey(String key) {
        if (criterion.answerType() != AnswerType.CHOICE || key.length() != 1 || !Character.isDigit(key.charAt(0))) {
            return false;
        }
        int n = key.charAt(0) - '0';
        if (n > criterion.choices().size()) {
            return true; // a digit with no option: swallowed, nothing changes
        }
        if (!readOnly) {
            choice.set(n == 0 ? null : criterion.choices().get(n - 1));
        }
        return true;
    }

    /** The field was committed (Enter, Tab, focus lost): save it now if it changed. */
    public void commit() {
        ctx.autosaver().commit(this);
    }

    private void changed() {
        if (loading || readOnly) {
            return;
        }
        validate();
        ctx.autosaver().changed(this, this::saveJob);
    }

    private void updatePhotoMissing() {
        photoMissing.set(criterion.photoRequiredOnFail() && result.get() == Result.FAIL && !hasEvidence.get());
    }

    /** The answer as typed, or null (with the errors shown) when a number does not parse or breaks a rule. */
    private AnswerInput validate() {
        String e1 = null;
        String e2 = null;
        Double v1 = null;
        Double v2 = null;
        int count = valueCount();
        if (count >= 1) {
            try {
                v1 = parse(value1.get());
            } catch (VisitText.BadText e) {
                e1 = formatError(0);
            }
        }
        if (count >= 2) {
            try {
                v2 = parse(value2.get());
            } catch (VisitText.BadText e) {
                e2 = formatError(1);
            }
        }
        String ec = null;
        AnswerInput in = null;
        if (e1 == null && e2 == null) {
            in = new AnswerInput(result.get(), v1, v2, choice.get(), note.get(),
                    result.get() == Result.FAIL ? severity.get() : null);
            for (AnswerRules.Issue issue : AnswerRules.check(criterion, in)) {
                String message = ctx.messages().get(issue.key(), issue.argArray());
                switch (issue.part()) {
                    case VALUE1 -> e1 = e1 == null ? message : e1;
                    case VALUE2 -> e2 = e2 == null ? message : e2;
                    case CHOICE, SEVERITY -> ec = ec == null ? message : ec;
                }
            }
        }
        value1Error.set(e1);
        value2Error.set(e2);
        choiceError.set(ec);
        return e1 == null && e2 == null && ec == null ? in : null;
    }

    private Double parse(String text) throws VisitText.BadText {
        return criterion.answerType() == AnswerType.COUNT
                ? (VisitText.parseWhole(text) == null ? null : VisitText.parseWhole(text).doubleValue())
                : VisitText.parseNumber(text);
    }

    private String formatError(int index) {
        String label = AnswerRules.valueLabel(criterion, index);
        return criterion.answerType() == AnswerType.COUNT
                ? ctx.messages().get("ui.visit.value.notWhole", label)
                : ctx.messages().get("ui.visit.value.notPercent", label);
    }

    private Autosaver.Job<?> saveJob() {
        AnswerInput in = validate();
        if (in == null || readOnly) {
            return null;
        }
        String criterionId = criterion.id();
        return new Autosaver.Job<>("answer " + criterion.code(),
                p -> ctx.workspace().visitRecording().saveAnswer(visitId, criterionId, in), onSaved);
    }
}
