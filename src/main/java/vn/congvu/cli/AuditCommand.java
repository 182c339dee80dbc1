package vn.congvu.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.congvu.app.Workspace;
import vn.congvu.app.exchange.AuditEntry;

import java.util.List;

/** {@code audit [--visit ID] [--json]}: who changed what, when, on which laptop; newest first. */
@Command(name = "audit", description = "${bundle:cli.audit.description}")
final class AuditCommand extends WorkspaceCommand {

    @Option(names = "--visit", paramLabel = "ID", descriptionKey = "cli.option.visit")
    String visit;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", descriptionKey = "cli.option.limit")
    int limit = 200;

    AuditCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected void validate() {
        if (limit < 1 || limit > 100_000) {
            throw new UsageException("cli.error.outOfRange", "--limit", String.valueOf(limit), 1, 100_000);
        }
    }

    @Override
    protected int run(Workspace ws) {
        String visitId = visit == null ? null : ws.visits().resolve(visit).id();
        List<AuditEntry> entries = ws.audit().entries(visitId, null, limit);
        if (json) {
            ctx.printJson(entries);
            return ExitCodes.OK;
        }
        for (AuditEntry e : entries) {
            ctx.out.printf("%s  %-20s %-8s %-9s %s %s %s%n", e.at(), e.author(), shortId(e.device()), e.action(),
                    e.entity(), shortId(e.entityId()), e.changes() == null ? "" : e.changes());
        }
        ctx.out.println(ctx.messages.get("cli.audit.count", entries.size()));
        return ExitCodes.OK;
    }

    private static String shortId(String id) {
        return id == null || id.length() <= 8 ? String.valueOf(id) : id.substring(0, 8);
    }
}
