package vn.congvu.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the app keeps its files, by each OS's convention for per-user application data:
 * Windows {@code %APPDATA%\CongVu}, macOS {@code ~/Library/Application Support/CongVu}, Linux
 * {@code $XDG_DATA_HOME/congvu} or {@code ~/.local/share/congvu}. {@code CONGVU_DB} names another
 * database file; {@code --db} on the command line wins over both.
 */
public final class AppPaths {

    public static final String DB_FILE_NAME = "congvu.db";

    private final Map<String, String> env;
    private final String osName;
    private final Path home;

    public AppPaths(Map<String, String> env, String osName, Path home) {
        this.env = env;
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.home = home;
    }

    public static AppPaths fromSystem() {
        return new AppPaths(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    private boolean windows() {
        return osName.startsWith("windows");
    }

    private boolean mac() {
        return osName.startsWith("mac") || osName.startsWith("darwin");
    }

    private String env(String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v;
    }

    /** The folder of the default database and of evidence files copied in. */
    public Path defaultDataDir() {
        if (windows()) {
            String appData = env("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming")).resolve("CongVu");
        }
        if (mac()) {
            return home.resolve("Library").resolve("Application Support").resolve("CongVu");
        }
        String xdg = env("XDG_DATA_HOME");
        return (xdg != null ? Path.of(xdg) : home.resolve(".local").resolve("share")).resolve("congvu");
    }

    /** The database to open: {@code explicit} (from --db) if given, else $CONGVU_DB, else the default. */
    public Path database(Path explicit) {
        if (explicit != null) {
            return explicit;
        }
        String fromEnv = env("CONGVU_DB");
        return fromEnv != null ? Path.of(fromEnv) : defaultDataDir().resolve(DB_FILE_NAME);
    }

    /** Whether {@code db} is the default file, whose folder the app may create itself. */
    public boolean isDefault(Path db) {
        return db.toAbsolutePath().normalize().equals(defaultDataDir().resolve(DB_FILE_NAME).toAbsolutePath().normalize());
    }

    /** The OS's folder for this app's logs ({@code CONGVU_LOG_DIR} overrides). */
    public Path logDir() {
        String explicit = env("CONGVU_LOG_DIR");
        if (explicit != null) {
            return Path.of(explicit);
        }
        if (windows()) {
            String local = env("LOCALAPPDATA");
            return (local != null ? Path.of(local) : home.resolve("AppData").resolve("Local"))
                    .resolve("CongVu").resolve("Logs");
        }
        if (mac()) {
            return home.resolve("Library").resolve("Logs").resolve("CongVu");
        }
        String xdg = env("XDG_STATE_HOME");
        return (xdg != null ? Path.of(xdg) : home.resolve(".local").resolve("state")).resolve("congvu").resolve("logs");
    }

    /** Evidence files of a database live beside it, so that copying the folder copies everything. */
    public static Path evidenceDir(Path database) {
        return database.toAbsolutePath().getParent().resolve("evidence");
    }
}
