package vn.congvu.domain;

public enum UnitKind {
    /** phường */
    WARD,
    /** xã */
    COMMUNE,
    /** sở, ban, ngành */
    DEPARTMENT,
    /** Trung tâm Phục vụ hành chính công */
    SERVICE_CENTRE,
    /** chi nhánh of the service centre */
    BRANCH,
    OTHER
}
