package vn.congvu.bench;

import vn.congvu.app.Workspace;
import vn.congvu.app.demo.DemoGenerator;
import vn.congvu.store.Database;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Target (a) of issue 2: {@code demo --visits 10000} completes in at most twice the time of a raw JDBC
 * batch insert of the same rows in one transaction, both measured in this run.
 *
 * <p>Every run starts from a copy of one fresh database (schema, wards, holidays, checklist), so both sides
 * see the same ids of wards and criteria. The demo side times {@link DemoGenerator#generate}; the floor reads
 * back every row the demo wrote (all tables it fills, in the order it wrote them, plus its audit entry),
 * holds them in memory, and times inserting them with plain {@code PreparedStatement} batches in one
 * {@link Database#write} transaction on a second copy: the same schema, triggers, foreign keys, WAL and
 * {@code synchronous=FULL}. Runs alternate sides; the medians are compared.
 */
public final class DemoInsertBenchmark {

    /** The tables the demo fills, parents first. */
    static final List<String> TABLES = List.of("decisions", "plans", "teams", "team_members", "plan_units", "visits",
            "visit_inspectors", "visit_representatives", "answers", "officials", "dossiers", "recommendations",
            "corrective_actions");

    private static final double TARGET_RATIO = 2.0;
    private static final int FLOOR_BATCH = 1_000;

    private record TableRows(String table, List<String> columns, List<Object[]> rows) {
    }

    private DemoInsertBenchmark() {
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = BenchSupport.args(argv, "visits", "runs", "seed", "dir", "warmup-visits");
        int visits = Integer.parseInt(args.getOrDefault("visits", "10000"));
        int runs = Integer.parseInt(args.getOrDefault("runs", "3"));
        long seed = Long.parseLong(args.getOrDefault("seed", "1"));
        int warmupVisits = Integer.parseInt(args.getOrDefault("warmup-visits", "500"));
        Path dir = Path.of(args.getOrDefault("dir", "target/bench"));

        BenchSupport.header("(a) demo --visits " + visits + " vs raw JDBC batch insert of the same rows");
        Path pristine = dir.resolve("fresh.db");
        BenchSupport.makeFreshDatabase(pristine);
        Set<String> auditBefore = auditIds(pristine);

        // warm-up: JIT-compile both paths on a small run, not measured
        Path warm = BenchSupport.copyOf(pristine, dir.resolve("warmup-demo.db"));
        runDemo(warm, warmupVisits, seed);
        List<TableRows> warmRows = readBack(warm, auditBefore);
        insertRaw(BenchSupport.copyOf(pristine, dir.resolve("warmup-floor.db")), warmRows);
        BenchSupport.deleteDatabase(warm);
        BenchSupport.deleteDatabase(dir.resolve("warmup-floor.db"));

        double[] demoMs = new double[runs];
        double[] demoCpuMs = new double[runs];
        double[] floorMs = new double[runs];
        double[] floorCpuMs = new double[runs];
        double[] demoWal = new double[runs];
        double[] floorWal = new double[runs];
        List<TableRows> rows = null;
        String firstHash = null;
        boolean sameData = true;
        long rowCount = 0;
        Path kept = dir.resolve("demo-" + visits + ".db");
        for (int run = 0; run < runs; run++) {
            Path demoFile = BenchSupport.copyOf(pristine, dir.resolve("run" + run + "-demo.db"));
            Path floorFile = dir.resolve("run" + run + "-floor.db");
            // alternate which side goes first, so neither always meets the other's leftovers (page cache, writeback)
            if (run % 2 == 1 && rows != null) {
                double[] f = insertRaw(BenchSupport.copyOf(pristine, floorFile), rows);
                floorMs[run] = f[0];
                floorCpuMs[run] = f[1];
                floorWal[run] = f[2];
            }
            double[] d = runDemo(demoFile, visits, seed);
            demoMs[run] = d[0];
            demoCpuMs[run] = d[1];
            demoWal[run] = d[2];
            List<TableRows> read = readBack(demoFile, auditBefore);
            String hash = hash(read);
            if (firstHash == null) {
                firstHash = hash;
                rows = read;
                rowCount = read.stream().mapToLong(t -> t.rows().size()).sum();
            } else {
                sameData &= hash.equals(firstHash);
            }
            if (run % 2 == 0) {
                double[] f = insertRaw(BenchSupport.copyOf(pristine, floorFile), rows);
                floorMs[run] = f[0];
                floorCpuMs[run] = f[1];
                floorWal[run] = f[2];
            }
            checkSameCounts(demoFile, floorFile);
            System.out.printf("   run %d: demo %8.0f ms (cpu %6.0f, wal %5.0f MB)   floor %8.0f ms (cpu %6.0f,"
                    + " wal %5.0f MB)%n", run + 1, demoMs[run], demoCpuMs[run], demoWal[run], floorMs[run],
                    floorCpuMs[run], floorWal[run]);
            BenchSupport.deleteDatabase(floorFile);
            if (run == runs - 1) {
                BenchSupport.deleteDatabase(kept);
                java.nio.file.Files.move(demoFile, kept);
            } else {
                BenchSupport.deleteDatabase(demoFile);
            }
        }
        double demo = BenchSupport.median(demoMs);
        double floor = BenchSupport.median(floorMs);
        double ratio = demo / floor;
        System.out.println("   rows written per run: " + rowCount + " in " + TABLES.size() + " tables + 1 audit entry;"
                + " identical data in every run: " + (sameData ? "yes" : "NO") + " (sha256 " + firstHash.substring(0, 16)
                + "…)");
        System.out.println("   cpu medians: demo " + BenchSupport.fmt(BenchSupport.median(demoCpuMs)) + " ms, floor "
                + BenchSupport.fmt(BenchSupport.median(floorCpuMs)) + " ms (cpu time of the inserting thread)");
        boolean pass = ratio <= TARGET_RATIO && sameData;
        BenchSupport.verdict("demo time <= " + TARGET_RATIO + " x floor",
                "demo --visits " + visits + ": median " + BenchSupport.fmt(demo) + " ms of " + runs + " runs",
                "raw JDBC batches, one transaction: median "
                        + BenchSupport.fmt(floor) + " ms of " + runs + " runs",
                ratio, pass);
        System.out.println("   kept for target (b): " + kept);
        BenchSupport.deleteDatabase(pristine);
        System.exit(pass ? 0 : 1);
    }

    /** @return wall and thread-CPU milliseconds of {@link DemoGenerator#generate} */
    private static double[] runDemo(Path file, int visits, long seed) {
        try (Workspace ws = Workspace.open(file, false, Clock.systemUTC())) {
            DemoGenerator generator = new DemoGenerator(ws);
            long cpu = BenchSupport.threadCpuNanos();
            long t0 = System.nanoTime();
            generator.generate(visits, seed);
            long t1 = System.nanoTime();
            return new double[] {(t1 - t0) / 1e6, (BenchSupport.threadCpuNanos() - cpu) / 1e6, walMegabytes(file)};
        }
    }

    /** Every row the demo wrote, in the order it wrote them, with SQLite's own value types. */
    private static List<TableRows> readBack(Path file, Set<String> auditBefore) {
        try (Database db = Database.open(file, Database.Mode.EXISTING_ONLY)) {
            return db.read(c -> {
                List<TableRows> out = new ArrayList<>();
                for (String table : TABLES) {
                    out.add(select(c, table, "SELECT * FROM " + table + " ORDER BY rowid", null));
                }
                out.add(select(c, "audit_log", "SELECT * FROM audit_log ORDER BY rowid", auditBefore));
                return out;
            });
        }
    }

    private static TableRows select(Connection c, String table, String sql, Set<String> skipIds) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                columns.add(md.getColumnName(i));
            }
            List<Object[]> rows = new ArrayList<>();
            while (rs.next()) {
                Object[] row = new Object[columns.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                if (skipIds == null || !skipIds.contains((String) row[0])) {
                    rows.add(row);
                }
            }
            return new TableRows(table, columns, rows);
        }
    }

    /** @return wall and thread-CPU milliseconds of the insert transaction, commit included */
    private static double[] insertRaw(Path file, List<TableRows> tables) {
        try (Database db = Database.open(file, Database.Mode.EXISTING_ONLY)) {
            long cpu = BenchSupport.threadCpuNanos();
            long t0 = System.nanoTime();
            db.write(c -> {
                for (TableRows t : tables) {
                    String sql = "INSERT INTO " + t.table() + " (" + String.join(", ", t.columns()) + ") VALUES ("
                            + "?, ".repeat(t.columns().size() - 1) + "?)";
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        int pending = 0;
                        for (Object[] row : t.rows()) {
                            for (int i = 0; i < row.length; i++) {
                                ps.setObject(i + 1, row[i]);
                            }
                            ps.addBatch();
                            if (++pending == FLOOR_BATCH) {
                                ps.executeBatch();
                                pending = 0;
                            }
                        }
                        if (pending > 0) {
                            ps.executeBatch();
                        }
                    }
                }
                return null;
            });
            long t1 = System.nanoTime();
            return new double[] {(t1 - t0) / 1e6, (BenchSupport.threadCpuNanos() - cpu) / 1e6, walMegabytes(file)};
        }
    }

    /** The write-ahead log after the transaction: how much the insert wrote before its checkpoint. */
    private static double walMegabytes(Path file) {
        try {
            Path wal = Path.of(file + "-wal");
            return java.nio.file.Files.exists(wal) ? java.nio.file.Files.size(wal) / 1e6 : 0;
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private static Set<String> auditIds(Path file) {
        try (Database db = Database.open(file, Database.Mode.EXISTING_ONLY)) {
            return db.read(c -> {
                Set<String> ids = new HashSet<>();
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM audit_log")) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
                return ids;
            });
        }
    }

    /** The floor must have written what the demo wrote, or the comparison means nothing. */
    private static void checkSameCounts(Path demo, Path floor) {
        List<Long> a = counts(demo);
        List<Long> b = counts(floor);
        if (!a.equals(b)) {
            throw new IllegalStateException("floor wrote other rows than the demo: " + a + " vs " + b);
        }
    }

    private static List<Long> counts(Path file) {
        try (Database db = Database.open(file, Database.Mode.EXISTING_ONLY)) {
            return db.read(c -> {
                List<Long> out = new ArrayList<>();
                for (String table : TABLES) {
                    try (Statement st = c.createStatement();
                         ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
                        out.add(rs.next() ? rs.getLong(1) : -1);
                    }
                }
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT count(*) FROM search_docs")) {
                    out.add(rs.next() ? rs.getLong(1) : -1);
                }
                return out;
            });
        }
    }

    private static String hash(List<TableRows> tables) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (TableRows t : tables) {
            sha.update(t.table().getBytes(StandardCharsets.UTF_8));
            for (Object[] row : t.rows()) {
                for (Object v : row) {
                    String typed = v == null ? "N" : v.getClass().getSimpleName().charAt(0) + v.toString();
                    sha.update(typed.getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
