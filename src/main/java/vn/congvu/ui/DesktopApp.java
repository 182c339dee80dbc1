package vn.congvu.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.scene.image.Image;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.congvu.app.AppException;
import vn.congvu.app.AppPaths;
import vn.congvu.app.Messages;
import vn.congvu.app.SettingsService;
import vn.congvu.app.Workspace;
import vn.congvu.app.backup.BackupReason;
import vn.congvu.app.backup.BackupService;
import vn.congvu.app.backup.InUseLock;
import vn.congvu.app.backup.RestoreResult;
import vn.congvu.domain.IntegrityIssue;
import vn.congvu.ui.common.Autosaver;
import vn.congvu.ui.common.FxBackground;
import vn.congvu.ui.common.FxDialogService;
import vn.congvu.ui.common.FxScheduler;
import vn.congvu.ui.common.SaveStatus;
import vn.congvu.ui.common.ViewLoader;
import vn.congvu.ui.exchange.ExchangeActions;
import vn.congvu.ui.recovery.FileMenu;
import vn.congvu.ui.recovery.FileOperations;
import vn.congvu.ui.recovery.RecoveryView;
import vn.congvu.ui.recovery.RecoveryViewModel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The desktop app. Shows its window at once, opens the database in the background, then builds the main
 * window in the saved language and theme, at the saved size and place. Once the first screen shows its data,
 * the database gets its quick check and, if sound, the start-up backup: neither delays the first screen.
 * A database that does not open, or fails its check, or is gone while backups are there, leads to the
 * recovery screen instead of an error and an empty app.
 */
