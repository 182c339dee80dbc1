package vn.congvu.ui.audit;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import vn.congvu.ui.Place;
import vn.congvu.ui.Screen;
import vn.congvu.ui.UiContext;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** The audit log screen (see {@link AuditViewModel}). */
public final class AuditView implements Screen {

    static final KeyCombination FILTER = KeyCombination.keyCombination("Shortcut+F");
    static final KeyCombination MORE = KeyCombination.keyCombination("Shortcut+Shift+M");

    private final UiContext ctx;
    private final AuditViewModel vm;

    @FXML private BorderPane root;
    @FXML private Label auditSummary;
    @FXML private ComboBox<AuditViewModel.VisitChoice> auditVisit;
    @FXML private TextField auditFilter;
    @FXML private TableView<AuditViewModel.Row> auditTable;
    @FXML private TableColumn<AuditViewModel.Row, String> whenColumn;
    @FXML private TableColumn<AuditViewModel.Row, String> whoColumn;
    @FXML private TableColumn<AuditViewModel.Row, String> whatColumn;
    @FXML private TableColumn<AuditViewModel.Row, String> changesColumn;
    @FXML private Button auditMore;

    public AuditView(UiContext ctx) {
        this.ctx = ctx;
        this.vm = new AuditViewModel(ctx);
    }

    @FXML
    private void initialize() {
        auditSummary.textProperty().bind(vm.summaryProperty());
        auditVisit.setItems(vm.visits());
        auditVisit.valueProperty().bindBidirectional(vm.visitProperty());
        auditFilter.textProperty().bindBidirectional(vm.filterProperty());
        auditFilter.setTooltip(new Tooltip(ctx.messages().get("ui.audit.filterPrompt") + "  (" + FILTER.getDisplayText()
                + ")"));
        auditTable.setItems(vm.rows());
        auditTable.setPlaceholder(new Label(ctx.messages().get("ui.audit.empty")));
        auditTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        column(whenColumn, AuditViewModel.Row::when);
        column(whoColumn, AuditViewModel.Row::who);
        column(whatColumn, AuditViewModel.Row::what);
        column(changesColumn, AuditViewModel.Row::changes);
        auditMore.setOnAction(e -> vm.loadMore());
        auditMore.disableProperty().bind(vm.moreProperty().not().or(vm.loadingProperty()));
        auditMore.setTooltip(new Tooltip(ctx.messages().get("ui.audit.more") + "  (" + MORE.getDisplayText() + ")"));
        BorderPane.setMargin(auditMore.getParent(), new Insets(6, 12, 6, 12));
    }

    private static void column(TableColumn<AuditViewModel.Row, String> c, Function<AuditViewModel.Row, String> of) {
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(of.apply(d.getValue())));
    }

    public AuditViewModel viewModel() {
        return vm;
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void shown(Place place) {
        vm.show(place instanceof Place.Audit a ? a.visitId() : null);
    }

    @Override
    public Map<KeyCombination, Runnable> shortcuts() {
        Map<KeyCombination, Runnable> keys = new LinkedHashMap<>();
        keys.put(FILTER, auditFilter::requestFocus);
        keys.put(MORE, () -> {
            if (!auditMore.isDisabled()) {
                vm.loadMore();
            }
        });
        return keys;
    }
}
