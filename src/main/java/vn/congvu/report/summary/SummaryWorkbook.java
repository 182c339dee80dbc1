package vn.congvu.report.summary;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.congvu.report.summary.SheetWriter.Column;
import vn.congvu.report.summary.SheetWriter.Type;
import vn.congvu.report.summary.SummaryData.AnswerRow;
import vn.congvu.report.summary.SummaryData.CriterionRow;
import vn.congvu.report.summary.SummaryData.DossierRow;
import vn.congvu.report.summary.SummaryData.FollowUpRow;
import vn.congvu.report.summary.SummaryData.OfficialRow;
import vn.congvu.report.summary.SummaryData.UnitRow;
import vn.congvu.report.summary.SummaryData.VisitRow;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The summary workbook (bảng tổng hợp). The first sheet, with the overview and the two native charts, is an
 * ordinary XSSF sheet made before streaming starts (SXSSF cannot hold drawings); the table sheets are
 * streamed with SXSSF, keeping {@link #WINDOW_ROWS} rows in memory, so a 10,000-visit database fits in a
 * small heap.
 */
public final class SummaryWorkbook {

    /** Sheet names: Vietnamese, at most 31 characters, none of : \ / ? * [ ] */
    public static final String OVERVIEW = "Tổng hợp";
    public static final String VISITS = "Cuộc kiểm tra";
    public static final String UNITS = "Đơn vị";
    public static final String CRITERIA = "Tiêu chí";
    public static final String OFFICIALS = "Cán bộ vi phạm";
    public static final String DOSSIERS = "Hồ sơ quá hạn";
    public static final String FOLLOW_UPS = "Kiến nghị, khắc phục";
    public static final String ANSWERS = "Kết quả chi tiết";

    static final int WINDOW_ROWS = 200;

    /**
     * Writes {@code data} to {@code out}.
     *
     * @param cancelled asked every thousand rows; when true the write stops with a
     *                  {@link java.util.concurrent.CancellationException}
     */
    public void write(SummaryData data, Path out, BooleanSupplier cancelled) throws IOException {
        XSSFWorkbook base = new XSSFWorkbook();
        CellStyles styles = new CellStyles(base);
        XSSFSheet overview = base.createSheet(OVERVIEW);
        new OverviewSheet(overview, styles).write(data);

        SXSSFWorkbook wb = new SXSSFWorkbook(base, WINDOW_ROWS);
        try {
            visits(wb.createSheet(VISITS), styles, cancelled, data.visits());
            units(wb.createSheet(UNITS), styles, cancelled, data.units());
            criteria(wb.createSheet(CRITERIA), styles, cancelled, data.criteria());
            officials(wb.createSheet(OFFICIALS), styles, cancelled, data.officials());
            dossiers(wb.createSheet(DOSSIERS), styles, cancelled, data.overdueDossiers());
            followUps(wb.createSheet(FOLLOW_UPS), styles, cancelled, data.followUps());
            answers(wb.createSheet(ANSWERS), styles, cancelled, data.answers());
            try (OutputStream stream = Files.newOutputStream(out)) {
                wb.write(stream);
            }
        } finally {
            wb.close(); // also removes SXSSF's temporary files
        }
    }

    private static void visits(Sheet sheet, CellStyles styles, BooleanSupplier cancelled, List<VisitRow> rows) {
        SheetWriter w = new SheetWriter(sheet, List.of(
                Column.of("Ngày kiểm tra", Type.DATE), Column.text("Đơn vị", 20, 45), Column.text("Mã đơn vị", 8, 12),
                Column.text("Kế hoạch", 10, 20), Column.text("Trạng thái", 10, 16), Column.text("Đột xuất", 8, 9),
                Column.of("Bắt đầu", Type.DATE_TIME), Column.of("Kết thúc", Type.DATE_TIME),
                Column.of("Số tiêu chí", Type.INTEGER), Column.of("Đã kiểm tra", Type.INTEGER),
                Column.of("Đạt", Type.INTEGER), Column.of("Không đạt", Type.INTEGER),
                Column.of("Không áp dụng", Type.INTEGER), Column.of("Điểm", Type.DECIMAL),
                Column.text("Xếp loại", 9, 12), Column.of("Cán bộ", Type.INTEGER),
                Column.of("Cán bộ vi phạm", Type.INTEGER), Column.of("Hồ sơ kiểm tra", Type.INTEGER),
                Column.of("Hồ sơ quá hạn", Type.INTEGER), Column.of("Kiến nghị", Type.INTEGER),
                Column.text("Mã cuộc kiểm tra", 12, 38)), styles, cancelled, 2);
        for (VisitRow v : rows) {
            w.row(v.date(), v.unitName(), v.unitCode(), v.planNumber(), v.status(), v.surprise() ? "Có" : "Không",
                    v.startedAt(), v.endedAt(), v.criteria(), v.answered(), v.passed(), v.failed(), v.notApplicable(),
                    v.score(), v.grade(), v.officials(), v.officialsWithViolation(), v.dossiers(), v.overdue(),
                    v.recommendations(), v.visitId());
        }
        w.finish();
    }

    private static void units(Sheet sheet, CellStyles styles, BooleanSupplier cancelled, List<UnitRow> rows) {
        SheetWriter w = new SheetWriter(sheet, List.of(
                Column.text("Đơn vị", 20, 45), Column.text("Mã đơn vị", 8, 12), Column.text("Loại", 6, 30),
                Column.of("Số cuộc kiểm tra", Type.INTEGER), Column.of("Lần kiểm tra gần nhất", Type.DATE),
                Column.of("Điểm bình quân", Type.DECIMAL), Column.of("Lượt tiêu chí không đạt", Type.INTEGER),
                Column.of("Lượt cán bộ", Type.INTEGER), Column.of("Lượt cán bộ vi phạm", Type.INTEGER),
                Column.of("Hồ sơ kiểm tra", Type.INTEGER), Column.of("Hồ sơ quá hạn", Type.INTEGER),
                Column.of("Tỷ lệ quá hạn", Type.PERCENT), Column.of("Kiến nghị chưa xong", Type.INTEGER)),
                styles, cancelled, 1);
        for (UnitRow u : rows) {
            w.row(u.unitName(), u.unitCode(), u.kind(), u.visits(), u.lastVisit(), u.meanScore(), u.failures(),
                    u.officials(), u.officialsWithViolation(), u.dossiers(), u.overdue(),
                    u.dossiers() == 0 ? null : (double) u.overdue() / u.dossiers(), u.openRecommendations());
        }
        w.finish();
    }

    private static void criteria(Sheet sheet, CellStyles styles, BooleanSupplier cancelled, List<CriterionRow> rows) {
        SheetWriter w = new SheetWriter(sheet, List.of(
                Column.text("Mã nhóm", 6, 8), Column.wrapped("Nhóm tiêu chí", 20, 40), Column.text("Mã tiêu chí", 6, 10),
                Column.wrapped("Tiêu chí", 30, 60), Column.of("Đã kiểm tra", Type.INTEGER),
                Column.of("Đạt", Type.INTEGER), Column.of("Không đạt", Type.INTEGER),
                Column.of("Không áp dụng", Type.INTEGER), Column.of("Tỷ lệ không đạt", Type.PERCENT)),
                styles, cancelled, 3);
        for (CriterionRow c : rows) {
            int judged = c.passed() + c.failed();
            w.row(c.groupCode(), c.groupTitle(), c.code(), c.text(), c.answered(), c.passed(), c.failed(),
                    c.notApplicable(), judged == 0 ? null : (double) c.failed() / judged);
        }
        w.finish();
    }

    private static void officials(Sheet sheet, CellStyles styles, BooleanSupplier cancelled,
                                  SummaryData.RowSource<OfficialRow> rows) throws IOException {
        SheetWriter w = new SheetWriter(sheet, List.of(
                Column.of("Ngày kiểm tra", Type.DATE), Column.text("Đơn vị", 20, 45), Column.text("Họ và tên", 16, 30),
                Column.text("Chức vụ", 12, 30), Column.text("Đeo thẻ", 7, 9), Column.text("Trang phục", 9, 12),
                Column.text("Có mặt tại vị trí", 8, 10), Column.text("Thái độ", 8, 14), Column.wrapped("Ghi chú", 20, 50)),
                styles, cancelled, 3);
        rows.forEach(o -> w.row(o.visitDate(), o.unitName(), o.name(), o.position(), o.badge(), o.dress(), o.present(),
                o.attitude(), o.note()));
        w.finish();
    }

    private static void dossiers(Sheet sheet, CellStyles styles, BooleanSupplier cancelled,
                                 SummaryData.RowSource<DossierRow> rows) throws IOException {
        SheetWriter w = new SheetWriter(sheet, List.of(
                Column.of("Ngày kiểm tra", Type.DATE), Column.text("Đơn vị", 20, 45), Column.text("Mã hồ sơ", 14, 30),
                Column.wrapped("Thủ tục hành chính", 25, 50), Column.of("Tiếp nhận", Type.DATE_TIME),
                Column.of("Thời hạn (ngày)", Type.INTEGER), Column.of("Hạn trả", Type.DATE),
                Column.of("Ngày trả", Type.DATE), Column.of("Số ngày làm việc quá hạn", Type.INTEGER),
                Column.text("Phiếu xin lỗi", 8, 10), Column.text("Tình trạng", 10, 24)),
                styles, cancelled, 3);
        rows.forEach(d -> w.row(d.visitDate(), d.unitName(), d.code(), d.procedure(), d.receivedAt(), d.limitDays(),
                d.dueDate(), d.returnedOn(), d.workingDaysLate(), d.apology(), d.state()));
        w.finish();
    }

    private static void followUps(Sheet sheet, CellStyles styles, BooleanSupplier cancelled,
                                  SummaryData.RowSource<FollowUpRow> rows) throws IOException {
        SheetWriter w = new SheetWriter(sheet, List.of(
                Column.of("Ngày kiểm tra", Type.DATE), Column.text("Đơn vị", 20, 45), Column.wrapped("Kiến nghị", 30, 60),
                Column.of("Hạn kiến nghị", Type.DATE), Column.text("Tình trạng kiến nghị", 12, 16),
                Column.wrapped("Biện pháp khắc phục", 25, 50), Column.text("Người chịu trách nhiệm", 14, 30),
                Column.of("Hạn khắc phục", Type.DATE), Column.text("Tình trạng khắc phục", 12, 16),
                Column.of("Ngày hoàn thành", Type.DATE)), styles, cancelled, 2);
        rows.forEach(f -> w.row(f.visitDate(), f.unitName(), f.recommendation(), f.deadline(), f.status(), f.action(),
                f.responsible(), f.actionDeadline(), f.actionStatus(), f.completedOn()));
        w.finish();
    }

    private static void answers(Sheet sheet, CellStyles styles, BooleanSupplier cancelled,
                                SummaryData.RowSource<AnswerRow> rows) throws IOException {
        SheetWriter w = new SheetWriter(sheet, List.of(
                Column.of("Ngày kiểm tra", Type.DATE), Column.text("Đơn vị", 20, 45), Column.text("Mã nhóm", 6, 8),
                Column.text("Mã tiêu chí", 6, 10), Column.text("Tiêu chí", 30, 60), Column.text("Kết quả", 8, 14),
                Column.of("Giá trị 1", Type.DECIMAL), Column.of("Giá trị 2", Type.DECIMAL),
                Column.text("Lựa chọn", 8, 25), Column.text("Mức độ", 7, 12), Column.text("Ghi chú", 20, 60),
                Column.text("Mã cuộc kiểm tra", 12, 38)), styles, cancelled, 4);
        rows.forEach(a -> w.row(a.visitDate(), a.unitName(), a.groupCode(), a.code(), a.criterion(), a.result(),
                a.value1(), a.value2(), a.choice(), a.severity(), a.note(), a.visitId()));
        w.finish();
    }
}
