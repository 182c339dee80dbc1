package vn.congvu.ui.settings;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.congvu.app.CalendarService;
import vn.congvu.app.Messages;
import vn.congvu.app.SettingsService;
import vn.congvu.ui.UiContext;
import vn.congvu.ui.common.Autosaver;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings screen: the inspector's profile, the names in document headers, the afternoon cut-off of
 * the due-date rule, language and theme. Text settings save themselves like any other field.
 */
public final class SettingsViewModel {

    private final UiContext ctx;
    private final SettingsService settings;
    private final Map<String, StringProperty> fields = new LinkedHashMap<>();
    private final StringProperty language = new SimpleStringProperty(this, "language", "vi");
    private final StringProperty theme = new SimpleStringProperty(this, "theme", "light");
    private final ReadOnlyStringWrapper cutoffError = new ReadOnlyStringWrapper(this, "cutoffError");
    private boolean loading;

    public SettingsViewModel(UiContext ctx) {
        this.ctx = ctx;
        this.settings = ctx.workspace().settings();
        for (String key : new String[] {SettingsService.PROFILE_NAME, SettingsService.PROFILE_POSITION,
                SettingsService.HEADER_PARENT_BODY, SettingsService.HEADER_ISSUING_BODY, SettingsService.HEADER_PLACE,
                CalendarService.SETTING_AFTERNOON_CUTOFF}) {
            StringProperty p = new SimpleStringProperty(this, key, "");
            p.addListener((o, a, b) -> changed(key));
            fields.put(key, p);
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

    public void openDataFolder() {
        ctx.dialogs().openWithDesktop(dataFolder());
    }
}
