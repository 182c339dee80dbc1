package vn.congvu.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one way records are created, changed and deleted: it stamps the bookkeeping columns (id,
 * timestamps, author, device, revision, tombstone) and writes the audit log in the caller's
 * transaction. An update that changes nothing writes nothing and keeps the revision, so saving a field
 * on every commit is free when the value did not change.
 */
public final class RecordWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<Actor> actor;
    private final Clock clock;
    private final IdGenerator ids;

    /** @param actor asked at every write, so that a change of the inspector's name applies at once */
    public RecordWriter(Supplier<Actor> actor, Clock clock, IdGenerator ids) {
        this.actor = Objects.requireNonNull(actor);
        this.clock = Objects.requireNonNull(clock);
        this.ids = Objects.requireNonNull(ids);
    }

    public Actor actor() {
        return actor.get();
    }

    public Clock clock() {
        return clock;
    }

    public String newId() {
        return ids.newId();
    }

    /** Inserts a live record at revision 1 and audits it. Uses {@code values.get("id")} when present. */
    public String insert(Connection c, Table table, Map<String, ?> values) throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>(values);
        Object given = row.remove("id");
        String id = given != null ? given.toString() : ids.newId();
        String now = (String) Sql.toDb(clock.instant());

        List<String> columns = new ArrayList<>(List.of("id", "created_at", "updated_at", "author", "device",
                "revision", "deleted"));
        List<Object> params = new ArrayList<>(Arrays.asList(id, now, now, actor().author(), actor().device(), 1, 0));
        for (Map.Entry<String, Object> e : row.entrySet()) {
            columns.add(e.getKey());
            params.add(e.getValue());
        }
        String sql = "INSERT INTO " + table.sqlName() + " (" + String.join(", ", columns) + ") VALUES ("
                + "?, ".repeat(columns.size() - 1) + "?)";
        Sql.update(c, sql, params.toArray());

        Map<String, Object> audited = new LinkedHashMap<>();
        row.forEach((k, v) -> audited.put(k, Sql.toDb(v)));
        String visitId = visitIdOf(table, id, row);
        audit(c, table, id, visitId, "CREATE", 1, audited);
        return id;
    }

    /**
     * Changes the given columns of a live record. Returns false, writing nothing, when every value is
     * already as given.
     *
     * @param expectedRevision the revision the caller last read, or null to skip the check
     * @throws RecordNotFoundException when there is no such record, or it was deleted
     * @throws StaleRecordException    when the record changed since the caller read it
     */
    public boolean update(Connection c, Table table, String id, Map<String, ?> values, Long expectedRevision)
            throws SQLException {
        if (values.isEmpty()) {
            return false;
        }
        Stored current = read(c, table, id, values.keySet()).orElseThrow(() -> new RecordNotFoundException(table, id));
        return update(c, table, current, values, expectedRevision);
    }

    /**
     * A live record as it stands, read in the current write transaction: what {@link #update(Connection,
     * Table, Stored, Map, Long)} needs to change it without reading it again.
     *
     * @param values the stored values of (at least) the columns to be changed, as {@code ResultSet.getObject}
     *               gives them
     */
    public record Stored(String id, long revision, String device, String visitId, Map<String, Object> values) {
        public Stored {
            Objects.requireNonNull(id);
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        /** Reads the bookkeeping columns and {@code columns} from the current row of {@code rs}. */
        public static Stored of(ResultSet rs, Table table, Iterable<String> columns) throws SQLException {
            Map<String, Object> values = new LinkedHashMap<>();
            for (String col : columns) {
                values.put(col, rs.getObject(col));
            }
            String visitColumn = table.visitColumn();
            String visitId = table == Table.VISITS ? rs.getString("id")
                    : visitColumn != null ? rs.getString(visitColumn) : null;
            return new Stored(rs.getString("id"), rs.getLong("revision"), rs.getString("device"), visitId, values);
        }
    }

    /** The live record {@code id} with the given columns, or empty when there is none or it was deleted. */
    public Optional<Stored> read(Connection c, Table table, String id, java.util.Collection<String> columns)
            throws SQLException {
        String visitColumn = table.visitColumn();
        StringBuilder select = new StringBuilder("SELECT id, revision, device");
        if (visitColumn != null && !columns.contains(visitColumn)) {
            select.append(", ").append(visitColumn);
        }
        for (String col : columns) {
            select.append(", ").append(col);
        }
        select.append(" FROM ").append(table.sqlName()).append(" WHERE id = ? AND deleted = 0");
        return Sql.queryOne(c, select.toString(), rs -> Stored.of(rs, table, columns), id);
    }

    /**
     * Changes the given columns of a record already read in this transaction ({@code current}), without
     * reading it again. Returns false, writing nothing, when every value is already as given.
     *
     * @throws StaleRecordException when {@code expectedRevision} is not the revision read
     */
    public boolean update(Connection c, Table table, Stored current, Map<String, ?> values, Long expectedRevision)
            throws SQLException {
        if (expectedRevision != null && expectedRevision != current.revision()) {
            throw new StaleRecordException(table, current.id(), expectedRevision, current.revision());
        }
        Map<String, Object[]> changes = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : values.entrySet()) {
            if (!current.values().containsKey(e.getKey())) {
                throw new IllegalArgumentException("column " + e.getKey() + " was not read from " + table.sqlName());
            }
            Object old = current.values().get(e.getKey());
            Object now = Sql.toDb(e.getValue());
            if (!sameValue(old, now)) {
                changes.put(e.getKey(), new Object[] {old, now});
            }
        }
        if (changes.isEmpty()) {
            return false;
        }
        String id = current.id();
        keepForeignVersion(c, table, id, current.device(), current.revision());
        long next = current.revision() + 1;
        StringBuilder sql = new StringBuilder("UPDATE ").append(table.sqlName())
                .append(" SET updated_at = ?, author = ?, device = ?, revision = ?");
        Actor who = actor();
        List<Object> params = new ArrayList<>(List.of(Sql.toDb(clock.instant()), who.author(), who.device(), next));
        for (Map.Entry<String, Object[]> e : changes.entrySet()) {
            sql.append(", ").append(e.getKey()).append(" = ?");
            params.add(e.getValue()[1]);
        }
        sql.append(" WHERE id = ?");
        params.add(id);
        Sql.update(c, sql.toString(), params.toArray());
        audit(c, table, id, current.visitId(), "UPDATE", next, changes);
        return true;
    }

    /** Marks a record deleted, keeping it as a tombstone. Deleting a tombstone again does nothing. */
    public boolean delete(Connection c, Table table, String id) throws SQLException {
        String visitColumn = table.visitColumn();
        String select = "SELECT revision, deleted, device" + (visitColumn != null ? ", " + visitColumn + " AS visit_ref" : "")
                + " FROM " + table.sqlName() + " WHERE id = ?";
        var row = Sql.queryOne(c, select, rs -> new Object[] {rs.getLong("revision"), rs.getInt("deleted"),
                visitColumn != null ? rs.getString("visit_ref") : null, rs.getString("device")}, id);
        if (row.isEmpty()) {
            throw new RecordNotFoundException(table, id);
        }
        if ((int) row.get()[1] != 0) {
            return false;
        }
        keepForeignVersion(c, table, id, (String) row.get()[3], (long) row.get()[0]);
        long next = (long) row.get()[0] + 1;
        Sql.update(c, "UPDATE " + table.sqlName()
                        + " SET deleted = 1, updated_at = ?, author = ?, device = ?, revision = ? WHERE id = ?",
                clock.instant(), actor().author(), actor().device(), next, id);
        audit(c, table, id, (String) row.get()[2], "DELETE", next, Map.of());
        return true;
    }

    /** Records one audit entry for work that is not a single-record change (seeding, imports). */
    public void auditEvent(Connection c, String entity, String entityId, String action, Map<String, ?> details)
            throws SQLException {
        writeAudit(c, entity, entityId, null, action, null, details);
    }

    /**
     * Records one audit entry tied to a record and its visit, for changes made outside {@link #update}
     * (merges from other laptops, conflict resolutions, finalisation).
     */
    public void auditRecord(Connection c, String entity, String entityId, String visitId, String action, Long revision,
                            Map<String, ?> details) throws SQLException {
        writeAudit(c, entity, entityId, visitId, action, revision, details);
    }

    /** A version made on another laptop is about to be replaced: its edit must stay in the record's history. */
    private void keepForeignVersion(Connection c, Table table, String id, String device, long revision)
            throws SQLException {
        if (device != null && !device.equals(actor().device())) {
            VersionVector.rememberForeignVersion(c, table.sqlName(), id, device, revision);
        }
    }

    private void audit(Connection c, Table table, String id, String visitId, String action, long revision,
                       Map<String, ?> changes) throws SQLException {
        writeAudit(c, table.sqlName(), id, visitId, action, revision, changes);
    }

    private void writeAudit(Connection c, String entity, String id, String visitId, String action, Long revision,
                            Map<String, ?> changes) throws SQLException {
        String json;
        try {
            json = changes.isEmpty() ? null : JSON.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit entry not serialisable", e);
        }
        Sql.update(c, "INSERT INTO audit_log (id, at, author, device, entity, entity_id, visit_id, action, revision,"
                        + " changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ids.newId(), clock.instant(), actor().author(), actor().device(), entity, id, visitId, action, revision,
                json);
    }

    private static String visitIdOf(Table table, String id, Map<String, Object> row) {
        if (table == Table.VISITS) {
            return id;
        }
        if (table.visitColumn() == null) {
            return null;
        }
        Object v = row.get(table.visitColumn());
        return v == null ? null : v.toString();
    }

    /** SQLite hands back Integer or Long for the same column depending on size; compare numbers by value. */
    static boolean sameValue(Object stored, Object given) {
        if (stored instanceof Number a && given instanceof Number b) {
            return a.doubleValue() == b.doubleValue();
        }
        return Objects.equals(stored, given);
    }
}
