package vn.congvu.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.congvu.app.AppException;
import vn.congvu.app.Workspace;
import vn.congvu.app.export.ExportProgress;
import vn.congvu.app.export.ExportRequest;
import vn.congvu.app.export.ExportResult;
import vn.congvu.app.export.ExportService;
import vn.congvu.app.export.IfExists;

import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code export minutes|report|summary … --out FILE}: the documents, as the app's export buttons make them.
 * An existing file is never replaced without {@code --overwrite}, and never while Word has it open.
 */
@Command(name = "export", description = "${bundle:cli.export.description}",
        subcommands = {ExportCommand.Minutes.class, ExportCommand.Report.class, ExportCommand.Summary.class,
                ExportCommand.Template.class})
final class ExportCommand {

    /** What the three subcommands share: the output file, --overwrite, and the one-line result. */
    abstract static class Base extends WorkspaceCommand {

        @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.option.out")
        Path out;

        @Option(names = "--overwrite", descriptionKey = "cli.option.overwrite")
        boolean overwrite;

        Base(CliContext ctx) {
            super(ctx);
        }

        /** ".docx" or ".xlsx": a wrong extension would make a file Word or Excel refuses to open. */
        abstract String extension();

        abstract ExportResult export(Workspace ws, ExportRequest request);

        Path template() {
            return null;
        }

        @Override
        protected void validate() {
            String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(extension())) {
                throw new UsageException("cli.error.wrongExtension", out.toString(), extension());
            }
        }

        @Override
        protected final int run(Workspace ws) {
            ExportRequest request = ExportRequest.to(out).ifExists(overwrite ? IfExists.REPLACE : IfExists.REFUSE)
                    .withTemplate(template());
            ExportResult result;
            try {
                result = export(ws, request);
            } catch (AppException e) {
                if (e.key().equals("error.export.exists")) {
                    // the app's wording offers a choice; here the way out is the option
                    throw new AppException(e, "cli.export.exists", e.args());
                }
                throw e;
            }
            ctx.out.println(ctx.messages.get("cli.export.done", result.file().toString(),
                    Math.max(1, (result.sizeBytes() + 1023) / 1024)));
            if (result.photosLeftOut() > 0) {
                ctx.err.println(ctx.messages.get("cli.export.photosLeftOut", result.photosLeftOut()));
            }
            return ExitCodes.OK;
        }
    }

    /** The two Word documents: made from a template, the shipped one unless --template names another. */
    abstract static class WordExport extends Base {

        @Option(names = "--template", paramLabel = "FILE", descriptionKey = "cli.option.template")
        Path template;

        WordExport(CliContext ctx) {
            super(ctx);
        }

        @Override
        String extension() {
            return ".docx";
        }

        @Override
        Path template() {
            return template;
        }
    }

    @Command(name = "minutes", description = "${bundle:cli.export.minutes.description}")
    static final class Minutes extends WordExport {

        @Option(names = "--visit", required = true, paramLabel = "ID", descriptionKey = "cli.option.visit")
        String visit;

        Minutes(CliContext ctx) {
            super(ctx);
        }

        @Override
        ExportResult export(Workspace ws, ExportRequest request) {
            return ws.exports().exportMinutes(visit, request, ExportProgress.NONE);
        }
    }

    @Command(name = "report", description = "${bundle:cli.export.report.description}")
    static final class Report extends WordExport {

        @Option(names = "--plan", required = true, paramLabel = "ID", descriptionKey = "cli.option.plan")
        String plan;

        Report(CliContext ctx) {
            super(ctx);
        }

        @Override
        ExportResult export(Workspace ws, ExportRequest request) {
            return ws.exports().exportReport(plan, request, ExportProgress.NONE);
        }
    }

    @Command(name = "summary", description = "${bundle:cli.export.summary.description}")
    static final class Summary extends Base {

        @Option(names = "--plan", paramLabel = "ID", descriptionKey = "cli.option.plan")
        String plan;

        @Option(names = "--all", descriptionKey = "cli.option.all")
        boolean all;

        Summary(CliContext ctx) {
            super(ctx);
        }

        @Override
        String extension() {
            return ".xlsx";
        }

        @Override
        protected void validate() {
            if ((plan == null) == !all) {
                throw new UsageException("cli.error.planOrAll");
            }
            super.validate();
        }

        @Override
        ExportResult export(Workspace ws, ExportRequest request) {
            return ws.exports().exportSummary(all ? null : plan, request, ExportProgress.NONE);
        }
    }

    @Command(name = "template", description = "${bundle:cli.export.template.description}")
    static final class Template extends Base {

        @Option(names = "--kind", required = true, paramLabel = "minutes|report", descriptionKey = "cli.option.kind")
        String kind;

        private ExportService.TemplateKind parsed;

        Template(CliContext ctx) {
            super(ctx);
        }

        @Override
        String extension() {
            return ".docx";
        }

        @Override
        protected void validate() {
            parsed = switch (kind.trim().toLowerCase(Locale.ROOT)) {
                case "minutes" -> ExportService.TemplateKind.MINUTES;
                case "report" -> ExportService.TemplateKind.REPORT;
                default -> throw new UsageException("cli.error.badTemplateKind", kind);
            };
            super.validate();
        }

        @Override
        ExportResult export(Workspace ws, ExportRequest request) {
            return ws.exports().copyShippedTemplate(parsed, request);
        }
    }
}
