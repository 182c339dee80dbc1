package vn.congvu.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.congvu.app.AppException;
import vn.congvu.app.ProgressSink;
import vn.congvu.app.backup.BackupEntry;
import vn.congvu.app.backup.BackupService;
import vn.congvu.app.backup.RestoreResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code restore FILE} or {@code restore --latest}: replaces the database with a backup, after checking the
 * backup whole and keeping the current database as a backup. Works on a database that no longer opens,
 * which is when it is needed, so it never opens the database as the other commands do.
 */
@Command(name = "restore", description = "${bundle:cli.restore.description}")
final class RestoreCommand implements Callable<Integer> {

    private final CliContext ctx;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", descriptionKey = "cli.param.backupFile")
    Path file;

    @Option(names = "--latest", descriptionKey = "cli.option.latest")
    boolean latest;

    RestoreCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        if ((file == null) == !latest) {
            throw new UsageException("cli.restore.fileOrLatest");
        }
        Path database = ctx.databaseFile().toAbsolutePath();
        if (ctx.paths.isDefault(database)) {
            try {
                Files.createDirectories(database.getParent());
            } catch (IOException e) {
                throw new AppException(e, "error.store.NOT_WRITABLE", database.getParent().toString());
            }
        }
        BackupService backups = new BackupService(database, ctx.clock);
        Path source = file;
        if (latest) {
            source = backups.latestGood().map(BackupEntry::file)
                    .orElseThrow(() -> new AppException("error.backup.noBackups", backups.folder().toString()));
        }
        RestoreResult result = backups.restore(source, ProgressSink.NONE);
        ctx.out.println(ctx.messages.get("cli.restore.done", database.toString(), source.toString(),
                java.util.Date.from(result.restored().createdAt())));
        result.keptAs().ifPresent(k -> ctx.out.println(ctx.messages.get("cli.restore.kept", k.toString())));
        if (result.evidenceRestored() > 0) {
            ctx.out.println(ctx.messages.get("cli.restore.evidenceRestored", result.evidenceRestored()));
        }
        if (result.evidenceMissing() > 0) {
            ctx.err.println(ctx.messages.get("cli.restore.evidenceMissing", result.evidenceMissing()));
        }
        return ExitCodes.OK;
    }
}
