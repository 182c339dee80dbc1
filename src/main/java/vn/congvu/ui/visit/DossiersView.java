package vn.congvu.ui.visit;

import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import vn.congvu.app.visit.DossierInputField;
import vn.congvu.domain.LimitKind;
import vn.congvu.ui.UiContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The sampled-dossiers tab: the list, and the dossierForm of the selected dossier under it. The due date and
 * "on time / overdue" follow the keystrokes; wrong dates are marked at their fields with the reason.
 * Enter in a field goes to the next one, like Tab.
 */
public final class DossiersView implements VisitTab {

    private final UiContext ctx;
    private final ValidationSupport validation = new ValidationSupport();
    private final InvalidationListener revalidate = o -> validation.revalidate();
    private final List<Runnable> unbinders = new ArrayList<>();
    private DossiersViewModel vm;
    private DossierEntry bound;

    @FXML private BorderPane root;
    @FXML private Button addDossierButton;
    @FXML private Button deleteDossierButton;
    @FXML private TableView<DossierEntry> dossierTable;
    @FXML private TableColumn<DossierEntry, String> dossierNumberColumn;
    @FXML private TableColumn<DossierEntry, String> dossierCodeColumn;
    @FXML private TableColumn<DossierEntry, String> dossierProcedureColumn;
    @FXML private TableColumn<DossierEntry, String> dossierReceivedColumn;
    @FXML private TableColumn<DossierEntry, String> dossierDueColumn;
    @FXML private TableColumn<DossierEntry, String> dossierReturnedColumn;
    @FXML private TableColumn<DossierEntry, String> dossierStatusColumn;
    @FXML private GridPane dossierForm;
    @FXML private Label dossierFormHint;
    @FXML private TextField dossierCode;
    @FXML private TextField dossierProcedure;
    @FXML private TextField dossierReceived;
    @FXML private TextField dossierLimit;
    @FXML private ComboBox<LimitKind> dossierLimitKind;
    @FXML private Label dossierDue;
    @FXML private TextField dossierReturned;
    @FXML private Label dossierStatus;
    @FXML private HBox dossierFlags;
    @FXML private TextField dossierNote;
    @FXML private Label dossierCodeError;
    @FXML private Label dossierProcedureError;
    @FXML private Label dossierReceivedError;
    @FXML private Label dossierLimitError;
    @FXML private Label dossierReturnedError;
    @FXML private Label dossierApologyError;
    @FXML private Label dossierMissing;
    @FXML private Label dossierWarnings;
    private final KeyChoiceField<Boolean> apologyField;
    private final KeyChoiceField<Boolean> digitisedField;
    private final KeyChoiceField<Boolean> onlineField;

    public DossiersView(UiContext ctx) {
        this.ctx = ctx;
        apologyField = yesNo("dossier-apology");
        digitisedField = yesNo("dossier-digitised");
        onlineField = yesNo("dossier-online");
    }

    private KeyChoiceField<Boolean> yesNo(String id) {
        KeyChoiceField<Boolean> f = new KeyChoiceField<>(List.of(Boolean.TRUE, Boolean.FALSE),
                b -> ctx.messages().get(b ? "ui.visit.yes" : "ui.visit.no"),
                b -> b ? KeyChoiceField.Look.GOOD : KeyChoiceField.Look.NEUTRAL,
                Map.of(KeyCode.C, Boolean.TRUE, KeyCode.K, Boolean.FALSE));
        f.setId(id);
        f.setNoneText(ctx.messages().get("ui.visit.notObserved"));
        f.setPrefWidth(120);
        f.setTooltip(new Tooltip(ctx.messages().get("ui.visit.officials.yesNoTip")));
        return f;
    }

