package org.childstat.indicators.cohort;

import static org.childstat.indicators.cohort.Explanation.Status.EXCLUDED;
import static org.childstat.indicators.cohort.Explanation.Status.IN_DENOMINATOR_ONLY;
import static org.childstat.indicators.cohort.Explanation.Status.IN_NUMERATOR;
import static org.childstat.indicators.cohort.Rules.d;
import static org.childstat.indicators.cohort.Rules.explain;
import static org.childstat.indicators.cohort.Rules.extract;
import static org.childstat.indicators.cohort.Rules.status;
import static org.childstat.indicators.core.indicator.IndicatorId.CFSR4_RECURRENCE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.childstat.indicators.core.indicator.ExclusionReason;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.Disposition;
import org.childstat.indicators.core.model.MaltreatmentReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The edges of the VICTIM_REPORTS family's rules, {@code internal/VictimReportRules.java}:
 * CFSR4_RECURRENCE (children with a victim report in the period, by the first; outcome: another
 * victim report 15 days to 12 months later; excluded: unborn, 18+, a fatal first report), as
 * docs/indicators.md (The indicators) and docs/input-files.md (reports.csv) state it.
 */
class VictimReportRulesTest {
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
}
