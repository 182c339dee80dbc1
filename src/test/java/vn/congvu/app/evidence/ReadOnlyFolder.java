package vn.congvu.app.evidence;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Makes a folder refuse new files for the length of a test. Permissions are enough for a normal user; root
 * ignores them, so there the folder is made immutable with {@code chattr +i} as well. Where neither works the
 * test is skipped rather than passing for the wrong reason.
 */
final class ReadOnlyFolder implements AutoCloseable {

    private final Path folder;
    private final Set<PosixFilePermission> before;
    private boolean immutable;

    private ReadOnlyFolder(Path folder) throws IOException {
        this.folder = folder;
        this.before = Files.getPosixFilePermissions(folder);
    }

    static ReadOnlyFolder make(Path folder) throws IOException, InterruptedException {
        ReadOnlyFolder f = new ReadOnlyFolder(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (f.accepts()) {
            f.immutable = run("chattr", "+i", folder.toString());
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

    private static boolean run(String... command) throws InterruptedException {
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
        if (immutable) {
            try {
                run("chattr", "-i", folder.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Files.setPosixFilePermissions(folder, before);
    }
}
