package vn.congvu.domain.calendar;

import static java.time.LocalDate.of;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.congvu.domain.CalendarDay;
import vn.congvu.domain.DayKind;

/**
 * The official days off and swapped working days of 2025 and 2026 as the government announced them,
 * written out by hand so the tests check the rules against real calendars. 2026 lists only the days up to
 * 1 May, which is all the tests need.
 */
public final class VietnameseCalendars {

    private VietnameseCalendars() {
    }

    public static List<CalendarDay> days2025() {
        List<CalendarDay> days = new ArrayList<>();
        days.add(off(of(2025, 1, 1), "Tết Dương lịch"));
        // Tết Ất Tỵ: Mon 27/1 – Fri 31/1 (with the weekends around it, 25/1 – 2/2)
        for (int day = 27; day <= 31; day++) {
            days.add(off(of(2025, 1, day), "Tết Ất Tỵ"));
        }
        days.add(off(of(2025, 4, 7), "Giỗ Tổ Hùng Vương"));
        days.add(off(of(2025, 4, 30), "Ngày Giải phóng miền Nam"));
        days.add(off(of(2025, 5, 1), "Ngày Quốc tế Lao động"));
        // Fri 2/5 off, paid back by working Sat 26/4: a five-day break 30/4 – 4/5
        days.add(off(of(2025, 5, 2), "Nghỉ hoán đổi"));
        days.add(new CalendarDay(of(2025, 4, 26), DayKind.WORKDAY, "Làm bù cho thứ Sáu 02/5"));
        days.add(off(of(2025, 9, 1), "Quốc khánh"));
        days.add(off(of(2025, 9, 2), "Quốc khánh"));
        return days;
    }

    public static List<CalendarDay> days2026() {
        List<CalendarDay> days = new ArrayList<>();
        days.add(off(of(2026, 1, 1), "Tết Dương lịch"));
        // Tết Bính Ngọ: Mon 16/2 – Fri 20/2
        for (int day = 16; day <= 20; day++) {
            days.add(off(of(2026, 2, day), "Tết Bính Ngọ"));
        }
        // Giỗ Tổ falls on Sunday 26/4; the entry on a Sunday changes nothing, the day in lieu does
        days.add(off(of(2026, 4, 26), "Giỗ Tổ Hùng Vương"));
        days.add(off(of(2026, 4, 27), "Nghỉ bù Giỗ Tổ Hùng Vương"));
        days.add(off(of(2026, 4, 30), "Ngày Giải phóng miền Nam"));
        days.add(off(of(2026, 5, 1), "Ngày Quốc tế Lao động"));
        return days;
    }

    public static WorkingDayCalendar calendar2025And2026() {
        List<CalendarDay> days = new ArrayList<>(days2025());
        days.addAll(days2026());
        return new WorkingDayCalendar(days);
    }

    private static CalendarDay off(LocalDate day, String name) {
        return new CalendarDay(day, DayKind.OFF, name);
    }
}
