package vn.congvu.app.export;

import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.domain.scoring.GroupFailureTotal;
import vn.congvu.domain.scoring.PlanScore;
import vn.congvu.report.Nd30Layout;
import vn.congvu.report.VnText;
import vn.congvu.testing.DocumentFixture;
import vn.congvu.testing.DocxInspect;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The team's report over the fixture's plan: its figures are PlanScore's, computed here from the store. */
class PlanReportExportTest {

    @TempDir
    static Path dir;
    static DocumentFixture f;
    static DocxInspect docx;
    static PlanScore expected;

    @BeforeAll
    static void export() throws Exception {
        f = new DocumentFixture(dir.resolve("db"));
        ExportResult result = f.ws.exports().exportReport(f.planId, ExportRequest.to(dir.resolve("Báo cáo.docx")),
                ExportProgress.NONE);
        docx = new DocxInspect(result.file());
        expected = ScoresFromStore.plan(f.ws, f.planId);
    }

    @AfterAll
    static void close() throws Exception {
        if (docx != null) {
            docx.close();
        }
        if (f != null) {
            f.close();
        }
    }

    @Test
    void overviewFiguresArePlanScores() {
        String text = docx.text();
        assertThat(text).contains("Đoàn đã thực hiện " + expected.visits() + " cuộc kiểm tra");
        assertThat(text).contains("tại " + expected.unitsVisited() + " đơn vị");
        assertThat(text).contains("đã kiểm tra " + VnText.percent(expected.coverage()) + " số đơn vị theo Kế hoạch ("
                + expected.unitsPlanned() + " đơn vị)");
        assertThat(text).contains("Điểm bình quân các cuộc kiểm tra: " + VnText.decimal(expected.meanScore(), 1) + "/100");
        assertThat(text).contains("Kiểm tra " + expected.officials().total() + " lượt cán bộ");
        assertThat(text).contains(expected.officials().withViolation() + " lượt có vi phạm");
        assertThat(text).contains("Kiểm tra xác suất " + expected.dossiers().sampled() + " hồ sơ: "
                + expected.dossiers().onTime() + " đúng hạn, " + expected.dossiers().overdue() + " quá hạn (tỷ lệ quá hạn "
                + VnText.percent(expected.overdueRate()) + ")");
    }

    @Test
    void failuresByGroupAreListedAndChartedAsPlanScoreSumsThem() {
        String text = docx.text();
        for (GroupFailureTotal g : expected.failuresByGroup()) {
            if (g.failures() > 0) {
                assertThat(text).contains("Nhóm " + g.code() + " “" + g.title() + "”: " + g.failures()
                        + " lượt không đạt, tại " + g.visitsWithFailures() + " cuộc kiểm tra");
            }
        }
        List<XWPFChart> charts = docx.doc.getCharts();
        assertThat(charts).as("a native Word chart").hasSize(1);
        XWPFChart chart = charts.get(0);
        assertThat(chart.getCTChart().getTitle().xmlText()).contains("Số lượt tiêu chí không đạt theo nhóm");
        XDDFChartData.Series series = chart.getChartSeries().get(0).getSeries(0);
        assertThat(series.getCategoryData().getPointCount()).isEqualTo(expected.failuresByGroup().size());
        for (int i = 0; i < expected.failuresByGroup().size(); i++) {
            GroupFailureTotal g = expected.failuresByGroup().get(i);
            assertThat(series.getCategoryData().getPointAt(i).toString()).startsWith(g.code() + ". ");
            assertThat(series.getValuesData().getPointAt(i).intValue()).isEqualTo(g.failures());
        }
        assertThat(series.getCategoryData().getPointAt(0).toString()).contains("Kỷ luật, kỷ cương");
    }

