package vn.congvu.app.export;

import vn.congvu.app.Workspace;
import vn.congvu.domain.PlanUnit;
import vn.congvu.domain.Visit;
import vn.congvu.domain.scoring.GradeScale;
import vn.congvu.domain.scoring.PlanScore;
import vn.congvu.domain.scoring.ScoredVisit;
import vn.congvu.domain.scoring.VisitScore;
import vn.congvu.domain.scoring.VisitScorer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures the documents must show, computed independently of the export code: each visit read through the
 * repositories and scored by {@link VisitScorer}, the plan summed by {@link PlanScore}.
 */
final class ScoresFromStore {

    private ScoresFromStore() {
    }

    static VisitScore visit(Workspace ws, Visit v) {
        var t = ws.templates().content(v.templateId());
        return ws.db().read(c -> new VisitScorer(ws.calendar().calendar(), GradeScale.DEFAULT).score(t.criteria(),
                t.groups(), ws.answerRepository().answersOf(c, v.id()), ws.officialRepository().officialsOf(c, v.id()),
                ws.dossierRepository().dossiersOf(c, v.id()), v.visitDate()));
    }

    /** Every visit of the plan (or all visits for null), by id. */
    static Map<String, VisitScore> visits(Workspace ws, String planId) {
        List<Visit> visits = ws.db().read(c -> planId == null ? ws.visitRepository().listAll(c)
                : ws.visitRepository().listByPlan(c, planId));
        Map<String, VisitScore> out = new LinkedHashMap<>();
        visits.forEach(v -> out.put(v.id(), visit(ws, v)));
        return out;
    }

    static PlanScore plan(Workspace ws, String planId) {
        List<Visit> visits = ws.db().read(c -> planId == null ? ws.visitRepository().listAll(c)
                : ws.visitRepository().listByPlan(c, planId));
        List<ScoredVisit> scored = new ArrayList<>();
        visits.forEach(v -> scored.add(new ScoredVisit(v.unitId(), visit(ws, v))));
        if (planId == null) {
            return PlanScore.of(scored, 0);
        }
        List<String> planned = ws.db().read(c -> ws.planRepository().unitsOf(c, planId)).stream()
                .map(PlanUnit::unitId).toList();
        return PlanScore.of(scored, planned);
    }
}
