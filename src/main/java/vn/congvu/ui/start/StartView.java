package vn.congvu.ui.start;

import javafx.beans.property.SimpleStringProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.congvu.app.PlanService;
import vn.congvu.app.VisitService;
import vn.congvu.ui.Place;
import vn.congvu.ui.Screen;
import vn.congvu.ui.StartupProbe;
import vn.congvu.ui.UiContext;
import vn.congvu.ui.common.PlanSummaryCell;
import vn.congvu.ui.common.DatePickers;
import vn.congvu.ui.common.Shortcuts;
import vn.congvu.ui.visit.StartVisitDialog;
import vn.congvu.ui.visit.VisitActions;

import java.util.function.Function;

/** The start screen: one obvious action, the plans with their progress, the visits made lately. */
public final class StartView implements Screen {

    private final UiContext ctx;
    private final StartViewModel vm;

    @FXML private BorderPane root;
    @FXML private Label greeting;
    @FXML private ProgressIndicator busy;
    @FXML private Button startVisitButton;
    @FXML private VBox emptyPanel;
    @FXML private Button demoButton;
    @FXML private ListView<PlanService.PlanSummary> planList;
    @FXML private TableView<VisitService.VisitRow> recentTable;
    @FXML private TableColumn<VisitService.VisitRow, String> dateColumn;
    @FXML private TableColumn<VisitService.VisitRow, String> unitColumn;
    @FXML private TableColumn<VisitService.VisitRow, String> statusColumn;

    public StartView(UiContext ctx) {
        this.ctx = ctx;
        this.vm = new StartViewModel(ctx);
    }

    @FXML
    private void initialize() {
        greeting.textProperty().bind(vm.greetingProperty());
        busy.visibleProperty().bind(vm.busyProperty());
        Shortcuts.tooltip(startVisitButton, ctx.messages().get("ui.start.startVisitTip"), VisitActions.START);
        vm.loadedProperty().addListener((o, was, is) -> {
            if (is) {
                root.getProperties().put(StartupProbe.DATA_SHOWN, Boolean.TRUE);
            }
        });
        emptyPanel.visibleProperty().bind(vm.emptyProperty());
        emptyPanel.managedProperty().bind(vm.emptyProperty());
        demoButton.disableProperty().bind(vm.busyProperty());

        planList.setItems(vm.plans());
        planList.setCellFactory(l -> new PlanSummaryCell(ctx.messages(), s -> {
            Hyperlink details = new Hyperlink(ctx.messages().get("ui.start.openPlan"));
            details.setOnAction(e -> vm.openPlan(s.plan().id()));
            Hyperlink figures = new Hyperlink(ctx.messages().get("ui.start.openDashboard"));
            figures.setOnAction(e -> vm.openDashboard(s.plan().id()));
            return new HBox(8, details, figures);
        }));
        recentTable.setItems(vm.recent());
        column(dateColumn, v -> DatePickers.DAY.format(v.date()));
        column(unitColumn, VisitService.VisitRow::unitName);
        column(statusColumn, v -> ctx.messages().get("visit.status." + v.status()));
        recentTable.setRowFactory(t -> {
            TableRow<VisitService.VisitRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.openVisit(row.getItem().id());
                }
            });
            return row;
        });
        recentTable.setOnKeyPressed(e -> {
            var selected = recentTable.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                vm.openVisit(selected.id());
            }
        });
    }

    private static <T> void column(TableColumn<T, String> column, Function<T, String> value) {
        column.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
    }

    @FXML
    private void startVisit() {
        StartVisitDialog.show(ctx, root.getScene().getWindow(), null);
    }

    @FXML
    private void loadDemo() {
        vm.loadDemo();
    }

    @FXML
    private void newPlan() {
        vm.newPlan();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void shown(Place place) {
        vm.refresh();
        startVisitButton.requestFocus();
    }
}
