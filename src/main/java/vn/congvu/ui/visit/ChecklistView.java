package vn.congvu.ui.visit;

import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
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
    private ChecklistViewModel vm;
    private ValidationSupport validation;

    @FXML private BorderPane root;
    @FXML private ScrollPane checklistScroll;
    @FXML private VBox checklistRows;

    public ChecklistView(UiContext ctx) {
        this.ctx = ctx;
    }

    @FXML
    private void initialize() {
        checklistScroll.setFitToWidth(true);
    }

    void attach(ChecklistViewModel model) {
        this.vm = model;
    }

    /** Builds the checklistRows of the visit just opened (its own checklist version). */
    void show() {
        validation = new ValidationSupport();
        rowsByEntry.clear();
        List<Node> nodes = new ArrayList<>();
        for (ChecklistViewModel.GroupEntry g : vm.groups()) {
            nodes.add(groupHeader(g));
            for (CriterionEntry e : g.entries()) {
                CriterionRow row = new CriterionRow(e, ctx.messages(), validation);
                wireKeys(row);
                row.focusWithinProperty().addListener((o, a, now) -> {
                    if (now) {
                        ensureVisible(row);
                    }
                });
                rowsByEntry.put(e, row);
                nodes.add(row);
            }
        }
        checklistRows.getChildren().setAll(nodes);
        checklistRows.setDisable(vm.isReadOnly());
        badge.bind(Bindings.createStringBinding(() -> vm.answeredProperty().get() + "/" + vm.total(),
                vm.answeredProperty()));
        checklistScroll.setVvalue(0);
    }

    private Node groupHeader(ChecklistViewModel.GroupEntry g) {
        Label title = new Label(g.group().code() + ". " + g.group().title());
        title.getStyleClass().add("group-title");
        title.setWrapText(true);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        Label failed = new Label();
        failed.getStyleClass().add("group-failed");
        failed.textProperty().bind(Bindings.createStringBinding(
                () -> ctx.messages().get("ui.visit.checklist.groupFailed", g.failed().get()), g.failed()));
        failed.visibleProperty().bind(g.failed().greaterThan(0));
        failed.managedProperty().bind(failed.visibleProperty());
        failed.setMinWidth(Region.USE_PREF_SIZE);
        Label count = new Label();
        count.setId("group-badge-" + g.group().code());
        count.getStyleClass().add("group-badge");
        count.textProperty().bind(g.badge());
        count.setMinWidth(Region.USE_PREF_SIZE);
        g.answered().addListener((o, a, b) -> complete(count, b.intValue() == g.entries().size()));
        complete(count, g.answered().get() == g.entries().size());
        HBox header = new HBox(10, title, failed, count);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("group-header");
        return header;
    }

    private static void complete(Label badge, boolean done) {
        badge.getStyleClass().remove("complete");
        if (done) {
            badge.getStyleClass().add("complete");
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
            row.entry().commit();
            move(row.entry(), !e.isShiftDown());
        });
        row.verdict().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
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
