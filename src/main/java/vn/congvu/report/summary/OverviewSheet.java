package vn.congvu.report.summary;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import vn.congvu.domain.scoring.DossierTally;
import vn.congvu.domain.scoring.Grade;
import vn.congvu.domain.scoring.GroupFailureTotal;
import vn.congvu.domain.scoring.OfficialTally;
import vn.congvu.domain.scoring.PlanScore;
import vn.congvu.domain.scoring.Rate;
import vn.congvu.report.Nd30Layout;
import vn.congvu.report.VnText;
import vn.congvu.report.VnWords;
import vn.congvu.report.XmlText;
import vn.congvu.report.chart.ChartText;

import java.util.List;

/**
 * The first sheet: the figures of the plan (from {@link PlanScore}), the tables of failures by group and by
 * unit, and a native bar chart over each table. The charts read their cells, so a user who corrects a
 * number sees the chart follow.
 */
final class OverviewSheet {

    /** the chart by unit shows the units with the most failures; all are on the units sheet */
    static final int CHART_UNITS = 25;
    static final String GROUP_CHART_TITLE = "Số lượt tiêu chí không đạt theo nhóm";
    static final String UNIT_CHART_TITLE = "Số lượt tiêu chí không đạt theo đơn vị";
    static final String SERIES = "Số lượt không đạt";

    private static final int CHART_LABEL_LENGTH = 60;
    private static final int CHART_COLUMN = 5;
    private static final int CHART_WIDTH_COLUMNS = 10;

    private final XSSFSheet sheet;
    private final CellStyles styles;
    private int nextRow;

