package org.childstat.indicators.cohort;

import static org.childstat.indicators.cohort.Rules.FFY2024;
import static org.childstat.indicators.cohort.Rules.explain;
import static org.childstat.indicators.cohort.Rules.extract;
import static org.childstat.indicators.core.indicator.IndicatorId.CFSR4_MALTREATMENT_IN_CARE;
import static org.childstat.indicators.core.model.DischargeReason.REUNIFICATION;
import static org.childstat.indicators.core.model.PlacementSetting.NON_RELATIVE_FOSTER_HOME;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.childstat.indicators.core.indicator.ExclusionReason;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.Disposition;
import org.childstat.indicators.core.model.MaltreatmentReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The edges of the DAYS_IN_CARE family's rules, {@code internal/DaysInCareRules.java}:
 * CFSR4_MALTREATMENT_IN_CARE (victim reports 7+ days after removal while in care, per 100,000 days
 * in care in the period; excluded: stays under 8 days), as docs/indicators.md (The indicators)
 * states it.
 */
class DaysInCareRulesTest {
    private static CaseData inCareWithReports(String... reportDates) {
        var c = extract().child("C1").born("2012-01-01").removed("2023-11-01").placed(NON_RELATIVE_FOSTER_HOME)
                .discharged("2024-06-01", REUNIFICATION).assignedTo("W1");
        int i = 0;
        for (String date : reportDates) {
            c.reported("R" + (++i), date, Disposition.SUBSTANTIATED);
        }
        return c.build();
    }

    // MIC numerator: report_date >= removal + 7 days (removal 2023-11-01: + 7 = 2023-11-08)
    @ParameterizedTest
    @CsvSource({"2023-11-07, 0", "2023-11-08, 1", "2024-05-31, 1", "2024-06-01, 0"})
    void maltreatmentInCare_sevenDaysAfterRemovalAndBeforeDischarge(String report, int events) {
        Explanation e = explain(inCareWithReports(report), CFSR4_MALTREATMENT_IN_CARE);
        assertEquals(events, e.numerator());
        assertEquals(213, e.denominator()); // 2023-11-01 .. 2024-05-31
    }

    // "a report dated 0 or 1 day after the previous kept one is dropped"
    @ParameterizedTest
    @CsvSource({"2024-01-10, 2024-01-10, 1", "2024-01-10, 2024-01-11, 1", "2024-01-10, 2024-01-12, 2"})
    void maltreatmentInCare_reportsADayApartCountOnce(String first, String second, int events) {
        assertEquals(events, explain(inCareWithReports(first, second), CFSR4_MALTREATMENT_IN_CARE).numerator());
    }

    @Test
    void maltreatmentInCare_incidentBeforeRemovalPlus7_andNonVictimsDoNotCount() {
        CaseData data = extract().child("C1").born("2012-01-01").removed("2023-11-01").placed(NON_RELATIVE_FOSTER_HOME)
                .report(new MaltreatmentReport("R1", "C1", Rules.d("2024-01-10"), Disposition.SUBSTANTIATED,
                        Rules.d("2023-11-07"), false, null, null, null, null, null))
                .reported("R2", "2024-02-10", Disposition.UNSUBSTANTIATED)
                .report(new MaltreatmentReport("R3", "C1", Rules.d("2024-03-10"), Disposition.OTHER_OR_UNKNOWN,
                        null, true, null, null, null, null, null))   // a death counts as a victim report
                .assignedTo("W1").build();
        assertEquals(1, explain(data, CFSR4_MALTREATMENT_IN_CARE).numerator());
    }

    @Test
    void maltreatmentInCare_sameDayExitIsNotInThePopulation_andShortStaysAreExcluded() {
        CaseData data = extract().child("C1").born("2012-01-01").removed("2024-01-01").placed(NON_RELATIVE_FOSTER_HOME)
                .discharged("2024-01-01", REUNIFICATION).assignedTo("W1")
                .child("C2").born("2012-01-01").removed("2024-01-01").placed(NON_RELATIVE_FOSTER_HOME)
                .discharged("2024-01-05", REUNIFICATION).assignedTo("W1").build();
        assertEquals(Explanation.Status.NOT_IN_POPULATION,
                Rules.explain(data, CFSR4_MALTREATMENT_IN_CARE, "C1", FFY2024).status());
        assertEquals(ExclusionReason.STAY_UNDER_8_DAYS,
                Rules.explain(data, CFSR4_MALTREATMENT_IN_CARE, "C2", FFY2024).exclusion());
    }

    @Test
    void maltreatmentInCare_withoutReportsCsv_isNoData() {
        CaseData data = extract().withoutReports().child("C1").born("2012-01-01").removed("2024-01-01")
                .placed(NON_RELATIVE_FOSTER_HOME).assignedTo("W1").build();
        assertEquals(org.childstat.indicators.core.indicator.ResultStatus.NO_DATA,
                Rules.county(data, CFSR4_MALTREATMENT_IN_CARE).status());
    }
}
