package vn.congvu.app.followup;

import vn.congvu.app.AppException;
import vn.congvu.app.FieldProblem;
import vn.congvu.app.StoreErrors;
import vn.congvu.app.visit.VisitGuard;
import vn.congvu.domain.ActionStatus;
import vn.congvu.domain.CorrectiveAction;
import vn.congvu.domain.Criterion;
import vn.congvu.domain.Recommendation;
import vn.congvu.domain.Visit;
import vn.congvu.store.Database;
import vn.congvu.store.FollowUpRepository;
import vn.congvu.store.SqlWork;
import vn.congvu.store.StoreException;
import vn.congvu.store.Table;
import vn.congvu.store.TemplateRepository;
import vn.congvu.store.VisitRepository;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Kiến nghị made at a visit and the biện pháp khắc phục the unit must take for each, with deadlines. The
 * next visit to the unit shows those still open (see {@code VisitService.history}).
 */
public final class FollowUpService {

    /** Dates in messages, as Vietnamese documents write them. */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Everything the recommendations tab shows for a visit. */
    public record Sheet(Visit visit, List<Criterion> criteria, List<Recommendation> recommendations,
                        List<CorrectiveAction> actions) {

        public List<CorrectiveAction> actionsOf(String recommendationId) {
            return actions.stream().filter(a -> a.recommendationId().equals(recommendationId)).toList();
        }
    }

    /** A recommendation as typed; {@code id} null for a new one. */
    public record RecommendationDraft(String id, String visitId, String text, String criterionId, LocalDate deadline,
                                      ActionStatus status) {
    }

    /** A corrective action as typed; {@code id} null for a new one. */
    public record ActionDraft(String id, String recommendationId, String text, String responsible, LocalDate deadline,
                              ActionStatus status, LocalDate completedOn) {
    }

    public static final String TEXT = "text";
    public static final String CRITERION = "criterion";
    public static final String DEADLINE = "deadline";
    public static final String COMPLETED_ON = "completedOn";

    private final Database db;
    private final FollowUpRepository followUps;
    private final VisitRepository visits;
    private final TemplateRepository templates;
    private final Clock clock;

    public FollowUpService(Database db, FollowUpRepository followUps, VisitRepository visits,
                           TemplateRepository templates, Clock clock) {
        this.db = db;
        this.followUps = followUps;
        this.visits = visits;
        this.templates = templates;
        this.clock = clock;
    }