    @FXML
    private void initialize() {
        dossierNumberColumn.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setText(isEmpty ? null : String.valueOf(getIndex() + 1));
            }
        });
        dossierCodeColumn.setCellValueFactory(c -> c.getValue().codeProperty());
        dossierProcedureColumn.setCellValueFactory(c -> c.getValue().procedureProperty());
        dossierReceivedColumn.setCellValueFactory(c -> c.getValue().receivedProperty());
        dossierDueColumn.setCellValueFactory(c -> c.getValue().dueProperty());
        dossierReturnedColumn.setCellValueFactory(c -> c.getValue().returnedProperty());
        dossierStatusColumn.setCellValueFactory(c -> Bindings.createStringBinding(() -> {
            DossierEntry e = c.getValue();
            if (e.invalidProperty().get()) {
                return ctx.messages().get("ui.visit.dossiers.invalid");
            }
            return e.missingProperty().get() != null ? ctx.messages().get("ui.visit.dossiers.notSaved")
                    : e.shortStatusProperty().get();
        }, c.getValue().shortStatusProperty(), c.getValue().missingProperty(), c.getValue().invalidProperty()));
        dossierStatusColumn.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                DossierEntry e = isEmpty || getTableRow() == null ? null : getTableRow().getItem();
                setText(isEmpty ? null : item);
                showStanding(this, e == null ? DossierEntry.Standing.UNKNOWN : e.standingProperty().get());
            }
        });
        dossierLimitKind.getItems().setAll(LimitKind.values());
        dossierLimitKind.setConverter(new StringConverter<>() {
            @Override
            public String toString(LimitKind k) {
                return k == null ? "" : kindName(k);
            }

            @Override
            public LimitKind fromString(String s) {
                return null;
            }
        });
        dossierFlags.getChildren().addAll(labelled("ui.visit.dossiers.apology", apologyField),
                labelled("ui.visit.dossiers.digitised", digitisedField),
                labelled("ui.visit.dossiers.online", onlineField));
        for (Control c : List.of(dossierCode, dossierProcedure, dossierReceived, dossierLimit, dossierReturned, dossierNote)) {
            c.focusedProperty().addListener((o, was, is) -> {
                if (!is && bound != null) {
                    bound.commit();
                }
            });
        }
        for (Node n : List.of(dossierCode, dossierProcedure, dossierReceived, dossierLimit, dossierLimitKind, dossierReturned,
                apologyField, digitisedField, onlineField, dossierNote)) {
            n.addEventFilter(KeyEvent.KEY_PRESSED, k -> {
                if (k.getCode() == KeyCode.ENTER && !k.isControlDown() && !k.isAltDown()
                        && !(n instanceof ComboBox<?> cb && cb.isShowing())) {
                    k.consume();
                    if (bound != null) {
                        bound.commit();
                    }
                    if (n == dossierNote) {
                        dossierTable.requestFocus();
                    } else {
                        n.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "\t", "\t", KeyCode.TAB, k.isShiftDown(),
                                false, false, false));
                    }
                }
            });
        }
        register(dossierCode, DossierInputField.CODE);
        register(dossierProcedure, DossierInputField.PROCEDURE);
        register(dossierReceived, DossierInputField.RECEIVED_AT);
        register(dossierLimit, DossierInputField.LIMIT_DAYS);
        register(dossierReturned, DossierInputField.RETURNED_AT);
        register(apologyField, DossierInputField.APOLOGY_ISSUED);
        addDossierButton.setTooltip(new Tooltip(ctx.messages().get("ui.visit.dossiers.addTip")));
        deleteDossierButton.setTooltip(new Tooltip(ctx.messages().get("ui.visit.dossiers.deleteTip")));
        dossierTable.addEventFilter(KeyEvent.KEY_PRESSED, k -> {
            if (k.getCode() == KeyCode.ENTER && bound != null) {
                k.consume();
                dossierCode.requestFocus();
            } else if (k.getCode() == KeyCode.DELETE) {
                k.consume();
                deleteDossier();
            }
        });
    }

    private Node labelled(String key, KeyChoiceField<Boolean> field) {
        Label l = new Label(ctx.messages().get(key));
        l.setLabelFor(field);
        HBox box = new HBox(6, l, field);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private String kindName(LimitKind k) {
        return switch (k) {
            case WORKING_DAYS -> ctx.messages().get("ui.visit.dossiers.workingDays");
            case CALENDAR_DAYS -> ctx.messages().get("ui.visit.dossiers.calendarDays");
        };
    }

    private void register(Control control, DossierInputField field) {
        validation.registerValidator(control, false, (c, v) -> {
            String message = bound == null ? null : bound.errorProperty(field).get();
            return ValidationResult.fromErrorIf(c, message, message != null);
        });
    }

    void attach(DossiersViewModel model) {
        this.vm = model;
        dossierTable.setItems(vm.entries());
        dossierTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && vm.selectedProperty().get() != b) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> select(b));

    }

    /** The visit was (re)opened. */
    void show() {
        select(vm.selectedProperty().get());
        addDossierButton.setDisable(vm.isReadOnly());
        dossierForm.setDisable(vm.isReadOnly());
    }

    private void select(DossierEntry e) {
        if (dossierTable.getSelectionModel().getSelectedItem() != e) {
            if (e == null) {
                dossierTable.getSelectionModel().clearSelection();
            } else {
                dossierTable.getSelectionModel().select(e);
                dossierTable.scrollTo(e);
            }
        }
        bindForm(e);
    }

    private void bindForm(DossierEntry e) {
        unbinders.forEach(Runnable::run);
        unbinders.clear();
        bound = e;
        boolean none = e == null;
        dossierForm.setVisible(!none);
        dossierFormHint.setVisible(none);
        deleteDossierButton.setDisable(none || vm.isReadOnly());
        if (none) {
            return;
        }
        bindText(dossierCode, e.codeProperty());
        bindText(dossierProcedure, e.procedureProperty());
        bindText(dossierReceived, e.receivedProperty());
        bindText(dossierLimit, e.limitProperty());
        bindText(dossierReturned, e.returnedProperty());
        bindText(dossierNote, e.noteProperty());
        bindValue(dossierLimitKind.valueProperty(), e.limitKindProperty());
        bindValue(apologyField.valueProperty(), e.apologyProperty());
        bindValue(digitisedField.valueProperty(), e.digitisedProperty());
        bindValue(onlineField.valueProperty(), e.filedOnlineProperty());
        bindLabel(dossierDue, e.dueProperty(), s -> s.isEmpty() ? "—" : s);
        bindLabel(dossierStatus, e.statusProperty(), s -> s.isEmpty() ? "—" : s);
        bindLabel(dossierCodeError, e.errorProperty(DossierInputField.CODE), s -> s);
        bindLabel(dossierProcedureError, e.errorProperty(DossierInputField.PROCEDURE), s -> s);
        bindLabel(dossierReceivedError, e.errorProperty(DossierInputField.RECEIVED_AT), s -> s);
        bindLabel(dossierLimitError, e.errorProperty(DossierInputField.LIMIT_DAYS), s -> s);
        bindLabel(dossierReturnedError, e.errorProperty(DossierInputField.RETURNED_AT), s -> s);
        bindLabel(dossierApologyError, e.errorProperty(DossierInputField.APOLOGY_ISSUED), s -> s);
        bindLabel(dossierMissing, e.missingProperty(), s -> s);
        bindLabel(dossierWarnings, e.warningsProperty(), s -> s);
        showStanding(e.standingProperty().get());
        InvalidationListener standing = o -> showStanding(e.standingProperty().get());
        e.standingProperty().addListener(standing);
        unbinders.add(() -> e.standingProperty().removeListener(standing));
        for (DossierInputField f : DossierInputField.values()) {
            e.errorProperty(f).addListener(revalidate);
            unbinders.add(() -> e.errorProperty(f).removeListener(revalidate));
        }
        validation.revalidate();
    }

    private void bindText(TextField field, javafx.beans.property.StringProperty p) {
        field.textProperty().bindBidirectional(p);
        unbinders.add(() -> field.textProperty().unbindBidirectional(p));
    }

    private <T> void bindValue(javafx.beans.property.ObjectProperty<T> control,
                               javafx.beans.property.ObjectProperty<T> p) {
        control.bindBidirectional(p);
        unbinders.add(() -> control.unbindBidirectional(p));
    }

    private void bindLabel(Label label, ReadOnlyStringProperty p, Function<String, String> shown) {
        label.textProperty().bind(Bindings.createStringBinding(() -> p.get() == null ? "" : shown.apply(p.get()), p));
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        unbinders.add(() -> {
            label.textProperty().unbind();
            label.visibleProperty().unbind();
            label.managedProperty().unbind();
        });
    }

    private void showStanding(DossierEntry.Standing s) {
        showStanding(dossierStatus, s);
    }

    private static final javafx.css.PseudoClass OVERDUE = javafx.css.PseudoClass.getPseudoClass("overdue");
    private static final javafx.css.PseudoClass ON_TIME = javafx.css.PseudoClass.getPseudoClass("on-time");

    /** Overdue in red, on time in green: pseudo-classes, so a change restyles without matching CSS again. */
    private static void showStanding(Node n, DossierEntry.Standing s) {
        n.pseudoClassStateChanged(OVERDUE, s == DossierEntry.Standing.LATE || s == DossierEntry.Standing.OVERDUE);
        n.pseudoClassStateChanged(ON_TIME, s == DossierEntry.Standing.ON_TIME);
    }

    @FXML
    private void addDossier() {
        DossierEntry blank = vm.entries().stream().filter(DossierEntry::isBlank).findFirst().orElse(null);
        if (blank != null) {
            vm.selectedProperty().set(blank);
        }
        DossierEntry e = blank != null ? blank : vm.add();
        if (e != null) {
            dossierCode.requestFocus();
        }
    }

    @FXML
    private void deleteDossier() {
        if (bound != null) {
            vm.remove(bound);
        }
    }

    @Override
    public String titleKey() {
        return "ui.visit.tab.dossiers";
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void load(String visitId) {
    }

    /** How many dossiers are listed; call after {@link #attach}. */
    @Override
    public ObservableValue<String> badge() {
        return Bindings.createStringBinding(() -> vm.entries().isEmpty() ? "" : String.valueOf(vm.entries().size()),
                vm.entries());
    }

    @Override
    public void leave() {
        if (vm != null) {
            vm.flush();
        }
    }
}
