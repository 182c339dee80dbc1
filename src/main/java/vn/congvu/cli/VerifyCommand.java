package vn.congvu.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.congvu.app.Workspace;
import vn.congvu.domain.IntegrityIssue;

import java.util.List;

/** Integrity and foreign-key checks; exit 0 only when all hold. */
@Command(name = "verify", description = "${bundle:cli.verify.description}")
final class VerifyCommand extends WorkspaceCommand {

    @Option(names = "--quick", descriptionKey = "cli.option.quick")
    boolean quick;

    VerifyCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected int run(Workspace ws) {
        List<IntegrityIssue> issues = ws.stats().verify(!quick);
        if (issues.isEmpty()) {
            ctx.out.println(ctx.messages.get("cli.verify.ok", ws.file().toString()));
            return ExitCodes.OK;
        }
        for (IntegrityIssue issue : issues) {
            ctx.out.println(ctx.messages.get("integrity." + issue.check()) + ": " + issue.detail());
        }
        ctx.err.println(ctx.messages.get("cli.verify.failed", issues.size()));
        return ExitCodes.FAILURE;
    }
}
