package vn.congvu.ui.common;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** {@link Scheduler} on the JavaFX animation timer (must be used from the FX thread). */
public final class FxScheduler implements Scheduler {

    @Override
    public Cancellable schedule(java.time.Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(Duration.millis(delay.toMillis()));
        pause.setOnFinished(e -> action.run());
        pause.play();
        return pause::stop;
    }
}
