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
 * show. Prints {@code READY} once its label is styled and laid out (its first frame drawn) and exits, as the
 * app's start-up probe does about its start screen.
 */
public final class BareWindow extends Application {

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        Label label = new Label("CongVu");
        stage.setScene(new Scene(new StackPane(label), 1200, 760));
        stage.show();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (label.getSkin() == null || label.getWidth() <= 0) {
                    return;
                }
                stop();
                System.out.println("READY");
                System.out.flush();
                Platform.exit();
            }
        }.start();
    }
}
