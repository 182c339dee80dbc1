package vn.congvu.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.congvu.app.ops.DiagnosticsService;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code diagnostics --out FILE.zip}: logs, versions and facts about the database for support, never its
 * content. It reads the database without opening it as the app does, so it works on a damaged one too.
 */
@Command(name = "diagnostics", description = "${bundle:cli.diagnostics.description}")
final class DiagnosticsCommand implements Callable<Integer> {

    private final CliContext ctx;

    @Option(names = "--out", required = true, paramLabel = "FILE.zip", descriptionKey = "cli.option.diagnosticsOut")
    Path out;

    DiagnosticsCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UsageException("error.export.folderMissing", String.valueOf(folder));
        }
        new DiagnosticsService(ctx.databaseFile(), ctx.logDir(), ctx.clock).export(out);
        ctx.out.println(ctx.messages.get("cli.diagnostics.done", out.toAbsolutePath().toString()));
        return ExitCodes.OK;
    }
}
