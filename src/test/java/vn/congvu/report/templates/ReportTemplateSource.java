package vn.congvu.report.templates;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import vn.congvu.report.Nd30Layout;
import vn.congvu.report.templates.TemplateBuilder.SignatureLine;

import static vn.congvu.report.templates.TemplateBuilder.BODY;
import static vn.congvu.report.templates.TemplateBuilder.CAPTION;
import static vn.congvu.report.templates.TemplateBuilder.HEADING;
import static vn.congvu.report.templates.TemplateBuilder.RECIPIENTS;
import static vn.congvu.report.templates.TemplateBuilder.SUMMARY;
import static vn.congvu.report.templates.TemplateBuilder.TITLE;

/** The shipped template of the team's report; its tags are those of {@code PlanReportSchema}. */
final class ReportTemplateSource {

    private ReportTemplateSource() {
    }

    static XWPFDocument build() throws Exception {
        TemplateBuilder b = new TemplateBuilder();
        b.headerBlock("Số: {{number}}");

        b.paragraph(TITLE, "BÁO CÁO");
        b.paragraph(SUMMARY, "Kết quả kiểm tra công vụ, cải cách hành chính tại Bộ phận Một cửa"
                + " theo Kế hoạch số {{planNumber}}");

        b.paragraph(BODY, "Thực hiện Kế hoạch số {{planNumber}} {{planDate}} về {{planTitle}} và Quyết định số"
                + " {{decisionNumber}} {{decisionDate}} của {{decisionIssuer}} về việc thành lập Đoàn kiểm tra,"
                + " Đoàn kiểm tra báo cáo kết quả như sau:");

        b.paragraph(HEADING, "I. KHÁI QUÁT");
        b.paragraph(BODY, "1. Thành phần Đoàn kiểm tra:");
        b.marker("?team");
        b.paragraph(BODY, "- {{name}}, {{position}} - {{role}};");
        b.marker("/team");
        b.paragraph(BODY, "2. Thời gian, phạm vi: {{period}}, Đoàn đã thực hiện {{visitCount}} cuộc kiểm tra"
                + " ({{surpriseCount}} cuộc đột xuất, không báo trước) tại {{unitsVisited}} đơn vị; đã kiểm tra"
                + " {{coverage}} số đơn vị theo Kế hoạch ({{unitsPlanned}} đơn vị).");
        b.paragraph(BODY, "Các đơn vị được kiểm tra: {{unitList}}.");

        b.paragraph(HEADING, "II. KẾT QUẢ KIỂM TRA");
        b.paragraph(BODY, "Điểm bình quân các cuộc kiểm tra: {{meanScore}}/100. Xếp loại: {{gradeSummary}}.");
        b.paragraph(HEADING, "1. Ưu điểm");
        b.marker("?strengths");
        b.paragraph(BODY, "- {{text}}");
        b.marker("/strengths");

        b.paragraph(HEADING, "2. Tồn tại, hạn chế");
        b.paragraph(BODY, "a) Theo nhóm tiêu chí:");
        XWPFParagraph chart = b.paragraph(TemplateBuilder.PHOTO, "{{failureChart}}");
        chart.setSpacingBefore(120);
        b.marker("?groupFailures");
        b.paragraph(BODY, "- Nhóm {{code}} “{{title}}”: {{failures}} lượt không đạt, tại {{visits}} cuộc kiểm tra;");
        b.marker("/groupFailures");
        b.marker("?noGroupFailures");
        b.paragraph(BODY, "- Không có tiêu chí không đạt.");
        b.marker("/noGroupFailures");
        b.paragraph(BODY, "b) Theo đơn vị:");
        b.marker("?units");
        b.mixed(BODY, "- ", "{{name}}", " (kiểm tra ngày {{date}}; {{result}}):");
        b.marker("?failures");
        b.paragraph(BODY, "+ {{code}}. {{text}}{{note}};");
        b.marker("/failures");
        b.marker("?noFailures");
        b.paragraph(BODY, "+ Không có tiêu chí không đạt.");
        b.marker("/noFailures");
        b.marker("/units");
        b.paragraph(BODY, "c) Kỷ luật, kỷ cương của cán bộ, công chức: {{officials}}");
        b.paragraph(BODY, "d) Giải quyết hồ sơ: {{dossiers}}");

        b.paragraph(HEADING, "III. NGUYÊN NHÂN");
        b.marker("?causes");
        b.paragraph(BODY, "- {{text}}");
        b.marker("/causes");

        b.paragraph(HEADING, "IV. KIẾN NGHỊ");
        b.marker("?recommendations");
        b.paragraph(BODY, "- Đối với {{unit}}: {{text}} (thời hạn: {{deadline}}; {{status}}).");
        b.marker("/recommendations");
        b.marker("?noRecommendations");
        b.paragraph(BODY, "Đoàn kiểm tra không có kiến nghị.");
        b.marker("/noRecommendations");
        b.paragraph(BODY, "{{openRecommendations}}");
        b.paragraph(BODY, "Trên đây là báo cáo kết quả kiểm tra của Đoàn kiểm tra./.");
        b.spacer();

        int left = Nd30Layout.mmToTwips(75);
        b.signatureTable(new int[] {left, Nd30Layout.TEXT_WIDTH_TWIPS - left}, new SignatureLine[][] {
                {new SignatureLine("Nơi nhận:", RECIPIENTS, true, true, Nd30Layout.RECIPIENTS_HEADING_PT),
                        new SignatureLine("- UBND Thành phố (để báo cáo);", RECIPIENTS, false, false, 0),
                        new SignatureLine("- Sở Nội vụ;", RECIPIENTS, false, false, 0),
                        new SignatureLine("- Các đơn vị được kiểm tra;", RECIPIENTS, false, false, 0),
                        new SignatureLine("- Lưu: VT, ĐKT.", RECIPIENTS, false, false, 0)},
                {SignatureLine.caps("TRƯỞNG ĐOÀN"), SignatureLine.blank(), SignatureLine.blank(),
                        SignatureLine.blank(), SignatureLine.blank(), SignatureLine.bold("{{leadName}}")}});
        fixRecipientAlignment(b);

        XWPFParagraph appendix = b.paragraph(TITLE, "PHỤ LỤC");
        appendix.setPageBreak(true);
        b.paragraph(SUMMARY, "TỔNG HỢP SỐ LƯỢT TIÊU CHÍ KHÔNG ĐẠT THEO ĐƠN VỊ VÀ NHÓM TIÊU CHÍ");
        XWPFParagraph attached = b.paragraph(CAPTION, "(Kèm theo Báo cáo số {{number}})");
        attached.setSpacingAfter(240);
        b.paragraph(BODY, "{{appendixTable}}");
        XWPFParagraph legend = b.paragraph(CAPTION, "Mã nhóm tiêu chí:");
        legend.setSpacingBefore(120);
        legend.setSpacingAfter(0);
        b.marker("?groupLegend");
        XWPFParagraph item = b.paragraph(RECIPIENTS, "{{code}}. {{title}}");
        item.setIndentationLeft(Nd30Layout.FIRST_LINE_INDENT_TWIPS);
        b.marker("/groupLegend");
        return b.document();
    }

    /** "Nơi nhận:" and its list sit at the left of their cell, not centred like the signature. */
    private static void fixRecipientAlignment(TemplateBuilder b) {
        var tables = b.document().getTables();
        var cell = tables.get(tables.size() - 1).getRow(0).getCell(0);
        for (XWPFParagraph p : cell.getParagraphs()) {
            p.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.LEFT);
        }
    }
}