    @Test
    void appendixTotalsAreThePlansFailuresByGroup() {
        XWPFTable appendix = docx.doc.getTables().get(docx.doc.getTables().size() - 1);
        XWPFTableRow header = appendix.getRow(0);
        XWPFTableRow total = appendix.getRow(appendix.getRows().size() - 1);
        assertThat(total.getCell(1).getText()).isEqualTo("Tổng cộng");
        assertThat(total.getCell(2).getText()).isEqualTo(Integer.toString(expected.visits()));
        int sum = 0;
        for (int i = 0; i < expected.failuresByGroup().size(); i++) {
            GroupFailureTotal g = expected.failuresByGroup().get(i);
            assertThat(header.getCell(3 + i).getText()).isEqualTo(g.code());
            assertThat(total.getCell(3 + i).getText()).isEqualTo(Integer.toString(g.failures()));
            sum += g.failures();
        }
        assertThat(total.getCell(3 + expected.failuresByGroup().size()).getText()).isEqualTo(Integer.toString(sum));
        // the body rows add up to the total row
        for (int i = 0; i < expected.failuresByGroup().size(); i++) {
            int column = 3 + i;
            int rows = 0;
            for (int r = 1; r < appendix.getRows().size() - 1; r++) {
                rows += Integer.parseInt(appendix.getRow(r).getCell(column).getText());
            }
            assertThat(rows).isEqualTo(expected.failuresByGroup().get(i).failures());
        }
        assertThat(appendix.getRow(1).getCell(1).getText()).isEqualTo("Phường Ba Đình");
        var pr = appendix.getCTTbl().getTblPr();
        assertThat(pr.getTblLayout().getType().toString()).isEqualTo("fixed");
        assertThat(Integer.parseInt(pr.getTblW().getW().toString())).isEqualTo(Nd30Layout.TEXT_WIDTH_TWIPS);
    }

    @Test
    void pageFontsAndPageNumbersAreThoseOfTheDecree() throws Exception {
        var sect = docx.doc.getDocument().getBody().getSectPr();
        assertThat(Integer.parseInt(sect.getPgSz().getW().toString())).isEqualTo(Nd30Layout.PAGE_WIDTH_TWIPS);
        assertThat(Integer.parseInt(sect.getPgSz().getH().toString())).isEqualTo(Nd30Layout.PAGE_HEIGHT_TWIPS);
        assertThat(Nd30Layout.twipsToMm(Integer.parseInt(sect.getPgMar().getLeft().toString()))).isBetween(30.0, 35.0);
        assertThat(sect.isSetTitlePg()).isTrue();
        for (XWPFParagraph p : docx.paragraphs()) {
            for (XWPFRun r : p.getRuns()) {
                assertThat(docx.font(r)).as(p.getText()).isEqualTo(Nd30Layout.FONT);
            }
        }
        assertThat(docx.xml("word/charts/chart\\d+\\.xml")).contains("typeface=\"Times New Roman\"")
                .doesNotContain("<c:txPr><c:txPr>");
        for (XWPFTable table : docx.doc.getTables()) {
            assertThat(table.getCTTbl().getTblPr().getTblLayout().getType().toString()).isEqualTo("fixed");
        }
    }

    @Test
    void recipientsAndSignatureFollowTheDecree() {
        XWPFParagraph recipients = docx.paragraphStartingWith("Nơi nhận:");
        for (XWPFRun r : recipients.getRuns()) {
            assertThat(docx.size(r)).isEqualTo(12.0);
            assertThat(docx.bold(r)).isTrue();
            assertThat(docx.italic(r)).isTrue();
        }
        XWPFParagraph last = docx.paragraphStartingWith("- Lưu:");
        assertThat(last.getText()).isEqualTo("- Lưu: VT, ĐKT.");
        assertThat(docx.size(last.getRuns().get(0))).isEqualTo(11.0);
        XWPFParagraph lead = docx.paragraphStartingWith("TRƯỞNG ĐOÀN");
        assertThat(docx.bold(lead.getRuns().get(0))).isTrue();
        assertThat(docx.text()).contains("Nguyễn Văn An");
        assertThat(docx.paragraphStartingWith("BÁO CÁO").getRuns()).allSatisfy(r -> assertThat(docx.bold(r)).isTrue());
        assertThat(docx.doc.getTables().get(0).getRow(1).getCell(0).getText()).isEqualTo("Số: ……/BC-ĐKT");
        assertThat(docx.doc.getTables().get(0).getRow(1).getCell(1).getText())
                .isEqualTo("Hà Nội, ngày 05 tháng 3 năm 2025");
    }
}
