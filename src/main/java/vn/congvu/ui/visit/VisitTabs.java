package vn.congvu.ui.visit;

import vn.congvu.ui.UiContext;
import vn.congvu.ui.common.ViewLoader;
import vn.congvu.ui.visit.evidence.EvidenceView;
import vn.congvu.ui.visit.followup.FollowUpView;
import vn.congvu.ui.visit.signoff.SignoffView;

import java.util.List;

/**
 * The tabs the visit workspace shows after its own (checklist, officials, dossiers): evidence,
 * recommendations and sign-off, made by their own packages.
 */
public final class VisitTabs {

    private VisitTabs() {
    }

    public static List<VisitTab> more(UiContext ctx, ViewLoader views) {
        return List.of(views.load(EvidenceView.class).view(), views.load(FollowUpView.class).view(),
                views.load(SignoffView.class).view());
    }
}
