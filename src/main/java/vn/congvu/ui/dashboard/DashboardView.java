package vn.congvu.ui.dashboard;

import javafx.beans.property.SimpleStringProperty;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.congvu.app.PlanDashboard;
import vn.congvu.app.PlanService;
import vn.congvu.domain.scoring.PlanScore;
import vn.congvu.ui.Place;
import vn.congvu.ui.Screen;
import vn.congvu.ui.UiContext;
import vn.congvu.ui.common.DatePickers;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A plan's dashboard: figures, charts of failures and overdue rates; a click on a bar lists what is behind it. */
public final class DashboardView implements Screen {

    /** The unit charts show the units with the most failures; the list below has all of them. */
    private static final int TOP_UNITS = 12;

    private final UiContext ctx;
    private final DashboardViewModel vm;

    @FXML private BorderPane root;
    @FXML private javafx.scene.control.Button exportReportButton;
    @FXML private javafx.scene.control.SplitMenuButton exportSummaryButton;
    @FXML private javafx.scene.control.MenuItem exportAllItem;
    @FXML private ComboBox<PlanService.PlanSummary> planField;
    @FXML private ProgressIndicator busy;
    @FXML private Label noPlan;
    @FXML private FlowPane figures;
    @FXML private BarChart<String, Number> groupChart;
    @FXML private BarChart<Number, String> unitChart;
    @FXML private BarChart<String, Number> overdueChart;
    @FXML private TabPane lists;
    @FXML private Tab findingsTab;
    @FXML private Label findingsTitle;
    @FXML private TableView<PlanDashboard.Finding> findingsTable;
    @FXML private TableColumn<PlanDashboard.Finding, String> fDate;
    @FXML private TableColumn<PlanDashboard.Finding, String> fUnit;
    @FXML private TableColumn<PlanDashboard.Finding, String> fCriterion;
    @FXML private TableColumn<PlanDashboard.Finding, String> fNote;
    @FXML private TableView<PlanDashboard.OfficialViolation> officialsTable;
    @FXML private TableColumn<PlanDashboard.OfficialViolation, String> oDate;
    @FXML private TableColumn<PlanDashboard.OfficialViolation, String> oUnit;
    @FXML private TableColumn<PlanDashboard.OfficialViolation, String> oName;
    @FXML private TableColumn<PlanDashboard.OfficialViolation, String> oBreaches;
    @FXML private TableView<PlanDashboard.LateAction> actionsTable;
    @FXML private TableColumn<PlanDashboard.LateAction, String> aDeadline;
    @FXML private TableColumn<PlanDashboard.LateAction, String> aLate;
    @FXML private TableColumn<PlanDashboard.LateAction, String> aUnit;
    @FXML private TableColumn<PlanDashboard.LateAction, String> aText;
    @FXML private TableColumn<PlanDashboard.LateAction, String> aResponsible;

    public DashboardView(UiContext ctx) {
        this.ctx = ctx;
        this.vm = new DashboardViewModel(ctx);
    }

