package vn.congvu.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.congvu.app.Workspace;
import vn.congvu.app.demo.DemoGenerator;

/** {@code demo --visits N [--seed S]}: realistic synthetic data; the same seed gives the same data. */
@Command(name = "demo", description = "${bundle:cli.demo.description}")
final class DemoCommand extends WorkspaceCommand {

    static final int MAX_VISITS = 200_000;

    @Option(names = "--visits", required = true, paramLabel = "N", descriptionKey = "cli.option.visits")
    String visitsText;

    @Option(names = "--seed", paramLabel = "S", descriptionKey = "cli.option.seed")
    String seedText = "1";

    private int visits;
    private long seed;

    DemoCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected boolean createsDatabase() {
        return true;
    }

    @Override
    protected void validate() {
        try {
            visits = Integer.parseInt(visitsText.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("cli.error.badInteger", "--visits", visitsText);
        }
        if (visits < 1 || visits > MAX_VISITS) {
            throw new UsageException("cli.error.outOfRange", "--visits", visitsText, 1, MAX_VISITS);
        }
        try {
            seed = Long.parseLong(seedText.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("cli.error.badInteger", "--seed", seedText);
        }
    }

    @Override
    protected int run(Workspace ws) {
        DemoGenerator.Result r = new DemoGenerator(ws).generate(visits, seed);
        ctx.out.println(ctx.messages.get("cli.demo.done", r.visits(), r.answers(), r.officials(), r.dossiers(),
                r.recommendations(), r.planId()));
        return ExitCodes.OK;
    }
}
