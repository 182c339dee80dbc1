package vn.congvu.domain;

import java.time.LocalDate;

public record CalendarDay(LocalDate day, DayKind kind, String name) {
}
