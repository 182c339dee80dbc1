package vn.congvu.report.summary;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
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

import static vn.congvu.report.summary.SummaryWorkbook.ANSWERS;
import static vn.congvu.report.summary.SummaryWorkbook.CRITERIA;
import static vn.congvu.report.summary.SummaryWorkbook.DOSSIERS;
import static vn.congvu.report.summary.SummaryWorkbook.FOLLOW_UPS;
import static vn.congvu.report.summary.SummaryWorkbook.OFFICIALS;
import static vn.congvu.report.summary.SummaryWorkbook.OVERVIEW;
import static vn.congvu.report.summary.SummaryWorkbook.UNITS;
import static vn.congvu.report.summary.SummaryWorkbook.VISITS;

/**
 * One summary workbook being written. All sheets exist from the start, in their order; the long tables are
 * streamed in as their rows come (SXSSF keeps {@link #WINDOW_ROWS} rows of each sheet in memory), so a
 * 10,000-visit database fits in a small heap; {@link #finish} writes the overview with its two native charts
 * (an ordinary XSSF sheet: SXSSF sheets cannot hold drawings) and the short tables, and saves the file.
 *
 * <p>Not thread-safe: one thread at a time, and the one that calls {@link #finish} must see what the others
 * wrote (join them first).
 */
public final class SummaryWriter implements AutoCloseable {

    static final int WINDOW_ROWS = 200;

    private final Path out;
    private final XSSFWorkbook base;
    private final XSSFSheet overview;
    private final SXSSFWorkbook wb;
    private final CellStyles styles;
    private final SheetWriter visits;
    private final SheetWriter units;
    private final SheetWriter criteria;
    private final SheetWriter officials;
    private final SheetWriter dossiers;
    private final SheetWriter followUps;
    private final SheetWriter answers;

