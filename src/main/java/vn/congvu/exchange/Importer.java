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
import java.util.function.BooleanSupplier;

/**
 * The import of one checked package: {@link #preview} (reading only), {@link #copyEvidence} (before the
 * database transaction, so the window is not held up by file copies), {@link #apply} (in the caller's
 * write transaction: it decides again on what the database holds then, copies any file still missing,
 * and writes). If the transaction does not commit, {@link #undoFiles} removes the files this import
 * created, leaving the data folder as it was.
 */
public final class Importer {

    private final OpenedPackage pkg;
    private final RecordWriter writer;
    private final EvidenceFiles files;

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

    /**
     * Copies into the data folder the evidence files the import will need, each checked against its hash.
     * Reads the database only.
     */
    public void copyEvidence(Connection c, ProgressListener progress, BooleanSupplier cancelled) throws SQLException {
        List<Object[]> needed = plan(c).evidence();
        int done = 0;
        for (Object[] e : needed) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("import cancelled");
            }
            files.copyIn(pkg, (String) e[0], (Long) e[1], (String) e[2]);
            progress.progress(ProgressListener.Phase.COPYING_EVIDENCE, ++done, needed.size());
        }
    }

    /** Applies the package in the caller's write transaction. */
    public MergeReport apply(Connection c, ProgressListener progress) throws SQLException {
        Plan plan = plan(c);
        for (Object[] e : plan.evidence()) {
            files.copyIn(pkg, (String) e[0], (Long) e[1], (String) e[2]);
        }
        progress.progress(ProgressListener.Phase.MERGING, 0, 1);
        new MergeWriter(writer).apply(c, pkg.manifest(), plan.incoming(), plan.decisions(), plan.report().counts());
        progress.progress(ProgressListener.Phase.MERGING, 1, 1);
        return plan.report();
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
