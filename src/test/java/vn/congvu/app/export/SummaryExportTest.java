package vn.congvu.app.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvu.domain.calendar.DossierTimeliness;
import vn.congvu.domain.scoring.GroupFailureTotal;
import vn.congvu.domain.scoring.PlanScore;
import vn.congvu.domain.scoring.VisitScore;
import vn.congvu.report.Nd30Layout;
import vn.congvu.report.summary.SummaryWorkbook;
import vn.congvu.testing.DocumentFixture;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The summary workbook of all the fixture's visits, read back with POI. */
class SummaryExportTest {

    @TempDir
    static Path dir;
    static DocumentFixture f;
    static XSSFWorkbook wb;

    @BeforeAll
    static void export() throws Exception {
        f = new DocumentFixture(dir.resolve("db"));
        ExportResult result = f.ws.exports().exportSummary(null, ExportRequest.to(dir.resolve("Tổng hợp.xlsx")),
                ExportProgress.NONE);
        try (InputStream in = Files.newInputStream(result.file())) {
            wb = new XSSFWorkbook(in);
        }
    }

    @AfterAll
    static void close() throws Exception {
        if (wb != null) {
            wb.close();
        }
        if (f != null) {
            f.close();
        }
    }

    @Test
    void sheetsHaveVietnameseNamesWithDiacritics() {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        assertThat(names).containsExactly("Tổng hợp", "Cuộc kiểm tra", "Đơn vị", "Tiêu chí", "Cán bộ vi phạm",
                "Hồ sơ quá hạn", "Kiến nghị, khắc phục", "Kết quả chi tiết");
    }

