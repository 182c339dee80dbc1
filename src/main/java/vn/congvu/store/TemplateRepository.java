package vn.congvu.store;

import vn.congvu.domain.AnswerType;
import vn.congvu.domain.ChecklistGroup;
import vn.congvu.domain.ChecklistTemplate;
import vn.congvu.domain.Criterion;
import vn.congvu.domain.TemplateStatus;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static vn.congvu.store.Columns.withId;

/** Checklist templates (bộ tiêu chí), their groups and criteria. A version, once used, is never edited. */
public final class TemplateRepository {

    private static final String TEMPLATE_COLUMNS = "id, revision, code, version, name, year, status, based_on_id";
    private static final String CRITERION_COLUMNS = "id, revision, template_id, group_id, code, text, answer_type,"
            + " value_labels, choices, photo_required_on_fail, par_index_code, weight, guidance, sort_order";

    private final RecordWriter writer;

    public TemplateRepository(RecordWriter writer) {
        this.writer = writer;
    }

    public List<ChecklistTemplate> listTemplates(Connection c) throws SQLException {
        return Sql.query(c, "SELECT " + TEMPLATE_COLUMNS + " FROM checklist_templates WHERE deleted = 0"
                + " ORDER BY code, version DESC", TemplateRepository::mapTemplate);
    }

    public Optional<ChecklistTemplate> findTemplate(Connection c, String id) throws SQLException {
        return Sql.queryOne(c, "SELECT " + TEMPLATE_COLUMNS + " FROM checklist_templates WHERE id = ? AND deleted = 0",
                TemplateRepository::mapTemplate, id);
    }

    /** The template new visits use: the active one of the latest year and version. */
    public Optional<ChecklistTemplate> currentTemplate(Connection c) throws SQLException {
        return Sql.queryOne(c, "SELECT " + TEMPLATE_COLUMNS + " FROM checklist_templates"
                        + " WHERE deleted = 0 AND status = 'ACTIVE' ORDER BY year DESC, version DESC LIMIT 1",
                TemplateRepository::mapTemplate);
    }

    public boolean templateExists(Connection c, String code, int version) throws SQLException {
        return Sql.queryLong(c, "SELECT count(*) FROM checklist_templates WHERE code = ? AND version = ?",
                code, version) > 0;
    }

    public String insertTemplate(Connection c, ChecklistTemplate t) throws SQLException {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("code", t.code());
        v.put("version", t.version());
        v.put("name", t.name());
        v.put("year", t.year());
        v.put("status", t.status());
        v.put("based_on_id", t.basedOnId());
        return writer.insert(c, Table.CHECKLIST_TEMPLATES, withId(t.id(), v));
    }

    public boolean setTemplateStatus(Connection c, String id, TemplateStatus status) throws SQLException {
        return writer.update(c, Table.CHECKLIST_TEMPLATES, id, Map.of("status", status), null);
    }

    /** Name and year of a version; the caller checks that it is still a draft. */
    public boolean updateTemplateHeader(Connection c, String id, String name, int year) throws SQLException {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("name", name);
        v.put("year", year);
        return writer.update(c, Table.CHECKLIST_TEMPLATES, id, v, null);
    }

    public boolean deleteTemplate(Connection c, String id) throws SQLException {
        return writer.delete(c, Table.CHECKLIST_TEMPLATES, id);
    }

    public List<ChecklistGroup> groupsOf(Connection c, String templateId) throws SQLException {
        return Sql.query(c, "SELECT id, revision, template_id, code, title, sort_order FROM checklist_groups"
                        + " WHERE template_id = ? AND deleted = 0 ORDER BY sort_order, code",
                rs -> new ChecklistGroup(rs.getString("id"), rs.getString("template_id"), rs.getString("code"),
                        rs.getString("title"), rs.getInt("sort_order"), rs.getLong("revision")), templateId);
    }

    public String insertGroup(Connection c, ChecklistGroup g) throws SQLException {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("template_id", g.templateId());
        v.put("code", g.code());
        v.put("title", g.title());
        v.put("sort_order", g.sortOrder());
        return writer.insert(c, Table.CHECKLIST_GROUPS, withId(g.id(), v));
    }

