package vn.congvu.app.signoff;

import vn.congvu.app.AppException;
import vn.congvu.app.FieldProblem;
import vn.congvu.app.StoreErrors;
import vn.congvu.app.visit.VisitGuard;
import vn.congvu.domain.Signature;
import vn.congvu.domain.SignatureStatus;
import vn.congvu.domain.SignerRole;
import vn.congvu.domain.TeamRole;
import vn.congvu.domain.UnitResponse;
import vn.congvu.domain.Visit;
import vn.congvu.domain.VisitInspector;
import vn.congvu.domain.VisitRepresentative;
import vn.congvu.domain.VisitStatus;
import vn.congvu.store.Database;
import vn.congvu.store.SignoffRepository;
import vn.congvu.store.SqlWork;
import vn.congvu.store.StoreException;
import vn.congvu.store.Table;
import vn.congvu.store.VisitRepository;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The end of a visit: Ý kiến của đơn vị, who signed the minutes or refused to and why, the end time, and
 * ending the recording ("Kết thúc kiểm tra"). Locking the minutes with a hash is another step.
 */
public final class SignoffService {

    /** Times in messages: "11:05 05/03/2025". */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    public static final String FULL_NAME = "fullName";
    public static final String ROLE = "role";
    public static final String REFUSAL_REASON = "refusalReason";
    public static final String ENDED_AT = "endedAt";

    /** Everything the sign-off tab shows for a visit. */
    public record Sheet(Visit visit, UnitResponse response, List<Signature> signatures,
                        List<VisitInspector> inspectors, List<VisitRepresentative> representatives) {
    }

    /** A signer as typed; {@code id} null for a new one. */
    public record SignatureDraft(String id, String visitId, SignerRole role, String fullName, String position,
                                 SignatureStatus status, String refusalReason) {
    }

    private final Database db;
    private final SignoffRepository signoff;
    private final VisitRepository visits;
    private final Clock clock;

    public SignoffService(Database db, SignoffRepository signoff, VisitRepository visits, Clock clock) {
        this.db = db;
        this.signoff = signoff;
        this.visits = visits;
        this.clock = clock;
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
    }

    public Sheet sheet(String visitId) {
        return read(c -> new Sheet(visit(c, visitId), signoff.responseOf(c, visitId).orElse(null),
                signoff.signaturesOf(c, visitId), visits.inspectorsOf(c, visitId), visits.representativesOf(c, visitId)));
    }

    // --- the unit's response -------------------------------------------------------------------------

    /**
     * Saves what the unit said and who said it. Returns null, writing nothing, while a visit without a
     * response still has nothing typed.
     */
    public UnitResponse saveResponse(String visitId, String speakerName, String speakerPosition, String text) {
        return write(c -> {
            editableVisit(c, visitId);
            String name = blankToNull(speakerName);
            String position = blankToNull(speakerPosition);
            String body = text == null ? "" : text.strip();
            Optional<UnitResponse> current = signoff.responseOf(c, visitId);
            if (current.isEmpty() && name == null && position == null && body.isEmpty()) {
                return null;
            }
            return signoff.saveResponse(c, new UnitResponse(current.map(UnitResponse::id).orElse(null), visitId, name,
                    position, body, 0));
        });
    }

    // --- signatures ----------------------------------------------------------------------------------

    /** What is wrong with a signer; empty when it can be saved. */
    public static List<FieldProblem> check(SignatureDraft d) {
        List<FieldProblem> problems = new ArrayList<>();
        if (d.role() == null) {
            problems.add(new FieldProblem(ROLE, "error.signoff.roleMissing"));
        }
        if (d.fullName() == null || d.fullName().isBlank()) {
            problems.add(new FieldProblem(FULL_NAME, "error.signoff.nameMissing"));
        }
        if (d.status() == SignatureStatus.REFUSED && (d.refusalReason() == null || d.refusalReason().isBlank())) {
            problems.add(new FieldProblem(REFUSAL_REASON, "error.signoff.reasonMissing"));
        }
        return problems;
    }

    /**
     * Adds ({@code id} null) or changes a signer. The time of signing is stamped when the status becomes
     * signed; a reason is kept only for a refusal.
     */
    public Signature saveSignature(SignatureDraft d) {
        FieldProblem.refuseIfAny(check(d));
        return write(c -> {
            SignatureStatus status = d.status() == null ? SignatureStatus.PENDING : d.status();
            String reason = status == SignatureStatus.REFUSED ? d.refusalReason().strip() : null;
            String id;
            if (d.id() == null) {
                editableVisit(c, d.visitId());
                int order = signoff.signaturesOf(c, d.visitId()).stream().mapToInt(Signature::sortOrder).max()
                        .orElse(0) + 1;
                id = signoff.insertSignature(c, new Signature(null, d.visitId(), d.role(), d.fullName().strip(),
                        blankToNull(d.position()), status, reason, status == SignatureStatus.SIGNED ? now() : null,
                        order, 0));
                return findSignature(c, id).orElseThrow();
            }
            Signature current = findSignature(c, d.id()).orElseThrow(() -> new AppException("error.signoff.notFound"));
            editableVisit(c, current.visitId());
            LocalDateTime signedAt = status != SignatureStatus.SIGNED ? null
                    : current.signedAt() != null ? current.signedAt() : now();
            signoff.updateSignature(c, new Signature(current.id(), current.visitId(), d.role(), d.fullName().strip(),
                    blankToNull(d.position()), status, reason, signedAt, current.sortOrder(), 0));
            return findSignature(c, current.id()).orElseThrow();
        });
    }

