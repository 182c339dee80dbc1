package vn.congvu.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.congvu.store.RecordWriter;
import vn.congvu.store.Sql;
import vn.congvu.store.Table;
import vn.congvu.store.VersionVector;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Applies decided merges in the caller's write transaction, in batches. */
final class MergeWriter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 500;

    private final RecordWriter writer;

    MergeWriter(RecordWriter writer) {
        this.writer = writer;
    }

    /** @return the number of audit entries of other laptops that were new here */
    int apply(Connection c, Manifest manifest, IncomingRecords incoming, List<MergePlanner.Decision> decisions,
              MergeCounts counts) throws SQLException {
        try (Statement st = c.createStatement()) {
            // a package's records reference each other in any order (a unit and its parent unit); checked at commit
            st.execute("PRAGMA defer_foreign_keys = ON");
        }
        writeRows(c, decisions);
        writeClocks(c, decisions);
        int newConflicts = writeConflicts(c, manifest, decisions);
        int auditAdded = writeAudit(c, incoming.audit());
        new ConflictStore().supersedeIncluded(c);
        if (counts.changesSomething() || auditAdded > 0 || newConflicts > 0) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("source_device", manifest.sourceDevice());
            details.put("source_author", manifest.sourceAuthor());
            details.put("new", counts.added());
            details.put("updated", counts.updated());
            details.put("deleted", counts.deleted());
            details.put("conflicting", counts.conflicting());
            details.put("unchanged", counts.unchanged());
            writer.auditEvent(c, "package", manifest.packageId(), "IMPORT", details);
            Sql.update(c, "INSERT INTO sync_imports (package_id, imported_at, source_device, source_author, counts)"
                            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (package_id) DO UPDATE SET imported_at = excluded.imported_at,"
                            + " counts = excluded.counts", manifest.packageId(), writer.clock().instant(),
                    manifest.sourceDevice(), manifest.sourceAuthor(), json(details));
        }
        return auditAdded;
    }

    private static void writeRows(Connection c, List<MergePlanner.Decision> decisions) throws SQLException {
        Map<Table, List<MergePlanner.Decision>> byTable = new LinkedHashMap<>();
        for (MergePlanner.Decision d : decisions) {
            if (d.write) {
                byTable.computeIfAbsent(d.table, t -> new ArrayList<>()).add(d);
            }
        }
        for (Map.Entry<Table, List<MergePlanner.Decision>> e : byTable.entrySet()) {
            // deletions first: a record that arrives live may take the natural key a deleted one frees, and
            // SQLite checks unique indexes at every row, not at commit
            e.getValue().sort(java.util.Comparator.comparing(d -> !d.incomingDeleted()));
            List<String> cols = e.getValue().get(0).columns;
            try (PreparedStatement ps = c.prepareStatement(RowWriter.upsertSql(e.getKey(), cols))) {
                int n = 0;
                for (MergePlanner.Decision d : e.getValue()) {
                    Sql.bind(ps, d.row);
                    ps.addBatch();
                    if (++n % BATCH == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
        }
    }

    private static void writeClocks(Connection c, List<MergePlanner.Decision> decisions) throws SQLException {
        try (PreparedStatement put = c.prepareStatement("INSERT INTO sync_clocks (tbl, id, clock) VALUES (?, ?, ?)"
                + " ON CONFLICT (tbl, id) DO UPDATE SET clock = excluded.clock");
             PreparedStatement drop = c.prepareStatement("DELETE FROM sync_clocks WHERE tbl = ? AND id = ?")) {
            int n = 0;
            for (MergePlanner.Decision d : decisions) {
                if (d.clockToStore == null) {
                    continue;
                }
                String device = d.write ? d.device() : (String) d.local.get("device");
                long revision = d.write ? d.revision() : ((Number) d.local.get("revision")).longValue();
                if (d.clockToStore.equals(VersionVector.EMPTY.with(device, revision))) {
                    if (d.local != null) {
                        Sql.bind(drop, d.table.sqlName(), d.id);
                        drop.addBatch();
                    }
                } else {
                    Sql.bind(put, d.table.sqlName(), d.id, d.clockToStore.toJson());
                    put.addBatch();
                }
                if (++n % BATCH == 0) {
                    put.executeBatch();
                    drop.executeBatch();
                }
            }
            put.executeBatch();
            drop.executeBatch();
        }
    }

    private int writeConflicts(Connection c, Manifest manifest, List<MergePlanner.Decision> decisions)
            throws SQLException {
        int added = 0;
        Instant now = writer.clock().instant();
        for (MergePlanner.Decision d : decisions) {
            if (d.action != MergeAction.CONFLICT) {
                continue;
            }
            Map<String, Object> local = d.local;
            VersionVector localClock = d.localClock;
            if (d.conflictKind == ConflictKind.DUPLICATE) {
                local = RowWriter.read(c, d.table, d.otherId).orElse(null);
                localClock = local == null ? null : RowWriter.currentClock(c, d.table, local);
            }
            Map<String, Object> incomingRow = new LinkedHashMap<>();
            for (int i = 0; i < d.columns.size(); i++) {
                incomingRow.put(d.columns.get(i), d.row[i]);
            }
            int inserted = Sql.update(c, "INSERT INTO sync_conflicts (id, tbl, record_id, other_id, visit_id, kind,"
                            + " local_row, local_clock, incoming_row, incoming_clock, incoming_device, incoming_revision,"
                            + " package_id, source_device, source_author, detected_at, status)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')"
                            + " ON CONFLICT (tbl, record_id, incoming_device, incoming_revision) DO NOTHING",
                    writer.newId(), d.table.sqlName(), d.id, d.otherId, d.visitId(), d.conflictKind.name(),
                    local == null ? null : json(local), localClock == null ? null : localClock.toJson(),
                    json(incomingRow), d.incomingClock.toJson(), d.device(), d.revision(), manifest.packageId(),
                    manifest.sourceDevice(), manifest.sourceAuthor(), now);
            if (inserted > 0) {
                added++;
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("kind", d.conflictKind.name());
                details.put("incoming_device", d.device());
                details.put("incoming_author", d.value("author"));
                details.put("package", manifest.packageId());
                writer.auditRecord(c, d.table.sqlName(), d.id, d.visitId(), "CONFLICT", d.revision(), details);
            }
        }
        return added;
    }

    private static int writeAudit(Connection c, TableData audit) throws SQLException {
        if (audit == null || audit.rows().isEmpty()) {
            return 0;
        }
        int added = 0;
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO audit_log (" + String.join(", ",
                audit.columns()) + ") VALUES (" + "?, ".repeat(audit.columns().size() - 1) + "?)")) {
            int n = 0;
            for (Object[] row : audit.rows()) {
                Sql.bind(ps, row);
                ps.addBatch();
                if (++n % BATCH == 0) {
                    added += sum(ps.executeBatch());
                }
            }
            added += sum(ps.executeBatch());
        }
        return added;
    }

    private static int sum(int[] counts) {
        int s = 0;
        for (int n : counts) {
            s += Math.max(n, 0);
        }
        return s;
    }

    static String json(Map<String, ?> m) {
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> parseRow(String json) {
        if (json == null) {
            return null;
        }
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = JSON.readValue(json, LinkedHashMap.class);
            return m;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
