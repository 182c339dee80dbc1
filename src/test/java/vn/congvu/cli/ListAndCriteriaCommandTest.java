package vn.congvu.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.testing.CliFixtures;
import vn.congvu.testing.CliFixtures.SampleVisits;
import vn.congvu.testing.CliHarness;
import vn.congvu.testing.CliHarness.Run;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ListAndCriteriaCommandTest {

    @TempDir
    Path dir;

    private Path db;
    private CliHarness cli;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void database() {
        db = CliHarness.initialisedDatabase(dir.resolve("congvu.db"));
        cli = new CliHarness(dir.resolve("home"));
    }

    private JsonNode runJson(String... args) throws IOException {
        Run run = cli.runOn(db, args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        return json.readTree(run.out());
    }

    @Test
    void listPlansOnAFreshDatabaseIsAnEmptyArray() throws IOException {
        JsonNode plans = runJson("list", "plans", "--json");

        assertThat(plans.isArray()).isTrue();
        assertThat(plans).isEmpty();
    }

    @Test
    void listPlansJsonShowsEachPlanWithItsProgress() throws IOException {
        SampleVisits sample = CliFixtures.addPlansAndVisits(db);

        JsonNode plans = runJson("list", "plans", "--json");

        assertThat(plans).hasSize(2);
        JsonNode plan = plans.get(0);
        assertThat(plan.get("id").asText()).isEqualTo(sample.planId());
        assertThat(plan.get("number").asText()).isEqualTo("80/KH-UBND");
        assertThat(plan.get("title").asText()).contains("Bộ phận Một cửa");
        assertThat(plan.get("year").asInt()).isEqualTo(2025);
        assertThat(plan.get("issued_on").asText()).isEqualTo("2025-05-05");
        assertThat(plan.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(plan.get("units_planned").asLong()).isEqualTo(2);
        assertThat(plan.get("units_visited").asLong()).isEqualTo(2);
        assertThat(plan.get("visits").asLong()).isEqualTo(2);
        assertThat(plans.get(1).get("number").asText()).isEqualTo("12/KH-SNV");
    }

    @Test
    void listPlansAsTextIsOneLinePerPlan() {
        CliFixtures.addPlansAndVisits(db);

        Run run = cli.runOn(db, "list", "plans");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.outLines().get(0)).contains("80/KH-UBND").contains("đã kiểm tra 2/2 đơn vị, 2 cuộc");
    }

    @Test
    void listVisitsJsonHasIdUnitDateAndStatusNewestFirst() throws IOException {
        SampleVisits sample = CliFixtures.addPlansAndVisits(db);

        JsonNode visits = runJson("list", "visits", "--json");

        assertThat(visits).hasSize(3);
        assertThat(visits.findValuesAsText("id")).containsExactly(sample.dongDaVisit(), sample.khuongDinhVisit(),
                sample.baDinhVisit());
        JsonNode first = visits.get(0);
        assertThat(first.get("unit").asText()).isEqualTo("Phường Đống Đa");
        assertThat(first.get("date").asText()).isEqualTo("2025-05-27");
        assertThat(first.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(first.get("plan_id").asText()).isEqualTo(sample.planId());
        assertThat(visits.get(2).get("status").asText()).isEqualTo("FINALISED");
    }

    @Test
    void listVisitsOfOnePlan() throws IOException {
        SampleVisits sample = CliFixtures.addPlansAndVisits(db);

        JsonNode visits = runJson("list", "visits", "--plan", sample.otherPlanId(), "--json");

        assertThat(visits.findValuesAsText("id")).containsExactly(sample.baDinhVisit());
        assertThat(visits.get(0).get("unit").asText()).isEqualTo("Phường Ba Đình");
    }

    @Test
    void aPlanCanBeNamedByTheStartOfItsId() throws IOException {
        SampleVisits sample = CliFixtures.addPlansAndVisits(db);
        // ids are time-ordered: the plans share their first characters, so take enough to tell them apart
        String prefix = uniquePrefix(sample.planId(), sample.otherPlanId());

        JsonNode visits = runJson("list", "visits", "--plan", prefix, "--json");

        assertThat(visits).hasSize(2);
    }

    @Test
    void anUnknownPlanIsAFailureNamingIt() {
        CliFixtures.addPlansAndVisits(db);

        Run run = cli.runOn(db, "list", "visits", "--plan", "ffffffff-0000", "--json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("Không tìm thấy kế hoạch ffffffff-0000.");
    }

    @Test
    void listVisitsAsTextShowsStatusInVietnameseAndACount() {
        CliFixtures.addPlansAndVisits(db);

        Run run = cli.runOn(db, "list", "visits");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Đang kiểm tra").contains("Đã kết thúc").contains("Đã chốt")
                .contains("Phường Khương Đình").contains("Tổng cộng 3 cuộc kiểm tra.");
    }

    @Test
    void criteriaListJsonHasEveryCriterionWithCodeGroupTextAndType() throws IOException {
        JsonNode criteria = runJson("criteria", "list", "--json");

        assertThat(criteria).hasSize(18);
        for (JsonNode c : criteria) {
            assertThat(c.get("code").asText()).as("code").matches("\\d+(\\.\\d+)?");
            assertThat(c.get("group").asText()).as("group of %s", c.get("code")).isNotBlank();
            assertThat(c.get("text").asText()).as("text of %s", c.get("code")).isNotBlank();
            assertThat(c.get("type").asText()).as("type of %s", c.get("code"))
                    .isIn("PASS_FAIL", "COUNT", "PERCENT", "CHOICE", "TEXT");
        }
        assertThat(criteria.findValuesAsText("code")).startsWith("1.1", "1.2", "1.3", "1.4").contains("5.1", "8.1")
                .doesNotHaveDuplicates();
        assertThat(criteria.get(0).get("text").asText()).isEqualTo("Cán bộ, công chức có mặt đúng giờ tại vị trí làm việc");
    }

    @Test
    void criteriaListAsTextIsGroupedWithTheAnswerTypeInVietnamese() {
        Run run = cli.runOn(db, "criteria", "list");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("(phiên bản 1)").contains("1.1").contains("[số lượng]")
                .contains("[đạt/không đạt]").doesNotContain("answerType.");
    }

    /** The shortest start of {@code id} (at least 6 characters) that none of {@code others} shares. */
    static String uniquePrefix(String id, String... others) {
        int n = 6;
        while (n < id.length() && startsAnyOf(id.substring(0, n), others)) {
            n++;
        }
        return id.substring(0, n);
    }

    private static boolean startsAnyOf(String prefix, String... ids) {
        for (String id : ids) {
            if (id.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
