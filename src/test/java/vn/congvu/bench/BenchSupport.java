package vn.congvu.bench;

import vn.congvu.app.Workspace;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** What the benchmarks share: arguments, fresh database files, statistics and the verdict lines. */
final class BenchSupport {

    private BenchSupport() {
    }

    /** {@code --name value} pairs; unknown names are refused so that a typo does not silently use a default. */
    static Map<String, String> args(String[] args, String... known) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (!name.startsWith("--") || i + 1 >= args.length || !Arrays.asList(known).contains(name.substring(2))) {
                throw new IllegalArgumentException("usage: " + String.join(" ", Arrays.stream(known)
                        .map(k -> "[--" + k + " VALUE]").toList()) + "; got " + name);
            }
            out.put(name.substring(2), args[++i]);
        }
        return out;
    }

    /** A database as {@code init} leaves it: schema, wards and communes, holidays, the default checklist. */
    static void makeFreshDatabase(Path file) throws IOException {
        deleteDatabase(file);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Workspace ws = Workspace.open(file, true, Clock.systemUTC())) {
            ws.stats().counts();
        }
    }

    /** A copy of {@code source}, so every run starts from the same bytes (ids of wards and criteria included). */
    static Path copyOf(Path source, Path target) throws IOException {
        deleteDatabase(target);
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    static void deleteDatabase(Path file) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(file + suffix));
        }
    }

    static long threadCpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Nearest-rank percentile of sorted values: the smallest value with at least {@code p} of them at or below. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static String distribution(double[] millis) {
        double[] s = millis.clone();
        Arrays.sort(s);
        return String.format(Locale.ROOT, "min %6.2f  p50 %6.2f  p90 %6.2f  p99 %6.2f  max %7.2f ms  (n=%d)",
                s[0], percentile(s, 0.50), percentile(s, 0.90), percentile(s, 0.99), s[s.length - 1], s.length);
    }

    static String fmt(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static void header(String title) {
        System.out.println();
        System.out.println("== " + title);
        System.out.println("   " + machine());
    }

    static String machine() {
        Runtime rt = Runtime.getRuntime();
        String load = "";
        try {
            load = ", load average " + Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            // not on Linux: no load figure
        }
        return rt.availableProcessors() + " cores, Java " + System.getProperty("java.version") + ", "
                + System.getProperty("os.name") + load + " (shared machine: figures are noisy)";
    }

    static void verdict(String target, String figure, String floor, double ratio, boolean pass) {
        System.out.println("   target : " + target);
        System.out.println("   figure : " + figure);
        System.out.println("   floor  : " + floor);
        System.out.println("   ratio  : " + fmt(ratio));
        System.out.println("   result : " + (pass ? "PASS" : "FAIL"));
    }
}
