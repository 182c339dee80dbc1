package vn.congvu.ui.visit;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.kordamp.ikonli.javafx.FontIcon;
import vn.congvu.app.visit.VisitSetupService;
import vn.congvu.domain.TeamRole;
import vn.congvu.domain.Unit;
import vn.congvu.ui.UiContext;

/** The content of the "start a surprise visit" dialog. */
public final class StartVisitView {

    private final UiContext ctx;
    private final StartVisitViewModel vm;
    private final ValidationSupport validation = new ValidationSupport();

    @FXML private Parent root;
    @FXML private TextField startUnit;
    @FXML private ListView<Unit> startUnitList;
    @FXML private Label startPickedUnit;
    @FXML private Label startUnitError;
    @FXML private TextField startTime;
    @FXML private Label startTimeError;
    @FXML private ComboBox<StartVisitViewModel.PlanOption> startPlan;
    @FXML private Label startTeamLabel;
    @FXML private ComboBox<VisitSetupService.TeamRoster> startTeam;
    @FXML private TextField startPlace;
    @FXML private CheckBox startSurprise;
    @FXML private VBox startHistory;
    @FXML private Label startHistoryTitle;
    @FXML private VBox startHistoryItems;
    @FXML private VBox startInspectors;
    @FXML private Label startNoInspectors;
    @FXML private TextField startAddInspector;
    @FXML private VBox startRepresentatives;
    @FXML private Button startAddRepresentative;
    @FXML private Label startError;

    public StartVisitView(UiContext ctx) {
        this.ctx = ctx;
        this.vm = new StartVisitViewModel(ctx);
    }

