package vn.congvu.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import vn.congvu.domain.CalendarDay;
import vn.congvu.domain.DayKind;

/**
 * The official working week: Monday to Friday, except the days the calendar marks {@link DayKind#OFF}
 * (public holidays, Tết, days in lieu), plus the Saturdays and Sundays it marks {@link DayKind#WORKDAY}
 * (days swapped to make a bridge). Immutable; built once from the editable holiday data.
 */
public final class WorkingDayCalendar {

    private final NavigableMap<LocalDate, DayKind> exceptions;
    private final Map<LocalDate, String> names;
    private final SortedSet<Integer> coveredYears;

    /**
     * @param days the special days of any number of years; the same date may appear twice only with the
     *             same kind
     * @throws IllegalArgumentException when one date is marked both OFF and WORKDAY: the data is
     *                                  contradictory and picking one would hide the mistake
     */
    public WorkingDayCalendar(Collection<CalendarDay> days) {
        Objects.requireNonNull(days, "days");
        NavigableMap<LocalDate, DayKind> kinds = new TreeMap<>();
        Map<LocalDate, String> dayNames = new HashMap<>();
        SortedSet<Integer> years = new TreeSet<>();
        for (CalendarDay day : days) {
            Objects.requireNonNull(day, "calendar day");
            LocalDate date = Objects.requireNonNull(day.day(), "calendar day date");
            DayKind kind = Objects.requireNonNull(day.kind(), "calendar day kind");
            DayKind earlier = kinds.putIfAbsent(date, kind);
            if (earlier != null && earlier != kind) {
                throw new IllegalArgumentException("calendar marks " + date + " both " + earlier + " and " + kind);
            }
            if (day.name() != null && !day.name().isBlank()) {
                dayNames.putIfAbsent(date, day.name());
            }
            years.add(date.getYear());
        }
        this.exceptions = Collections.unmodifiableNavigableMap(kinds);
        this.names = Map.copyOf(dayNames);
        this.coveredYears = Collections.unmodifiableSortedSet(years);
    }

    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        DayKind kind = exceptions.get(date);
        if (kind != null) {
            return kind == DayKind.WORKDAY;
        }
        return isWeekday(date);
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        LocalDate candidate = date.plusDays(1);
        while (!isWorkingDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    /** {@code date} itself when it is a working day, otherwise the next one. */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        return isWorkingDay(date) ? date : nextWorkingDay(date);
    }

    /**
     * The {@code n}-th working day after {@code start}; {@code start} itself is never counted. With
     * {@code n == 0} the result is {@code start} when it is a working day, else the next working day.
     *
     * @throws IllegalArgumentException when {@code n} is negative
     */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        if (n == 0) {
            return workingDayOnOrAfter(start);
        }
        LocalDate day = start;
        for (int counted = 0; counted < n; counted++) {
            day = nextWorkingDay(day);
        }
        return day;
    }

    /**
     * How many working days lie in {@code (from, to]}: 0 when {@code to} is not after {@code from}. Answers
     * "late by how many working days" when {@code from} is the due date.
     */
    public int workingDaysAfter(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            return 0;
        }
        // Weekdays by arithmetic, then only the exceptions inside the range: a pending dossier may be
        // years overdue and this must not walk every day.
        long span = to.toEpochDay() - from.toEpochDay();
        long fullWeeks = span / 7;
        long count = fullWeeks * 5;
        LocalDate tailStart = from.plusDays(fullWeeks * 7);
        for (int i = 1; i <= span % 7; i++) {
            if (isWeekday(tailStart.plusDays(i))) {
                count++;
            }
        }
        for (Map.Entry<LocalDate, DayKind> entry : exceptions.subMap(from, false, to, true).entrySet()) {
            boolean weekday = isWeekday(entry.getKey());
            if (entry.getValue() == DayKind.OFF && weekday) {
                count--;
            } else if (entry.getValue() == DayKind.WORKDAY && !weekday) {
                count++;
            }
        }
        return Math.toIntExact(count);
    }

    /** The name the holiday data gives this date (e.g. "Tết Ất Tỵ"), if any. */
    public Optional<String> name(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return Optional.ofNullable(names.get(date));
    }

    /**
     * The years with at least one entry, ascending. A date in any other year is computed as a plain
     * Monday–Friday week, which is almost certainly wrong around Tết: callers should warn.
     */
    public SortedSet<Integer> coveredYears() {
        return coveredYears;
    }

    /** Whether the holiday data has any entry for {@code date}'s year. */
    public boolean coversYearOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return coveredYears.contains(date.getYear());
    }

    private static boolean isWeekday(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }
}
