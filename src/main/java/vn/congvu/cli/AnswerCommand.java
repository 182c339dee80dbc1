package vn.congvu.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.congvu.app.Workspace;
import vn.congvu.domain.Answer;
import vn.congvu.domain.Result;

import java.util.Locale;

/** Records one answer as the app would: audited, with a new revision. */
@Command(name = "answer", description = "${bundle:cli.answer.description}")
final class AnswerCommand extends WorkspaceCommand {

    @Option(names = "--visit", required = true, paramLabel = "ID", descriptionKey = "cli.option.visit")
    String visit;

    @Option(names = "--criterion", required = true, paramLabel = "CODE", descriptionKey = "cli.option.criterion")
    String criterion;

    @Option(names = "--result", required = true, paramLabel = "pass|fail|na", descriptionKey = "cli.option.result")
    String result;

    @Option(names = "--note", paramLabel = "TEXT", descriptionKey = "cli.option.note")
    String note;

    private Result parsed;

    AnswerCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected void validate() {
        parsed = switch (result.trim().toLowerCase(Locale.ROOT)) {
            case "pass" -> Result.PASS;
            case "fail" -> Result.FAIL;
            case "na" -> Result.NA;
            default -> throw new UsageException("cli.error.badResult", result);
        };
    }

    @Override
    protected int run(Workspace ws) {
        Answer saved = ws.visits().answer(visit, criterion, parsed, note);
        ctx.out.println(ctx.messages.get("cli.answer.saved", criterion.trim(),
                ctx.messages.get("result." + saved.result()), String.valueOf(saved.revision())));
        return ExitCodes.OK;
    }
}
