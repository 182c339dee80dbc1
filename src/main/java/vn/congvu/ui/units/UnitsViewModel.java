package vn.congvu.ui.units;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.congvu.app.UnitImportPlan;
import vn.congvu.app.UnitService;
import vn.congvu.app.imports.UnitImport;
import vn.congvu.domain.Unit;
import vn.congvu.domain.UnitKind;
import vn.congvu.ui.UiContext;
import vn.congvu.ui.common.Autosaver;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The units catalogue: type-ahead search (diacritics ignored), an editor that saves itself, and import
 * from .csv/.xlsx with a preview.
 */
public final class UnitsViewModel {

    private final UiContext ctx;
    private final UnitService units;

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<Unit> list = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final AtomicLong searchGeneration = new AtomicLong();

    // the editor
    private final ObjectProperty<Unit> editing = new SimpleObjectProperty<>(this, "editing");
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final ObjectProperty<UnitKind> kind = new SimpleObjectProperty<>(this, "kind", UnitKind.DEPARTMENT);
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final StringProperty phone = new SimpleStringProperty(this, "phone", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper(this, "nameError");
    private final ReadOnlyStringWrapper codeError = new ReadOnlyStringWrapper(this, "codeError");
    private final BooleanProperty editorOpen = new SimpleBooleanProperty(this, "editorOpen");
    /** The id of the unit in the editor; set by the save that inserts it, read by the saves after it. */
    private AtomicReference<String> editedId = new AtomicReference<>();
    private boolean loadingEditor;

    public UnitsViewModel(UiContext ctx) {
        this.ctx = ctx;
        this.units = ctx.workspace().units();
        query.addListener((o, a, b) -> refresh());
        for (var p : List.of(code, name, address, phone, note)) {
            p.addListener((o, a, b) -> fieldChanged());
        }
        kind.addListener((o, a, b) -> fieldChanged());
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Unit> units() {
        return list;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ObjectProperty<Unit> editingProperty() {
        return editing;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public ObjectProperty<UnitKind> kindProperty() {
        return kind;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty codeErrorProperty() {
        return codeError.getReadOnlyProperty();
    }

    public BooleanProperty editorOpenProperty() {
        return editorOpen;
    }

    /** Reloads the list for the current query; answers that arrive after a newer query are dropped. */
    public void refresh() {
        long generation = searchGeneration.incrementAndGet();
        String q = query.get();
        busy.set(true);
        ctx.background().submit("units", p -> units.list(q), found -> {
            if (generation == searchGeneration.get()) {
                list.setAll(found);
                busy.set(false);
            }
        }, failure -> {
            busy.set(false);
            ctx.dialogs().showError(ctx.messages().get("ui.units.loadFailed"), ctx.describe(failure));
        });
    }

    /** Opens the editor on an empty unit; it is stored once it has a name. */
    public void newUnit() {
        ctx.autosaver().flushAll();
        load(null);
    }

    public void edit(Unit unit) {
        if (unit == null) {
            return;
        }
        ctx.autosaver().flushAll();
        load(unit);
    }

    private void load(Unit unit) {
        loadingEditor = true;
        try {
            editedId = new AtomicReference<>(unit == null ? null : unit.id());
            editing.set(unit);
            code.set(unit == null || unit.code() == null ? "" : unit.code());
            kind.set(unit == null ? UnitKind.DEPARTMENT : unit.kind());
            name.set(unit == null ? "" : unit.name());
            address.set(unit == null || unit.address() == null ? "" : unit.address());
            phone.set(unit == null || unit.phone() == null ? "" : unit.phone());
            note.set(unit == null || unit.note() == null ? "" : unit.note());
            nameError.set(null);
            codeError.set(null);
            editorOpen.set(true);
        } finally {
            loadingEditor = false;
        }
    }

    private Object editorKey() {
        return editedId;
    }

    private void fieldChanged() {
        if (loadingEditor || !editorOpen.get()) {
            return;
        }
        validate();
        ctx.autosaver().changed(editorKey(), this::saveJob);
    }

    /** Enter or leaving a field. */
    public void commit() {
        ctx.autosaver().commit(editorKey());
    }

    private boolean validate() {
        String n = name.get() == null ? "" : name.get().trim();
        nameError.set(n.isEmpty() ? ctx.messages().get("error.unit.nameMissing")
                : n.length() > UnitImport.MAX_NAME_LENGTH
                ? ctx.messages().get("error.unit.nameTooLong", UnitImport.MAX_NAME_LENGTH) : null);
        String c = code.get() == null ? "" : code.get().trim();
        codeError.set(!c.isEmpty() && !c.matches("[\\p{Alnum}._/-]{1,20}")
                ? ctx.messages().get("error.unit.codeInvalid", c) : null);
        return nameError.get() == null && codeError.get() == null;
    }

    /** The save of the editor as it is now, or null when it is not valid (the errors are shown instead). */
    private Autosaver.Job<?> saveJob() {
        if (!validate()) {
            return null;
        }
        AtomicReference<String> id = editedId;
        Unit draft = new Unit(null, code.get(), kind.get(), name.get().trim(), editing.get() == null ? null
                : editing.get().parentId(), address.get(), phone.get(), note.get(), 0);
        return new Autosaver.Job<>("unit " + draft.name(), p -> {
            Unit toSave = new Unit(id.get(), draft.code(), draft.kind(), draft.name(), draft.parentId(),
                    draft.address(), draft.phone(), draft.note(), 0);
            Unit saved = units.save(toSave);
            id.set(saved.id());
            return saved;
        }, saved -> {
            if (id == editedId) {
                editing.set(saved);
            }
            replaceInList(saved);
        });
    }

    private void replaceInList(Unit saved) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(saved.id())) {
                list.set(i, saved);
                return;
            }
        }
        list.add(0, saved);
    }

    /** Deletes the unit in the editor after the user confirmed; refused for units with visits. */
    public void deleteEdited() {
        Unit unit = editing.get();
        if (unit == null || !ctx.dialogs().confirm(ctx.messages().get("ui.units.deleteTitle"),
                ctx.messages().get("ui.units.deleteConfirm", unit.name()))) {
            return;
        }
        ctx.background().save("delete unit", p -> {
            units.delete(unit.id());
            return unit;
        }, deleted -> {
            list.removeIf(u -> u.id().equals(deleted.id()));
            editorOpen.set(false);
            editing.set(null);
        }, failure -> ctx.dialogs().showError(ctx.messages().get("ui.units.deleteFailed"), ctx.describe(failure)));
    }

    /** Reads and checks a file; hands the plan (or shows the errors) when done. */
    public void planImport(Path file, Consumer<UnitImportPlan> onPlan, Consumer<Throwable> onRefused) {
        busy.set(true);
        ctx.background().submit("plan unit import", p -> units.planImport(file), plan -> {
            busy.set(false);
            onPlan.accept(plan);
        }, failure -> {
            busy.set(false);
            onRefused.accept(failure);
        });
    }

    public void applyImport(UnitImportPlan plan, Runnable done) {
        busy.set(true);
        ctx.background().save("unit import", p -> units.applyImport(plan), applied -> {
            busy.set(false);
            refresh();
            done.run();
        }, failure -> {
            busy.set(false);
            ctx.dialogs().showError(ctx.messages().get("ui.units.importFailed"), ctx.describe(failure));
        });
    }
}
