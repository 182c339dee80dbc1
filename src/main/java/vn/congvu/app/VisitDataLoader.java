package vn.congvu.app;

import vn.congvu.domain.Answer;
import vn.congvu.domain.ChecklistGroup;
import vn.congvu.domain.Criterion;
import vn.congvu.domain.Dossier;
import vn.congvu.domain.Official;
import vn.congvu.domain.Unit;
import vn.congvu.domain.Visit;
import vn.congvu.store.AnswerRepository;
import vn.congvu.store.DossierRepository;
import vn.congvu.store.OfficialRepository;
import vn.congvu.store.TemplateRepository;
import vn.congvu.store.UnitRepository;
import vn.congvu.store.VisitRepository;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Loads many visits with everything needed to score them in a handful of queries (one per table), not
 * one per visit: a plan of thousands of visits loads in the time of a few scans.
 */
final class VisitDataLoader {

    private final VisitRepository visits;
    private final UnitRepository units;
    private final TemplateRepository templates;
    private final AnswerRepository answers;
    private final OfficialRepository officials;
    private final DossierRepository dossiers;

    VisitDataLoader(Workspace ws) {
        this.visits = ws.visitRepository();
        this.units = ws.unitRepository();
        this.templates = ws.templateRepository();
        this.answers = ws.answerRepository();
        this.officials = ws.officialRepository();
        this.dossiers = ws.dossierRepository();
    }

    /** The live visits of a plan (all visits when {@code planId} is null), oldest first. */
    List<VisitData> load(Connection c, String planId) throws SQLException {
        List<Visit> found = planId == null ? visits.listAll(c) : visits.listByPlan(c, planId);
        Map<String, List<Answer>> answersByVisit = group(answers.answersOfPlan(c, planId), Answer::visitId);
        Map<String, List<Official>> officialsByVisit = group(officials.officialsOfPlan(c, planId), Official::visitId);
        Map<String, List<Dossier>> dossiersByVisit = group(dossiers.dossiersOfPlan(c, planId), Dossier::visitId);
        Map<String, Unit> unitById = new HashMap<>();
        for (Unit u : units.listLive(c)) {
            unitById.put(u.id(), u);
        }
        Map<String, List<ChecklistGroup>> groupsByTemplate = new HashMap<>();
        Map<String, List<Criterion>> criteriaByTemplate = new HashMap<>();
        List<VisitData> out = new ArrayList<>(found.size());
        for (int i = found.size() - 1; i >= 0; i--) {
            Visit v = found.get(i);
            List<ChecklistGroup> groups = groupsByTemplate.get(v.templateId());
            if (groups == null) {
                groups = templates.groupsOf(c, v.templateId());
                groupsByTemplate.put(v.templateId(), groups);
                criteriaByTemplate.put(v.templateId(), templates.criteriaOf(c, v.templateId()));
            }
            out.add(new VisitData(v, unitById.get(v.unitId()), groups, criteriaByTemplate.get(v.templateId()),
                    answersByVisit.getOrDefault(v.id(), List.of()), officialsByVisit.getOrDefault(v.id(), List.of()),
                    dossiersByVisit.getOrDefault(v.id(), List.of())));
        }
        return out;
    }

    private static <T> Map<String, List<T>> group(List<T> rows, Function<T, String> key) {
        Map<String, List<T>> out = new HashMap<>();
        for (T row : rows) {
            out.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row);
        }
        return out;
    }
}
