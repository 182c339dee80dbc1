package vn.congvu.report.templates;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.report.minutes.MinutesSchema;
import vn.congvu.report.plan.PlanReportSchema;
import vn.congvu.report.word.TemplateSchema;
import vn.congvu.report.word.WordTemplate;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped templates, the code they are built from, their schemas and docs/templates.md must agree: a
 * change to one without the others fails here (rebuild with .ci/make-templates).
 */
class ShippedTemplatesTest {

    @TempDir
    Path dir;

    @Test
    void shippedTemplatesAreWhatTheirSourceBuilds() throws Exception {
        compare(MinutesTemplateSource.build(), Path.of("assets/templates", MakeTemplates.MINUTES));
        compare(ReportTemplateSource.build(), Path.of("assets/templates", MakeTemplates.REPORT));
    }

    private void compare(XWPFDocument built, Path shipped) throws Exception {
        Path fresh = dir.resolve(shipped.getFileName());
        MakeTemplates.write(built, fresh);
        Map<String, String> expected = parts(fresh);
        Map<String, String> actual = parts(shipped);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((name, xml) -> assertThat(actual.get(name)).as(shipped + " " + name
                + " differs from its source: run .ci/make-templates").isEqualTo(xml));
    }

    /** The XML parts that carry content and layout (docProps hold dates and are left out). */
    private static Map<String, String> parts(Path docx) throws Exception {
        Map<String, String> out = new HashMap<>();
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.getName().startsWith("word/")) {
                    try (InputStream in = zip.getInputStream(e)) {
                        out.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return out;
    }

    @Test
    void shippedTemplatesPassTheirSchemaCheck() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("assets/templates", MakeTemplates.MINUTES))) {
            new WordTemplate(MinutesSchema.SCHEMA).check(in);
        }
        try (InputStream in = Files.newInputStream(Path.of("assets/templates", MakeTemplates.REPORT))) {
            new WordTemplate(PlanReportSchema.SCHEMA).check(in);
        }
    }

    @Test
    void everyTagOfTheSchemasIsInItsTemplateAndDocumented() throws Exception {
        String docs = Files.readString(Path.of("docs/templates.md"));
        check(MinutesSchema.SCHEMA, text(MakeTemplates.MINUTES), docs, "## Biên bản");
        check(PlanReportSchema.SCHEMA, text(MakeTemplates.REPORT), docs, "## Báo cáo");
    }

    private static void check(TemplateSchema schema, String template, String docs, String heading) {
        int from = docs.indexOf(heading);
        assertThat(from).as("docs/templates.md has a section " + heading).isNotNegative();
        int to = docs.indexOf("\n## ", from + 1);
        String section = to < 0 ? docs.substring(from) : docs.substring(from, to);
        for (String written : tagsAsWritten(schema, "")) {
            assertThat(template).as("the shipped template uses " + written).contains(written);
            assertThat(section).as("docs/templates.md, " + heading + ", documents " + written).contains("`" + written + "`");
        }
    }

    /** Each tag as it is typed in Word: {{name}}, {{?name}}, {{@name}}, or [name] in a repeated row. */
    private static List<String> tagsAsWritten(TemplateSchema schema, String context) {
        List<String> out = new ArrayList<>();
        schema.tags().values().forEach(tag -> {
            switch (tag.kind()) {
                case TEXT -> out.add(context.equals("rows") ? "[" + tag.name() + "]" : "{{" + tag.name() + "}}");
                case PICTURE -> out.add("{{@" + tag.name() + "}}");
                case CONDITION, SECTION -> out.add("{{?" + tag.name() + "}}");
                case ROWS, BLOCK -> out.add("{{" + tag.name() + "}}");
            }
            if (tag.items() != null) {
                out.addAll(tagsAsWritten(tag.items(), tag.kind() == TemplateSchema.Kind.ROWS ? "rows" : "section"));
            }
        });
        return out;
    }

    private static String text(String template) throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("assets/templates", template));
             XWPFDocument doc = new XWPFDocument(in)) {
            StringBuilder s = new StringBuilder();
            doc.getBodyElements().forEach(e -> {
                if (e instanceof org.apache.poi.xwpf.usermodel.XWPFParagraph p) {
                    s.append(p.getText()).append('\n');
                } else if (e instanceof org.apache.poi.xwpf.usermodel.XWPFTable t) {
                    s.append(t.getText()).append('\n');
                }
            });
            // the page footers (the minutes' verification code)
            doc.getFooterList().forEach(f -> s.append(f.getText()).append('\n'));
            return s.toString();
        }
    }
}
