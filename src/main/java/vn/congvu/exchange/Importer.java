package vn.congvu.exchange;

import vn.congvu.store.RecordWriter;
import vn.congvu.store.Sql;
import vn.congvu.store.Table;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * The import of one checked package: {@link #preview} (reading only); or {@link #prepare} (deciding on
 * a read snapshot), {@link #startCopying} (evidence files, on this import's threads) and {@link #apply}
 * (in the caller's write transaction, while the copies go on; it decides again if anything was written
 * since). If the transaction does not commit, {@link #undoFiles} removes the files this import created,
 * leaving the data folder as it was.
 */
public final class Importer implements AutoCloseable {

    private static final int COPY_THREADS = 4;

    private final OpenedPackage pkg;
    private final RecordWriter writer;
    private final EvidenceFiles files;
    private final ExecutorService pool = Executors.newFixedThreadPool(COPY_THREADS);
    private final List<Future<?>> copies = new ArrayList<>();
    /** the plan {@link #prepare} made, reused when nothing was written since */
    private Plan planned;
    private long plannedAt = -1;

    public Importer(OpenedPackage pkg, RecordWriter writer, java.nio.file.Path dataDir) {
        this.pkg = pkg;
        this.writer = writer;
        this.files = new EvidenceFiles(dataDir);
    }

    private record Plan(IncomingRecords incoming, List<MergePlanner.Decision> decisions, MergeReport report,
                        List<Object[]> evidence) {
    }

    private Plan plan(Connection c) throws SQLException {
        Schema schema = Schema.read(c);
        IncomingRecords incoming = IncomingRecords.read(pkg, schema);
        List<MergePlanner.Decision> decisions = new MergePlanner(schema, incoming).plan(c);
        List<Object[]> evidence = evidenceNeeded(decisions);
        List<MergeItem> items = new ArrayList<>(decisions.size());
        for (MergePlanner.Decision d : decisions) {
            items.add(d.item());
        }
        boolean again = Sql.queryLong(c, "SELECT count(*) FROM sync_imports WHERE package_id = ?",
                pkg.manifest().packageId()) > 0;
        int auditNew = countNewAudit(c, incoming.audit());
        return new Plan(incoming, decisions, new MergeReport(pkg.manifest(), MergeCounts.of(items), items,
                evidence.size(), again, auditNew), evidence);
    }

    /** What importing would do, and that the package holds together with this database. Reads only. */
    public MergeReport preview(Connection c) throws SQLException {
        return plan(c).report();
    }

    /** Decides on a read snapshot what the import will do (and which files it needs). */
    public MergeReport prepare(Connection c) throws SQLException {
        planned = plan(c);
        plannedAt = lastChange(c);
        return planned.report();
    }

    /**
     * Starts copying the evidence files the prepared import needs into the data folder, each checked
     * against its hash, on threads of this import, so the copies go on while {@link #apply} writes the
     * records.
     */
    public void startCopying(ProgressListener progress, BooleanSupplier cancelled) {
        List<Object[]> needed = planned.evidence();
        AtomicInteger done = new AtomicInteger();
        for (Object[] e : needed) {
            copies.add(pool.submit(() -> {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("import cancelled");
                }
                files.copyIn(pkg, (String) e[0], (Long) e[1], (String) e[2]);
                progress.progress(ProgressListener.Phase.COPYING_EVIDENCE, done.incrementAndGet(), needed.size());
                return null;
            }));
        }
    }

    /** Every change of this database appends to the audit log, so its last row tells whether anything changed. */
    private static long lastChange(Connection c) throws SQLException {
        return Sql.queryLong(c, "SELECT coalesce(max(rowid), 0) FROM audit_log");
    }

    /**
     * Applies the package in the caller's write transaction: the prepared decisions if nothing was written
     * since, else decided again. Returns once the records are written and every evidence file they need
     * is on disk under its name; the caller's commit then makes the whole import visible at once.
     */
    public MergeReport apply(Connection c, ProgressListener progress, BooleanSupplier cancelled) throws SQLException {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("import cancelled");
        }
        Plan plan = planned;
        if (plan == null || plannedAt != lastChange(c)) {
            awaitCopies();
            plan = plan(c);
            for (Object[] e : plan.evidence()) {
                files.copyIn(pkg, (String) e[0], (Long) e[1], (String) e[2]);
            }
        }
        progress.progress(ProgressListener.Phase.MERGING, 0, 1);
        new MergeWriter(writer).apply(c, pkg.manifest(), plan.incoming(), plan.decisions(), plan.report().counts());
        awaitCopies();
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("import cancelled");
        }
        files.commit();
        progress.progress(ProgressListener.Phase.MERGING, 1, 1);
        return plan.report();
    }

    private void awaitCopies() {
        try {
            for (Future<?> f : copies) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("import interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new PackageException(e.getCause(), PackageException.Problem.IO, String.valueOf(e.getCause()));
        } finally {
            copies.clear();
        }
    }

    /** Stops the copying threads; after a failure, call {@link #undoFiles()} too. */
    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void undoFiles() {
        files.undo();
    }

    /** Live evidence records the import writes whose file is not here yet: (sha256, size, file_path). */
    private List<Object[]> evidenceNeeded(List<MergePlanner.Decision> decisions) {
        Map<String, Object[]> out = new LinkedHashMap<>();
        for (MergePlanner.Decision d : decisions) {
            if (d.table != Table.EVIDENCE || !d.write || d.incomingDeleted()) {
                continue;
            }
            String sha = (String) d.value("sha256");
            long size = ((Number) d.value("size_bytes")).longValue();
            String path = (String) d.value("file_path");
            if (files.present(path, sha, size)) {
                continue;
            }
            if (!pkg.hasEvidence(sha) || pkg.evidenceSize(sha) != size) {
                throw new PackageException(PackageException.Problem.EVIDENCE_MISSING, path);
            }
            out.putIfAbsent(path, new Object[] {sha, size, path});
        }
        return new ArrayList<>(out.values());
    }

    private static int countNewAudit(Connection c, TableData audit) throws SQLException {
        if (audit == null || audit.rows().isEmpty()) {
            return 0;
        }
        int idIx = audit.indexOf("id");
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Object[] r : audit.rows()) {
            ids.add((String) r[idIx]);
        }
        List<String> all = new ArrayList<>(ids);
        int found = 0;
        for (int from = 0; from < all.size(); from += 400) {
            List<String> part = all.subList(from, Math.min(all.size(), from + 400));
            found += (int) Sql.queryLong(c, "SELECT count(*) FROM audit_log WHERE id IN ("
                    + "?, ".repeat(part.size() - 1) + "?)", part.toArray());
        }
        return all.size() - found;
    }
}
