package vn.congvu.exchange;

import vn.congvu.store.Table;
import vn.congvu.store.VersionVector;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The records of a package, parsed and checked against this database's schema: known tables and
 * columns, values of the declared types, well-formed bookkeeping, safe evidence paths. Anything else is
 * INVALID_RECORD (or NEWER_FORMAT for a table this app does not know).
 */
final class IncomingRecords {

    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    private final Map<Table, TableData> tables;
    private final TableData audit;

    private IncomingRecords(Map<Table, TableData> tables, TableData audit) {
        this.tables = tables;
        this.audit = audit;
    }

    static IncomingRecords read(OpenedPackage pkg, Schema schema) {
        Map<Table, TableData> tables = new LinkedHashMap<>();
        for (String name : pkg.tablesPresent()) {
            if (!name.equals(PackageLayout.AUDIT_TABLE) && Schema.tableNamed(name) == null) {
                throw new PackageException(PackageException.Problem.NEWER_FORMAT, name, pkg.manifest().appVersion());
            }
        }
        for (Table t : Schema.EXCHANGED) {
            byte[] bytes = pkg.recordsOf(t.sqlName());
            if (bytes != null) {
                TableData data = TableData.parse(bytes, t.sqlName(), true);
                check(data, schema.info(t));
                tables.put(t, data);
            }
        }
        byte[] auditBytes = pkg.recordsOf(PackageLayout.AUDIT_TABLE);
        TableData audit = null;
        if (auditBytes != null) {
            audit = TableData.parse(auditBytes, PackageLayout.AUDIT_TABLE, false);
            checkAudit(audit, schema.auditColumns());
        }
        return new IncomingRecords(tables, audit);
    }

    Map<Table, TableData> tables() {
        return tables;
    }

    TableData audit() {
        return audit;
    }

    private static void check(TableData data, Schema.TableInfo info) {
        String table = data.table();
        Set<String> seen = new HashSet<>();
        for (String col : data.columns()) {
            if (info.column(col) == null || !seen.add(col)) {
                throw invalid(table, "column " + col);
            }
        }
        for (String required : Schema.BOOKKEEPING) {
            if (!seen.contains(required)) {
                throw invalid(table, "missing column " + required);
            }
        }
        List<Schema.Column> cols = data.columns().stream().map(info::column).toList();
        Set<String> ids = new HashSet<>();
        int idIx = data.indexOf("id");
        int revIx = data.indexOf("revision");
        int delIx = data.indexOf("deleted");
        int devIx = data.indexOf("device");
        for (int i = 0; i < data.rows().size(); i++) {
            Object[] row = data.rows().get(i);
            for (int c = 0; c < row.length; c++) {
                row[c] = coerce(row[c], cols.get(c), table);
            }
            if (!(row[idIx] instanceof String id) || !UUID.matcher(id).matches() || !ids.add(id)) {
                throw invalid(table, "id " + row[idIx]);
            }
            if (!(row[revIx] instanceof Long rev) || rev < 1 || !(row[delIx] instanceof Long del) || del < 0 || del > 1
                    || !(row[devIx] instanceof String dev) || dev.isBlank()) {
                throw invalid(table, "bookkeeping of " + row[idIx]);
            }
            for (String text : List.of("created_at", "updated_at", "author")) {
                if (!(row[data.indexOf(text)] instanceof String)) {
                    throw invalid(table, text + " of " + row[idIx]);
                }
            }
            // a version's own edit is part of its history, whatever the sender wrote
            data.clocks().set(i, data.clocks().get(i).with((String) row[devIx], (Long) row[revIx]));
        }
        if (info.table() == Table.EVIDENCE) {
            checkEvidence(data);
        }
    }

    private static void checkEvidence(TableData data) {
        int pathIx = data.indexOf("file_path");
        int shaIx = data.indexOf("sha256");
        int sizeIx = data.indexOf("size_bytes");
        if (pathIx < 0 || shaIx < 0 || sizeIx < 0) {
            throw invalid("evidence", "file columns");
        }
        for (Object[] row : data.rows()) {
            if (!(row[pathIx] instanceof String path) || !PackageLayout.isSafeEvidencePath(path)) {
                throw new PackageException(PackageException.Problem.UNSAFE_NAME, String.valueOf(row[pathIx]));
            }
            if (!(row[shaIx] instanceof String sha) || !HEX64.matcher(sha).matches()
                    || !(row[sizeIx] instanceof Long size) || size < 0) {
                throw invalid("evidence", "hash of " + row[data.indexOf("id")]);
            }
        }
    }

    private static void checkAudit(TableData data, List<Schema.Column> columns) {
        List<String> names = columns.stream().map(Schema.Column::name).toList();
        for (String col : data.columns()) {
            if (!names.contains(col)) {
                throw invalid("audit_log", "column " + col);
            }
        }
        List<String> required = List.of("id", "at", "author", "device", "entity", "entity_id", "action");
        if (!data.columns().containsAll(required)) {
            throw invalid("audit_log", "columns");
        }
        int actionIx = data.indexOf("action");
        List<Schema.Column> cols = data.columns().stream()
                .map(n -> columns.stream().filter(c -> c.name().equals(n)).findFirst().orElseThrow()).toList();
        for (Object[] row : data.rows()) {
            for (int c = 0; c < row.length; c++) {
                row[c] = coerce(row[c], cols.get(c), "audit_log");
            }
            for (String r : required) {
                if (!(row[data.indexOf(r)] instanceof String)) {
                    throw invalid("audit_log", r);
                }
            }
            if (!Schema.TRAVELLING_AUDIT_ACTIONS.contains((String) row[actionIx])) {
                throw invalid("audit_log", "action " + row[actionIx]);
            }
        }
    }

    /** Values as SQLite would store them in a column of this type; anything else is refused. */
    private static Object coerce(Object v, Schema.Column col, String table) {
        if (v == null) {
            return null;
        }
        String type = col.type();
        if (type.contains("INT")) {
            if (v instanceof Long) {
                return v;
            }
        } else if (type.contains("REAL")) {
            if (v instanceof Long l) {
                return l.doubleValue();
            }
            if (v instanceof Double d && !d.isNaN() && !d.isInfinite()) {
                return v;
            }
        } else if (v instanceof String) {
            return v;
        }
        throw invalid(table, "value of " + col.name());
    }

    static PackageException invalid(String table, String what) {
        return new PackageException(PackageException.Problem.INVALID_RECORD, table, what);
    }

    /** Ids of each table in the package. */
    Map<Table, Set<String>> ids() {
        Map<Table, Set<String>> out = new LinkedHashMap<>();
        tables.forEach((t, data) -> {
            int ix = data.indexOf("id");
            Set<String> s = new HashSet<>();
            for (Object[] r : data.rows()) {
                s.add((String) r[ix]);
            }
            out.put(t, s);
        });
        return out;
    }

    /** Number of records per table, for the manifest and the preview. */
    Map<String, Integer> counts() {
        Map<String, Integer> out = new LinkedHashMap<>();
        tables.forEach((t, d) -> out.put(t.sqlName(), d.rows().size()));
        return out;
    }

    List<Table> tablesInOrder() {
        return new ArrayList<>(tables.keySet());
    }
}
