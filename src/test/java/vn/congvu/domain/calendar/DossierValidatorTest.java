package vn.congvu.domain.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.congvu.domain.calendar.DossierBuilder.dossier;
import static vn.congvu.domain.calendar.DossierProblem.APOLOGY_NOT_RECORDED;
import static vn.congvu.domain.calendar.DossierProblem.DUE_DATE_BEFORE_RECEIPT_DAY;
import static vn.congvu.domain.calendar.DossierProblem.DUE_DATE_DIFFERS_FROM_RULES;
import static vn.congvu.domain.calendar.DossierProblem.DUE_DATE_ON_DAY_OFF;
import static vn.congvu.domain.calendar.DossierProblem.LIMIT_TOO_LARGE;
import static vn.congvu.domain.calendar.DossierProblem.MISSING_DUE_DATE;
import static vn.congvu.domain.calendar.DossierProblem.MISSING_LIMIT_KIND;
import static vn.congvu.domain.calendar.DossierProblem.MISSING_RECEIVED_AT;
import static vn.congvu.domain.calendar.DossierProblem.NEGATIVE_LIMIT;
import static vn.congvu.domain.calendar.DossierProblem.NO_HOLIDAY_DATA_FOR_YEAR;
import static vn.congvu.domain.calendar.DossierProblem.RECEIVED_AFTER_AS_OF;
import static vn.congvu.domain.calendar.DossierProblem.RETURNED_AFTER_AS_OF;
import static vn.congvu.domain.calendar.DossierProblem.RETURNED_BEFORE_RECEIVED;

import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import vn.congvu.domain.LimitKind;

class DossierValidatorTest {

    private final DossierValidator validator = new DossierValidator(
            new DueDateCalculator(VietnameseCalendars.calendar2025And2026(), LocalTime.of(15, 0)));

    @Test
    void aConsistentDossierHasNoProblems() {
        var ok = dossier().returnedOn(of(2025, 3, 17)).build();
        assertThat(validator.validate(ok)).isEmpty();
        assertThat(validator.validate(ok, of(2025, 3, 20))).isEmpty();
    }

    @Test
    void reportsAMissingReceivedTime() {
        assertThat(validator.validate(dossier().receivedAt(null).build())).containsExactly(MISSING_RECEIVED_AT);
    }

    @Test
    void reportsAMissingLimitKind() {
        assertThat(validator.validate(dossier().limit(5, null).build())).containsExactly(MISSING_LIMIT_KIND);
    }

    @Test
    void reportsANegativeLimitWithoutThrowing() {
        assertThat(validator.validate(dossier().limit(-2, LimitKind.WORKING_DAYS).build()))
                .containsExactly(NEGATIVE_LIMIT);
    }

    @Test
    void reportsALimitAboveTheMaximum() {
        assertThat(validator.validate(dossier().limit(400, LimitKind.WORKING_DAYS).build()))
                .containsExactly(LIMIT_TOO_LARGE);
    }

    @Test
    void reportsAMissingDueDate() {
        assertThat(validator.validate(dossier().dueDate(null).build())).containsExactly(MISSING_DUE_DATE);
    }

    @Test
    void reportsEveryMissingFieldAtOnceInDeclarationOrder() {
        var empty = dossier().receivedAt(null).limit(0, null).dueDate(null).build();
        assertThat(validator.validate(empty)).containsExactly(MISSING_RECEIVED_AT, MISSING_LIMIT_KIND, MISSING_DUE_DATE);
    }

    @Test
    void reportsADueDateBeforeTheReceiptDay() {
        // received Tue 11/3/2025, due typed as Mon 10/3
        assertThat(validator.validate(dossier().dueDate(of(2025, 3, 10)).build()))
                .containsExactly(DUE_DATE_BEFORE_RECEIPT_DAY, DUE_DATE_DIFFERS_FROM_RULES);
    }

    @Test
    void aDueDateOnTheReceiptDayIsFineForASameDayLimit() {
        var sameDay = dossier().limit(0, LimitKind.WORKING_DAYS).dueDate(of(2025, 3, 11)).build();
        assertThat(validator.validate(sameDay)).isEmpty();
    }

    @Test
    void reportsADueDateOnADayOff() {
        // 3 working days from Tue 11/3/2025 end Fri 14/3; the slip says Sat 15/3
        var onSaturday = dossier().limit(3, LimitKind.WORKING_DAYS).dueDate(of(2025, 3, 15)).build();
        assertThat(validator.validate(onSaturday)).containsExactly(DUE_DATE_ON_DAY_OFF, DUE_DATE_DIFFERS_FROM_RULES);
    }

    @Test
    void reportsADueDateThatTheRulesDoNotGive() {
        assertThat(validator.validate(dossier().dueDate(of(2025, 3, 19)).build()))
                .containsExactly(DUE_DATE_DIFFERS_FROM_RULES);
    }

