package vn.congvu.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Inserts many new records in the caller's transaction with JDBC batches: one prepared statement per
 * table, reused for every row. Meant for data made in bulk (generated sample data, large imports), where
 * {@link RecordWriter}'s statement and audit entry per row would cost more than the rows themselves; the
 * caller writes one audit entry for the whole lot.
 *
 * <p>Rows are stamped as new records (revision 1, live, updated when created) with the id, instant and
 * actor the caller gives, so that generated data can be reproduced exactly. Batches are sent table by
 * table in the order the tables were added: add parents before children, because the search triggers
 * look the parent visit up when a child row arrives.
 */
public final class BulkInsert implements AutoCloseable {

    private static final String STAMP_COLUMNS = "id, created_at, updated_at, author, device, revision, deleted";

    private final Connection connection;
    private final List<TableBatch> batches = new ArrayList<>();

    /** @param connection a connection inside a write transaction */
    public BulkInsert(Connection connection) {
        this.connection = Objects.requireNonNull(connection);
    }

    /** Prepares the insert of {@code columns} (besides the bookkeeping ones) into {@code table}. */
    public TableBatch table(Table table, String... columns) throws SQLException {
        String sql = "INSERT INTO " + table.sqlName() + " (" + STAMP_COLUMNS
                + (columns.length > 0 ? ", " + String.join(", ", columns) : "")
                + ") VALUES (?, ?, ?, ?, ?, 1, 0" + ", ?".repeat(columns.length) + ")";
        TableBatch batch = new TableBatch(table, columns.length, connection.prepareStatement(sql));
        batches.add(batch);
        return batch;
    }

    /** Sends every pending row, table by table in the order the tables were added. */
    public void flush() throws SQLException {
        for (TableBatch batch : batches) {
            batch.flush();
        }
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (TableBatch batch : batches) {
            try {
                batch.statement.close();
            } catch (SQLException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** The pending rows of one table. */
    public static final class TableBatch {

        private final Table table;
        private final int width;
        private final PreparedStatement statement;
        private int pending;
        private long rows;

        private TableBatch(Table table, int width, PreparedStatement statement) {
            this.table = table;
            this.width = width;
            this.statement = statement;
        }

        /**
         * Queues one row.
         *
         * @param values the columns given to {@link BulkInsert#table}, in that order, as Java values
         *               ({@link Sql#toDb} converts them)
         */
        public void add(String id, Instant at, Actor actor, Object... values) throws SQLException {
            if (values.length != width) {
                throw new IllegalArgumentException(table.sqlName() + " takes " + width + " values, not " + values.length);
            }
            String stamp = (String) Sql.toDb(at);
            statement.setString(1, Objects.requireNonNull(id, "id"));
            statement.setString(2, stamp);
            statement.setString(3, stamp);
            statement.setString(4, actor.author());
            statement.setString(5, actor.device());
            for (int i = 0; i < values.length; i++) {
                bind(statement, 6 + i, Sql.toDb(values[i]));
            }
            statement.addBatch();
            pending++;
            rows++;
        }

        /** Rows queued so far, sent or not. */
        public long rows() {
            return rows;
        }

        public Table table() {
            return table;
        }

        private void flush() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                pending = 0;
            }
        }

        private static void bind(PreparedStatement ps, int index, Object v) throws SQLException {
            if (v == null) {
                ps.setNull(index, Types.NULL);
            } else if (v instanceof String s) {
                ps.setString(index, s);
            } else if (v instanceof Integer n) {
                ps.setInt(index, n);
            } else if (v instanceof Long n) {
                ps.setLong(index, n);
            } else if (v instanceof Double n) {
                ps.setDouble(index, n);
            } else {
                ps.setObject(index, v);
            }
        }
    }
}
