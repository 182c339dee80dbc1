package vn.congvu.ui.conflicts;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import vn.congvu.app.exchange.ConflictView;
import vn.congvu.app.exchange.ExchangeService.Keep;
import vn.congvu.ui.Place;
import vn.congvu.ui.Screen;
import vn.congvu.ui.UiContext;

import java.util.LinkedHashMap;
import java.util.Map;

/** The Conflicts screen (see {@link ConflictsViewModel}). */
public final class ConflictsView implements Screen {

    static final KeyCombination KEEP_LOCAL = KeyCombination.keyCombination("Shortcut+Shift+1");
    static final KeyCombination KEEP_INCOMING = KeyCombination.keyCombination("Shortcut+Shift+2");
    private static final PseudoClass DIFFERS = PseudoClass.getPseudoClass("differs");
    private static final PseudoClass RESOLVED = PseudoClass.getPseudoClass("resolved");

    private final UiContext ctx;
    private final ConflictsViewModel vm;
    private Runnable changed = () -> { };

    @FXML private BorderPane root;
    @FXML private Label conflictsSummary;
    @FXML private CheckBox conflictsShowResolved;
    @FXML private ListView<ConflictsViewModel.Row> conflictList;
    @FXML private VBox conflictDetail;
    @FXML private Label conflictTitle;
    @FXML private Label conflictBelongs;
    @FXML private Label conflictStatus;
    @FXML private Label conflictLocal;
    @FXML private Label conflictIncoming;
    @FXML private TableView<ConflictView.FieldDiff> conflictFields;
    @FXML private TableColumn<ConflictView.FieldDiff, String> fieldColumn;
    @FXML private TableColumn<ConflictView.FieldDiff, String> localColumn;
    @FXML private TableColumn<ConflictView.FieldDiff, String> incomingColumn;
    @FXML private Button keepLocalButton;
    @FXML private Button keepIncomingButton;

    public ConflictsView(UiContext ctx) {
        this.ctx = ctx;
        this.vm = new ConflictsViewModel(ctx, () -> changed.run());
    }

    /** @param changed told after a conflict was resolved (the rail's badge) */
    public void onChanged(Runnable changed) {
        this.changed = changed;
    }

    @FXML
    private void initialize() {
        root.getStylesheets().add(ConflictsView.class.getResource("conflicts.css").toExternalForm());
        conflictsSummary.textProperty().bind(vm.summaryProperty());
        conflictsShowResolved.selectedProperty().bindBidirectional(vm.showResolvedProperty());
        conflictList.setItems(vm.rows());
        conflictList.setPlaceholder(new Label(ctx.messages().get("ui.conflicts.none")));
        conflictList.setCellFactory(l -> new ListCell<>() {
            private final Label title = new Label();
            private final Label detail = new Label();
            private final Label from = new Label();
            private final VBox box = new VBox(2, title, detail, from);

            {
                title.getStyleClass().add("conflict-title");
                detail.getStyleClass().add("text-muted");
                from.getStyleClass().add("text-muted");
                for (Label l : new Label[] {title, detail, from}) {
                    l.setWrapText(true);
                    l.setMaxWidth(Double.MAX_VALUE);
                }
                box.setMaxWidth(Double.MAX_VALUE);
            }

            @Override
            protected void updateItem(ConflictsViewModel.Row r, boolean empty) {
                super.updateItem(r, empty);
                setText(null);
                if (empty || r == null) {
                    setGraphic(null);
                } else {
                    title.setText(r.title());
                    detail.setText(r.kind() + " · " + r.belongsTo());
                    from.setText(r.conflict().open() ? r.incoming() : r.status());
                    box.setPrefWidth(getListView().getWidth() - 28);
                    setGraphic(box);
                }
                pseudoClassStateChanged(RESOLVED, !empty && r != null && !r.conflict().open());
            }
        });
        conflictList.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null) {
                vm.selectedProperty().set(r);
            }
        });
        vm.selectedProperty().addListener((o, a, r) -> {
            if (r != null && conflictList.getSelectionModel().getSelectedItem() != r) {
                conflictList.getSelectionModel().select(r);
            }
        });
        conflictDetail.visibleProperty().bind(vm.selectedProperty().isNotNull());
        conflictTitle.textProperty().bind(text(r -> r.title() + " (" + r.kind() + ")"));
        conflictBelongs.textProperty().bind(text(r -> ctx.messages().get("ui.conflicts.belongsTo", r.belongsTo())));
        conflictStatus.textProperty().bind(text(ConflictsViewModel.Row::status));
        conflictLocal.textProperty().bind(text(ConflictsViewModel.Row::local));
        conflictIncoming.textProperty().bind(text(ConflictsViewModel.Row::incoming));

        conflictFields.setItems(vm.fields());
        conflictFields.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        conflictFields.setPlaceholder(new Label(ctx.messages().get("ui.conflicts.noFields")));
        fieldColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(vm.fieldName(c.getValue().column())));
        localColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(vm.fieldValue(c.getValue().column(),
                c.getValue().local())));
        incomingColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(vm.fieldValue(c.getValue().column(),
                c.getValue().incoming())));
        conflictFields.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ConflictView.FieldDiff f, boolean empty) {
                super.updateItem(f, empty);
                pseudoClassStateChanged(DIFFERS, !empty && f != null && f.differs());
            }
        });

        keepLocalButton.setTooltip(new Tooltip(ctx.messages().get("ui.conflicts.keepLocalTip") + "  ("
                + KEEP_LOCAL.getDisplayText() + ")"));
        keepIncomingButton.setTooltip(new Tooltip(ctx.messages().get("ui.conflicts.keepIncomingTip") + "  ("
                + KEEP_INCOMING.getDisplayText() + ")"));
        keepLocalButton.disableProperty().bind(vm.canResolveProperty().not());
        keepIncomingButton.disableProperty().bind(vm.canResolveProperty().not());
        keepLocalButton.setOnAction(e -> vm.resolve(Keep.LOCAL));
        keepIncomingButton.setOnAction(e -> vm.resolve(Keep.INCOMING));
    }

    private javafx.beans.binding.StringBinding text(java.util.function.Function<ConflictsViewModel.Row, String> of) {
        return Bindings.createStringBinding(() -> vm.selectedProperty().get() == null ? ""
                : of.apply(vm.selectedProperty().get()), vm.selectedProperty());
    }

    public ConflictsViewModel viewModel() {
        return vm;
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void shown(Place place) {
        vm.refresh();
    }

    @Override
    public Map<KeyCombination, Runnable> shortcuts() {
        Map<KeyCombination, Runnable> keys = new LinkedHashMap<>();
        keys.put(KEEP_LOCAL, () -> {
            if (vm.canResolveProperty().get()) {
                vm.resolve(Keep.LOCAL);
            }
        });
        keys.put(KEEP_INCOMING, () -> {
            if (vm.canResolveProperty().get()) {
                vm.resolve(Keep.INCOMING);
            }
        });
        return keys;
    }
}
