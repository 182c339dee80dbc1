package vn.congvu.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.congvu.app.backup.BackupEntry;
import vn.congvu.app.backup.BackupService;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code backups [--json]}: the backups kept beside the database, newest readable first. */
@Command(name = "backups", description = "${bundle:cli.backups.description}")
final class BackupsCommand implements Callable<Integer> {

    private final CliContext ctx;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    BackupsCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        BackupService backups = new BackupService(ctx.databaseFile(), ctx.clock);
        List<BackupEntry> list = backups.list();
        if (json) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (BackupEntry b : list) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", b.file().toString());
                m.put("createdAt", b.createdAt().toString());
                m.put("reason", b.reason().map(Enum::name).orElse(null));
                m.put("readable", b.readable());
                m.put("visits", b.manifest().map(x -> x.visits()).orElse(null));
                m.put("size", b.size());
                out.add(m);
            }
            ctx.printJson(out);
            return ExitCodes.OK;
        }
        if (list.isEmpty()) {
            ctx.out.println(ctx.messages.get("cli.backups.none", backups.folder().toString()));
            return ExitCodes.OK;
        }
        for (BackupEntry b : list) {
            String reason = b.reason().map(r -> ctx.messages.get("backup.reason." + r.name()))
                    .orElse(ctx.messages.get("cli.backups.unreadable"));
            ctx.out.println(ctx.messages.get("cli.backups.line", java.util.Date.from(b.createdAt()), reason,
                    b.manifest().map(x -> x.visits()).orElse(0L), b.file().toString()));
        }
        return ExitCodes.OK;
    }
}
