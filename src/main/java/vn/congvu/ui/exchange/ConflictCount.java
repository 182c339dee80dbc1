package vn.congvu.ui.exchange;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import vn.congvu.ui.UiContext;

/**
 * How many conflicts wait for a decision, for the badge on the rail: read in the background when the
 * window opens, after an import and after a conflict is resolved.
 */
public final class ConflictCount {

    private final UiContext ctx;
    private final ReadOnlyIntegerWrapper open = new ReadOnlyIntegerWrapper(this, "open");

    public ConflictCount(UiContext ctx) {
        this.ctx = ctx;
    }

    public void refresh() {
        ctx.background().submit("open conflicts", p -> ctx.workspace().exchange().openConflictCount(), open::set,
                failure -> { });
    }

    public ReadOnlyIntegerProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    /** The count as the badge shows it: empty when there is none. */
    public StringBinding badge() {
        return Bindings.createStringBinding(() -> open.get() > 0 ? String.valueOf(open.get()) : "", open);
    }
}
