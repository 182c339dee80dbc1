package vn.congvu.ui.visit;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.congvu.app.visit.VisitRecord;
import vn.congvu.domain.Official;
import vn.congvu.ui.UiContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The officials-on-duty tab: a table edited in place, rows added and removed from the keyboard. */
public final class OfficialsViewModel {

    private final UiContext ctx;
    private final Runnable onChanged;
    private final ObservableList<OfficialEntry> entries = FXCollections.observableArrayList(
            e -> new javafx.beans.Observable[] {e.violationProperty(), e.nameErrorProperty()});
    private final Map<String, Official> saved = new LinkedHashMap<>();
    private final IntegerBinding withViolation = Bindings.createIntegerBinding(
            () -> (int) entries.stream().filter(e -> e.violationProperty().get()).count(), entries);
    private String visitId;
    private boolean readOnly;

    OfficialsViewModel(UiContext ctx, Runnable onChanged) {
        this.ctx = ctx;
        this.onChanged = onChanged;
    }

    void open(VisitRecord record, boolean readOnlyVisit) {
        visitId = record.visit().id();
        readOnly = readOnlyVisit;
        saved.clear();
        List<OfficialEntry> loaded = new java.util.ArrayList<>();
        for (Official o : record.officials()) {
            saved.put(o.id(), o);
            OfficialEntry e = new OfficialEntry(ctx, visitId, o, o.sortOrder(), this::officialSaved);
            e.setReadOnly(readOnlyVisit);
            loaded.add(e);
        }
        entries.setAll(loaded);
    }

    public ObservableList<OfficialEntry> entries() {
        return entries;
    }

    public IntegerBinding withViolationProperty() {
        return withViolation;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** A new empty row at the end (saved once it has a name); returns it so the view can focus it. */
    public OfficialEntry add() {
        if (readOnly) {
            return null;
        }
        int order = entries.stream().mapToInt(OfficialEntry::sortOrder).max().orElse(0) + 1;
        OfficialEntry e = new OfficialEntry(ctx, visitId, null, order, this::officialSaved);
        entries.add(e);
        return e;
    }

    /**
     * Removes a row: at once when it was never saved, after the user agreed when it was (the record becomes
     * a tombstone).
     */
    public void remove(OfficialEntry e) {
        if (e == null || readOnly) {
            return;
        }
        if (e.id() == null) {
            e.markRemoved();
            entries.remove(e);
            return;
        }
        String name = e.fullNameProperty().get();
        if (!ctx.dialogs().confirm(ctx.messages().get("ui.visit.officials.deleteTitle"),
                ctx.messages().get("ui.visit.officials.deleteConfirm", name))) {
            return;
        }
        e.markRemoved();
        String id = e.id();
        ctx.background().save("delete official", p -> {
            ctx.workspace().visitRecording().deleteOfficial(visitId, id);
            return id;
        }, deleted -> {
            entries.remove(e);
            saved.remove(deleted);
            onChanged.run();
        }, failure -> ctx.dialogs().showError(ctx.messages().get("ui.visit.officials.deleteFailed"),
                ctx.describe(failure)));
    }

    private void officialSaved(Official o) {
        saved.put(o.id(), o);
        onChanged.run();
    }

    List<Official> savedOfficials() {
        return List.copyOf(saved.values());
    }

    /** The row after {@code e}, or null after the last. */
    public OfficialEntry next(OfficialEntry e) {
        int i = entries.indexOf(e);
        return i >= 0 && i + 1 < entries.size() ? entries.get(i + 1) : null;
    }

    void flush() {
        entries.forEach(OfficialEntry::commit);
    }
}
