package vn.congvu.report.plan;

import vn.congvu.report.word.WordTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** Writes the team's report (báo cáo kết quả kiểm tra) over a plan from a template checked against its schema. */
public final class PlanReportDocument {

    public static final String SHIPPED_TEMPLATE = "/assets/templates/bao-cao-ket-qua-kiem-tra.docx";

    private final WordTemplate template = new WordTemplate(PlanReportSchema.SCHEMA);

    public void write(PlanReportModel model, InputStream template, Path out) throws IOException {
        this.template.render(template, PlanReportData.of(model), out);
    }

    public void check(InputStream template) throws IOException {
        this.template.check(template);
    }
}
