package vn.congvu.app.visit;

import vn.congvu.app.AppException;
import vn.congvu.app.CalendarService;
import vn.congvu.app.StoreErrors;
import vn.congvu.app.UnitHistory;
import vn.congvu.app.UnitNames;
import vn.congvu.app.VisitService;
import vn.congvu.domain.Answer;
import vn.congvu.domain.ChecklistGroup;
import vn.congvu.domain.ChecklistTemplate;
import vn.congvu.domain.Criterion;
import vn.congvu.domain.Dossier;
import vn.congvu.domain.Evidence;
import vn.congvu.domain.Official;
import vn.congvu.domain.Plan;
import vn.congvu.domain.Unit;
import vn.congvu.domain.Visit;
import vn.congvu.domain.VisitStatus;
import vn.congvu.domain.scoring.GradeScale;
import vn.congvu.domain.scoring.VisitScore;
import vn.congvu.domain.scoring.VisitScorer;
import vn.congvu.store.AnswerRepository;
import vn.congvu.store.Database;
import vn.congvu.store.DossierRepository;
import vn.congvu.store.EvidenceRepository;
import vn.congvu.store.OfficialRepository;
import vn.congvu.store.PlanRepository;
import vn.congvu.store.StoreException;
import vn.congvu.store.TemplateRepository;
import vn.congvu.store.UnitRepository;
import vn.congvu.store.VisitRepository;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the visit workspace reads and writes while a visit is recorded: the whole visit in one read, and one
 * transaction per edit (an answer, an official, a dossier, the start time). Every write checks its input
 * first and refuses it with an {@link AppException} naming the problem; nothing is written then.
 */
public final class VisitRecordingService {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Database db;
    private final VisitRepository visits;
    private final TemplateRepository templates;
    private final AnswerRepository answers;
    private final OfficialRepository officials;
    private final DossierRepository dossiers;
    private final EvidenceRepository evidence;
    private final UnitRepository units;
    private final PlanRepository plans;
    private final VisitService visitService;
    private final CalendarService calendar;

    public VisitRecordingService(Database db, VisitRepository visits, TemplateRepository templates,
                                 AnswerRepository answers, OfficialRepository officials, DossierRepository dossiers,
                                 EvidenceRepository evidence, UnitRepository units, PlanRepository plans,
                                 VisitService visitService, CalendarService calendar) {
        this.db = db;
        this.visits = visits;
        this.templates = templates;
        this.answers = answers;
        this.officials = officials;
        this.dossiers = dossiers;
        this.evidence = evidence;
        this.units = units;
        this.plans = plans;
        this.visitService = visitService;
        this.calendar = calendar;
    }

    /** The due-date rules as this laptop knows them (read once, then kept in memory). */
    public DossierRules dossierRules() {
        return guarded(() -> new DossierRules(calendar.calculator()));
    }

    /**
     * The visit with everything its tabs need: one snapshot of the visit and its records, then what earlier
     * visits to the unit left open.
     */
    public VisitRecord load(String visitId) {
        DossierRules rules = dossierRules();
        return guarded(() -> {
            VisitRecord partial = db.read(c -> {
                Visit visit = visits.find(c, visitId).orElseThrow(() -> new AppException("error.visit.notFound",
                        visitId));
                Unit unit = units.find(c, visit.unitId()).orElseThrow(() -> new AppException("error.unit.notFound",
                        visit.unitId()));
                Plan plan = visit.planId() == null ? null : plans.findPlan(c, visit.planId()).orElse(null);
                ChecklistTemplate template = templates.findTemplate(c, visit.templateId())
                        .orElseThrow(() -> new AppException("error.template.notFound", visit.templateId()));
                return new VisitRecord(visit, unit, UnitNames.of(unit), plan, template,
                        templates.groupsOf(c, template.id()), templates.criteriaOf(c, template.id()),
                        answers.answersOf(c, visit.id()), officials.officialsOf(c, visit.id()),
                        dossiers.dossiersOf(c, visit.id()), evidence.evidenceOf(c, visit.id()),
                        visits.inspectorsOf(c, visit.id()), visits.representativesOf(c, visit.id()), null, rules);
            });
            UnitHistory history = visitService.history(partial.visit().unitId(), partial.visit().id());
            return new VisitRecord(partial.visit(), partial.unit(), partial.unitName(), partial.plan(),
                    partial.template(), partial.groups(), partial.criteria(), partial.answers(), partial.officials(),
                    partial.dossiers(), partial.evidence(), partial.inspectors(), partial.representatives(), history,
                    rules);
        });
    }

    /** The criteria of the visit that have at least one piece of evidence linked to them. */
    public Set<String> criteriaWithEvidence(String visitId) {
        return guarded(() -> db.read(c -> {
            Set<String> ids = new LinkedHashSet<>();
            for (Evidence e : evidence.evidenceOf(c, visitId)) {
                if (e.criterionId() != null) {
                    ids.add(e.criterionId());
                }
            }
            return ids;
        }));
    }

