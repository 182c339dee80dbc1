package vn.congvu.exchange;

import vn.congvu.store.Sql;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The canonical form of a visit that finalisation hashes: what the minutes record (the visit, the unit,
 * who was there, the answers, officials, dossiers, evidence by hash, recommendations and corrective
 * actions, the unit's response, signatures), by content and natural keys only. Record ids other than the
 * visit's, bookkeeping columns, row order and anything outside the visit do not enter, so two laptops
 * holding the same visit compute the same hash. The exact fields are listed in docs/exchange.md; adding
 * one is a new form ({@link #FORM}), and old versions keep the form they were hashed with.
 */
public final class CanonicalVisit {

    public static final String FORM = "congvu.visit.v1";

    private CanonicalVisit() {
    }

    /** The canonical text of a live visit, or empty when there is no such visit. */
    public static Optional<String> of(Connection c, String visitId) throws SQLException {
        Optional<Map<String, Object>> visit = Sql.queryOne(c, "SELECT v.*, u.code AS unit_code, u.kind AS unit_kind,"
                + " u.name AS unit_name, co.name AS counter_name, t.code AS template_code, t.version AS template_version"
                + " FROM visits v JOIN units u ON u.id = v.unit_id JOIN checklist_templates t ON t.id = v.template_id"
                + " LEFT JOIN counters co ON co.id = v.counter_id WHERE v.id = ? AND v.deleted = 0", rs -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", rs.getString("id"));
            m.put("unit", map("code", rs.getString("unit_code"), "kind", rs.getString("unit_kind"), "name",
                    rs.getString("unit_name")));
            m.put("counter", rs.getString("counter_name"));
            m.put("template", map("code", rs.getString("template_code"), "version", rs.getLong("template_version")));
            for (String col : List.of("visit_date", "started_at", "ended_at", "place", "minutes_number", "overall_note")) {
                m.put(col, rs.getString(col));
            }
            m.put("surprise", flag(rs, "surprise"));
            return m;
        }, visitId);
        if (visit.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("form", FORM);
        root.put("visit", visit.get());
        root.put("inspectors", rows(c, "SELECT full_name, role, present FROM visit_inspectors"
                + " WHERE visit_id = ? AND deleted = 0", visitId, "present"));
        root.put("representatives", rows(c, "SELECT full_name, position, sort_order FROM visit_representatives"
                + " WHERE visit_id = ? AND deleted = 0", visitId));
        root.put("answers", rows(c, "SELECT cr.code AS criterion, a.result, a.value1, a.value2, a.choice, a.note,"
                + " a.severity FROM answers a JOIN criteria cr ON cr.id = a.criterion_id"
                + " WHERE a.visit_id = ? AND a.deleted = 0", visitId));
        root.put("officials", rows(c, "SELECT full_name, position, badge_worn, dress_ok, present_at_post, attitude,"
                + " note, sort_order FROM officials WHERE visit_id = ? AND deleted = 0", visitId,
                "badge_worn", "dress_ok", "present_at_post"));
        root.put("dossiers", rows(c, "SELECT code, procedure_name, received_at, limit_days, limit_kind, due_date,"
                + " returned_at, apology_issued, digitised, filed_online, note, sort_order FROM dossiers"
                + " WHERE visit_id = ? AND deleted = 0", visitId, "apology_issued", "digitised", "filed_online"));
        root.put("evidence", rows(c, "SELECT e.sha256, e.size_bytes, e.media_type, e.taken_at, e.orientation,"
                + " e.caption, cr.code AS criterion, o.full_name AS official, d.code AS dossier FROM evidence e"
                + " LEFT JOIN criteria cr ON cr.id = e.criterion_id LEFT JOIN officials o ON o.id = e.official_id"
                + " LEFT JOIN dossiers d ON d.id = e.dossier_id WHERE e.visit_id = ? AND e.deleted = 0", visitId));
        List<Map<String, Object>> recommendations = new ArrayList<>();
        for (Map<String, Object> r : rows(c, "SELECT r.id AS rid, cr.code AS criterion, r.text, r.deadline, r.sort_order"
                + " FROM recommendations r LEFT JOIN criteria cr ON cr.id = r.criterion_id"
                + " WHERE r.visit_id = ? AND r.deleted = 0", visitId)) {
            String rid = (String) r.remove("rid");
            r.put("actions", rows(c, "SELECT text, responsible, deadline FROM corrective_actions"
                    + " WHERE recommendation_id = ? AND deleted = 0", rid));
            recommendations.add(r);
        }
        root.put("recommendations", recommendations);
        root.put("unit_response", rows(c, "SELECT speaker_name, speaker_position, text FROM unit_responses"
                + " WHERE visit_id = ? AND deleted = 0", visitId));
        root.put("signatures", rows(c, "SELECT role, full_name, position, status, refusal_reason, signed_at, sort_order"
                + " FROM signatures WHERE visit_id = ? AND deleted = 0", visitId));
        return Optional.of(CanonicalJson.write(root));
    }

    /** SHA-256 of the canonical text's UTF-8 bytes, lowercase hex (64 characters). */
    public static String hash(String canonical) {
        return PackageWriter.hex(PackageWriter.sha256().digest(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    /** The first 16 hex digits in groups of four ("3f2a 9c01 77be 0d44"), for the minutes' footer. */
    public static String shortForm(String hash) {
        String h = hash.substring(0, 16);
        return h.substring(0, 4) + " " + h.substring(4, 8) + " " + h.substring(8, 12) + " " + h.substring(12, 16);
    }

    private static List<Map<String, Object>> rows(Connection c, String sql, String visitId, String... flags)
            throws SQLException {
        List<String> flagColumns = List.of(flags);
        return Sql.query(c, sql, rs -> {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                String name = rs.getMetaData().getColumnLabel(i);
                Object v = rs.getObject(i);
                m.put(name, flagColumns.contains(name) ? new CanonicalJson.Flag(v) : v);
            }
            return m;
        }, visitId);
    }

    private static CanonicalJson.Flag flag(ResultSet rs, String column) throws SQLException {
        return new CanonicalJson.Flag(rs.getObject(column));
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