    /** Whether something still to be done is past its deadline on {@code today}. */
    public static boolean overdue(LocalDate deadline, ActionStatus status, LocalDate today) {
        return deadline != null && (status == null || status.isOpen()) && deadline.isBefore(today);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Sheet sheet(String visitId) {
        return read(c -> {
            Visit v = visit(c, visitId);
            return new Sheet(v, templates.criteriaOf(c, v.templateId()), followUps.recommendationsOf(c, visitId),
                    followUps.actionsOfVisit(c, visitId));
        });
    }

    // --- rules ---------------------------------------------------------------------------------------

    /** What is wrong with a recommendation of a visit made on {@code visitDate}; empty when it can be saved. */
    public static List<FieldProblem> check(RecommendationDraft d, LocalDate visitDate) {
        List<FieldProblem> problems = new ArrayList<>();
        if (d.text() == null || d.text().isBlank()) {
            problems.add(new FieldProblem(TEXT, "error.followup.recommendationTextMissing"));
        }
        if (d.deadline() != null && visitDate != null && d.deadline().isBefore(visitDate)) {
            problems.add(new FieldProblem(DEADLINE, "error.followup.deadlineBeforeVisit", DAY.format(visitDate)));
        }
        return problems;
    }

    /** What is wrong with a corrective action; empty when it can be saved. */
    public static List<FieldProblem> check(ActionDraft d, LocalDate visitDate, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (d.text() == null || d.text().isBlank()) {
            problems.add(new FieldProblem(TEXT, "error.followup.actionTextMissing"));
        }
        if (d.deadline() != null && visitDate != null && d.deadline().isBefore(visitDate)) {
            problems.add(new FieldProblem(DEADLINE, "error.followup.deadlineBeforeVisit", DAY.format(visitDate)));
        }
        if (d.completedOn() != null) {
            if (visitDate != null && d.completedOn().isBefore(visitDate)) {
                problems.add(new FieldProblem(COMPLETED_ON, "error.followup.completedBeforeVisit",
                        DAY.format(visitDate)));
            } else if (d.completedOn().isAfter(today)) {
                problems.add(new FieldProblem(COMPLETED_ON, "error.followup.completedInFuture"));
            } else if (d.status() != ActionStatus.DONE) {
                problems.add(new FieldProblem(COMPLETED_ON, "error.followup.completedNotDone"));
            }
        }
        return problems;
    }

    // --- recommendations -----------------------------------------------------------------------------

    /** Adds ({@code id} null) or changes a recommendation. Refused with the first problem of {@link #check}. */
    public Recommendation saveRecommendation(RecommendationDraft d) {
        return write(c -> {
            Visit v;
            Recommendation current = null;
            if (d.id() == null) {
                v = editableVisit(c, d.visitId());
            } else {
                current = findRecommendation(c, d.id())
                        .orElseThrow(() -> new AppException("error.followup.notFound"));
                v = editableVisit(c, current.visitId());
            }
            FieldProblem.refuseIfAny(check(d, v.visitDate()));
            if (d.criterionId() != null && templates.criteriaOf(c, v.templateId()).stream()
                    .noneMatch(cr -> cr.id().equals(d.criterionId()))) {
                throw new AppException("error.followup.criterionNotInVisit");
            }
            ActionStatus status = d.status() == null ? ActionStatus.OPEN : d.status();
            String id;
            if (current == null) {
                int order = followUps.recommendationsOf(c, v.id()).stream()
                        .mapToInt(Recommendation::sortOrder).max().orElse(0) + 1;
                id = followUps.insertRecommendation(c, new Recommendation(null, v.id(), v.unitId(), d.criterionId(),
                        d.text().strip(), d.deadline(), status, order, 0));
            } else {
                id = current.id();
                followUps.updateRecommendation(c, new Recommendation(id, current.visitId(), current.unitId(),
                        d.criterionId(), d.text().strip(), d.deadline(), status, current.sortOrder(), 0));
            }
            return findRecommendation(c, id).orElseThrow();
        });
    }

    /** Removes a recommendation and its corrective actions (as tombstones). */
    public void removeRecommendation(String id) {
        write(c -> {
            Recommendation r = findRecommendation(c, id).orElseThrow(() -> new AppException("error.followup.notFound"));
            editableVisit(c, r.visitId());
            for (CorrectiveAction a : followUps.actionsOfVisit(c, r.visitId())) {
                if (a.recommendationId().equals(id)) {
                    followUps.deleteAction(c, a.id());
                }
            }
            return followUps.deleteRecommendation(c, id);
        });
    }

    // --- corrective actions --------------------------------------------------------------------------

    /** Adds ({@code id} null) or changes a corrective action. Refused with the first problem of {@link #check}. */
    public CorrectiveAction saveAction(ActionDraft d) {
        return write(c -> {
            Recommendation r = findRecommendation(c, d.recommendationId())
                    .orElseThrow(() -> new AppException("error.followup.notFound"));
            Visit v = editableVisit(c, r.visitId());
            FieldProblem.refuseIfAny(check(d, v.visitDate(), today()));
            ActionStatus status = d.status() == null ? ActionStatus.OPEN : d.status();
            String responsible = d.responsible() == null || d.responsible().isBlank() ? null : d.responsible().strip();
            String id;
            if (d.id() == null) {
                id = followUps.insertAction(c, new CorrectiveAction(null, r.id(), r.visitId(), r.unitId(),
                        d.text().strip(), responsible, d.deadline(), status, d.completedOn(), null, null, 0));
            } else {
                CorrectiveAction current = findAction(c, d.id())
                        .orElseThrow(() -> new AppException("error.followup.notFound"));
                if (!current.recommendationId().equals(r.id())) {
                    throw new AppException("error.followup.notFound");
                }
                id = current.id();
                followUps.updateAction(c, new CorrectiveAction(id, r.id(), current.visitId(), current.unitId(),
                        d.text().strip(), responsible, d.deadline(), status, d.completedOn(), current.verifiedVisitId(),
                        current.note(), 0));
            }
            return findAction(c, id).orElseThrow();
        });
    }

    public void removeAction(String id) {
        write(c -> {
            CorrectiveAction a = findAction(c, id).orElseThrow(() -> new AppException("error.followup.notFound"));
            editableVisit(c, a.visitId());
            return followUps.deleteAction(c, id);
        });
    }

    // --- helpers -------------------------------------------------------------------------------------

    private Optional<Recommendation> findRecommendation(Connection c, String id) throws SQLException {
        return VisitGuard.record(c, Table.RECOMMENDATIONS, id, followUps::recommendationsOf, Recommendation::id);
    }

    private Optional<CorrectiveAction> findAction(Connection c, String id) throws SQLException {
        return VisitGuard.record(c, Table.CORRECTIVE_ACTIONS, id, followUps::actionsOfVisit, CorrectiveAction::id);
    }

    private Visit visit(Connection c, String visitId) throws SQLException {
        return VisitGuard.existing(visits, c, visitId);
    }

    private Visit editableVisit(Connection c, String visitId) throws SQLException {
        return VisitGuard.editable(visits, c, visitId);
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