    /** Saves the answer to one criterion of the visit's own checklist version; returns it as stored. */
    public Answer saveAnswer(String visitId, String criterionId, AnswerInput in) {
        return guarded(() -> db.write(c -> {
            Visit visit = editableVisit(c, visitId);
            Criterion criterion = templates.findCriterion(c, visit.templateId(), criterionId)
                    .orElseThrow(() -> new AppException("error.criterion.notFound", criterionId));
            List<AnswerRules.Issue> issues = AnswerRules.check(criterion, in);
            if (!issues.isEmpty()) {
                throw new AppException(issues.get(0).key(), issues.get(0).argArray());
            }
            return answers.save(c, new Answer(null, visit.id(), criterion.id(), in.result(), in.value1(), in.value2(),
                    in.choice(), blankToNull(in.note()), in.severity(), 0));
        }));
    }

    /** Adds ({@code officialId} null) or changes an official on duty; returns the official as stored. */
    public Official saveOfficial(String visitId, String officialId, OfficialInput in) {
        if (in.fullName() == null || in.fullName().isBlank()) {
            throw new AppException("error.official.nameMissing");
        }
        return guarded(() -> db.write(c -> {
            Visit visit = editableVisit(c, visitId);
            Official o = new Official(officialId, visit.id(), in.fullName().trim(), blankToNull(in.position()),
                    in.badgeWorn(), in.dressOk(), in.presentAtPost(), in.attitude(), blankToNull(in.note()),
                    in.sortOrder(), 0);
            String id = officialId;
            if (id == null) {
                id = officials.insert(c, o);
            } else {
                officialOf(c, visit.id(), id);
                officials.update(c, o);
            }
            return officialOf(c, visit.id(), id);
        }));
    }

    public void deleteOfficial(String visitId, String officialId) {
        guarded(() -> db.write(c -> {
            Visit visit = editableVisit(c, visitId);
            officialOf(c, visit.id(), officialId);
            return officials.delete(c, officialId);
        }));
    }

    /**
     * Adds ({@code dossierId} null) or changes a sampled dossier, with the due date the working-day rules give.
     * Refused, writing nothing, when the rules find an error (see {@link DossierRules}).
     */
    public Dossier saveDossier(String visitId, String dossierId, DossierInput in) {
        DossierRules rules = dossierRules();
        return guarded(() -> db.write(c -> {
            Visit visit = editableVisit(c, visitId);
            DossierRules.Evaluation eval = rules.evaluate(in, visit.visitDate());
            DossierIssue error = eval.firstError().orElse(null);
            if (error != null) {
                throw new AppException(error.key(), error.argArray());
            }
            String id = dossierId;
            if (id == null) {
                id = dossiers.insert(c, DossierRules.toDossier(null, visit.id(), in, eval.dueDate(), 0));
            } else {
                dossierOf(c, visit.id(), id);
                dossiers.update(c, DossierRules.toDossier(id, visit.id(), in, eval.dueDate(), 0));
            }
            return dossierOf(c, visit.id(), id);
        }));
    }

    public void deleteDossier(String visitId, String dossierId) {
        guarded(() -> db.write(c -> {
            Visit visit = editableVisit(c, visitId);
            dossierOf(c, visit.id(), dossierId);
            return dossiers.delete(c, dossierId);
        }));
    }

    /** Changes when the visit started (and so its date); refused after its end, when an end is recorded. */
    public Visit setStartTime(String visitId, LocalDateTime startedAt) {
        if (startedAt == null) {
            throw new AppException("error.visit.startMissing");
        }
        return guarded(() -> db.write(c -> {
            Visit v = editableVisit(c, visitId);
            if (v.endedAt() != null && startedAt.isAfter(v.endedAt())) {
                throw new AppException("error.visit.startAfterEnd", TIME.format(startedAt), TIME.format(v.endedAt()));
            }
            visits.update(c, new Visit(v.id(), v.planId(), v.teamId(), v.unitId(), v.counterId(), v.templateId(),
                    startedAt.toLocalDate(), startedAt, v.endedAt(), v.surprise(), v.place(), v.minutesNumber(),
                    v.status(), v.overallNote(), 0));
            return visits.find(c, v.id()).orElseThrow();
        }));
    }

    /** The live figures of a visit from what has been saved (pure computation once the calendar is loaded). */
    public VisitScore score(List<Criterion> criteria, List<ChecklistGroup> groups, List<Answer> answerList,
                            List<Official> officialList, List<Dossier> dossierList, LocalDate asOf) {
        VisitScorer scorer = new VisitScorer(guarded(calendar::calendar), GradeScale.DEFAULT);
        return scorer.score(criteria, groups, answerList, officialList, dossierList, asOf);
    }

    private Visit editableVisit(Connection c, String visitId) throws SQLException {
        Visit visit = visits.find(c, visitId).orElseThrow(() -> new AppException("error.visit.notFound", visitId));
        if (visit.status() == VisitStatus.FINALISED) {
            throw new AppException("error.visit.finalised");
        }
        return visit;
    }

    private Official officialOf(Connection c, String visitId, String id) throws SQLException {
        return officials.officialsOf(c, visitId).stream().filter(o -> o.id().equals(id)).findFirst()
                .orElseThrow(() -> new AppException("error.official.notFound", id));
    }

    private Dossier dossierOf(Connection c, String visitId, String id) throws SQLException {
        return dossiers.dossiersOf(c, visitId).stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new AppException("error.dossier.notFound", id));
    }

    /** The store's failures (disk full, file locked, …) as messages the user can read. */
    private <T> T guarded(Supplier<T> work) {
        try {
            return work.get();
        } catch (StoreException e) {
            throw StoreErrors.toAppException(e, db.file());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
