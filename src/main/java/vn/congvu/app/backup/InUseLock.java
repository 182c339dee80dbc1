package vn.congvu.app.backup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Says that a database is open in the desktop app, so that a restore from the command line does not
 * replace the file under it (the app would go on writing into a file nobody sees). The desktop app holds a
 * shared lock on {@code <database>.lock} while it runs; a restore needs the exclusive one. The OS drops the
 * lock when the process ends, however it ends.
 */
public final class InUseLock implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InUseLock.class);

    private final FileChannel channel;
    private final FileLock lock;

    private InUseLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFile(Path database) {
        Path db = database.toAbsolutePath();
        return db.resolveSibling(db.getFileName() + ".lock");
    }

    /** Taken by the desktop app for as long as it has the database open; empty when the folder refuses it. */
    public static Optional<InUseLock> holdShared(Path database) {
        return take(database, true);
    }

    /**
     * For a restore: empty when the desktop app (here or in another process) has the database open. When
     * the lock file cannot even be made (a read-only folder), the restore is let through to fail on its own
     * clearer message.
     */
    static Optional<InUseLock> tryExclusive(Path database) {
        Optional<InUseLock> lock = take(database, false);
        if (lock.isEmpty() && !java.nio.file.Files.isWritable(lockFile(database).getParent())) {
            return Optional.of(new InUseLock(null, null));
        }
        return lock;
    }

    private static Optional<InUseLock> take(Path database, boolean shared) {
        FileChannel ch = null;
        try {
            ch = FileChannel.open(lockFile(database), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = ch.tryLock(0, Long.MAX_VALUE, shared);
            if (lock == null) {
                ch.close();
                return Optional.empty();
            }
            return Optional.of(new InUseLock(ch, lock));
        } catch (OverlappingFileLockException e) {
            // this very process holds it (the desktop app has the database open)
            closeQuietly(ch);
            return Optional.empty();
        } catch (IOException e) {
            LOG.info("cannot lock {}: {}", lockFile(database), e.toString());
            closeQuietly(ch);
            return Optional.empty();
        }
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // nothing held
            }
        }
    }

    @Override
    public void close() {
        try {
            if (lock != null) {
                lock.release();
            }
        } catch (IOException e) {
            LOG.warn("releasing the database lock failed", e);
        } finally {
            closeQuietly(channel);
        }
    }
}
