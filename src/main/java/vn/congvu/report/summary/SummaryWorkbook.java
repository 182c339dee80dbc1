package vn.congvu.report.summary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * The summary workbook (bảng tổng hợp): {@link #open} it, stream the long tables into the {@link SummaryWriter},
 * then {@link SummaryWriter#finish finish} it with the figures and short tables.
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

    /**
     * @param cancelled asked every thousand rows; when true writing stops with a
     *                  {@link java.util.concurrent.CancellationException}
     */
    public SummaryWriter open(Path out, BooleanSupplier cancelled) throws IOException {
        return new SummaryWriter(out, cancelled);
    }
}
