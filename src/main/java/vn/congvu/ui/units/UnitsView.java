package vn.congvu.ui.units;

import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.input.KeyCombination;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationSupport;
import vn.congvu.app.UnitNames;
import vn.congvu.app.imports.ImportException;
import vn.congvu.domain.Unit;
import vn.congvu.domain.UnitKind;
import vn.congvu.ui.Place;
import vn.congvu.ui.Screen;
import vn.congvu.ui.UiContext;
import vn.congvu.ui.common.Forms;
import vn.congvu.ui.common.Shortcuts;

import java.util.Map;

/** The units catalogue screen. */
public final class UnitsView implements Screen {

    private final UiContext ctx;
    private final UnitsViewModel vm;

    @FXML private BorderPane root;
    @FXML private ProgressIndicator busy;
    @FXML private Button importButton;
    @FXML private Button addButton;
    @FXML private TextField search;
    @FXML private TableView<Unit> table;
    @FXML private TableColumn<Unit, String> codeColumn;
    @FXML private TableColumn<Unit, String> kindColumn;
    @FXML private TableColumn<Unit, String> nameColumn;
    @FXML private Label count;
    @FXML private Label editorHint;
    @FXML private VBox editor;
    @FXML private Label editorTitle;
    @FXML private ComboBox<UnitKind> kindField;
    @FXML private TextField nameField;
    @FXML private TextField codeField;
    @FXML private TextField addressField;
    @FXML private TextField phoneField;
    @FXML private TextArea noteField;
    @FXML private Button deleteButton;

    public UnitsView(UiContext ctx) {
        this.ctx = ctx;
        this.vm = new UnitsViewModel(ctx);
    }

    private static final KeyCombination ADD = KeyCombination.keyCombination("Shortcut+Shift+N");
    private static final KeyCombination IMPORT = KeyCombination.keyCombination("Shortcut+I");
    private static final KeyCombination FIND = KeyCombination.keyCombination("Shortcut+F");

    @FXML
    private void initialize() {
        Shortcuts.tooltip(addButton, ctx.messages().get("ui.units.add"), ADD);
        Shortcuts.tooltip(importButton, ctx.messages().get("ui.units.import"), IMPORT);
        busy.visibleProperty().bind(vm.busyProperty());
        search.textProperty().bindBidirectional(vm.queryProperty());
        table.setItems(vm.units());
        codeColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().code()));
        kindColumn.setCellValueFactory(c -> new SimpleStringProperty(
                ctx.messages().get("unit.kind." + c.getValue().kind())));
        nameColumn.setCellValueFactory(c -> new SimpleStringProperty(UnitNames.of(c.getValue())));
        count.textProperty().bind(Bindings.createStringBinding(
                () -> ctx.messages().get("ui.units.count", vm.units().size()), vm.units()));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.edit(b));

        kindField.getItems().setAll(UnitKind.values());
        kindField.setConverter(new StringConverter<>() {
            @Override
            public String toString(UnitKind k) {
                return k == null ? "" : ctx.messages().get("unit.kind." + k);
            }

            @Override
            public UnitKind fromString(String s) {
                return null;
            }
        });
        kindField.valueProperty().bindBidirectional(vm.kindProperty());
        Forms.bindText(nameField, vm.nameProperty(), vm::commit);
        Forms.bindText(codeField, vm.codeProperty(), vm::commit);
        Forms.bindText(addressField, vm.addressProperty(), vm::commit);
        Forms.bindText(phoneField, vm.phoneProperty(), vm::commit);
        Forms.bindText(noteField, vm.noteProperty(), vm::commit);
        kindField.setOnAction(e -> vm.commit());

        ValidationSupport validation = new ValidationSupport();
        Forms.showError(validation, nameField, vm.nameErrorProperty());
        Forms.showError(validation, codeField, vm.codeErrorProperty());

        editor.visibleProperty().bind(vm.editorOpenProperty());
        editorHint.visibleProperty().bind(vm.editorOpenProperty().not());
        editorTitle.textProperty().bind(Bindings.createStringBinding(() -> vm.editingProperty().get() == null
                ? ctx.messages().get("ui.units.newTitle") : UnitNames.of(vm.editingProperty().get()),
                vm.editingProperty()));
        deleteButton.disableProperty().bind(vm.editingProperty().isNull());
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public Map<KeyCombination, Runnable> shortcuts() {
        return Map.of(ADD, this::addUnit, IMPORT, this::importFile, FIND, search::requestFocus);
    }

    @Override
    public void shown(Place place) {
        vm.refresh();
        search.requestFocus();
    }

    @Override
    public void hidden() {
        ctx.autosaver().flushAll();
    }

    @FXML
    private void addUnit() {
        table.getSelectionModel().clearSelection();
        vm.newUnit();
        nameField.requestFocus();
    }

    @FXML
    private void deleteUnit() {
        vm.deleteEdited();
    }

    @FXML
    private void importFile() {
        ctx.dialogs().openFile(ctx.messages().get("ui.units.importTitle"), ctx.messages().get("ui.units.importFilter"),
                "*.csv", "*.xlsx").ifPresent(file -> vm.planImport(file,
                plan -> new UnitImportDialog(ctx, plan).showAndWait().ifPresent(ok -> vm.applyImport(plan,
                        () -> ctx.dialogs().showInfo(ctx.messages().get("ui.units.importDone"),
                                ctx.messages().get("cli.units.imported", plan.count(vn.congvu.app.UnitImportPlan.Action.NEW),
                                        plan.count(vn.congvu.app.UnitImportPlan.Action.UPDATE),
                                        plan.count(vn.congvu.app.UnitImportPlan.Action.UNCHANGED))))),
                failure -> {
                    if (failure instanceof ImportException ie) {
                        new UnitImportDialog(ctx, ie).showAndWait();
                    } else {
                        ctx.dialogs().showError(ctx.messages().get("ui.units.importFailed"), ctx.describe(failure));
                    }
                }));
    }
}
