package vn.congvu.report.plan;

import vn.congvu.report.word.TemplateSchema;

/** The tags of the team's report template; documented in {@code docs/templates.md}. */
public final class PlanReportSchema {

    public static final TemplateSchema SCHEMA = TemplateSchema.builder()
            .text("parentBody", "cơ quan chủ quản (Cài đặt), chữ in hoa")
            .text("issuingBody", "cơ quan ban hành (Cài đặt), chữ in hoa")
            .text("number", "số và ký hiệu báo cáo, ví dụ 12/BC-ĐKT (…… khi chưa có số)")
            .text("placeAndDate", "địa danh và ngày lập báo cáo")
            .text("planNumber", "số Kế hoạch kiểm tra")
            .text("planDate", "ngày Kế hoạch, dạng ngày 02 tháng 01 năm 2025")
            .text("planTitle", "tên Kế hoạch")
            .text("decisionNumber", "số Quyết định thành lập Đoàn")
            .text("decisionDate", "ngày Quyết định")
            .text("decisionIssuer", "cơ quan, người ký Quyết định")
            .section("team", "thành viên Đoàn", TemplateSchema.builder()
                    .text("name", "họ và tên").text("position", "chức vụ, cơ quan").text("role", "vai trò trong Đoàn").build())
            .text("period", "thời gian kiểm tra: từ ngày … đến ngày …")
            .text("visitCount", "số cuộc kiểm tra")
            .text("surpriseCount", "số cuộc kiểm tra đột xuất")
            .text("unitsVisited", "số đơn vị đã kiểm tra (trong và ngoài kế hoạch)")
            .text("unitsPlanned", "số đơn vị theo kế hoạch")
            .text("coverage", "tỷ lệ đơn vị theo kế hoạch đã được kiểm tra")
            .text("unitList", "tên các đơn vị đã kiểm tra")
            .text("meanScore", "điểm bình quân các cuộc kiểm tra")
            .text("gradeSummary", "số cuộc theo xếp loại")
            .section("strengths", "ưu điểm, mỗi ý một đoạn", TemplateSchema.builder().text("text", "nội dung").build())
            .block("failureChart", "biểu đồ số lượt vi phạm theo nhóm tiêu chí (biểu đồ Word)")
            .condition("noGroupFailures", "đúng khi không có tiêu chí không đạt ở nhóm nào")
            .section("groupFailures", "các nhóm có tiêu chí không đạt", TemplateSchema.builder()
                    .text("code", "mã nhóm").text("title", "tên nhóm").text("failures", "số lượt tiêu chí không đạt")
                    .text("visits", "số cuộc kiểm tra có vi phạm trong nhóm").build())
            .section("units", "vi phạm theo đơn vị (mỗi cuộc kiểm tra)", TemplateSchema.builder()
                    .text("name", "tên đơn vị").text("date", "ngày kiểm tra").text("result", "điểm và xếp loại")
                    .section("failures", "tiêu chí không đạt", TemplateSchema.builder()
                            .text("code", "mã tiêu chí").text("text", "nội dung tiêu chí").text("note", "ghi chú (có thể trống)")
                            .build())
                    .condition("noFailures", "đúng khi cuộc kiểm tra không có tiêu chí không đạt")
                    .build())
            .text("officials", "câu tổng hợp về cán bộ, công chức vi phạm")
            .text("dossiers", "câu tổng hợp về hồ sơ đúng hạn, quá hạn và phiếu xin lỗi")
            .section("causes", "nguyên nhân (bản nháp để Đoàn hoàn thiện)", TemplateSchema.builder()
                    .text("text", "nội dung").build())
            .section("recommendations", "kiến nghị đối với từng đơn vị", TemplateSchema.builder()
                    .text("unit", "tên đơn vị").text("text", "nội dung kiến nghị").text("deadline", "thời hạn hoặc –")
                    .text("status", "tình trạng thực hiện").build())
            .condition("noRecommendations", "đúng khi không có kiến nghị")
            .text("openRecommendations", "câu về số kiến nghị chưa thực hiện xong")
            .text("leadName", "họ tên Trưởng đoàn")
            .block("appendixTable", "bảng phụ lục: đơn vị × nhóm tiêu chí, số lượt không đạt")
            .section("groupLegend", "chú giải mã nhóm tiêu chí dưới bảng phụ lục", TemplateSchema.builder()
                    .text("code", "mã nhóm").text("title", "tên nhóm").build())
            .build();

    private PlanReportSchema() {
    }
}
