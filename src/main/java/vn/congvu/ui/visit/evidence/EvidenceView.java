package vn.congvu.ui.visit.evidence;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import vn.congvu.domain.Evidence;
import vn.congvu.ui.UiContext;
import vn.congvu.ui.visit.VisitTab;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/** The evidence tab of the visit workspace. */
public final class EvidenceView implements VisitTab {

    private final UiContext ctx;
    private final EvidenceViewModel vm;

    @FXML private BorderPane root;
    @FXML private Button addButton;
    @FXML private ComboBox<LinkChoice> newLinkField;
    @FXML private Label count;
    @FXML private HBox progressRow;
    @FXML private ProgressBar progress;
    @FXML private Label message;
    @FXML private Button cancelButton;
    @FXML private ListView<Evidence> list;
    @FXML private Label pickOne;
    @FXML private ScrollPane detail;
    @FXML private ImageView previewImage;
    @FXML private Label previewProblem;
    @FXML private Label fileInfo;
    @FXML private Label takenInfo;
    @FXML private TextField captionField;
    @FXML private ComboBox<LinkChoice> linkField;
    @FXML private TextField shaField;
    @FXML private Button openButton;
    @FXML private Button removeButton;

    /** One binding for the tab's life: the workspace may keep listening to it. */
    private ObservableValue<String> badge;

    public EvidenceView(UiContext ctx) {
        this(ctx, new EvidenceViewModel(ctx));
    }

    EvidenceView(UiContext ctx, EvidenceViewModel vm) {
        this.ctx = ctx;
        this.vm = vm;
    }

    /** The view model, for the workspace's tests and for dropping files without a mouse. */
    public EvidenceViewModel viewModel() {
        return vm;
    }

