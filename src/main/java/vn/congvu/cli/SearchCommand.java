package vn.congvu.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.congvu.app.Workspace;
import vn.congvu.domain.SearchHit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "search", description = "${bundle:cli.search.description}")
final class SearchCommand extends WorkspaceCommand {

    static final int MAX_LIMIT = 10_000;

    @Parameters(paramLabel = "TEXT", arity = "1..*", descriptionKey = "cli.param.searchText")
    List<String> words;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", descriptionKey = "cli.option.limit")
    String limitText = "50";

    private int limit;

    SearchCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected void validate() {
        try {
            limit = Integer.parseInt(limitText.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("cli.error.badInteger", "--limit", limitText);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new UsageException("cli.error.outOfRange", "--limit", limitText, 1, MAX_LIMIT);
        }
    }

    @Override
    protected int run(Workspace ws) {
        List<SearchHit> hits = ws.stats().search(String.join(" ", words), List.of(), limit);
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (SearchHit h : hits) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("kind", h.kind());
                row.put("id", h.refId());
                row.put("visit_id", h.visitId());
                row.put("unit_id", h.unitId());
                row.put("title", h.title());
                rows.add(row);
            }
            ctx.printJson(rows);
        } else {
            for (SearchHit h : hits) {
                ctx.out.printf("%-16s %s%n", ctx.messages.get("search.kind." + h.kind()), h.title());
            }
            ctx.out.println(ctx.messages.get("cli.search.count", hits.size()));
        }
        return ExitCodes.OK;
    }
}