    @FXML
    private void initialize() {
        busy.visibleProperty().bind(vm.busyProperty());
        installExports();
        planField.setItems(vm.plans());
        planField.setConverter(new StringConverter<>() {
            @Override
            public String toString(PlanService.PlanSummary s) {
                if (s == null) {
                    return "";
                }
                String number = s.plan().number().isBlank() ? ctx.messages().get("ui.plans.noNumber") : s.plan().number();
                return s.plan().title().isBlank() ? number : number + " – " + s.plan().title();
            }

            @Override
            public PlanService.PlanSummary fromString(String text) {
                return null;
            }
        });
        planField.valueProperty().bindBidirectional(vm.planProperty());
        noPlan.visibleProperty().bind(vm.planProperty().isNull());
        noPlan.managedProperty().bind(noPlan.visibleProperty());

        column(fDate, f -> DatePickers.DAY.format(f.date()));
        column(fUnit, PlanDashboard.Finding::unitName);
        column(fCriterion, f -> f.criterionCode() + " " + f.criterionText());
        column(fNote, f -> f.note() == null ? "" : f.note());
        findingsTable.setItems(vm.findings());
        openVisitOnDoubleClick(findingsTable, PlanDashboard.Finding::visitId);
        findingsTitle.textProperty().bind(vm.findingsTitleProperty());
        column(oDate, o -> DatePickers.DAY.format(o.date()));
        column(oUnit, PlanDashboard.OfficialViolation::unitName);
        column(oName, o -> o.fullName() + (o.position() == null ? "" : " – " + o.position()));
        column(oBreaches, o -> o.breaches().stream().map(k -> ctx.messages().get(k)).collect(Collectors.joining("; ")));
        openVisitOnDoubleClick(officialsTable, PlanDashboard.OfficialViolation::visitId);
        column(aDeadline, a -> DatePickers.DAY.format(a.deadline()));
        column(aLate, a -> String.valueOf(a.daysLate()));
        column(aUnit, PlanDashboard.LateAction::unitName);
        column(aText, PlanDashboard.LateAction::text);
        column(aResponsible, a -> a.responsible() == null ? "" : a.responsible());
        openVisitOnDoubleClick(actionsTable, PlanDashboard.LateAction::visitId);

        vm.dashboardProperty().addListener((o, a, d) -> show(d));
    }

    private void show(PlanDashboard d) {
        figures.getChildren().clear();
        groupChart.getData().clear();
        unitChart.getData().clear();
        overdueChart.getData().clear();
        if (d == null) {
            officialsTable.getItems().clear();
            actionsTable.getItems().clear();
            return;
        }
        PlanScore s = d.score();
        figures.getChildren().addAll(
                figure(ctx.messages().get("ui.dashboard.visits"), String.valueOf(s.visits())),
                figure(ctx.messages().get("ui.dashboard.coverage"), s.unitsVisited() + "/" + s.unitsPlanned()),
                figure(ctx.messages().get("ui.dashboard.meanScore"), s.meanScore() == null ? "–"
                        : String.format(ctx.messages().locale(), "%.1f", s.meanScore())),
                figure(ctx.messages().get("ui.dashboard.overdueRate"), percent(s.overdueRate().percent(), ctx.messages().locale())
                        + "  (" + s.dossiers().overdue() + "/" + s.dossiers().sampled() + ")"),
                figure(ctx.messages().get("ui.dashboard.officialsWithViolations"), String.valueOf(d.officials().size())),
                figure(ctx.messages().get("ui.dashboard.lateActions"), String.valueOf(d.lateActions().size())));

        XYChart.Series<String, Number> groups = new XYChart.Series<>();
        for (PlanDashboard.Bar bar : d.failuresByGroup()) {
            XYChart.Data<String, Number> point = new XYChart.Data<>(bar.key(), bar.value());
            clickable(point, bar.label() + ": " + bar.value(), () -> {
                vm.showGroup(bar);
                lists.getSelectionModel().select(findingsTab);
            });
            groups.getData().add(point);
        }
        groupChart.getData().add(groups);

        XYChart.Series<Number, String> units = new XYChart.Series<>();
        List<PlanDashboard.Bar> top = d.failuresByUnit().stream().limit(TOP_UNITS).toList();
        for (int i = top.size() - 1; i >= 0; i--) {
            PlanDashboard.Bar bar = top.get(i);
            XYChart.Data<Number, String> point = new XYChart.Data<>(bar.value(), bar.label());
            clickable(point, bar.label() + ": " + bar.value(), () -> {
                vm.showUnit(bar);
                lists.getSelectionModel().select(findingsTab);
            });
            units.getData().add(point);
        }
        unitChart.getData().add(units);

        XYChart.Series<String, Number> overdue = new XYChart.Series<>();
        for (PlanDashboard.OverdueBar bar : d.overdueByUnit().stream().limit(TOP_UNITS).toList()) {
            XYChart.Data<String, Number> point = new XYChart.Data<>(bar.unitName(), bar.overdue().percent());
            clickable(point, bar.unitName() + ": " + percent(bar.overdue().percent(), ctx.messages().locale()) + " (" + bar.overdue().numerator()
                    + "/" + bar.overdue().denominator() + ")", () -> {
                vm.showUnit(new PlanDashboard.Bar(bar.unitId(), bar.unitName(), 0));
                lists.getSelectionModel().select(findingsTab);
            });
            overdue.getData().add(point);
        }
        overdueChart.getData().add(overdue);
        officialsTable.getItems().setAll(d.officials());
        actionsTable.getItems().setAll(d.lateActions());
    }

