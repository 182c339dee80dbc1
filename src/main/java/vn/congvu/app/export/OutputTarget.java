package vn.congvu.app.export;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Looks at where an export is to go before anything is written: is the folder there and writable, is a file
 * of that name there, is it open in an office program, and which name beside it is free. Office programs
 * show a file is open by a lock file next to it: Word "~$" plus the name (its first one or two characters
 * dropped when the name is long), LibreOffice ".~lock.NAME#"; on Windows Word also refuses other writers,
 * which opening the file for writing reveals.
 */
public final class OutputTarget {

    private static final int MAX_ALTERNATIVES = 999;

    private OutputTarget() {
    }

    public static OutputCheck check(Path requested) {
        Path file = requested.toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (Files.isDirectory(file)) {
            return new OutputCheck(file, OutputCheck.State.IS_FOLDER, null);
        }
        if (folder == null || !Files.isDirectory(folder)) {
            return new OutputCheck(file, OutputCheck.State.FOLDER_MISSING, null);
        }
        if (!canCreateIn(folder)) {
            return new OutputCheck(file, OutputCheck.State.FOLDER_READ_ONLY, null);
        }
        if (isInUse(file)) {
            return new OutputCheck(file, OutputCheck.State.IN_USE, freeAlternative(file));
        }
        if (Files.exists(file)) {
            return new OutputCheck(file, OutputCheck.State.EXISTS, freeAlternative(file));
        }
        return new OutputCheck(file, OutputCheck.State.FREE, null);
    }

    /** Whether an office program holds {@code file} open. */
    public static boolean isInUse(Path file) {
        for (Path lock : lockFiles(file)) {
            if (Files.exists(lock)) {
                return true;
            }
        }
        if (!Files.isRegularFile(file)) {
            return false;
        }
        // opening for writing neither truncates nor changes the file
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return Files.isWritable(file);
        }
    }

    static List<Path> lockFiles(Path file) {
        Path folder = file.getParent();
        String name = file.getFileName().toString();
        List<Path> out = new java.util.ArrayList<>();
        out.add(folder.resolve("~$" + name));
        if (name.length() > 2) {
            out.add(folder.resolve("~$" + name.substring(1)));
            out.add(folder.resolve("~$" + name.substring(2)));
        }
        out.add(folder.resolve(".~lock." + name + "#"));
        return out;
    }

    /** "Bien ban (2).docx", "(3)", …: the first name beside {@code file} that is neither taken nor locked. */
    public static Path freeAlternative(Path file) {
        Path folder = file.getParent();
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; n <= MAX_ALTERNATIVES; n++) {
            Path candidate = folder.resolve(base + " (" + n + ")" + extension);
            if (!Files.exists(candidate) && !isInUse(candidate)) {
                return candidate;
            }
        }
        return folder.resolve(base + " (" + System.currentTimeMillis() + ")" + extension);
    }

    /** Tries for real: permissions on shared and synced folders say little about whether a file can be made. */
    private static boolean canCreateIn(Path folder) {
        try {
            Path probe = Files.createTempFile(folder, ".congvu-probe-", ".tmp");
            Files.deleteIfExists(probe);
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
