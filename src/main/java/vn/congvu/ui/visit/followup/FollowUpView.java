package vn.congvu.ui.visit.followup;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;
import vn.congvu.domain.ActionStatus;
import vn.congvu.domain.CorrectiveAction;
import vn.congvu.domain.Recommendation;
import vn.congvu.ui.UiContext;
import vn.congvu.ui.common.DateInput;
import vn.congvu.ui.common.Forms;
import vn.congvu.ui.visit.VisitTab;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** The recommendations and corrective actions tab of the visit workspace. */
public final class FollowUpView implements VisitTab {

    private final UiContext ctx;
    private final FollowUpViewModel vm;

    @FXML private BorderPane root;
    @FXML private Button addButton;
    @FXML private Label summary;
    @FXML private TableView<Recommendation> table;
    @FXML private TableColumn<Recommendation, String> numberColumn;
    @FXML private TableColumn<Recommendation, String> textColumn;
    @FXML private TableColumn<Recommendation, String> criterionColumn;
    @FXML private TableColumn<Recommendation, String> deadlineColumn;
    @FXML private TableColumn<Recommendation, String> statusColumn;
    @FXML private TableColumn<Recommendation, String> actionsColumn;
    @FXML private Label pickOne;
    @FXML private VBox form;
    @FXML private TextArea textField;
    @FXML private ComboBox<CriterionChoice> criterionField;
    @FXML private TextField deadlineField;
    @FXML private ComboBox<ActionStatus> statusField;
    @FXML private Button removeButton;

    @FXML private VBox actionsPane;
    @FXML private Button addActionButton;
    @FXML private TableView<CorrectiveAction> actionTable;
    @FXML private TableColumn<CorrectiveAction, String> actionTextColumn;
    @FXML private TableColumn<CorrectiveAction, String> responsibleColumn;
    @FXML private TableColumn<CorrectiveAction, String> actionDeadlineColumn;
    @FXML private TableColumn<CorrectiveAction, String> actionStatusColumn;
    @FXML private TableColumn<CorrectiveAction, String> completedColumn;
    @FXML private Label pickAction;
    @FXML private VBox actionForm;
    @FXML private TextArea actionTextField;
    @FXML private TextField responsibleField;
    @FXML private TextField actionDeadlineField;
    @FXML private ComboBox<ActionStatus> actionStatusField;
    @FXML private TextField completedField;
    @FXML private Button removeActionButton;

    /** One binding for the tab's life: the workspace may keep listening to it. */
    private ObservableValue<String> badge;

    public FollowUpView(UiContext ctx) {
        this.ctx = ctx;
        this.vm = new FollowUpViewModel(ctx);
    }

    public FollowUpViewModel viewModel() {
        return vm;
    }

