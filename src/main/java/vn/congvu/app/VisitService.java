package vn.congvu.app;

import vn.congvu.domain.Answer;
import vn.congvu.domain.Criterion;
import vn.congvu.domain.Result;
import vn.congvu.domain.Visit;
import vn.congvu.domain.VisitStatus;
import vn.congvu.store.AnswerRepository;
import vn.congvu.store.Database;
import vn.congvu.store.Sql;
import vn.congvu.store.Table;
import vn.congvu.store.TemplateRepository;
import vn.congvu.store.VisitRepository;

import java.time.LocalDate;
import java.util.List;

/** Visits and what is recorded in them. */
public final class VisitService {

    private final Database db;
    private final VisitRepository visits;
    private final TemplateRepository templates;
    private final AnswerRepository answers;

    VisitService(Database db, VisitRepository visits, TemplateRepository templates, AnswerRepository answers) {
        this.db = db;
        this.visits = visits;
        this.templates = templates;
        this.answers = answers;
    }

    /** A line of a list of visits. */
    public record VisitRow(String id, String planId, String unitId, String unitName, LocalDate date,
                           VisitStatus status) {
    }

    /** Live visits, newest first; those of one plan when {@code planId} is given. */
    public List<VisitRow> list(String planId) {
        return db.read(c -> Sql.query(c, "SELECT v.id, v.plan_id, v.unit_id, v.visit_date, v.status, u.kind, u.name"
                        + " FROM visits v JOIN units u ON u.id = v.unit_id WHERE v.deleted = 0"
                        + (planId != null ? " AND v.plan_id = ?" : "")
                        + " ORDER BY v.visit_date DESC, v.started_at DESC",
                rs -> new VisitRow(rs.getString("id"), rs.getString("plan_id"), rs.getString("unit_id"),
                        UnitNames.of(rs.getString("kind"), rs.getString("name")), Sql.date(rs, "visit_date"),
                        VisitStatus.valueOf(rs.getString("status"))),
                planId != null ? new Object[] {planId} : new Object[0]));
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
            String id = Ids.resolve(Sql.liveIdsStartingWith(c, Table.VISITS, visitIdOrPrefix.trim(), 2),
                    visitIdOrPrefix, "error.visit.notFound", "error.visit.ambiguous");
            Visit visit = visits.find(c, id).orElseThrow();
            if (visit.status() == VisitStatus.FINALISED) {
                throw new AppException("error.visit.finalised");
            }
            Criterion criterion = templates.findCriterionByCode(c, visit.templateId(), criterionCode.trim())
                    .orElseThrow(() -> new AppException("error.criterion.notFound", criterionCode));
            Answer current = answers.find(c, visit.id(), criterion.id()).orElse(null);
            Answer next = current == null
                    ? new Answer(null, visit.id(), criterion.id(), result, null, null, null, blankToNull(note), null, 0)
                    : new Answer(current.id(), visit.id(), criterion.id(), result, current.value1(), current.value2(),
                    current.choice(), note == null ? current.note() : blankToNull(note), current.severity(),
                    current.revision());
            return answers.save(c, next);
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