    private static String percent(Double p, Locale locale) {
        return p == null ? "–" : String.format(locale, "%.1f%%", p);
    }

    private static VBox figure(String label, String value) {
        Label v = new Label(value);
        v.getStyleClass().add("title-2");
        Label l = new Label(label);
        l.getStyleClass().add("text-muted");
        VBox box = new VBox(2, v, l);
        box.getStyleClass().add("figure-card");
        box.setPadding(new Insets(10, 14, 10, 14));
        box.setMinWidth(170);
        return box;
    }

    /** Bars are made by the chart when shown; the click handler is attached when the node appears. */
    private static <X, Y> void clickable(XYChart.Data<X, Y> point, String tip, Runnable onClick) {
        Consumer<Node> attach = node -> {
            node.setCursor(Cursor.HAND);
            node.setOnMouseClicked(e -> onClick.run());
            Tooltip.install(node, new Tooltip(tip));
        };
        if (point.getNode() != null) {
            attach.accept(point.getNode());
        }
        point.nodeProperty().addListener((o, a, node) -> {
            if (node != null) {
                attach.accept(node);
            }
        });
    }

    private static <T> void column(TableColumn<T, String> column, Function<T, String> value) {
        column.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
    }

    private <T> void openVisitOnDoubleClick(TableView<T> table, Function<T, String> visitId) {
        table.setRowFactory(t -> {
            TableRow<T> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.openVisit(visitId.apply(row.getItem()));
                }
            });
            return row;
        });
    }

    @FXML
    private void showAll() {
        vm.showAllFindings();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void shown(Place place) {
        vm.refresh(place instanceof Place.Dashboard d ? d.planId() : null);
    }

    private static final javafx.scene.input.KeyCombination EXPORT_REPORT =
            javafx.scene.input.KeyCombination.keyCombination("Shortcut+E");
    private static final javafx.scene.input.KeyCombination EXPORT_SUMMARY =
            javafx.scene.input.KeyCombination.keyCombination("Shortcut+Shift+E");

    /** The plan's documents, through the shared export flow of {@code ui.export}. */
    private void installExports() {
        exportReportButton.disableProperty().bind(vm.planProperty().isNull());
        exportSummaryButton.disableProperty().bind(vm.planProperty().isNull());
        vn.congvu.ui.common.Shortcuts.tooltip(exportReportButton, ctx.messages().get("ui.dashboard.exportReportTip"),
                EXPORT_REPORT);
        vn.congvu.ui.common.Shortcuts.tooltip(exportSummaryButton, ctx.messages().get("ui.dashboard.exportSummaryTip"),
                EXPORT_SUMMARY);
    }

    @Override
    public java.util.Map<javafx.scene.input.KeyCombination, Runnable> shortcuts() {
        return java.util.Map.of(EXPORT_REPORT, this::exportReport, EXPORT_SUMMARY, this::exportSummary);
    }

    private vn.congvu.ui.export.Exports exports() {
        return new vn.congvu.ui.export.Exports(ctx, () -> root.getScene() == null ? null : root.getScene().getWindow());
    }

    @FXML
    private void exportReport() {
        PlanService.PlanSummary s = vm.planProperty().get();
        if (s != null) {
            exports().report(s.plan().id(), s.plan().number());
        }
    }

    @FXML
    private void exportSummary() {
        PlanService.PlanSummary s = vm.planProperty().get();
        if (s != null) {
            exports().summary(s.plan().id(), s.plan().number());
        }
    }

    @FXML
    private void exportAllSummary() {
        exports().summary(null, null);
    }
}
