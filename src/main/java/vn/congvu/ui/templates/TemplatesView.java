package vn.congvu.ui.templates;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import vn.congvu.app.TemplateService;
import vn.congvu.domain.AnswerType;
import vn.congvu.domain.ChecklistGroup;
import vn.congvu.domain.Criterion;
import vn.congvu.domain.TemplateStatus;
import vn.congvu.ui.Place;
import vn.congvu.ui.Screen;
import vn.congvu.ui.UiContext;
import vn.congvu.ui.common.Forms;

import java.util.Objects;

/** Checklist versions and the editing of a draft version. */
public final class TemplatesView implements Screen {

    private final UiContext ctx;
    private final TemplatesViewModel vm;
    private boolean rebuilding;

    @FXML private BorderPane root;
    @FXML private ProgressIndicator busy;
    @FXML private Button newDraftButton;
    @FXML private Button importButton;
    @FXML private Button exportButton;
    @FXML private Button activateButton;
    @FXML private Button discardButton;
    @FXML private ListView<TemplateService.VersionRow> versionList;
    @FXML private Label versionTitle;
    @FXML private Label versionState;
    @FXML private GridPane headerEditor;
    @FXML private TextField nameField;
    @FXML private TextField yearField;
    @FXML private TreeView<Object> tree;
    @FXML private HBox treeActions;
    @FXML private Button addGroupButton;
    @FXML private Button addCriterionButton;
    @FXML private Button deleteButton;
    @FXML private Label editorHint;
    @FXML private ScrollPane criterionEditor;
    @FXML private TextField codeField;
    @FXML private TextArea textField;
    @FXML private ComboBox<AnswerType> typeField;
    @FXML private TextField labelsField;
    @FXML private TextField choicesField;
    @FXML private CheckBox photoField;
    @FXML private TextField parField;
    @FXML private TextField weightField;
    @FXML private TextArea guidanceField;
    @FXML private Label criterionError;
    @FXML private GridPane groupEditor;
    @FXML private TextField groupCodeField;
    @FXML private TextField groupTitleField;
    @FXML private Label groupError;

    public TemplatesView(UiContext ctx) {
        this.ctx = ctx;
        this.vm = new TemplatesViewModel(ctx);
    }