    public void removeSignature(String id) {
        write(c -> {
            Signature s = findSignature(c, id).orElseThrow(() -> new AppException("error.signoff.notFound"));
            editableVisit(c, s.visitId());
            return signoff.deleteSignature(c, id);
        });
    }

    /**
     * Adds as pending signers the unit's representatives and the inspectors present (Trưởng đoàn, thư ký,
     * members), in the order the minutes print them, skipping anyone already listed. Returns all signers.
     */
    public List<Signature> addSignersFromVisit(String visitId) {
        return write(c -> {
            editableVisit(c, visitId);
            List<Signature> existing = signoff.signaturesOf(c, visitId);
            Set<String> listed = new HashSet<>();
            for (Signature s : existing) {
                listed.add(key(s.role(), s.fullName()));
            }
            int order = existing.stream().mapToInt(Signature::sortOrder).max().orElse(0);
            List<Signature> toAdd = new ArrayList<>();
            for (VisitRepresentative r : visits.representativesOf(c, visitId)) {
                toAdd.add(new Signature(null, visitId, SignerRole.UNIT_REPRESENTATIVE, r.fullName(), r.position(),
                        SignatureStatus.PENDING, null, null, 0, 0));
            }
            List<VisitInspector> present = visits.inspectorsOf(c, visitId).stream().filter(VisitInspector::present)
                    .toList();
            for (TeamRole role : List.of(TeamRole.LEAD, TeamRole.SECRETARY, TeamRole.DEPUTY, TeamRole.MEMBER)) {
                for (VisitInspector i : present) {
                    if (i.role() == role) {
                        toAdd.add(new Signature(null, visitId, signerRole(role), i.fullName(), null,
                                SignatureStatus.PENDING, null, null, 0, 0));
                    }
                }
            }
            for (Signature s : toAdd) {
                if (listed.add(key(s.role(), s.fullName()))) {
                    signoff.insertSignature(c, new Signature(null, visitId, s.role(), s.fullName(), s.position(),
                            s.status(), null, null, ++order, 0));
                }
            }
            return signoff.signaturesOf(c, visitId);
        });
    }

    private static SignerRole signerRole(TeamRole role) {
        return switch (role) {
            case LEAD -> SignerRole.TEAM_LEAD;
            case SECRETARY -> SignerRole.SECRETARY;
            case DEPUTY, MEMBER -> SignerRole.MEMBER;
        };
    }

    private static String key(SignerRole role, String name) {
        return role + "|" + (name == null ? "" : name.strip().toLowerCase(Locale.ROOT));
    }

    // --- end of the visit ----------------------------------------------------------------------------

    /** What is wrong with {@code endedAt} as the end of {@code visit}; empty when it can be saved. */
    public static List<FieldProblem> checkEnd(Visit visit, LocalDateTime endedAt) {
        List<FieldProblem> problems = new ArrayList<>();
        if (endedAt == null) {
            if (visit.status() != VisitStatus.IN_PROGRESS) {
                problems.add(new FieldProblem(ENDED_AT, "error.signoff.endMissing"));
            }
        } else if (visit.startedAt() != null && endedAt.isBefore(visit.startedAt())) {
            problems.add(new FieldProblem(ENDED_AT, "error.signoff.endBeforeStart", TIME.format(visit.startedAt())));
        }
        return problems;
    }

    /** Records (or, while the visit is in progress, clears) its end time. */
    public Visit setEndTime(String visitId, LocalDateTime endedAt) {
        return write(c -> {
            Visit v = editableVisit(c, visitId);
            FieldProblem.refuseIfAny(checkEnd(v, endedAt));
            visits.update(c, with(v, endedAt, v.status()));
            return visit(c, visitId);
        });
    }

    /** Kết thúc kiểm tra: sets the end time ({@code endedAt}, or now when null) and the status "ended". */
    public Visit complete(String visitId, LocalDateTime endedAt) {
        LocalDateTime end = endedAt != null ? endedAt : now();
        return write(c -> {
            Visit v = editableVisit(c, visitId);
            FieldProblem.refuseIfAny(checkEnd(v, end));
            visits.update(c, with(v, end, VisitStatus.COMPLETED));
            return visit(c, visitId);
        });
    }

    private static Visit with(Visit v, LocalDateTime endedAt, VisitStatus status) {
        return new Visit(v.id(), v.planId(), v.teamId(), v.unitId(), v.counterId(), v.templateId(), v.visitDate(),
                v.startedAt(), endedAt == null ? null : endedAt.truncatedTo(ChronoUnit.MINUTES), v.surprise(), v.place(),
                v.minutesNumber(), status, v.overallNote(), 0);
    }

    // --- helpers -------------------------------------------------------------------------------------

    private Optional<Signature> findSignature(Connection c, String id) throws SQLException {
        return VisitGuard.record(c, Table.SIGNATURES, id, signoff::signaturesOf, Signature::id);
    }

    private Visit visit(Connection c, String visitId) throws SQLException {
        return VisitGuard.existing(visits, c, visitId);
    }

    private Visit editableVisit(Connection c, String visitId) throws SQLException {
        return VisitGuard.editable(visits, c, visitId);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private <T> T read(SqlWork<T> work) {
        try {
            return db.read(work);
        } catch (StoreException e) {
            throw StoreErrors.toAppException(e, db.file());
        }
    }

    private <T> T write(SqlWork<T> work) {
        try {
            return db.write(work);
        } catch (StoreException e) {
            throw StoreErrors.toAppException(e, db.file());
        }
    }
}
