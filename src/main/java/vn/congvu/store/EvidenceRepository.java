package vn.congvu.store;

import vn.congvu.domain.Evidence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static vn.congvu.store.Columns.revisionOrNull;
import static vn.congvu.store.Columns.withId;

/** Evidence files of a visit: where they are kept, their hash and what they show. */
public final class EvidenceRepository {

    private static final String COLUMNS = "id, revision, visit_id, file_path, original_name, media_type, size_bytes,"
            + " sha256, taken_at, orientation, caption, criterion_id, official_id, dossier_id";

    private final RecordWriter writer;

    public EvidenceRepository(RecordWriter writer) {
        this.writer = writer;
    }

    /** A file the evidence table points to: its path relative to the data folder, hash and size. */
    public record KeptFile(String relativePath, String sha256, long size) {
    }

    /**
     * Every file any evidence row points to, deleted rows included (their files are kept: a merge or a
     * restore may bring the row back). Files are named by their hash and never change once kept.
     */
    public static List<KeptFile> keptFiles(Connection c) throws SQLException {
        return Sql.query(c, "SELECT file_path, min(sha256), min(size_bytes) FROM evidence GROUP BY file_path"
                + " ORDER BY file_path", rs -> new KeptFile(rs.getString(1), rs.getString(2), rs.getLong(3)));
    }

    public List<Evidence> evidenceOf(Connection c, String visitId) throws SQLException {
        return Sql.query(c, "SELECT " + COLUMNS + " FROM evidence WHERE visit_id = ? AND deleted = 0"
                + " ORDER BY coalesce(taken_at, created_at), created_at", EvidenceRepository::map, visitId);
    }

    public String insert(Connection c, Evidence e) throws SQLException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("visit_id", e.visitId());
        m.put("file_path", e.filePath());
        m.put("original_name", e.originalName());
        m.put("media_type", e.mediaType());
        m.put("size_bytes", e.sizeBytes());
        m.put("sha256", e.sha256());
        m.put("taken_at", e.takenAt());
        m.put("orientation", e.orientation() < 1 ? 1 : e.orientation());
        m.putAll(links(e));
        return writer.insert(c, Table.EVIDENCE, withId(e.id(), m));
    }

    /** Changes what the evidence shows and what it is linked to; the file and its hash never change. */
    public boolean updateLinks(Connection c, Evidence e) throws SQLException {
        return writer.update(c, Table.EVIDENCE, e.id(), links(e), revisionOrNull(e.revision()));
    }

    public boolean delete(Connection c, String id) throws SQLException {
        return writer.delete(c, Table.EVIDENCE, id);
    }

    private static Map<String, Object> links(Evidence e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("caption", e.caption());
        m.put("criterion_id", e.criterionId());
        m.put("official_id", e.officialId());
        m.put("dossier_id", e.dossierId());
        return m;
    }

    static Evidence map(ResultSet rs) throws SQLException {
        return new Evidence(rs.getString("id"), rs.getString("visit_id"), rs.getString("file_path"),
                rs.getString("original_name"), rs.getString("media_type"), rs.getLong("size_bytes"),
                rs.getString("sha256"), Sql.dateTime(rs, "taken_at"), rs.getInt("orientation"), rs.getString("caption"),
                rs.getString("criterion_id"), rs.getString("official_id"), rs.getString("dossier_id"),
                rs.getLong("revision"));
    }
}
