package vn.congvu.app.ops;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The AppCDS archive of an installed app, made on its first start where the installer could not make it
 * (the Windows .msi, the macOS .dmg): JDK 17 uses an archive only if it was made with the jars at the very
 * paths they have now. It runs the app's own runtime once with {@code -Xshare:dump} over the class list of
 * the build's training run, in the background and only when the app folder is writable; the next start
 * uses it. Nothing happens outside an installed app ({@code congvu.appdir} unset) or when the archive is
 * there.
 */
public final class ClassDataArchive {

    private static final Logger LOG = LoggerFactory.getLogger(ClassDataArchive.class);

    private ClassDataArchive() {
    }

    public static void makeIfMissing() {
        String dir = System.getProperty("congvu.appdir");
        // not during the build's training run, whose class list this would be made from
        if (dir == null || dir.isBlank() || System.getProperty("congvu.startupProbe") != null) {
            return;
        }
        Path appDir = Path.of(dir);
        Path archive = appDir.resolve("congvu.jsa");
        Path classList = appDir.resolve("congvu.classlist");
        if (Files.exists(archive) || !Files.isRegularFile(classList) || !Files.isWritable(appDir)) {
            return;
        }
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        Path java = Path.of(System.getProperty("java.home"), "bin", windows ? "javaw.exe" : "java");
        if (!Files.isExecutable(java)) {
            return;
        }
        Path temp = appDir.resolve("congvu.jsa.part");
        try {
            ProcessBuilder pb = new ProcessBuilder(List.of(java.toString(), "-Xshare:dump",
                    "-XX:SharedClassListFile=" + classList, "-XX:SharedArchiveFile=" + temp,
                    "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-cp", System.getProperty("java.class.path")))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            pb.environment().remove("JAVA_TOOL_OPTIONS");
            Process p = pb.start();
            if (p.waitFor(5, TimeUnit.MINUTES) && p.exitValue() == 0 && Files.exists(temp)) {
                Files.move(temp, archive, StandardCopyOption.ATOMIC_MOVE);
                LOG.info("made the AppCDS archive {}", archive);
            } else {
                p.destroyForcibly();
                LOG.info("no AppCDS archive made in {}", appDir);
            }
        } catch (IOException e) {
            LOG.info("no AppCDS archive: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a stray part file is replaced next time
            }
        }
    }
}
