package vn.congvu.app.exchange;

import vn.congvu.app.AppException;
import vn.congvu.domain.IntegrityIssue;
import vn.congvu.exchange.CanonicalVisit;
import vn.congvu.store.Database;
import vn.congvu.store.RecordWriter;
import vn.congvu.store.Sql;
import vn.congvu.store.Table;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finalising a visit when its minutes are signed, and reopening it. Finalising hashes the visit's
 * canonical form ({@link CanonicalVisit}), keeps that form as a readable version and locks the visit;
 * reopening, with a reason, unlocks it and marks the version as reopened, so every earlier version stays
 * readable and the next finalisation makes version n + 1.
 * <p>
 * For the minutes: {@link #finalisedHash} and {@link #shortHash} are what the footer (and a QR code)
 * print.
 */
public final class FinalisationService {

    private final Database db;
    private final RecordWriter writer;

    public FinalisationService(Database db, RecordWriter writer) {
        this.db = db;
        this.writer = writer;
    }

    /** Finalises a live visit that is not finalised yet; returns the version made. */
    public VisitVersion finalise(String visitIdOrPrefix) {
        return db.write(c -> {
            String visitId = resolve(c, visitIdOrPrefix);
            String status = Sql.queryOne(c, "SELECT status FROM visits WHERE id = ?", rs -> rs.getString(1), visitId)
                    .orElseThrow();
            if ("FINALISED".equals(status)) {
                throw new AppException("error.visit.alreadyFinalised", visitId);
            }
            refuseUnlessSigned(c, visitId, status);
            String content = CanonicalVisit.of(c, visitId).orElseThrow();
            String hash = CanonicalVisit.hash(content);
            Instant now = writer.clock().instant();
            int versionNo = (int) Sql.queryLong(c, "SELECT coalesce(max(version_no), 0) FROM visit_versions"
                    + " WHERE visit_id = ? AND deleted = 0", visitId) + 1;
            Map<String, Object> version = new LinkedHashMap<>();
            version.put("visit_id", visitId);
            version.put("version_no", versionNo);
            version.put("form", CanonicalVisit.FORM);
            version.put("content", content);
            version.put("hash", hash);
            version.put("finalised_at", now);
            version.put("finalised_by", writer.actor().author());
            writer.insert(c, Table.VISIT_VERSIONS, version);
            Map<String, Object> visit = new LinkedHashMap<>();
            visit.put("status", "FINALISED");
            visit.put("finalised_hash", hash);
            visit.put("finalised_at", now);
            writer.update(c, Table.VISITS, visitId, visit, null);
            writer.auditRecord(c, "visits", visitId, visitId, "FINALISE", null,
                    Map.of("version", versionNo, "hash", hash));
            return versions(c, visitId).get(0);
        });
    }

    /**
     * The minutes are finalised once they are signed: the visit has ended, the Trưởng đoàn has signed, the
     * unit's representative has signed or refused (a refusal is written into the minutes), and nobody listed
     * to sign is still waiting.
     */
    private static void refuseUnlessSigned(Connection c, String visitId, String status) throws SQLException {
        if ("IN_PROGRESS".equals(status)) {
            throw new AppException("error.finalise.notEnded");
        }
        record Signer(String role, String status, String name) {
        }
        List<Signer> signers = Sql.query(c, "SELECT role, status, full_name FROM signatures WHERE visit_id = ?"
                + " AND deleted = 0 ORDER BY sort_order", rs -> new Signer(rs.getString(1), rs.getString(2),
                rs.getString(3)), visitId);
        if (signers.stream().noneMatch(s -> "TEAM_LEAD".equals(s.role()) && "SIGNED".equals(s.status()))) {
            throw new AppException("error.finalise.leadNotSigned");
        }
        if (signers.stream().noneMatch(s -> "UNIT_REPRESENTATIVE".equals(s.role()) && !"PENDING".equals(s.status()))) {
            throw new AppException("error.finalise.unitNotSigned");
        }
        List<String> waiting = signers.stream().filter(s -> "PENDING".equals(s.status())).map(Signer::name).toList();
        if (!waiting.isEmpty()) {
            throw new AppException("error.finalise.signersWaiting", String.join(", ", waiting));
        }
    }

    /** Reopens a finalised visit for changes; the reason is kept with the version it reopens. */
    public VisitVersion reopen(String visitIdOrPrefix, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new AppException("error.visit.reopenReasonMissing");
        }
        return db.write(c -> {
            String visitId = resolve(c, visitIdOrPrefix);
            String status = Sql.queryOne(c, "SELECT status FROM visits WHERE id = ?", rs -> rs.getString(1), visitId)
                    .orElseThrow();
            if (!"FINALISED".equals(status)) {
                throw new AppException("error.visit.notFinalised", visitId);
            }
            Instant now = writer.clock().instant();
            Optional<String> current = Sql.queryOne(c, "SELECT id FROM visit_versions WHERE visit_id = ? AND deleted = 0"
                    + " AND reopened_at IS NULL ORDER BY version_no DESC LIMIT 1", rs -> rs.getString(1), visitId);
            if (current.isPresent()) {
                Map<String, Object> reopened = new LinkedHashMap<>();
                reopened.put("reopened_at", now);
                reopened.put("reopened_by", writer.actor().author());
                reopened.put("reopen_reason", reason.strip());
                writer.update(c, Table.VISIT_VERSIONS, current.get(), reopened, null);
            }
            Map<String, Object> visit = new LinkedHashMap<>();
            visit.put("status", "COMPLETED");
            visit.put("finalised_hash", null);
            visit.put("finalised_at", null);
            writer.update(c, Table.VISITS, visitId, visit, null);
            writer.auditRecord(c, "visits", visitId, visitId, "REOPEN", null, Map.of("reason", reason.strip()));
            return versions(c, visitId).get(0);
        });
    }

    /** The hash of what was signed, while the visit is finalised. */
    public Optional<String> finalisedHash(String visitId) {
        return db.read(c -> Sql.queryOne(c, "SELECT finalised_hash FROM visits WHERE id = ? AND status = 'FINALISED'",
                rs -> rs.getString(1), visitId));
    }

    /** The first 16 hex digits of a hash in groups of four, for the minutes' footer. */
    public static String shortHash(String hash) {
        return CanonicalVisit.shortForm(hash);
    }

    /** Finalised versions of a visit, newest first. */
    public List<VisitVersion> versions(String visitId) {
        return db.read(c -> versions(c, visitId));
    }

    /** The canonical form the visit has now (what finalising it now would hash). */
    public String canonicalForm(String visitId) {
        return db.read(c -> CanonicalVisit.of(c, visitId)).orElseThrow(() -> new AppException("error.visit.notFound", visitId));
    }

    private static List<VisitVersion> versions(Connection c, String visitId) throws SQLException {
        return Sql.query(c, "SELECT id, visit_id, version_no, hash, finalised_at, finalised_by, reopened_at, reopened_by,"
                        + " reopen_reason, form, content FROM visit_versions WHERE visit_id = ? AND deleted = 0"
                        + " ORDER BY version_no DESC, finalised_at DESC",
                rs -> new VisitVersion(rs.getString("id"), rs.getString("visit_id"), rs.getInt("version_no"),
                        rs.getString("hash"), CanonicalVisit.shortForm(rs.getString("hash")),
                        Sql.instant(rs, "finalised_at"), rs.getString("finalised_by"), Sql.instant(rs, "reopened_at"),
                        rs.getString("reopened_by"), rs.getString("reopen_reason"), rs.getString("form"),
                        rs.getString("content")), visitId);
    }

    /**
     * Recomputes the hash of every finalised visit and names those whose data no longer matches what was
     * finalised (for {@code verify}). Visits marked finalised without a hash (data from before issue 5, or
     * made by hand) have nothing to compare and are left alone.
     */
    public static List<IntegrityIssue> checkFinalisedHashes(Connection c) throws SQLException {
        List<IntegrityIssue> issues = new ArrayList<>();
        for (String[] v : Sql.query(c, "SELECT v.id, v.finalised_hash, v.visit_date, u.name FROM visits v"
                + " JOIN units u ON u.id = v.unit_id WHERE v.status = 'FINALISED' AND v.finalised_hash IS NOT NULL"
                + " AND v.deleted = 0 ORDER BY v.visit_date, v.id",
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})) {
            String now = CanonicalVisit.of(c, v[0]).map(CanonicalVisit::hash).orElse("");
            if (!now.equals(v[1])) {
                issues.add(new IntegrityIssue(IntegrityIssue.IntegrityCheck.FINALISED_HASH,
                        "visit " + v[0] + " (" + v[3] + ", " + v[2] + ")"));
            }
        }
        return issues;
    }

    private static String resolve(Connection c, String idOrPrefix) throws SQLException {
        String wanted = idOrPrefix == null ? "" : idOrPrefix.trim();
        List<String> ids = Sql.liveIdsStartingWith(c, Table.VISITS, wanted, 2);
        if (ids.contains(wanted)) {
            return wanted;
        }
        if (ids.isEmpty() || wanted.length() < 6) {
            throw new AppException("error.visit.notFound", wanted);
        }
        if (ids.size() > 1) {
            throw new AppException("error.visit.ambiguous", wanted);
        }
        return ids.get(0);
    }
}
