package vn.congvu.report.chart;

import org.apache.poi.common.usermodel.fonts.FontGroup;
import org.apache.poi.xddf.usermodel.chart.XDDFChart;
import org.apache.poi.xddf.usermodel.chart.XDDFChartAxis;
import org.apache.poi.xddf.usermodel.text.XDDFFont;
import org.apache.poi.xddf.usermodel.text.XDDFRunProperties;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraph;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraphProperties;

import java.util.Locale;

/**
 * Chart details POI's chart API leaves out, shared by the Word and Excel charts: the font of every chart
 * text (else Word uses the theme's Calibri and LibreOffice its own sans) and the value printed on each bar.
 * The font is set on the chart, its title, its axes and its labels, because LibreOffice reads only the
 * latter three.
 */
public final class ChartText {

    private static final String LANGUAGE = "vi-VN";
    private static final Locale VIETNAMESE = Locale.forLanguageTag(LANGUAGE);

    private ChartText() {
    }

    /** Every text of {@code chart} in {@code font}, the title two points larger. Call after plotting. */
    public static void useFont(XDDFChart chart, String font, int points) {
        chart.getCTChartSpace().setTxPr(textBody(font, points));
        titleRuns(chart, font, points + 2);
        for (XDDFChartAxis axis : chart.getAxes()) {
            style(axis.getOrAddTextProperties(), font, points, false);
        }
        var plot = chart.getCTChart().getPlotArea();
        for (int i = 0; i < plot.sizeOfBarChartArray(); i++) {
            for (CTBarSer series : plot.getBarChartArray(i).getSerArray()) {
                if (series.isSetDLbls()) {
                    series.getDLbls().setTxPr(textBody(font, points));
                }
            }
        }
    }

    private static void style(XDDFRunProperties run, String font, int points, boolean bold) {
        run.setFonts(new XDDFFont[] {new XDDFFont(FontGroup.LATIN, font, null, null, null),
                new XDDFFont(FontGroup.COMPLEX_SCRIPT, font, null, null, null)});
        run.setFontSize((double) points);
        run.setBold(bold);
        run.setLanguage(VIETNAMESE);
    }

    /** Built with the typed API: parsing an element string nests it inside itself ({@code <c:txPr><c:txPr>}). */
    private static CTTextBody textBody(String font, int points) {
        CTTextBody body = CTTextBody.Factory.newInstance();
        body.addNewBodyPr();
        body.addNewLstStyle();
        CTTextParagraph p = body.addNewP();
        runProperties(p.addNewPPr().addNewDefRPr(), font, points, false);
        p.addNewEndParaRPr().setLang(LANGUAGE);
        return body;
    }

    private static void runProperties(CTTextCharacterProperties pr, String font, int points, boolean bold) {
        pr.setSz(points * 100);
        pr.setLang(LANGUAGE);
        if (bold) {
            pr.setB(true);
        }
        (pr.isSetLatin() ? pr.getLatin() : pr.addNewLatin()).setTypeface(font);
        (pr.isSetCs() ? pr.getCs() : pr.addNewCs()).setTypeface(font);
    }

    /** A title set as text is rich text whose runs carry their own properties, which win over the defaults. */
    private static void titleRuns(XDDFChart chart, String font, int points) {
        var title = chart.getCTChart().getTitle();
        if (title == null || !title.isSetTx() || !title.getTx().isSetRich()) {
            return;
        }
        for (CTTextParagraph p : title.getTx().getRich().getPArray()) {
            CTTextParagraphProperties pPr = p.isSetPPr() ? p.getPPr() : p.addNewPPr();
            runProperties(pPr.isSetDefRPr() ? pPr.getDefRPr() : pPr.addNewDefRPr(), font, points, true);
            for (CTRegularTextRun r : p.getRArray()) {
                runProperties(r.isSetRPr() ? r.getRPr() : r.addNewRPr(), font, points, true);
            }
            if (p.isSetEndParaRPr()) {
                runProperties(p.getEndParaRPr(), font, points, true);
            }
        }
    }

    /** Prints each bar's value at its end, so the chart can be read without the axis. */
    public static void showValues(CTBarSer series) {
        CTDLbls labels = series.isSetDLbls() ? series.getDLbls() : series.addNewDLbls();
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(true);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
    }
}
