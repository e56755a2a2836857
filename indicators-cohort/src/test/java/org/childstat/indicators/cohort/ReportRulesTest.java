package org.childstat.indicators.cohort;

import static org.childstat.indicators.cohort.Explanation.Status.EXCLUDED;
import static org.childstat.indicators.cohort.Explanation.Status.IN_DENOMINATOR_ONLY;
import static org.childstat.indicators.cohort.Explanation.Status.IN_NUMERATOR;
import static org.childstat.indicators.cohort.Explanation.Status.NOT_IN_POPULATION;
import static org.childstat.indicators.cohort.Rules.FFY2024;
import static org.childstat.indicators.cohort.Rules.d;
import static org.childstat.indicators.cohort.Rules.explain;
import static org.childstat.indicators.cohort.Rules.extract;
import static org.childstat.indicators.cohort.Rules.status;
import static org.childstat.indicators.core.indicator.IndicatorId.CFSR4_RECURRENCE;
import static org.childstat.indicators.core.indicator.IndicatorId.TIMELY_DISPOSITION_30D;
import static org.childstat.indicators.core.indicator.IndicatorId.TIMELY_RESPONSE_FIVE_DAY;
import static org.childstat.indicators.core.indicator.IndicatorId.TIMELY_RESPONSE_IMMEDIATE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.childstat.indicators.core.indicator.ExclusionReason;
import org.childstat.indicators.core.indicator.IndicatorResult;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.Disposition;
import org.childstat.indicators.core.model.MaltreatmentReport;
import org.childstat.indicators.core.model.ResponsePriority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Recurrence and the report-level timeliness indicators (docs/indicators.md; docs/input-files.md, reports.csv). */
class ReportRulesTest {
    private static MaltreatmentReport victim(String id, String date, String incident, boolean death) {
        return new MaltreatmentReport(id, "C1", d(date), Disposition.SUBSTANTIATED, incident == null ? null : d(incident),
                death, null, null, null, null, null);
    }

    private static CaseData reports(MaltreatmentReport... rows) {
        var c = extract().child("C1").born("2012-01-01");
        for (MaltreatmentReport r : rows) {
            c.report(r);
        }
        return c.assignedTo("W1").build();
    }

    // "r2.report_date > initial + 14 days and within 12 months of the initial report date"
    @ParameterizedTest
    @CsvSource({
            "2024-01-24, IN_DENOMINATOR_ONLY",   // 14 days apart
            "2024-01-25, IN_NUMERATOR",          // 15 days apart
            "2025-01-09, IN_NUMERATOR",          // the day before initial.plusMonths(12)
            "2025-01-10, IN_DENOMINATOR_ONLY"})  // the day of
    void recurrence_fifteenDaysToTwelveMonths(String second, Explanation.Status expected) {
        assertEquals(expected, status(reports(victim("R1", "2024-01-10", null, false), victim("R2", second, null, false)),
                CFSR4_RECURRENCE));
    }

    @Test
    void recurrence_sameIncidentDateIsNotARecurrence() {
        CaseData same = reports(victim("R1", "2024-01-10", "2024-01-05", false), victim("R2", "2024-03-01", "2024-01-05", false));
        assertEquals(IN_DENOMINATOR_ONLY, status(same, CFSR4_RECURRENCE));
        CaseData oneMissing = reports(victim("R1", "2024-01-10", "2024-01-05", false), victim("R2", "2024-03-01", null, false));
        assertEquals(IN_NUMERATOR, status(oneMissing, CFSR4_RECURRENCE));
    }

    @Test
    void recurrence_initialIsTheFirstVictimReportInThePeriod_andExclusionsApplyToIt() {
        CaseData data = extract().child("C1").born("2012-01-01")
                .reported("R0", "2023-10-05", Disposition.UNSUBSTANTIATED)      // not a victim report
                .report(victim("R1", "2023-11-01", null, true))                   // fatal: excluded
                .report(victim("R2", "2023-12-01", null, false))                  // does not take its place
                .assignedTo("W1").build();
        Explanation e = explain(data, CFSR4_RECURRENCE);
        assertEquals(EXCLUDED, e.status());
        assertEquals(ExclusionReason.FIRST_REPORT_FATAL, e.exclusion());
        assertEquals("R1", e.reportId());
    }

    @ParameterizedTest
    @CsvSource({"2024-03-13, IN_DENOMINATOR_ONLY", "2024-03-14, EXCLUDED"})
    void recurrence_eighteenOnTheInitialReport(String date, Explanation.Status expected) {
        CaseData data = extract().child("C1").born("2006-03-14").report(new MaltreatmentReport("R1", "C1", d(date),
                Disposition.INDICATED, null, false, null, null, null, null, null)).assignedTo("W1").build();
        assertEquals(expected, status(data, CFSR4_RECURRENCE));
    }

    @Test
    void recurrence_reportBeforeBirthIsUnborn() {
        CaseData data = extract().child("C1").born("2024-02-01").report(victim("R1", "2024-01-15", null, false))
                .assignedTo("W1").build();
        assertEquals(ExclusionReason.UNBORN, explain(data, CFSR4_RECURRENCE).exclusion());
    }

    @Test
    void recurrence_attributedToTheReportsOwnWorker() {
        CaseData data = extract().child("C1").born("2012-01-01")
                .report(new MaltreatmentReport("R1", "C1", d("2024-01-10"), Disposition.SUBSTANTIATED, null, false, "W3",
                        null, null, null, null)).assignedTo("W1").build();
        Explanation e = explain(data, CFSR4_RECURRENCE);
        assertEquals("W3", e.workerId());
        assertEquals("U2", e.unitId());
    }