    @FXML
    private void initialize() {
        addButton.disableProperty().bind(vm.readOnlyProperty());
        addButton.setTooltip(new Tooltip(ctx.messages().get("ui.evidence.addTooltip")));
        newLinkField.setItems(vm.choices());
        newLinkField.valueProperty().bindBidirectional(vm.newFilesLinkProperty());
        newLinkField.disableProperty().bind(vm.readOnlyProperty());
        newLinkField.setOnShowing(e -> vm.refreshTargets());
        count.textProperty().bind(Bindings.createStringBinding(
                () -> ctx.messages().get("ui.evidence.count", vm.items().size()), vm.items()));

        progressRow.visibleProperty().bind(vm.messageProperty().isNotNull().or(vm.busyProperty()));
        progressRow.managedProperty().bind(progressRow.visibleProperty());
        progress.visibleProperty().bind(vm.busyProperty());
        progress.managedProperty().bind(vm.busyProperty());
        progress.progressProperty().bind(vm.progressProperty());
        message.textProperty().bind(vm.messageProperty());
        cancelButton.visibleProperty().bind(vm.busyProperty());
        cancelButton.managedProperty().bind(vm.busyProperty());

        list.setItems(vm.items());
        list.setCellFactory(v -> new EvidenceCell());
        // later, not inside the list's own selection change: choosing a line may save the caption, and a save
        // that finishes at once would change the list's items while it is still selecting
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> Platform.runLater(() -> {
            Evidence chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                vm.select(chosen);
            }
        }));
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != null && list.getSelectionModel().getSelectedItem() != b) {
                list.getSelectionModel().select(b);
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && !vm.readOnlyProperty().get()) {
                vm.removeSelected();
            } else if (e.getCode() == KeyCode.ENTER && vm.selectedProperty().get() != null) {
                captionField.requestFocus();
            }
        });
        Label hint = new Label(ctx.messages().get("ui.evidence.dropHint"), new FontIcon("mdal-add_photo_alternate"));
        hint.getStyleClass().add("drop-hint");
        hint.setWrapText(true);
        list.setPlaceholder(hint);

        root.setOnDragOver(this::dragOver);
        root.setOnDragExited(e -> list.getStyleClass().remove("drop-active"));
        root.setOnDragDropped(this::dropped);

        detail.visibleProperty().bind(vm.selectedProperty().isNotNull());
        pickOne.visibleProperty().bind(vm.selectedProperty().isNull());
        previewImage.imageProperty().bind(vm.previewProperty());
        previewProblem.textProperty().bind(vm.previewProblemProperty());
        previewProblem.visibleProperty().bind(vm.previewProblemProperty().isNotNull());
        fileInfo.textProperty().bind(text(e -> vm.fileText(e)));
        takenInfo.textProperty().bind(text(e -> vm.takenText(e)));
        shaField.textProperty().bind(text(e -> ctx.messages().get("ui.evidence.sha", e.sha256())));

        captionField.textProperty().bindBidirectional(vm.captionProperty());
        captionField.setOnAction(e -> vm.commit());
        captionField.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                vm.commit();
            }
        });
        captionField.editableProperty().bind(vm.readOnlyProperty().not());
        linkField.setItems(vm.choices());
        linkField.valueProperty().bindBidirectional(vm.linkProperty());
        linkField.disableProperty().bind(vm.readOnlyProperty());
        linkField.setOnShowing(e -> vm.refreshTargets());
        removeButton.disableProperty().bind(vm.readOnlyProperty());
        badge = Bindings.createStringBinding(() -> vm.items().isEmpty() ? null : String.valueOf(vm.items().size()),
                vm.items());
    }

    private ObservableValue<String> text(java.util.function.Function<Evidence, String> f) {
        return Bindings.createStringBinding(() -> vm.selectedProperty().get() == null ? ""
                : f.apply(vm.selectedProperty().get()), vm.selectedProperty(), vm.choices());
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles() && !vm.readOnlyProperty().get()) {
            e.acceptTransferModes(TransferMode.COPY);
            if (!list.getStyleClass().contains("drop-active")) {
                list.getStyleClass().add("drop-active");
            }
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        boolean ok = e.getDragboard().hasFiles() && !vm.readOnlyProperty().get();
        if (ok) {
            List<Path> files = e.getDragboard().getFiles().stream().map(File::toPath).toList();
            vm.addFiles(files);
        }
        list.getStyleClass().remove("drop-active");
        e.setDropCompleted(ok);
        e.consume();
    }

    @FXML
    private void pickFiles() {
        vm.pickFiles();
    }

    @FXML
    private void cancelAdding() {
        vm.cancelAdding();
    }

    @FXML
    private void openFile() {
        vm.openSelected();
    }

    @FXML
    private void removeEvidence() {
        vm.removeSelected();
    }

    // --- VisitTab -----------------------------------------------------------------------------------------

    @Override
    public String titleKey() {
        return "ui.evidence.tab";
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

    /** A line of the list: the upright thumbnail, the file, when it was taken and what it shows. */
    private final class EvidenceCell extends ListCell<Evidence> {

        private final ImageView image = new ImageView();
        private final FontIcon icon = new FontIcon();
        private final Label name = new Label();
        private final Label taken = new Label();
        private final Label linked = new Label();
        private final Label caption = new Label();
        private final HBox box;

        EvidenceCell() {
            image.setFitWidth(EvidenceViewModel.THUMBNAIL);
            image.setFitHeight(EvidenceViewModel.THUMBNAIL);
            image.setPreserveRatio(true);
            icon.getStyleClass().add("evidence-icon");
            StackPane picture = new StackPane(icon, image);
            picture.getStyleClass().add("evidence-thumb");
            picture.setMinSize(EvidenceViewModel.THUMBNAIL + 8, EvidenceViewModel.THUMBNAIL + 8);
            picture.setPrefSize(EvidenceViewModel.THUMBNAIL + 8, EvidenceViewModel.THUMBNAIL + 8);
            name.getStyleClass().add("evidence-name");
            taken.getStyleClass().add("text-muted");
            caption.setWrapText(true);
            linked.setWrapText(true);
            VBox text = new VBox(3, name, taken, linked, caption);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            box = new HBox(12, picture, text);
            box.setAlignment(Pos.CENTER_LEFT);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Evidence e, boolean empty) {
            super.updateItem(e, empty);
            image.imageProperty().unbind();
            if (empty || e == null) {
                image.setImage(null);
                setGraphic(null);
                setText(null);
                return;
            }
            image.imageProperty().bind(Bindings.valueAt(vm.thumbnails(), e.id()));
            icon.visibleProperty().bind(image.imageProperty().isNull());
            icon.setIconLiteral(vm.isPhoto(e) ? "mdal-image" : "mdmz-picture_as_pdf");
            name.setText(e.originalName());
            taken.setText(vm.takenText(e));
            taken.getStyleClass().remove("evidence-no-time");
            if (e.takenAt() == null) {
                taken.getStyleClass().add("evidence-no-time");
            }
            linked.setText(ctx.messages().get("ui.evidence.linkedTo", vm.linkText(e)));
            caption.setText(e.caption() == null ? "" : e.caption());
            caption.setVisible(e.caption() != null);
            caption.setManaged(e.caption() != null);
            setText(null);
            setGraphic(box);
        }
    }
}
