package vn.congvu.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.congvu.app.Workspace;
import vn.congvu.app.exchange.ExchangeService;
import vn.congvu.app.exchange.ExportResult;
import vn.congvu.app.exchange.ImportPreview;
import vn.congvu.app.exchange.ImportResult;
import vn.congvu.exchange.ExportScope;
import vn.congvu.exchange.MergeCounts;
import vn.congvu.exchange.ProgressListener;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code package export|import}: exchange packages between laptops. */
@Command(name = "package", description = "${bundle:cli.package.description}",
        subcommands = {PackageCommand.Export.class, PackageCommand.Import.class})
final class PackageCommand {

    @Command(name = "export", description = "${bundle:cli.package.export.description}")
    static final class Export extends WorkspaceCommand {

        @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.option.packageOut")
        Path out;

        @Option(names = "--plan", paramLabel = "ID", descriptionKey = "cli.option.plan")
        String plan;

        @Option(names = "--visit", paramLabel = "ID", descriptionKey = "cli.option.exportVisit")
        List<String> visits = new ArrayList<>();

        @Option(names = "--since-last-to", paramLabel = "NAME", descriptionKey = "cli.option.sinceLastTo")
        String sinceLastTo;

        @Option(names = "--passphrase-file", paramLabel = "FILE", descriptionKey = "cli.option.passphraseFile")
        Path passphraseFile;

        private char[] passphrase;

        Export(CliContext ctx) {
            super(ctx);
        }

        @Override
        protected void validate() {
            if (plan != null && !visits.isEmpty()) {
                throw new UsageException("cli.error.planOrVisits");
            }
            if (sinceLastTo != null && sinceLastTo.isBlank()) {
                throw new UsageException("cli.error.badValue", "--since-last-to", sinceLastTo);
            }
            passphrase = Passphrases.read(passphraseFile);
        }

        @Override
        protected int run(Workspace ws) {
            ExportScope scope;
            if (plan != null) {
                scope = ExportScope.plan(ws.plans().resolve(plan).id());
            } else if (!visits.isEmpty()) {
                scope = ExportScope.visits(visits.stream().map(v -> ws.visits().resolve(v).id()).toList());
            } else {
                scope = ExportScope.all();
            }
            if (sinceLastTo != null) {
                scope = scope.sinceLastTo(sinceLastTo);
            }
            ExportResult r = ws.exchange().export(new ExchangeService.ExportRequest(out, scope, passphrase, false),
                    ProgressListener.NONE, () -> false);
            int records = r.counts().entrySet().stream().filter(e -> !e.getKey().equals("audit_log"))
                    .mapToInt(java.util.Map.Entry::getValue).sum();
            ctx.out.println(ctx.messages.get("cli.package.exported", r.file().toString(), records, r.evidenceFiles(),
                    r.bytes(), r.packageId()));
            if (r.encrypted()) {
                ctx.out.println(ctx.messages.get("cli.package.encrypted"));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "import", description = "${bundle:cli.package.import.description}")
    static final class Import extends WorkspaceCommand {

        @Parameters(paramLabel = "FILE", descriptionKey = "cli.param.packageFile")
        Path file;

        @Option(names = "--passphrase-file", paramLabel = "FILE", descriptionKey = "cli.option.passphraseFile")
        Path passphraseFile;

        @Option(names = "--dry-run", descriptionKey = "cli.option.dryRun")
        boolean dryRun;

        private char[] passphrase;

        Import(CliContext ctx) {
            super(ctx);
        }

        @Override
        protected void validate() {
            passphrase = Passphrases.read(passphraseFile);
        }

        @Override
        protected int run(Workspace ws) {
            MergeCounts counts;
            if (dryRun) {
                ImportPreview p = ws.exchange().preview(file, passphrase);
                counts = p.counts();
                ctx.out.println(ctx.messages.get("cli.package.dryRun"));
            } else {
                ImportResult r = ws.exchange().importPackage(file, passphrase, ProgressListener.NONE, () -> false);
                counts = r.counts();
            }
            ctx.out.println(ctx.messages.get("cli.package.counts", counts.added(), counts.updated(), counts.unchanged(),
                    counts.conflicting(), counts.deleted()));
            if (!dryRun && counts.conflicting() > 0) {
                ctx.out.println(ctx.messages.get("cli.package.seeConflicts", ws.exchange().openConflictCount()));
            }
            return ExitCodes.OK;
        }
    }
}
