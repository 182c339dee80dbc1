package vn.congvu.ui.visit.signoff;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;
import vn.congvu.domain.Signature;
import vn.congvu.domain.SignatureStatus;
import vn.congvu.domain.SignerRole;
import vn.congvu.ui.UiContext;
import vn.congvu.ui.visit.VisitTab;
import vn.congvu.ui.common.Forms;

import java.util.List;

/** The unit's response, signatures and end of the visit: the last tab of the visit workspace. */
public final class SignoffView implements VisitTab {

    private final UiContext ctx;
    private final SignoffViewModel vm;

    @FXML private BorderPane root;
    @FXML private Label visitInfo;
    @FXML private TextField speakerNameField;
    @FXML private TextField speakerPositionField;
    @FXML private TextArea responseField;
    @FXML private Button addSignerButton;
    @FXML private Button fromVisitButton;
    @FXML private Label signedCount;
    @FXML private TableView<Signature> signatureTable;
    @FXML private TableColumn<Signature, String> roleColumn;
    @FXML private TableColumn<Signature, String> nameColumn;
    @FXML private TableColumn<Signature, String> positionColumn;
    @FXML private TableColumn<Signature, String> statusColumn;
    @FXML private TableColumn<Signature, String> reasonColumn;
    @FXML private Label pickSigner;
    @FXML private VBox signerForm;
    @FXML private ComboBox<SignerRole> roleField;
    @FXML private TextField nameField;
    @FXML private TextField positionField;
    @FXML private ComboBox<SignatureStatus> statusField;
    @FXML private TextField reasonField;
    @FXML private Button removeSignerButton;
    @FXML private TextField endField;
    @FXML private Button completeButton;

    /** One binding for the tab's life: the workspace may keep listening to it. */
    private ObservableValue<String> badge;

    public SignoffView(UiContext ctx) {
        this.ctx = ctx;
        this.vm = new SignoffViewModel(ctx);
    }

    public SignoffViewModel viewModel() {
        return vm;
    }

    @FXML
    private void initialize() {
        visitInfo.textProperty().bind(Bindings.createStringBinding(vm::visitText, vm.visitProperty()));
        ValidationSupport validation = new ValidationSupport();

        speakerNameField.textProperty().bindBidirectional(vm.speakerNameProperty());
        speakerPositionField.textProperty().bindBidirectional(vm.speakerPositionProperty());
        responseField.textProperty().bindBidirectional(vm.responseTextProperty());
        Forms.tabLeaves(responseField);
        for (TextInputControl f : new TextInputControl[] {speakerNameField, speakerPositionField, responseField}) {
            Forms.commitOn(f, vm::commitResponse);
            f.editableProperty().bind(vm.readOnlyProperty().not());
        }

        BooleanBinding locked = vm.readOnlyProperty().or(vm.visitProperty().isNull());
        addSignerButton.disableProperty().bind(locked);
        fromVisitButton.disableProperty().bind(locked);
        signedCount.textProperty().bind(Bindings.createStringBinding(vm::signedText, vm.signatures()));
        signatureTable.setItems(vm.signatures());
        roleColumn.setCellValueFactory(c -> new SimpleStringProperty(vm.roleText(c.getValue().role())));
        nameColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().fullName()));
        positionColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().position()));
        statusColumn.setCellValueFactory(c -> new SimpleStringProperty(vm.statusText(c.getValue().status())));
        reasonColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().refusalReason()));
        for (TableColumn<Signature, String> column : List.of(roleColumn, nameColumn, positionColumn, statusColumn,
                reasonColumn)) {
            column.setCellFactory(Forms::wrapping);
        }
        signatureTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Signature s, boolean empty) {
                super.updateItem(s, empty);
                getStyleClass().removeAll("refused", "signed");
                if (!empty && s != null && s.status() != SignatureStatus.PENDING) {
                    getStyleClass().add(s.status() == SignatureStatus.REFUSED ? "refused" : "signed");
                }
            }
        });
        // later, not inside the table's own selection change: choosing a row may save the form, and a save
        // that finishes at once would change the table's items while it is still selecting
        signatureTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> Platform.runLater(
                () -> vm.selectSigner(signatureTable.getSelectionModel().getSelectedItem())));
        vm.signatureProperty().addListener((o, a, b) -> {
            if (b == null) {
                return;
            }
            for (int i = 0; i < signatureTable.getItems().size(); i++) {
                if (signatureTable.getItems().get(i).id().equals(b.id())
                        && signatureTable.getSelectionModel().getSelectedIndex() != i) {
                    signatureTable.getSelectionModel().select(i);
                }
            }
        });
        signatureTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                nameField.requestFocus();
            } else if (e.getCode() == KeyCode.DELETE) {
                vm.removeSigner();
            }
        });

        pickSigner.visibleProperty().bind(vm.signerOpenProperty().not());
        signerForm.visibleProperty().bind(vm.signerOpenProperty());
        roleField.getItems().setAll(SignerRole.values());
        Forms.label(roleField, vm::roleText);
        roleField.valueProperty().bindBidirectional(vm.roleProperty());
        statusField.getItems().setAll(SignatureStatus.values());
        Forms.label(statusField, vm::statusText);
        statusField.valueProperty().bindBidirectional(vm.statusProperty());
        nameField.textProperty().bindBidirectional(vm.fullNameProperty());
        positionField.textProperty().bindBidirectional(vm.positionProperty());
        reasonField.textProperty().bindBidirectional(vm.refusalReasonProperty());
        reasonField.disableProperty().bind(vm.statusProperty().isNotEqualTo(SignatureStatus.REFUSED)
                .or(vm.readOnlyProperty()));
        for (TextField f : new TextField[] {nameField, positionField, reasonField}) {
            Forms.commitOn(f, vm::commitSigner);
        }
        for (Control c : new Control[] {roleField, statusField, nameField, positionField, removeSignerButton}) {
            c.disableProperty().bind(vm.readOnlyProperty());
        }
        Forms.showError(validation, nameField, vm.nameErrorProperty());
        Forms.showError(validation, reasonField, vm.reasonErrorProperty());

        endField.textProperty().bindBidirectional(vm.endTextProperty());
        Forms.commitOn(endField, vm::commitEnd);
        endField.editableProperty().bind(vm.readOnlyProperty().not());
        Forms.showError(validation, endField, vm.endErrorProperty());
        completeButton.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.canComplete(),
                vm.visitProperty(), vm.readOnlyProperty()));
        badge = Bindings.createStringBinding(() -> vm.signatures().isEmpty() ? null
                : vm.signatures().stream().filter(s -> s.status() == SignatureStatus.SIGNED).count() + "/"
                + vm.signatures().size(), vm.signatures());
    }

    @FXML
    private void addSigner() {
        signatureTable.getSelectionModel().clearSelection();
        vm.addSigner();
        nameField.requestFocus();
    }

    @FXML
    private void addSignersFromVisit() {
        vm.addSignersFromVisit();
    }

    @FXML
    private void removeSigner() {
        vm.removeSigner();
    }

    @FXML
    private void completeVisit() {
        vm.completeVisit();
    }

    // --- VisitTab -----------------------------------------------------------------------------------------

    @Override
    public String titleKey() {
        return "ui.signoff.tab";
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
