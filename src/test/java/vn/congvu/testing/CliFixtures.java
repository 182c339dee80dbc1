package vn.congvu.testing;

import vn.congvu.app.Workspace;
import vn.congvu.app.imports.ChecklistImport;
import vn.congvu.domain.AnswerType;
import vn.congvu.domain.ChecklistTemplate;
import vn.congvu.domain.Plan;
import vn.congvu.domain.PlanStatus;
import vn.congvu.domain.PlanUnit;
import vn.congvu.domain.Unit;
import vn.congvu.domain.Visit;
import vn.congvu.domain.VisitStatus;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

/**
 * Plans and visits made through the app and store API, for commands that list or change them (the
 * {@code demo} command is not used here: these tests must not depend on its output).
 */
public final class CliFixtures {

    private CliFixtures() {
    }

    /**
     * Plan 80/KH-UBND with visits to Khương Đình (20/5/2025, completed) and Đống Đa (27/5/2025, in
     * progress); plan 12/KH-SNV with one finalised visit to Ba Đình.
     */
    public record SampleVisits(String planId, String otherPlanId, String khuongDinhVisit, String dongDaVisit,
                               String baDinhVisit, String templateId) {
    }

    public static SampleVisits addPlansAndVisits(Path db) {
        try (Workspace ws = Workspace.open(db, false, CliHarness.CLOCK)) {
            ChecklistTemplate template = ws.templates().current().orElseThrow();
            return ws.db().write(c -> {
                Unit khuongDinh = ws.unitRepository().findByCode(c, "00364").orElseThrow();
                Unit dongDa = ws.unitRepository().findByCode(c, "00235").orElseThrow();
                Unit baDinh = ws.unitRepository().findByCode(c, "00004").orElseThrow();
                String plan = ws.planRepository().insertPlan(c, new Plan(null, "80/KH-UBND", LocalDate.of(2025, 5, 5),
                        2025, LocalDate.of(2025, 5, 15), LocalDate.of(2025, 6, 30),
                        "Kiểm tra công vụ đột xuất tại Bộ phận Một cửa năm 2025", "Phường, xã", null,
                        PlanStatus.ACTIVE, 0));
                ws.planRepository().insertPlanUnit(c, new PlanUnit(null, plan, khuongDinh.id(), null, 1, 0));
                ws.planRepository().insertPlanUnit(c, new PlanUnit(null, plan, dongDa.id(), null, 2, 0));
                String other = ws.planRepository().insertPlan(c, new Plan(null, "12/KH-SNV", LocalDate.of(2025, 3, 1),
                        2025, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 30), "Kiểm tra cải cách hành chính quý I",
                        null, null, PlanStatus.CLOSED, 0));
                String v1 = ws.visitRepository().insert(c, visit(plan, khuongDinh, template, LocalDate.of(2025, 5, 20),
                        VisitStatus.COMPLETED));
                String v2 = ws.visitRepository().insert(c, visit(plan, dongDa, template, LocalDate.of(2025, 5, 27),
                        VisitStatus.IN_PROGRESS));
                String v3 = ws.visitRepository().insert(c, visit(other, baDinh, template, LocalDate.of(2025, 3, 12),
                        VisitStatus.FINALISED));
                return new SampleVisits(plan, other, v1, v2, v3, template.id());
            });
        }
    }

    private static Visit visit(String planId, Unit unit, ChecklistTemplate template, LocalDate date, VisitStatus status) {
        return new Visit(null, planId, null, unit.id(), null, template.id(), date, date.atTime(8, 30),
                date.atTime(10, 45), true, "Bộ phận Một cửa, " + unit.name(), null, status, null, 0);
    }

    /** Adds a draft second checklist (not in use) with one criterion; returns the criterion's id. */
    public static String addDraftChecklist(Path db) {
        try (Workspace ws = Workspace.open(db, false, CliHarness.CLOCK)) {
            ChecklistTemplate draft = ws.templates().createVersion("thu-nghiem", "Bộ tiêu chí thử nghiệm", 2026,
                    List.of(new ChecklistImport.GroupDraft("1", "Nhóm thử", List.of(new ChecklistImport.CriterionDraft(
                            "1.1", "Tiêu chí thử", AnswerType.PASS_FAIL, List.of(), List.of(), false, null, 1, null)))),
                    false);
            return ws.templates().content(draft.id()).criteria().get(0).id();
        }
    }

    /** Runs raw SQL on the file, past the app (to damage or inspect it), with foreign keys off. */
    public static void executeSql(Path db, String... statements) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row of a query, as a string (null when no row). */
    public static String queryString(Path db, String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             var rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
