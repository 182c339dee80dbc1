package vn.congvu.domain.calendar;

import java.util.Objects;

/**
 * A time limit the due-date rules refuse. {@link #reason()} is either {@link DossierProblem#NEGATIVE_LIMIT}
 * or {@link DossierProblem#LIMIT_TOO_LARGE}; callers translate it rather than showing the message.
 */
public final class InvalidLimitException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final DossierProblem reason;
    private final int limitDays;

    public InvalidLimitException(DossierProblem reason, int limitDays) {
        super(Objects.requireNonNull(reason, "reason") + ": " + limitDays);
        this.reason = reason;
        this.limitDays = limitDays;
    }

    public DossierProblem reason() {
        return reason;
    }

    public int limitDays() {
        return limitDays;
    }
}
