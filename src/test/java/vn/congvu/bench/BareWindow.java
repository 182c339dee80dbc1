package vn.congvu.bench;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick of the start-up benchmark: a bare JavaFX window with one label, the least a JavaFX app can
 * show. Prints {@code READY} at its first frame and exits, as the app's start-up probe does.
 */
public final class BareWindow extends Application {

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("CongVu")), 1200, 760));
        stage.show();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                System.out.println("READY");
                System.out.flush();
                Platform.exit();
            }
        }.start();
    }
}
