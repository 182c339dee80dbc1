package vn.congvu.domain;

public enum PlanStatus {
    DRAFT, ACTIVE, CLOSED
}
