package vn.congvu.domain;

public enum Severity {
    MINOR, MAJOR, CRITICAL
}
