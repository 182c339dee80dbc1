package vn.congvu.app;

import vn.congvu.domain.Answer;
import vn.congvu.domain.ChecklistGroup;
import vn.congvu.domain.Criterion;
import vn.congvu.domain.Dossier;
import vn.congvu.domain.Official;
import vn.congvu.domain.Unit;
import vn.congvu.domain.Visit;

import java.util.List;

/** One visit with what the rules need to score it: its unit, its checklist version, and what was recorded. */
public record VisitData(Visit visit, Unit unit, List<ChecklistGroup> groups, List<Criterion> criteria,
                        List<Answer> answers, List<Official> officials, List<Dossier> dossiers) {
}
