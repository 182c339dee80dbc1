package vn.congvu.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import vn.congvu.app.AppException;
import vn.congvu.app.AppPaths;
import vn.congvu.app.Messages;
import vn.congvu.app.Workspace;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** What every command shares: where the database is, the language, the output streams and JSON. */
final class CliContext {

    final AppPaths paths;
    final Clock clock;
    final PrintWriter out;
    final PrintWriter err;
    final Messages messages;
    final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    /** set by picocli from the root command's --db */
    Path databaseOption;

    CliContext(AppPaths paths, Clock clock, PrintWriter out, PrintWriter err, Messages messages) {
        this.paths = paths;
        this.clock = clock;
        this.out = out;
        this.err = err;
        this.messages = messages;
    }

    Path databaseFile() {
        return paths.database(databaseOption);
    }

    /** Where this process writes its log: as the Launcher chose it, else the OS's log folder. */
    Path logDir() {
        String chosen = System.getProperty("congvu.logdir");
        return chosen != null && !chosen.isBlank() ? Path.of(chosen) : paths.logDir();
    }

    /**
     * Opens the database. The default database (no --db, no CONGVU_DB) is created on first use, as the app
     * does; a file named explicitly must exist unless {@code create} is set, so that a mistyped path is
     * reported instead of silently starting an empty database.
     */
    Workspace open(boolean create) {
        Path file = databaseFile();
        boolean isDefault = paths.isDefault(file);
        if (isDefault) {
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
            } catch (IOException e) {
                throw new AppException(e, "error.store.NOT_WRITABLE", file.getParent().toString());
            }
        }
        return Workspace.open(file, create || isDefault, clock);
    }

    void printJson(Object value) {
        try {
            out.println(json.writeValueAsString(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
