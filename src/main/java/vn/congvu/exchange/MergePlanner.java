package vn.congvu.exchange;

import vn.congvu.store.Sql;
import vn.congvu.store.Table;
import vn.congvu.store.VersionVector;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides, record by record, what a package does to this database, reading only. The rules (see
 * docs/exchange.md):
 * <ul>
 *   <li>unknown here: taken (NEW, or DELETED for a tombstone);</li>
 *   <li>the version here already includes the incoming one: nothing to do (UNCHANGED);</li>
 *   <li>the incoming version includes the one here: taken (UPDATED or DELETED);</li>
 *   <li>neither includes the other: made apart on two laptops. With the same content (both deleted,
 *       or the same edit twice) they are merged, otherwise it is a CONFLICT that keeps both;</li>
 *   <li>a taken version that would give a natural key to two live records is a DUPLICATE conflict, or
 *       refuses the package for keys others refer to (see {@link NaturalKeys});</li>
 *   <li>a change to a record of a visit finalised here, while the visit itself stays as it is here, is
 *       a FINALISED conflict: finalised minutes never change silently.</li>
 * </ul>
 */
final class MergePlanner {

    private static final int CHUNK = 400;
    /** Above this many incoming records of a table, its version columns are read in one scan. */
    private static final int SCAN_ABOVE = 2_000;
    private static final List<String> LABEL_COLUMNS = List.of("name", "full_name", "title", "code", "number",
            "procedure_name", "text", "caption", "original_name", "day", "visit_date", "key");

    private final Schema schema;
    private final IncomingRecords incoming;

    MergePlanner(Schema schema, IncomingRecords incoming) {
        this.schema = schema;
        this.incoming = incoming;
    }

    /** One incoming record and what to do with it. */
    static final class Decision {
        final Table table;
        final Object[] row;
        final List<String> columns;
        private final Map<String, Integer> positions;
        final String id;
        final VersionVector incomingClock;
        Map<String, Object> local;
        VersionVector localClock;
        MergeAction action;
        ConflictKind conflictKind;
        String otherId;
        /** write the incoming row */
        boolean write;
        /** the history to keep for the record after the merge, or null to leave it */
        VersionVector clockToStore;

        Decision(Table table, List<String> columns, Map<String, Integer> positions, Object[] row,
                 VersionVector incomingClock) {
            this.table = table;
            this.columns = columns;
            this.positions = positions;
            this.row = row;
            this.incomingClock = incomingClock;
            this.id = (String) row[positions.get("id")];
        }

        Object value(String column) {
            Integer ix = positions.get(column);
            return ix == null ? null : row[ix];
        }

        boolean incomingDeleted() {
            return ((Number) value("deleted")).intValue() == 1;
        }

        String device() {
            return (String) value("device");
        }

        long revision() {
            return ((Number) value("revision")).longValue();
        }

        String visitId() {
            if (table.visitColumn() == null) {
                return null;
            }
            Object v = value(table.visitColumn());
            if (v == null && local != null) {
                v = local.get(table.visitColumn());
            }
            return v == null ? null : v.toString();
        }

        boolean changesRecord() {
            return action == MergeAction.NEW || action == MergeAction.UPDATED || action == MergeAction.DELETED;
        }

        MergeItem item() {
            return new MergeItem(table.sqlName(), id, visitId(), action, conflictKind, label());
        }

        private String label() {
            for (String col : LABEL_COLUMNS) {
                Object v = value(col);
                if (v != null && !v.toString().isBlank()) {
                    String s = v.toString().strip();
                    return s.length() > 80 ? s.substring(0, 79) + "…" : s;
                }
            }
            return id;
        }
    }

    List<Decision> plan(Connection c) throws SQLException {
        checkReferences(c);
        List<Decision> decisions = new ArrayList<>();
        for (Map.Entry<Table, TableData> e : incoming.tables().entrySet()) {
            Table table = e.getKey();
            TableData data = e.getValue();
            Map<String, Map<String, Object>> locals = loadLocal(c, table, data);
            Map<String, VersionVector> stored = loadClocks(c, table, locals.keySet());
            Map<String, Integer> positions = data.positions();
            for (int i = 0; i < data.rows().size(); i++) {
                Decision d = new Decision(table, data.columns(), positions, data.rows().get(i), data.clocks().get(i));
                d.local = locals.get(d.id);
                if (d.local != null) {
                    d.localClock = stored.getOrDefault(d.id, VersionVector.EMPTY).with((String) d.local.get("device"),
                            ((Number) d.local.get("revision")).longValue());
                }
                decide(d);
                decisions.add(d);
            }
        }
        checkNaturalKeys(c, decisions);
        protectFinalisedVisits(c, decisions);
        return decisions;
    }

