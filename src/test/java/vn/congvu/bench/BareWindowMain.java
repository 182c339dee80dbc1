package vn.congvu.bench;

import javafx.application.Application;

/** Starts {@link BareWindow} from the classpath (a main class that extends Application would not start). */
public final class BareWindowMain {

    private BareWindowMain() {
    }

    public static void main(String[] args) {
        Application.launch(BareWindow.class, args);
    }
}
