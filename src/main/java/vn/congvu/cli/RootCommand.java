package vn.congvu.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code congvu [--db FILE] [--lang vi|en] [COMMAND]}: without a command, the desktop app starts. The
 * command's scope is inherited so that every subcommand takes --help (and --version) too.
 */
@Command(name = "congvu",
        scope = picocli.CommandLine.ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "${bundle:cli.root.description}",
        subcommands = {
                InitCommand.class,
                StatsCommand.class,
                UnitsCommand.class,
                HolidaysCommand.class,
                DueCommand.class,
                DemoCommand.class,
                ListCommand.class,
                CriteriaCommand.class,
                AnswerCommand.class,
                SearchCommand.class,
                VerifyCommand.class,
                ExportCommand.class,
                PackageCommand.class,
                ConflictsCommand.class,
                FinalizeCommand.class,
                ReopenCommand.class,
                AuditCommand.class,
                BackupCommand.class,
                BackupsCommand.class,
                RestoreCommand.class,
                DiagnosticsCommand.class,
        })
final class RootCommand implements Callable<Integer> {

    private final CliContext ctx;
    private final DesktopStarter desktop;

    @Option(names = "--db", paramLabel = "FILE", descriptionKey = "cli.option.db", scope = picocli.CommandLine.ScopeType.INHERIT)
    void setDatabase(Path file) {
        ctx.databaseOption = file;
    }

    @Option(names = "--lang", paramLabel = "vi|en", descriptionKey = "cli.option.lang",
            scope = picocli.CommandLine.ScopeType.INHERIT)
    String lang;

    RootCommand(CliContext ctx, DesktopStarter desktop) {
        this.ctx = ctx;
        this.desktop = desktop;
    }

    @Override
    public Integer call() {
        // the app keeps its own language setting; only an explicit --lang overrides it
        return desktop.start(ctx.databaseOption, lang == null ? null : ctx.messages.locale());
    }
}
