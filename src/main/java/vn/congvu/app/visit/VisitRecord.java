package vn.congvu.app.visit;

import vn.congvu.app.UnitHistory;
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
import vn.congvu.domain.VisitInspector;
import vn.congvu.domain.VisitRepresentative;

import java.util.List;

/**
 * A visit with everything its workspace shows, read at once: the checklist version the visit was made with,
 * what was recorded, who took part, what earlier visits left open, and the due-date rules (already in memory,
 * so the screen computes due dates while the inspector types).
 *
 * @param plan    null for a visit outside any plan
 * @param history what earlier visits to the unit left open (this visit excluded)
 */
public record VisitRecord(Visit visit, Unit unit, String unitName, Plan plan, ChecklistTemplate template,
                          List<ChecklistGroup> groups, List<Criterion> criteria, List<Answer> answers,
                          List<Official> officials, List<Dossier> dossiers, List<Evidence> evidence,
                          List<VisitInspector> inspectors, List<VisitRepresentative> representatives,
                          UnitHistory history, DossierRules dossierRules) {

    public VisitRecord {
        groups = List.copyOf(groups);
        criteria = List.copyOf(criteria);
        answers = List.copyOf(answers);
        officials = List.copyOf(officials);
        dossiers = List.copyOf(dossiers);
        evidence = List.copyOf(evidence);
        inspectors = List.copyOf(inspectors);
        representatives = List.copyOf(representatives);
    }
}
