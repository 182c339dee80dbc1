package vn.congvu.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Crash trials: child JVMs ({@link CrashWriter}) write to one database through the store API and through
 * the command line, and are killed with SIGKILL ({@code destroyForcibly} on Linux) at random moments. After
 * every kill, the database must pass {@code PRAGMA integrity_check} and hold every write that any child
 * acknowledged before it died. Trials alternate between the two ways of writing; some kill the child before
 * it is ready (while it opens, migrates or seeds the database).
 */
public final class CrashTrials {

    /** The result of a run: stops at the first trial that failed. */
    public record Outcome(int trials, int passed, long acknowledged, List<String> failures) {

        public boolean clean() {
            return failures.isEmpty() && passed == trials;
        }
    }

    private final Path db;
    private final Random random;
    private final PrintStream log;
    private final Map<String, String> inserted = new LinkedHashMap<>(); // id -> code
    private final Map<String, Integer> updated = new LinkedHashMap<>(); // id -> highest acknowledged value
    private final List<String> cliCodes = new ArrayList<>();

    public CrashTrials(Path db, long seed, PrintStream log) {
        this.db = db;
        this.random = new Random(seed);
        this.log = log;
    }

    public Outcome run(int trials) throws IOException, InterruptedException {
        List<String> failures = new ArrayList<>();
        int passed = 0;
        for (int t = 1; t <= trials; t++) {
            String mode = t % 2 == 1 ? "store" : "cli";
            boolean early = t % 5 == 0;
            // the command line pays for loading its classes on the first write: give it longer to get going
            long delay = early ? 50 + random.nextInt(900)
                    : mode.equals("store") ? random.nextInt(700) : 300 + random.nextInt(2700);
            Trial trial = trial(mode, "T" + t + "x" + random.nextInt(1000), early, delay);
            List<String> problems = verify();
            if (trial.failure != null) {
                problems = new ArrayList<>(problems);
                problems.add(0, trial.failure);
            }
            log.printf("trial %3d/%d %-5s killed %s%4d ms: %3d writes acknowledged (%d records checked), %s%n", t, trials, mode,
                    early ? "while starting, at " : "after ready + ", delay, trial.acks, acknowledged(),
                    problems.isEmpty() ? "integrity ok, nothing lost" : "FAILED: " + problems);
            if (!problems.isEmpty()) {
                failures.addAll(problems);
                break;
            }
            passed++;
        }
        log.printf("%d consecutive kill trials passed of %d: %d acknowledged writes, %d lost, integrity %s%n", passed,
                trials, acknowledged(), failures.isEmpty() ? 0 : failures.size(), failures.isEmpty() ? "ok every time" : "FAILED");
        return new Outcome(trials, passed, acknowledged(), failures);
    }

    private long acknowledged() {
        return inserted.size() + updated.size() + cliCodes.size();
    }

    private record Trial(int acks, String failure) {
    }

    private Trial trial(String mode, String tag, boolean early, long delayMs) throws IOException, InterruptedException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Dcongvu.logdir=" + db.getParent().resolve("logs"),
                "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(), mode, db.toString(), tag);
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        Process p = pb.start();
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Object ready = new Object();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                    if (line.equals("READY")) {
                        synchronized (ready) {
                            ready.notifyAll();
                        }
                    }
                }
            } catch (IOException ignored) {
                // the child was killed mid-line: only whole lines count
            }
        }, "crash-reader");
        reader.start();
        if (!early) {
            long until = System.currentTimeMillis() + 60_000;
            synchronized (ready) {
                while (!lines.contains("READY") && p.isAlive() && System.currentTimeMillis() < until) {
                    ready.wait(50);
                }
            }
        }
        Thread.sleep(delayMs);
        boolean diedByItself = !p.isAlive();
        p.destroyForcibly();
        p.waitFor(30, TimeUnit.SECONDS);
        reader.join(10_000);
        int acks = 0;
        String failure = diedByItself ? "the child ended before it was killed: " + lines : null;
        for (String line : List.copyOf(lines)) {
            String[] f = line.split(" ");
            switch (f[0]) {
                case "ACK" -> {
                    acks++;
                    switch (f[1]) {
                        case "INSERT" -> inserted.put(f[2], f[3]);
                        case "UPDATE" -> updated.merge(f[2], Integer.parseInt(f[3]), Math::max);
                        case "CLI" -> cliCodes.add(f[2]);
                        default -> failure = "unknown line " + line;
                    }
                }
                case "FAILED" -> failure = "a write failed: " + line;
                default -> {
                }
            }
        }
        return new Trial(acks, failure);
    }

    /** Integrity, then every acknowledged write, on a plain connection (as the next start would open it). */
    List<String> verify() {
        List<String> problems = new ArrayList<>();
        if (!Files.exists(db)) {
            return inserted.isEmpty() && cliCodes.isEmpty() ? problems : List.of("the database is gone");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                while (rs.next()) {
                    if (!"ok".equals(rs.getString(1))) {
                        problems.add("integrity: " + rs.getString(1));
                    }
                }
            }
            boolean hasUnits;
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'units'")) {
                hasUnits = rs.next() && rs.getInt(1) == 1;
            }
            if (!hasUnits) {
                if (!inserted.isEmpty() || !cliCodes.isEmpty()) {
                    problems.add("the units table is gone");
                }
                return problems;
            }
            try (PreparedStatement byId = c.prepareStatement("SELECT code, note FROM units WHERE id = ? AND deleted = 0");
                 PreparedStatement byCode = c.prepareStatement("SELECT count(*) FROM units WHERE code = ? AND deleted = 0")) {
                for (Map.Entry<String, String> e : inserted.entrySet()) {
                    byId.setString(1, e.getKey());
                    try (ResultSet rs = byId.executeQuery()) {
                        if (!rs.next() || !e.getValue().equals(rs.getString(1))) {
                            problems.add("lost insert " + e);
                        }
                    }
                }
                for (Map.Entry<String, Integer> e : updated.entrySet()) {
                    byId.setString(1, e.getKey());
                    try (ResultSet rs = byId.executeQuery()) {
                        if (!rs.next() || Integer.parseInt(rs.getString(2)) < e.getValue()) {
                            problems.add("lost update " + e);
                        }
                    }
                }
                for (String code : cliCodes) {
                    byCode.setString(1, code);
                    try (ResultSet rs = byCode.executeQuery()) {
                        if (!rs.next() || rs.getInt(1) != 1) {
                            problems.add("lost command-line import " + code);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            problems.add("cannot read the database: " + e.getMessage());
        }
        return problems;
    }
}