    private void decide(Decision d) {
        if (d.local == null) {
            d.action = d.incomingDeleted() ? MergeAction.DELETED : MergeAction.NEW;
            d.write = true;
            d.clockToStore = d.incomingClock;
            return;
        }
        String localDevice = (String) d.local.get("device");
        long localRevision = ((Number) d.local.get("revision")).longValue();
        boolean localDeleted = ((Number) d.local.get("deleted")).intValue() == 1;
        if (localDevice.equals(d.device()) && localRevision == d.revision()) {
            // one version (laptop, revision) has one content; damage in transit is caught by the manifest hashes
            d.action = MergeAction.UNCHANGED;
            VersionVector joined = d.localClock.join(d.incomingClock);
            d.clockToStore = joined.equals(d.localClock) ? null : joined;
        } else if (d.localClock.includes(d.device(), d.revision())) {
            d.action = MergeAction.UNCHANGED;
        } else if (d.incomingClock.includes(localDevice, localRevision)) {
            d.write = true;
            d.clockToStore = d.incomingClock;
            d.action = d.incomingDeleted() && !localDeleted ? MergeAction.DELETED
                    : sameContent(d, localDeleted) ? MergeAction.UNCHANGED : MergeAction.UPDATED;
        } else if (sameContent(d, localDeleted)) {
            // the same change made apart (both deleted it, or typed the same): keep one version everywhere,
            // the later one, ties broken by laptop id, with both histories
            boolean incomingWins = d.revision() > localRevision
                    || d.revision() == localRevision && d.device().compareTo(localDevice) > 0;
            d.action = MergeAction.UNCHANGED;
            d.write = incomingWins;
            d.clockToStore = d.localClock.join(d.incomingClock);
        } else {
            conflict(d, ConflictKind.EDIT);
        }
    }

    private static void conflict(Decision d, ConflictKind kind) {
        d.action = MergeAction.CONFLICT;
        d.conflictKind = kind;
        d.write = false;
        d.clockToStore = null;
    }

    private boolean sameContent(Decision d, boolean localDeleted) {
        if (localDeleted && d.incomingDeleted()) {
            return true;
        }
        for (String col : schema.info(d.table).contentColumns()) {
            Integer ix = d.positions.get(col);
            if (ix != null && !RowWriter.sameValue(d.row[ix], d.local.get(col))) {
                return false;
            }
        }
        return true;
    }

    // --- references -------------------------------------------------------------------------------

    /** Every reference must point into the package or at a record here (live or deleted). */
    private void checkReferences(Connection c) throws SQLException {
        Map<Table, Set<String>> packaged = incoming.ids();
        Map<String, Set<String>> missingByParent = new HashMap<>();
        Map<String, String> firstChild = new HashMap<>();
        for (Map.Entry<Table, TableData> e : incoming.tables().entrySet()) {
            TableData data = e.getValue();
            for (Schema.Reference ref : schema.info(e.getKey()).references()) {
                int ix = data.indexOf(ref.column());
                if (ix < 0) {
                    continue;
                }
                Table parent = Schema.tableNamed(ref.parent());
                Set<String> inPackage = parent == null ? Set.of() : packaged.getOrDefault(parent, Set.of());
                for (Object[] row : data.rows()) {
                    Object v = row[ix];
                    if (v != null && !inPackage.contains(v.toString())) {
                        missingByParent.computeIfAbsent(ref.parent(), k -> new HashSet<>()).add(v.toString());
                        firstChild.putIfAbsent(ref.parent() + "/" + v, e.getKey().sqlName() + " " + row[data.indexOf("id")]);
                    }
                }
            }
        }
        for (Map.Entry<String, Set<String>> e : missingByParent.entrySet()) {
            Set<String> found = existing(c, e.getKey(), e.getValue());
            for (String id : e.getValue()) {
                if (!found.contains(id)) {
                    throw new PackageException(PackageException.Problem.UNKNOWN_REFERENCE, e.getKey(), id,
                            firstChild.get(e.getKey() + "/" + id));
                }
            }
        }
    }

