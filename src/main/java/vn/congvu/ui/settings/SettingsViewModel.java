package vn.congvu.ui.settings;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.congvu.app.CalendarService;
import vn.congvu.app.Messages;
import vn.congvu.app.SettingsService;
import vn.congvu.app.export.DocumentSettings;
import vn.congvu.app.export.ExportService.TemplateKind;
import vn.congvu.ui.UiContext;
import vn.congvu.ui.common.Autosaver;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings screen: the inspector's profile, the names in document headers, the documents' numbering
 * symbols, copies and templates, the afternoon cut-off of the due-date rule, language and theme. Text settings
 * save themselves like any other field; a template is saved only once it has passed its check.
 */
public final class SettingsViewModel {

    private final UiContext ctx;
    private final SettingsService settings;
    private final Map<String, StringProperty> fields = new LinkedHashMap<>();
    private final StringProperty language = new SimpleStringProperty(this, "language", "vi");
    private final StringProperty theme = new SimpleStringProperty(this, "theme", "light");
    private final ReadOnlyStringWrapper cutoffError = new ReadOnlyStringWrapper(this, "cutoffError");
    private final ReadOnlyStringWrapper copiesError = new ReadOnlyStringWrapper(this, "copiesError");
    private final Map<TemplateKind, ReadOnlyStringWrapper> templates = new EnumMap<>(TemplateKind.class);
    private final Map<TemplateKind, ReadOnlyStringWrapper> templateMessages = new EnumMap<>(TemplateKind.class);
    private final Map<TemplateKind, ReadOnlyBooleanWrapper> templateRefused = new EnumMap<>(TemplateKind.class);
    private boolean loading;

    public SettingsViewModel(UiContext ctx) {
        this.ctx = ctx;
        this.settings = ctx.workspace().settings();
        for (String key : new String[] {SettingsService.PROFILE_NAME, SettingsService.PROFILE_POSITION,
                SettingsService.HEADER_PARENT_BODY, SettingsService.HEADER_ISSUING_BODY, SettingsService.HEADER_PLACE,
                CalendarService.SETTING_AFTERNOON_CUTOFF, DocumentSettings.MINUTES_SYMBOL,
                DocumentSettings.REPORT_SYMBOL, DocumentSettings.MINUTES_COPIES}) {
            StringProperty p = new SimpleStringProperty(this, key, "");
            p.addListener((o, a, b) -> changed(key));
            fields.put(key, p);
        }
        for (TemplateKind kind : TemplateKind.values()) {
            templates.put(kind, new ReadOnlyStringWrapper(this, "template" + kind, ""));
            templateMessages.put(kind, new ReadOnlyStringWrapper(this, "templateMessage" + kind));
            templateRefused.put(kind, new ReadOnlyBooleanWrapper(this, "templateRefused" + kind));
        }
    }

    public StringProperty field(String key) {
        return fields.get(key);
    }

    public StringProperty languageProperty() {
        return language;
    }

    public StringProperty themeProperty() {
        return theme;
    }

