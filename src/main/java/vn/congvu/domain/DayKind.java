package vn.congvu.domain;

/** An exception to the Monday–Friday week: a day off (holiday, day in lieu) or a swapped working day. */
public enum DayKind {
    OFF, WORKDAY
}
