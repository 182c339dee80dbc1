package vn.congvu.domain;

public enum Attitude {
    GOOD, ACCEPTABLE, POOR
}
