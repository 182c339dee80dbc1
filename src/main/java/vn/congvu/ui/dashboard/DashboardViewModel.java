package vn.congvu.ui.dashboard;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.congvu.app.PlanDashboard;
import vn.congvu.app.PlanService;
import vn.congvu.ui.UiContext;

import java.util.List;

/**
 * A plan's dashboard: the figures, the charts' data, and the list behind whichever bar was clicked.
 */
public final class DashboardViewModel {

    private final UiContext ctx;
    private final ObservableList<PlanService.PlanSummary> plans = FXCollections.observableArrayList();
    private final ObjectProperty<PlanService.PlanSummary> plan = new SimpleObjectProperty<>(this, "plan");
    private final ReadOnlyObjectWrapper<PlanDashboard> dashboard = new ReadOnlyObjectWrapper<>(this, "dashboard");
    private final ObservableList<PlanDashboard.Finding> findings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper findingsTitle = new ReadOnlyStringWrapper(this, "findingsTitle", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private long generation;

    public DashboardViewModel(UiContext ctx) {
        this.ctx = ctx;
        plan.addListener((o, a, b) -> {
            if (b != null && (a == null || !a.plan().id().equals(b.plan().id()))) {
                load(b.plan().id());
            }
        });
    }

    public ObservableList<PlanService.PlanSummary> plans() {
        return plans;
    }

    public ObjectProperty<PlanService.PlanSummary> planProperty() {
        return plan;
    }

    public ReadOnlyObjectProperty<PlanDashboard> dashboardProperty() {
        return dashboard.getReadOnlyProperty();
    }

    public ObservableList<PlanDashboard.Finding> findings() {
        return findings;
    }

    public ReadOnlyStringProperty findingsTitleProperty() {
        return findingsTitle.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Loads the plans and shows {@code planId}, or the one shown before, or the first. */
    public void refresh(String planId) {
        ctx.background().submit("plans", p -> ctx.workspace().plans().list(), list -> {
            plans.setAll(list);
            String wanted = planId != null ? planId : plan.get() != null ? plan.get().plan().id() : null;
            PlanService.PlanSummary pick = list.stream().filter(s -> s.plan().id().equals(wanted)).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0));
            if (pick != null && plan.get() != null && pick.plan().id().equals(plan.get().plan().id())) {
                load(pick.plan().id());
            }
            plan.set(pick);
        }, failure -> ctx.dialogs().showError(ctx.messages().get("ui.dashboard.loadFailed"), ctx.describe(failure)));
    }

    private void load(String planId) {
        long mine = ++generation;
        busy.set(true);
        ctx.background().submit("dashboard", p -> ctx.workspace().dashboards().of(planId), d -> {
            if (mine == generation) {
                busy.set(false);
                dashboard.set(d);
                showAllFindings();
            }
        }, failure -> {
            busy.set(false);
            ctx.dialogs().showError(ctx.messages().get("ui.dashboard.loadFailed"), ctx.describe(failure));
        });
    }

    public void showAllFindings() {
        PlanDashboard d = dashboard.get();
        findings.setAll(d == null ? List.of() : d.findings());
        findingsTitle.set(ctx.messages().get("ui.dashboard.allFindings", findings.size()));
    }

    /** The failures behind a bar of the by-group chart. */
    public void showGroup(PlanDashboard.Bar bar) {
        findings.setAll(dashboard.get().findingsOfGroup(bar.key()));
        findingsTitle.set(ctx.messages().get("ui.dashboard.findingsOf", bar.label(), findings.size()));
    }

    /** The failures behind a bar of the by-unit chart. */
    public void showUnit(PlanDashboard.Bar bar) {
        findings.setAll(dashboard.get().findingsOfUnit(bar.key()));
        findingsTitle.set(ctx.messages().get("ui.dashboard.findingsOf", bar.label(), findings.size()));
    }

    public void openVisit(String visitId) {
        ctx.navigator().show(new vn.congvu.ui.Place.VisitPlace(visitId));
    }
}
