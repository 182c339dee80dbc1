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
import vn.congvu.app.demo.DemoGenerator;
import vn.congvu.ui.Place;
import vn.congvu.ui.UiContext;

import java.util.List;

/**
 * The start screen: the plans with their progress, the visits made lately, and — on a database with
 * neither — the offer to load demo data to try the app.
 */
public final class StartViewModel {

    /** Enough to fill every screen with believable data without a long wait. */
    static final int DEMO_VISITS = 60;
    static final int RECENT_VISITS = 12;

    /** What the screen shows, read in one go. */
    record Overview(List<PlanService.PlanSummary> plans, List<VisitService.VisitRow> recent, String inspector) {
    }

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

    public void refresh() {
        busy.set(true);
        ctx.background().submit("start screen", p -> new Overview(ctx.workspace().plans().list(),
                ctx.workspace().visits().recent(RECENT_VISITS),
                ctx.workspace().settings().get(SettingsService.PROFILE_NAME).orElse("")), o -> {
            busy.set(false);
            plans.setAll(o.plans());
            recent.setAll(o.recent());
            empty.set(o.plans().isEmpty() && o.recent().isEmpty());
            greeting.set(o.inspector().isBlank() ? ctx.messages().get("ui.start.greeting")
                    : ctx.messages().get("ui.start.greetingNamed", o.inspector()));
            loaded.set(true);
        }, failure -> {
            busy.set(false);
            ctx.dialogs().showError(ctx.messages().get("ui.start.loadFailed"), ctx.describe(failure));
        });
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
