package vn.congvu.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.congvu.app.ProgressSink;
import vn.congvu.app.Workspace;
import vn.congvu.app.backup.BackupEntry;
import vn.congvu.app.backup.BackupManifest;

import java.nio.file.Files;
import java.nio.file.Path;

/** {@code backup --out FILE [--without-evidence]}: a consistent copy of the database (and evidence) in one zip. */
@Command(name = "backup", description = "${bundle:cli.backup.description}")
final class BackupCommand extends WorkspaceCommand {

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.option.backupOut")
    Path out;

    @Option(names = "--without-evidence", descriptionKey = "cli.option.withoutEvidence")
    boolean withoutEvidence;

    BackupCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected void validate() {
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UsageException("error.export.folderMissing", String.valueOf(folder));
        }
        if (Files.isDirectory(out)) {
            throw new UsageException("error.store.NOT_A_FILE", out.toString());
        }
    }

    @Override
    protected int run(Workspace ws) {
        BackupEntry made = ws.backups().backupTo(out, !withoutEvidence, ProgressSink.NONE);
        BackupManifest m = made.manifest().orElseThrow();
        ctx.out.println(ctx.messages.get("cli.backup.done", made.file().toString(), m.visits(),
                m.evidence().included() ? m.evidence().files().size() - m.evidence().missing().size() : 0));
        if (!m.evidence().missing().isEmpty()) {
            ctx.err.println(ctx.messages.get("cli.backup.evidenceMissing", m.evidence().missing().size()));
        }
        return ExitCodes.OK;
    }
}