    @FXML
    private void initialize() {
        root.getStylesheets().add(StartVisitView.class.getResource("visit.css").toExternalForm());
        startUnit.textProperty().bindBidirectional(vm.unitQueryProperty());
        startUnitList.setItems(vm.unitMatches());
        startUnitList.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Unit u, boolean empty) {
                super.updateItem(u, empty);
                setText(empty || u == null ? null : StartVisitViewModel.label(u));
            }
        });
        startUnitList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.pick(b));
        vm.unitProperty().addListener((o, a, b) -> {
            if (b != null && startUnitList.getSelectionModel().getSelectedItem() != b) {
                startUnitList.getSelectionModel().select(b);
                startUnitList.scrollTo(b);
            }
        });
        vm.unitMatches().addListener((ListChangeListener<Unit>) c -> {
            Unit u = vm.unitProperty().get();
            if (u != null && vm.unitMatches().contains(u)) {
                startUnitList.getSelectionModel().select(u);
            }
        });
        startPickedUnit.textProperty().bind(Bindings.createStringBinding(() -> vm.unitProperty().get() == null
                ? ctx.messages().get("ui.visit.start.noUnit")
                : ctx.messages().get("ui.visit.start.picked", StartVisitViewModel.label(vm.unitProperty().get())),
                vm.unitProperty()));
        startUnit.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !vm.unitMatches().isEmpty()) {
                e.consume();
                startUnitList.requestFocus();
                if (startUnitList.getSelectionModel().isEmpty()) {
                    startUnitList.getSelectionModel().select(0);
                }
            } else if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                e.consume();
                if (vm.unitProperty().get() != null) {
                    startTime.requestFocus();
                }
            }
        });
        startUnitList.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                e.consume();
                startTime.requestFocus();
            }
        });
        bindError(startUnitError, vm.unitErrorProperty());
        register(startUnit, vm.unitErrorProperty());

        startTime.textProperty().bindBidirectional(vm.startTextProperty());
        bindError(startTimeError, vm.startErrorProperty());
        register(startTime, vm.startErrorProperty());
        startTime.setTooltip(new Tooltip(ctx.messages().get("ui.visit.startTip")));

        startPlan.setItems(vm.plans());
        startPlan.valueProperty().bindBidirectional(vm.planProperty());
        startPlan.setConverter(new StringConverter<>() {
            @Override
            public String toString(StartVisitViewModel.PlanOption o) {
                if (o == null) {
                    return "";
                }
                return o.plan() == null ? ctx.messages().get("ui.visit.noPlan")
                        : ctx.messages().get("ui.visit.planLine", o.plan().number(), o.plan().title());
            }

            @Override
            public StartVisitViewModel.PlanOption fromString(String s) {
                return null;
            }
        });
        startTeam.setItems(vm.teams());
        startTeam.valueProperty().bindBidirectional(vm.teamProperty());
        startTeam.setConverter(new StringConverter<>() {
            @Override
            public String toString(VisitSetupService.TeamRoster r) {
                return r == null ? "" : r.team().name();
            }

            @Override
            public VisitSetupService.TeamRoster fromString(String s) {
                return null;
            }
        });
        startTeam.visibleProperty().bind(Bindings.size(vm.teams()).greaterThan(1));
        startTeam.managedProperty().bind(startTeam.visibleProperty());
        startTeamLabel.visibleProperty().bind(startTeam.visibleProperty());
        startTeamLabel.managedProperty().bind(startTeam.visibleProperty());
        startPlace.textProperty().bindBidirectional(vm.placeProperty());
        startSurprise.selectedProperty().bindBidirectional(vm.surpriseProperty());

        startHistory.visibleProperty().bind(vm.historyTitleProperty().isNotNull());
        startHistory.managedProperty().bind(startHistory.visibleProperty());
        startHistoryTitle.textProperty().bind(vm.historyTitleProperty());
        vm.historyItems().addListener((ListChangeListener<String>) c -> showHistory());
        showHistory();

        vm.inspectors().addListener((ListChangeListener<StartVisitViewModel.InspectorRow>) c -> showInspectors());
        showInspectors();
        startAddInspector.setOnAction(e -> {
            vm.addInspector(startAddInspector.getText());
            startAddInspector.clear();
        });

        vm.representatives().addListener((ListChangeListener<StartVisitViewModel.RepresentativeRow>) c ->
                showRepresentatives());
        showRepresentatives();
        startAddRepresentative.setGraphic(new FontIcon("mdal-add"));
        bindError(startError, vm.errorProperty());
    }

    private void register(javafx.scene.control.Control c, javafx.beans.property.ReadOnlyStringProperty error) {
        validation.registerValidator(c, false, (ctl, v) -> ValidationResult.fromErrorIf(ctl, error.get(),
                error.get() != null));
        error.addListener((o, a, b) -> validation.revalidate(c));
    }

    private static void bindError(Label label, javafx.beans.property.ReadOnlyStringProperty p) {
        label.textProperty().bind(Bindings.when(p.isNull()).then("").otherwise(p));
        label.visibleProperty().bind(p.isNotNull());
        label.managedProperty().bind(label.visibleProperty());
    }

    private void showHistory() {
        startHistoryItems.getChildren().clear();
        for (String item : vm.historyItems()) {
            Label l = new Label("• " + item);
            l.setWrapText(true);
            startHistoryItems.getChildren().add(l);
        }
        startHistory.getStyleClass().remove("quiet");
        if (vm.historyItems().isEmpty()) {
            startHistory.getStyleClass().add("quiet");
        }
    }

    private void showInspectors() {
        startInspectors.getChildren().clear();
        int n = 0;
        for (StartVisitViewModel.InspectorRow row : vm.inspectors()) {
            CheckBox box = new CheckBox(ctx.messages().get("ui.visit.start.member", row.fullName(),
                    roleName(row.role())));
            box.setId("inspector-" + (++n));
            box.setMnemonicParsing(false);
            box.selectedProperty().bindBidirectional(row.presentProperty());
            startInspectors.getChildren().add(box);
        }
        startNoInspectors.setVisible(vm.inspectors().isEmpty());
        startNoInspectors.setManaged(vm.inspectors().isEmpty());
    }

    private String roleName(TeamRole role) {
        return switch (role) {
            case LEAD -> ctx.messages().get("ui.visit.role.lead");
            case DEPUTY -> ctx.messages().get("ui.visit.role.deputy");
            case MEMBER -> ctx.messages().get("ui.visit.role.member");
            case SECRETARY -> ctx.messages().get("ui.visit.role.secretary");
        };
    }

    private void showRepresentatives() {
        startRepresentatives.getChildren().clear();
        int n = 0;
        for (StartVisitViewModel.RepresentativeRow row : vm.representatives()) {
            n++;
            TextField name = new TextField();
            name.setId("representative-name-" + n);
            name.setPromptText(ctx.messages().get("ui.visit.start.repName"));
            name.textProperty().bindBidirectional(row.fullNameProperty());
            TextField position = new TextField();
            position.setId("representative-position-" + n);
            position.setPromptText(ctx.messages().get("ui.visit.start.repPosition"));
            position.textProperty().bindBidirectional(row.positionProperty());
            HBox.setHgrow(name, Priority.ALWAYS);
            HBox.setHgrow(position, Priority.ALWAYS);
            Button remove = new Button(null, new FontIcon("mdal-close"));
            remove.getStyleClass().addAll("flat", "button-icon");
            remove.setFocusTraversable(false);
            remove.setTooltip(new Tooltip(ctx.messages().get("ui.visit.start.repRemove")));
            remove.setOnAction(e -> vm.removeRepresentative(row));
            position.setOnAction(e -> {
                if (!row.fullNameProperty().get().isBlank()) {
                    vm.addRepresentative();
                    focusLastRepresentative();
                }
            });
            name.setOnAction(e -> position.requestFocus());
            HBox line = new HBox(6, name, position, remove);
            line.setAlignment(Pos.CENTER_LEFT);
            Label error = new Label();
            error.getStyleClass().add("field-error");
            bindError(error, row.errorProperty());
            startRepresentatives.getChildren().add(new VBox(2, line, error));
        }
    }

    private void focusLastRepresentative() {
        javafx.application.Platform.runLater(() -> startRepresentatives.lookupAll("TextField").stream()
                .filter(n -> n.getId() != null && n.getId().startsWith("representative-name-"))
                .reduce((a, b) -> b).ifPresent(javafx.scene.Node::requestFocus));
    }

    @FXML
    private void addRepresentative() {
        vm.addRepresentative();
        focusLastRepresentative();
    }

    Parent root() {
        return root;
    }

    StartVisitViewModel viewModel() {
        return vm;
    }

    void focusUnit() {
        startUnit.requestFocus();
    }
}
