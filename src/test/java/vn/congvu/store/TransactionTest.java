package vn.congvu.store;

import org.junit.jupiter.api.Test;
import vn.congvu.domain.Unit;
import vn.congvu.domain.UnitKind;
import vn.congvu.testing.AuditEntries;
import vn.congvu.testing.Records;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.congvu.testing.Queries.count;

class TransactionTest extends RepositoryTestBase {

    private UnitRepository units() {
        return new UnitRepository(writer);
    }

    private long unitCount() {
        return count(store.db(), "SELECT count(*) FROM units");
    }

    @Test
    void exceptionInsideWriteRollsBackEverythingWrittenInIt() {
        IllegalStateException failure = new IllegalStateException("mất điện giữa chừng");

        assertThatThrownBy(() -> write(c -> {
            units().insert(c, Records.ward("00004", "Ba Đình"));
            units().insert(c, Records.ward("00008", "Ngọc Hà"));
            throw failure;
        })).isSameAs(failure);

        assertThat(unitCount()).isZero();
        assertThat(AuditEntries.count(store.db())).isZero();
    }

    @Test
    void databaseStaysUsableAfterARolledBackWrite() {
        assertThatThrownBy(() -> write(c -> {
            units().insert(c, Records.ward("00004", "Ba Đình"));
            throw new IllegalStateException("huỷ");
        })).isInstanceOf(IllegalStateException.class);

        write(c -> units().insert(c, Records.ward("00004", "Ba Đình")));

        assertThat(unitCount()).isEqualTo(1);
    }

    @Test
    void nestedWriteJoinsTheOuterTransaction() {
        assertThatThrownBy(() -> write(c -> {
            units().insert(c, Records.ward("00004", "Ba Đình"));
            store.db().write(inner -> units().insert(inner, Records.ward("00008", "Ngọc Hà")));
            long seen = store.db().read(r -> Sql.queryLong(r, "SELECT count(*) FROM units"));
            assertThat(seen).as("the outer transaction reads what the inner one wrote").isEqualTo(2L);
            throw new IllegalStateException("huỷ cả hai");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(unitCount()).isZero();
    }

    @Test
    void nestedWritesCommitTogetherWithTheOuter() {
        write(c -> {
            units().insert(c, Records.ward("00004", "Ba Đình"));
            return store.db().write(inner -> units().insert(inner, Records.ward("00008", "Ngọc Hà")));
        });
        assertThat(unitCount()).isEqualTo(2);
    }

    @Test
    void readFromAnotherThreadDuringAWriteSeesTheLastCommit() throws Exception {
        write(c -> units().insert(c, Records.ward("00004", "Ba Đình")));
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            long seenDuringWrite = write(c -> {
                units().insert(c, Records.ward("00008", "Ngọc Hà"));
                return get(other.submit(this::unitCount));
            });
            assertThat(seenDuringWrite).isEqualTo(1);
            assertThat(get(other.submit(this::unitCount))).isEqualTo(2);
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void readKeepsItsSnapshotWhileAnotherThreadCommits() throws Exception {
        write(c -> units().insert(c, Records.ward("00004", "Ba Đình")));
        CountDownLatch firstRead = new CountDownLatch(1);
        CountDownLatch committed = new CountDownLatch(1);
        CompletableFuture<List<Long>> reader = CompletableFuture.supplyAsync(() -> read(c -> {
            List<Long> seen = new ArrayList<>();
            seen.add(Sql.queryLong(c, "SELECT count(*) FROM units"));
            firstRead.countDown();
            await(committed);
            seen.add(Sql.queryLong(c, "SELECT count(*) FROM units"));
            return seen;
        }));

        await(firstRead);
        write(c -> units().insert(c, Records.ward("00008", "Ngọc Hà")));
        committed.countDown();

        assertThat(reader.get(10, TimeUnit.SECONDS)).containsExactly(1L, 1L);
        assertThat(unitCount()).isEqualTo(2);
    }

    @Test
    void writesFromSeveralThreadsAreAllKept() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> done = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String code = String.format("%05d", i);
                done.add(pool.submit(() -> write(c -> units().insert(c, Records.ward(code, "Phường " + code)))));
            }
            for (Future<String> f : done) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(unitCount()).isEqualTo(40);
        assertThat(AuditEntries.count(store.db())).isEqualTo(40);
    }

    @Test
    void constraintViolationComesOutAsAConstraintProblemAndRollsBack() {
        assertThatThrownBy(() -> write(c -> {
            units().insert(c, Records.ward("00004", "Ba Đình"));
            return units().insert(c, Records.ward("00004", "Ba Đình lần hai"));
        })).isInstanceOfSatisfying(StoreException.class, e -> {
            assertThat(e.problem()).isEqualTo(StoreException.Problem.CONSTRAINT);
            assertThat(e.getCause()).isInstanceOf(SQLException.class);
        });
        assertThat(unitCount()).isZero();
    }

    @Test
    void foreignKeyViolationIsAConstraintProblem() {
        assertThatThrownBy(() -> write(c -> units().insert(c, new Unit(null, null,
                UnitKind.BRANCH, "Chi nhánh số 1", "0195a1b2-0000-7000-8000-00000000dead", null, null,
                null, 0)))).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.problem()).isEqualTo(StoreException.Problem.CONSTRAINT));
    }

    @Test
    void checkViolationIsAConstraintProblem() {
        assertThatThrownBy(() -> write(c -> writer.insert(c, Table.UNITS, Map.of("kind", "PROVINCE",
                "name", "Hà Nội")))).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.problem()).isEqualTo(StoreException.Problem.CONSTRAINT));
    }

    @Test
    void closedDatabaseRefusesWork() {
        store.db().close();
        assertThatThrownBy(() -> store.db().write(Connection::getAutoCommit)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.db().read(Connection::getAutoCommit)).isInstanceOf(IllegalStateException.class);
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
