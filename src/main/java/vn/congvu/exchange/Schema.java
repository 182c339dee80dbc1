package vn.congvu.exchange;

import vn.congvu.store.Sql;
import vn.congvu.store.Table;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The columns and references of the tables that travel between laptops, read from the database itself,
 * so that the package format follows the migrations without a second list to keep in step.
 */
public final class Schema {

    /** Written by {@link vn.congvu.store.RecordWriter} on every record. */
    public static final List<String> BOOKKEEPING = List.of("id", "created_at", "updated_at", "author", "device",
            "revision", "deleted");

    /** Every table of records except the settings, which belong to one laptop. */
    public static final List<Table> EXCHANGED = Arrays.stream(Table.values()).filter(t -> t != Table.SETTINGS).toList();

    /** A column and its declared type (INTEGER, REAL or TEXT). */
    public record Column(String name, String type, boolean notNull) {
    }

    /** A reference from a column to the id of another table. */
    public record Reference(String column, String parent) {
    }

    /** One table: its columns in order, the columns that are content (not bookkeeping), its references. */
    public record TableInfo(Table table, List<Column> columns, List<Reference> references, List<String> columnNames,
                            List<String> contentColumns) {

        TableInfo(Table table, List<Column> columns, List<Reference> references) {
            this(table, columns, references, columns.stream().map(Column::name).toList(),
                    columns.stream().map(Column::name).filter(n -> !BOOKKEEPING.contains(n) || n.equals("deleted")).toList());
        }

        public Column column(String name) {
            return columns.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
        }
    }

    private final Map<Table, TableInfo> tables;
    private final List<Column> auditColumns;

    private Schema(Map<Table, TableInfo> tables, List<Column> auditColumns) {
        this.tables = tables;
        this.auditColumns = auditColumns;
    }

    public static Schema read(Connection c) throws SQLException {
        Map<Table, TableInfo> tables = new LinkedHashMap<>();
        for (Table t : EXCHANGED) {
            List<Reference> refs = Sql.query(c, "SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?)",
                    rs -> new Reference(rs.getString(1), rs.getString(2)), t.sqlName());
            tables.put(t, new TableInfo(t, columns(c, t.sqlName()), refs));
        }
        return new Schema(tables, columns(c, "audit_log"));
    }

    private static List<Column> columns(Connection c, String table) throws SQLException {
        List<Column> out = new ArrayList<>(Sql.query(c, "SELECT name, upper(type), \"notnull\" FROM pragma_table_info(?)"
                + " ORDER BY cid", rs -> new Column(rs.getString(1), rs.getString(2), rs.getInt(3) != 0), table));
        if (out.isEmpty()) {
            throw new IllegalStateException("no table " + table);
        }
        return out;
    }

    public TableInfo info(Table t) {
        return tables.get(t);
    }

    public List<Column> auditColumns() {
        return auditColumns;
    }

    /** The exchanged table with this SQL name, or null. */
    public static Table tableNamed(String sqlName) {
        for (Table t : EXCHANGED) {
            if (t.sqlName().equals(sqlName)) {
                return t;
            }
        }
        return null;
    }

    /** Audit entries that may travel: changes to records, not local events such as imports or seeding. */
    static final Set<String> TRAVELLING_AUDIT_ACTIONS = Set.of("CREATE", "UPDATE", "DELETE", "CONFLICT", "RESOLVE",
            "FINALISE", "REOPEN");
}
