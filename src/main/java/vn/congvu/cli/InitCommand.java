package vn.congvu.cli;

import picocli.CommandLine.Command;
import vn.congvu.app.Workspace;

import java.util.Map;

@Command(name = "init", description = "${bundle:cli.init.description}")
final class InitCommand extends WorkspaceCommand {

    InitCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected boolean createsDatabase() {
        return true;
    }

    @Override
    protected int run(Workspace ws) {
        Map<String, Long> counts = ws.stats().counts();
        ctx.out.println(ctx.messages.get("cli.init.done", ws.file().toString(), counts.get("units"),
                counts.get("criteria"), counts.get("holidays")));
        return ExitCodes.OK;
    }
}
