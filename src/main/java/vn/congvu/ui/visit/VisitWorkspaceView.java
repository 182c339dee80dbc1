package vn.congvu.ui.visit;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import vn.congvu.app.visit.VisitRecord;
import vn.congvu.ui.Place;
import vn.congvu.ui.Screen;
import vn.congvu.ui.UiContext;
import vn.congvu.ui.common.ViewLoader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The visit workspace: the header (unit, date, start time, status, plan), the tabs (checklist, officials,
 * dossiers, then those other packages contribute) and the live summary, always in sight. Alt+1…9 switch
 * tabs, Ctrl+S saves what is waiting at once (nothing needs it: every edit saves itself).
 */
public final class VisitWorkspaceView implements Screen {

    private final UiContext ctx;
    private final VisitWorkspaceViewModel vm;
    private final List<VisitTab> tabViews = new ArrayList<>();
    private final Map<KeyCombination, Runnable> accelerators = new LinkedHashMap<>();
    private ChecklistView checklistView;
    private OfficialsView officialsView;
    private DossiersView dossiersView;
    private VisitTab current;
    private vn.congvu.ui.exchange.FinalisationBar finalisation;

    @FXML private BorderPane root;
    @FXML private javafx.scene.control.Button exportMinutesButton;
    @FXML private Label visitUnit;
    @FXML private Label visitStatus;
    @FXML private ProgressIndicator visitBusy;
    @FXML private Label visitTemplate;
    @FXML private javafx.scene.layout.HBox finalisationBox;
    @FXML private Label visitDate;
    @FXML private TextField visitStart;
    @FXML private Label visitStartError;
    @FXML private Label visitPlan;
    @FXML private Label visitLoadError;
    @FXML private TabPane tabPane;
    @FXML private Label summaryAnswered;
    @FXML private ProgressBar summaryProgress;
    @FXML private Label summaryVerdicts;
    @FXML private Label summaryScore;
    @FXML private VBox summaryGroups;
    @FXML private Label summaryPhotos;
    @FXML private Label summaryUnsaved;
    @FXML private Label summaryOfficials;
    @FXML private VBox summaryViolators;
    @FXML private Label summaryDossiers;
    @FXML private VBox summaryOverdue;
    @FXML private VBox summaryPeople;
    @FXML private VBox summaryHistorySection;
    @FXML private VBox summaryHistory;

    public VisitWorkspaceView(UiContext ctx) {
        this.ctx = ctx;
        this.vm = new VisitWorkspaceViewModel(ctx);
    }