public final class DesktopApp extends Application implements Shell {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);

    private final Clock clock = Clock.systemDefaultZone();
    private Path database;
    private String explicitLanguage;
    private Stage stage;
    private Workspace workspace;
    private FxBackground background;
    private Autosaver autosaver;
    private MainWindow window;
    private Messages messages;
    private InUseLock inUse;
    private boolean allowEmpty;

    /** Starts the app and returns when its last window closes. */
    public static int launchAndWait(Path database, Locale locale) {
        String db = database == null ? "" : database.toAbsolutePath().toString();
        Application.launch(DesktopApp.class, "--db=" + db, "--lang=" + (locale == null ? "" : locale.toLanguageTag()));
        return 0;
    }

    @Override
    public void init() {
        Map<String, String> named = getParameters().getNamed();
        String db = named.getOrDefault("db", "");
        database = db.isBlank() ? null : Path.of(db);
        String lang = named.getOrDefault("lang", "");
        explicitLanguage = lang.isBlank() ? null : lang;
    }

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        messages = new Messages(Messages.localeOf(explicitLanguage));
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setTitle(messages.get("app.title"));
        icon().ifPresent(stage.getIcons()::add);
        stage.setScene(new Scene(splash(messages.get("ui.shell.opening")), 1200, 760));
        stage.show();
        StartupProbe.install(stage);
        background = new FxBackground();
        stage.setOnCloseRequest(e -> {
            e.consume();
            exit();
        });
        openDatabase();
    }

    private static VBox splash(String text) {
        VBox splash = new VBox(16, new ProgressIndicator(), new Label(text));
        splash.setStyle("-fx-alignment: center;");
        return splash;
    }

    private Path databaseFile() {
        return database != null ? database.toAbsolutePath() : AppPaths.fromSystem().database(null).toAbsolutePath();
    }

    /** Thrown by the opening when the database is gone but backups of it are there. */
    private static final class MissingWithBackups extends RuntimeException {
        MissingWithBackups() {
            super("the database is missing; backups are there", null, false, false);
        }
    }

    /** Opens the database in the background; the main window or the recovery screen follows. */
    private void openDatabase() {
        Path file = databaseFile();
        boolean mayCreateEmpty = allowEmpty;
        background.submit("open database", p -> {
            if (!mayCreateEmpty && isMissing(file) && new BackupService(file, clock).latestGood().isPresent()) {
                throw new MissingWithBackups();
            }
            Workspace ws = database == null ? Workspace.openDefault(AppPaths.fromSystem(), clock)
                    : Workspace.open(database, true, clock);
            return Map.entry(ws, ws.settings().all());
        }, opened -> {
            workspace = opened.getKey();
            inUse = InUseLock.holdShared(workspace.file()).orElse(null);
            Map<String, String> settings = opened.getValue();
            String language = explicitLanguage != null ? explicitLanguage
                    : settings.getOrDefault(SettingsService.UI_LANGUAGE, "vi");
            applyTheme(settings.getOrDefault(SettingsService.UI_THEME, "light"));
            restoreBounds(settings.get(SettingsService.UI_WINDOW));
            buildWindow(Messages.localeOf(language), new Place.Start());
            checkAndBackUp();
        }, failure -> {
            if (failure instanceof MissingWithBackups) {
                LOG.warn("{} is missing; offering its backups", file);
                showRecovery(RecoveryViewModel.Mode.MISSING, "");
                return;
            }
            LOG.error("cannot open the database", failure);
            showRecovery(modeFor(failure), UiContext.describe(messages, failure));
        });
    }

    private static boolean isMissing(Path file) {
        try {
            return !Files.exists(file) || Files.isRegularFile(file) && Files.size(file) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Damage (or anything unforeseen) can be repaired from a backup; the other refusals need the user to act. */
    private static RecoveryViewModel.Mode modeFor(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AppException ae) {
                return switch (ae.key()) {
                    case "error.store.FOREIGN_DATABASE", "error.store.NEWER_VERSION", "error.store.NOT_WRITABLE",
                         "error.store.DISK_FULL", "error.store.BUSY", "error.store.FOLDER_MISSING",
                         "error.store.NOT_A_FILE" -> RecoveryViewModel.Mode.BLOCKED;
                    default -> RecoveryViewModel.Mode.DAMAGED;
                };
            }
        }
        return RecoveryViewModel.Mode.DAMAGED;
    }

    /** The recovery screen in place of the main window (the database is not open). */
    private void showRecovery(RecoveryViewModel.Mode mode, String problem) {
        BackupService backups = new BackupService(databaseFile(), clock);
        FxDialogService dialogs = new FxDialogService(() -> stage, messages, background);
        RecoveryViewModel vm = new RecoveryViewModel(messages, background, dialogs, backups, mode, problem,
                new RecoveryViewModel.Host() {
                    @Override
                    public RestoreResult restore(Path backup, vn.congvu.app.ProgressSink progress) {
                        return backups.restore(backup, progress);
                    }

                    @Override
                    public void restored(RestoreResult result) {
                        reopen();
                    }

                    @Override
                    public void retry() {
                        reopen();
                    }

                    @Override
                    public void startEmpty() {
                        allowEmpty = true;
                        reopen();
                    }

                    @Override
                    public void close() {
                        exit();
                    }
                }, clock.getZone());
        ViewLoader.Loaded<RecoveryView> view = new ViewLoader(messages.bundle(), vm).load(RecoveryView.class);
        Scene scene = new Scene(view.root(), stage.getScene().getWidth(), stage.getScene().getHeight());
        scene.getStylesheets().add(DesktopApp.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        view.view().shown();
    }

    private void reopen() {
        stage.setScene(new Scene(splash(messages.get("ui.shell.opening")), stage.getScene().getWidth(),
                stage.getScene().getHeight()));
        openDatabase();
    }

    /**
     * After the first screen: SQLite's quick check; if the file is sound, the start-up backup (skipped when
     * nothing changed since the last one); if not, the recovery screen over the window.
     */
    private void checkAndBackUp() {
        Workspace ws = workspace;
        background.submit("start-up check and backup", p -> {
            List<IntegrityIssue> issues = ws.stats().fileCheck(false);
            if (!issues.isEmpty()) {
                return Optional.of(issues);
            }
            try {
                ws.backups().takeAutomatic(BackupReason.STARTUP, null);
            } catch (AppException e) {
                LOG.warn("start-up backup not made: {}", e.getMessage(), e);
            }
            vn.congvu.app.ops.ClassDataArchive.makeIfMissing();
            return Optional.<List<IntegrityIssue>>empty();
        }, issues -> issues.ifPresent(found -> {
            LOG.error("the quick check found {} problems: {}", found.size(), found);
            openRestore(messages.get("ui.recovery.checkFailed", ws.file().toString()));
        }), failure -> {
            LOG.error("the start-up check failed", failure);
            openRestore(UiContext.describe(messages, failure));
        });
    }

    /** File › Restore (or a failed check): the recovery screen in a window over the main one. */
    private void openRestore(String problem) {
        Stage dialog = new Stage();
        dialog.initOwner(stage);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(messages.get("ui.menu.restore"));
        icon().ifPresent(dialog.getIcons()::add);
        BackupService backups = new BackupService(workspace.file(), clock);
        FxDialogService dialogs = new FxDialogService(() -> dialog, messages, background);
        RecoveryViewModel vm = new RecoveryViewModel(messages, background, dialogs, backups,
                RecoveryViewModel.Mode.ON_REQUEST, problem, new RecoveryViewModel.Host() {
                    @Override
                    public RestoreResult restore(Path backup, vn.congvu.app.ProgressSink progress) {
                        return restoreUnder(backups, backup, progress);
                    }

                    @Override
                    public void restored(RestoreResult result) {
                        dialog.close();
                        reopen();
                    }

                    @Override
                    public void retry() {
                        dialog.close();
                    }

                    @Override
                    public void startEmpty() {
                        dialog.close();
                    }

                    @Override
                    public void close() {
                        dialog.close();
                    }
                }, clock.getZone());
        ViewLoader.Loaded<RecoveryView> view = new ViewLoader(messages.bundle(), vm).load(RecoveryView.class);
        Scene scene = new Scene(view.root(), 980, 600);
        scene.getStylesheets().add(DesktopApp.class.getResource("app.css").toExternalForm());
        dialog.setScene(scene);
        dialog.show();
        view.view().shown();
    }

    /**
     * Runs on the saves thread, after every pending save: closes the database, restores, and on a refusal
     * opens the old database again so that the app goes on as before.
     */
    private RestoreResult restoreUnder(BackupService backups, Path backup, vn.congvu.app.ProgressSink progress) {
        backups.check(backup); // refuse a bad file before closing anything
        Workspace old = workspace;
        Platform.runLater(() -> {
            if (window != null) {
                window.leave();
            }
        });
        old.close();
        releaseLock();
        try {
            return backups.restore(backup, progress);
        } catch (RuntimeException e) {
            workspace = Workspace.open(old.file(), false, clock);
            inUse = InUseLock.holdShared(workspace.file()).orElse(null);
            throw e;
        }
    }

    private void releaseLock() {
        if (inUse != null) {
            inUse.close();
            inUse = null;
        }
    }

    private static Optional<Image> icon() {
        try (InputStream in = DesktopApp.class.getResourceAsStream("/assets/icons/congvu-256.png")) {
            return in == null ? Optional.empty() : Optional.of(new Image(in));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Visits first (start, open), then the care of the data (backup, restore, checks, diagnostics). */
    private List<MenuItem> fileMenu(UiContext ctx, FileOperations operations, ExchangeActions exchange) {
        List<MenuItem> items = new ArrayList<>(Destinations.fileMenu(ctx, () -> stage));
        items.add(new SeparatorMenuItem());
        items.addAll(exchange.menuItems());
        items.add(new SeparatorMenuItem());
        items.addAll(FileMenu.items(messages, operations, () -> openRestore(""), () -> stage));
        return items;
    }

    /** (Re)builds the main window in {@code locale}, keeping the place; used at start and to switch language. */
    void buildWindow(Locale locale, Place place) {
        messages = new Messages(locale);
        SaveStatus saveStatus = autosaver == null ? new SaveStatus() : autosaver.status();
        FxDialogService dialogs = new FxDialogService(() -> stage, messages, background);
        autosaver = new Autosaver(background, new FxScheduler(), saveStatus, clock,
                t -> UiContext.describe(messages, t));
        Navigator[] navigator = new Navigator[1];
        UiContext ctx = new UiContext(workspace, messages, background, autosaver, dialogs,
                p -> navigator[0].show(p), this, clock);
        ViewLoader views = new ViewLoader(messages.bundle(), ctx);
        FileOperations operations = new FileOperations(messages, background, dialogs, workspace, logDir(), clock,
                () -> openRestore(""));
        ExchangeActions exchange = new ExchangeActions(ctx, () -> stage, () -> window.currentPlace());
        window = new MainWindow(messages, saveStatus, messages.get("ui.shell.database", workspace.file().toString()),
                Destinations.all(views, exchange), fileMenu(ctx, operations, exchange), this::exit);
        window.badge(Place.Conflicts.class, exchange.conflicts().badge());
        exchange.conflicts().refresh();
        navigator[0] = window;
        Scene scene = new Scene(window.root(), stage.getScene().getWidth(), stage.getScene().getHeight());
        scene.getStylesheets().add(DesktopApp.class.getResource("app.css").toExternalForm());
        stage.setTitle(messages.get("app.title"));
        stage.setScene(scene);
        window.show(place);
    }

    private static Path logDir() {
        String chosen = System.getProperty("congvu.logdir");
        return chosen != null ? Path.of(chosen) : AppPaths.fromSystem().logDir();
    }

    @Override
    public void switchLanguage(Locale locale) {
        Place place = window.currentPlace();
        window.leave();
        autosaver.flushAll();
        buildWindow(locale, place);
    }

    @Override
    public void applyTheme(String theme) {
        Application.setUserAgentStylesheet("dark".equals(theme) ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** Puts the window where it was, if that place is still on a screen (a projector may be gone). */
    private void restoreBounds(String saved) {
        if (saved == null) {
            return;
        }
        String[] parts = saved.split(",");
        try {
            double x = Double.parseDouble(parts[0]);
            double y = Double.parseDouble(parts[1]);
            double w = Double.parseDouble(parts[2]);
            double h = Double.parseDouble(parts[3]);
            boolean maximised = parts.length > 4 && Boolean.parseBoolean(parts[4]);
            if (!Screen.getScreensForRectangle(new Rectangle2D(x, y, w, h)).isEmpty() && w >= 640 && h >= 480) {
                stage.setX(x);
                stage.setY(y);
                stage.setWidth(w);
                stage.setHeight(h);
            }
            stage.setMaximized(maximised);
        } catch (RuntimeException e) {
            LOG.info("ignoring saved window bounds '{}'", saved);
        }
    }

    private String bounds() {
        return stage.getX() + "," + stage.getY() + "," + stage.getWidth() + "," + stage.getHeight() + ","
                + stage.isMaximized();
    }

    /** Saves what is pending and the window's place, waits for the saves, then closes. */
    void exit() {
        if (window != null) {
            window.leave();
            autosaver.flushAll();
            String bounds = bounds();
            background.save("window bounds", p -> {
                workspace.settings().put(SettingsService.UI_WINDOW, bounds);
                return null;
            }, ok -> { }, failure -> LOG.warn("window bounds not saved", failure));
        }
        background.close();
        Platform.exit();
    }

    @Override
    public void stop() {
        if (window != null) {
            // whatever ended the app, what was typed is saved before the saves are waited for
            window.leave();
            autosaver.flushAll();
        }
        if (background != null) {
            background.close();
        }
        if (workspace != null) {
            workspace.close();
        }
        releaseLock();
    }
}
