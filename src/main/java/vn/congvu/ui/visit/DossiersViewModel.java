package vn.congvu.ui.visit;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.congvu.app.visit.DossierRules;
import vn.congvu.app.visit.VisitRecord;
import vn.congvu.domain.Dossier;
import vn.congvu.ui.UiContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sampled-dossiers tab: a list and the form of the selected dossier. */
public final class DossiersViewModel {

    private final UiContext ctx;
    private final Runnable onChanged;
    private final ObservableList<DossierEntry> entries = FXCollections.observableArrayList(
            e -> new javafx.beans.Observable[] {e.standingProperty(), e.missingProperty(), e.invalidProperty()});
    private final ObjectProperty<DossierEntry> selected = new SimpleObjectProperty<>(this, "selected");
    private final Map<String, Dossier> saved = new LinkedHashMap<>();
    private String visitId;
    private LocalDate visitDate;
    private DossierRules rules;
    private boolean readOnly;

    DossiersViewModel(UiContext ctx, Runnable onChanged) {
        this.ctx = ctx;
        this.onChanged = onChanged;
    }

    void open(VisitRecord record, boolean readOnlyVisit) {
        visitId = record.visit().id();
        visitDate = record.visit().visitDate();
        rules = record.dossierRules();
        readOnly = readOnlyVisit;
        saved.clear();
        List<DossierEntry> loaded = new ArrayList<>();
        for (Dossier d : record.dossiers()) {
            saved.put(d.id(), d);
            DossierEntry e = new DossierEntry(ctx, visitId, this::visitDate, rules, d, d.sortOrder(), this::dossierSaved);
            e.setReadOnly(readOnlyVisit);
            loaded.add(e);
        }
        entries.setAll(loaded);
        selected.set(entries.isEmpty() ? null : entries.get(0));
    }

    private LocalDate visitDate() {
        return visitDate;
    }

    /** The start time moved the visit to another day: dossiers are judged as of the new day. */
    void visitDateChanged(LocalDate date) {
        visitDate = date;
        entries.forEach(DossierEntry::revalidate);
    }

    public ObservableList<DossierEntry> entries() {
        return entries;
    }

    public ObjectProperty<DossierEntry> selectedProperty() {
        return selected;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** A new empty dossier, selected; it is saved once complete. */
    public DossierEntry add() {
        if (readOnly || rules == null) {
            return null;
        }
        int order = entries.stream().mapToInt(DossierEntry::sortOrder).max().orElse(0) + 1;
        DossierEntry e = new DossierEntry(ctx, visitId, this::visitDate, rules, null, order, this::dossierSaved);
        entries.add(e);
        selected.set(e);
        return e;
    }

    /** Removes a dossier: at once when never saved, after the user agreed otherwise. */
    public void remove(DossierEntry e) {
        if (e == null || readOnly) {
            return;
        }
        if (e.id() == null) {
            e.markRemoved();
            dropFromList(e);
            return;
        }
        if (!ctx.dialogs().confirm(ctx.messages().get("ui.visit.dossiers.deleteTitle"),
                ctx.messages().get("ui.visit.dossiers.deleteConfirm", e.codeProperty().get()))) {
            return;
        }
        e.markRemoved();
        String id = e.id();
        ctx.background().save("delete dossier", p -> {
            ctx.workspace().visitRecording().deleteDossier(visitId, id);
            return id;
        }, deleted -> {
            dropFromList(e);
            saved.remove(deleted);
            onChanged.run();
        }, failure -> ctx.dialogs().showError(ctx.messages().get("ui.visit.dossiers.deleteFailed"),
                ctx.describe(failure)));
    }

    private void dropFromList(DossierEntry e) {
        int i = entries.indexOf(e);
        entries.remove(e);
        if (selected.get() == e) {
            selected.set(entries.isEmpty() ? null : entries.get(Math.min(i, entries.size() - 1)));
        }
    }

    private void dossierSaved(Dossier d) {
        saved.put(d.id(), d);
        onChanged.run();
    }

    List<Dossier> savedDossiers() {
        return List.copyOf(saved.values());
    }

    void flush() {
        entries.forEach(DossierEntry::commit);
    }
}
