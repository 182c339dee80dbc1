package vn.congvu.ui.search;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.congvu.app.PlanService;
import vn.congvu.app.SearchQuery;
import vn.congvu.app.SearchResult;
import vn.congvu.app.SearchService;
import vn.congvu.domain.Result;
import vn.congvu.domain.SearchKind;
import vn.congvu.domain.Unit;
import vn.congvu.ui.Place;
import vn.congvu.ui.UiContext;

import java.time.LocalDate;
import java.util.List;

/**
 * Search with filters. Each change runs the query in the background; an answer to an older query is
 * dropped, so typing fast never shows stale results.
 */
public final class SearchViewModel {

    private final UiContext ctx;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<PlanService.PlanSummary> plan = new SimpleObjectProperty<>(this, "plan");
    private final ObjectProperty<Unit> unit = new SimpleObjectProperty<>(this, "unit");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObjectProperty<Result> result = new SimpleObjectProperty<>(this, "result");
    private final ObservableList<PlanService.PlanSummary> plans = FXCollections.observableArrayList();
    private final ObservableList<SearchResult> results = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private long generation;

    public SearchViewModel(UiContext ctx) {
        this.ctx = ctx;
        text.addListener((o, a, b) -> run());
        plan.addListener((o, a, b) -> run());
        unit.addListener((o, a, b) -> run());
        from.addListener((o, a, b) -> run());
        to.addListener((o, a, b) -> run());
        result.addListener((o, a, b) -> run());
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<PlanService.PlanSummary> planProperty() {
        return plan;
    }

    public ObjectProperty<Unit> unitProperty() {
        return unit;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<Result> resultProperty() {
        return result;
    }

    public ObservableList<PlanService.PlanSummary> plans() {
        return plans;
    }

    public ObservableList<SearchResult> results() {
        return results;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public void loadPlans() {
        ctx.background().submit("plans", p -> ctx.workspace().plans().list(), plans::setAll,
                failure -> ctx.dialogs().showError(ctx.messages().get("ui.search.failed"), ctx.describe(failure)));
    }

    /** Units for the unit filter's auto-completion; called off the FX thread. */
    public List<Unit> suggestUnits(String query) {
        return query == null || query.isBlank() ? List.of()
                : ctx.workspace().units().list(query).stream().limit(12).toList();
    }

    public void clearFilters() {
        plan.set(null);
        unit.set(null);
        from.set(null);
        to.set(null);
        result.set(null);
    }

    public void run() {
        long mine = ++generation;
        SearchQuery q = new SearchQuery(text.get(), plan.get() == null ? null : plan.get().plan().id(),
                unit.get() == null ? null : unit.get().id(), from.get(), to.get(), result.get());
        if (!q.hasText() && q.planId() == null && q.unitId() == null && q.from() == null && q.to() == null
                && q.result() == null) {
            results.clear();
            summary.set(ctx.messages().get("ui.search.hint"));
            return;
        }
        busy.set(true);
        ctx.background().submit("search", p -> ctx.workspace().search().search(q), found -> {
            if (mine == generation) {
                busy.set(false);
                results.setAll(found);
                summary.set(found.size() >= SearchService.MAX_RESULTS
                        ? ctx.messages().get("ui.search.tooMany", SearchService.MAX_RESULTS)
                        : ctx.messages().get("ui.search.count", found.size()));
            }
        }, failure -> {
            busy.set(false);
            ctx.dialogs().showError(ctx.messages().get("ui.search.failed"), ctx.describe(failure));
        });
    }

    /** Opens what a result points at: its visit, or the units catalogue for a unit. */
    public void open(SearchResult r) {
        if (r.kind() == SearchKind.UNIT || r.visitId() == null) {
            ctx.navigator().show(new Place.Units());
        } else {
            ctx.navigator().show(new Place.VisitPlace(r.visitId()));
        }
    }
}
