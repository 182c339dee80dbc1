package vn.congvu.app;

import vn.congvu.store.Database;
import vn.congvu.store.SettingsRepository;

import java.util.Map;
import java.util.Optional;

/** The settings of this laptop: the inspector's profile, document headers, and how the app looks. */
public final class SettingsService {

    public static final String PROFILE_NAME = Workspace.SETTING_PROFILE_NAME;
    public static final String PROFILE_POSITION = "profile.position";
    /** cơ quan chủ quản, top left of documents (bodies were renamed in 2025, so it is a setting) */
    public static final String HEADER_PARENT_BODY = "header.parentBody";
    /** cơ quan ban hành, under it, bold */
    public static final String HEADER_ISSUING_BODY = "header.issuingBody";
    public static final String HEADER_PLACE = "header.place";
    public static final String UI_LANGUAGE = "ui.language";
    public static final String UI_THEME = "ui.theme";
    public static final String UI_WINDOW = "ui.window";
    public static final String UI_LAST_PLAN = "ui.lastPlan";

    private static final Map<String, String> DEFAULTS = Map.of(
            HEADER_PARENT_BODY, "UBND THÀNH PHỐ HÀ NỘI",
            HEADER_ISSUING_BODY, "ĐOÀN KIỂM TRA CÔNG VỤ",
            HEADER_PLACE, "Hà Nội",
            UI_LANGUAGE, "vi",
            UI_THEME, "light",
            CalendarService.SETTING_AFTERNOON_CUTOFF, CalendarService.DEFAULT_AFTERNOON_CUTOFF.toString());

    private final Workspace ws;
    private final Database db;
    private final SettingsRepository settings;

    SettingsService(Workspace ws, Database db, SettingsRepository settings) {
        this.ws = ws;
        this.db = db;
        this.settings = settings;
    }

    /** The value, or the built-in default, or empty. */
    public Optional<String> get(String key) {
        Optional<String> stored = db.read(c -> settings.get(c, key)).filter(v -> !v.isBlank());
        return stored.or(() -> Optional.ofNullable(DEFAULTS.get(key)));
    }

    public String getOrDefault(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    /** Every setting with the defaults filled in, read at once (for the settings screen and start-up). */
    public Map<String, String> all() {
        Map<String, String> out = new java.util.HashMap<>(DEFAULTS);
        db.read(settings::all).forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                out.put(k, v);
            }
        });
        return out;
    }

    public void put(String key, String value) {
        if (PROFILE_NAME.equals(key)) {
            ws.setProfileName(value);
            return;
        }
        db.write(c -> settings.put(c, key, value == null ? null : value.trim()));
    }
}