    @FXML
    private void initialize() {
        addButton.disableProperty().bind(vm.readOnlyProperty().or(vm.visitProperty().isNull()));
        addButton.setTooltip(new Tooltip(ctx.messages().get("ui.followup.addTooltip")));
        summary.textProperty().bind(Bindings.createStringBinding(vm::summary, vm.recommendations(), vm.actions()));

        table.setItems(vm.recommendations());
        numberColumn.setCellValueFactory(c -> new SimpleStringProperty(
                String.valueOf(vm.recommendations().indexOf(c.getValue()) + 1)));
        textColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().text()));
        textColumn.setCellFactory(Forms::wrapping);
        criterionColumn.setCellValueFactory(c -> new SimpleStringProperty(vm.criterionText(c.getValue().criterionId())));
        deadlineColumn.setCellValueFactory(c -> new SimpleStringProperty(
                vm.deadlineText(c.getValue().deadline(), vm.overdue(c.getValue()))));
        statusColumn.setCellValueFactory(c -> new SimpleStringProperty(vm.statusText(c.getValue().status())));
        actionsColumn.setCellValueFactory(c -> new SimpleStringProperty(vm.actionsText(c.getValue())));
        deadlineColumn.setCellFactory(Forms::wrapping);
        statusColumn.setCellFactory(Forms::wrapping);
        criterionColumn.setCellFactory(Forms::wrapping);
        actionsColumn.setCellFactory(Forms::wrapping);
        table.setRowFactory(t -> overdueRows(vm::overdue));
        // later, not inside the table's own selection change: choosing a row may save the form, and a save
        // that finishes at once would change the table's items while it is still selecting
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> Platform.runLater(
                () -> vm.selectRecommendation(table.getSelectionModel().getSelectedItem())));
        vm.recommendationProperty().addListener((o, a, b) -> select(table, b, Recommendation::id));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                textField.requestFocus();
            } else if (e.getCode() == KeyCode.DELETE) {
                vm.removeRecommendation();
            }
        });

        pickOne.visibleProperty().bind(vm.recommendationOpenProperty().not());
        form.visibleProperty().bind(vm.recommendationOpenProperty());
        textField.textProperty().bindBidirectional(vm.textProperty());
        criterionField.setItems(vm.criteria());
        criterionField.valueProperty().bindBidirectional(vm.criterionProperty());
        deadlineField.textProperty().bindBidirectional(vm.deadlineProperty());
        statusField.getItems().setAll(ActionStatus.values());
        Forms.label(statusField, vm::statusText);
        statusField.valueProperty().bindBidirectional(vm.statusProperty());
        Forms.tabLeaves(textField);
        Forms.commitOn(textField, vm::commitRecommendation);
        Forms.commitOn(deadlineField, vm::commitRecommendation);
        ValidationSupport validation = new ValidationSupport();
        Forms.showError(validation, textField, vm.textErrorProperty());
        Forms.showError(validation, deadlineField, vm.deadlineErrorProperty());
        for (var control : new javafx.scene.control.Control[] {textField, criterionField, deadlineField, statusField}) {
            control.disableProperty().bind(vm.readOnlyProperty());
        }
        removeButton.disableProperty().bind(vm.readOnlyProperty());

        actionsPane.disableProperty().bind(vm.recommendationProperty().isNull());
        addActionButton.disableProperty().bind(vm.readOnlyProperty().or(vm.recommendationProperty().isNull()));
        actionTable.setItems(vm.actions());
        actionTextColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().text()));
        actionTextColumn.setCellFactory(Forms::wrapping);
        responsibleColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().responsible()));
        actionDeadlineColumn.setCellValueFactory(c -> new SimpleStringProperty(
                vm.deadlineText(c.getValue().deadline(), vm.overdue(c.getValue()))));
        actionStatusColumn.setCellValueFactory(c -> new SimpleStringProperty(vm.statusText(c.getValue().status())));
        completedColumn.setCellValueFactory(c -> new SimpleStringProperty(DateInput.format(c.getValue().completedOn())));
        for (TableColumn<CorrectiveAction, String> column : List.of(responsibleColumn, actionDeadlineColumn,
                actionStatusColumn, completedColumn)) {
            column.setCellFactory(Forms::wrapping);
        }
        actionTable.setRowFactory(t -> overdueRows(vm::overdue));
        actionTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> Platform.runLater(
                () -> vm.selectAction(actionTable.getSelectionModel().getSelectedItem())));
        vm.actionProperty().addListener((o, a, b) -> select(actionTable, b, CorrectiveAction::id));
        actionTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                actionTextField.requestFocus();
            } else if (e.getCode() == KeyCode.DELETE) {
                vm.removeAction();
            }
        });

        pickAction.visibleProperty().bind(vm.actionOpenProperty().not());
        actionForm.visibleProperty().bind(vm.actionOpenProperty());
        actionTextField.textProperty().bindBidirectional(vm.actionTextProperty());
        responsibleField.textProperty().bindBidirectional(vm.responsibleProperty());
        actionDeadlineField.textProperty().bindBidirectional(vm.actionDeadlineProperty());
        actionStatusField.getItems().setAll(ActionStatus.values());
        Forms.label(actionStatusField, vm::statusText);
        actionStatusField.valueProperty().bindBidirectional(vm.actionStatusProperty());
        completedField.textProperty().bindBidirectional(vm.completedOnProperty());
        Forms.tabLeaves(actionTextField);
        for (var field : new javafx.scene.control.TextInputControl[] {actionTextField, responsibleField,
                actionDeadlineField, completedField}) {
            Forms.commitOn(field, vm::commitAction);
            field.disableProperty().bind(vm.readOnlyProperty());
        }
        actionStatusField.disableProperty().bind(vm.readOnlyProperty());
        Forms.showError(validation, actionTextField, vm.actionTextErrorProperty());
        Forms.showError(validation, actionDeadlineField, vm.actionDeadlineErrorProperty());
        Forms.showError(validation, completedField, vm.completedOnErrorProperty());
        removeActionButton.disableProperty().bind(vm.readOnlyProperty());
        badge = Bindings.createStringBinding(() -> vm.recommendations().isEmpty() ? null
                : String.valueOf(vm.recommendations().size()), vm.recommendations());
    }

    private static <T> TableRow<T> overdueRows(Predicate<T> overdue) {
        return new TableRow<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("overdue");
                if (!empty && item != null && overdue.test(item)) {
                    getStyleClass().add("overdue");
                }
            }
        };
    }

    private static <T> void select(TableView<T> table, T item, Function<T, String> id) {
        if (item == null) {
            return;
        }
        for (int i = 0; i < table.getItems().size(); i++) {
            if (id.apply(table.getItems().get(i)).equals(id.apply(item))) {
                if (table.getSelectionModel().getSelectedIndex() != i) {
                    table.getSelectionModel().select(i);
                }
                return;
            }
        }
    }

    @FXML
    private void addRecommendation() {
        table.getSelectionModel().clearSelection();
        vm.addRecommendation();
        textField.requestFocus();
    }

    @FXML
    private void removeRecommendation() {
        vm.removeRecommendation();
    }

    @FXML
    private void addAction() {
        actionTable.getSelectionModel().clearSelection();
        vm.addAction();
        actionTextField.requestFocus();
    }

    @FXML
    private void removeAction() {
        vm.removeAction();
    }

    // --- VisitTab -----------------------------------------------------------------------------------------

    @Override
    public String titleKey() {
        return "ui.followup.tab";
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void load(String visitId) {
        vm.load(visitId);
    }

    @Override
    public ObservableValue<String> badge() {
        return badge;
    }

    @Override
    public void leave() {
        ctx.autosaver().flushAll();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        vm.readOnlyProperty().set(readOnly);
    }
}
