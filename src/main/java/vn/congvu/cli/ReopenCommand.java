package vn.congvu.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.congvu.app.Workspace;
import vn.congvu.app.exchange.VisitVersion;

/** {@code reopen --visit ID --reason TEXT}: unlock a finalised visit; the signed version stays readable. */
@Command(name = "reopen", description = "${bundle:cli.reopen.description}")
final class ReopenCommand extends WorkspaceCommand {

    @Option(names = "--visit", required = true, paramLabel = "ID", descriptionKey = "cli.option.visit")
    String visit;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", descriptionKey = "cli.option.reason")
    String reason;

    ReopenCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected void validate() {
        if (reason.isBlank()) {
            throw new UsageException("cli.error.reasonMissing");
        }
    }

    @Override
    protected int run(Workspace ws) {
        VisitVersion v = ws.finalisation().reopen(visit, reason);
        ctx.out.println(ctx.messages.get("cli.reopen.done", v.visitId(), v.versionNo()));
        return ExitCodes.OK;
    }
}
