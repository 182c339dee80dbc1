package vn.congvu.exchange;

import vn.congvu.store.RecordWriter;
import vn.congvu.store.Sql;
import vn.congvu.store.Table;
import vn.congvu.store.VersionVector;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Conflicts kept for the user, and their resolution. Resolving writes a new version that includes both
 * sides' histories, so that it wins everywhere it travels and closes the same conflict on the laptops
 * that hold it too (they mark it SUPERSEDED: decided elsewhere, by a person).
 */
public final class ConflictStore {

    /** A conflict as stored: both versions with their histories, and what became of it. */
    public record StoredConflict(String id, Table table, String recordId, String otherId, String visitId,
                                 ConflictKind kind, Map<String, Object> localRow, Map<String, Object> incomingRow,
                                 String packageId, String sourceDevice, String sourceAuthor, Instant detectedAt,
                                 String status, String resolution, Instant resolvedAt, String resolvedBy,
                                 VersionVector localClock, VersionVector incomingClock) {

        public boolean open() {
            return "OPEN".equals(status);
        }
    }

    /** Why a resolution was refused. */
    public static final class RefusedException extends RuntimeException {

        public enum Reason {
            NOT_OPEN, VISIT_FINALISED
        }

        private final Reason reason;

        public RefusedException(Reason reason, String conflictId) {
            super(reason + " " + conflictId);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    private static final String COLUMNS = "id, tbl, record_id, other_id, visit_id, kind, local_row, local_clock,"
            + " incoming_row, incoming_clock, package_id, source_device, source_author, detected_at, status, resolution,"
            + " resolved_at, resolved_by";

    public List<StoredConflict> list(Connection c, boolean openOnly) throws SQLException {
        return Sql.query(c, "SELECT " + COLUMNS + " FROM sync_conflicts" + (openOnly ? " WHERE status = 'OPEN'" : "")
                + " ORDER BY detected_at, tbl, record_id", ConflictStore::map);
    }

    public Optional<StoredConflict> find(Connection c, String id) throws SQLException {
        return Sql.queryOne(c, "SELECT " + COLUMNS + " FROM sync_conflicts WHERE id = ?", ConflictStore::map, id);
    }

    /** Ids of conflicts starting with {@code prefix}, at most {@code limit}. */
    public List<String> idsStartingWith(Connection c, String prefix, int limit) throws SQLException {
        return Sql.query(c, "SELECT id FROM sync_conflicts WHERE id >= ? AND id < ? ORDER BY id LIMIT ?",
                rs -> rs.getString(1), prefix, prefix + '\uffff', limit);
    }

    private static StoredConflict map(ResultSet rs) throws SQLException {
        return new StoredConflict(rs.getString("id"), Schema.tableNamed(rs.getString("tbl")), rs.getString("record_id"),
                rs.getString("other_id"), rs.getString("visit_id"), ConflictKind.valueOf(rs.getString("kind")),
                MergeWriter.parseRow(rs.getString("local_row")), MergeWriter.parseRow(rs.getString("incoming_row")),
                rs.getString("package_id"), rs.getString("source_device"), rs.getString("source_author"),
                Sql.instant(rs, "detected_at"), rs.getString("status"), rs.getString("resolution"),
                Sql.instant(rs, "resolved_at"), rs.getString("resolved_by"),
                VersionVector.parse(rs.getString("local_clock")), VersionVector.parse(rs.getString("incoming_clock")));
    }

    /**
     * Resolves an open conflict by keeping one side, as a new version made on this laptop.
     *
     * @throws RefusedException when the conflict is no longer open, or keeping the incoming version would
     *                          change a finalised visit (reopen it first)
     */
    public void resolve(Connection c, StoredConflict k, boolean keepIncoming, RecordWriter writer) throws SQLException {
        if (!k.open()) {
            throw new RefusedException(RefusedException.Reason.NOT_OPEN, k.id());
        }
        if (keepIncoming && k.table() != Table.VISITS && k.visitId() != null && Sql.queryLong(c,
                "SELECT count(*) FROM visits WHERE id = ? AND status = 'FINALISED' AND deleted = 0", k.visitId()) > 0) {
            throw new RefusedException(RefusedException.Reason.VISIT_FINALISED, k.id());
        }
        Instant now = writer.clock().instant();
        Map<String, Object> incoming = k.incomingRow();
        long incomingRevision = ((Number) incoming.get("revision")).longValue();
        Optional<Map<String, Object>> current = RowWriter.read(c, k.table(), k.recordId());
        if (k.kind() == ConflictKind.DUPLICATE && keepIncoming) {
            Map<String, Object> other = RowWriter.read(c, k.table(), k.otherId()).orElseThrow();
            long rev = ((Number) other.get("revision")).longValue() + 1;
            VersionVector clock = RowWriter.currentClock(c, k.table(), other).with(writer.actor().device(), rev);
            writeVersion(c, k, other, true, rev, clock, writer, now, k.otherId());
            RowWriter.upsert(c, k.table(), incoming);
            RowWriter.storeClock(c, k.table(), k.recordId(), (String) incoming.get("device"), incomingRevision,
                    k.incomingClock());
            audit(c, k, k.recordId(), incomingRevision, true, writer);
        } else {
            Map<String, Object> base = keepIncoming || current.isEmpty() ? incoming : current.get();
            boolean deleted = keepIncoming ? ((Number) incoming.get("deleted")).intValue() == 1
                    : current.isEmpty() || ((Number) current.get().get("deleted")).intValue() == 1;
            long rev = Math.max(incomingRevision, current.map(r -> ((Number) r.get("revision")).longValue()).orElse(0L)) + 1;
            VersionVector clock = k.incomingClock();
            if (current.isPresent()) {
                clock = clock.join(RowWriter.currentClock(c, k.table(), current.get()));
            }
            writeVersion(c, k, base, deleted, rev, clock.with(writer.actor().device(), rev), writer, now, k.recordId());
        }
        Sql.update(c, "UPDATE sync_conflicts SET status = 'RESOLVED', resolution = ?, resolved_at = ?, resolved_by = ?"
                + " WHERE id = ?", keepIncoming ? "INCOMING" : "LOCAL", now, writer.actor().author(), k.id());
        supersedeIncluded(c);
    }

    private static void writeVersion(Connection c, StoredConflict k, Map<String, Object> base, boolean deleted, long rev,
                                     VersionVector clock, RecordWriter writer, Instant now, String id) throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>(base);
        values.put("id", id);
        values.put("updated_at", now);
        values.put("author", writer.actor().author());
        values.put("device", writer.actor().device());
        values.put("revision", rev);
        values.put("deleted", deleted ? 1 : 0);
        RowWriter.upsert(c, k.table(), values);
        RowWriter.storeClock(c, k.table(), id, writer.actor().device(), rev, clock);
        audit(c, k, id, rev, k.incomingRow() == base, writer);
    }

    private static void audit(Connection c, StoredConflict k, String id, long revision, boolean keptIncoming,
                              RecordWriter writer) throws SQLException {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("conflict", k.id());
        details.put("kind", k.kind().name());
        details.put("kept", keptIncoming ? "INCOMING" : "LOCAL");
        writer.auditRecord(c, k.table().sqlName(), id, k.visitId(), "RESOLVE", revision, details);
    }

    /**
     * Closes open conflicts whose incoming version the record here now includes: resolved on another
     * laptop (the resolution arrived in a package), or by a later resolution here.
     */
    void supersedeIncluded(Connection c) throws SQLException {
        for (Object[] k : Sql.query(c, "SELECT id, tbl, record_id, incoming_device, incoming_revision FROM sync_conflicts"
                + " WHERE status = 'OPEN'", rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getLong(5)})) {
            Table table = Schema.tableNamed((String) k[1]);
            Optional<Map<String, Object>> row = RowWriter.read(c, table, (String) k[2]);
            if (row.isPresent() && RowWriter.currentClock(c, table, row.get()).includes((String) k[3], (long) k[4])) {
                Sql.update(c, "UPDATE sync_conflicts SET status = 'SUPERSEDED' WHERE id = ?", k[0]);
            }
        }
    }
}