    SummaryWriter(Path out, BooleanSupplier cancelled) {
        this.out = out;
        base = new XSSFWorkbook();
        styles = new CellStyles(base);
        overview = base.createSheet(OVERVIEW);
        wb = new Level3Workbook(base, WINDOW_ROWS);
        visits = new SheetWriter(wb.createSheet(VISITS), List.of(
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
        units = new SheetWriter(wb.createSheet(UNITS), List.of(
                Column.text("Đơn vị", 20, 45), Column.text("Mã đơn vị", 8, 12), Column.text("Loại", 6, 30),
                Column.of("Số cuộc kiểm tra", Type.INTEGER), Column.of("Lần kiểm tra gần nhất", Type.DATE),
                Column.of("Điểm bình quân", Type.DECIMAL), Column.of("Lượt tiêu chí không đạt", Type.INTEGER),
                Column.of("Lượt cán bộ", Type.INTEGER), Column.of("Lượt cán bộ vi phạm", Type.INTEGER),
                Column.of("Hồ sơ kiểm tra", Type.INTEGER), Column.of("Hồ sơ quá hạn", Type.INTEGER),
                Column.of("Tỷ lệ quá hạn", Type.PERCENT), Column.of("Kiến nghị chưa xong", Type.INTEGER)),
                styles, cancelled, 1);
        criteria = new SheetWriter(wb.createSheet(CRITERIA), List.of(
                Column.text("Mã nhóm", 6, 8), Column.wrapped("Nhóm tiêu chí", 20, 40), Column.text("Mã tiêu chí", 6, 10),
                Column.wrapped("Tiêu chí", 30, 60), Column.of("Đã kiểm tra", Type.INTEGER),
                Column.of("Đạt", Type.INTEGER), Column.of("Không đạt", Type.INTEGER),
                Column.of("Không áp dụng", Type.INTEGER), Column.of("Tỷ lệ không đạt", Type.PERCENT)),
                styles, cancelled, 3);
        officials = new SheetWriter(wb.createSheet(OFFICIALS), List.of(
                Column.of("Ngày kiểm tra", Type.DATE), Column.text("Đơn vị", 20, 45), Column.text("Họ và tên", 16, 30),
                Column.text("Chức vụ", 12, 30), Column.text("Đeo thẻ", 7, 9), Column.text("Trang phục", 9, 12),
                Column.text("Có mặt tại vị trí", 8, 10), Column.text("Thái độ", 8, 14), Column.wrapped("Ghi chú", 20, 50)),
                styles, cancelled, 3);
        dossiers = new SheetWriter(wb.createSheet(DOSSIERS), List.of(
                Column.of("Ngày kiểm tra", Type.DATE), Column.text("Đơn vị", 20, 45), Column.text("Mã hồ sơ", 14, 30),
                Column.wrapped("Thủ tục hành chính", 25, 50), Column.of("Tiếp nhận", Type.DATE_TIME),
                Column.of("Thời hạn (ngày)", Type.INTEGER), Column.of("Hạn trả", Type.DATE),
                Column.of("Ngày trả", Type.DATE), Column.of("Số ngày làm việc quá hạn", Type.INTEGER),
                Column.text("Phiếu xin lỗi", 8, 10), Column.text("Tình trạng", 10, 24)),
                styles, cancelled, 3);
        followUps = new SheetWriter(wb.createSheet(FOLLOW_UPS), List.of(
                Column.of("Ngày kiểm tra", Type.DATE), Column.text("Đơn vị", 20, 45), Column.wrapped("Kiến nghị", 30, 60),
                Column.of("Hạn kiến nghị", Type.DATE), Column.text("Tình trạng kiến nghị", 12, 16),
                Column.wrapped("Biện pháp khắc phục", 25, 50), Column.text("Người chịu trách nhiệm", 14, 30),
                Column.of("Hạn khắc phục", Type.DATE), Column.text("Tình trạng khắc phục", 12, 16),
                Column.of("Ngày hoàn thành", Type.DATE)), styles, cancelled, 2);
        answers = new SheetWriter(wb.createSheet(ANSWERS), List.of(
                Column.of("Ngày kiểm tra", Type.DATE), Column.text("Đơn vị", 20, 45), Column.text("Mã nhóm", 6, 8),
                Column.text("Mã tiêu chí", 6, 10), Column.text("Tiêu chí", 30, 60), Column.text("Kết quả", 8, 14),
                Column.of("Giá trị 1", Type.DECIMAL), Column.of("Giá trị 2", Type.DECIMAL),
                Column.text("Lựa chọn", 8, 25), Column.text("Mức độ", 7, 12), Column.text("Ghi chú", 20, 60),
                Column.text("Mã cuộc kiểm tra", 12, 38)), styles, cancelled, 4);
    }

    /**
     * Deflates the sheets' XML at level 3 instead of the default 6: for a 10,000-visit workbook (135 MB of XML)
     * that is 0.6 s instead of 1.7 s, the largest single cost of the export, for a file 17 % larger (11.6 MB
     * instead of 9.9 MB; measured in docs/benchmarks.md).
     */
    private static final class Level3Workbook extends SXSSFWorkbook {

        static final int DEFLATE_LEVEL = 3;

        Level3Workbook(XSSFWorkbook base, int window) {
            super(base, window);
        }

        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
            zip.setLevel(DEFLATE_LEVEL);
            return zip;
        }
    }

    public void official(OfficialRow o) {
        officials.row(o.visitDate(), o.unitName(), o.name(), o.position(), o.badge(), o.dress(), o.present(),
                o.attitude(), o.note());
    }

    public void overdueDossier(DossierRow d) {
        dossiers.row(d.visitDate(), d.unitName(), d.code(), d.procedure(), d.receivedAt(), d.limitDays(), d.dueDate(),
                d.returnedOn(), d.workingDaysLate(), d.apology(), d.state());
    }

    public void followUp(FollowUpRow f) {
        followUps.row(f.visitDate(), f.unitName(), f.recommendation(), f.deadline(), f.status(), f.action(),
                f.responsible(), f.actionDeadline(), f.actionStatus(), f.completedOn());
    }

    public void answer(AnswerRow a) {
        answers.row(a.visitDate(), a.unitName(), a.groupCode(), a.code(), a.criterion(), a.result(), a.value1(),
                a.value2(), a.choice(), a.severity(), a.note(), a.visitId());
    }

    /** Writes the overview and the short tables and saves the workbook to the file given to open. */
    public void finish(SummaryData data) throws IOException {
        new OverviewSheet(overview, styles).write(data);
        for (VisitRow v : data.visits()) {
            visits.row(v.date(), v.unitName(), v.unitCode(), v.planNumber(), v.status(), v.surprise() ? "Có" : "Không",
                    v.startedAt(), v.endedAt(), v.criteria(), v.answered(), v.passed(), v.failed(), v.notApplicable(),
                    v.score(), v.grade(), v.officials(), v.officialsWithViolation(), v.dossiers(), v.overdue(),
                    v.recommendations(), v.visitId());
        }
        for (UnitRow u : data.units()) {
            units.row(u.unitName(), u.unitCode(), u.kind(), u.visits(), u.lastVisit(), u.meanScore(), u.failures(),
                    u.officials(), u.officialsWithViolation(), u.dossiers(), u.overdue(),
                    u.dossiers() == 0 ? null : (double) u.overdue() / u.dossiers(), u.openRecommendations());
        }
        for (CriterionRow c : data.criteria()) {
            int judged = c.passed() + c.failed();
            criteria.row(c.groupCode(), c.groupTitle(), c.code(), c.text(), c.answered(), c.passed(), c.failed(),
                    c.notApplicable(), judged == 0 ? null : (double) c.failed() / judged);
        }
        for (SheetWriter sheet : List.of(visits, units, criteria, officials, dossiers, followUps, answers)) {
            sheet.finish();
        }
        try (OutputStream stream = Files.newOutputStream(out)) {
            wb.write(stream);
        }
    }

    /** Removes SXSSF's temporary files, written or not. */
    @Override
    public void close() throws IOException {
        wb.close();
    }
}
