package vn.congvu.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.congvu.app.AppException;
import vn.congvu.app.AppPaths;
import vn.congvu.app.Messages;
import vn.congvu.app.Workspace;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

/** The desktop app. Opens the database off the FX thread, then shows the main window. */
public final class DesktopApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);

    private Messages messages;
    private Path database;
    private Workspace workspace;

    /** Starts the app and returns when its last window closes. */
    public static int launchAndWait(Path database, Locale locale) {
        String db = database == null ? "" : database.toAbsolutePath().toString();
        Application.launch(DesktopApp.class, "--db=" + db, "--lang=" + locale.toLanguageTag());
        return 0;
    }

    @Override
    public void init() {
        Map<String, String> named = getParameters().getNamed();
        messages = new Messages(Messages.localeOf(named.get("lang")));
        String db = named.getOrDefault("db", "");
        database = db.isBlank() ? null : Path.of(db);
    }

    @Override
    public void start(Stage stage) {
        Label status = new Label(messages.get("ui.shell.opening"));
        Label summary = new Label();
        summary.setId("summary");
        VBox centre = new VBox(12, summary);
        centre.setPadding(new Insets(24));
        BorderPane root = new BorderPane(centre);
        root.setBottom(status);
        BorderPane.setMargin(status, new Insets(4, 8, 4, 8));
        stage.setTitle(messages.get("app.title"));
        stage.setScene(new Scene(root, 960, 640));
        stage.show();

        Task<Map<String, Long>> open = new Task<>() {
            @Override
            protected Map<String, Long> call() {
                AppPaths paths = AppPaths.fromSystem();
                workspace = database == null ? Workspace.openDefault(paths, Clock.systemDefaultZone())
                        : Workspace.open(database, true, Clock.systemDefaultZone());
                return workspace.stats().counts();
            }
        };
        open.setOnSucceeded(e -> {
            Map<String, Long> counts = open.getValue();
            summary.setText(messages.get("ui.shell.summary", counts.get("units"), counts.get("plans"),
                    counts.get("visits")));
            status.setText(messages.get("ui.shell.database", workspace.file().toString()));
        });
        open.setOnFailed(e -> {
            Throwable t = open.getException();
            String text = t instanceof AppException ae ? messages.of(ae) : messages.get("error.unexpected",
                    String.valueOf(t.getMessage()));
            LOG.error("cannot open the database", t);
            Alert alert = new Alert(Alert.AlertType.ERROR, text);
            alert.setHeaderText(messages.get("ui.shell.cannotOpen"));
            alert.showAndWait();
            Platform.exit();
        });
        Thread worker = new Thread(open, "open-database");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        if (workspace != null) {
            workspace.close();
        }
    }
}
