package vn.congvu.report.templates;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import vn.congvu.report.Nd30Layout;
import vn.congvu.report.templates.TemplateBuilder.SignatureLine;

import static vn.congvu.report.templates.TemplateBuilder.BODY;
import static vn.congvu.report.templates.TemplateBuilder.CAPTION;
import static vn.congvu.report.templates.TemplateBuilder.HEADING;
import static vn.congvu.report.templates.TemplateBuilder.PHOTO;
import static vn.congvu.report.templates.TemplateBuilder.SUMMARY;
import static vn.congvu.report.templates.TemplateBuilder.TITLE;

/** The shipped template of the minutes (biên bản kiểm tra); its tags are those of {@code MinutesSchema}. */
final class MinutesTemplateSource {

    private MinutesTemplateSource() {
    }

    static XWPFDocument build() throws Exception {
        TemplateBuilder b = new TemplateBuilder();
        b.headerBlock("Số: {{number}}");
        // a finalised visit's verification code and its QR code, on every page; empty while the visit is open
        b.footer("{{@finalisedQr}} {{finalisedLine}}");

        b.paragraph(TITLE, "BIÊN BẢN");
        b.paragraph(SUMMARY, "Kiểm tra công vụ, cải cách hành chính tại Bộ phận tiếp nhận và trả kết quả"
                + " giải quyết thủ tục hành chính của {{unitName}}");

        b.paragraph(BODY, "Căn cứ Quyết định số {{decisionNumber}} {{decisionDate}} của {{decisionIssuer}} về việc"
                + " thành lập Đoàn kiểm tra{{planReference}};");
        b.paragraph(BODY, "Hôm nay, vào hồi {{startTime}}, {{visitDate}}, tại {{place}}, Đoàn kiểm tra tiến hành"
                + " kiểm tra {{visitKind}} việc thực hiện nhiệm vụ tại Bộ phận Một cửa của {{unitName}}.");

        b.paragraph(HEADING, "I. THÀNH PHẦN");
        b.paragraph(BODY, "1. Đoàn kiểm tra:");
        b.marker("?team");
        b.paragraph(BODY, "- {{name}}, {{position}} - {{role}};");
        b.marker("/team");
        b.marker("?noTeam");
        b.paragraph(BODY, "(Chưa ghi thành viên Đoàn có mặt.)");
        b.marker("/noTeam");
        b.paragraph(BODY, "2. Đại diện {{unitName}}:");
        b.marker("?representatives");
        b.paragraph(BODY, "- {{name}}, {{position}};");
        b.marker("/representatives");
        b.marker("?noRepresentatives");
        b.paragraph(BODY, "Đơn vị không cử người tham gia.");
        b.marker("/noRepresentatives");

        b.paragraph(HEADING, "II. KẾT QUẢ KIỂM TRA");
        b.paragraph(BODY, "{{scoreSummary}}");
        b.marker("?groups");
        b.mixed(BODY, "", "{{number}}. {{title}}", " ({{summary}})");
        b.marker("?criteria");
        b.mixed(BODY, "- {{code}}. {{text}}: ", "{{result}}", "{{detail}}");
        b.marker("/criteria");
        b.marker("/groups");

        b.mixed(BODY, "", "Cán bộ, công chức làm việc tại Bộ phận Một cửa: ", "{{officialsSummary}}");
        b.marker("?hasOfficials");
        b.loopTable("officials",
                new String[] {"STT", "Họ và tên", "Chức vụ", "Đeo thẻ", "Trang phục", "Có mặt tại vị trí", "Thái độ", "Ghi chú"},
                new String[] {"number", "name", "position", "badge", "dress", "present", "attitude", "note"},
                widths(10, 30, 29, 14, 17, 15, 19, 31),
                new boolean[] {false, true, true, false, false, false, false, true});
        b.marker("/hasOfficials");

        b.mixed(BODY, "", "Hồ sơ kiểm tra xác suất: ", "{{dossiersSummary}}");
        b.marker("?hasDossiers");
        b.loopTable("dossiers",
                new String[] {"STT", "Mã hồ sơ", "Thủ tục hành chính", "Tiếp nhận", "Hạn trả", "Ngày trả", "Kết quả",
                        "Phiếu xin lỗi"},
                new String[] {"number", "code", "procedure", "received", "due", "returned", "timeliness", "apology"},
                widths(10, 28, 27, 22, 22, 22, 20, 14),
                new boolean[] {false, true, true, false, false, false, false, false});
        b.marker("/hasDossiers");

        b.marker("?hasOverallNote");
        b.mixed(BODY, "", "Nhận xét chung: ", "{{overallNote}}");
        b.marker("/hasOverallNote");
        b.marker("?hasEarlierOpen");
        b.mixed(BODY, "", "Kiến nghị của lần kiểm tra trước chưa thực hiện xong:");
        b.marker("?earlierOpen");
        b.paragraph(BODY, "- {{text}} (kiểm tra ngày {{visitDate}}, hạn {{deadline}}: {{status}});");
        b.marker("/earlierOpen");
        b.marker("/hasEarlierOpen");

        b.paragraph(HEADING, "III. Ý KIẾN CỦA ĐƠN VỊ ĐƯỢC KIỂM TRA");
        b.paragraph(BODY, "{{responseIntro}}");
        b.paragraph(BODY, "{{responseText}}");

        b.paragraph(HEADING, "IV. KIẾN NGHỊ CỦA ĐOÀN KIỂM TRA");
        b.marker("?recommendations");
        b.paragraph(BODY, "{{number}}. {{text}}{{deadline}}");
        b.marker("/recommendations");
        b.marker("?noRecommendations");
        b.paragraph(BODY, "Đoàn kiểm tra không có kiến nghị.");
        b.marker("/noRecommendations");

        b.paragraph(BODY, "Buổi kiểm tra kết thúc vào hồi {{endTime}} cùng ngày. Biên bản được lập thành {{copies}}"
                + " bản có giá trị như nhau, Đoàn kiểm tra giữ một bản, đơn vị được kiểm tra giữ một bản.");
        b.paragraph(BODY, "Biên bản đã được đọc lại cho những người có tên trên cùng nghe, nhất trí và ký tên dưới đây.");
        b.marker("?refusals");
        b.paragraph(BODY, "{{text}}");
        b.marker("/refusals");
        b.spacer();

        int third = Nd30Layout.TEXT_WIDTH_TWIPS / 3;
        b.signatureTable(new int[] {third, Nd30Layout.TEXT_WIDTH_TWIPS - 2 * third, third}, new SignatureLine[][] {
                block("ĐẠI DIỆN ĐƠN VỊ", "{{unitSignerNote}}", "{{unitSignerName}}"),
                block("THƯ KÝ", "{{secretaryNote}}", "{{secretaryName}}"),
                block("TRƯỞNG ĐOÀN", "{{leadNote}}", "{{leadName}}")});

        b.marker("?hasPhotos");
        XWPFParagraph appendix = b.paragraph(TITLE, "PHỤ LỤC");
        appendix.setPageBreak(true);
        b.paragraph(SUMMARY, "ẢNH MINH CHỨNG");
        XWPFParagraph attached = b.paragraph(CAPTION, "(Kèm theo Biên bản kiểm tra số {{number}} ngày {{shortDate}})");
        attached.setSpacingAfter(240);
        b.marker("?photos");
        b.paragraph(PHOTO, "{{@photo}}");
        b.paragraph(CAPTION, "Ảnh {{number}}. {{caption}}");
        b.marker("/photos");
        b.marker("/hasPhotos");
        return b.document();
    }

    private static SignatureLine[] block(String title, String note, String name) {
        return new SignatureLine[] {
                SignatureLine.caps(title),
                new SignatureLine("(Ký, ghi rõ họ tên)", TemplateBuilder.SIGNATURE, false, true, 13),
                SignatureLine.blank(),
                SignatureLine.italic(note),
                SignatureLine.blank(),
                SignatureLine.blank(),
                SignatureLine.bold(name)};
    }

    /** Column widths in millimetres, scaled to the text width exactly. */
    static int[] widths(int... mm) {
        int total = java.util.Arrays.stream(mm).sum();
        int[] twips = new int[mm.length];
        int used = 0;
        for (int i = 0; i < mm.length; i++) {
            twips[i] = i == mm.length - 1 ? Nd30Layout.TEXT_WIDTH_TWIPS - used
                    : (int) Math.round((double) mm[i] * Nd30Layout.TEXT_WIDTH_TWIPS / total);
            used += twips[i];
        }
        return twips;
    }
}
