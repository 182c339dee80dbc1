package vn.congvu.domain.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;

import vn.congvu.domain.Dossier;
import vn.congvu.domain.LimitKind;

/**
 * Builds {@link Dossier}s for tests. Defaults: received Tue 11/3/2025 09:00, 5 working days, due Tue
 * 18/3/2025 (worked out by hand), not returned, nothing else recorded.
 */
public final class DossierBuilder {

    private String id = "d1";
    private LocalDateTime receivedAt = LocalDateTime.of(2025, 3, 11, 9, 0);
    private int limitDays = 5;
    private LimitKind limitKind = LimitKind.WORKING_DAYS;
    private LocalDate dueDate = LocalDate.of(2025, 3, 18);
    private LocalDateTime returnedAt;
    private Boolean apologyIssued;
    private Boolean digitised;
    private Boolean filedOnline;

    private DossierBuilder() {
    }

    public static DossierBuilder dossier() {
        return new DossierBuilder();
    }

    public DossierBuilder id(String value) {
        id = value;
        return this;
    }

    public DossierBuilder receivedAt(LocalDateTime value) {
        receivedAt = value;
        return this;
    }

    public DossierBuilder limit(int days, LimitKind kind) {
        limitDays = days;
        limitKind = kind;
        return this;
    }

    public DossierBuilder dueDate(LocalDate value) {
        dueDate = value;
        return this;
    }

    public DossierBuilder returnedAt(LocalDateTime value) {
        returnedAt = value;
        return this;
    }

    /** Returned at 10:00 on that day. */
    public DossierBuilder returnedOn(LocalDate day) {
        returnedAt = day.atTime(10, 0);
        return this;
    }

    public DossierBuilder apologyIssued(Boolean value) {
        apologyIssued = value;
        return this;
    }

    public DossierBuilder digitised(Boolean value) {
        digitised = value;
        return this;
    }

    public DossierBuilder filedOnline(Boolean value) {
        filedOnline = value;
        return this;
    }

    public Dossier build() {
        return new Dossier(id, "v1", "H" + id, "Chứng thực bản sao", receivedAt, limitDays, limitKind, dueDate,
                returnedAt, apologyIssued, digitised, filedOnline, null, 0, 1);
    }
}
