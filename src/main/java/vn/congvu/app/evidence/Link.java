package vn.congvu.app.evidence;

import vn.congvu.domain.Evidence;

/** What a piece of evidence shows: a criterion of the checklist, an official on duty, a sampled dossier, or nothing yet. */
public record Link(Kind kind, String id) {

    public enum Kind {
        NONE, CRITERION, OFFICIAL, DOSSIER
    }

    public static final Link NONE = new Link(Kind.NONE, null);

    public Link {
        if (kind == null || kind == Kind.NONE || id == null || id.isBlank()) {
            kind = Kind.NONE;
            id = null;
        }
    }

    public static Link criterion(String id) {
        return new Link(Kind.CRITERION, id);
    }

    public static Link official(String id) {
        return new Link(Kind.OFFICIAL, id);
    }

    public static Link dossier(String id) {
        return new Link(Kind.DOSSIER, id);
    }

    /** The link an evidence row holds (the schema allows one of the three). */
    public static Link of(Evidence e) {
        if (e.criterionId() != null) {
            return criterion(e.criterionId());
        }
        if (e.officialId() != null) {
            return official(e.officialId());
        }
        if (e.dossierId() != null) {
            return dossier(e.dossierId());
        }
        return NONE;
    }

    String criterionId() {
        return kind == Kind.CRITERION ? id : null;
    }

    String officialId() {
        return kind == Kind.OFFICIAL ? id : null;
    }

    String dossierId() {
        return kind == Kind.DOSSIER ? id : null;
    }
}
