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
 * <p>{@code --autocheckpoint off} is a diagnostic, not the measured configuration: it stops SQLite from
 * copying the WAL back into the database inside the commit that crosses 1,000 pages, which shows how much
 * of the tail those checkpoints make.
 */
public final class AnswerSaveBenchmark {

    private static final double TARGET_P99_MS = 10.0;
    private static final String FLOOR_KEY = "bench.floor";

    private AnswerSaveBenchmark() {
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = BenchSupport.args(argv, "db", "saves", "warmup", "seed", "dir", "visits",
                "autocheckpoint");
        boolean autocheckpoint = !"off".equals(args.getOrDefault("autocheckpoint", "on"));
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

            if (!autocheckpoint) {
                ws.db().write(c -> Sql.queryLong(c, "PRAGMA wal_autocheckpoint = 0"));
                System.out.println("   DIAGNOSTIC RUN: WAL autocheckpoint off");
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
        System.out.println("   p50 ratio   : " + BenchSupport.fmt(BenchSupport.percentile(sortedSave, 0.5)
                / BenchSupport.percentile(sortedFloor, 0.5)));
        boolean pass = p99 <= TARGET_P99_MS && autocheckpoint;
        BenchSupport.verdict("p99 of a durable answer save <= " + TARGET_P99_MS + " ms",
                "p99 " + BenchSupport.fmt(p99) + " ms over " + saves + " saves after " + warmup + " warm-up saves",
                "p99 " + BenchSupport.fmt(floorP99) + " ms for a one-row UPDATE committed the same way",
                p99 / floorP99, pass);
        System.exit(pass ? 0 : 1);
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
