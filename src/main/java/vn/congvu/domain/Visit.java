package vn.congvu.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Cuộc kiểm tra: one visit to one unit's counter. */
public record Visit(String id, String planId, String teamId, String unitId, String counterId, String templateId,
                   LocalDate visitDate, LocalDateTime startedAt, LocalDateTime endedAt, boolean surprise,
                   String place, String minutesNumber, VisitStatus status, String overallNote, long revision) {
}
