package vn.congvu.ui.start;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.congvu.app.PlanService;
import vn.congvu.app.SettingsService;
import vn.congvu.app.VisitService;
import vn.congvu.app.Workspace;
import vn.congvu.app.demo.DemoGenerator;
import vn.congvu.ui.Place;
import vn.congvu.ui.UiContext;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The start screen: the plans with their progress, the visits made lately, and — on a database with
 * neither — the offer to load demo data to try the app.
 */
public final class StartViewModel {

    /** Enough to fill every screen with believable data without a long wait. */
    static final int DEMO_VISITS = 60;
    static final int RECENT_VISITS = 12;

    /** What the screen shows, read in one go. */
    public record Overview(List<PlanService.PlanSummary> plans, List<VisitService.VisitRow> recent,
                           String inspector) {
    }

    /** Read at start-up together with the opening of the database; taken by the first refresh. */
    private static final AtomicReference<Map.Entry<Workspace, Overview>> OFFERED = new AtomicReference<>();

    private final UiContext ctx;
    private final ObservableList<PlanService.PlanSummary> plans = FXCollections.observableArrayList();
    private final ObservableList<VisitService.VisitRow> recent = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyStringWrapper greeting = new ReadOnlyStringWrapper(this, "greeting", "");

    public StartViewModel(UiContext ctx) {
        this.ctx = ctx;
    }

    public ObservableList<PlanService.PlanSummary> plans() {
        return plans;
    }

    public ObservableList<VisitService.VisitRow> recent() {
        return recent;
    }

    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True once the screen shows what it read from the database (it stays true). */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty greetingProperty() {
        return greeting.getReadOnlyProperty();
    }

    /** What the start screen shows, read from {@code ws} (on a background thread). */
    public static Overview read(Workspace ws) {
        return new Overview(ws.plans().list(), ws.visits().recent(RECENT_VISITS),
                ws.settings().get(SettingsService.PROFILE_NAME).orElse(""));
    }

    /**
     * Hands the data read while the database was opening to the first start screen on {@code ws}, so that
     * it shows them at once rather than reading them again.
     */
    public static void offer(Workspace ws, Overview overview) {
        OFFERED.set(Map.entry(ws, overview));
    }

    public void refresh() {
        Map.Entry<Workspace, Overview> offered = OFFERED.getAndSet(null);
        if (offered != null && offered.getKey() == ctx.workspace()) {
            show(offered.getValue());
            return;
        }
        busy.set(true);
        ctx.background().submit("start screen", p -> read(ctx.workspace()), o -> {
            busy.set(false);
            show(o);
        }, failure -> {
            busy.set(false);
            ctx.dialogs().showError(ctx.messages().get("ui.start.loadFailed"), ctx.describe(failure));
        });
    }

    private void show(Overview o) {
        plans.setAll(o.plans());
        recent.setAll(o.recent());
        empty.set(o.plans().isEmpty() && o.recent().isEmpty());
        greeting.set(o.inspector().isBlank() ? ctx.messages().get("ui.start.greeting")
                : ctx.messages().get("ui.start.greetingNamed", o.inspector()));
        loaded.set(true);
    }

    /** Fills an empty database with a plan, a team and {@value #DEMO_VISITS} visits, then shows them. */
    public void loadDemo() {
        busy.set(true);
        ctx.background().save("demo data", p -> new DemoGenerator(ctx.workspace()).generate(DEMO_VISITS, 2025),
                result -> refresh(), failure -> {
                    busy.set(false);
                    ctx.dialogs().showError(ctx.messages().get("ui.start.demoFailed"), ctx.describe(failure));
                });
    }

    public void openPlan(String planId) {
        ctx.navigator().show(new Place.Plans(planId));
    }

    public void openDashboard(String planId) {
        ctx.navigator().show(new Place.Dashboard(planId));
    }

    public void openVisit(String visitId) {
        ctx.navigator().show(new Place.VisitPlace(visitId));
    }

    public void newPlan() {
        ctx.navigator().show(new Place.Plans(null));
    }
}
