package vn.congvu.app;

import vn.congvu.domain.Answer;
import vn.congvu.domain.ChecklistTemplate;
import vn.congvu.domain.CorrectiveAction;
import vn.congvu.domain.Criterion;
import vn.congvu.domain.Recommendation;
import vn.congvu.domain.Result;
import vn.congvu.domain.TeamRole;
import vn.congvu.domain.Unit;
import vn.congvu.domain.Visit;
import vn.congvu.domain.VisitInspector;
import vn.congvu.domain.VisitRepresentative;
import vn.congvu.domain.VisitStatus;
import vn.congvu.store.AnswerRepository;
import vn.congvu.store.Database;
import vn.congvu.store.FollowUpRepository;
import vn.congvu.store.UnitRepository;
import vn.congvu.store.Sql;
import vn.congvu.store.Table;
import vn.congvu.store.TemplateRepository;
import vn.congvu.store.VisitRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Visits and what is recorded in them. */
public final class VisitService {

    private final Database db;
    private final VisitRepository visits;
    private final TemplateRepository templates;
    private final AnswerRepository answers;
    private final UnitRepository units;
    private final FollowUpRepository followUps;

    VisitService(Database db, VisitRepository visits, TemplateRepository templates, AnswerRepository answers,
                 UnitRepository units, FollowUpRepository followUps) {
        this.db = db;
        this.visits = visits;
        this.templates = templates;
        this.answers = answers;
        this.units = units;
        this.followUps = followUps;
    }

    /**
     * Starts a visit on the checklist in use, with the inspectors and the unit's representatives, in one
     * transaction. The visit keeps this checklist version for good.
     */
    public Visit start(StartVisitRequest request) {
        if (request.unitId() == null) {
            throw new AppException("error.visit.unitMissing");
        }
        if (request.startedAt() == null) {
            throw new AppException("error.visit.startMissing");
        }
        for (StartVisitRequest.Representative r : request.representatives()) {
            if (r.fullName() == null || r.fullName().isBlank()) {
                throw new AppException("error.visit.representativeNameMissing");
            }
        }
        return db.write(c -> {
            Unit unit = units.find(c, request.unitId())
                    .orElseThrow(() -> new AppException("error.unit.notFound", request.unitId()));
            ChecklistTemplate template = templates.currentTemplate(c)
                    .orElseThrow(() -> new AppException("error.template.none"));
            String id = visits.insert(c, new Visit(null, request.planId(), request.teamId(), unit.id(), null,
                    template.id(), request.startedAt().toLocalDate(), request.startedAt(), null, request.surprise(),
                    blankToNull(request.place()), null, VisitStatus.IN_PROGRESS, null, 0));
            for (StartVisitRequest.Inspector i : request.inspectors()) {
                if (i.fullName() != null && !i.fullName().isBlank()) {
                    visits.insertInspector(c, new VisitInspector(null, id, i.memberId(), i.fullName().trim(),
                            i.role() == null ? TeamRole.MEMBER : i.role(), i.present(), 0));
                }
            }
            int order = 0;
            for (StartVisitRequest.Representative r : request.representatives()) {
                visits.insertRepresentative(c, new VisitRepresentative(null, id, r.fullName().trim(),
                        blankToNull(r.position()), ++order, 0));
            }
            return visits.find(c, id).orElseThrow();
        });
    }

    /** What earlier visits to the unit left open (empty for a unit never visited). */
    public UnitHistory history(String unitId, String excludingVisitId) {
        return db.read(c -> {
            Visit last = null;
            for (Visit v : visits.listByUnit(c, unitId)) {
                if (!v.id().equals(excludingVisitId)) {
                    last = v;
                    break;
                }
            }
            List<UnitHistory.Failure> failures = new ArrayList<>();
            if (last != null) {
                Map<String, Criterion> criteria = new HashMap<>();
                for (Criterion cr : templates.criteriaOf(c, last.templateId())) {
                    criteria.put(cr.id(), cr);
                }
                for (Answer a : answers.answersOf(c, last.id())) {
                    Criterion cr = criteria.get(a.criterionId());
                    if (a.result() == Result.FAIL && cr != null) {
                        failures.add(new UnitHistory.Failure(cr.code(), cr.text(), a.note()));
                    }
                }
                failures.sort(Comparator.comparing(UnitHistory.Failure::criterionCode, CODE_ORDER));
            }
            List<Recommendation> recs = followUps.openRecommendationsOfUnit(c, unitId).stream()
                    .filter(r -> !r.visitId().equals(excludingVisitId)).toList();
            List<CorrectiveAction> actions = followUps.openActionsOfUnit(c, unitId).stream()
                    .filter(a -> !a.visitId().equals(excludingVisitId)).toList();
            return new UnitHistory(last == null ? null : last.id(), last == null ? null : last.visitDate(), failures,
                    recs, actions);
        });
    }

