package vn.congvu.ui;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;

/**
 * For the start-up benchmark and the AppCDS training run of the installer build: with
 * {@code -Dcongvu.startupProbe=exit}, prints {@code READY <ms since the JVM started>} once the first screen
 * shows its data (the units catalogue has its rows) and ends the app. Without the property it does nothing.
 */
final class StartupProbe {

    static final String PROPERTY = "congvu.startupProbe";

    private StartupProbe() {
    }

    static void install(Stage stage) {
        if (!"exit".equals(System.getProperty(PROPERTY))) {
            return;
        }
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (stage.getScene() == null) {
                    return;
                }
                Node table = stage.getScene().lookup("#table");
                if (table instanceof TableView<?> t && !t.getItems().isEmpty()) {
                    stop();
                    System.out.println("READY " + ManagementFactory.getRuntimeMXBean().getUptime());
                    System.out.flush();
                    // let the start-up check and backup finish, as a real first run would, then leave
                    Platform.runLater(() -> new Thread(() -> {
                        try {
                            Thread.sleep(Long.getLong("congvu.startupProbe.linger", 0));
                        } catch (InterruptedException ignored) {
                            Thread.currentThread().interrupt();
                        }
                        Platform.runLater(Platform::exit);
                    }, "startup-probe").start());
                }
            }
        }.start();
    }
}