    OverviewSheet(XSSFSheet sheet, CellStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    void write(SummaryData data) {
        PlanScore t = data.totals();
        cell(row(), 0, XmlText.cleanOrEmpty(data.title()), styles.title);
        cell(row(), 0, "Lập ngày " + VnText.date(data.madeOn()), styles.text);
        nextRow++;
        Row head = row();
        cell(head, 0, "Chỉ tiêu", styles.header);
        cell(head, 1, "Giá trị", styles.header);
        figure("Số cuộc kiểm tra", t.visits(), styles.integer);
        figure("Số đơn vị đã kiểm tra", t.unitsVisited(), styles.integer);
        figure("Số đơn vị theo kế hoạch", t.unitsPlanned(), styles.integer);
        figure("Tỷ lệ đơn vị theo kế hoạch đã kiểm tra", fraction(t.coverage()), styles.percent);
        figure("Điểm bình quân", t.meanScore(), styles.decimal);
        for (Grade g : Grade.values()) {
            figure("Số cuộc xếp loại " + VnWords.grade(g), t.visitsGraded(g), styles.integer);
        }
        figure("Số cuộc chưa xếp loại", t.ungradedVisits(), styles.integer);
        figure("Số đơn vị có tiêu chí không đạt", t.unitsWithFailures(), styles.integer);
        OfficialTally o = t.officials();
        figure("Lượt cán bộ, công chức được kiểm tra", o.total(), styles.integer);
        figure("Lượt cán bộ, công chức vi phạm", o.withViolation(), styles.integer);
        figure("Tỷ lệ cán bộ, công chức vi phạm", fraction(o.violationRate()), styles.percent);
        DossierTally d = t.dossiers();
        figure("Hồ sơ kiểm tra xác suất", d.sampled(), styles.integer);
        figure("Hồ sơ đúng hạn", d.onTime(), styles.integer);
        figure("Hồ sơ quá hạn", d.overdue(), styles.integer);
        figure("Tỷ lệ hồ sơ quá hạn", fraction(d.overdueRate()), styles.percent);
        figure("Hồ sơ quá hạn có phiếu xin lỗi", d.apologyAmongOverdue().numerator(), styles.integer);
        figure("Kiến nghị chưa thực hiện xong", data.openRecommendations(), styles.integer);
        figure("Biện pháp khắc phục chưa xong", data.openActions(), styles.integer);
        nextRow++;

        List<GroupFailureTotal> groups = data.groupFailures();
        int groupTop = nextRow;
        Row groupHead = row();
        groupHead.setHeightInPoints(32);
        cell(groupHead, 0, "Nhóm tiêu chí", styles.header);
        cell(groupHead, 1, SERIES, styles.header);
        cell(groupHead, 2, "Số cuộc có vi phạm", styles.header);
        for (GroupFailureTotal g : groups) {
            Row r = row();
            cell(r, 0, XmlText.cleanOrEmpty(g.code()) + ". " + XmlText.cleanOrEmpty(g.title()), styles.wrapped);
            number(r, 1, g.failures(), styles.integer);
            number(r, 2, g.visitsWithFailures(), styles.integer);
        }
        int groupBottom = nextRow - 1;
        nextRow++;

        int unitTop = nextRow;
        Row unitHead = row();
        unitHead.setHeightInPoints(32);
        cell(unitHead, 0, "Đơn vị (" + CHART_UNITS + " đơn vị nhiều lượt không đạt nhất)", styles.header);
        cell(unitHead, 1, SERIES, styles.header);
        List<SummaryData.UnitFailures> units = data.unitFailures().stream().filter(u -> u.failures() > 0)
                .limit(CHART_UNITS).toList();
        for (SummaryData.UnitFailures u : units) {
            Row r = row();
            cell(r, 0, shorten(XmlText.cleanOrEmpty(u.unitName())), styles.wrapped);
            number(r, 1, u.failures(), styles.integer);
        }
        int unitBottom = nextRow - 1;

        sheet.setColumnWidth(0, 52 * 256);
        sheet.setColumnWidth(1, 16 * 256);
        sheet.setColumnWidth(2, 14 * 256);

        SheetWriter.printOnA4(sheet);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int chartTop = 3;
        if (!groups.isEmpty()) {
            int height = Math.max(14, groups.size() * 2 + 4);
            chart(drawing, GROUP_CHART_TITLE, groupTop + 1, groupBottom, chartTop, height);
            chartTop += height + 1;
        }
        if (!units.isEmpty()) {
            chart(drawing, UNIT_CHART_TITLE, unitTop + 1, unitBottom, chartTop, Math.max(14, units.size() + 4));
        }
    }

    /** Chart labels this long squeeze the bars; the units sheet has the full names. */
    private static String shorten(String name) {
        return name.length() <= CHART_LABEL_LENGTH ? name : name.substring(0, CHART_LABEL_LENGTH - 1).strip() + "…";
    }

    private Row row() {
        return sheet.createRow(nextRow++);
    }

    private static Double fraction(Rate rate) {
        return rate.isDefined() ? (double) rate.numerator() / rate.denominator() : null;
    }

    private void figure(String label, Number value, CellStyle style) {
        Row r = row();
        cell(r, 0, label, styles.label);
        if (value != null) {
            number(r, 1, value.doubleValue(), style);
        } else {
            cell(r, 1, VnText.NONE, styles.text);
        }
    }

    private static void cell(Row row, int column, String text, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellValue(text);
        c.setCellStyle(style);
    }

    private static void number(Row row, int column, double value, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellValue(value);
        c.setCellStyle(style);
    }

    /** A horizontal bar chart over column A (labels) and B (values) of rows first..last. */
    private void chart(XSSFDrawing drawing, String title, int first, int last, int top, int heightRows) {
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, CHART_COLUMN, top, CHART_COLUMN + CHART_WIDTH_COLUMNS,
                top + heightRows);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
        categories.setOrientation(AxisOrientation.MAX_MIN);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.TOP);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        values.setCrossBetween(AxisCrossBetween.BETWEEN);
        values.setMinimum(0);
        XDDFDataSource<String> labels = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(first, last, 0, 0));
        XDDFNumericalDataSource<Double> counts = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(first, last, 1, 1));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        data.setGapWidth(60);
        XDDFChartData.Series series = data.addSeries(labels, counts);
        series.setTitle(SERIES, null);
        XDDFShapeProperties fill = new XDDFShapeProperties();
        fill.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.STEEL_BLUE)));
        series.setShapeProperties(fill);
        chart.plot(data);
        ChartText.showValues(chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0));
        ChartText.useFont(chart, Nd30Layout.FONT, 10);
    }
}
