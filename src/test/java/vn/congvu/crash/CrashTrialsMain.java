package vn.congvu.crash;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The long run of the crash trials ({@code .ci/crash-trials}): {@code CrashTrialsMain [TRIALS] [SEED]},
 * 100 trials by default. Exits 0 only when every trial passed.
 */
public final class CrashTrialsMain {

    private CrashTrialsMain() {
    }

    public static void main(String[] args) throws Exception {
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime();
        Path dir = Files.createTempDirectory("congvu-crash");
        System.out.printf("crash trials: %d, seed %d, database %s%n", trials, seed, dir.resolve("congvu.db"));
        long start = System.nanoTime();
        CrashTrials.Outcome outcome = new CrashTrials(dir.resolve("congvu.db"), seed, System.out).run(trials);
        System.out.printf("took %.0f s%n", (System.nanoTime() - start) / 1e9);
        System.exit(outcome.clean() ? 0 : 1);
    }
}
