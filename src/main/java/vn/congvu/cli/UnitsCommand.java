package vn.congvu.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.congvu.app.UnitImportPlan;
import vn.congvu.app.UnitNames;
import vn.congvu.app.Workspace;
import vn.congvu.domain.Unit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "units", description = "${bundle:cli.units.description}",
        subcommands = {UnitsCommand.ListUnits.class, UnitsCommand.ImportUnits.class})
final class UnitsCommand {

    @Command(name = "list", description = "${bundle:cli.units.list.description}")
    static final class ListUnits extends WorkspaceCommand {

        @Option(names = "--search", paramLabel = "TEXT", descriptionKey = "cli.option.search")
        String search;

        @Option(names = "--json", descriptionKey = "cli.option.json")
        boolean json;

        ListUnits(CliContext ctx) {
            super(ctx);
        }

        @Override
        protected int run(Workspace ws) {
            List<Unit> units = ws.units().list(search);
            if (json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Unit u : units) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", u.id());
                    row.put("code", u.code());
                    row.put("kind", u.kind());
                    row.put("name", u.name());
                    row.put("display_name", UnitNames.of(u));
                    row.put("address", u.address());
                    row.put("phone", u.phone());
                    rows.add(row);
                }
                ctx.printJson(rows);
            } else {
                for (Unit u : units) {
                    ctx.out.printf("%-8s %s%n", u.code() == null ? "-" : u.code(), UnitNames.of(u));
                }
                ctx.out.println(ctx.messages.get("cli.units.count", units.size()));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "import", description = "${bundle:cli.units.import.description}")
    static final class ImportUnits extends WorkspaceCommand {

        @Parameters(paramLabel = "FILE", descriptionKey = "cli.param.unitsFile")
        Path file;

        ImportUnits(CliContext ctx) {
            super(ctx);
        }

        @Override
        protected int run(Workspace ws) {
            UnitImportPlan plan = ws.units().planImport(file);
            ws.units().applyImport(plan);
            ctx.out.println(ctx.messages.get("cli.units.imported", plan.count(UnitImportPlan.Action.NEW),
                    plan.count(UnitImportPlan.Action.UPDATE), plan.count(UnitImportPlan.Action.UNCHANGED)));
            return ExitCodes.OK;
        }
    }
}
