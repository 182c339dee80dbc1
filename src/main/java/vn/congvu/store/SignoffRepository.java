package vn.congvu.store;

import vn.congvu.domain.Signature;
import vn.congvu.domain.SignatureStatus;
import vn.congvu.domain.SignerRole;
import vn.congvu.domain.UnitResponse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static vn.congvu.store.Columns.revisionOrNull;
import static vn.congvu.store.Columns.withId;

/** The end of a visit: the unit's response and who signed the minutes (or refused to). */
public final class SignoffRepository {

    private final RecordWriter writer;

    public SignoffRepository(RecordWriter writer) {
        this.writer = writer;
    }

    public Optional<UnitResponse> responseOf(Connection c, String visitId) throws SQLException {
        return Sql.queryOne(c, "SELECT id, revision, visit_id, speaker_name, speaker_position, text FROM unit_responses"
                        + " WHERE visit_id = ? AND deleted = 0 ORDER BY created_at LIMIT 1",
                rs -> new UnitResponse(rs.getString("id"), rs.getString("visit_id"), rs.getString("speaker_name"),
                        rs.getString("speaker_position"), rs.getString("text"), rs.getLong("revision")), visitId);
    }

    /** Creates the visit's response or changes it; a visit has one. */
    public UnitResponse saveResponse(Connection c, UnitResponse r) throws SQLException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("speaker_name", r.speakerName());
        m.put("speaker_position", r.speakerPosition());
        m.put("text", r.text() == null ? "" : r.text());
        Optional<UnitResponse> existing = responseOf(c, r.visitId());
        if (existing.isEmpty()) {
            m.put("visit_id", r.visitId());
            String id = writer.insert(c, Table.UNIT_RESPONSES, withId(r.id(), m));
            return new UnitResponse(id, r.visitId(), r.speakerName(), r.speakerPosition(), r.text(), 1);
        }
        UnitResponse current = existing.get();
        boolean changed = writer.update(c, Table.UNIT_RESPONSES, current.id(), m,
                r.id() != null && r.id().equals(current.id()) ? revisionOrNull(r.revision()) : null);
        return new UnitResponse(current.id(), r.visitId(), r.speakerName(), r.speakerPosition(), r.text(),
                changed ? current.revision() + 1 : current.revision());
    }

    public List<Signature> signaturesOf(Connection c, String visitId) throws SQLException {
        return Sql.query(c, "SELECT id, revision, visit_id, role, full_name, position, status, refusal_reason, signed_at,"
                + " sort_order FROM signatures WHERE visit_id = ? AND deleted = 0 ORDER BY sort_order, created_at",
                SignoffRepository::mapSignature, visitId);
    }

    public String insertSignature(Connection c, Signature s) throws SQLException {
        Map<String, Object> m = signatureColumns(s);
        m.put("visit_id", s.visitId());
        return writer.insert(c, Table.SIGNATURES, withId(s.id(), m));
    }

    public boolean updateSignature(Connection c, Signature s) throws SQLException {
        return writer.update(c, Table.SIGNATURES, s.id(), signatureColumns(s), revisionOrNull(s.revision()));
    }

    public boolean deleteSignature(Connection c, String id) throws SQLException {
        return writer.delete(c, Table.SIGNATURES, id);
    }

    private static Map<String, Object> signatureColumns(Signature s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("role", s.role());
        m.put("full_name", s.fullName());
        m.put("position", s.position());
        m.put("status", s.status() == null ? SignatureStatus.PENDING : s.status());
        m.put("refusal_reason", s.refusalReason());
        m.put("signed_at", s.signedAt());
        m.put("sort_order", s.sortOrder());
        return m;
    }

    static Signature mapSignature(ResultSet rs) throws SQLException {
        return new Signature(rs.getString("id"), rs.getString("visit_id"), SignerRole.valueOf(rs.getString("role")),
                rs.getString("full_name"), rs.getString("position"), SignatureStatus.valueOf(rs.getString("status")),
                rs.getString("refusal_reason"), Sql.dateTime(rs, "signed_at"), rs.getInt("sort_order"),
                rs.getLong("revision"));
    }
}
