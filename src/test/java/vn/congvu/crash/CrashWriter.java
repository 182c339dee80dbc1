package vn.congvu.crash;

import vn.congvu.app.AppPaths;
import vn.congvu.app.Workspace;
import vn.congvu.cli.Cli;
import vn.congvu.domain.Unit;
import vn.congvu.domain.UnitKind;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * The child process of a crash trial: writes to the database in a loop until it is killed, and prints one
 * line per write <em>after</em> the write was acknowledged (the call returned, so the commit is durable):
 * <ul>
 *   <li>{@code store}: through the app's services, in one open workspace: a new unit
 *       ({@code ACK INSERT id code}) and, every third write, a new value in the note of one unit that keeps
 *       changing ({@code ACK UPDATE id n});</li>
 *   <li>{@code cli}: through the command line, in-process: {@code units import} of a one-row file, each run
 *       opening, writing and closing (checkpointing) the database ({@code ACK CLI code}).</li>
 * </ul>
 * Usage: {@code CrashWriter store|cli DATABASE TAG}; TAG makes the codes of this run unique.
 */
public final class CrashWriter {

    private CrashWriter() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path db = Path.of(args[1]);
        String tag = args[2];
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        if (mode.equals("store")) {
            store(db, tag, out);
        } else {
            cli(db, tag, out);
        }
    }

    private static void store(Path db, String tag, PrintStream out) {
        try (Workspace ws = Workspace.open(db, true, Clock.systemUTC())) {
            out.println("READY");
            Unit counter = ws.units().save(new Unit(null, tag + "-N", UnitKind.OTHER, "Bộ đếm " + tag, null, null, null,
                    "0", 0));
            out.println("ACK UPDATE " + counter.id() + " 0");
            for (int i = 1; ; i++) {
                Unit u = ws.units().save(new Unit(null, tag + "-" + i, UnitKind.DEPARTMENT, "Đơn vị thử " + tag + " " + i,
                        null, "Số " + i + " phố Tràng Tiền", null, null, 0));
                out.println("ACK INSERT " + u.id() + " " + u.code());
                if (i % 3 == 0) {
                    counter = ws.units().save(new Unit(counter.id(), counter.code(), counter.kind(), counter.name(), null,
                            null, null, Integer.toString(i), counter.revision()));
                    out.println("ACK UPDATE " + counter.id() + " " + i);
                }
            }
        }
    }

    private static void cli(Path db, String tag, PrintStream out) throws Exception {
        Path scratch = Files.createTempDirectory("crash-cli");
        AppPaths paths = new AppPaths(Map.of(), "Linux", scratch);
        out.println("READY");
        for (int i = 1; ; i++) {
            String code = tag + "-" + i;
            Path csv = scratch.resolve("u.csv");
            Files.writeString(csv, "code,type,name\r\n" + code + ",Sở,Sở thử " + code + "\r\n", StandardCharsets.UTF_8);
            StringWriter err = new StringWriter();
            int exit = new Cli(paths, Clock.systemUTC(), new PrintWriter(new StringWriter()), new PrintWriter(err),
                    (d, l) -> 0).run("--db", db.toString(), "units", "import", csv.toString());
            if (exit != 0) {
                out.println("FAILED " + exit + " " + err.toString().strip());
                System.exit(3);
            }
            out.println("ACK CLI " + code);
        }
    }
}
