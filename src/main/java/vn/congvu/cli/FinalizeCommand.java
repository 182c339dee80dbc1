package vn.congvu.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.congvu.app.Workspace;
import vn.congvu.app.exchange.VisitVersion;

/** {@code finalize --visit ID}: the minutes are signed; hash and lock the visit. */
@Command(name = "finalize", description = "${bundle:cli.finalize.description}")
final class FinalizeCommand extends WorkspaceCommand {

    @Option(names = "--visit", required = true, paramLabel = "ID", descriptionKey = "cli.option.visit")
    String visit;

    FinalizeCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected int run(Workspace ws) {
        VisitVersion v = ws.finalisation().finalise(visit);
        ctx.out.println(ctx.messages.get("cli.finalize.done", v.visitId(), v.versionNo(), v.shortHash(), v.hash()));
        return ExitCodes.OK;
    }
}
