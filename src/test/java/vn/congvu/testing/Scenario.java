package vn.congvu.testing;

import vn.congvu.domain.Answer;
import vn.congvu.domain.AnswerType;
import vn.congvu.domain.ChecklistGroup;
import vn.congvu.domain.ChecklistTemplate;
import vn.congvu.domain.Criterion;
import vn.congvu.domain.Result;
import vn.congvu.domain.TemplateStatus;
import vn.congvu.domain.Unit;
import vn.congvu.domain.Visit;
import vn.congvu.domain.VisitStatus;
import vn.congvu.store.AnswerRepository;
import vn.congvu.store.Database;
import vn.congvu.store.DossierRepository;
import vn.congvu.store.OfficialRepository;
import vn.congvu.store.RecordWriter;
import vn.congvu.store.Sql;
import vn.congvu.store.TemplateRepository;
import vn.congvu.store.UnitRepository;
import vn.congvu.store.VisitRepository;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the records a test needs before the one it is about (a unit, a template, a visit …), each in
 * its own transaction through the real repositories. Returns ids.
 */
public final class Scenario {

    /** A stored template with one group and the criteria asked for, by code. */
    public record TemplateRef(String id, String groupId, Map<String, String> criteria) {

        public String criterion(String code) {
            String id = criteria.get(code);
            if (id == null) {
                throw new IllegalArgumentException("no criterion " + code);
            }
            return id;
        }
    }

    /** A visit to a new unit on a new template. */
    public record VisitRef(String id, String unitId, TemplateRef template) {
    }

    private final Database db;
    private final UnitRepository units;
    private final TemplateRepository templates;
    private final VisitRepository visits;
    private final AnswerRepository answers;
    private final OfficialRepository officials;
    private final DossierRepository dossiers;

    public Scenario(Database db, RecordWriter writer) {
        this.db = db;
        this.units = new UnitRepository(writer);
        this.templates = new TemplateRepository(writer);
        this.visits = new VisitRepository(writer);
        this.answers = new AnswerRepository(writer);
        this.officials = new OfficialRepository(writer);
        this.dossiers = new DossierRepository(writer);
    }

    public String unit(Unit unit) {
        return db.write(c -> units.insert(c, unit));
    }

    public String ward(String code, String name) {
        return unit(Records.ward(code, name));
    }

    /** An ACTIVE template of 2025 with one PASS_FAIL criterion per code, in group "1". */
    public TemplateRef template(String code, int version, String... criterionCodes) {
        return db.write(c -> {
            String id = templates.insertTemplate(c, new ChecklistTemplate(null, code, version,
                    "Bộ tiêu chí " + code + " v" + version, 2025, TemplateStatus.ACTIVE, null, 0));
            String groupId = templates.insertGroup(c, new ChecklistGroup(null, id, "1", "Kỷ luật, kỷ cương", 1, 0));
            Map<String, String> criteria = new LinkedHashMap<>();
            int order = 0;
            for (String cc : criterionCodes) {
                criteria.put(cc, templates.insertCriterion(c, new Criterion(null, id, groupId, cc,
                        "Tiêu chí " + cc, AnswerType.PASS_FAIL, List.of(), List.of(), false, null, 1, null, ++order,
                        0)));
            }
            return new TemplateRef(id, groupId, criteria);
        });
    }

    /** A fresh template (code TEST-n) with criteria 1.1, 1.2 and 1.3. */
    public TemplateRef template() {
        long made = db.read(c -> Sql.queryLong(c, "SELECT count(*) FROM checklist_templates WHERE code LIKE 'TEST-%'"));
        return template("TEST-" + (made + 1), 1, "1.1", "1.2", "1.3");
    }

    public String visit(Visit visit) {
        return db.write(c -> visits.insert(c, visit));
    }

    public String visit(String unitId, String templateId) {
        return visit(Records.visit(unitId, templateId));
    }

    /** A new ward ("Đống Đa", code given), a new template and an IN_PROGRESS visit to it. */
    public VisitRef visitToNewWard(String wardCode) {
        String unitId = ward(wardCode, "Đống Đa");
        TemplateRef template = template();
        return new VisitRef(visit(Records.visit(null, unitId, template.id(), VisitStatus.IN_PROGRESS)), unitId,
                template);
    }

    public Answer answer(String visitId, String criterionId, Result result, String note) {
        return db.write(c -> answers.save(c, Records.answer(visitId, criterionId, result, note)));
    }

    public String official(String visitId, String fullName) {
        return db.write(c -> officials.insert(c, Records.official(visitId, fullName)));
    }

    public String dossier(String visitId, String code, String procedure) {
        return db.write(c -> dossiers.insert(c, Records.dossier(visitId, code, procedure,
                LocalDateTime.of(2025, 3, 3, 9, 0))));
    }
}
