package vn.congvu.app;

import vn.congvu.app.imports.ChecklistImport;
import vn.congvu.domain.ChecklistGroup;
import vn.congvu.domain.ChecklistTemplate;
import vn.congvu.domain.Criterion;
import vn.congvu.domain.TemplateStatus;
import vn.congvu.store.Database;
import vn.congvu.store.Sql;
import vn.congvu.store.TemplateRepository;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Checklist templates: the current version, old versions, and making a new version. */
public final class TemplateService {

    private final Database db;
    private final TemplateRepository templates;

    TemplateService(Database db, TemplateRepository templates) {
        this.db = db;
        this.templates = templates;
    }

    /** A template version with its groups and criteria, as one readable whole. */
    public record TemplateContent(ChecklistTemplate template, List<ChecklistGroup> groups, List<Criterion> criteria) {
    }

    public Optional<ChecklistTemplate> current() {
        return db.read(templates::currentTemplate);
    }

    public List<ChecklistTemplate> versions() {
        return db.read(templates::listTemplates);
    }

    public TemplateContent content(String templateId) {
        return db.read(c -> content(c, templateId));
    }

    /** The current template's content; every database has one after seeding. */
    public TemplateContent currentContent() {
        return db.read(c -> {
            ChecklistTemplate t = templates.currentTemplate(c).orElseThrow(() -> new AppException("error.template.none"));
            return content(c, t.id());
        });
    }

    TemplateContent content(Connection c, String templateId) throws SQLException {
        ChecklistTemplate t = templates.findTemplate(c, templateId)
                .orElseThrow(() -> new AppException("error.template.notFound", templateId));
        return new TemplateContent(t, templates.groupsOf(c, templateId), templates.criteriaOf(c, templateId));
    }

    /**
     * Stores {@code groups} as the next version of the template {@code code}. When {@code activate} is
     * set, it becomes the one new visits use and the previous active version is retired; visits made with
     * older versions keep them.
     */
    public ChecklistTemplate createVersion(String code, String name, int year, List<ChecklistImport.GroupDraft> groups,
                                           boolean activate) {
        return db.write(c -> createVersion(c, code, name, year, groups, activate));
    }

    ChecklistTemplate createVersion(Connection c, String code, String name, int year,
                                    List<ChecklistImport.GroupDraft> groups, boolean activate) throws SQLException {
        if (groups.isEmpty()) {
            throw new AppException("error.import.noRows");
        }
        int version = (int) Sql.queryLong(c, "SELECT coalesce(max(version), 0) FROM checklist_templates WHERE code = ?",
                code) + 1;
        List<ChecklistTemplate> active = templates.listTemplates(c).stream()
                .filter(t -> t.code().equals(code) && t.status() == TemplateStatus.ACTIVE).toList();
        Optional<ChecklistTemplate> previous = active.stream().findFirst();
        if (activate) {
            for (ChecklistTemplate t : active) {
                templates.setTemplateStatus(c, t.id(), TemplateStatus.RETIRED);
            }
        }
        String templateId = templates.insertTemplate(c, new ChecklistTemplate(null, code, version, name, year,
                activate ? TemplateStatus.ACTIVE : TemplateStatus.DRAFT, previous.map(ChecklistTemplate::id).orElse(null),
                0));
        int groupOrder = 0;
        for (ChecklistImport.GroupDraft g : groups) {
            String groupId = templates.insertGroup(c, new ChecklistGroup(null, templateId, g.code(), g.title(),
                    ++groupOrder, 0));
            int order = 0;
            for (ChecklistImport.CriterionDraft d : g.criteria()) {
                templates.insertCriterion(c, new Criterion(null, templateId, groupId, d.code(), d.text(), d.answerType(),
                        d.valueLabels(), d.choices(), d.photoRequiredOnFail(), d.parIndexCode(), d.weight(),
                        d.guidance(), ++order, 0));
            }
        }
        return templates.findTemplate(c, templateId).orElseThrow();
    }
}
