package vn.congvu.store;

import org.junit.jupiter.api.Test;
import vn.congvu.domain.AnswerType;
import vn.congvu.domain.ChecklistGroup;
import vn.congvu.domain.ChecklistTemplate;
import vn.congvu.domain.Criterion;
import vn.congvu.domain.TemplateStatus;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateRepositoryTest extends RepositoryTestBase {

    private TemplateRepository templates() {
        return new TemplateRepository(writer);
    }

    private String template(String code, int version, int year, TemplateStatus status, String basedOn) {
        return write(c -> templates().insertTemplate(c, new ChecklistTemplate(null, code, version,
                "Bộ tiêu chí " + year, year, status, basedOn, 0)));
    }

    @Test
    void templateReadsBackEqual() {
        String v1 = template("CCHC-MC", 1, 2025, TemplateStatus.RETIRED, null);
        String v2 = template("CCHC-MC", 2, 2025, TemplateStatus.ACTIVE, v1);

        Optional<ChecklistTemplate> found = read(c -> templates().findTemplate(c, v2));
        assertThat(found).contains(new ChecklistTemplate(v2, "CCHC-MC", 2, "Bộ tiêu chí 2025", 2025,
                TemplateStatus.ACTIVE, v1, 1));
        List<ChecklistTemplate> all = read(templates()::listTemplates);
        assertThat(all).extracting(ChecklistTemplate::version).containsExactly(2, 1);
    }

    @Test
    void sameCodeAndVersionCannotBeStoredTwice() {
        template("CCHC-MC", 1, 2025, TemplateStatus.ACTIVE, null);
        assertThatThrownBy(() -> template("CCHC-MC", 1, 2025, TemplateStatus.DRAFT, null))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(StoreException.Problem.CONSTRAINT));
    }

    @Test
    void currentTemplateIsTheActiveOneOfTheLatestYearAndVersion() {
        template("CCHC-MC", 1, 2025, TemplateStatus.ACTIVE, null);
        String v2 = template("CCHC-MC", 2, 2026, TemplateStatus.ACTIVE, null);
        template("CCHC-MC", 3, 2027, TemplateStatus.DRAFT, null);

        Optional<ChecklistTemplate> current = read(templates()::currentTemplate);
        assertThat(current).map(ChecklistTemplate::id).contains(v2);
    }

    @Test
    void settingTheStatusBumpsRevision() {
        String id = template("CCHC-MC", 1, 2025, TemplateStatus.ACTIVE, null);

        assertThat(wrote(c -> templates().setTemplateStatus(c, id, TemplateStatus.RETIRED))).isTrue();
        assertThat(wrote(c -> templates().setTemplateStatus(c, id, TemplateStatus.RETIRED))).isFalse();

        ChecklistTemplate after = read(c -> templates().findTemplate(c, id)).orElseThrow();
        assertThat(after.status()).isEqualTo(TemplateStatus.RETIRED);
        assertThat(after.revision()).isEqualTo(2);
        Optional<ChecklistTemplate> current = read(templates()::currentTemplate);
        assertThat(current).isEmpty();
    }

    @Test
    void templateExistsAlsoForADeletedVersion() {
        String id = template("CCHC-MC", 1, 2025, TemplateStatus.ACTIVE, null);
        write(c -> writer.delete(c, Table.CHECKLIST_TEMPLATES, id));

        assertThat(wrote(c -> templates().templateExists(c, "CCHC-MC", 1))).isTrue();
        assertThat(wrote(c -> templates().templateExists(c, "CCHC-MC", 2))).isFalse();
    }

    @Test
    void groupsReadBackEqualInTheirOrder() {
        String t = template("CCHC-MC", 1, 2025, TemplateStatus.ACTIVE, null);
        String g2 = write(c -> templates().insertGroup(c, new ChecklistGroup(null, t, "2", "Cơ sở vật chất", 2, 0)));
        String g1 = write(c -> templates().insertGroup(c, new ChecklistGroup(null, t, "1", "Kỷ luật, kỷ cương", 1, 0)));

        List<ChecklistGroup> groups = read(c -> templates().groupsOf(c, t));
        assertThat(groups).containsExactly(new ChecklistGroup(g1, t, "1", "Kỷ luật, kỷ cương", 1, 1),
                new ChecklistGroup(g2, t, "2", "Cơ sở vật chất", 2, 1));
    }

    @Test
    void criterionReadsBackEqualWithItsLabelsChoicesAndWeight() {
        String t = template("CCHC-MC", 1, 2025, TemplateStatus.ACTIVE, null);
        String g = write(c -> templates().insertGroup(c, new ChecklistGroup(null, t, "1", "Kỷ luật", 1, 0)));
        Criterion count = new Criterion(null, t, g, "1.1", "Có mặt đúng giờ", AnswerType.COUNT,
                List.of("Số người được phân công", "Số người có mặt"), List.of(), false, "5", 1.5,
                "Đối chiếu lịch phân công", 1, 0);
        Criterion choice = new Criterion(null, t, g, "1.4", "Thái độ giao tiếp", AnswerType.CHOICE, List.of(),
                List.of("Tốt", "Đạt yêu cầu", "Chưa đạt"), true, null, 0, null, 4, 0);

        String countId = write(c -> templates().insertCriterion(c, count));
        String choiceId = write(c -> templates().insertCriterion(c, choice));

        List<Criterion> criteria = read(c -> templates().criteriaOf(c, t));
        assertThat(criteria).containsExactly(
                new Criterion(countId, t, g, "1.1", "Có mặt đúng giờ", AnswerType.COUNT,
                        List.of("Số người được phân công", "Số người có mặt"), List.of(), false, "5", 1.5,
                        "Đối chiếu lịch phân công", 1, 1),
                new Criterion(choiceId, t, g, "1.4", "Thái độ giao tiếp", AnswerType.CHOICE, List.of(),
                        List.of("Tốt", "Đạt yêu cầu", "Chưa đạt"), true, null, 0, null, 4, 1));
    }

    @Test
    void criteriaAreOrderedByGroupThenCriterion() {
        String t = template("CCHC-MC", 1, 2025, TemplateStatus.ACTIVE, null);
        String g2 = write(c -> templates().insertGroup(c, new ChecklistGroup(null, t, "2", "Hai", 2, 0)));
        String g1 = write(c -> templates().insertGroup(c, new ChecklistGroup(null, t, "1", "Một", 1, 0)));
        for (String[] row : new String[][] {{g2, "2.1", "1"}, {g1, "1.2", "2"}, {g1, "1.1", "1"}}) {
            write(c -> templates().insertCriterion(c, new Criterion(null, t, row[0], row[1], "Tiêu chí " + row[1],
                    AnswerType.PASS_FAIL, null, null, false, null, 1, null, Integer.parseInt(row[2]), 0)));
        }
        List<Criterion> criteria = read(c -> templates().criteriaOf(c, t));
        assertThat(criteria).extracting(Criterion::code).containsExactly("1.1", "1.2", "2.1");
    }

    @Test
    void criterionIsFoundByCodeWithinItsTemplateOnly() {
        String t1 = template("CCHC-MC", 1, 2025, TemplateStatus.RETIRED, null);
        String t2 = template("CCHC-MC", 2, 2026, TemplateStatus.ACTIVE, t1);
        String id1 = criterion(t1, "1.1");
        String id2 = criterion(t2, "1.1");

        Optional<Criterion> inFirst = read(c -> templates().findCriterionByCode(c, t1, "1.1"));
        Optional<Criterion> inSecond = read(c -> templates().findCriterionByCode(c, t2, "1.1"));
        Optional<Criterion> missing = read(c -> templates().findCriterionByCode(c, t2, "9.9"));
        assertThat(inFirst).map(Criterion::id).contains(id1);
        assertThat(inSecond).map(Criterion::id).contains(id2);
        assertThat(missing).isEmpty();
    }

    @Test
    void negativeWeightIsRefused() {
        String t = template("CCHC-MC", 1, 2025, TemplateStatus.ACTIVE, null);
        String g = write(c -> templates().insertGroup(c, new ChecklistGroup(null, t, "1", "Một", 1, 0)));
        assertThatThrownBy(() -> write(c -> templates().insertCriterion(c, new Criterion(null, t, g, "1.1", "Âm",
                AnswerType.PASS_FAIL, null, null, false, null, -1, null, 1, 0))))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(StoreException.Problem.CONSTRAINT));
    }

    private String criterion(String templateId, String code) {
        return write(c -> {
            String g = templates().insertGroup(c, new ChecklistGroup(null, templateId, "1", "Một", 1, 0));
            return templates().insertCriterion(c, new Criterion(null, templateId, g, code, "Tiêu chí " + code,
                    AnswerType.PASS_FAIL, null, null, false, null, 1, null, 1, 0));
        });
    }
}
