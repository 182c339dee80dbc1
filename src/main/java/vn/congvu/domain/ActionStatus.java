package vn.congvu.domain;

public enum ActionStatus {
    OPEN, IN_PROGRESS, DONE, CANCELLED;

    public boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