    private static Set<String> existing(Connection c, String table, Set<String> ids) throws SQLException {
        Set<String> found = new HashSet<>();
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> part = all.subList(from, Math.min(all.size(), from + CHUNK));
            found.addAll(Sql.query(c, "SELECT id FROM " + table + " WHERE id IN (" + "?, ".repeat(part.size() - 1)
                    + "?)", rs -> rs.getString(1), part.toArray()));
        }
        return found;
    }

    // --- local rows --------------------------------------------------------------------------------

    /**
     * The rows here with the ids of the incoming ones. Only the version columns are read first; whole rows
     * only for the records whose version differs (on a re-import: none).
     */
    private Map<String, Map<String, Object>> loadLocal(Connection c, Table table, TableData data) throws SQLException {
        Map<String, Map<String, Object>> out = new HashMap<>();
        int idIx = data.indexOf("id");
        int devIx = data.indexOf("device");
        int revIx = data.indexOf("revision");
        Map<String, String> incomingDots = new HashMap<>();
        for (Object[] r : data.rows()) {
            incomingDots.put((String) r[idIx], r[devIx] + "/" + r[revIx]);
        }
        List<String> differing = new ArrayList<>();
        List<String> version = List.of("id", "device", "revision", "deleted");
        List<Map<String, Object>> versions = incomingDots.size() > SCAN_ABOVE
                ? select(c, table, version) // one pass over the table beats thousands of index lookups
                : select(c, table, version, new ArrayList<>(incomingDots.keySet()));
        for (Map<String, Object> row : versions) {
            if (!incomingDots.containsKey((String) row.get("id"))) {
                continue;
            }
            String id = (String) row.get("id");
            if ((row.get("device") + "/" + ((Number) row.get("revision")).longValue()).equals(incomingDots.get(id))) {
                out.put(id, row);
            } else {
                differing.add(id);
            }
        }
        for (Map<String, Object> row : select(c, table, schema.info(table).columnNames(), differing)) {
            out.put((String) row.get("id"), row);
        }
        return out;
    }

    private static List<Map<String, Object>> select(Connection c, Table table, List<String> columns) throws SQLException {
        return Sql.query(c, "SELECT " + String.join(", ", columns) + " FROM " + table.sqlName(), rs -> {
            Map<String, Object> m = new HashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                m.put(columns.get(i), rs.getObject(i + 1));
            }
            return m;
        });
    }

    private static List<Map<String, Object>> select(Connection c, Table table, List<String> columns, List<String> ids)
            throws SQLException {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            out.addAll(Sql.query(c, "SELECT " + String.join(", ", columns) + " FROM " + table.sqlName()
                    + " WHERE id IN (" + "?, ".repeat(part.size() - 1) + "?)", rs -> {
                Map<String, Object> m = new HashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    m.put(columns.get(i), rs.getObject(i + 1));
                }
                return m;
            }, part.toArray()));
        }
        return out;
    }

    private static Map<String, VersionVector> loadClocks(Connection c, Table table, Set<String> ids) throws SQLException {
        Map<String, VersionVector> out = new HashMap<>();
        if (ids.size() > SCAN_ABOVE) {
            for (Object[] r : Sql.query(c, "SELECT id, clock FROM sync_clocks WHERE tbl = ?",
                    rs -> new Object[] {rs.getString(1), rs.getString(2)}, table.sqlName())) {
                if (ids.contains((String) r[0])) {
                    out.put((String) r[0], VersionVector.parse((String) r[1]));
                }
            }
            return out;
        }
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> part = all.subList(from, Math.min(all.size(), from + CHUNK));
            List<Object> params = new ArrayList<>();
            params.add(table.sqlName());
            params.addAll(part);
            for (Object[] r : Sql.query(c, "SELECT id, clock FROM sync_clocks WHERE tbl = ? AND id IN ("
                    + "?, ".repeat(part.size() - 1) + "?)", rs -> new Object[] {rs.getString(1), rs.getString(2)},
                    params.toArray())) {
                out.put((String) r[0], VersionVector.parse((String) r[1]));
            }
        }
        return out;
    }

    // --- natural keys ------------------------------------------------------------------------------

    private void checkNaturalKeys(Connection c, List<Decision> decisions) throws SQLException {
        Map<Table, List<Decision>> byTable = new HashMap<>();
        for (Decision d : decisions) {
            if (NaturalKeys.KEYS.containsKey(d.table)) {
                byTable.computeIfAbsent(d.table, t -> new ArrayList<>()).add(d);
            }
        }
        for (Map.Entry<Table, List<Decision>> e : byTable.entrySet()) {
            NaturalKeys.Key key = NaturalKeys.KEYS.get(e.getKey());
            Map<List<Object>, String> holders = new HashMap<>();
            String where = key.liveOnly() ? " WHERE deleted = 0" : "";
            for (Object[] r : Sql.query(c, "SELECT id, " + String.join(", ", key.columns()) + " FROM "
                    + e.getKey().sqlName() + where, rs -> {
                Object[] out = new Object[key.columns().size() + 1];
                for (int i = 0; i < out.length; i++) {
                    out[i] = rs.getObject(i + 1);
                }
                return out;
            })) {
                List<Object> k = keyOf(java.util.Arrays.asList(r).subList(1, r.length));
                if (k != null) {
                    holders.put(k, (String) r[0]);
                }
            }
            // versions that leave their key free: the record is deleted or moves to another key
            for (Decision d : e.getValue()) {
                if (d.write && d.local != null) {
                    List<Object> old = keyOf(key.columns().stream().map(d.local::get).toList());
                    if (old != null && d.id.equals(holders.get(old))) {
                        holders.remove(old);
                    }
                }
            }
            for (Decision d : e.getValue()) {
                boolean claims = d.write && (!d.incomingDeleted() || !key.liveOnly());
                if (!claims) {
                    continue;
                }
                List<Object> k = keyOf(key.columns().stream().map(d::value).toList());
                if (k == null) {
                    continue;
                }
                String holder = holders.get(k);
                if (holder != null && !holder.equals(d.id)) {
                    if (key.onClash() == NaturalKeys.OnClash.REJECT) {
                        throw new PackageException(PackageException.Problem.IDENTITY_CLASH, e.getKey().sqlName(),
                                String.join("/", k.stream().map(String::valueOf).toList()), d.id, holder);
                    }
                    conflict(d, ConflictKind.DUPLICATE);
                    d.otherId = holder;
                    if (d.local != null) {
                        List<Object> old = keyOf(key.columns().stream().map(d.local::get).toList());
                        if (old != null && ((Number) d.local.get("deleted")).intValue() == 0) {
                            holders.putIfAbsent(old, d.id);
                        }
                    }
                } else {
                    holders.put(k, d.id);
                }
            }
        }
    }

    private static List<Object> keyOf(List<Object> values) {
        List<Object> out = new ArrayList<>();
        for (Object v : values) {
            if (v == null) {
                return null; // SQL unique indexes let NULLs repeat
            }
            out.add(v instanceof Number n ? (Object) n.doubleValue() : v);
        }
        return out;
    }

    // --- finalised visits --------------------------------------------------------------------------

    private void protectFinalisedVisits(Connection c, List<Decision> decisions) throws SQLException {
        Set<String> visitsTaken = new HashSet<>();
        for (Decision d : decisions) {
            if (d.table == Table.VISITS && d.write) {
                visitsTaken.add(d.id);
            }
        }
        Set<String> candidates = new HashSet<>();
        for (Decision d : decisions) {
            if (d.table != Table.VISITS && d.table.visitColumn() != null && d.changesRecord() && d.visitId() != null
                    && !visitsTaken.contains(d.visitId())) {
                candidates.add(d.visitId());
            }
        }
        if (candidates.isEmpty()) {
            return;
        }
        Set<String> finalised = new HashSet<>();
        List<String> all = new ArrayList<>(candidates);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> part = all.subList(from, Math.min(all.size(), from + CHUNK));
            finalised.addAll(Sql.query(c, "SELECT id FROM visits WHERE status = 'FINALISED' AND deleted = 0 AND id IN ("
                    + "?, ".repeat(part.size() - 1) + "?)", rs -> rs.getString(1), part.toArray()));
        }
        for (Decision d : decisions) {
            if (d.table != Table.VISITS && d.table.visitColumn() != null && d.changesRecord()
                    && finalised.contains(d.visitId())) {
                conflict(d, ConflictKind.FINALISED);
            }
        }
    }
}
