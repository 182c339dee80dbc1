package vn.congvu.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.congvu.app.Workspace;
import vn.congvu.domain.LimitKind;
import vn.congvu.domain.calendar.DueDateCalculator;
import vn.congvu.domain.calendar.InvalidLimitException;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/** {@code due --received 2025-04-29T09:30 --days 3} prints the due date under the working-day rules. */
@Command(name = "due", description = "${bundle:cli.due.description}")
final class DueCommand extends WorkspaceCommand {

    /** The years a dossier can have been received in; as for the holiday data, the rest is a typing slip. */
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    @Option(names = "--received", required = true, paramLabel = "YYYY-MM-DDTHH:MM", descriptionKey = "cli.option.received")
    String received;

    @Option(names = "--days", required = true, paramLabel = "N", descriptionKey = "cli.option.days")
    String days;

    @Option(names = "--calendar-days", descriptionKey = "cli.option.calendarDays")
    boolean calendarDays;

    private LocalDateTime receivedAt;
    private int limit;

    DueCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected void validate() {
        try {
            receivedAt = LocalDateTime.parse(received.trim());
        } catch (DateTimeParseException e) {
            try {
                receivedAt = LocalDate.parse(received.trim()).atStartOfDay();
            } catch (DateTimeParseException e2) {
                throw new UsageException("cli.error.badDateTime", "--received", received);
            }
        }
        if (receivedAt.getYear() < MIN_YEAR || receivedAt.getYear() > MAX_YEAR) {
            throw new UsageException("cli.error.yearOutOfRange", "--received", received, MIN_YEAR, MAX_YEAR);
        }
        try {
            limit = Integer.parseInt(days.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("cli.error.badInteger", "--days", days);
        }
        try {
            DueDateCalculator.checkLimit(limit);
        } catch (InvalidLimitException e) {
            throw new UsageException("error.due." + e.reason().name(), limit, DueDateCalculator.MAX_LIMIT_DAYS);
        }
    }

    @Override
    protected int run(Workspace ws) {
        LocalDate due = ws.calendar().dueDate(receivedAt, limit,
                calendarDays ? LimitKind.CALENDAR_DAYS : LimitKind.WORKING_DAYS);
        ctx.out.println(due);
        if (!ws.calendar().knowsYearOf(due)) {
            ctx.err.println(ctx.messages.get("cli.due.yearUnknown", String.valueOf(due.getYear())));
        }
        return ExitCodes.OK;
    }
}
