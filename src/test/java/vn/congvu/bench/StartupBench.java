package vn.congvu.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Cold start, measured from outside: the time from starting a process to its {@code READY} line, for each
 * command given, run in turns (one after the other, {@code ROUNDS} times, the first round thrown away as
 * disk-cache warm-up). Prints the median and the best of each and the ratio of each to the first command.
 * Used by {@code .ci/bench-startup}, which passes the commands.
 *
 * <p>Usage: {@code StartupBench ROUNDS NAME=COMMAND... } where COMMAND is a space-separated command line.
 */
public final class StartupBench {

    private StartupBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        Map<String, List<String>> commands = new LinkedHashMap<>();
        for (String a : Arrays.copyOfRange(args, 1, args.length)) {
            int eq = a.indexOf('=');
            commands.put(a.substring(0, eq), List.of(a.substring(eq + 1).split(" ")));
        }
        Map<String, List<Double>> times = new LinkedHashMap<>();
        commands.keySet().forEach(k -> times.put(k, new ArrayList<>()));
        for (int r = 0; r <= rounds; r++) {
            for (Map.Entry<String, List<String>> c : commands.entrySet()) {
                double ms = once(c.getValue());
                if (r > 0) {
                    times.get(c.getKey()).add(ms);
                }
            }
        }
        double base = median(times.values().iterator().next());
        System.out.printf("%-28s %10s %10s %8s%n", "", "median ms", "best ms", "ratio");
        for (Map.Entry<String, List<Double>> t : times.entrySet()) {
            double med = median(t.getValue());
            System.out.printf("%-28s %10.0f %10.0f %7.2fx%n", t.getKey(), med,
                    t.getValue().stream().mapToDouble(Double::doubleValue).min().orElse(0), med / base);
        }
    }

    private static double once(List<String> command) throws IOException, InterruptedException {
        Path home = Files.createTempDirectory("bench-home");
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("HOME", home.toString());
        long start = System.nanoTime();
        Process p = pb.start();
        double ms = -1;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("READY")) {
                    ms = (System.nanoTime() - start) / 1e6;
                    break;
                }
            }
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        if (ms < 0) {
            throw new IllegalStateException("no READY from " + command);
        }
        return ms;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