    // ------------------------------------------------------------------ timeliness

    private static CaseData referral(ResponsePriority priority, String received, String firstContact, String disposed) {
        return extract().child("C1").born("2012-01-01")
                .report(new MaltreatmentReport("R1", "C1", LocalDateTime.parse(received).toLocalDate(),
                        Disposition.UNSUBSTANTIATED, null, false, "W1", priority, LocalDateTime.parse(received),
                        firstContact == null ? null : LocalDateTime.parse(firstContact),
                        disposed == null ? null : LocalDate.parse(disposed)))
                .build();
    }

    // "first contact <= received + 24 hours"
    @ParameterizedTest
    @CsvSource({
            "2024-02-02T09:59, IN_NUMERATOR",
            "2024-02-02T10:00, IN_NUMERATOR",
            "2024-02-02T10:01, IN_DENOMINATOR_ONLY"})
    void immediate_within24Hours(String contact, Explanation.Status expected) {
        assertEquals(expected, status(referral(ResponsePriority.IMMEDIATE, "2024-02-01T10:00", contact, null),
                TIMELY_RESPONSE_IMMEDIATE));
    }

    // "date of first contact <= received date + 5 days"
    @ParameterizedTest
    @CsvSource({"2024-02-06T23:59, IN_NUMERATOR", "2024-02-07T00:00, IN_DENOMINATOR_ONLY"})
    void fiveDay_withinFiveDays(String contact, Explanation.Status expected) {
        CaseData data = referral(ResponsePriority.FIVE_DAY, "2024-02-01T10:00", contact, null);
        assertEquals(expected, status(data, TIMELY_RESPONSE_FIVE_DAY));
        assertEquals(NOT_IN_POPULATION, status(data, TIMELY_RESPONSE_IMMEDIATE));
    }

    // "disposition_date <= received date + 30 days"
    @ParameterizedTest
    @CsvSource({"2024-03-02, IN_NUMERATOR", "2024-03-03, IN_DENOMINATOR_ONLY", ", IN_DENOMINATOR_ONLY"})
    void disposition_within30Days(String disposed, Explanation.Status expected) {
        assertEquals(expected, status(referral(ResponsePriority.FIVE_DAY, "2024-02-01T10:00", null, disposed),
                TIMELY_DISPOSITION_30D));
    }

    @Test
    void timeliness_notYetDueAndNotMet_isLeftOut_dueAndNotMet_isInTheDenominator() {
        // as-of 2024-09-30 (period end): received 2024-09-28, five-day due 2024-10-03
        CaseData notDue = org.childstat.indicators.core.model.CaseData.builder().asOf("2024-09-30")
                .child("C1").born("2012-01-01").report(new MaltreatmentReport("R1", "C1", d("2024-09-28"),
                        Disposition.UNSUBSTANTIATED, null, false, null, ResponsePriority.FIVE_DAY, null, null, null))
                .assignedTo("W1").build();
        assertEquals(NOT_IN_POPULATION, Indicators.explain(notDue, TIMELY_RESPONSE_FIVE_DAY, FFY2024, "C1").status());
        IndicatorResult county = Rules.county(notDue, TIMELY_RESPONSE_FIVE_DAY);
        assertEquals(org.childstat.indicators.core.indicator.ResultStatus.NO_DATA, county.status());
        // the same report as known at the end of 2025: due and missed
        CaseData due = referral(ResponsePriority.FIVE_DAY, "2024-09-28T00:00", null, null);
        assertEquals(IN_DENOMINATOR_ONLY, status(due, TIMELY_RESPONSE_FIVE_DAY));
    }

    @Test
    void timeliness_aReportIsItsRowsTogether() {
        // one referral about two siblings: counted once; first contact = the earliest of its rows;
        // disposition missing when any row lacks one; priority and worker from the first row
        CaseData data = extract()
                .child("C1").born("2012-01-01").report(new MaltreatmentReport("R1", "C1", d("2024-02-01"),
                        Disposition.UNSUBSTANTIATED, null, false, "W3", ResponsePriority.IMMEDIATE,
                        LocalDateTime.parse("2024-02-01T08:00"), LocalDateTime.parse("2024-02-03T08:00"), d("2024-02-10")))
                .child("C2").born("2013-01-01").report(new MaltreatmentReport("R1", "C2", d("2024-02-01"),
                        Disposition.UNSUBSTANTIATED, null, false, "W1", ResponsePriority.FIVE_DAY,
                        LocalDateTime.parse("2024-02-01T09:00"), LocalDateTime.parse("2024-02-01T20:00"), null))
                .build();
        var results = java.util.List.of(TIMELY_RESPONSE_IMMEDIATE, TIMELY_RESPONSE_FIVE_DAY, TIMELY_DISPOSITION_30D)
                .stream().map(id -> Rules.county(data, id)).toList();
        assertEquals(1L, results.get(0).numerator());   // contact 12 hours after receipt, from C2's row
        assertEquals(1L, results.get(0).denominator());
        assertEquals(0L, results.get(1).denominator()); // the report's priority is the first row's: IMMEDIATE
        assertEquals(0L, results.get(2).numerator());   // C2's row has no disposition date
        assertEquals(1L, results.get(2).denominator());
        Explanation e = Rules.explain(data, TIMELY_RESPONSE_IMMEDIATE, "C1", FFY2024);
        assertEquals("W3", e.workerId());
        assertEquals(NOT_IN_POPULATION, Rules.explain(data, TIMELY_RESPONSE_IMMEDIATE, "C2", FFY2024).status());
    }
}
