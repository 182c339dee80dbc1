package vn.congvu.domain;

public enum SignatureStatus {
    PENDING, SIGNED, REFUSED
}
