package vn.congvu.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.congvu.app.AppPaths;
import vn.congvu.app.Messages;
import vn.congvu.app.SettingsService;
import vn.congvu.app.Workspace;
import vn.congvu.ui.common.Autosaver;
import vn.congvu.ui.common.FxBackground;
import vn.congvu.ui.common.FxDialogService;
import vn.congvu.ui.common.FxScheduler;
import vn.congvu.ui.common.SaveStatus;
import vn.congvu.ui.common.ViewLoader;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

/**
 * The desktop app. Shows its window at once, opens the database in the background, then builds the main
 * window in the saved language and theme, at the saved size and place.
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
        ProgressIndicator spinner = new ProgressIndicator();
        Label opening = new Label(messages.get("ui.shell.opening"));
        VBox splash = new VBox(16, spinner, opening);
        splash.setStyle("-fx-alignment: center;");
        stage.setTitle(messages.get("app.title"));
        stage.setScene(new Scene(splash, 1200, 760));
        stage.show();

        background = new FxBackground();
        background.submit("open database", p -> {
            Workspace ws = database == null ? Workspace.openDefault(AppPaths.fromSystem(), clock)
                    : Workspace.open(database, true, clock);
            return Map.entry(ws, ws.settings().all());
        }, opened -> {
            workspace = opened.getKey();
            Map<String, String> settings = opened.getValue();
            String language = explicitLanguage != null ? explicitLanguage
                    : settings.getOrDefault(SettingsService.UI_LANGUAGE, "vi");
            applyTheme(settings.getOrDefault(SettingsService.UI_THEME, "light"));
            restoreBounds(settings.get(SettingsService.UI_WINDOW));
            buildWindow(Messages.localeOf(language), new Place.Units());
            stage.setOnCloseRequest(e -> {
                e.consume();
                exit();
            });
        }, failure -> {
            LOG.error("cannot open the database", failure);
            Alert alert = new Alert(Alert.AlertType.ERROR, UiContext.describe(messages, failure));
            alert.setHeaderText(messages.get("ui.shell.cannotOpen"));
            alert.showAndWait();
            Platform.exit();
        });
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
        window = new MainWindow(messages, saveStatus, messages.get("ui.shell.database", workspace.file().toString()),
                Destinations.all(views), Destinations.fileMenu(ctx, () -> stage), this::exit);
        navigator[0] = window;
        Scene scene = new Scene(window.root(), stage.getScene().getWidth(), stage.getScene().getHeight());
        scene.getStylesheets().add(DesktopApp.class.getResource("app.css").toExternalForm());
        stage.setTitle(messages.get("app.title"));
        stage.setScene(scene);
        window.show(place);
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
    }
}
