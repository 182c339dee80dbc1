package vn.congvu.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.animation.AnimationTimer;
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
import vn.congvu.ui.common.DialogService;
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
import vn.congvu.ui.start.StartViewModel;

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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.UnaryOperator;

/**
 * The desktop app. Takes the database opening the launcher began before the FX toolkit ({@link DesktopLaunch};
 * else opens it in the background), then builds the main window in the saved language and theme, at the
 * saved size and place, on its start screen with the data read during the opening; a splash shows only
 * while the opening is not done. Once the first frames are drawn, the database gets its quick check and, if
 * sound, the start-up backup: neither delays the first screen.
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
    private final UnaryOperator<DialogService> dialogsHook;
    private boolean boundsSaved;

    public DesktopApp() {
        this(null, null, UnaryOperator.identity());
    }

    /**
     * For tests that drive the whole app (made by a supplier, so without command-line parameters): the
     * database, the language, and {@code dialogs} wrapping the main window's dialogs, e.g. to answer a file
     * chooser, which a headless window system cannot show.
     */
    public DesktopApp(Path database, String language, UnaryOperator<DialogService> dialogs) {
        this.database = database;
        this.explicitLanguage = language;
        this.dialogsHook = dialogs;
    }

    /** Starts the app and returns when its last window closes (the database opening begun at once). */
    public static int launchAndWait(Path database, Locale locale) {
        return DesktopLaunch.launchAndWait(database, locale);
    }

    @Override
    public void init() {
        if (getParameters() == null) {
            return; // made by a supplier, which gave the database and the language
        }
        // the parameters, when given, win over what the constructor said
        Map<String, String> named = getParameters().getNamed();
        String db = named.getOrDefault("db", "");
        if (!db.isBlank()) {
            database = Path.of(db);
        }
        String lang = named.getOrDefault("lang", "");
        if (!lang.isBlank()) {
            explicitLanguage = lang;
        }
    }

    /**
     * When the launcher began the opening and it is done by now (the toolkit took longer), the window shows
     * the start screen with its data in its first frame; otherwise a splash until the opening is done.
     */
    @Override
    public void start(Stage primary) {
        this.stage = primary;
        messages = new Messages(Messages.localeOf(explicitLanguage));
        background = new FxBackground();
        stage.setTitle(messages.get("app.title"));
        stage.setOnCloseRequest(e -> {
            e.consume();
            exit();
        });
        if (database != null) {
            database = database.toAbsolutePath(); // as the launcher's opening has it
        }
        CompletableFuture<Opening.Opened> early = DesktopLaunch.takeEarly(database);
        if (early != null && early.isDone() && !early.isCompletedExceptionally()) {
            opened(early.join());
        } else {
            applyTheme("light");
            stage.setScene(new Scene(splash(messages.get("ui.shell.opening")), 1200, 760));
            openDatabase(early);
        }
        stage.show();
        StartupProbe.install(stage);
        // the icon's decoding is not worth delaying the first frame for
        Platform.runLater(() -> icon().ifPresent(stage.getIcons()::add));
    }

    private static VBox splash(String text) {
        VBox splash = new VBox(16, new ProgressIndicator(), new Label(text));
        splash.setStyle("-fx-alignment: center;");
        return splash;
    }

    private Path databaseFile() {
        return Opening.fileOf(database);
    }

    /**
     * The main window or the recovery screen once the database is open: the launcher's opening if given,
     * else one in the background.
     */
    private void openDatabase(CompletableFuture<Opening.Opened> early) {
        if (early != null) {
            early.whenComplete((opened, failure) -> Platform.runLater(() -> {
                if (failure == null) {
                    opened(opened);
                } else {
                    openFailed(failure instanceof CompletionException && failure.getCause() != null
                            ? failure.getCause() : failure);
                }
            }));
            return;
        }
        boolean mayCreateEmpty = allowEmpty;
        background.submit("open database", p -> Opening.run(database, mayCreateEmpty, clock), this::opened,
                this::openFailed);
    }

    private void opened(Opening.Opened opened) {
        workspace = opened.workspace();
        inUse = InUseLock.holdShared(workspace.file()).orElse(null);
        Map<String, String> settings = opened.settings();
        String language = explicitLanguage != null ? explicitLanguage
                : settings.getOrDefault(SettingsService.UI_LANGUAGE, "vi");
        applyTheme(settings.getOrDefault(SettingsService.UI_THEME, "light"));
        restoreBounds(settings.get(SettingsService.UI_WINDOW));
        if (opened.startData() != null) {
            StartViewModel.offer(workspace, opened.startData());
        }
        buildWindow(Messages.localeOf(language), new Place.Start());
        afterFirstFrames(this::checkAndBackUp);
    }

    /** Runs {@code then} once a couple of frames are drawn, so that it does not compete with the first screen. */
    private static void afterFirstFrames(Runnable then) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames >= 3) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }

    private void openFailed(Throwable failure) {
        if (failure instanceof Opening.MissingWithBackups) {
            LOG.warn("{} is missing; offering its backups", databaseFile());
            showRecovery(RecoveryViewModel.Mode.MISSING, "");
            return;
        }
        LOG.error("cannot open the database", failure);
        showRecovery(modeFor(failure), UiContext.describe(messages, failure));
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
        Scene scene = new Scene(view.root(), sceneWidth(), sceneHeight());
        scene.getStylesheets().add(DesktopApp.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        view.view().shown();
    }

    private double sceneWidth() {
        return stage.getScene() == null ? 1200 : stage.getScene().getWidth();
    }

    private double sceneHeight() {
        return stage.getScene() == null ? 760 : stage.getScene().getHeight();
    }

    private void reopen() {
        stage.setScene(new Scene(splash(messages.get("ui.shell.opening")), sceneWidth(), sceneHeight()));
        openDatabase(null);
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
        }, issues -> {
            issues.ifPresent(found -> {
                LOG.error("the quick check found {} problems: {}", found.size(), found);
                openRestore(messages.get("ui.recovery.checkFailed", ws.file().toString()));
            });
            warmUpExports(ws);
        }, failure -> {
            LOG.error("the start-up check failed", failure);
            openRestore(UiContext.describe(messages, failure));
        });
    }

    /**
     * Loads the document libraries once the start screen and the start-up check are done, so that the first
     * "Xuất biên bản" of the session does not wait for them; writes nothing.
     */
    private void warmUpExports(Workspace ws) {
        background.submit("warm up exports", p -> {
            ws.exports().warmUp();
            return null;
        }, ok -> LOG.debug("document libraries loaded"), failure -> LOG.info("export warm-up failed", failure));
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
        DialogService dialogs = dialogsHook.apply(new FxDialogService(() -> stage, messages, background));
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
        Scene scene = new Scene(window.root(), sceneWidth(), sceneHeight());
        scene.getStylesheets().add(DesktopApp.class.getResource("app.css").toExternalForm());
        stage.setTitle(messages.get("app.title"));
        stage.setScene(scene);
        window.show(place);
    }

    /** The main window, once the database is open (for the screenshots tour). */
    MainWindow window() {
        return window;
    }

    Stage stage() {
        return stage;
    }

    FxBackground background() {
        return background;
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
        // the theme's binary form (the same rules as its CSS, made when AtlantaFX was built): no CSS to parse
        String css = "dark".equals(theme) ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS();
        if (!css.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(css);
        }
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
            saveBounds();
        }
        background.close();
        Platform.exit();
    }

    /** Once per run, on the saves lane: the window's place for the next start, however the app ends. */
    private void saveBounds() {
        if (boundsSaved || stage == null || workspace == null) {
            return;
        }
        boundsSaved = true;
        String bounds = bounds();
        Workspace ws = workspace;
        background.save("window bounds", p -> {
            ws.settings().put(SettingsService.UI_WINDOW, bounds);
            return null;
        }, ok -> { }, failure -> LOG.warn("window bounds not saved", failure));
    }

    @Override
    public void stop() {
        if (window != null) {
            // whatever ended the app, what was typed and the window's place are saved before the saves are
            // waited for
            window.leave();
            autosaver.flushAll();
            saveBounds();
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
