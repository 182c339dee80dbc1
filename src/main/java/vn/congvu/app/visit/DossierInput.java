package vn.congvu.app.visit;

import vn.congvu.domain.LimitKind;

import java.time.LocalDateTime;

/**
 * A sampled dossier as typed in: the due date is not part of it, the working-day rules compute it.
 * {@code limitDays} is null while the time limit has not been typed.
 */
public record DossierInput(String code, String procedureName, LocalDateTime receivedAt, Integer limitDays,
                           LimitKind limitKind, LocalDateTime returnedAt, Boolean apologyIssued, Boolean digitised,
                           Boolean filedOnline, String note, int sortOrder) {
}
