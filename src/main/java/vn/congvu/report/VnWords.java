package vn.congvu.report;

import vn.congvu.domain.ActionStatus;
import vn.congvu.domain.Attitude;
import vn.congvu.domain.Result;
import vn.congvu.domain.TeamRole;
import vn.congvu.domain.calendar.Timeliness;
import vn.congvu.domain.calendar.TimelinessResult;
import vn.congvu.domain.scoring.Grade;

/**
 * The words documents use for the domain's values. Documents are always in Vietnamese, whatever language the
 * app's screens are in: they are official papers, so these are not in the UI's resource bundles.
 */
public final class VnWords {

    private VnWords() {
    }

    public static String result(Result result) {
        if (result == null) {
            return "Chưa kiểm tra";
        }
        return switch (result) {
            case PASS -> "Đạt";
            case FAIL -> "Không đạt";
            case NA -> "Không áp dụng";
        };
    }

    public static String role(TeamRole role) {
        if (role == null) {
            return "";
        }
        return switch (role) {
            case LEAD -> "Trưởng đoàn";
            case DEPUTY -> "Phó Trưởng đoàn";
            case MEMBER -> "Thành viên";
            case SECRETARY -> "Thư ký";
        };
    }

    public static String attitude(Attitude attitude) {
        if (attitude == null) {
            return VnText.NONE;
        }
        return switch (attitude) {
            case GOOD -> "Tốt";
            case ACCEPTABLE -> "Đạt yêu cầu";
            case POOR -> "Chưa đạt";
        };
    }

    public static String status(ActionStatus status) {
        if (status == null) {
            return VnText.NONE;
        }
        return switch (status) {
            case OPEN -> "Chưa thực hiện";
            case IN_PROGRESS -> "Đang thực hiện";
            case DONE -> "Đã thực hiện";
            case CANCELLED -> "Hủy bỏ";
        };
    }

    public static String grade(Grade grade) {
        if (grade == null) {
            return "chưa xếp loại";
        }
        return switch (grade) {
            case EXCELLENT -> "Tốt";
            case GOOD -> "Khá";
            case AVERAGE -> "Trung bình";
            case POOR -> "Yếu";
        };
    }

    /** "Đúng hạn", "Quá hạn 2 ngày", "Chưa đến hạn", "Quá hạn 3 ngày, chưa trả"; "–" without a due date. */
    public static String timeliness(TimelinessResult result) {
        if (result == null) {
            return VnText.NONE;
        }
        Timeliness t = result.timeliness();
        return switch (t) {
            case ON_TIME -> "Đúng hạn";
            case LATE -> "Quá hạn " + result.workingDaysLate() + " ngày";
            case PENDING -> "Chưa đến hạn";
            case PENDING_OVERDUE -> "Quá hạn " + result.workingDaysLate() + " ngày, chưa trả";
        };
    }
}
