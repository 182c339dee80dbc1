package vn.congvu.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.congvu.app.CalendarService;
import vn.congvu.app.Workspace;
import vn.congvu.domain.CalendarDay;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "holidays", description = "${bundle:cli.holidays.description}",
        subcommands = {HolidaysCommand.ImportHolidays.class, HolidaysCommand.ListHolidays.class})
final class HolidaysCommand {

    @Command(name = "import", description = "${bundle:cli.holidays.import.description}")
    static final class ImportHolidays extends WorkspaceCommand {

        @Parameters(paramLabel = "FILE.csv", descriptionKey = "cli.param.holidaysFile")
        Path file;

        ImportHolidays(CliContext ctx) {
            super(ctx);
        }

        @Override
        protected int run(Workspace ws) {
            CalendarService.ImportResult result = ws.calendar().importHolidays(file);
            ctx.out.println(ctx.messages.get("cli.holidays.imported", result.read(), result.written()));
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", description = "${bundle:cli.holidays.list.description}")
    static final class ListHolidays extends WorkspaceCommand {

        @Option(names = "--year", paramLabel = "YYYY", descriptionKey = "cli.option.year")
        Integer year;

        @Option(names = "--json", descriptionKey = "cli.option.json")
        boolean json;

        ListHolidays(CliContext ctx) {
            super(ctx);
        }

        @Override
        protected int run(Workspace ws) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (CalendarDay d : ws.calendar().days()) {
                if (year != null && d.day().getYear() != year) {
                    continue;
                }
                if (json) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("date", d.day().toString());
                    row.put("kind", d.kind().name().toLowerCase(java.util.Locale.ROOT));
                    row.put("name", d.name());
                    rows.add(row);
                } else {
                    ctx.out.printf("%s  %-7s %s%n", d.day(), d.kind().name().toLowerCase(java.util.Locale.ROOT),
                            d.name() == null ? "" : d.name());
                }
            }
            if (json) {
                ctx.printJson(rows);
            }
            return ExitCodes.OK;
        }
    }
}
