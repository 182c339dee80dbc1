package vn.congvu.testing;

import vn.congvu.app.StartVisitRequest;
import vn.congvu.app.Workspace;
import vn.congvu.app.signoff.SignoffService.SignatureDraft;
import vn.congvu.domain.Dossier;
import vn.congvu.domain.LimitKind;
import vn.congvu.domain.Official;
import vn.congvu.domain.SignatureStatus;
import vn.congvu.domain.SignerRole;
import vn.congvu.domain.TeamRole;
import vn.congvu.domain.Unit;
import vn.congvu.domain.Visit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Visits with people, officials and dossiers, for tests of what is recorded in them. */
public final class TestVisits {

    public static final LocalDateTime START = LocalDateTime.of(2025, 3, 5, 8, 40);

    private TestVisits() {
    }

    /** A surprise visit to Khương Đình at 08:40 on 5 March 2025, with two inspectors and a representative. */
    public static Visit start(Workspace ws) {
        return start(ws, START);
    }

    public static Visit start(Workspace ws, LocalDateTime at) {
        Unit ward = ws.units().list("khuong dinh").get(0);
        return ws.visits().start(new StartVisitRequest(ward.id(), null, null, at, true, "Trụ sở UBND phường",
                List.of(new StartVisitRequest.Inspector(null, "Trần Văn Minh", TeamRole.LEAD, true),
                        new StartVisitRequest.Inspector(null, "Lê Thu Hà", TeamRole.SECRETARY, true),
                        new StartVisitRequest.Inspector(null, "Đỗ Quang Vinh", TeamRole.MEMBER, false)),
                List.of(new StartVisitRequest.Representative("Phạm Quốc Huy", "Phó Chủ tịch UBND phường"))));
    }

    public static Official official(Workspace ws, String visitId, String name) {
        String id = ws.db().write(c -> ws.officialRepository().insert(c, new Official(null, visitId, name,
                "Công chức Một cửa", Boolean.FALSE, Boolean.TRUE, Boolean.TRUE, null, null, 1, 0)));
        return ws.db().read(c -> ws.officialRepository().officialsOf(c, visitId)).stream()
                .filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    public static Dossier dossier(Workspace ws, String visitId, String code) {
        String id = ws.db().write(c -> ws.dossierRepository().insert(c, new Dossier(null, visitId, code,
                "Chứng thực bản sao từ bản chính", LocalDateTime.of(2025, 3, 3, 9, 0), 1, LimitKind.WORKING_DAYS,
                LocalDate.of(2025, 3, 4), null, null, null, null, null, 1, 0)));
        return ws.db().read(c -> ws.dossierRepository().dossiersOf(c, visitId)).stream()
                .filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * What makes minutes ready to be finalised, done through the sign-off service as the app does it: the
     * Trưởng đoàn and the unit's representative sign, and the visit ends at {@code endedAt}.
     */
    public static void signOff(Workspace ws, String visitId, LocalDateTime endedAt) {
        ws.signoff().saveSignature(new SignatureDraft(null, visitId, SignerRole.TEAM_LEAD, "Trần Văn Minh",
                "Trưởng đoàn", SignatureStatus.SIGNED, null));
        ws.signoff().saveSignature(new SignatureDraft(null, visitId, SignerRole.UNIT_REPRESENTATIVE, "Phạm Quốc Huy",
                "Phó Chủ tịch UBND phường", SignatureStatus.SIGNED, null));
        ws.signoff().complete(visitId, endedAt);
    }
}
