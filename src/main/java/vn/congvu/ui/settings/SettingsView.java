package vn.congvu.ui.settings;

import atlantafx.base.controls.ToggleSwitch;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import vn.congvu.app.CalendarService;
import vn.congvu.app.SettingsService;
import vn.congvu.app.export.DocumentSettings;
import vn.congvu.app.export.ExportService.TemplateKind;
import vn.congvu.ui.export.Exports;
import vn.congvu.ui.Place;
import vn.congvu.ui.Screen;
import vn.congvu.ui.UiContext;

/** The settings screen. */
public final class SettingsView implements Screen {

    private final UiContext ctx;
    private final SettingsViewModel vm;

    @FXML private BorderPane root;
    @FXML private TextField nameField;
    @FXML private TextField positionField;
    @FXML private TextField parentBodyField;
    @FXML private TextField issuingBodyField;
    @FXML private TextField placeField;
    @FXML private TextField cutoffField;
    @FXML private TextField minutesSymbolField;
    @FXML private TextField reportSymbolField;
    @FXML private TextField copiesField;
    @FXML private Label copiesError;
    @FXML private Label minutesTemplatePath;
    @FXML private Label minutesTemplateMessage;
    @FXML private Button shippedMinutesTemplate;
    @FXML private Label reportTemplatePath;
    @FXML private Label reportTemplateMessage;
    @FXML private Button shippedReportTemplate;
    @FXML private ComboBox<String> languageField;
    @FXML private ToggleSwitch darkThemeField;
    @FXML private Label dataFolder;
    @FXML private Button openFolderButton;

    public SettingsView(UiContext ctx) {
        this.ctx = ctx;
        this.vm = new SettingsViewModel(ctx);
    }

    @FXML
    private void initialize() {
        bind(nameField, SettingsService.PROFILE_NAME);
        bind(positionField, SettingsService.PROFILE_POSITION);
        bind(parentBodyField, SettingsService.HEADER_PARENT_BODY);
        bind(issuingBodyField, SettingsService.HEADER_ISSUING_BODY);
        bind(placeField, SettingsService.HEADER_PLACE);
        bind(cutoffField, CalendarService.SETTING_AFTERNOON_CUTOFF);
        bind(minutesSymbolField, DocumentSettings.MINUTES_SYMBOL);
        bind(reportSymbolField, DocumentSettings.REPORT_SYMBOL);
        bind(copiesField, DocumentSettings.MINUTES_COPIES);
        minutesSymbolField.setPromptText(DocumentSettings.DEFAULT_MINUTES_SYMBOL);
        reportSymbolField.setPromptText(DocumentSettings.DEFAULT_REPORT_SYMBOL);
        copiesField.setPromptText(String.valueOf(DocumentSettings.DEFAULT_COPIES));
        copiesError.textProperty().bind(Bindings.when(vm.copiesErrorProperty().isNull()).then("")
                .otherwise(vm.copiesErrorProperty()));
        copiesError.visibleProperty().bind(vm.copiesErrorProperty().isNotNull());
        copiesError.managedProperty().bind(copiesError.visibleProperty());
        bindTemplate(TemplateKind.MINUTES, minutesTemplatePath, minutesTemplateMessage, shippedMinutesTemplate);
        bindTemplate(TemplateKind.REPORT, reportTemplatePath, reportTemplateMessage, shippedReportTemplate);
        ValidationSupport validation = new ValidationSupport();
        validation.registerValidator(cutoffField, false, (c, v) -> ValidationResult.fromErrorIf(c,
                vm.cutoffErrorProperty().get(), vm.cutoffErrorProperty().get() != null));
        vm.cutoffErrorProperty().addListener((o, a, b) -> validation.revalidate(cutoffField));

        languageField.getItems().setAll("vi", "en");
        languageField.setConverter(new StringConverter<>() {
            @Override
            public String toString(String tag) {
                return tag == null ? "" : ctx.messages().get("ui.settings.language." + tag);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        languageField.valueProperty().bindBidirectional(vm.languageProperty());
        languageField.setOnAction(e -> vm.chooseLanguage(languageField.getValue()));
        vm.themeProperty().addListener((o, a, b) -> darkThemeField.setSelected("dark".equals(b)));
        darkThemeField.selectedProperty().addListener((o, a, b) -> vm.chooseTheme(b ? "dark" : "light"));
        dataFolder.setText(vm.dataFolder().toString());
    }

    private void bind(TextField field, String key) {
        field.textProperty().bindBidirectional(vm.field(key));
        field.setOnAction(e -> vm.commit(key));
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                vm.commit(key);
            }
        });
    }

    private void bindTemplate(TemplateKind kind, Label path, Label message, Button shipped) {
        var chosen = vm.templateProperty(kind);
        path.textProperty().bind(Bindings.when(chosen.isEmpty())
                .then(ctx.messages().get("ui.settings.shippedTemplate")).otherwise(chosen));
        shipped.disableProperty().bind(chosen.isEmpty());
        var text = vm.templateMessageProperty(kind);
        message.textProperty().bind(Bindings.when(text.isNull()).then("").otherwise(text));
        message.visibleProperty().bind(text.isNotNull());
        message.managedProperty().bind(message.visibleProperty());
        vm.templateRefusedProperty(kind).addListener((o, a, refused) -> {
            message.getStyleClass().removeAll("field-error", "success");
            message.getStyleClass().add(refused ? "field-error" : "success");
        });
    }

    private Exports exports() {
        return new Exports(ctx, () -> root.getScene() == null ? null : root.getScene().getWindow());
    }

    @FXML
    private void chooseMinutesTemplate() {
        vm.chooseTemplate(TemplateKind.MINUTES);
    }

    @FXML
    private void shippedMinutesTemplate() {
        vm.useShippedTemplate(TemplateKind.MINUTES);
    }

    @FXML
    private void copyMinutesTemplate() {
        exports().shippedTemplate(TemplateKind.MINUTES);
    }

    @FXML
    private void chooseReportTemplate() {
        vm.chooseTemplate(TemplateKind.REPORT);
    }

    @FXML
    private void shippedReportTemplate() {
        vm.useShippedTemplate(TemplateKind.REPORT);
    }

    @FXML
    private void copyReportTemplate() {
        exports().shippedTemplate(TemplateKind.REPORT);
    }

    @FXML
    private void openFolder() {
        vm.openDataFolder();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void shown(Place place) {
        vm.load();
    }

    @Override
    public void hidden() {
        ctx.autosaver().flushAll();
    }
}