    public ReadOnlyStringProperty cutoffErrorProperty() {
        return cutoffError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty copiesErrorProperty() {
        return copiesError.getReadOnlyProperty();
    }

    /** The edited template in use for {@code kind}, or "" for the shipped one. */
    public ReadOnlyStringProperty templateProperty(TemplateKind kind) {
        return templates.get(kind).getReadOnlyProperty();
    }

    /** What the last choice of a template came to: accepted, or why it was refused (tag and place named). */
    public ReadOnlyStringProperty templateMessageProperty(TemplateKind kind) {
        return templateMessages.get(kind).getReadOnlyProperty();
    }

    /** Whether {@link #templateMessageProperty} is a refusal. */
    public ReadOnlyBooleanProperty templateRefusedProperty(TemplateKind kind) {
        return templateRefused.get(kind).getReadOnlyProperty();
    }

    public Path dataFolder() {
        return ctx.workspace().file().toAbsolutePath().getParent();
    }

    public void load() {
        ctx.background().submit("settings", p -> settings.all(), all -> {
            loading = true;
            try {
                fields.forEach((key, p) -> p.set(all.getOrDefault(key, "")));
                language.set(all.getOrDefault(SettingsService.UI_LANGUAGE, "vi"));
                theme.set(all.getOrDefault(SettingsService.UI_THEME, "light"));
                templates.forEach((kind, p) -> p.set(all.getOrDefault(kind.settingKey(), "")));
            } finally {
                loading = false;
            }
        }, failure -> ctx.dialogs().showError(ctx.messages().get("ui.settings.loadFailed"), ctx.describe(failure)));
    }

    private void changed(String key) {
        if (!loading) {
            ctx.autosaver().changed(fields.get(key), () -> saveJob(key));
        }
    }

    public void commit(String key) {
        ctx.autosaver().commit(fields.get(key));
    }

    private Autosaver.Job<?> saveJob(String key) {
        String value = fields.get(key).get() == null ? "" : fields.get(key).get().trim();
        if (key.equals(CalendarService.SETTING_AFTERNOON_CUTOFF)) {
            try {
                LocalTime.parse(value);
                cutoffError.set(null);
            } catch (DateTimeParseException e) {
                cutoffError.set(ctx.messages().get("ui.settings.cutoffInvalid", value));
                return null;
            }
        }
        if (key.equals(DocumentSettings.MINUTES_COPIES)) {
            if (!value.isEmpty() && !validCopies(value)) {
                copiesError.set(ctx.messages().get("ui.settings.copiesInvalid", value));
                return null;
            }
            copiesError.set(null);
        }
        return new Autosaver.Job<>("setting " + key, p -> {
            settings.put(key, value);
            if (key.equals(CalendarService.SETTING_AFTERNOON_CUTOFF)) {
                ctx.workspace().calendar().invalidate();
            }
            return value;
        }, saved -> { });
    }

    /** Saves the choice and rebuilds the window in that language; what is being typed is saved first. */
    public void chooseLanguage(String tag) {
        if (tag == null || tag.equals(language.get()) && tag.equals(ctx.messages().locale().getLanguage())) {
            return;
        }
        language.set(tag);
        ctx.autosaver().flushAll();
        ctx.background().save("language", p -> {
            settings.put(SettingsService.UI_LANGUAGE, tag);
            return tag;
        }, saved -> ctx.shell().switchLanguage(Messages.localeOf(saved)),
                failure -> ctx.dialogs().showError(ctx.messages().get("ui.settings.saveFailed"), ctx.describe(failure)));
    }

    public void chooseTheme(String value) {
        if (value == null || loading) {
            return;
        }
        theme.set(value);
        ctx.shell().applyTheme(value);
        ctx.background().save("theme", p -> {
            settings.put(SettingsService.UI_THEME, value);
            return value;
        }, saved -> { }, failure -> ctx.dialogs().showError(ctx.messages().get("ui.settings.saveFailed"),
                ctx.describe(failure)));
    }

    private static boolean validCopies(String value) {
        try {
            int n = Integer.parseInt(value);
            return n > 0 && n < 100;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Chooses an edited template: it is checked at once (in the background) against the tags the program fills,
     * and saved only if it passes; a refusal names the tag and where it is, and the template in use stays.
     */
    public void chooseTemplate(TemplateKind kind) {
        Messages m = ctx.messages();
        ctx.dialogs().openFile(m.get("ui.settings.chooseTemplateTitle." + kind.name()), m.get("ui.export.filter.docx"),
                "*.docx").ifPresent(file -> useTemplate(kind, file.toAbsolutePath()));
    }

    void useTemplate(TemplateKind kind, Path file) {
        templateMessages.get(kind).set(ctx.messages().get("ui.settings.templateChecking"));
        templateRefused.get(kind).set(false);
        ctx.background().submit("check template", p -> {
            if (kind == TemplateKind.MINUTES) {
                ctx.workspace().exports().checkMinutesTemplate(file);
            } else {
                ctx.workspace().exports().checkReportTemplate(file);
            }
            return file;
        }, checked -> saveTemplate(kind, checked.toString(), ctx.messages().get("ui.settings.templateAccepted."
                + kind.name(), String.valueOf(checked.getFileName()))), failure -> {
            templateRefused.get(kind).set(true);
            templateMessages.get(kind).set(ctx.describe(failure));
        });
    }

    /** Dùng mẫu mặc định: forgets the edited template; the shipped one is used again. */
    public void useShippedTemplate(TemplateKind kind) {
        saveTemplate(kind, "", ctx.messages().get("ui.settings.templateShippedAgain"));
    }

    private void saveTemplate(TemplateKind kind, String value, String message) {
        ctx.background().save("template " + kind, p -> {
            settings.put(kind.settingKey(), value);
            return value;
        }, saved -> {
            templates.get(kind).set(saved);
            templateRefused.get(kind).set(false);
            templateMessages.get(kind).set(message);
        }, failure -> {
            templateRefused.get(kind).set(true);
            templateMessages.get(kind).set(ctx.describe(failure));
        });
    }

    public void openDataFolder() {
        ctx.dialogs().openWithDesktop(dataFolder());
    }
}
