package vn.congvu.ui.exchange;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.congvu.app.exchange.VisitVersion;
import vn.congvu.app.visit.VisitRecord;
import vn.congvu.domain.VisitStatus;
import vn.congvu.ui.UiContext;

import java.util.function.Consumer;

/**
 * <i>Chốt biên bản</i> and <i>Mở lại</i> in the visit header, and the list of the visit's finalised versions.
 * Finalising locks the visit (the workspace opens it again, so every tab turns read-only) and takes the
 * backup that follows a finalisation in the background; reopening needs a reason.
 */
public final class FinalisationViewModel {

    private final UiContext ctx;
    private final Consumer<String> reload;

    private final ReadOnlyStringWrapper visitId = new ReadOnlyStringWrapper(this, "visitId");
    private final ReadOnlyBooleanWrapper finalised = new ReadOnlyBooleanWrapper(this, "finalised");
    private final ReadOnlyStringWrapper shortHash = new ReadOnlyStringWrapper(this, "shortHash");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper reasonError = new ReadOnlyStringWrapper(this, "reasonError");
    private final ObservableList<VisitVersion> versions = FXCollections.observableArrayList();
    private VisitStatus status;

    /** @param reload opens the visit with this id again in the workspace (its tabs follow the new status) */
    public FinalisationViewModel(UiContext ctx, Consumer<String> reload) {
        this.ctx = ctx;
        this.reload = reload;
    }

    /** The workspace shows this visit (again). */
    public void show(VisitRecord r) {
        String id = r.visit().id();
        visitId.set(id);
        status = r.visit().status();
        finalised.set(status == VisitStatus.FINALISED);
        shortHash.set(null);
        if (status == VisitStatus.FINALISED) {
            ctx.background().submit("finalised hash", p -> ctx.workspace().finalisation().finalisedHash(id), hash -> {
                if (id.equals(visitId.get())) {
                    shortHash.set(hash.map(vn.congvu.app.exchange.FinalisationService::shortHash).orElse(null));
                }
            }, failure -> { });
        }
    }

    /**
     * Asks first, saying what it means; a visit still being recorded is refused (its end and signatures
     * are on the sign-off tab). Afterwards the visit is locked and the backup after finalisation runs.
     */
    public void finalise() {
        String id = visitId.get();
        if (id == null || busy.get() || finalised.get()) {
            return;
        }
        String title = ctx.messages().get("ui.finalise.title");
        if (status == VisitStatus.IN_PROGRESS) {
            ctx.dialogs().showError(title, ctx.messages().get("ui.finalise.notEnded"));
            return;
        }
        if (!ctx.dialogs().confirm(title, ctx.messages().get("ui.finalise.confirm"))) {
            return;
        }
        ctx.autosaver().flushAll();
        busy.set(true);
        ctx.background().save("finalise visit", p -> ctx.workspace().finalisation().finalise(id), version -> {
            busy.set(false);
            finalised.set(true);
            status = VisitStatus.FINALISED;
            shortHash.set(version.shortHash());
            ctx.background().submit("backup after finalisation", p -> ctx.workspace().backups().afterFinalisation(id),
                    made -> { }, failure -> { });
            reload.accept(id);
        }, failure -> {
            busy.set(false);
            ctx.dialogs().showError(title, ctx.describe(failure));
        });
    }

    /**
     * Reopens the finalised visit with a reason; returns false (and says why in {@link #reasonErrorProperty})
     * when the reason is blank, so the dialog stays open with what was typed.
     */
    public boolean reopen(String reason) {
        String id = visitId.get();
        if (reason == null || reason.isBlank()) {
            reasonError.set(ctx.messages().get("error.visit.reopenReasonMissing"));
            return false;
        }
        if (id == null || busy.get()) {
            return false;
        }
        reasonError.set(null);
        busy.set(true);
        ctx.background().save("reopen visit", p -> ctx.workspace().finalisation().reopen(id, reason), version -> {
            busy.set(false);
            finalised.set(false);
            status = VisitStatus.COMPLETED;
            shortHash.set(null);
            reload.accept(id);
        }, failure -> {
            busy.set(false);
            ctx.dialogs().showError(ctx.messages().get("ui.reopen.title"), ctx.describe(failure));
        });
        return true;
    }

    /** Reads the visit's finalised versions, newest first, into {@link #versions()}. */
    public void loadVersions() {
        String id = visitId.get();
        if (id == null) {
            return;
        }
        ctx.background().submit("visit versions", p -> ctx.workspace().finalisation().versions(id), list -> {
            if (id.equals(visitId.get())) {
                versions.setAll(list);
            }
        }, failure -> ctx.dialogs().showError(ctx.messages().get("ui.versions.title"), ctx.describe(failure)));
    }

    public void clearReasonError() {
        reasonError.set(null);
    }

    public ReadOnlyStringProperty visitIdProperty() {
        return visitId.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty finalisedProperty() {
        return finalised.getReadOnlyProperty();
    }

    /** The short hash printed in the minutes, while the visit is finalised; null otherwise. */
    public ReadOnlyStringProperty shortHashProperty() {
        return shortHash.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reasonErrorProperty() {
        return reasonError.getReadOnlyProperty();
    }

    public ObservableList<VisitVersion> versions() {
        return versions;
    }
}
