package vn.congvu.domain;

public enum TemplateStatus {
    DRAFT, ACTIVE, RETIRED
}
