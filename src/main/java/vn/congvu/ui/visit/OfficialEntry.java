package vn.congvu.ui.visit;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.congvu.app.visit.OfficialInput;
import vn.congvu.domain.Attitude;
import vn.congvu.domain.Official;
import vn.congvu.ui.UiContext;
import vn.congvu.ui.common.Autosaver;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * One official on duty, a row of the officials table. The row saves itself: its autosave key is the
 * reference holding its id, so the save that inserts it tells the later ones which record to change.
 */
public final class OfficialEntry {

    private final UiContext ctx;
    private final String visitId;
    private final Consumer<Official> onSaved;
    private final AtomicReference<String> id;
    private final StringProperty fullName = new SimpleStringProperty(this, "fullName", "");
    private final StringProperty position = new SimpleStringProperty(this, "position", "");
    private final ObjectProperty<Boolean> badgeWorn = new SimpleObjectProperty<>(this, "badgeWorn");
    private final ObjectProperty<Boolean> dressOk = new SimpleObjectProperty<>(this, "dressOk");
    private final ObjectProperty<Boolean> presentAtPost = new SimpleObjectProperty<>(this, "presentAtPost");
    private final ObjectProperty<Attitude> attitude = new SimpleObjectProperty<>(this, "attitude");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper(this, "nameError");
    private final BooleanBinding violation;
    private final int sortOrder;
    private boolean loading;
    private boolean removed;
    private boolean readOnly;

    OfficialEntry(UiContext ctx, String visitId, Official official, int sortOrder, Consumer<Official> onSaved) {
        this.ctx = ctx;
        this.visitId = visitId;
        this.onSaved = onSaved;
        this.id = new AtomicReference<>(official == null ? null : official.id());
        this.sortOrder = official == null ? sortOrder : official.sortOrder();
        if (official != null) {
            loading = true;
            fullName.set(official.fullName());
            position.set(official.position() == null ? "" : official.position());
            badgeWorn.set(official.badgeWorn());
            dressOk.set(official.dressOk());
            presentAtPost.set(official.presentAtPost());
            attitude.set(official.attitude());
            note.set(official.note() == null ? "" : official.note());
            loading = false;
        }
        violation = Bindings.createBooleanBinding(() -> Boolean.FALSE.equals(badgeWorn.get())
                        || Boolean.FALSE.equals(dressOk.get()) || Boolean.FALSE.equals(presentAtPost.get())
                        || attitude.get() == Attitude.POOR, badgeWorn, dressOk, presentAtPost, attitude);
        for (var p : List.of(fullName, position, note)) {
            p.addListener((o, a, b) -> changed());
        }
        for (var p : List.of(badgeWorn, dressOk, presentAtPost, attitude)) {
            p.addListener((o, a, b) -> {
                changed();
                commit();
            });
        }
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public StringProperty positionProperty() {
        return position;
    }

    public ObjectProperty<Boolean> badgeWornProperty() {
        return badgeWorn;
    }

    public ObjectProperty<Boolean> dressOkProperty() {
        return dressOk;
    }

    public ObjectProperty<Boolean> presentAtPostProperty() {
        return presentAtPost;
    }

    public ObjectProperty<Attitude> attitudeProperty() {
        return attitude;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    /** Anything observed is a breach of discipline (no badge, wrong dress, away from the post, poor attitude). */
    public BooleanBinding violationProperty() {
        return violation;
    }

    /** The stored id, or null while the row has not been saved. */
    public String id() {
        return id.get();
    }

    int sortOrder() {
        return sortOrder;
    }

    void setReadOnly(boolean value) {
        readOnly = value;
    }

    /** Nothing typed in it at all: such a row is simply not saved. */
    public boolean isBlank() {
        return fullName.get().isBlank() && position.get().isBlank() && note.get().isBlank() && badgeWorn.get() == null
                && dressOk.get() == null && presentAtPost.get() == null && attitude.get() == null;
    }

    /** Enter, Tab or leaving a field: save now if something changed. */
    public void commit() {
        ctx.autosaver().commit(id);
    }

    void markRemoved() {
        removed = true;
    }

    private void changed() {
        if (loading || readOnly) {
            return;
        }
        validate();
        ctx.autosaver().changed(id, this::saveJob);
    }

    private boolean validate() {
        boolean nameMissing = fullName.get().isBlank() && !isBlank();
        nameError.set(nameMissing ? ctx.messages().get("ui.visit.officials.nameNeeded") : null);
        return !nameMissing;
    }

    private Autosaver.Job<?> saveJob() {
        if (removed || readOnly || !validate() || isBlank()) {
            return null;
        }
        OfficialInput in = new OfficialInput(fullName.get(), position.get(), badgeWorn.get(), dressOk.get(),
                presentAtPost.get(), attitude.get(), note.get(), sortOrder);
        AtomicReference<String> ref = id;
        return new Autosaver.Job<>("official " + in.fullName(), p -> {
            Official saved = ctx.workspace().visitRecording().saveOfficial(visitId, ref.get(), in);
            ref.set(saved.id());
            return saved;
        }, onSaved);
    }
}
