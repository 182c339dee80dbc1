package vn.congvu.app.export;

import vn.congvu.store.Sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of one query, taken visit by visit while walking the visits in the same order (a merge join): the whole
 * database is read in four queries instead of four per visit, and only one visit's rows are held at a time.
 * The query's first column is the walk's key, an integer rank in the order the query sorts by; mappers read
 * columns by position, which sqlite-jdbc does several times faster than by name.
 */
final class OrderedCursor<T> implements AutoCloseable {

    private final PreparedStatement statement;
    private final ResultSet rows;
    private final Sql.RowMapper<T> mapper;
    private boolean hasRow;

    OrderedCursor(Connection c, String sql, Sql.RowMapper<T> mapper, Object... params) throws SQLException {
        this.statement = c.prepareStatement(sql);
        Sql.bind(statement, params);
        this.rows = statement.executeQuery();
        this.mapper = mapper;
        this.hasRow = rows.next();
    }

    /** The rows whose key is {@code key}; rows with keys before it (not in the walk) are skipped. */
    List<T> take(long key) throws SQLException {
        List<T> out = new ArrayList<>();
        while (hasRow) {
            int order = Long.compare(rows.getLong(1), key);
            if (order > 0) {
                break;
            }
            if (order == 0) {
                out.add(mapper.map(rows));
            }
            hasRow = rows.next();
        }
        return out;
    }

    @Override
    public void close() throws SQLException {
        try {
            rows.close();
        } finally {
            statement.close();
        }
    }
}
