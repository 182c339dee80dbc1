package vn.congvu.report.word;

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
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import vn.congvu.report.Nd30Layout;
import vn.congvu.report.XmlText;
import vn.congvu.report.chart.ChartText;

import java.util.List;
import java.util.Objects;

/**
 * A native Word bar chart (with its data in the embedded workbook, so "Edit Data" in Word works): one bar
 * per category, horizontal because the categories are long Vietnamese group titles that would not fit
 * under vertical bars. Numbers are the data given; the chart adds none.
 */
public record BarChart(String title, String seriesName, List<String> categories, List<Integer> values,
                       int heightMm) implements WordBlock {

    public BarChart {
        Objects.requireNonNull(title, "title");
        categories = List.copyOf(categories);
        values = List.copyOf(values);
        if (categories.size() != values.size() || categories.isEmpty()) {
            throw new IllegalArgumentException("one value per category, at least one category");
        }
    }

    @Override
    public void render(XWPFDocument document, XWPFRun tagRun) throws Exception {
        long width = (long) Nd30Layout.TEXT_WIDTH_TWIPS * Nd30Layout.EMU_PER_TWIP;
        long height = (long) heightMm * Nd30Layout.EMU_PER_MM;
        XWPFChart chart = document.createChart(tagRun, (int) width, (int) height);
        chart.setTitleText(XmlText.cleanOrEmpty(title));
        chart.setTitleOverlay(false);

        XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(AxisPosition.LEFT);
        // first category at the top, as in the list beside the chart; the values then read along the top
        categoryAxis.setOrientation(AxisOrientation.MAX_MIN);
        XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.TOP);
        valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        valueAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        valueAxis.setMinimum(0);
        valueAxis.setMajorUnit(majorUnit());

        int n = categories.size();
        String[] names = categories.stream().map(XmlText::cleanOrEmpty).toArray(String[]::new);
        Integer[] counts = values.toArray(Integer[]::new);
        XDDFDataSource<String> categoryData = XDDFDataSourcesFactory.fromArray(names,
                chart.formatRange(new CellRangeAddress(1, n, 0, 0)), 0);
        XDDFNumericalDataSource<Integer> valueData = XDDFDataSourcesFactory.fromArray(counts,
                chart.formatRange(new CellRangeAddress(1, n, 1, 1)), 1);

        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        data.setGapWidth(60);
        XDDFChartData.Series series = data.addSeries(categoryData, valueData);
        series.setTitle(XmlText.cleanOrEmpty(seriesName), chart.setSheetTitle(XmlText.cleanOrEmpty(seriesName), 1));
        XDDFShapeProperties fill = new XDDFShapeProperties();
        fill.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.STEEL_BLUE)));
        series.setShapeProperties(fill);
        chart.plot(data);

        ChartText.showValues(chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0));
        ChartText.useFont(chart, Nd30Layout.FONT, 11);
    }

    @Override
    public boolean replacesParagraph() {
        return false;
    }

    /** A whole-number step, so a count axis never shows 0.5 failures. */
    private int majorUnit() {
        int max = values.stream().mapToInt(Integer::intValue).max().orElse(0);
        return Math.max(1, (int) Math.ceil(max / 8.0));
    }
}
