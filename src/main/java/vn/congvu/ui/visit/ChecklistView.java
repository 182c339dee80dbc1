package vn.congvu.ui.visit;

import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;
import vn.congvu.ui.UiContext;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checklist tab. Keyboard model: on a criterion's verdict, 1 đạt, 2 không đạt, 3 không áp dụng, 0 or
 * Delete clears; Tab goes on to its figures, option and note; Enter (anywhere in the row) saves it and moves
 * to the next criterion, Shift+Enter to the previous; the arrows move between verdicts.
 */
public final class ChecklistView implements VisitTab {

    private final UiContext ctx;
    private final StringProperty badge = new SimpleStringProperty(this, "badge", "");
    private final Map<CriterionEntry, CriterionRow> rowsByEntry = new IdentityHashMap<>();
    private final List<CriterionRow> rows = new ArrayList<>();
    private final List<GroupHeader> headers = new ArrayList<>();
    /** The criteria the rows were made for. */
    private String builtFor;
    private ChecklistViewModel vm;

    @FXML private BorderPane root;
    @FXML private ScrollPane checklistScroll;
    @FXML private VBox checklistRows;

    public ChecklistView(UiContext ctx) {
        this.ctx = ctx;
    }

    @FXML
    private void initialize() {
        checklistScroll.setFitToWidth(true);
        // the row holding the keyboard is highlighted and kept in view; followed through the scene's focus
        // owner rather than :focus-within, which a combo box leaves set after the focus has moved on
        root.sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(focusFollower);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(focusFollower);
            }
        });
    }

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private CriterionRow currentRow;
    private final javafx.beans.value.ChangeListener<Node> focusFollower = (o, a, owner) -> {
        CriterionRow row = null;
        for (Node n = owner; n != null; n = n.getParent()) {
            if (n instanceof CriterionRow r) {
                row = r;
                break;
            }
        }
        if (row != currentRow) {
            if (currentRow != null) {
                currentRow.pseudoClassStateChanged(CURRENT, false);
            }
            currentRow = row;
            if (row != null) {
                row.pseudoClassStateChanged(CURRENT, true);
                ensureVisible(row);
            }
        }
    };

    void attach(ChecklistViewModel model) {
        this.vm = model;
    }

    /**
     * Shows the visit just opened. The rows of a checklist version are made once and reused for every visit
     * on that version (nearly all of them): opening a visit then only rebinds values.
     */
    void show() {
        List<CriterionEntry> entries = vm.entries();
        String layout = entries.stream().map(e -> e.criterion().id()).reduce("", (a, b) -> a + "|" + b);
        if (!layout.equals(builtFor)) {
            build();
            builtFor = layout;
        }
        rowsByEntry.clear();
        for (int i = 0; i < entries.size(); i++) {
            CriterionRow row = rows.get(i);
            row.bind(entries.get(i));
            rowsByEntry.put(entries.get(i), row);
        }
        for (int i = 0; i < vm.groups().size(); i++) {
            headers.get(i).bind(vm.groups().get(i));
        }
        checklistRows.setDisable(vm.isReadOnly());
        badge.bind(Bindings.createStringBinding(() -> vm.answeredProperty().get() + "/" + vm.total(),
                vm.answeredProperty()));
        checklistScroll.setVvalue(0);
    }

    private void build() {
        ValidationSupport validation = new ValidationSupport();
        CriterionRow.Tips tips = CriterionRow.Tips.of(ctx.messages());
        rows.clear();
        headers.clear();
        List<Node> nodes = new ArrayList<>();
        for (ChecklistViewModel.GroupEntry g : vm.groups()) {
            GroupHeader header = new GroupHeader(g.group().code() + ". " + g.group().title(), g.group().code());
            headers.add(header);
            nodes.add(header);
            for (CriterionEntry e : g.entries()) {
                CriterionRow row = new CriterionRow(e.criterion(), ctx.messages(), validation, tips);
                wireKeys(row);
                rows.add(row);
                nodes.add(row);
            }
        }
        checklistRows.getChildren().setAll(nodes);
    }

    /** The title of a group with how many of its criteria are judged ("3/4") and how many failed. */
    private final class GroupHeader extends HBox {
        private static final PseudoClass COMPLETE = PseudoClass.getPseudoClass("complete");
        private final Label failed = new Label();
        private final Label count = new Label();
        private final InvalidationListener showComplete = o -> showComplete();
        private ChecklistViewModel.GroupEntry group;

        GroupHeader(String titleText, String code) {
            super(10);
            Label title = new WrappedLabel(titleText);
            title.getStyleClass().add("group-title");
            title.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(title, Priority.ALWAYS);
            failed.getStyleClass().add("group-failed");
            failed.managedProperty().bind(failed.visibleProperty());
            failed.setMinWidth(Region.USE_PREF_SIZE);
            count.setId("group-badge-" + code);
            count.getStyleClass().add("group-badge");
            count.setMinWidth(Region.USE_PREF_SIZE);
            getChildren().addAll(title, failed, count);
            setAlignment(Pos.CENTER_LEFT);
            getStyleClass().add("group-header");
        }

        void bind(ChecklistViewModel.GroupEntry g) {
            if (group != null) {
                group.answered().removeListener(showComplete);
            }
            group = g;
            failed.textProperty().bind(Bindings.createStringBinding(
                    () -> ctx.messages().get("ui.visit.checklist.groupFailed", g.failed().get()), g.failed()));
            failed.visibleProperty().bind(g.failed().greaterThan(0));
            count.textProperty().bind(g.badge());
            g.answered().addListener(showComplete);
            showComplete();
        }

        private void showComplete() {
            count.pseudoClassStateChanged(COMPLETE, group.answered().get() == group.entries().size());
        }
    }

    private void wireKeys(CriterionRow row) {
        row.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.ENTER || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
                return;
            }
            if (e.getTarget() instanceof ComboBox<?> combo && combo.isShowing()) {
                return;
            }
            e.consume();
            if (row.entry() != null) {
                row.entry().commit();
                move(row.entry(), !e.isShiftDown());
            }
        });
        row.verdict().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isControlDown() || e.isAltDown() || e.isMetaDown() || row.entry() == null) {
                return;
            }
            int digit = KeyChoiceField.digit(e.getCode());
            if (digit >= 0) {
                row.entry().verdictKey(String.valueOf(digit));
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                row.entry().verdictKey("0");
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN) {
                move(row.entry(), true);
                e.consume();
            } else if (e.getCode() == KeyCode.UP) {
                move(row.entry(), false);
                e.consume();
            } else if (e.getCode() == KeyCode.SPACE) {
                e.consume(); // not a page down here
            }
        });
    }

    private void move(CriterionEntry from, boolean forward) {
        CriterionEntry to = forward ? vm.next(from) : vm.previous(from);
        if (to != null) {
            focus(to);
        }
    }

    /** Puts the keyboard on a criterion's verdict. */
    void focus(CriterionEntry e) {
        CriterionRow row = rowsByEntry.get(e);
        if (row != null) {
            row.firstStop().requestFocus();
            ensureVisible(row);
        }
    }

    /** Where the inspector goes on: the first criterion not judged yet. */
    void focusFirstOpen() {
        CriterionEntry e = vm == null ? null : vm.firstOpen();
        if (e != null) {
            focus(e);
        }
    }

    private void ensureVisible(Node node) {
        double contentHeight = checklistRows.getBoundsInLocal().getHeight();
        double viewHeight = checklistScroll.getViewportBounds().getHeight();
        if (contentHeight <= viewHeight || viewHeight <= 0) {
            return;
        }
        Bounds b = checklistRows.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double top = checklistScroll.getVvalue() * (contentHeight - viewHeight);
        double margin = 24;
        if (b.getMinY() - margin < top) {
            checklistScroll.setVvalue(Math.max(0, (b.getMinY() - margin) / (contentHeight - viewHeight)));
        } else if (b.getMaxY() + margin > top + viewHeight) {
            checklistScroll.setVvalue(Math.min(1, (b.getMaxY() + margin - viewHeight) / (contentHeight - viewHeight)));
        }
    }

    @Override
    public String titleKey() {
        return "ui.visit.tab.checklist";
    }

    @Override
    public Parent root() {
        return root;
    }

    /** The workspace reads the visit once for its own tabs and calls {@link #show()}. */
    @Override
    public void load(String visitId) {
    }

    @Override
    public ObservableValue<String> badge() {
        return badge;
    }

    @Override
    public void leave() {
        if (vm != null) {
            vm.flush();
        }
    }
}
