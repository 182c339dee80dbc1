package vn.congvu.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.congvu.app.PlanService;
import vn.congvu.app.VisitService;
import vn.congvu.app.Workspace;
import vn.congvu.domain.Plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "list", description = "${bundle:cli.list.description}",
        subcommands = {ListCommand.Plans.class, ListCommand.Visits.class})
final class ListCommand {

    @Command(name = "plans", description = "${bundle:cli.list.plans.description}")
    static final class Plans extends WorkspaceCommand {

        @Option(names = "--json", descriptionKey = "cli.option.json")
        boolean json;

        Plans(CliContext ctx) {
            super(ctx);
        }

        @Override
        protected int run(Workspace ws) {
            List<PlanService.PlanSummary> plans = ws.plans().list();
            if (json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (PlanService.PlanSummary s : plans) {
                    Plan p = s.plan();
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", p.id());
                    row.put("number", p.number());
                    row.put("title", p.title());
                    row.put("year", p.year());
                    row.put("issued_on", p.issuedOn());
                    row.put("period_start", p.periodStart());
                    row.put("period_end", p.periodEnd());
                    row.put("status", p.status());
                    row.put("units_planned", s.unitsPlanned());
                    row.put("units_visited", s.unitsVisited());
                    row.put("visits", s.visits());
                    row.put("open_recommendations", s.openRecommendations());
                    rows.add(row);
                }
                ctx.printJson(rows);
            } else {
                for (PlanService.PlanSummary s : plans) {
                    ctx.out.println(ctx.messages.get("cli.list.planLine", s.plan().id(), s.plan().number(),
                            s.plan().title(), s.unitsVisited(), s.unitsPlanned(), s.visits()));
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "visits", description = "${bundle:cli.list.visits.description}")
    static final class Visits extends WorkspaceCommand {

        @Option(names = "--plan", paramLabel = "ID", descriptionKey = "cli.option.plan")
        String plan;

        @Option(names = "--json", descriptionKey = "cli.option.json")
        boolean json;

        Visits(CliContext ctx) {
            super(ctx);
        }

        @Override
        protected int run(Workspace ws) {
            String planId = plan == null ? null : ws.plans().resolve(plan).id();
            List<VisitService.VisitRow> visits = ws.visits().list(planId);
            if (json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (VisitService.VisitRow v : visits) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", v.id());
                    row.put("unit", v.unitName());
                    row.put("unit_id", v.unitId());
                    row.put("date", v.date());
                    row.put("status", v.status());
                    row.put("plan_id", v.planId());
                    rows.add(row);
                }
                ctx.printJson(rows);
            } else {
                for (VisitService.VisitRow v : visits) {
                    ctx.out.printf("%s  %s  %-12s %s%n", v.id(), v.date(),
                            ctx.messages.get("visit.status." + v.status()), v.unitName());
                }
                ctx.out.println(ctx.messages.get("cli.list.visitCount", visits.size()));
            }
            return ExitCodes.OK;
        }
    }
}
