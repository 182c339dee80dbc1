package vn.congvu.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.congvu.app.Workspace;
import vn.congvu.app.exchange.ConflictView;
import vn.congvu.app.exchange.ExchangeService;

import java.util.List;
import java.util.Locale;

/** {@code conflicts list|resolve}: versions that two laptops made apart, for a person to choose. */
@Command(name = "conflicts", description = "${bundle:cli.conflicts.description}",
        subcommands = {ConflictsCommand.ListConflicts.class, ConflictsCommand.Resolve.class})
final class ConflictsCommand {

    @Command(name = "list", description = "${bundle:cli.conflicts.list.description}")
    static final class ListConflicts extends WorkspaceCommand {

        @Option(names = "--json", descriptionKey = "cli.option.json")
        boolean json;

        @Option(names = "--all", descriptionKey = "cli.option.allConflicts")
        boolean all;

        ListConflicts(CliContext ctx) {
            super(ctx);
        }

        @Override
        protected int run(Workspace ws) {
            List<ConflictView> conflicts = ws.exchange().conflicts(!all);
            if (json) {
                ctx.printJson(conflicts);
                return ExitCodes.OK;
            }
            for (ConflictView k : conflicts) {
                ctx.out.println(ctx.messages.get("cli.conflicts.line", k.id(), ctx.messages.get(kindKey(k)),
                        ctx.messages.get(k.tableKey()), k.label(), k.sourceAuthor() == null ? "?" : k.sourceAuthor(),
                        k.status()));
                for (ConflictView.FieldDiff f : k.fields()) {
                    if (f.differs()) {
                        ctx.out.println(ctx.messages.get("cli.conflicts.field", f.column(), String.valueOf(f.local()),
                                String.valueOf(f.incoming())));
                    }
                }
            }
            ctx.out.println(ctx.messages.get("cli.conflicts.count", conflicts.size()));
            return ExitCodes.OK;
        }

        private static String kindKey(ConflictView k) {
            return switch (k.kind()) {
                case EDIT -> "exchange.conflict.EDIT";
                case DUPLICATE -> "exchange.conflict.DUPLICATE";
                case FINALISED -> "exchange.conflict.FINALISED";
            };
        }
    }

    @Command(name = "resolve", description = "${bundle:cli.conflicts.resolve.description}")
    static final class Resolve extends WorkspaceCommand {

        @Parameters(paramLabel = "ID", descriptionKey = "cli.param.conflictId")
        String id;

        @Option(names = "--keep", required = true, paramLabel = "local|incoming", descriptionKey = "cli.option.keep")
        String keep;

        private ExchangeService.Keep parsed;

        Resolve(CliContext ctx) {
            super(ctx);
        }

        @Override
        protected void validate() {
            parsed = switch (keep.trim().toLowerCase(Locale.ROOT)) {
                case "local" -> ExchangeService.Keep.LOCAL;
                case "incoming" -> ExchangeService.Keep.INCOMING;
                default -> throw new UsageException("cli.error.badKeep", keep);
            };
        }

        @Override
        protected int run(Workspace ws) {
            ConflictView k = ws.exchange().resolve(id, parsed);
            ctx.out.println(ctx.messages.get(parsed == ExchangeService.Keep.LOCAL ? "cli.conflicts.keptLocal"
                    : "cli.conflicts.keptIncoming", k.id()));
            return ExitCodes.OK;
        }
    }
}
