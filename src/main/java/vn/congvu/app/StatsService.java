package vn.congvu.app;

import vn.congvu.app.exchange.FinalisationService;
import vn.congvu.domain.IntegrityIssue;
import vn.congvu.domain.SearchHit;
import vn.congvu.domain.SearchKind;
import vn.congvu.store.Database;
import vn.congvu.store.IntegrityChecker;
import vn.congvu.store.SearchRepository;
import vn.congvu.store.StatsRepository;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** What the database holds, finding things in it, and whether it is sound. */
public final class StatsService {

    private final Database db;
    private final StatsRepository stats = new StatsRepository();
    private final SearchRepository search = new SearchRepository();
    private final IntegrityChecker integrity = new IntegrityChecker();

    StatsService(Database db) {
        this.db = db;
    }

    /** Counts of live records by kind (units, plans, visits, answers, …). */
    public Map<String, Long> counts() {
        return db.read(stats::counts);
    }

    /** Diacritic-insensitive search; {@code kinds} empty means every kind. */
    public List<SearchHit> search(String text, Collection<SearchKind> kinds, int limit) {
        return db.read(c -> search.search(c, text, kinds, limit));
    }

    /**
     * SQLite's check of the file alone: {@code quick_check} (every start, a fraction of a second) or the
     * full {@code integrity_check} (on demand). Empty when the file is sound.
     */
    public List<IntegrityIssue> fileCheck(boolean full) {
        return db.read(c -> integrity.fileCheck(c, full));
    }

    /** Integrity, foreign keys, search index, references and finalised hashes; empty when all hold. */
    public List<IntegrityIssue> verify(boolean full) {
        return db.read(c -> {
            List<IntegrityIssue> issues = new java.util.ArrayList<>(integrity.check(c, full));
            issues.addAll(FinalisationService.checkFinalisedHashes(c));
            return issues;
        });
    }
}
