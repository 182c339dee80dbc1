package vn.congvu.testing;

import vn.congvu.domain.Answer;
import vn.congvu.domain.Dossier;
import vn.congvu.domain.LimitKind;
import vn.congvu.domain.Official;
import vn.congvu.domain.Result;
import vn.congvu.domain.Unit;
import vn.congvu.domain.UnitKind;
import vn.congvu.domain.Visit;
import vn.congvu.domain.VisitStatus;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** New (unsaved) records with plausible defaults; ids null and revision 0 unless given. */
public final class Records {

    /** The day the default visit takes place: Monday 10 March 2025. */
    public static final LocalDate VISIT_DAY = LocalDate.of(2025, 3, 10);

    private Records() {
    }

    public static Unit ward(String code, String name) {
        return new Unit(null, code, UnitKind.WARD, name, null, null, null, null, 0);
    }

    public static Unit unit(String code, UnitKind kind, String name) {
        return new Unit(null, code, kind, name, null, null, null, null, 0);
    }

    public static Visit visit(String unitId, String templateId) {
        return visit(null, unitId, templateId, VisitStatus.IN_PROGRESS);
    }

    public static Visit visit(String id, String unitId, String templateId, VisitStatus status) {
        return new Visit(id, null, null, unitId, null, templateId, VISIT_DAY, VISIT_DAY.atTime(8, 30),
                null, true, "Bộ phận Một cửa", null, status, null, 0);
    }

    public static Answer answer(String visitId, String criterionId, Result result, String note) {
        return new Answer(null, visitId, criterionId, result, null, null, null, note, null, 0);
    }

    public static Official official(String visitId, String fullName) {
        return new Official(null, visitId, fullName, "Công chức Văn phòng - Thống kê", true, true, true, null, null,
                0, 0);
    }

    /** A dossier received on {@code receivedAt} with a 3-working-day limit, due a week later. */
    public static Dossier dossier(String visitId, String code, String procedure, LocalDateTime receivedAt) {
        return new Dossier(null, visitId, code, procedure, receivedAt, 3, LimitKind.WORKING_DAYS,
                receivedAt.toLocalDate().plusDays(7), null, null, null, null, null, 0, 0);
    }
}
