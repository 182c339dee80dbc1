package vn.congvu.report.word;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.report.word.TemplateException.Problem;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Templates a team lead edited badly are refused with the tag and where it is, before anything is written. */
class TemplateCheckTest {

    static final TemplateSchema SCHEMA = TemplateSchema.builder()
            .text("unitName", "")
            .condition("hasPeople", "")
            .section("people", "", TemplateSchema.builder().text("name", "").build())
            .rows("rows", "", TemplateSchema.builder().text("code", "").text("note", "").build())
            .build();

    @TempDir
    Path dir;

    private static InputStream docx(Consumer<XWPFDocument> content) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(doc);
            doc.write(out);
            return new ByteArrayInputStream(out.toByteArray());
        }
    }

    private static void paragraph(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(text);
    }

    private TemplateException refusal(Consumer<XWPFDocument> content) {
        return (TemplateException) org.assertj.core.api.Assertions.catchThrowable(() ->
                new WordTemplate(SCHEMA).render(docx(content), Map.of(), dir.resolve("out.docx")));
    }

    @Test
    void anUnknownTagInTheBodyIsNamedWithItsParagraph() {
        TemplateException e = refusal(doc -> {
            paragraph(doc, "Đơn vị: {{unitName}}");
            paragraph(doc, "Người lập biên bản: {{nguoiLap}}");
        });
        assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_TAG);
        assertThat(e.tag()).isEqualTo("{{nguoiLap}}");
        assertThat(e.location().part()).isEqualTo(TagLocation.Part.BODY);
        assertThat(e.location().paragraph()).isEqualTo(2);
        assertThat(e.location().excerpt()).isEqualTo("Người lập biên bản: {{nguoiLap}}");
        assertThat(dir.resolve("out.docx")).doesNotExist();
    }

    @Test
    void anUnknownTagInATableIsNamedWithTableRowAndCell() {
        TemplateException e = refusal(doc -> {
            paragraph(doc, "{{unitName}}");
            doc.createTable(1, 1);
            XWPFTable t = doc.createTable(2, 3);
            t.getRow(1).getCell(2).getParagraphs().get(0).createRun().setText("{{chuKy}}");
        });
        assertThat(e.tag()).isEqualTo("{{chuKy}}");
        assertThat(e.location()).isEqualTo(new TagLocation(TagLocation.Part.TABLE, 0, 2, 2, 3, "{{chuKy}}"));
    }

    @Test
    void textThatLooksLikeATagButIsNotOneIsRefused() {
        TemplateException e = refusal(doc -> paragraph(doc, "Đơn vị: {{ tên đơn vị }}"));
        assertThat(e.problem()).isEqualTo(Problem.MALFORMED_TAG);
        assertThat(e.tag()).isEqualTo("{{ tên đơn vị }}");
    }

    @Test
    void aTextTagUsedAsABlockIsTheWrongKind() {
        TemplateException e = refusal(doc -> {
            paragraph(doc, "{{?unitName}}");
            paragraph(doc, "x");
            paragraph(doc, "{{/unitName}}");
        });
        assertThat(e.problem()).isEqualTo(Problem.WRONG_KIND);
        assertThat(e.tag()).isEqualTo("{{?unitName}}");
    }

    @Test
    void tagsInsideARepeatedBlockAreTheItemsTags() throws Exception {
        Map<String, Object> data = Map.of("unitName", "Phường Ba Đình", "hasPeople", true,
                "people", List.of(Map.of("name", "An"), Map.of("name", "Bình")), "rows", List.of());
        new WordTemplate(SCHEMA).render(docx(doc -> {
            paragraph(doc, "{{?hasPeople}}");
            paragraph(doc, "{{?people}}");
            paragraph(doc, "- {{name}}");
            paragraph(doc, "{{/people}}");
            paragraph(doc, "{{/hasPeople}}");
        }), data, dir.resolve("ok.docx"));
        try (XWPFDocument out = new XWPFDocument(java.nio.file.Files.newInputStream(dir.resolve("ok.docx")))) {
            assertThat(out.getParagraphs()).extracting(p -> p.getText()).contains("- An", "- Bình");
        }
        TemplateException e = refusal(doc -> {
            paragraph(doc, "{{?people}}");
            paragraph(doc, "- {{unitName}}");
            paragraph(doc, "{{/people}}");
        });
        assertThat(e.tag()).as("an outer tag inside a repeated block prints nothing: refused").isEqualTo("{{unitName}}");
    }

    @Test
    void aBlockOpenedAndNeverClosedIsRefused() {
        TemplateException e = refusal(doc -> {
            paragraph(doc, "{{?people}}");
            paragraph(doc, "- {{name}}");
        });
        assertThat(e.problem()).isEqualTo(Problem.UNBALANCED);
        assertThat(e.tag()).isEqualTo("{{?people}}");
    }

    @Test
    void anUnknownFieldInARepeatedTableRowIsNamedWithItsCell() {
        TemplateException e = refusal(doc -> {
            XWPFTable t = doc.createTable(2, 2);
            t.getRow(0).getCell(0).getParagraphs().get(0).createRun().setText("Mã{{rows}}");
            t.getRow(1).getCell(0).getParagraphs().get(0).createRun().setText("[code]");
            t.getRow(1).getCell(1).getParagraphs().get(0).createRun().setText("[ghiChu]");
        });
        assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_TAG);
        assertThat(e.tag()).isEqualTo("[ghiChu]");
        assertThat(e.location()).isEqualTo(new TagLocation(TagLocation.Part.TABLE, 0, 1, 2, 2, "[ghiChu]"));
    }

    @Test
    void aFileThatIsNotADocxIsUnreadable() {
        assertThatThrownBy(() -> new WordTemplate(SCHEMA).check(new ByteArrayInputStream("PK not really".getBytes())))
                .isInstanceOfSatisfying(TemplateException.class, e -> assertThat(e.problem()).isEqualTo(Problem.UNREADABLE));
    }
}
