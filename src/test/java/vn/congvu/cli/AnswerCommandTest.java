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

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congvu.testing.CliFixtures.queryString;

class AnswerCommandTest {

    @TempDir
    Path dir;

    private Path db;
    private CliHarness cli;
    private SampleVisits sample;

    @BeforeEach
    void database() {
        db = CliHarness.initialisedDatabase(dir.resolve("congvu.db"));
        cli = new CliHarness(dir.resolve("home"));
        sample = CliFixtures.addPlansAndVisits(db);
    }

    private Run answer(String visit, String criterion, String result, String... extra) {
        String[] args = new String[7 + extra.length];
        args[0] = "answer";
        args[1] = "--visit";
        args[2] = visit;
        args[3] = "--criterion";
        args[4] = criterion;
        args[5] = "--result";
        args[6] = result;
        System.arraycopy(extra, 0, args, 7, extra.length);
        return cli.runOn(db, args);
    }

    private String answerColumn(String visit, String code, String column) {
        return queryString(db, "SELECT a." + column + " FROM answers a JOIN criteria c ON c.id = a.criterion_id"
                + " WHERE a.visit_id = '" + visit + "' AND c.code = '" + code + "' AND a.deleted = 0");
    }

    private long auditRows(String answerId) {
        return Long.parseLong(queryString(db, "SELECT count(*) FROM audit_log WHERE entity = 'answers'"
                + " AND entity_id = '" + answerId + "'"));
    }

    @Test
    void recordsTheAnswerWithAnAuditEntryAtRevisionOne() throws Exception {
        Run run = answer(sample.khuongDinhVisit(), "3.2", "pass");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("Đã ghi tiêu chí 3.2: Đạt (lần sửa 1)." + System.lineSeparator());
        String id = answerColumn(sample.khuongDinhVisit(), "3.2", "id");
        assertThat(answerColumn(sample.khuongDinhVisit(), "3.2", "result")).isEqualTo("PASS");
        assertThat(answerColumn(sample.khuongDinhVisit(), "3.2", "revision")).isEqualTo("1");
        assertThat(queryString(db, "SELECT action || ' ' || revision || ' ' || visit_id FROM audit_log"
                + " WHERE entity_id = '" + id + "'")).isEqualTo("CREATE 1 " + sample.khuongDinhVisit());
    }

    @Test
    void changingTheAnswerRaisesTheRevisionAndAuditsTheChange() throws Exception {
        answer(sample.khuongDinhVisit(), "3.2", "pass");

        Run run = answer(sample.khuongDinhVisit(), "3.2", "fail", "--note", "Không công khai địa chỉ tiếp nhận phản ánh");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Không đạt").contains("lần sửa 2");
        String id = answerColumn(sample.khuongDinhVisit(), "3.2", "id");
        assertThat(answerColumn(sample.khuongDinhVisit(), "3.2", "revision")).isEqualTo("2");
        assertThat(answerColumn(sample.khuongDinhVisit(), "3.2", "note"))
                .isEqualTo("Không công khai địa chỉ tiếp nhận phản ánh");
        assertThat(auditRows(id)).isEqualTo(2);
        JsonNode changes = new ObjectMapper().readTree(queryString(db, "SELECT changes FROM audit_log"
                + " WHERE entity_id = '" + id + "' AND action = 'UPDATE' AND revision = 2"));
        assertThat(changes.get("result").get(0).asText()).isEqualTo("PASS");
        assertThat(changes.get("result").get(1).asText()).isEqualTo("FAIL");
    }

    @Test
    void theSameAnswerAgainWritesNothing() {
        answer(sample.khuongDinhVisit(), "3.2", "na");
        String id = answerColumn(sample.khuongDinhVisit(), "3.2", "id");

        Run again = answer(sample.khuongDinhVisit(), "3.2", "NA");

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("Không áp dụng").contains("lần sửa 1");
        assertThat(auditRows(id)).isEqualTo(1);
    }

    @Test
    void aVisitCanBeNamedByTheStartOfItsId() {
        String prefix = ListAndCriteriaCommandTest.uniquePrefix(sample.dongDaVisit(), sample.khuongDinhVisit(),
                sample.baDinhVisit());
        assertThat(sample.dongDaVisit()).startsWith(prefix);
        assertThat(prefix.length()).isLessThan(sample.dongDaVisit().length());

        Run run = answer(prefix, "1.3", "fail");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(answerColumn(sample.dongDaVisit(), "1.3", "result")).isEqualTo("FAIL");
    }

    @Test
    void speaksEnglishWhenAsked() {
        Run run = answer(sample.khuongDinhVisit(), "3.2", "pass", "--lang", "en");

        assertThat(run.out()).isEqualTo("Saved criterion 3.2: Pass (revision 1)." + System.lineSeparator());
    }

    @Test
    void anUnknownCriterionIsAFailureAndChangesNothing() {
        Map<String, String> before = CliHarness.snapshot(dir);

        Run run = answer(sample.khuongDinhVisit(), "9.9", "pass");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("Bộ tiêu chí của cuộc kiểm tra không có tiêu chí 9.9.");
        assertThat(CliHarness.snapshot(dir)).isEqualTo(before);
    }

    @Test
    void anUnknownVisitIsAFailureAndChangesNothing() {
        Map<String, String> before = CliHarness.snapshot(dir);

        Run run = answer("ffffffff-ffff", "1.1", "pass");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.errLines()).containsExactly("Không tìm thấy cuộc kiểm tra ffffffff-ffff.");
        assertThat(CliHarness.snapshot(dir)).isEqualTo(before);
    }

    @Test
    void tooShortAPrefixIsNotAcceptedEvenWhenItMatches() {
        Run run = answer(sample.khuongDinhVisit().substring(0, 5), "1.1", "pass");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.errLines()).singleElement().asString().startsWith("Không tìm thấy cuộc kiểm tra");
    }

    @Test
    void aFinalisedVisitCannotBeChanged() {
        Map<String, String> before = CliHarness.snapshot(dir);

        Run run = answer(sample.baDinhVisit(), "1.1", "pass");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.errLines()).singleElement().asString().contains("đã chốt biên bản");
        assertThat(CliHarness.snapshot(dir)).isEqualTo(before);
    }
}
