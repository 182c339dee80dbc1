package vn.congvu.app;

import vn.congvu.domain.Result;
import vn.congvu.domain.SearchKind;
import vn.congvu.store.Database;
import vn.congvu.store.SearchRepository;
import vn.congvu.store.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Search across visits, findings, officials, dossiers and recommendations, diacritics ignored, filtered
 * by plan, unit, date range and result. Without words it lists the findings the filters select.
 */
public final class SearchService {

    public static final int MAX_RESULTS = 500;

    private final Database db;

    SearchService(Database db) {
        this.db = db;
    }

    public List<SearchResult> search(SearchQuery q) {
        return db.read(c -> {
            List<Object> params = new ArrayList<>();
            StringBuilder sql;
            if (q.hasText()) {
                String match = SearchRepository.matchExpression(q.text());
                if (match.isEmpty()) {
                    return List.of();
                }
                sql = new StringBuilder("SELECT d.kind, d.ref_id, d.visit_id, coalesce(v.unit_id, d.unit_id) AS unit_id,"
                        + " u.kind AS unit_kind, u.name AS unit_name, v.visit_date, d.title,"
                        + " CASE d.kind WHEN 'FINDING' THEN cr.code || ' ' || cr.text"
                        + " WHEN 'OFFICIAL' THEN o.position WHEN 'DOSSIER' THEN ds.procedure_name END AS detail,"
                        + " a.result"
                        + " FROM search_fts f JOIN search_docs d ON d.rowid = f.rowid"
                        + " LEFT JOIN visits v ON v.id = d.visit_id"
                        + " LEFT JOIN units u ON u.id = coalesce(v.unit_id, d.unit_id)"
                        + " LEFT JOIN answers a ON d.kind = 'FINDING' AND a.id = d.ref_id"
                        + " LEFT JOIN criteria cr ON cr.id = a.criterion_id"
                        + " LEFT JOIN officials o ON d.kind = 'OFFICIAL' AND o.id = d.ref_id"
                        + " LEFT JOIN dossiers ds ON d.kind = 'DOSSIER' AND ds.id = d.ref_id"
                        + " WHERE search_fts MATCH ? AND (v.id IS NULL OR v.deleted = 0)");
                params.add(match);
                boolean visitFilters = q.planId() != null || q.from() != null || q.to() != null || q.result() != null;
                if (visitFilters) {
                    sql.append(" AND d.visit_id IS NOT NULL");
                }
            } else {
                sql = new StringBuilder("SELECT 'FINDING' AS kind, a.id AS ref_id, v.id AS visit_id, v.unit_id,"
                        + " u.kind AS unit_kind, u.name AS unit_name, v.visit_date,"
                        + " coalesce(a.note, '') AS title, cr.code || ' ' || cr.text AS detail, a.result"
                        + " FROM answers a JOIN visits v ON v.id = a.visit_id JOIN units u ON u.id = v.unit_id"
                        + " JOIN criteria cr ON cr.id = a.criterion_id WHERE a.deleted = 0 AND v.deleted = 0"
                        + " AND a.result IS NOT NULL");
            }
            if (q.planId() != null) {
                sql.append(" AND v.plan_id = ?");
                params.add(q.planId());
            }
            if (q.unitId() != null) {
                sql.append(" AND coalesce(v.unit_id, ").append(q.hasText() ? "d.unit_id" : "v.unit_id").append(") = ?");
                params.add(q.unitId());
            }
            if (q.from() != null) {
                sql.append(" AND v.visit_date >= ?");
                params.add(q.from());
            }
            if (q.to() != null) {
                sql.append(" AND v.visit_date <= ?");
                params.add(q.to());
            }
            if (q.result() != null) {
                sql.append(" AND a.result = ?");
                params.add(q.result());
            }
            sql.append(q.hasText() ? " ORDER BY f.rank" : " ORDER BY v.visit_date DESC, cr.sort_order");
            sql.append(" LIMIT ").append(MAX_RESULTS);
            return Sql.query(c, sql.toString(), SearchService::map, params.toArray());
        });
    }

    private static SearchResult map(ResultSet rs) throws SQLException {
        String unitKind = rs.getString("unit_kind");
        String unitName = rs.getString("unit_name");
        String result = rs.getString("result");
        return new SearchResult(SearchKind.valueOf(rs.getString("kind")), rs.getString("ref_id"),
                rs.getString("visit_id"), rs.getString("unit_id"),
                unitName == null ? null : UnitNames.of(unitKind, unitName), Sql.date(rs, "visit_date"),
                rs.getString("title"), rs.getString("detail"), result == null ? null : Result.valueOf(result));
    }
}
