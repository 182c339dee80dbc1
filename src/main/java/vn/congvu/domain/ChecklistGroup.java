package vn.congvu.domain;

public record ChecklistGroup(String id, String templateId, String code, String title, int sortOrder, long revision) {
}
