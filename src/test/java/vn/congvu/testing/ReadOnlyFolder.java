package vn.congvu.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Makes a folder and the files in it refuse writes for the length of a test, as a data folder on a USB stick
 * switched to read-only, or a folder whose permissions were changed, would. Permissions are enough for a
 * normal user; root ignores them, so there the folder and its files are made immutable with
 * {@code chattr +i} as well (which also stops writes through files already open). Where neither works the
 * test is skipped rather than passing for the wrong reason.
 */
public final class ReadOnlyFolder implements AutoCloseable {

    private final Path folder;
    private final Map<Path, Set<PosixFilePermission>> before = new HashMap<>();
    private final List<Path> immutable = new ArrayList<>();

    private ReadOnlyFolder(Path folder) {
        this.folder = folder;
    }

    public static ReadOnlyFolder make(Path folder) throws IOException, InterruptedException {
        ReadOnlyFolder f = new ReadOnlyFolder(folder);
        List<Path> targets = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            // SQLite maps its -shm index into memory: a write fault on a mapped file made immutable kills the
            // process with SIGBUS, which is a crash (covered by the crash trials), not a message to test
            files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith("-shm"))
                    .forEach(targets::add);
        }
        targets.add(folder);
        for (Path p : targets) {
            f.before.put(p, Files.getPosixFilePermissions(p));
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "r-xr-xr-x" : "r--r--r--"));
        }
        if (f.accepts()) {
            for (Path p : targets) {
                if (run("chattr", "+i", p.toString())) {
                    f.immutable.add(p);
                }
            }
        }
        if (f.accepts()) {
            f.close();
            Assumptions.abort("cannot make a folder read-only here");
        }
        return f;
    }

    private boolean accepts() {
        Path probe = folder.resolve(".probe");
        try {
            Files.createFile(probe);
            Files.delete(probe);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static boolean run(String... command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        for (Path p : immutable) {
            try {
                run("chattr", "-i", p.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (Map.Entry<Path, Set<PosixFilePermission>> e : before.entrySet()) {
            Files.setPosixFilePermissions(e.getKey(), e.getValue());
        }
    }
}
