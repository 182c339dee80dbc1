package vn.congvu.bench;

import vn.congvu.app.VisitService.VisitRow;
import vn.congvu.app.Workspace;
import vn.congvu.app.demo.DemoGenerator;
import vn.congvu.domain.Criterion;
import vn.congvu.domain.Result;
import vn.congvu.domain.VisitStatus;
import vn.congvu.store.Sql;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Target (b) of issue 2: one answer saved through the store ({@code ws.visits().answer(...)}, what the
 * {@code answer} command does: one durable transaction with its audit entry and search-index update)
 * commits with p99 at most 10 ms on the database of 10,000 visits.
 *
 * <p>Each save changes the result and the note of a random criterion of a random visit, so every save
 * really writes. The floor is the same durable commit of a trivial one-row UPDATE through the same
 * {@code Database.write} (WAL, {@code synchronous=FULL}): what the disk's fsync costs by itself. Saves and
 * floor commits alternate, so both meet the same noise. The CPU time of each side is printed too: on a
 * shared machine it tells the store's own work apart from waiting for the disk or for a core.
 *
 * <p>The measured configuration is the app's: the store checkpoints the WAL on a background connection
 * (see {@code vn.congvu.store.Checkpointer}). {@code --autocheckpoint on} is a diagnostic, not the measured
 * configuration: it turns SQLite's own autocheckpoint back on for the writer, so that the commit that
 * takes the WAL past 1,000 pages copies it back into the database before returning, as before.
 */
public final class AnswerSaveBenchmark {

    private static final double TARGET_P99_MS = 10.0;
    private static final String FLOOR_KEY = "bench.floor";

