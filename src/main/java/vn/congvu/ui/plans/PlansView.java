package vn.congvu.ui.plans;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.input.KeyCombination;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.TextFields;
import org.controlsfx.validation.ValidationSupport;
import org.kordamp.ikonli.javafx.FontIcon;
import vn.congvu.app.PlanDetails;
import vn.congvu.app.PlanService;
import vn.congvu.app.UnitNames;
import vn.congvu.domain.PlanStatus;
import vn.congvu.domain.TeamRole;
import vn.congvu.domain.Unit;
import vn.congvu.ui.Place;
import vn.congvu.ui.Screen;
import vn.congvu.ui.UiContext;
import vn.congvu.ui.common.Forms;
import vn.congvu.ui.common.PlanSummaryCell;
import vn.congvu.ui.common.DatePickers;
import vn.congvu.ui.common.Shortcuts;

import java.util.Map;
import java.util.function.Function;

/** Plans and teams: the plan, the decision that set up the team, the members, the units to visit. */
public final class PlansView implements Screen {

    private final UiContext ctx;
    private final PlansViewModel vm;

    @FXML private BorderPane root;
    @FXML private ListView<PlanService.PlanSummary> planList;
    @FXML private Label editorHint;
    @FXML private ScrollPane editor;
    @FXML private TextField numberField;
    @FXML private DatePicker issuedOnField;
    @FXML private TextField yearField;
    @FXML private DatePicker periodStartField;
    @FXML private DatePicker periodEndField;
    @FXML private TextField titleField;
    @FXML private TextArea scopeField;
    @FXML private ComboBox<PlanStatus> statusField;
    @FXML private TextField decisionNumberField;
    @FXML private DatePicker decisionDateField;
    @FXML private TextField decisionSignerField;
    @FXML private TextField decisionIssuerField;
    @FXML private VBox memberRows;
    @FXML private Button addMemberButton;
    @FXML private Label unitCount;
    @FXML private TextField addUnitField;
    @FXML private ListView<PlanDetails.PlannedUnit> unitList;

    private boolean selectingInList;
    private boolean focusNumberWhenShown;

    public PlansView(UiContext ctx) {
        this.ctx = ctx;
        this.vm = new PlansViewModel(ctx);
    }

    private static final KeyCombination ADD_PLAN = KeyCombination.keyCombination("Shortcut+Shift+N");
    private static final KeyCombination ADD_MEMBER = KeyCombination.keyCombination("Shortcut+Shift+M");
    private static final KeyCombination ADD_UNIT = KeyCombination.keyCombination("Shortcut+Shift+U");

    @FXML private Button addPlanButton;

