package vn.congvu.ui.visit;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;
import vn.congvu.ui.UiContext;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The officials-on-duty tab: a table edited in place. Enter goes to the next row (a new one after the last),
 * the observations take one key (1 or C có, 2 or K không, 0 not observed), Ctrl+Delete removes the row.
 */
public final class OfficialsView implements VisitTab {

    private final UiContext ctx;
    private final Map<OfficialEntry, OfficialRow> rowsByEntry = new IdentityHashMap<>();
    /** Rows are kept and rebound: opening another visit makes no new nodes for the officials already seen. */
    private final List<OfficialRow> pool = new ArrayList<>();
    private final ValidationSupport validation = new ValidationSupport();
    private OfficialRow.Tips tips;
    private OfficialsViewModel vm;

    @FXML private BorderPane root;
    @FXML private Button addOfficialButton;
    @FXML private ScrollPane officialsScroll;
    @FXML private HBox officialsHeader;
    @FXML private VBox officialRows;
    @FXML private Label officialsEmpty;
    @FXML private Label officialsViolations;

    public OfficialsView(UiContext ctx) {
        this.ctx = ctx;
    }

    @FXML
    private void initialize() {
        addOfficialButton.setTooltip(new Tooltip(ctx.messages().get("ui.visit.officials.addTip")));
        String[] keys = {"ui.visit.officials.number", "ui.visit.officials.name", "ui.visit.officials.position",
                "ui.visit.officials.badge", "ui.visit.officials.dress", "ui.visit.officials.present",
                "ui.visit.officials.attitude", "ui.visit.officials.note", null};
        for (int i = 0; i < keys.length; i++) {
            Label l = new Label(keys[i] == null ? "" : ctx.messages().get(keys[i]));
            l.setWrapText(true);
            OfficialRow.size(l, OfficialRow.WIDTHS[i]);
            officialsHeader.getChildren().add(l);
        }
        officialsHeader.setAlignment(Pos.CENTER_LEFT);
    }

    void attach(OfficialsViewModel model) {
        this.vm = model;
        vm.entries().addListener((ListChangeListener<OfficialEntry>) c -> rebuild());
        officialsViolations.textProperty().bind(Bindings.createStringBinding(() -> vm.withViolationProperty().get() == 0 ? ""
                : ctx.messages().get("ui.visit.officials.violations", vm.withViolationProperty().get()),
                vm.withViolationProperty()));
    }

    /** The visit was (re)opened. */
    void show() {
        rebuild();
        addOfficialButton.setDisable(vm.isReadOnly());
        officialRows.setDisable(vm.isReadOnly());
    }

    private void rebuild() {
        rowsByEntry.clear();
        List<OfficialEntry> entries = vm.entries();
        while (pool.size() < entries.size()) {
            pool.add(newRow());
        }
        List<OfficialRow> shown = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            OfficialRow row = pool.get(i);
            if (row.entry() != entries.get(i)) {
                row.bind(entries.get(i), i + 1);
            }
            rowsByEntry.put(entries.get(i), row);
            shown.add(row);
        }
        if (!officialRows.getChildren().equals(shown)) {
            officialRows.getChildren().setAll(shown);
        }
        officialsEmpty.setVisible(entries.isEmpty());
        officialsEmpty.setManaged(entries.isEmpty());
    }

    private OfficialRow newRow() {
        if (tips == null) {
            tips = OfficialRow.Tips.of(ctx.messages());
        }
        OfficialRow[] self = new OfficialRow[1];
        OfficialRow row = new OfficialRow(ctx.messages(), validation, tips, () -> vm.remove(self[0].entry()));
        self[0] = row;
        row.addEventFilter(KeyEvent.KEY_PRESSED, k -> {
            OfficialEntry e = row.entry();
            if (e == null) {
                return;
            }
            if (k.getCode() == KeyCode.ENTER && !k.isControlDown() && !k.isAltDown()) {
                k.consume();
                e.commit();
                OfficialEntry next = vm.next(e);
                if (next == null && !e.isBlank()) {
                    next = vm.add();
                }
                if (next != null) {
                    focus(next);
                }
            } else if (k.getCode() == KeyCode.DELETE && k.isShortcutDown()) {
                k.consume();
                OfficialEntry next = vm.next(e);
                vm.remove(e);
                if (!vm.entries().contains(e)) {
                    if (next != null) {
                        focus(next);
                    } else {
                        addOfficialButton.requestFocus();
                    }
                }
            }
        });
        return row;
    }

    private void focus(OfficialEntry e) {
        OfficialRow row = rowsByEntry.get(e);
        if (row != null) {
            row.focusName();
            row.layout();
            officialsScroll.layout();
            double h = officialRows.getBoundsInLocal().getHeight();
            double view = officialsScroll.getViewportBounds().getHeight();
            if (h > view && view > 0) {
                double y = row.getBoundsInParent().getMaxY();
                double top = officialsScroll.getVvalue() * (h - view);
                if (y > top + view) {
                    officialsScroll.setVvalue(Math.min(1, (y - view) / (h - view)));
                }
            }
        }
    }

    @FXML
    private void addOfficial() {
        // a blank last row is where the next official goes: no pile of officialsEmpty officialRows
        OfficialEntry last = vm.entries().isEmpty() ? null : vm.entries().get(vm.entries().size() - 1);
        OfficialEntry e = last != null && last.isBlank() ? last : vm.add();
        if (e != null) {
            focus(e);
        }
    }

    @Override
    public String titleKey() {
        return "ui.visit.tab.officials";
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void load(String visitId) {
    }

    /** How many officials are listed; call after {@link #attach}. */
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
