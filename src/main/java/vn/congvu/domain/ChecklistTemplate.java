package vn.congvu.domain;

/** One version of a bộ tiêu chí. A visit keeps the version it was made with. */
public record ChecklistTemplate(String id, String code, int version, String name, int year,
                                TemplateStatus status, String basedOnId, long revision) {
}