    @FXML
    private void initialize() {
        Shortcuts.tooltip(addPlanButton, ctx.messages().get("ui.plans.add"), ADD_PLAN);
        Shortcuts.tooltip(addMemberButton, ctx.messages().get("ui.plans.addMember"), ADD_MEMBER);
        Shortcuts.tooltip(addUnitField, ctx.messages().get("ui.plans.addUnitPrompt"), ADD_UNIT);
        planList.setItems(vm.plans());
        planList.setCellFactory(l -> new PlanSummaryCell(ctx.messages()));
        planList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && !selectingInList) {
                vm.open(b.plan().id());
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            selectInList(b);
            if (b != null && focusNumberWhenShown) {
                focusNumberWhenShown = false;
                numberField.requestFocus();
            }
        });
        editor.visibleProperty().bind(vm.selectedProperty().isNotNull());
        editorHint.visibleProperty().bind(vm.selectedProperty().isNull());

        Forms.bindText(numberField, vm.numberProperty(), vm::commitPlan);
        Forms.bindText(yearField, vm.yearProperty(), vm::commitPlan);
        Forms.bindText(titleField, vm.titleProperty(), vm::commitPlan);
        Forms.bindText(scopeField, vm.scopeProperty(), vm::commitPlan);
        date(issuedOnField, vm.issuedOnProperty(), vm::commitPlan);
        date(periodStartField, vm.periodStartProperty(), vm::commitPlan);
        date(periodEndField, vm.periodEndProperty(), vm::commitPlan);
        statusField.getItems().setAll(PlanStatus.values());
        statusField.setConverter(converter(s -> ctx.messages().get("plan.status." + s)));
        statusField.valueProperty().bindBidirectional(vm.statusProperty());
        statusField.setOnAction(e -> vm.commitPlan());
        Forms.bindText(decisionNumberField, vm.decisionNumberProperty(), vm::commitDecision);
        Forms.bindText(decisionSignerField, vm.decisionSignerProperty(), vm::commitDecision);
        Forms.bindText(decisionIssuerField, vm.decisionIssuerProperty(), vm::commitDecision);
        date(decisionDateField, vm.decisionDateProperty(), vm::commitDecision);

        ValidationSupport validation = new ValidationSupport();
        Forms.showError(validation, yearField, vm.yearErrorProperty());
        Forms.showError(validation, periodEndField, vm.periodErrorProperty());

        vm.members().addListener((ListChangeListener<MemberRow>) c -> renderMembers());

        unitList.setItems(vm.units());
        unitList.setCellFactory(l -> new UnitCell());
        unitCount.textProperty().bind(Bindings.createStringBinding(() -> ctx.messages().get("ui.plans.unitCount",
                vm.units().size(), vm.units().stream().filter(PlanDetails.PlannedUnit::visited).count()), vm.units()));
        var completion = TextFields.bindAutoCompletion(addUnitField, request -> vm.suggestUnits(request.getUserText()),
                converter(UnitNames::of));
        completion.setOnAutoCompleted(e -> {
            vm.addUnit(e.getCompletion());
            addUnitField.clear();
        });
    }

    private void selectInList(PlanDetails details) {
        selectingInList = true;
        try {
            if (details == null) {
                planList.getSelectionModel().clearSelection();
                return;
            }
            for (PlanService.PlanSummary s : planList.getItems()) {
                if (s.plan().id().equals(details.plan().id())) {
                    planList.getSelectionModel().select(s);
                    return;
                }
            }
        } finally {
            selectingInList = false;
        }
    }

    private void renderMembers() {
        memberRows.getChildren().clear();
        for (MemberRow row : vm.members()) {
            TextField name = new TextField();
            name.setPromptText(ctx.messages().get("ui.plans.memberName"));
            name.setId("member-name-" + memberRows.getChildren().size());
            TextField position = new TextField();
            position.setPromptText(ctx.messages().get("ui.plans.memberPosition"));
            TextField organisation = new TextField();
            organisation.setPromptText(ctx.messages().get("ui.plans.memberOrganisation"));
            ComboBox<TeamRole> role = new ComboBox<>();
            role.getItems().setAll(TeamRole.values());
            role.setConverter(converter(r -> ctx.messages().get("team.role." + r)));
            role.valueProperty().bindBidirectional(row.roleProperty());
            role.setOnAction(e -> vm.commitMember(row));
            Forms.bindText(name, row.fullNameProperty(), () -> vm.commitMember(row));
            Forms.bindText(position, row.positionProperty(), () -> vm.commitMember(row));
            Forms.bindText(organisation, row.organisationProperty(), () -> vm.commitMember(row));
            Button remove = new Button(null, new FontIcon("mdal-delete_outline"));
            remove.getStyleClass().add("flat");
            remove.setTooltip(new Tooltip(ctx.messages().get("ui.plans.removeMember")));
            remove.setOnAction(e -> vm.removeMember(row));
            HBox.setHgrow(name, Priority.ALWAYS);
            HBox.setHgrow(position, Priority.ALWAYS);
            HBox.setHgrow(organisation, Priority.ALWAYS);
            name.setPrefWidth(200);
            HBox line = new HBox(6, name, position, organisation, role, remove);
            line.setAlignment(Pos.CENTER_LEFT);
            memberRows.getChildren().add(line);
        }
    }

    private static void date(DatePicker picker, javafx.beans.property.ObjectProperty<java.time.LocalDate> property,
                             Runnable commit) {
        DatePickers.vietnamese(picker);
        picker.valueProperty().bindBidirectional(property);
        picker.setOnAction(e -> commit.run());
    }

    private static <T> StringConverter<T> converter(Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : show.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    @FXML
    private void addPlan() {
        focusNumberWhenShown = true;
        vm.newPlan();
    }

    @FXML
    private void addMember() {
        vm.addMember();
        if (!memberRows.getChildren().isEmpty()) {
            ((HBox) memberRows.getChildren().get(memberRows.getChildren().size() - 1)).getChildren().get(0)
                    .requestFocus();
        }
    }

    @FXML
    private void addAllUnits() {
        vm.addAllWardsAndCommunes();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public Map<KeyCombination, Runnable> shortcuts() {
        return Map.of(ADD_PLAN, this::addPlan, ADD_MEMBER, this::addMember, ADD_UNIT, addUnitField::requestFocus);
    }

    @Override
    public void shown(Place place) {
        vm.refresh(place instanceof Place.Plans p ? p.planId() : null);
    }

    @Override
    public void hidden() {
        ctx.autosaver().flushAll();
    }

    /** A unit of the plan: its name, whether visited, and a remove button. */
    private final class UnitCell extends ListCell<PlanDetails.PlannedUnit> {
        @Override
        protected void updateItem(PlanDetails.PlannedUnit u, boolean empty) {
            super.updateItem(u, empty);
            if (empty || u == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Unit unit = u.unit();
            Label name = new Label(UnitNames.of(unit));
            Label visited = new Label(u.visited() ? ctx.messages().get("ui.plans.visited") : "");
            visited.getStyleClass().add("success");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Button remove = new Button(null, new FontIcon("mdal-close"));
            remove.getStyleClass().addAll("flat", "small");
            remove.setTooltip(new Tooltip(ctx.messages().get("ui.plans.removeUnit")));
            remove.setOnAction(e -> vm.removeUnit(u));
            HBox line = new HBox(8, name, visited, spacer, remove);
            line.setAlignment(Pos.CENTER_LEFT);
            setGraphic(line);
            setText(null);
        }
    }
}
