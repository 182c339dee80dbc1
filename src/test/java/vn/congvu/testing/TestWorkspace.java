package vn.congvu.testing;

import vn.congvu.app.Workspace;

import java.nio.file.Path;

/**
 * A seeded workspace on a database in a test's folder, with a clock the test moves. Reopen it to test
 * what survives a restart.
 */
public final class TestWorkspace implements AutoCloseable {

    private final Path file;
    private final MutableClock clock;
    private Workspace ws;

    private TestWorkspace(Path file, MutableClock clock) {
        this.file = file;
        this.clock = clock;
        this.ws = Workspace.open(file, true, clock);
    }

    /** Creates and seeds {@code congvu.db} in {@code dir}. */
    public static TestWorkspace open(Path dir) {
        return new TestWorkspace(dir.resolve("congvu.db"), MutableClock.atStart());
    }

    public Workspace ws() {
        return ws;
    }

    public MutableClock clock() {
        return clock;
    }

    public Path file() {
        return file;
    }

    /** Closes and opens the same file again, as a restart of the app would. */
    public Workspace reopen() {
        ws.close();
        ws = Workspace.open(file, true, clock);
        return ws;
    }

    public Scenario scenario() {
        return new Scenario(ws.db(), ws.writer());
    }

    @Override
    public void close() {
        ws.close();
    }
}
