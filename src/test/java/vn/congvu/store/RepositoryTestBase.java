package vn.congvu.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.testing.TestStore;

import java.nio.file.Path;

/** An empty migrated database per test, and the writer the repositories under test share. */
abstract class RepositoryTestBase {

    @TempDir
    Path dir;

    TestStore store;
    RecordWriter writer;

    @BeforeEach
    void openStore() {
        store = TestStore.open(dir);
        writer = store.writer();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    <T> T write(SqlWork<T> work) {
        return store.write(work);
    }

    /** A write whose result is whether it changed something (typed, so that assertThat picks its overload). */
    boolean wrote(SqlWork<Boolean> work) {
        return store.write(work);
    }

    <T> T read(SqlWork<T> work) {
        return store.read(work);
    }
}
