package vn.congvu.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.congvu.app.TemplateService;
import vn.congvu.app.Workspace;
import vn.congvu.domain.ChecklistGroup;
import vn.congvu.domain.Criterion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@Command(name = "criteria", description = "${bundle:cli.criteria.description}",
        subcommands = CriteriaCommand.ListCriteria.class)
final class CriteriaCommand {

    @Command(name = "list", description = "${bundle:cli.criteria.list.description}")
    static final class ListCriteria extends WorkspaceCommand {

        @Option(names = "--json", descriptionKey = "cli.option.json")
        boolean json;

        ListCriteria(CliContext ctx) {
            super(ctx);
        }

        @Override
        protected int run(Workspace ws) {
            TemplateService.TemplateContent content = ws.templates().currentContent();
            Map<String, ChecklistGroup> groups = content.groups().stream()
                    .collect(Collectors.toMap(ChecklistGroup::id, Function.identity()));
            if (json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Criterion c : content.criteria()) {
                    ChecklistGroup g = groups.get(c.groupId());
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("code", c.code());
                    row.put("group", g.code());
                    row.put("group_title", g.title());
                    row.put("text", c.text());
                    row.put("type", c.answerType());
                    row.put("value_labels", c.valueLabels());
                    row.put("choices", c.choices());
                    row.put("photo_required_on_fail", c.photoRequiredOnFail());
                    row.put("par_index", c.parIndexCode());
                    row.put("weight", c.weight());
                    rows.add(row);
                }
                ctx.printJson(rows);
            } else {
                ctx.out.println(ctx.messages.get("cli.criteria.template", content.template().name(),
                        String.valueOf(content.template().version())));
                String lastGroup = null;
                for (Criterion c : content.criteria()) {
                    ChecklistGroup g = groups.get(c.groupId());
                    if (!g.id().equals(lastGroup)) {
                        ctx.out.println(g.code() + ". " + g.title());
                        lastGroup = g.id();
                    }
                    ctx.out.printf("  %-5s %s [%s]%n", c.code(), c.text(),
                            ctx.messages.get("answerType." + c.answerType()));
                }
            }
            return ExitCodes.OK;
        }
    }
}
