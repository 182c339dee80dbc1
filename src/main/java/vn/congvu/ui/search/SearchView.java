package vn.congvu.ui.search;

import javafx.beans.property.SimpleStringProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.TextFields;
import vn.congvu.app.PlanService;
import vn.congvu.app.SearchResult;
import vn.congvu.app.UnitNames;
import vn.congvu.domain.Result;
import vn.congvu.domain.Unit;
import vn.congvu.ui.Place;
import vn.congvu.ui.Screen;
import vn.congvu.ui.UiContext;
import vn.congvu.ui.common.DatePickers;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;

/** Search across visits, findings, officials and dossiers, with filters. */
public final class SearchView implements Screen {

    private static final KeyCombination FIND = KeyCombination.keyCombination("Shortcut+F");

    private final UiContext ctx;
    private final SearchViewModel vm;

    @FXML private BorderPane root;
    @FXML private TextField query;
    @FXML private ProgressIndicator busy;
    @FXML private ComboBox<PlanService.PlanSummary> planFilter;
    @FXML private TextField unitFilter;
    @FXML private DatePicker fromFilter;
    @FXML private DatePicker toFilter;
    @FXML private ComboBox<Result> resultFilter;
    @FXML private Label summary;
    @FXML private TableView<SearchResult> table;
    @FXML private TableColumn<SearchResult, String> kindColumn;
    @FXML private TableColumn<SearchResult, String> dateColumn;
    @FXML private TableColumn<SearchResult, String> unitColumn;
    @FXML private TableColumn<SearchResult, String> titleColumn;
    @FXML private TableColumn<SearchResult, String> detailColumn;

    public SearchView(UiContext ctx) {
        this.ctx = ctx;
        this.vm = new SearchViewModel(ctx);
    }

    @FXML
    private void initialize() {
        query.textProperty().bindBidirectional(vm.textProperty());
        busy.visibleProperty().bind(vm.busyProperty());
        planFilter.setItems(vm.plans());
        planFilter.setConverter(converter(s -> s.plan().number().isBlank() ? ctx.messages().get("ui.plans.noNumber")
                : s.plan().number() + (s.plan().title().isBlank() ? "" : " – " + s.plan().title())));
        planFilter.valueProperty().bindBidirectional(vm.planProperty());
        var completion = TextFields.bindAutoCompletion(unitFilter, r -> vm.suggestUnits(r.getUserText()),
                converter(UnitNames::of));
        completion.setOnAutoCompleted(e -> vm.unitProperty().set(e.getCompletion()));
        unitFilter.textProperty().addListener((o, a, b) -> {
            if (b == null || b.isBlank()) {
                vm.unitProperty().set(null);
            }
        });
        DatePickers.vietnamese(fromFilter);
        DatePickers.vietnamese(toFilter);
        fromFilter.valueProperty().bindBidirectional(vm.fromProperty());
        toFilter.valueProperty().bindBidirectional(vm.toProperty());
        resultFilter.getItems().add(null);
        resultFilter.getItems().addAll(Arrays.asList(Result.values()));
        resultFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(Result r) {
                return r == null ? ctx.messages().get("ui.search.anyResult") : ctx.messages().get("result." + r);
            }

            @Override
            public Result fromString(String s) {
                return null;
            }
        });
        resultFilter.valueProperty().bindBidirectional(vm.resultProperty());
        summary.textProperty().bind(vm.summaryProperty());

        table.setItems(vm.results());
        column(kindColumn, r -> ctx.messages().get("search.kind." + r.kind())
                + (r.result() == null ? "" : " · " + ctx.messages().get("result." + r.result())));
        column(dateColumn, r -> r.date() == null ? "" : DatePickers.DAY.format(r.date()));
        column(unitColumn, r -> r.unitName() == null ? "" : r.unitName());
        column(titleColumn, SearchResult::title);
        column(detailColumn, r -> r.detail() == null ? "" : r.detail());
        table.setRowFactory(t -> {
            TableRow<SearchResult> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                vm.open(table.getSelectionModel().getSelectedItem());
            }
        });
        query.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                table.requestFocus();
                table.getSelectionModel().selectFirst();
            }
        });
    }

    private static <T> StringConverter<T> converter(Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : show.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private static <T> void column(TableColumn<T, String> column, Function<T, String> value) {
        column.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
    }

    @FXML
    private void clearFilters() {
        unitFilter.clear();
        vm.clearFilters();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void shown(Place place) {
        vm.loadPlans();
        vm.run();
        query.requestFocus();
    }

    @Override
    public Map<KeyCombination, Runnable> shortcuts() {
        return Map.of(FIND, query::requestFocus);
    }
}
