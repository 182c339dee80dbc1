package vn.congvu.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A hồ sơ sampled at the visit. {@code dueDate} is computed by the working-day rules when recorded. */
public record Dossier(String id, String visitId, String code, String procedureName, LocalDateTime receivedAt,
                      int limitDays, LimitKind limitKind, LocalDate dueDate, LocalDateTime returnedAt,
                      Boolean apologyIssued, Boolean digitised, Boolean filedOnline, String note, int sortOrder,
                      long revision) {
}