    @FXML
    private void initialize() {
        busy.visibleProperty().bind(vm.busyProperty());
        versionList.setItems(vm.versions());
        versionList.setCellFactory(l -> new ListCell<>() {
            {
                setPrefWidth(0); // the list's width, so that a long line wraps instead of being cut
            }

            @Override
            protected void updateItem(TemplateService.VersionRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : ctx.messages().get("ui.templates.versionLine",
                        String.valueOf(r.template().version()), String.valueOf(r.template().year()),
                        ctx.messages().get("template.status." + r.template().status()), r.criteria(), r.visits()));
                setWrapText(true);
            }
        });
        versionList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && !rebuilding && (vm.contentProperty().get() == null
                    || !vm.contentProperty().get().template().id().equals(b.template().id()))) {
                vm.open(b.template().id());
            }
        });
        vm.contentProperty().addListener((o, a, c) -> showContent(c));
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!rebuilding) {
                vm.select(b == null ? null : b.getValue());
            }
        });
        tree.setCellFactory(t -> new javafx.scene.control.TreeCell<>() {
            {
                setPrefWidth(0); // the tree's width: criteria are long sentences, wrapped rather than cut
                setWrapText(true);
            }

            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    getStyleClass().remove("text-bold");
                } else if (item instanceof ChecklistGroup g) {
                    setText(g.code() + ". " + g.title());
                } else if (item instanceof Criterion c) {
                    setText(c.code() + "  " + c.text() + "  [" + ctx.messages().get("answerType." + c.answerType())
                            + (c.photoRequiredOnFail() ? ", " + ctx.messages().get("ui.templates.photoShort") : "") + "]");
                }
            }
        });

        Forms.bindText(nameField, vm.nameProperty(), vm::commitHeader);
        Forms.bindText(yearField, vm.yearProperty(), vm::commitHeader);
        Forms.bindText(codeField, vm.codeProperty(), vm::commitItem);
        Forms.bindText(textField, vm.textProperty(), vm::commitItem);
        Forms.bindText(labelsField, vm.valueLabelsProperty(), vm::commitItem);
        Forms.bindText(choicesField, vm.choicesProperty(), vm::commitItem);
        Forms.bindText(parField, vm.parIndexProperty(), vm::commitItem);
        Forms.bindText(weightField, vm.weightProperty(), vm::commitItem);
        Forms.bindText(guidanceField, vm.guidanceProperty(), vm::commitItem);
        Forms.bindText(groupCodeField, vm.groupCodeProperty(), vm::commitItem);
        Forms.bindText(groupTitleField, vm.groupTitleProperty(), vm::commitItem);
        typeField.getItems().setAll(AnswerType.values());
        typeField.setConverter(new StringConverter<>() {
            @Override
            public String toString(AnswerType t) {
                return t == null ? "" : ctx.messages().get("answerType." + t);
            }

            @Override
            public AnswerType fromString(String s) {
                return null;
            }
        });
        typeField.valueProperty().bindBidirectional(vm.answerTypeProperty());
        typeField.setOnAction(e -> vm.commitItem());
        photoField.selectedProperty().bindBidirectional(vm.photoRequiredProperty());
        photoField.setOnAction(e -> vm.commitItem());
        criterionError.textProperty().bind(vm.editorErrorProperty());
        groupError.textProperty().bind(vm.editorErrorProperty());
        // failed saves (a code taken, a missing text) also come back through the status bar
        ctx.autosaver().status().failureProperty().addListener((o, a, b) -> {
            if (b != null && vm.selectionProperty().get() != null) {
                criterionError.textProperty().unbind();
                criterionError.setText(b);
                groupError.textProperty().unbind();
                groupError.setText(b);
            } else if (b == null) {
                criterionError.textProperty().bind(vm.editorErrorProperty());
                groupError.textProperty().bind(vm.editorErrorProperty());
            }
        });

        var readOnly = vm.editableProperty().not();
        for (TextInputControl f : new TextInputControl[] {nameField, yearField, codeField, textField, labelsField,
                choicesField, parField, weightField, guidanceField, groupCodeField, groupTitleField}) {
            f.editableProperty().bind(vm.editableProperty());
        }
        typeField.disableProperty().bind(readOnly);
        photoField.disableProperty().bind(readOnly);
        headerEditor.visibleProperty().bind(vm.editableProperty());
        headerEditor.managedProperty().bind(vm.editableProperty());
        treeActions.visibleProperty().bind(vm.editableProperty());
        treeActions.managedProperty().bind(vm.editableProperty());
        activateButton.visibleProperty().bind(vm.editableProperty());
        discardButton.visibleProperty().bind(vm.editableProperty());
        newDraftButton.disableProperty().bind(vm.contentProperty().isNull());
        exportButton.disableProperty().bind(vm.contentProperty().isNull());
        deleteButton.disableProperty().bind(vm.selectionProperty().isNull());
        criterionEditor.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> vm.selectionProperty().get() instanceof Criterion, vm.selectionProperty()));
        groupEditor.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> vm.selectionProperty().get() instanceof ChecklistGroup, vm.selectionProperty()));
        editorHint.visibleProperty().bind(vm.selectionProperty().isNull());
    }

    private void showContent(TemplateService.TemplateContent c) {
        rebuilding = true;
        try {
            if (c == null) {
                tree.setRoot(null);
                versionTitle.setText("");
                versionState.setText("");
                return;
            }
            versionTitle.setText(ctx.messages().get("ui.templates.versionTitle", c.template().name(),
                    String.valueOf(c.template().version())));
            versionState.setText(ctx.messages().get(c.template().status() == TemplateStatus.DRAFT
                    ? "ui.templates.state.draft" : c.template().status() == TemplateStatus.ACTIVE
                    ? "ui.templates.state.active" : "ui.templates.state.retired"));
            TreeItem<Object> rootItem = new TreeItem<>();
            Object selected = vm.selectionProperty().get();
            TreeItem<Object> toSelect = null;
            for (ChecklistGroup g : c.groups()) {
                TreeItem<Object> gi = new TreeItem<>(g);
                gi.setExpanded(true);
                if (sameItem(selected, g)) {
                    toSelect = gi;
                }
                for (Criterion cr : c.criteria()) {
                    if (cr.groupId().equals(g.id())) {
                        TreeItem<Object> ci = new TreeItem<>(cr);
                        gi.getChildren().add(ci);
                        if (sameItem(selected, cr)) {
                            toSelect = ci;
                        }
                    }
                }
                rootItem.getChildren().add(gi);
            }
            tree.setRoot(rootItem);
            if (toSelect != null) {
                tree.getSelectionModel().select(toSelect);
            }
            for (TemplateService.VersionRow r : versionList.getItems()) {
                if (r.template().id().equals(c.template().id())) {
                    versionList.getSelectionModel().select(r);
                }
            }
        } finally {
            rebuilding = false;
        }
    }

    private static boolean sameItem(Object a, Object b) {
        if (a instanceof ChecklistGroup x && b instanceof ChecklistGroup y) {
            return Objects.equals(x.id(), y.id());
        }
        if (a instanceof Criterion x && b instanceof Criterion y) {
            return Objects.equals(x.id(), y.id());
        }
        return false;
    }

    @FXML
    private void newDraft() {
        vm.newDraft();
    }

    @FXML
    private void importFile() {
        ctx.dialogs().openFile(ctx.messages().get("ui.templates.importTitle"), ctx.messages().get("ui.templates.xlsxFilter"),
                "*.xlsx", "*.csv").ifPresent(vm::importFile);
    }

    @FXML
    private void exportFile() {
        var c = vm.contentProperty().get();
        String suggested = "bo-tieu-chi-" + c.template().year() + "-v" + c.template().version() + ".xlsx";
        ctx.dialogs().saveFile(ctx.messages().get("ui.templates.exportTitle"), suggested,
                ctx.messages().get("ui.templates.xlsxFilter"), "*.xlsx").ifPresent(vm::exportFile);
    }

    @FXML
    private void activate() {
        vm.activate();
    }

    @FXML
    private void discard() {
        vm.discard();
    }

    @FXML
    private void addGroup() {
        vm.addGroup();
    }

    @FXML
    private void addCriterion() {
        vm.addCriterion();
    }

    @FXML
    private void deleteSelected() {
        vm.deleteSelected();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void shown(Place place) {
        vm.refresh(null);
    }

    @Override
    public void hidden() {
        ctx.autosaver().flushAll();
    }
}
