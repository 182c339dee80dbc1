package vn.congvu.testing;

import vn.congvu.domain.SearchHit;
import vn.congvu.domain.SearchKind;
import vn.congvu.store.Database;
import vn.congvu.store.SearchRepository;
import vn.congvu.store.Sql;

import java.util.List;

/** Typed one-line reads for assertions (the generic {@code Database.read} confuses AssertJ's overloads). */
public final class Queries {

    private Queries() {
    }

    public static long count(Database db, String sql, Object... params) {
        return db.read(c -> Sql.queryLong(c, sql, params));
    }

    /** The first column of the first row, as text; null when there is no row. */
    public static String text(Database db, String sql, Object... params) {
        return db.read(c -> Sql.queryOne(c, sql, rs -> rs.getString(1), params).orElse(null));
    }

    /** The first column of every row, as text. */
    public static List<String> texts(Database db, String sql, Object... params) {
        return db.read(c -> Sql.query(c, sql, rs -> rs.getString(1), params));
    }

    /** A pragma's value as a reader connection sees it. */
    public static String pragmaOnReader(Database db, String name) {
        return text(db, "PRAGMA " + name);
    }

    /** A pragma's value as the writer connection sees it. */
    public static String pragmaOnWriter(Database db, String name) {
        return db.write(c -> Sql.queryOne(c, "PRAGMA " + name, rs -> rs.getString(1)).orElse(null));
    }

    /** What the search finds for {@code text}, best first; every kind when none is given. */
    public static List<SearchHit> search(Database db, String text, SearchKind... kinds) {
        return db.read(c -> new SearchRepository().search(c, text, List.of(kinds), 50));
    }

    /** The ids of what the search finds, best first. */
    public static List<String> searchIds(Database db, String text, SearchKind... kinds) {
        return search(db, text, kinds).stream().map(SearchHit::refId).toList();
    }
}
