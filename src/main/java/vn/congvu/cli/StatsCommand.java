package vn.congvu.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.congvu.app.Workspace;

import java.util.Map;

@Command(name = "stats", description = "${bundle:cli.stats.description}")
final class StatsCommand extends WorkspaceCommand {

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    StatsCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected int run(Workspace ws) {
        Map<String, Long> counts = ws.stats().counts();
        if (json) {
            ctx.printJson(counts);
        } else {
            ctx.out.println(ctx.messages.get("cli.stats.database", ws.file().toString()));
            counts.forEach((k, v) -> ctx.out.printf(ctx.messages.locale(), "  %-16s %,d%n", ctx.messages.get("cli.stats.key." + k), v));
        }
        return ExitCodes.OK;
    }
}
