package vn.congvu.app.export;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.app.AppException;
import vn.congvu.app.LocalizedText;
import vn.congvu.app.Messages;
import vn.congvu.testing.DocumentFixture;
import vn.congvu.testing.DocxInspect;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad input and the never-overwrite-silently rule, through the ExportService the UI and CLI call. */
class ExportPolicyTest {

    @TempDir
    static Path dir;
    static DocumentFixture f;
    static final Messages VI = new Messages(Messages.VIETNAMESE);
    static final Messages EN = new Messages(Locale.ENGLISH);

    @BeforeAll
    static void open() {
        f = new DocumentFixture(dir.resolve("db"));
    }

    @AfterAll
    static void close() {
        f.close();
    }

    private static Path out(String name) {
        return dir.resolve(name);
    }

    @Test
    void aVisitWithoutAnswersStillMakesMinutes() throws Exception {
        ExportResult r = f.ws.exports().exportMinutes(f.emptyVisit, ExportRequest.to(out("empty.docx")), ExportProgress.NONE);
        try (DocxInspect docx = new DocxInspect(r.file())) {
            String text = docx.text();
            assertThat(text).contains("Đoàn kiểm tra chưa ghi nhận kết quả của tiêu chí nào trong 18 tiêu chí.");
            assertThat(text).contains("Chưa kiểm tra").contains("Đơn vị không có ý kiến.")
                    .contains("Đoàn kiểm tra không có kiến nghị.").contains("Đơn vị không cử người tham gia.");
            assertThat(text).contains("vào hồi …… giờ …… phút").doesNotContain("{{").doesNotContain("PHỤ LỤC");
            assertThat(docx.doc.getTables()).as("no empty officials or dossiers table").hasSize(2);
        }
    }

    @Test
    void aTwoHundredCharacterUnitNameWrapsInsideTheMargins() throws Exception {
        ExportResult r = f.ws.exports().exportMinutes(f.otherVisit, ExportRequest.to(out("long.docx")), ExportProgress.NONE);
        try (DocxInspect docx = new DocxInspect(r.file())) {
            XWPFParagraph summary = docx.paragraphStartingWith("Kiểm tra công vụ");
            assertThat(summary.getText()).endsWith(DocumentFixture.LONG_UNIT_NAME);
            assertThat(docx.text()).contains("Số: 12/BB-ĐKT");
            assertThat(docx.doc.getTables().get(0).getCTTbl().getTblPr().getTblLayout().getType().toString())
                    .isEqualTo("fixed");
        }
    }

    @Test
    void anExistingFileIsNotOverwrittenUnlessAsked() throws Exception {
        Path target = Files.writeString(out("Biên bản.docx"), "the signed copy");
        assertThatThrownBy(() -> f.ws.exports().exportMinutes(f.visit, ExportRequest.to(target), ExportProgress.NONE))
                .isInstanceOfSatisfying(AppException.class, e -> {
                    assertThat(e.key()).isEqualTo("error.export.exists");
                    assertThat(VI.of(e)).isEqualTo("Tệp " + target + " đã có. Hãy chọn ghi đè hoặc lưu thành "
                            + dir.resolve("Biên bản (2).docx") + ".");
                });
        assertThat(Files.readString(target)).isEqualTo("the signed copy");

        ExportResult renamed = f.ws.exports().exportMinutes(f.visit,
                ExportRequest.to(target).ifExists(IfExists.NEW_NAME), ExportProgress.NONE);
        assertThat(renamed.file().getFileName().toString()).isEqualTo("Biên bản (2).docx");
        assertThat(Files.readString(target)).isEqualTo("the signed copy");

        ExportResult replaced = f.ws.exports().exportMinutes(f.visit,
                ExportRequest.to(target).ifExists(IfExists.REPLACE), ExportProgress.NONE);
        assertThat(replaced.file()).isEqualTo(target);
        assertThat(Files.size(target)).isGreaterThan(1000);
    }

    @Test
    void aFileOpenInWordIsNeverReplacedButMayGetANewName() throws Exception {
        Path target = Files.writeString(out("Mở trong Word.docx"), "open");
        Files.writeString(out("~$ trong Word.docx"), "owner");
        assertThatThrownBy(() -> f.ws.exports().exportMinutes(f.visit, ExportRequest.to(target).ifExists(IfExists.REPLACE),
                ExportProgress.NONE)).isInstanceOfSatisfying(AppException.class,
                e -> assertThat(e.key()).isEqualTo("error.export.inUse"));
        assertThat(Files.readString(target)).isEqualTo("open");
        ExportResult r = f.ws.exports().exportMinutes(f.visit, ExportRequest.to(target).ifExists(IfExists.NEW_NAME),
                ExportProgress.NONE);
        assertThat(r.file().getFileName().toString()).isEqualTo("Mở trong Word (2).docx");
    }

    @Test
    void aMissingOutputFolderIsSaidPlainly() {
        assertThatThrownBy(() -> f.ws.exports().exportSummary(f.planId, ExportRequest.to(out("không có/x.xlsx")),
                ExportProgress.NONE)).isInstanceOfSatisfying(AppException.class, e -> {
            assertThat(e.key()).isEqualTo("error.export.folderMissing");
            assertThat(VI.of(e)).startsWith("Thư mục ").endsWith("không có không tồn tại.");
        });
    }

