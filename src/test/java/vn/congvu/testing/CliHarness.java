package vn.congvu.testing;

import vn.congvu.app.AppPaths;
import vn.congvu.cli.Cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the command line in-process, as {@code Launcher} would but with a fake home folder, a fixed clock,
 * captured output and a desktop starter that only records that it was asked to start.
 */
public final class CliHarness {

    public static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Monday 2 June 2025, 09:00 in Hà Nội. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-02T02:00:00Z"), HANOI);

    private static byte[] initialisedDatabase;

    private final Path home;
    private final Map<String, String> env = new HashMap<>();
    private final List<DesktopStart> desktopStarts = new ArrayList<>();

    /** @param home the user's home folder; the default database would go under it */
    public CliHarness(Path home) {
        this.home = home;
    }

    public CliHarness withEnv(String name, String value) {
        env.put(name, value);
        return this;
    }

    public Path home() {
        return home;
    }

    public AppPaths paths() {
        return new AppPaths(Map.copyOf(env), "Linux", home);
    }

    /** What {@code congvu} printed and returned. */
    public record Run(int exitCode, String out, String err) {

        public List<String> outLines() {
            return out.lines().toList();
        }

        public List<String> errLines() {
            return err.lines().toList();
        }
    }

    /** One call of the desktop starter. */
    public record DesktopStart(Path database, Locale locale) {
    }

    public Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Cli cli = new Cli(paths(), CLOCK, new PrintWriter(out, true), new PrintWriter(err, true), (db, locale) -> {
            desktopStarts.add(new DesktopStart(db, locale));
            return 0;
        });
        int code = cli.run(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Runs with {@code --db file} in front of {@code args}. */
    public Run runOn(Path file, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = file.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return run(all);
    }

    public List<DesktopStart> desktopStarts() {
        return List.copyOf(desktopStarts);
    }

    /**
     * Puts a database as {@code init} leaves it at {@code file}. The first call runs {@code init}; later ones
     * copy its bytes, which is much faster than migrating and seeding again.
     */
    public static Path initialisedDatabase(Path file) {
        try {
            Files.write(file, initialisedBytes(file.getParent()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static synchronized byte[] initialisedBytes(Path scratch) throws IOException {
        if (initialisedDatabase == null) {
            Path dir = Files.createTempDirectory(scratch, "template");
            Path db = dir.resolve("template.db");
            Run init = new CliHarness(dir).runOn(db, "init");
            assertThat(init.exitCode()).as("init of the template database: %s", init.err()).isZero();
            // init closed the database, so the WAL is checkpointed and the file alone holds everything
            assertThat(Files.exists(Path.of(db + "-wal"))).isFalse();
            initialisedDatabase = Files.readAllBytes(db);
            deleteTree(dir);
        }
        return initialisedDatabase;
    }

    /**
     * One line on stderr and nothing on stdout, with the exit code and the words expected, and no trace of
     * Java (exception names, stack frames) or of an untranslated message key.
     */
    public static void assertOneCleanError(Run run, int exitCode, String... fragments) {
        assertThat(run.exitCode()).as("exit code; stderr: %s", run.err()).isEqualTo(exitCode);
        assertThat(run.out()).as("stdout").isEmpty();
        assertThat(run.errLines()).as("stderr").hasSize(1);
        String line = run.errLines().get(0);
        assertThat(line).isNotBlank().doesNotContain("Exception").doesNotContain("at vn.").doesNotContain("\tat ")
                .doesNotContainPattern("\\b(cli|error)\\.[A-Za-z]+\\.[A-Za-z]");
        for (String fragment : fragments) {
            assertThat(line).contains(fragment);
        }
    }

    public static String sha256(Path file) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            return HexFormat.of().formatHex(digest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every file and folder under {@code dir} with the SHA-256 of its content ("dir" for folders): equal
     * snapshots mean nothing was created, deleted or changed.
     */
    public static Map<String, String> snapshot(Path dir) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(dir)) {
            return files;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.filter(p -> !p.equals(dir)).forEach(p -> files.put(dir.relativize(p).toString(),
                    Files.isDirectory(p) ? "dir" : sha256(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
