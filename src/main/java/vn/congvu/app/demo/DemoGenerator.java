package vn.congvu.app.demo;

import vn.congvu.app.AppException;
import vn.congvu.app.StoreErrors;
import vn.congvu.app.TemplateService.TemplateContent;
import vn.congvu.app.Workspace;
import vn.congvu.domain.Unit;
import vn.congvu.domain.UnitKind;
import vn.congvu.store.Sql;
import vn.congvu.store.StoreException;

import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Makes realistic sample data for trying the app and for benchmarks: one inspection plan of 2025 over the
 * wards and communes, its team, and {@code visits} visits with every criterion answered, the officials on
 * duty, sampled dossiers with due dates by the working-day rules, recommendations and corrective actions.
 *
 * <p>The data depends only on the seed and on what the database holds: every id, time stamp, name and
 * value is drawn from one seeded stream (see {@link DemoRun}), never from the clock. The number of plans
 * the database has ever held is folded into the stream, so that a second run with the same seed on the
 * same database makes a new plan with new ids instead of clashing with the first; should ids clash anyway,
 * nothing is written and the user is told to choose another seed.
 *
 * <p>Everything is written in one transaction with JDBC batches and one audit entry for the whole run,
 * not a record at a time through the repositories with an audit entry each: the run then costs little
 * more than inserting the same rows with plain JDBC (see {@code docs/benchmarks.md}).
 */
public final class DemoGenerator {

    /** What one run made. */
    public record Result(String planId, int visits, long answers, long officials, long dossiers, long recommendations,
                         long correctiveActions) {
    }

    private final Workspace ws;

    public DemoGenerator(Workspace ws) {
        this.ws = ws;
    }

    /**
     * @throws IllegalArgumentException when {@code visits} is below 1
     * @throws AppException             when the database has no wards or communes, or the ids clash
     */
    public Result generate(int visits, long seed) {
        if (visits < 1) {
            throw new IllegalArgumentException("at least one visit, not " + visits);
        }
        TemplateContent template = ws.templates().currentContent();
        List<Unit> units = ws.db().read(c -> ws.unitRepository().listLive(c)).stream()
                .filter(u -> u.kind() == UnitKind.WARD || u.kind() == UnitKind.COMMUNE)
                .sorted(Comparator.comparing(Unit::code, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Unit::name).thenComparing(Unit::id))
                .toList();
        if (units.isEmpty()) {
            throw new AppException("error.demo.noUnits");
        }
        // tombstones count too: a deleted plan keeps its id
        long plansEver = ws.db().read(c -> Sql.queryLong(c, "SELECT count(*) FROM plans"));
        Random random = new Random(streamSeed(seed, plansEver));
        DemoRun run = new DemoRun(random, seed, template, units, ws.calendar(), ws.actor());
        try {
            return ws.db().write(c -> run.write(c, visits));
        } catch (StoreException e) {
            if (isIdClash(e)) {
                throw new AppException(e, "error.demo.idClash", String.valueOf(seed));
            }
            throw StoreErrors.toAppException(e, ws.file());
        }
    }

    /**
     * Mixes the seed with the number of plans the database already has (SplitMix64's finaliser), so that
     * neighbouring seeds and generations give unrelated streams.
     */
    static long streamSeed(long seed, long generation) {
        long z = seed + (generation + 1) * 0x9E37_79B9_7F4A_7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        return z ^ (z >>> 31);
    }

    private static boolean isIdClash(StoreException e) {
        if (e.problem() != StoreException.Problem.CONSTRAINT) {
            return false;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("PRIMARYKEY") || m.matches("(?s).*UNIQUE constraint failed: \\w+\\.id\\b.*"))) {
                return true;
            }
        }
        return false;
    }
}
