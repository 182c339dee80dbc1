package vn.congvu.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.app.AppPaths;
import vn.congvu.app.Workspace;
import vn.congvu.domain.Visit;
import vn.congvu.domain.VisitStatus;
import vn.congvu.store.Sql;
import vn.congvu.testing.TestVisits;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The exchange commands end to end, in process: two databases, an encrypted package between them. */
class ExchangeCommandsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-05T02:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Cli(new AppPaths(Map.of(), "Linux", dir), CLOCK, new PrintWriter(out), new PrintWriter(err),
                (db, locale) -> 0).run(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void anEncryptedPackageTravelsAndTheVisitIsFinalisedReopenedAndAudited() throws Exception {
        Path a = dir.resolve("a.db");
        Path b = dir.resolve("b.db");
        assertThat(run("--db", a.toString(), "init").code()).isZero();
        assertThat(run("--db", b.toString(), "init").code()).isZero();
        String visit;
        try (Workspace ws = Workspace.open(a, false, CLOCK)) {
            visit = ws.db().write(c -> ws.visitRepository().insert(c, new Visit(null, null, null,
                    Sql.queryOne(c, "SELECT id FROM units ORDER BY code LIMIT 1", rs -> rs.getString(1)).orElseThrow(),
                    null, ws.templates().current().orElseThrow().id(), LocalDate.of(2025, 3, 5), null, null, true,
                    "Bộ phận Một cửa", null, VisitStatus.IN_PROGRESS, null, 0)));
        }
        assertThat(run("--db", a.toString(), "answer", "--visit", visit, "--criterion", "1.1", "--result", "fail").code())
                .isZero();
        Path pass = Files.writeString(dir.resolve("pass.txt"), "mật khẩu của đoàn\n");
        Path wrong = Files.writeString(dir.resolve("wrong.txt"), "không đúng\n");
        Path pkg = dir.resolve("an.congvu");

        Run export = run("--db", a.toString(), "package", "export", "--out", pkg.toString(), "--passphrase-file",
                pass.toString());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.out()).contains("Đã ghi gói").contains("mã hóa");
        assertThat(run("--db", a.toString(), "package", "export", "--out", pkg.toString()).code()).isEqualTo(1);

        Run refused = run("--db", b.toString(), "package", "import", pkg.toString(), "--passphrase-file", wrong.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err().strip()).startsWith("Mật khẩu không mở được gói an.congvu").doesNotContain("\n");

        Run dry = run("--db", b.toString(), "package", "import", pkg.toString(), "--passphrase-file", pass.toString(),
                "--dry-run");
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("Chạy thử").containsPattern("Mới: [1-9]");
        Run imported = run("--db", b.toString(), "--lang", "en", "package", "import", pkg.toString(),
                "--passphrase-file", pass.toString());
        assertThat(imported.out()).containsPattern("New: [1-9]\\d*, updated: 0, unchanged: \\d+, conflicting: 0, deleted: 0");
        Run again = run("--db", b.toString(), "--lang", "en", "package", "import", pkg.toString(),
                "--passphrase-file", pass.toString());
        assertThat(again.out()).contains("New: 0, updated: 0").contains("conflicting: 0, deleted: 0");

        Run unsigned = run("--db", b.toString(), "finalize", "--visit", visit.substring(0, 8));
        assertThat(unsigned.code()).isEqualTo(1);
        assertThat(unsigned.err().strip()).isEqualTo("Cuộc kiểm tra chưa kết thúc: hãy ghi giờ kết thúc ở tab Ý kiến và chữ ký"
                + " rồi mới chốt biên bản.");
        try (Workspace ws = Workspace.open(b, false, CLOCK)) {
            TestVisits.signOff(ws, visit, LocalDate.of(2025, 3, 5).atTime(11, 0));
        }
        Run finalised = run("--db", b.toString(), "finalize", "--visit", visit.substring(0, 8));
        assertThat(finalised.code()).as(finalised.err()).isZero();
        assertThat(finalised.out()).contains("Đã chốt cuộc kiểm tra " + visit).contains("phiên bản 1");
        assertThat(run("--db", b.toString(), "reopen", "--visit", visit).code()).isEqualTo(2);
        assertThat(run("--db", b.toString(), "reopen", "--visit", visit, "--reason", " ").code()).isEqualTo(2);
        assertThat(run("--db", b.toString(), "verify").code()).isZero();
        assertThat(run("--db", b.toString(), "reopen", "--visit", visit, "--reason", "Bổ sung ý kiến").out())
                .contains("Đã mở lại");

        Run audit = run("--db", b.toString(), "audit", "--visit", visit, "--json");
        JsonNode entries = new ObjectMapper().readTree(audit.out());
        assertThat(entries.findValuesAsText("action")).contains("REOPEN", "FINALISE", "CREATE");
        assertThat(entries.findValuesAsText("author")).allSatisfy(author -> assertThat(author).isNotBlank());

        assertThat(run("--db", b.toString(), "conflicts", "list").out()).contains("Tổng cộng 0 xung đột");
        assertThat(run("--db", b.toString(), "conflicts", "resolve", "abcdef", "--keep", "sideways").code()).isEqualTo(2);
        assertThat(run("--db", b.toString(), "conflicts", "resolve", "abcdef", "--keep", "local").err())
                .contains("Không tìm thấy xung đột abcdef");
    }
}