    /** "1.10" after "1.9": criterion codes compared number by number. */
    static final Comparator<String> CODE_ORDER = (a, b) -> {
        String[] pa = a.split("\\.");
        String[] pb = b.split("\\.");
        for (int i = 0; i < Math.min(pa.length, pb.length); i++) {
            int c;
            try {
                c = Integer.compare(Integer.parseInt(pa[i]), Integer.parseInt(pb[i]));
            } catch (NumberFormatException e) {
                c = pa[i].compareTo(pb[i]);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(pa.length, pb.length);
    };

    /** A line of a list of visits. */
    public record VisitRow(String id, String planId, String unitId, String unitName, LocalDate date,
                           VisitStatus status) {
    }

    /** Live visits, newest first; those of one plan when {@code planId} is given. */
    public List<VisitRow> list(String planId) {
        return rows(planId, Integer.MAX_VALUE);
    }

    /** The {@code limit} visits made last. */
    public List<VisitRow> recent(int limit) {
        return rows(null, limit);
    }

    private List<VisitRow> rows(String planId, int limit) {
        List<Object> params = new ArrayList<>();
        if (planId != null) {
            params.add(planId);
        }
        params.add(limit);
        return db.read(c -> Sql.query(c, "SELECT v.id, v.plan_id, v.unit_id, v.visit_date, v.status, u.kind, u.name"
                        + " FROM visits v JOIN units u ON u.id = v.unit_id WHERE v.deleted = 0"
                        + (planId != null ? " AND v.plan_id = ?" : "")
                        + " ORDER BY v.visit_date DESC, v.started_at DESC LIMIT ?",
                rs -> new VisitRow(rs.getString("id"), rs.getString("plan_id"), rs.getString("unit_id"),
                        UnitNames.of(rs.getString("kind"), rs.getString("name")), Sql.date(rs, "visit_date"),
                        VisitStatus.valueOf(rs.getString("status"))), params.toArray()));
    }

    /** The visit with this id, or with the one id starting with it. */
    public Visit resolve(String idOrPrefix) {
        return db.read(c -> {
            String id = Ids.resolve(Sql.liveIdsStartingWith(c, Table.VISITS, idOrPrefix.trim(), 2), idOrPrefix,
                    "error.visit.notFound", "error.visit.ambiguous");
            return visits.find(c, id).orElseThrow();
        });
    }

    /**
     * Records the verdict on one criterion, as the visit workspace does: audited, revision counted. The
     * note is kept as it was when {@code note} is null.
     */
    public Answer answer(String visitIdOrPrefix, String criterionCode, Result result, String note) {
        return db.write(c -> {
            // a whole id (as the app and scripts pass) is found directly; a prefix is resolved as usual
            Visit visit = visits.find(c, visitIdOrPrefix.trim()).orElse(null);
            if (visit == null) {
                String id = Ids.resolve(Sql.liveIdsStartingWith(c, Table.VISITS, visitIdOrPrefix.trim(), 2),
                        visitIdOrPrefix, "error.visit.notFound", "error.visit.ambiguous");
                visit = visits.find(c, id).orElseThrow();
            }
            if (visit.status() == VisitStatus.FINALISED) {
                throw new AppException("error.visit.finalised");
            }
            Criterion criterion = templates.findCriterionByCode(c, visit.templateId(), criterionCode.trim())
                    .orElseThrow(() -> new AppException("error.criterion.notFound", criterionCode));
            var loaded = answers.findCurrent(c, visit.id(), criterion.id());
            Answer current = loaded.map(AnswerRepository.Current::answer).orElse(null);
            Answer next = current == null
                    ? new Answer(null, visit.id(), criterion.id(), result, null, null, null, blankToNull(note), null, 0)
                    : new Answer(current.id(), visit.id(), criterion.id(), result, current.value1(), current.value2(),
                    current.choice(), note == null ? current.note() : blankToNull(note), current.severity(),
                    current.revision());
            return answers.save(c, next, loaded);
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
