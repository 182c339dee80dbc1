package vn.congvu.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.ParameterException;
import vn.congvu.app.AppException;
import vn.congvu.app.AppPaths;
import vn.congvu.app.Messages;
import vn.congvu.app.imports.ImportException;
import vn.congvu.app.imports.RowError;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * The command line: {@code congvu [--db FILE] [--lang vi|en] COMMAND}. Errors are one line on stderr in
 * the user's language; the details go to the log. Exit codes are in {@link ExitCodes}.
 */
public final class Cli {

    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private final AppPaths paths;
    private final Clock clock;
    private final PrintWriter out;
    private final PrintWriter err;
    private final DesktopStarter desktop;

    public Cli(AppPaths paths, Clock clock, PrintWriter out, PrintWriter err, DesktopStarter desktop) {
        this.paths = paths;
        this.clock = clock;
        this.out = out;
        this.err = err;
        this.desktop = desktop;
    }

    public int run(String... args) {
        String lang = languageOf(args);
        Messages messages = new Messages(Messages.localeOf(lang == null || !isSupported(lang) ? "vi" : lang));
        if (lang != null && !isSupported(lang)) {
            err.println(messages.get("cli.error.badLanguage", lang));
            err.flush();
            return ExitCodes.USAGE;
        }
        CliContext ctx = new CliContext(paths, clock, out, err, messages);
        CommandLine cl = new CommandLine(new RootCommand(ctx, desktop), new Factory(ctx));
        cl.setResourceBundle(messages.bundle());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println(usageMessage(ex, messages));
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            if (ex instanceof UsageException u) {
                err.println(messages.of(u));
                return ExitCodes.USAGE;
            }
            err.println(failureMessage(ex, messages));
            return ExitCodes.FAILURE;
        });
        try {
            return cl.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The language must be known before parsing, so that parse errors and help are in it too. */
    static String languageOf(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--lang=")) {
                return args[i].substring("--lang=".length());
            }
        }
        return null;
    }

    private static boolean isSupported(String lang) {
        return lang.equalsIgnoreCase("vi") || lang.equalsIgnoreCase("en");
    }

    static String failureMessage(Exception ex, Messages messages) {
        if (ex instanceof ImportException ie) {
            List<RowError> errors = ie.errors();
            RowError first = errors.get(0);
            String line = messages.get("error.import.row", first.row(), messages.get(first.key(), first.args()));
            return errors.size() == 1 ? messages.get("error.import.oneBadRow", line)
                    : messages.get("error.import.manyBadRows", line, errors.size() - 1);
        }
        if (ex instanceof AppException ae) {
            LOG.info("refused: {}", ae.getMessage(), ae);
            return messages.of(ae);
        }
        LOG.error("unexpected failure", ex);
        return messages.get("error.unexpected", String.valueOf(ex.getMessage()));
    }

    static String usageMessage(ParameterException ex, Messages messages) {
        String hint = messages.get("cli.error.seeHelp");
        if (ex instanceof CommandLine.MissingParameterException mpe) {
            String names = mpe.getMissing().stream().map(CliArgs::nameOf).collect(Collectors.joining(", "));
            return messages.get("cli.error.missing", names) + " " + hint;
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException uae) {
            return messages.get("cli.error.unknown", String.join(" ", uae.getUnmatched())) + " " + hint;
        }
        if (ex instanceof CommandLine.OverwrittenOptionException ooe) {
            return messages.get("cli.error.repeated", CliArgs.nameOf(ooe.getOverwritten())) + " " + hint;
        }
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            return messages.get("cli.error.badValue", CliArgs.nameOf(ex.getArgSpec()), ex.getValue()) + " " + hint;
        }
        CommandLine command = ex.getCommandLine();
        if (ex.getArgSpec() == null && command != null && !command.getSubcommands().isEmpty()
                && !(command.getCommand() instanceof Callable<?>)) {
            // picocli's own "Missing required subcommand" is English only
            return messages.get("cli.error.missingSubcommand", command.getCommandSpec().qualifiedName(),
                    String.join(", ", command.getSubcommands().keySet())) + " " + hint;
        }
        return messages.get("cli.error.usage", ex.getMessage()) + " " + hint;
    }

    /** Builds commands with the shared context; picocli's default for everything else. */
    private static final class Factory implements IFactory {

        private final CliContext ctx;
        private final IFactory fallback = CommandLine.defaultFactory();

        Factory(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                Constructor<K> withContext = cls.getDeclaredConstructor(CliContext.class);
                withContext.setAccessible(true);
                return withContext.newInstance(ctx);
            } catch (NoSuchMethodException e) {
                return fallback.create(cls);
            }
        }
    }

    /** Locale-independent names of options and parameters for messages. */
    private static final class CliArgs {

        static String nameOf(CommandLine.Model.ArgSpec spec) {
            if (spec instanceof CommandLine.Model.OptionSpec o) {
                return o.longestName();
            }
            return spec.paramLabel();
        }
    }
}