    @Test
    void cancellingMidWayLeavesNoFile() {
        Path target = out("huy.docx");
        List<ExportStep> steps = new ArrayList<>();
        ExportProgress cancelAtPhotos = new ExportProgress() {
            @Override
            public void update(long done, long total, ExportStep step) {
                steps.add(step);
            }

            @Override
            public boolean isCancelled() {
                return steps.contains(ExportStep.PHOTOS);
            }
        };
        assertThatThrownBy(() -> f.ws.exports().exportMinutes(f.visit, ExportRequest.to(target), cancelAtPhotos))
                .isInstanceOf(ExportCancelledException.class);
        assertThat(target).doesNotExist();
        assertThat(VI.of(new ExportCancelledException())).isEqualTo("Đã hủy xuất tệp; không có tệp nào được ghi.");
    }

    @Test
    void progressReportsEveryPhotoAndEveryVisit() {
        List<String> seen = new ArrayList<>();
        ExportProgress record = new ExportProgress() {
            @Override
            public void update(long done, long total, ExportStep step) {
                seen.add(step + " " + done + "/" + total);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        f.ws.exports().exportMinutes(f.visit, ExportRequest.to(out("progress.docx")), record);
        assertThat(seen).contains("PHOTOS 1/4", "PHOTOS 4/4", "WRITING 0/1", "FINISHING 1/1");
        seen.clear();
        f.ws.exports().exportSummary(null, ExportRequest.to(out("progress.xlsx")), record);
        assertThat(seen).contains("READING 4/4", "FINISHING 1/1");
    }

    @Test
    void aTemplateWithAnUnknownTagIsRefusedNamingTheTagAndWhereItIs() throws Exception {
        Path template = out("mau-sai.docx");
        try (InputStream in = ExportPolicyTest.class.getResourceAsStream("/assets/templates/bien-ban-kiem-tra.docx");
             XWPFDocument doc = new XWPFDocument(in)) {
            XWPFParagraph p = doc.getParagraphs().stream().filter(x -> x.getText().startsWith("Hôm nay")).findFirst().orElseThrow();
            p.createRun().setText(" Người lập: {{nguoiLap}}.");
            try (OutputStream o = Files.newOutputStream(template)) {
                doc.write(o);
            }
        }
        Path target = out("tu-mau-sai.docx");
        assertThatThrownBy(() -> f.ws.exports().exportMinutes(f.visit, ExportRequest.to(target).withTemplate(template),
                ExportProgress.NONE)).isInstanceOfSatisfying(AppException.class, e -> {
            assertThat(e.key()).isEqualTo("error.export.template.UNKNOWN_TAG");
            assertThat(e.args()[1]).isEqualTo("{{nguoiLap}}");
            assertThat(e.args()[2]).isInstanceOf(LocalizedText.class);
            assertThat(VI.of(e)).contains("{{nguoiLap}}").contains("đoạn văn thứ ").contains("«Hôm nay, vào hồi");
            assertThat(EN.of(e)).contains("paragraph ");
        });
        assertThat(target).doesNotExist();
    }

    @Test
    void theTemplateInTheSettingsIsUsedAndAMissingOneIsReported() {
        f.ws.settings().put(DocumentSettings.MINUTES_TEMPLATE, out("khong-co-mau.docx").toString());
        try {
            assertThatThrownBy(() -> f.ws.exports().exportMinutes(f.visit, ExportRequest.to(out("z.docx")),
                    ExportProgress.NONE)).isInstanceOfSatisfying(AppException.class, e -> {
                assertThat(e.key()).isEqualTo("error.export.templateMissing");
                assertThat(VI.of(e)).contains("khong-co-mau.docx");
            });
        } finally {
            f.ws.settings().put(DocumentSettings.MINUTES_TEMPLATE, "");
        }
    }

    @Test
    void aFileThatIsNotADocxIsNotATemplate() throws Exception {
        Path notDocx = Files.writeString(out("mau.docx"), "plain text, not a Word file");
        assertThatThrownBy(() -> f.ws.exports().checkMinutesTemplate(notDocx))
                .isInstanceOfSatisfying(AppException.class, e -> {
                    assertThat(e.key()).isEqualTo("error.export.templateUnreadable");
                    assertThat(VI.of(e)).isEqualTo("Mẫu " + notDocx + " không phải tệp Word .docx hoặc đã hỏng.");
                });
    }

    @Test
    void theShippedTemplatesPassTheirOwnCheckAndWarmingUpWritesNothing() throws Exception {
        f.ws.exports().checkMinutesTemplate(null);
        f.ws.exports().checkReportTemplate(null);
        long before;
        try (var files = Files.list(dir)) {
            before = files.count();
        }
        f.ws.exports().warmUp();
        try (var files = Files.list(dir)) {
            assertThat(files.count()).isEqualTo(before);
        }
    }
}
