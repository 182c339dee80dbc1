package vn.congvu.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.app.AppPaths;
import vn.congvu.testing.DocumentFixture;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ExportCommandTest {

    @TempDir
    static Path dir;
    static Path db;
    static String visit;
    static String plan;

    @BeforeAll
    static void fixture() {
        try (DocumentFixture f = new DocumentFixture(dir.resolve("data"))) {
            db = f.ws.file();
            visit = f.visit;
            plan = f.planId;
        }
    }

    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AppPaths paths = new AppPaths(Map.of(), "Linux", dir.resolve("home"));
        int code = new Cli(paths, DocumentFixture.CLOCK, new PrintWriter(out), new PrintWriter(err),
                (database, locale) -> 0).run(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void exportsTheMinutesOfAVisit() {
        Path out = dir.resolve("bien-ban.docx");
        Run r = run("--db", db.toString(), "export", "minutes", "--visit", visit.substring(0, 12), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(out).isRegularFile();
        assertThat(r.out()).startsWith("Đã ghi " + out);
        assertThat(r.err()).isEqualTo("Lưu ý: 1 ảnh minh chứng không đưa vào được; chú thích ảnh trong văn bản ghi rõ lý do."
                + System.lineSeparator());
    }

    @Test
    void refusesToOverwriteWithoutTheOptionAndSaysHow() throws Exception {
        Path out = Files.writeString(dir.resolve("bao-cao.docx"), "old");
        Run refused = run("--db", db.toString(), "export", "report", "--plan", plan, "--out", out.toString());
        assertThat(refused.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(refused.err()).isEqualTo("Tệp " + out + " đã có; không ghi đè. Dùng --overwrite để ghi đè, hoặc chọn"
                + " tên khác, ví dụ " + dir.resolve("bao-cao (2).docx") + "." + System.lineSeparator());
        assertThat(Files.readString(out)).isEqualTo("old");

        Run replaced = run("--db", db.toString(), "export", "report", "--plan", plan, "--out", out.toString(), "--overwrite");
        assertThat(replaced.code()).as(replaced.err()).isEqualTo(ExitCodes.OK);
        assertThat(Files.size(out)).isGreaterThan(1000);
    }

    @Test
    void exportsTheSummaryOfAPlanOrOfEverything() {
        Run plan1 = run("--db", db.toString(), "export", "summary", "--plan", plan, "--out", dir.resolve("kh.xlsx").toString());
        assertThat(plan1.code()).as(plan1.err()).isEqualTo(ExitCodes.OK);
        Run all = run("--db", db.toString(), "--lang", "en", "export", "summary", "--all", "--out",
                dir.resolve("all.xlsx").toString());
        assertThat(all.code()).isEqualTo(ExitCodes.OK);
        assertThat(all.out()).startsWith("Wrote ");
    }

    @Test
    void savesACopyOfAShippedTemplateToEditInWord() throws Exception {
        Path copy = dir.resolve("mau-bien-ban.docx");
        Run r = run("--db", db.toString(), "export", "template", "--kind", "minutes", "--out", copy.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        try (var in = ExportCommandTest.class.getResourceAsStream("/assets/templates/bien-ban-kiem-tra.docx")) {
            assertThat(Files.readAllBytes(copy)).isEqualTo(in.readAllBytes());
        }
        assertThat(run("--db", db.toString(), "export", "template", "--kind", "x", "--out", "a.docx").code())
                .isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void usageErrorsExitWithTwoAndTouchNothing() {
        Run both = run("--db", db.toString(), "export", "summary", "--plan", plan, "--all", "--out", "x.xlsx");
        assertThat(both.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(both.err()).contains("--plan").contains("--all");
        Run neither = run("--db", db.toString(), "export", "summary", "--out", "x.xlsx");
        assertThat(neither.code()).isEqualTo(ExitCodes.USAGE);
        Run extension = run("--db", db.toString(), "export", "minutes", "--visit", visit, "--out", "bien-ban.pdf");
        assertThat(extension.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(extension.err()).isEqualTo("Tệp bien-ban.pdf phải có đuôi .docx." + System.lineSeparator());
        Run missing = run("--db", db.toString(), "export", "minutes", "--out", "a.docx");
        assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void failuresAreOneLocalisedLine() {
        Run folder = run("--db", db.toString(), "export", "minutes", "--visit", visit, "--out",
                dir.resolve("khong-co/a.docx").toString());
        assertThat(folder.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(folder.err()).isEqualTo("Thư mục " + dir.resolve("khong-co") + " không tồn tại." + System.lineSeparator());
        Run template = run("--db", db.toString(), "--lang", "en", "export", "minutes", "--visit", visit, "--out",
                dir.resolve("b.docx").toString(), "--template", dir.resolve("none.docx").toString());
        assertThat(template.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(template.err()).isEqualTo("The template file " + dir.resolve("none.docx") + " was not found."
                + System.lineSeparator());
        Run unknown = run("--db", db.toString(), "export", "minutes", "--visit", "ffffffffff", "--out",
                dir.resolve("c.docx").toString());
        assertThat(unknown.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(unknown.err()).contains("Không tìm thấy cuộc kiểm tra ffffffffff.");
    }
}