    private AnswerSaveBenchmark() {
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = BenchSupport.args(argv, "db", "saves", "warmup", "seed", "dir", "visits",
                "autocheckpoint");
        boolean inCommitCheckpoints = "on".equals(args.getOrDefault("autocheckpoint", "off"));
        int saves = Integer.parseInt(args.getOrDefault("saves", "2000"));
        int warmup = Integer.parseInt(args.getOrDefault("warmup", "200"));
        long seed = Long.parseLong(args.getOrDefault("seed", "1"));
        int visits = Integer.parseInt(args.getOrDefault("visits", "10000"));
        Path dir = Path.of(args.getOrDefault("dir", "target/bench"));
        Path source = Path.of(args.getOrDefault("db", dir.resolve("demo-" + visits + ".db").toString()));

        BenchSupport.header("(b) one answer saved durably on a database of " + visits + " visits");
        if (!Files.exists(source)) {
            System.out.println("   " + source + " missing: making it with demo --visits " + visits);
            BenchSupport.makeFreshDatabase(source);
            try (Workspace ws = Workspace.open(source, false, Clock.systemUTC())) {
                new DemoGenerator(ws).generate(visits, seed);
            }
        }
        // work on a copy, so the demo database stays as the demo made it
        Path file = BenchSupport.copyOf(source, dir.resolve("answers-bench.db"));

        double[] saveMs = new double[saves];
        double[] floorMs = new double[saves];
        double[] saveCpuMs = new double[saves];
        double[] floorCpuMs = new double[saves];
        try (Workspace ws = Workspace.open(file, false, Clock.systemUTC())) {
            List<String> visitIds = ws.visits().list(null).stream()
                    .filter(v -> v.status() != VisitStatus.FINALISED).map(VisitRow::id).toList();
            List<String> codes = ws.templates().currentContent().criteria().stream().map(Criterion::code).toList();
            System.out.println("   " + visitIds.size() + " visits, " + codes.size() + " criteria, "
                    + ws.stats().counts().get("answers") + " answers in the database");
            ws.db().write(c -> Sql.update(c, "INSERT INTO settings (id, created_at, updated_at, author, device, key, value)"
                    + " VALUES ('bench-floor', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z', 'bench',"
                    + " 'bench', ?, '0')", FLOOR_KEY));

            if (inCommitCheckpoints) {
                ws.db().write(c -> Sql.queryLong(c, "PRAGMA wal_autocheckpoint = 1000"));
                System.out.println("   DIAGNOSTIC RUN: SQLite's autocheckpoint on (checkpoints inside the commit)");
            }
            Random random = new Random(seed);
            Result[] results = Result.values();
            for (int i = -warmup; i < saves; i++) {
                String visit = visitIds.get(random.nextInt(visitIds.size()));
                String code = codes.get(random.nextInt(codes.size()));
                Result result = results[random.nextInt(results.length)];
                String note = "Ghi chú kiểm tra lần " + (i + warmup + 1) + ": đã đối chiếu hồ sơ tại quầy";

                long c0 = BenchSupport.threadCpuNanos();
                long t0 = System.nanoTime();
                ws.visits().answer(visit, code, result, note);
                long t1 = System.nanoTime();
                long c1 = BenchSupport.threadCpuNanos();
                String value = String.valueOf(i + warmup + 1);
                ws.db().write(c -> Sql.update(c, "UPDATE settings SET value = ? WHERE key = ?", value, FLOOR_KEY));
                long t2 = System.nanoTime();
                long c2 = BenchSupport.threadCpuNanos();
                if (i >= 0) {
                    saveMs[i] = (t1 - t0) / 1e6;
                    floorMs[i] = (t2 - t1) / 1e6;
                    saveCpuMs[i] = (c1 - c0) / 1e6;
                    floorCpuMs[i] = (c2 - c1) / 1e6;
                }
            }
            Path wal = Path.of(file + "-wal");
            System.out.println("   WAL file    : " + (Files.exists(wal) ? Files.size(wal) / 1024 : 0)
                    + " KB after the saves (its high-water mark unless cut back at 64 MB)");
            if (!ws.stats().verify(false).isEmpty()) {
                throw new IllegalStateException("database unsound after the saves: " + ws.stats().verify(false));
            }
        }
        BenchSupport.deleteDatabase(file);

        double[] sortedSave = sorted(saveMs);
        double[] sortedFloor = sorted(floorMs);
        double p99 = BenchSupport.percentile(sortedSave, 0.99);
        double floorP99 = BenchSupport.percentile(sortedFloor, 0.99);
        System.out.println("   answer save : " + BenchSupport.distribution(saveMs));
        System.out.println("   floor commit: " + BenchSupport.distribution(floorMs));
        System.out.println("   save cpu    : " + BenchSupport.distribution(saveCpuMs));
        System.out.println("   floor cpu   : " + BenchSupport.distribution(floorCpuMs));
        System.out.println("   over 10 ms  : " + count(saveMs, TARGET_P99_MS) + " saves, " + count(floorMs, TARGET_P99_MS)
                + " floor commits");
        System.out.println("   save/floor  : p50 " + ratio(sortedSave, sortedFloor, 0.5) + "  p90 "
                + ratio(sortedSave, sortedFloor, 0.9) + "  p99 " + ratio(sortedSave, sortedFloor, 0.99)
                + "  (wall, percentiles of the same run)");
        double[] sortedSaveCpu = sorted(saveCpuMs);
        double[] sortedFloorCpu = sorted(floorCpuMs);
        System.out.println("   cpu s/floor : p50 " + ratio(sortedSaveCpu, sortedFloorCpu, 0.5) + "  p90 "
                + ratio(sortedSaveCpu, sortedFloorCpu, 0.9) + "  p99 " + ratio(sortedSaveCpu, sortedFloorCpu, 0.99)
                + "  mean save cpu " + BenchSupport.fmt(java.util.Arrays.stream(saveCpuMs).average().orElse(0)) + " ms");
        boolean pass = p99 <= TARGET_P99_MS && !inCommitCheckpoints;
        BenchSupport.verdict("p99 of a durable answer save <= " + TARGET_P99_MS + " ms",
                "p99 " + BenchSupport.fmt(p99) + " ms over " + saves + " saves after " + warmup + " warm-up saves",
                "p99 " + BenchSupport.fmt(floorP99) + " ms for a one-row UPDATE committed the same way",
                p99 / floorP99, pass);
        System.exit(pass ? 0 : 1);
    }

    private static String ratio(double[] sortedA, double[] sortedB, double p) {
        return BenchSupport.fmt(BenchSupport.percentile(sortedA, p) / BenchSupport.percentile(sortedB, p));
    }

    private static long count(double[] values, double above) {
        return java.util.Arrays.stream(values).filter(v -> v > above).count();
    }

    private static double[] sorted(double[] values) {
        double[] s = values.clone();
        java.util.Arrays.sort(s);
        return s;
    }
}