    @FXML
    private void initialize() {
        root.getStylesheets().add(VisitWorkspaceView.class.getResource("visit.css").toExternalForm());
        ViewLoader views = new ViewLoader(ctx.messages().bundle(), ctx);
        checklistView = views.load(ChecklistView.class).view();
        checklistView.attach(vm.checklist());
        officialsView = views.load(OfficialsView.class).view();
        officialsView.attach(vm.officials());
        dossiersView = views.load(DossiersView.class).view();
        dossiersView.attach(vm.dossiers());
        tabViews.add(checklistView);
        tabViews.add(officialsView);
        tabViews.add(dossiersView);
        tabViews.addAll(VisitTabs.more(ctx, views));
        String[] ids = {"tab-checklist", "tab-officials", "tab-dossiers"};
        for (int i = 0; i < tabViews.size(); i++) {
            VisitTab t = tabViews.get(i);
            Tab tab = new Tab(ctx.messages().get(t.titleKey()), t.root());
            tab.setId(i < ids.length ? ids[i] : "tab-" + i);
            tab.setClosable(false);
            ObservableValue<String> badge = t.badge();
            if (badge != null) {
                Label b = new Label();
                b.getStyleClass().add("tab-badge");
                b.textProperty().bind(badge);
                b.visibleProperty().bind(Bindings.createBooleanBinding(() -> badge.getValue() != null
                        && !badge.getValue().isEmpty(), badge));
                tab.setGraphic(b);
            }
            if (i < 9) {
                KeyCombination key = new KeyCodeCombination(KeyCode.valueOf("DIGIT" + (i + 1)), KeyCombination.ALT_DOWN);
                tab.setTooltip(new Tooltip(ctx.messages().get(t.titleKey()) + "  (" + key.getDisplayText() + ")"));
                accelerators.put(key, () -> tabPane.getSelectionModel().select(tab));
            }
            tab.setUserData(t);
            tabPane.getTabs().add(tab);
        }
        accelerators.put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), vm::flush);
        installExport();
        finalisation = new vn.congvu.ui.exchange.FinalisationBar(ctx, finalisationBox, vm::open);
        accelerators.putAll(finalisation.shortcuts());
        tabPane.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> tabChanged(b));
        current = checklistView;
        root.sceneProperty().addListener((o, old, now) -> {
            if (old != null) {
                // only ours: the next screen may have put its own action on the same keys (Ctrl+E) already
                accelerators.forEach((k, action) -> old.getAccelerators().remove(k, action));
            }
            if (now != null) {
                installAccelerators(now);
            }
        });

        visitBusy.visibleProperty().bind(vm.loadingProperty());
        visitBusy.managedProperty().bind(visitBusy.visibleProperty());
        visitUnit.textProperty().bind(vm.unitNameProperty());
        visitStatus.textProperty().bind(vm.statusTextProperty());
        visitTemplate.textProperty().bind(vm.templateTextProperty());
        visitDate.textProperty().bind(vm.dateTextProperty());
        visitPlan.textProperty().bind(vm.planTextProperty());
        visitStart.textProperty().bindBidirectional(vm.startTextProperty());
        visitStart.disableProperty().bind(vm.readOnlyProperty());
        visitStart.setOnAction(e -> vm.commitStart());
        visitStart.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                vm.commitStart();
            }
        });
        visitStart.setTooltip(new Tooltip(ctx.messages().get("ui.visit.startTip")));
        ValidationSupport validation = new ValidationSupport();
        validation.registerValidator(visitStart, false, (c, v) -> ValidationResult.fromErrorIf(c,
                vm.startErrorProperty().get(), vm.startErrorProperty().get() != null));
        vm.startErrorProperty().addListener((o, a, b) -> validation.revalidate(visitStart));
        bindMessage(visitStartError, vm.startErrorProperty());
        bindMessage(visitLoadError, vm.loadErrorProperty());

        summaryAnswered.textProperty().bind(vm.answeredTextProperty());
        summaryProgress.progressProperty().bind(vm.progressProperty());
        summaryVerdicts.textProperty().bind(vm.verdictsTextProperty());
        summaryScore.textProperty().bind(vm.scoreTextProperty());
        bindMessage(summaryPhotos, vm.photosTextProperty());
        bindMessage(summaryUnsaved, vm.unsavedTextProperty());
        summaryOfficials.textProperty().bind(vm.officialsTextProperty());
        summaryDossiers.textProperty().bind(vm.dossiersTextProperty());
        bindLines(summaryGroups, vm.failuresByGroup(), ctx.messages().get("ui.visit.summary.noFailures"),
                "summary-failure");
        bindLines(summaryViolators, vm.violators(), null, "summary-bad");
        bindLines(summaryOverdue, vm.overdueDossiers(), null, "summary-bad");
        bindLines(summaryPeople, vm.people(), null, "summary-line");
        bindLines(summaryHistory, vm.history(), null, "summary-history");
        summaryHistorySection.visibleProperty().bind(Bindings.isNotEmpty(vm.history()));
        summaryHistorySection.managedProperty().bind(summaryHistorySection.visibleProperty());

        vm.openedProperty().addListener((o, a, b) -> {
            VisitRecord r = vm.recordProperty().get();
            if (r != null) {
                finalisation.show(r);
                checklistView.show();
                officialsView.show();
                dossiersView.show();
                for (VisitTab t : tabViews.subList(3, tabViews.size())) {
                    t.setReadOnly(vm.readOnlyProperty().get());
                    t.load(r.visit().id());
                }
                if (tabPane.getSelectionModel().getSelectedItem() == tabPane.getTabs().get(0)) {
                    javafx.application.Platform.runLater(checklistView::focusFirstOpen);
                }
            }
        });
    }

    /** Xuất biên bản (Ctrl+E): the shared export flow of {@code ui.export}. */
    private void installExport() {
        exportMinutesButton.disableProperty().bind(vm.recordProperty().isNull());
        vn.congvu.ui.common.Shortcuts.tooltip(exportMinutesButton, ctx.messages().get("ui.visit.exportMinutesTip"),
                EXPORT_MINUTES);
        accelerators.put(EXPORT_MINUTES, this::exportMinutes);
    }

    static final KeyCombination EXPORT_MINUTES = KeyCombination.keyCombination("Shortcut+E");

    @FXML
    private void exportMinutes() {
        VisitRecord r = vm.recordProperty().get();
        if (r != null) {
            new vn.congvu.ui.export.Exports(ctx, () -> root.getScene() == null ? null : root.getScene().getWindow())
                    .minutes(r.visit().id(), r.unitName(), r.visit().visitDate());
        }
    }

    private void installAccelerators(Scene scene) {
        accelerators.forEach((k, action) -> scene.getAccelerators().put(k, action));
    }

    private void tabChanged(Tab tab) {
        if (current != null) {
            current.leave();
        }
        current = tab == null ? null : (VisitTab) tab.getUserData();
        if (current == checklistView) {
            vm.refreshEvidence();
        }
    }

    private static void bindMessage(Label label, javafx.beans.property.ReadOnlyStringProperty p) {
        label.textProperty().bind(Bindings.when(p.isNull()).then("").otherwise(p));
        label.visibleProperty().bind(p.isNotNull());
        label.managedProperty().bind(label.visibleProperty());
    }

    /**
     * Shows a list of lines as labels, reusing the labels already there (the summary changes after every
     * save; new labels would mean matching CSS again each time).
     */
    private static void bindLines(VBox box, ObservableList<String> lines, String whenEmpty, String style) {
        Runnable fill = () -> {
            List<String> texts = new ArrayList<>(lines);
            boolean empty = texts.isEmpty() && whenEmpty != null;
            if (empty) {
                texts.add(whenEmpty);
            }
            while (box.getChildren().size() > texts.size()) {
                box.getChildren().remove(box.getChildren().size() - 1);
            }
            while (box.getChildren().size() < texts.size()) {
                Label l = new WrappedLabel();
                l.getStyleClass().add(style);
                box.getChildren().add(l);
            }
            for (int i = 0; i < texts.size(); i++) {
                Label l = (Label) box.getChildren().get(i);
                l.setText(texts.get(i));
                l.pseudoClassStateChanged(MUTED, empty);
            }
        };
        lines.addListener((ListChangeListener<String>) c -> fill.run());
        fill.run();
    }

    private static final javafx.css.PseudoClass MUTED = javafx.css.PseudoClass.getPseudoClass("muted");

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void shown(Place place) {
        if (place instanceof Place.VisitPlace v) {
            vm.open(v.visitId());
        }
    }

    @Override
    public void hidden() {
        if (current != null) {
            current.leave();
        }
        ctx.autosaver().flushAll();
    }
}