    public boolean updateGroup(Connection c, ChecklistGroup g) throws SQLException {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("code", g.code());
        v.put("title", g.title());
        v.put("sort_order", g.sortOrder());
        return writer.update(c, Table.CHECKLIST_GROUPS, g.id(), v, null);
    }

    public boolean deleteGroup(Connection c, String id) throws SQLException {
        return writer.delete(c, Table.CHECKLIST_GROUPS, id);
    }

    public List<Criterion> criteriaOf(Connection c, String templateId) throws SQLException {
        return Sql.query(c, "SELECT cr." + CRITERION_COLUMNS.replace(", ", ", cr.")
                        + " FROM criteria cr JOIN checklist_groups g ON g.id = cr.group_id"
                        + " WHERE cr.template_id = ? AND cr.deleted = 0 ORDER BY g.sort_order, cr.sort_order, cr.code",
                TemplateRepository::mapCriterion, templateId);
    }

    /** The live criterion {@code criterionId} of template {@code templateId}. */
    public Optional<Criterion> findCriterion(Connection c, String templateId, String criterionId) throws SQLException {
        return Sql.queryOne(c, "SELECT " + CRITERION_COLUMNS + " FROM criteria WHERE id = ? AND template_id = ?"
                + " AND deleted = 0", TemplateRepository::mapCriterion, criterionId, templateId);
    }

    public Optional<Criterion> findCriterionByCode(Connection c, String templateId, String code) throws SQLException {
        return Sql.queryOne(c, "SELECT " + CRITERION_COLUMNS + " FROM criteria WHERE template_id = ? AND code = ?"
                + " AND deleted = 0", TemplateRepository::mapCriterion, templateId, code);
    }

    public String insertCriterion(Connection c, Criterion cr) throws SQLException {
        Map<String, Object> v = criterionColumns(cr);
        v.put("template_id", cr.templateId());
        return writer.insert(c, Table.CRITERIA, withId(cr.id(), v));
    }

    public boolean updateCriterion(Connection c, Criterion cr) throws SQLException {
        return writer.update(c, Table.CRITERIA, cr.id(), criterionColumns(cr), null);
    }

    public boolean deleteCriterion(Connection c, String id) throws SQLException {
        return writer.delete(c, Table.CRITERIA, id);
    }

    /** How many live visits were made with a version: such a version can never change. */
    public long visitsUsing(Connection c, String templateId) throws SQLException {
        return Sql.queryLong(c, "SELECT count(*) FROM visits WHERE template_id = ? AND deleted = 0", templateId);
    }

    private static Map<String, Object> criterionColumns(Criterion cr) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("group_id", cr.groupId());
        v.put("code", cr.code());
        v.put("text", cr.text());
        v.put("answer_type", cr.answerType());
        v.put("value_labels", Sql.joinList(cr.valueLabels()));
        v.put("choices", Sql.joinList(cr.choices()));
        v.put("photo_required_on_fail", cr.photoRequiredOnFail());
        v.put("par_index_code", cr.parIndexCode());
        v.put("weight", cr.weight());
        v.put("guidance", cr.guidance());
        v.put("sort_order", cr.sortOrder());
        return v;
    }

    static ChecklistTemplate mapTemplate(ResultSet rs) throws SQLException {
        return new ChecklistTemplate(rs.getString("id"), rs.getString("code"), rs.getInt("version"),
                rs.getString("name"), rs.getInt("year"), TemplateStatus.valueOf(rs.getString("status")),
                rs.getString("based_on_id"), rs.getLong("revision"));
    }

    static Criterion mapCriterion(ResultSet rs) throws SQLException {
        return new Criterion(rs.getString("id"), rs.getString("template_id"), rs.getString("group_id"),
                rs.getString("code"), rs.getString("text"), AnswerType.valueOf(rs.getString("answer_type")),
                Sql.list(rs, "value_labels"), Sql.list(rs, "choices"), rs.getInt("photo_required_on_fail") != 0,
                rs.getString("par_index_code"), rs.getDouble("weight"), rs.getString("guidance"),
                rs.getInt("sort_order"), rs.getLong("revision"));
    }

}