    @Test
    void comparesWithTheRulesIncludingTheCutoff() {
        // received Tue 11/3/2025 at 15:00 → deemed Wed 12, + 5 → Wed 19/3
        var afterCutoff = dossier().receivedAt(LocalDateTime.of(2025, 3, 11, 15, 0)).dueDate(of(2025, 3, 19)).build();
        assertThat(validator.validate(afterCutoff)).isEmpty();
    }

    @Test
    void reportsAReturnBeforeTheReceipt() {
        var earlierDay = dossier().returnedAt(LocalDateTime.of(2025, 3, 10, 17, 0)).build();
        assertThat(validator.validate(earlierDay)).containsExactly(RETURNED_BEFORE_RECEIVED);
        var earlierHour = dossier().returnedAt(LocalDateTime.of(2025, 3, 11, 8, 30)).build();
        assertThat(validator.validate(earlierHour)).containsExactly(RETURNED_BEFORE_RECEIVED);
    }

    @Test
    void aReturnAtTheMomentOfReceiptIsFine() {
        var instant = dossier().returnedAt(LocalDateTime.of(2025, 3, 11, 9, 0)).build();
        assertThat(validator.validate(instant)).isEmpty();
    }

    @Test
    void warnsWhenTheReceiptYearHasNoHolidayData() {
        // Wed 10/3/2027 + 5 working days on a plain week → Wed 17/3/2027
        var in2027 = dossier().receivedAt(LocalDateTime.of(2027, 3, 10, 9, 0)).dueDate(of(2027, 3, 17)).build();
        assertThat(validator.validate(in2027)).containsExactly(NO_HOLIDAY_DATA_FOR_YEAR);
    }

    @Test
    void warnsWhenTheDueDateFallsInAYearWithoutHolidayData() {
        // Thu 24/12/2026 + 10: 25, 28, 29, 30, 31/12, then 1/1/2027 (unknown, so counted), 4, 5, 6, 7/1
        var crossing = dossier().receivedAt(LocalDateTime.of(2026, 12, 24, 9, 0)).limit(10, LimitKind.WORKING_DAYS)
                .dueDate(of(2027, 1, 7)).build();
        assertThat(validator.validate(crossing)).containsExactly(NO_HOLIDAY_DATA_FOR_YEAR);
    }

    @Test
    void reportsAReceiptAfterTheAsOfDate() {
        assertThat(validator.validate(dossier().build(), of(2025, 3, 10))).containsExactly(RECEIVED_AFTER_AS_OF);
    }

    @Test
    void reportsAReturnAfterTheAsOfDate() {
        var returnedMonday = dossier().returnedOn(of(2025, 3, 17)).build();
        assertThat(validator.validate(returnedMonday, of(2025, 3, 14))).containsExactly(RETURNED_AFTER_AS_OF);
    }

    @Test
    void asOfProblemsAreNotReportedWithoutAnAsOfDate() {
        var overdueNoApology = dossier().returnedOn(of(2025, 3, 20)).build();
        assertThat(validator.validate(overdueNoApology)).isEmpty();
    }

    @Test
    void warnsWhenAnOverdueDossierHasNoApologyRecorded() {
        var late = dossier().returnedOn(of(2025, 3, 20)).build();
        assertThat(validator.validate(late, of(2025, 3, 21))).containsExactly(APOLOGY_NOT_RECORDED);
        var stillOut = dossier().build();
        assertThat(validator.validate(stillOut, of(2025, 3, 21))).containsExactly(APOLOGY_NOT_RECORDED);
    }

    @Test
    void anOverdueDossierWithTheApologyAnsweredEitherWayIsFine() {
        assertThat(validator.validate(dossier().returnedOn(of(2025, 3, 20)).apologyIssued(false).build(),
                of(2025, 3, 21))).isEmpty();
        assertThat(validator.validate(dossier().returnedOn(of(2025, 3, 20)).apologyIssued(true).build(),
                of(2025, 3, 21))).isEmpty();
    }

    @Test
    void anOnTimeDossierNeedsNoApologyRecord() {
        assertThat(validator.validate(dossier().returnedOn(of(2025, 3, 18)).build(), of(2025, 3, 21))).isEmpty();
    }

    @Test
    void problemsKnowTheirFieldsAndWhetherTheyAreErrors() {
        assertThat(NEGATIVE_LIMIT.fields()).containsExactly(DossierField.LIMIT_DAYS);
        assertThat(NEGATIVE_LIMIT.isError()).isTrue();
        assertThat(RETURNED_BEFORE_RECEIVED.fields()).containsExactly(DossierField.RETURNED_AT, DossierField.RECEIVED_AT);
        assertThat(DUE_DATE_DIFFERS_FROM_RULES.isError()).isFalse();
        assertThat(APOLOGY_NOT_RECORDED.fields()).containsExactly(DossierField.APOLOGY_ISSUED);
        for (DossierProblem problem : DossierProblem.values()) {
            assertThat(problem.fields()).as(problem.name()).isNotEmpty();
        }
    }
}