    @Test
    void tableSheetsHaveStyledFrozenFilteredHeaders() {
        for (int i = 1; i < wb.getNumberOfSheets(); i++) {
            XSSFSheet sheet = wb.getSheetAt(i);
            Row header = sheet.getRow(0);
            XSSFCellStyle style = (XSSFCellStyle) header.getCell(0).getCellStyle();
            assertThat(style.getFont().getBold()).as(sheet.getSheetName()).isTrue();
            assertThat(style.getFillPattern().name()).isEqualTo("SOLID_FOREGROUND");
            assertThat(style.getWrapText()).isTrue();
            assertThat(sheet.getPaneInformation()).as("frozen panes on " + sheet.getSheetName()).isNotNull();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as("autofilter on " + sheet.getSheetName()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:");
            for (int c = 0; c < header.getLastCellNum(); c++) {
                assertThat(sheet.getColumnWidth(c)).as("width of %s column %d", sheet.getSheetName(), c)
                        .isGreaterThanOrEqualTo(8 * 256).isLessThanOrEqualTo(62 * 256);
            }
        }
        assertThat(wb.getFontAt(0).getFontName()).isEqualTo(Nd30Layout.FONT);
    }

    @Test
    void visitRowsCarryTheVisitScorersFiguresAndRealDates() {
        Map<String, VisitScore> expected = ScoresFromStore.visits(f.ws, null);
        Sheet sheet = wb.getSheet(SummaryWorkbook.VISITS);
        Map<String, Row> byId = new HashMap<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            byId.put(sheet.getRow(r).getCell(20).getStringCellValue(), sheet.getRow(r));
        }
        assertThat(byId.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((id, score) -> {
            Row row = byId.get(id);
            assertThat(number(row.getCell(8))).isEqualTo(score.criteria().total());
            assertThat(number(row.getCell(9))).isEqualTo(score.criteria().answered());
            assertThat(number(row.getCell(10))).isEqualTo(score.criteria().passed());
            assertThat(number(row.getCell(11))).isEqualTo(score.criteria().failed());
            assertThat(number(row.getCell(12))).isEqualTo(score.criteria().notApplicable());
            if (score.score() == null) {
                assertThat(row.getCell(13)).isNull();
            } else {
                assertThat(row.getCell(13).getNumericCellValue()).isEqualTo(score.score());
            }
            assertThat(number(row.getCell(16))).isEqualTo(score.officials().withViolation());
            assertThat(number(row.getCell(18))).isEqualTo(score.dossiers().overdue());
        });
        Cell date = sheet.getRow(1).getCell(0);
        assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
        assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(java.time.LocalDate.of(2025, 1, 6));
        assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Phường Ba Đình");
        assertThat(sheet.getRow(1).getCell(13).getCellStyle().getDataFormatString()).isEqualTo("0.0");
    }

    @Test
    void overviewFiguresArePlanScoresOverAllVisits() {
        PlanScore expected = ScoresFromStore.plan(f.ws, null);
        Map<String, Cell> figures = new HashMap<>();
        Sheet overview = wb.getSheet(SummaryWorkbook.OVERVIEW);
        for (Row row : overview) {
            if (row.getCell(0) != null && row.getCell(1) != null && row.getCell(0).getCellType().name().equals("STRING")) {
                figures.put(row.getCell(0).getStringCellValue(), row.getCell(1));
            }
        }
        assertThat(number(figures.get("Số cuộc kiểm tra"))).isEqualTo(expected.visits());
        assertThat(number(figures.get("Số đơn vị đã kiểm tra"))).isEqualTo(expected.unitsVisited());
        assertThat(figures.get("Điểm bình quân").getNumericCellValue()).isEqualTo(expected.meanScore());
        assertThat(number(figures.get("Lượt cán bộ, công chức vi phạm"))).isEqualTo(expected.officials().withViolation());
        assertThat(number(figures.get("Hồ sơ quá hạn"))).isEqualTo(expected.dossiers().overdue());
        assertThat(figures.get("Tỷ lệ hồ sơ quá hạn").getNumericCellValue())
                .isEqualTo((double) expected.dossiers().overdue() / expected.dossiers().sampled());
        assertThat(figures.get("Tỷ lệ hồ sơ quá hạn").getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        for (GroupFailureTotal g : expected.failuresByGroup()) {
            Cell label = find(overview, g.code() + ". " + g.title());
            assertThat(number(overview.getRow(label.getRowIndex()).getCell(1))).isEqualTo(g.failures());
        }
    }

    @Test
    void overviewHasNativeChartsByGroupAndByUnitWithVietnameseLabels() {
        XSSFDrawing drawing = wb.getSheetAt(0).getDrawingPatriarch();
        List<XSSFChart> charts = drawing.getCharts();
        assertThat(charts).hasSize(2);
        assertThat(charts.get(0).getCTChart().getTitle().xmlText()).contains("Số lượt tiêu chí không đạt theo nhóm");
        assertThat(charts.get(1).getCTChart().getTitle().xmlText()).contains("Số lượt tiêu chí không đạt theo đơn vị");
        var series = charts.get(0).getChartSeries().get(0).getSeries(0);
        assertThat(series.getCategoryData().getDataRangeReference()).contains("'Tổng hợp'!");
        assertThat(charts.get(0).getCTChart().xmlText()).contains("Times New Roman");
    }

    @Test
    void overdueDossiersAreThoseTheDomainCallsOverdue() {
        DossierTimeliness timeliness = new DossierTimeliness(f.ws.calendar().calendar());
        int overdue = 0;
        for (var v : f.ws.db().read(c -> f.ws.visitRepository().listAll(c))) {
            for (var d : f.ws.db().read(c -> f.ws.dossierRepository().dossiersOf(c, v.id()))) {
                if (timeliness.classify(d, v.visitDate()).map(t -> t.timeliness().isOverdue()).orElse(false)) {
                    overdue++;
                }
            }
        }
        Sheet sheet = wb.getSheet(SummaryWorkbook.DOSSIERS);
        assertThat(sheet.getLastRowNum()).isEqualTo(overdue);
        assertThat(sheet.getRow(1).getCell(4).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy hh:mm");
    }

    @Test
    void criteriaSheetCountsEveryAnswerOnce() {
        Sheet criteria = wb.getSheet(SummaryWorkbook.CRITERIA);
        Sheet answers = wb.getSheet(SummaryWorkbook.ANSWERS);
        int answered = 0;
        int failed = 0;
        for (int r = 1; r <= criteria.getLastRowNum(); r++) {
            answered += number(criteria.getRow(r).getCell(4));
            failed += number(criteria.getRow(r).getCell(6));
        }
        int failedInAnswers = 0;
        for (int r = 1; r <= answers.getLastRowNum(); r++) {
            if (answers.getRow(r).getCell(5).getStringCellValue().equals("Không đạt")) {
                failedInAnswers++;
            }
        }
        assertThat(answered).isEqualTo(answers.getLastRowNum());
        assertThat(failed).isEqualTo(failedInAnswers).isEqualTo(ScoresFromStore.plan(f.ws, null).failuresByGroup()
                .stream().mapToInt(GroupFailureTotal::failures).sum());
    }

    @Test
    void officialsWithViolationsAndFollowUpsAreListed() {
        Sheet officials = wb.getSheet(SummaryWorkbook.OFFICIALS);
        assertThat(officials.getLastRowNum()).isEqualTo(2);
        assertThat(officials.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Nguyễn Thị Phương");
        Sheet followUps = wb.getSheet(SummaryWorkbook.FOLLOW_UPS);
        assertThat(followUps.getLastRowNum()).isEqualTo(3);
        assertThat(followUps.getRow(1).getCell(5).getStringCellValue()).isEqualTo("Nhắc nhở, kiểm tra hằng ngày việc đeo thẻ");
        assertThat(followUps.getRow(1).getCell(8).getStringCellValue()).isEqualTo("Đang thực hiện");
        Sheet answers = wb.getSheet(SummaryWorkbook.ANSWERS);
        boolean noteKept = false;
        for (int r = 1; r <= answers.getLastRowNum(); r++) {
            Cell note = answers.getRow(r).getCell(10);
            if (note != null && note.getStringCellValue().contains("👍")) {
                assertThat(note.getStringCellValue()).doesNotContain("\u0007").contains("\n");
                noteKept = true;
            }
        }
        assertThat(noteKept).isTrue();
    }

    private static int number(Cell cell) {
        return (int) cell.getNumericCellValue();
    }

    private static Cell find(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType().name().equals("STRING") && cell.getStringCellValue().equals(text)) {
                    return cell;
                }
            }
        }
        throw new AssertionError("no cell " + text);
    }
}
