package vn.congvu.store;

import vn.congvu.domain.SearchHit;
import vn.congvu.domain.SearchKind;
import vn.congvu.domain.text.TextFold;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Diacritic-insensitive full-text search (see V2__search.sql). */
public final class SearchRepository {

    /**
     * Finds records whose text holds every word of {@code text} as a word prefix, best matches first.
     * "dong da" finds "Đống Đa"; "khuong di" finds "Khương Đình" while it is being typed.
     */
    public List<SearchHit> search(Connection c, String text, Collection<SearchKind> kinds, int limit)
            throws SQLException {
        String match = matchExpression(text);
        if (match.isEmpty() || limit <= 0) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT d.kind, d.ref_id, d.visit_id, d.unit_id, d.title"
                + " FROM search_fts f JOIN search_docs d ON d.rowid = f.rowid WHERE search_fts MATCH ?");
        List<Object> params = new ArrayList<>();
        params.add(match);
        if (kinds != null && !kinds.isEmpty()) {
            sql.append(" AND d.kind IN (").append(kinds.stream().map(k -> "?").collect(Collectors.joining(", ")))
                    .append(')');
            params.addAll(kinds);
        }
        sql.append(" ORDER BY f.rank LIMIT ?");
        params.add(limit);
        return Sql.query(c, sql.toString(), rs -> new SearchHit(SearchKind.valueOf(rs.getString("kind")),
                rs.getString("ref_id"), rs.getString("visit_id"), rs.getString("unit_id"), rs.getString("title")),
                params.toArray());
    }

    /** Folds the query as the index was folded and makes each word a quoted prefix term. */
    public static String matchExpression(String text) {
        String folded = TextFold.fold(text);
        List<String> terms = new ArrayList<>();
        for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                terms.add('"' + word + "\"*");
            }
        }
        return String.join(" ", terms);
    }
}
