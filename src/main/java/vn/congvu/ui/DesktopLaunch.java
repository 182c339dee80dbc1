package vn.congvu.ui;

import javafx.application.Application;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Starts the desktop app with its database opening on a thread of its own, begun before the FX toolkit, so
 * that the two overlap. No logger here: the launcher's thread must not wait for logging to be configured
 * (the opening thread does that) before it starts the toolkit.
 */
public final class DesktopLaunch {

    private record Early(Path database, CompletableFuture<Opening.Opened> opened) {
    }

    private static final AtomicReference<Early> EARLY = new AtomicReference<>();

    private DesktopLaunch() {
    }

    /**
     * Starts the app and returns when its last window closes.
     *
     * @param database the file named by --db, or null for the default database
     * @param locale   the language given with --lang, or null to use the app's setting
     */
    public static int launchAndWait(Path database, Locale locale) {
        Path db = database == null ? null : database.toAbsolutePath();
        CompletableFuture<Opening.Opened> opened = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                opened.complete(Opening.run(db, false, Clock.systemDefaultZone()));
            } catch (Throwable e) {
                opened.completeExceptionally(e);
            }
        }, "start-up opening");
        t.setDaemon(true);
        EARLY.set(new Early(db, opened));
        t.start();
        Application.launch(DesktopApp.class, "--db=" + (db == null ? "" : db.toString()),
                "--lang=" + (locale == null ? "" : locale.toLanguageTag()));
        return 0;
    }

    /** The opening begun for {@code database}, once; null when there is none (as when tests start the app). */
    static CompletableFuture<Opening.Opened> takeEarly(Path database) {
        Early early = EARLY.getAndSet(null);
        if (early == null) {
            return null;
        }
        if (!Objects.equals(early.database(), database)) {
            early.opened().thenAccept(o -> o.workspace().close());
            return null;
        }
        return early.opened();
    }
}
