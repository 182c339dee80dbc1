package vn.congvu.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatementCacheTest {

    @TempDir
    Path dir;

    private Connection real;
    private Connection cached;

    @BeforeEach
    void open() throws SQLException {
        real = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("t.db"));
        try (Statement st = real.createStatement()) {
            st.execute("PRAGMA journal_mode = WAL");
            st.execute("CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT)");
            for (int i = 1; i <= 5; i++) {
                st.execute("INSERT INTO t VALUES (" + i + ", 'v" + i + "')");
            }
        }
        cached = StatementCache.wrap(real, 3);
    }

    @AfterEach
    void close() throws SQLException {
        cached.close();
    }

    private String value(int k) throws SQLException {
        return Sql.queryOne(cached, "SELECT v FROM t WHERE k = ?", rs -> rs.getString(1), k).orElse(null);
    }

    @Test
    void theSameSqlIsPreparedOnceAndGivesTheRightRowsEachTime() throws SQLException {
        StatementCache cache = StatementCache.of(cached);

        assertThat(value(1)).isEqualTo("v1");
        assertThat(value(4)).isEqualTo("v4");
        assertThat(value(9)).isNull();
        Sql.update(cached, "UPDATE t SET v = ? WHERE k = ?", "mới", 4);
        Sql.update(cached, "UPDATE t SET v = ? WHERE k = ?", null, 5);
        assertThat(value(4)).isEqualTo("mới");
        assertThat(value(5)).isNull();

        assertThat(cache.misses()).isEqualTo(2); // the SELECT and the UPDATE, each compiled once
        assertThat(cache.hits()).isEqualTo(5);
    }

    @Test
    void parametersOfTheLastUseDoNotLeakIntoTheNext() throws SQLException {
        try (PreparedStatement ps = cached.prepareStatement("SELECT ?, ?")) {
            ps.setString(1, "a");
            ps.setString(2, "b");
            ps.executeQuery().close();
        }
        try (PreparedStatement ps = cached.prepareStatement("SELECT ?, ?"); ResultSet rs = executeWithFirstOnly(ps)) {
            assertThat(rs.getString(1)).isEqualTo("x");
            assertThat(rs.getString(2)).isNull();
        }
    }

    private static ResultSet executeWithFirstOnly(PreparedStatement ps) throws SQLException {
        ps.setString(1, "x");
        ResultSet rs = ps.executeQuery();
        assertThat(rs.next()).isTrue();
        return rs;
    }

    @Test
    void theSameSqlRunInsideItsOwnLoopGetsAStatementOfItsOwn() throws SQLException {
        List<String> pairs = new ArrayList<>();
        try (PreparedStatement outer = cached.prepareStatement("SELECT k FROM t WHERE k <= ? ORDER BY k")) {
            outer.setInt(1, 3);
            try (ResultSet rs = outer.executeQuery()) {
                while (rs.next()) {
                    int k = rs.getInt(1);
                    // the same SQL while the outer result is still being read
                    List<Integer> inner = Sql.query(cached, "SELECT k FROM t WHERE k <= ? ORDER BY k", r -> r.getInt(1), k);
                    pairs.add(k + ":" + inner.size());
                }
            }
        }
        assertThat(pairs).containsExactly("1:1", "2:2", "3:3");
    }

    @Test
    void aResultLeftHalfReadDoesNotKeepTheDatabaseReadAfterItsStatementIsClosed() throws SQLException {
        try (PreparedStatement ps = cached.prepareStatement("SELECT k FROM t ORDER BY k")) {
            ResultSet rs = ps.executeQuery();
            assertThat(rs.next()).isTrue(); // four rows left unread, result set never closed by the caller
        }
        try (PreparedStatement ps = cached.prepareStatement("SELECT count(*) FROM t")) {
            assertThat(ps.execute()).isTrue(); // a row pending, never fetched
        }
        // another connection writes, then checkpoints: a statement still stepping on the cached connection
        // would hold a read snapshot and stop the checkpoint short of the end of the log
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("t.db"));
             Statement st = other.createStatement()) {
            st.execute("INSERT INTO t VALUES (6, 'v6')");
            try (ResultSet rs = st.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isZero();
                assertThat(rs.getLong(3)).isEqualTo(rs.getLong(2));
            }
        }
        assertThat(value(6)).isEqualTo("v6");
    }

    @Test
    void aClosedHandleRefusesWorkAndClosingTwiceIsHarmless() throws SQLException {
        PreparedStatement ps = cached.prepareStatement("SELECT v FROM t WHERE k = ?");
        ps.close();
        ps.close();
        assertThat(ps.isClosed()).isTrue();
        assertThatThrownBy(() -> ps.setInt(1, 1)).isInstanceOf(SQLException.class);
        assertThat(value(2)).isEqualTo("v2"); // the kept statement itself still works
    }

    @Test
    void keepsAtMostItsCapacityAndTheDroppedOnesAreFinalised() throws SQLException {
        StatementCache cache = StatementCache.of(cached);
        for (int k = 1; k <= 5; k++) {
            assertThat(Sql.queryLong(cached, "SELECT k * " + k + " FROM t WHERE k = ?", 1)).isEqualTo(k);
        }
        assertThat(cache.size()).isEqualTo(3);
        // the ones dropped are prepared again when wanted, and give the right answer
        assertThat(Sql.queryLong(cached, "SELECT k * 1 FROM t WHERE k = ?", 2)).isEqualTo(2);
        assertThat(cache.size()).isEqualTo(3);
    }

    @Test
    void aStatementStillInUseWhenDroppedIsFinalisedWhenItsUserClosesIt() throws SQLException {
        StatementCache cache = StatementCache.of(cached);
        PreparedStatement held = cached.prepareStatement("SELECT 'held'");
        for (int k = 1; k <= 4; k++) {
            Sql.queryLong(cached, "SELECT " + k);
        }
        assertThat(cache.size()).isEqualTo(3);
        try (ResultSet rs = held.executeQuery()) { // dropped from the cache, but its user still has it
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("held");
        }
        held.close();
        assertThat(held.isClosed()).isTrue();
    }

    @Test
    void closingTheConnectionClosesIt() throws SQLException {
        Sql.queryLong(cached, "SELECT count(*) FROM t");
        cached.close();
        assertThat(real.isClosed()).isTrue();
        assertThat(cached.isClosed()).isTrue();
        assertThat(StatementCache.of(real)).isNull();
    }

    @Test
    void theWriterOfADatabaseKeepsItsStatements() {
        try (Database db = Database.open(dir.resolve("congvu.db"), Database.Mode.CREATE_OR_MIGRATE)) {
            for (int i = 0; i < 5; i++) {
                String v = "v" + i;
                db.write(c -> Sql.update(c, "INSERT INTO settings (id, created_at, updated_at, author, device, key, value)"
                        + " VALUES (?, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z', 'a', 'd', ?, ?)", v, v, v));
            }
            StatementCache cache = db.statementCache();
            // BEGIN IMMEDIATE, the INSERT and COMMIT compiled once, then reused four times each
            assertThat(cache.misses()).isEqualTo(3);
            assertThat(cache.hits()).isEqualTo(12);
            long written = db.read(c -> Sql.queryLong(c, "SELECT count(*) FROM settings WHERE author = 'a'"));
            assertThat(written).isEqualTo(5);
        }
    }
}
