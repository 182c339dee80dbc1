package vn.congvu.ui;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;

/**
 * For the start-up benchmark and the AppCDS training run of the installer build: with
 * {@code -Dcongvu.startupProbe=exit}, prints {@code READY <ms since the JVM started>} once the start screen
 * is usable — its action button ({@code #startVisitButton}) shown, enabled, styled and laid out (so the
 * screen has been through CSS and layout, and the frame with it is drawn before this check runs again), and
 * its data (plans, recent visits) loaded from the database — and ends the app. Without the property it
 * does nothing. The bare window of the benchmark waits for the same about its one label.
 */
public final class StartupProbe {

    static final String PROPERTY = "congvu.startupProbe";
    /** Set (to {@code Boolean.TRUE}) in a screen root's properties once its first data load has been shown. */
    public static final String DATA_SHOWN = "congvu.dataShown";

    private StartupProbe() {
    }

    static void install(Stage stage) {
        if (!"exit".equals(System.getProperty(PROPERTY))) {
            return;
        }
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (!usable(stage)) {
                    return;
                }
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
        }.start();
    }

    /** The start screen's action button is on screen and enabled, and the screen shows its data. */
    static boolean usable(Stage stage) {
        if (stage.getScene() == null) {
            return false;
        }
        Node button = stage.getScene().lookup("#startVisitButton");
        if (!(button instanceof Control c) || !c.isVisible() || c.isDisabled() || c.getSkin() == null
                || c.getWidth() <= 0) {
            return false;
        }
        for (Parent p = button.getParent(); p != null; p = p.getParent()) {
            if (Boolean.TRUE.equals(p.getProperties().get(DATA_SHOWN))) {
                return true;
            }
        }
        return false;
    }
}
