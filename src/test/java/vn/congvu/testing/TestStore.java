package vn.congvu.testing;

import vn.congvu.store.Actor;
import vn.congvu.store.Database;
import vn.congvu.store.IdGenerator;
import vn.congvu.store.RecordWriter;
import vn.congvu.store.SqlWork;

import java.nio.file.Path;

/**
 * A migrated, empty database (no reference data) with a record writer whose clock and actor the test
 * controls. For store tests that want no more than the schema.
 */
public final class TestStore implements AutoCloseable {

    public static final Actor INSPECTOR = new Actor("Nguyễn Thị Kiểm", "laptop-kiem");
    public static final Actor TEAM_LEAD = new Actor("Trần Văn Trưởng", "laptop-truong");

    private final Database db;
    private final MutableClock clock;
    private final RecordWriter writer;
    private volatile Actor actor = INSPECTOR;

    private TestStore(Database db, MutableClock clock) {
        this.db = db;
        this.clock = clock;
        this.writer = new RecordWriter(() -> actor, clock, IdGenerator.timeOrdered());
    }

    /** Creates {@code congvu.db} in {@code dir}. */
    public static TestStore open(Path dir) {
        return new TestStore(Database.open(dir.resolve("congvu.db"), Database.Mode.CREATE_OR_MIGRATE),
                MutableClock.atStart());
    }

    public Database db() {
        return db;
    }

    public MutableClock clock() {
        return clock;
    }

    public RecordWriter writer() {
        return writer;
    }

    /** Changes who the following writes are stamped with. */
    public void actAs(Actor next) {
        actor = next;
    }

    public <T> T write(SqlWork<T> work) {
        return db.write(work);
    }

    public <T> T read(SqlWork<T> work) {
        return db.read(work);
    }

    public Scenario scenario() {
        return new Scenario(db, writer);
    }

    @Override
    public void close() {
        db.close();
    }
}
