package vn.congvu.ui;

import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import vn.congvu.ui.audit.AuditView;
import vn.congvu.ui.common.ViewLoader;
import vn.congvu.ui.conflicts.ConflictsView;
import vn.congvu.ui.dashboard.DashboardView;
import vn.congvu.ui.exchange.ExchangeActions;
import vn.congvu.ui.plans.PlansView;
import vn.congvu.ui.search.SearchView;
import vn.congvu.ui.settings.SettingsView;
import vn.congvu.ui.start.StartView;
import vn.congvu.ui.templates.TemplatesView;
import vn.congvu.ui.units.UnitsView;
import vn.congvu.ui.visit.VisitActions;
import vn.congvu.ui.visit.VisitWorkspaceView;

import java.util.List;
import java.util.function.Supplier;

/** The screens of the main window, in the order of the navigation rail. */
final class Destinations {

    private Destinations() {
    }

    static List<MainWindow.Destination> all(ViewLoader views, ExchangeActions exchange) {
        return List.of(
                new MainWindow.Destination("start", Place.Start.class, new Place.Start(), "ui.nav.start",
                        "mdal-dashboard", "Shortcut+1", () -> views.load(StartView.class).view()),
                new MainWindow.Destination("plans", Place.Plans.class, new Place.Plans(null), "ui.nav.plans",
                        "mdal-event_note", "Shortcut+2", () -> views.load(PlansView.class).view()),
                new MainWindow.Destination("units", Place.Units.class, new Place.Units(), "ui.nav.units",
                        "mdal-account_balance", "Shortcut+3", () -> views.load(UnitsView.class).view()),
                new MainWindow.Destination("templates", Place.Templates.class, new Place.Templates(),
                        "ui.nav.templates", "mdal-fact_check", "Shortcut+4", () -> views.load(TemplatesView.class).view()),
                new MainWindow.Destination("dashboard", Place.Dashboard.class, new Place.Dashboard(null),
                        "ui.nav.dashboard", "mdal-bar_chart", "Shortcut+5", () -> views.load(DashboardView.class).view()),
                new MainWindow.Destination("search", Place.Search.class, new Place.Search(), "ui.nav.search",
                        "mdmz-search", "Shortcut+Shift+F", () -> views.load(SearchView.class).view()),
                new MainWindow.Destination("conflicts", Place.Conflicts.class, new Place.Conflicts(),
                        "ui.nav.conflicts", "mdal-call_split", "Shortcut+6", () -> {
                            ConflictsView v = views.load(ConflictsView.class).view();
                            v.onChanged(exchange.conflicts()::refresh);
                            return v;
                        }),
                new MainWindow.Destination("audit", Place.Audit.class, new Place.Audit(null), "ui.nav.audit",
                        "mdal-history", "Shortcut+7", () -> views.load(AuditView.class).view()),
                new MainWindow.Destination("settings", Place.Settings.class, new Place.Settings(), "ui.nav.settings",
                        "mdmz-settings", "Shortcut+COMMA", () -> views.load(SettingsView.class).view()),
                MainWindow.Destination.hidden("visit", Place.VisitPlace.class,
                        () -> views.load(VisitWorkspaceView.class).view()));
    }

    /** The File menu's actions above Quit: start a surprise visit (Ctrl+N), open a visit (Ctrl+O). */
    static List<MenuItem> fileMenu(UiContext ctx, Supplier<Window> owner) {
        return VisitActions.fileMenuItems(ctx, owner);
    }
}
