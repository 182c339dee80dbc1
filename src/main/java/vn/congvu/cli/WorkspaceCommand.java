package vn.congvu.cli;

import vn.congvu.app.StoreErrors;
import vn.congvu.app.Workspace;

import java.util.concurrent.Callable;

/** A command that works on the database: opens it, runs, closes it. */
abstract class WorkspaceCommand implements Callable<Integer> {

    protected final CliContext ctx;

    WorkspaceCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    /** Whether a missing database named with --db is created (only init and demo do). */
    protected boolean createsDatabase() {
        return false;
    }

    /** Checks the arguments before the database is opened, so a usage error touches nothing. */
    protected void validate() {
    }

    protected abstract int run(Workspace ws) throws Exception;

    @Override
    public final Integer call() throws Exception {
        validate();
        try (Workspace ws = ctx.open(createsDatabase())) {
            return run(ws);
        } catch (RuntimeException e) {
            // a write refused once the database is open (locked by another program, disk full, …)
            throw StoreErrors.translate(e, ctx.databaseFile());
        }
    }
}
