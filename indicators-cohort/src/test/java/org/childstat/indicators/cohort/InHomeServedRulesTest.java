package org.childstat.indicators.cohort;

import static org.childstat.indicators.cohort.Rules.FFY2024;
import static org.childstat.indicators.cohort.Rules.d;
import static org.childstat.indicators.cohort.Rules.explain;
import static org.childstat.indicators.cohort.Rules.extract;
import static org.childstat.indicators.core.indicator.IndicatorId.IN_HOME_NO_MALTREATMENT;
import static org.childstat.indicators.core.model.DischargeReason.REUNIFICATION;
import static org.childstat.indicators.core.model.Disposition.SUBSTANTIATED;
import static org.childstat.indicators.core.model.Disposition.UNSUBSTANTIATED;
import static org.childstat.indicators.core.model.PlacementSetting.NON_RELATIVE_FOSTER_HOME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.childstat.indicators.cohort.Explanation.Status;
import org.childstat.indicators.core.indicator.ResultStatus;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.CaseDataBuilder;
import org.childstat.indicators.core.model.MaltreatmentReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The edges of the IN_HOME_SERVED family's rules, {@code internal/InHomeServedRules.java}:
 * IN_HOME_NO_MALTREATMENT (children served in home on a day of FFY2024; outcome: no victim report
 * on a day served, 7 or more days after the serving row opened), as docs/in-home.md states it.
 */
class InHomeServedRulesTest {
    /** A child served at home from 2024-01-10, open, assigned to W1 throughout. */
    private static CaseDataBuilder.ChildBuilder served() {
        return extract().child("C1").born("2015-03-01").servedInHome("K1", "2024-01-10").assignedTo("W1");
    }

    // the 7 days after the opening o = 2024-01-10: o + 6 is inside them, o + 7 and o + 8 are not
    @ParameterizedTest
    @CsvSource({"2024-01-16, IN_NUMERATOR", "2024-01-17, IN_DENOMINATOR_ONLY", "2024-01-18, IN_DENOMINATOR_ONLY"})
    void aVictimReport_countsFromTheSeventhDayAfterOpening(String reported, Status expected) {
        Explanation e = explain(served().reported("R1", reported, SUBSTANTIATED).build(), IN_HOME_NO_MALTREATMENT);
        assertEquals(expected, e.status());
        assertEquals(d("2024-01-10"), e.dates().get("in_home_open"));
        assertEquals("K1", e.caseId());
        assertEquals(expected == Status.IN_DENOMINATOR_ONLY ? "R1" : null, e.reportId());
    }

    // an incident date, when given, must also be on or after o + 7
    @ParameterizedTest
    @CsvSource({"2024-01-16, IN_NUMERATOR", "2024-01-17, IN_DENOMINATOR_ONLY"})
    void theIncidentDate_hasTheSameLowerBound(String incident, Status expected) {
        CaseData data = served().report(new MaltreatmentReport("R1", "C1", d("2024-02-01"), SUBSTANTIATED, d(incident),
                false, null, null, null, null, null)).build();
        assertEquals(expected, explain(data, IN_HOME_NO_MALTREATMENT).status());
    }

    @Test
    void aReportThatIsNotAVictimReport_isNoMaltreatment() {
        assertEquals(Status.IN_NUMERATOR,
                explain(served().reported("R1", "2024-03-01", UNSUBSTANTIATED).build(), IN_HOME_NO_MALTREATMENT).status());
    }

    @Test
    void aMaltreatmentDeath_isAVictimReport() {
        CaseData data = served().report(new MaltreatmentReport("R1", "C1", d("2024-03-01"), UNSUBSTANTIATED, null, true,
                null, null, null, null, null)).build();
        assertEquals(Status.IN_DENOMINATOR_ONLY, explain(data, IN_HOME_NO_MALTREATMENT).status());
    }

    // days in care are never in-home days, even while the row stays open; the discharge day is one
    @ParameterizedTest
    @CsvSource({"2024-02-29, IN_DENOMINATOR_ONLY", "2024-03-01, IN_NUMERATOR", "2024-03-09, IN_NUMERATOR",
            "2024-03-10, IN_DENOMINATOR_ONLY"})
    void aReportOnADayInCare_isNotInTheWindow(String reported, Status expected) {
        CaseData data = served().removed("2024-03-01").placed(NON_RELATIVE_FOSTER_HOME)
                .discharged("2024-03-10", REUNIFICATION).reported("R1", reported, SUBSTANTIATED).build();
        assertEquals(expected, explain(data, IN_HOME_NO_MALTREATMENT).status());
    }

    @Test
    void aNewerRow_startsItsOwnSevenDays() {
        CaseData twoRows = extract().child("C1").born("2015-03-01").servedInHome("K1", "2023-06-01")
                .servedInHome("K2", "2024-02-01").assignedTo("W1").reported("R1", "2024-02-05", SUBSTANTIATED).build();
        Explanation e = explain(twoRows, IN_HOME_NO_MALTREATMENT);
        assertEquals(Status.IN_NUMERATOR, e.status(), "K2 opened 4 days before the report");
        CaseData oneRow = extract().child("C1").born("2015-03-01").servedInHome("K1", "2023-06-01")
                .assignedTo("W1").reported("R1", "2024-02-05", SUBSTANTIATED).build();
        assertEquals(Status.IN_DENOMINATOR_ONLY, explain(oneRow, IN_HOME_NO_MALTREATMENT).status());
    }

    // the window: a row closed the day before the period is not served in it; closed on its first day, it is
    @ParameterizedTest
    @CsvSource({"2023-09-30, NOT_IN_POPULATION", "2023-10-01, IN_NUMERATOR", "2023-10-02, IN_NUMERATOR"})
    void theWindow_needsOneServedDayInThePeriod(String close, Status expected) {
        CaseData data = extract().child("C1").born("2015-03-01").servedInHome("K1", "2023-05-01").until(close)
                .assignedTo("W1").build();
        Explanation e = explain(data, IN_HOME_NO_MALTREATMENT);
        assertEquals(expected, e.status());
        if (expected == Status.IN_NUMERATOR) {
            assertEquals(d(close), e.dates().get("attribution"), "attributed on the window's last day");
        }
    }

    @Test
    void aChildInCareAllThePeriod_withAnOpenRow_isNotServed() {
        CaseData data = extract().child("C1").born("2015-03-01").servedInHome("K1", "2023-05-01")
                .removed("2023-09-15").placed(NON_RELATIVE_FOSTER_HOME).assignedTo("W1").build();
        Explanation e = explain(data, IN_HOME_NO_MALTREATMENT);
        assertEquals(Status.NOT_IN_POPULATION, e.status());
        assertEquals(true, e.reason().startsWith("not served in home"), e.reason());
    }

    // the 18th birthday (2024-03-01) ends the window: its last day is 2024-02-29, a later report is outside it
    @Test
    void theEighteenthBirthday_endsTheWindow() {
        CaseData data = extract().child("C1").born("2006-03-01").servedInHome("K1", "2023-11-01").assignedTo("W1")
                .reported("R1", "2024-03-01", SUBSTANTIATED).build();
        Explanation e = explain(data, IN_HOME_NO_MALTREATMENT);
        assertEquals(Status.IN_NUMERATOR, e.status());
        assertEquals(d("2024-02-29"), e.dates().get("attribution"));
        CaseData dayBefore = extract().child("C1").born("2006-03-01").servedInHome("K1", "2023-11-01")
                .assignedTo("W1").reported("R1", "2024-02-29", SUBSTANTIATED).build();
        assertEquals(Status.IN_DENOMINATOR_ONLY, explain(dayBefore, IN_HOME_NO_MALTREATMENT).status());
    }

    @Test
    void attribution_isTheWorkerOnTheWindowsLastDay() {
        CaseData data = extract().child("C1").born("2015-03-01").servedInHome("K1", "2024-01-10").until("2024-07-15")
                .assignedTo("W1", "2024-01-10", "2024-07-14").assignedTo("W3", "2024-07-15", null).build();
        Explanation e = explain(data, IN_HOME_NO_MALTREATMENT);
        assertEquals("W3", e.workerId());
        assertEquals("U2", e.unitId());
        assertEquals(d("2024-07-15"), e.dates().get("attribution"));
    }

    @Test
    void withoutInHomeCasesOrReports_isNoData() {
        CaseData noInHome = extract().withoutInHomeCases().child("C1").born("2015-03-01").assignedTo("W1").build();
        assertEquals(ResultStatus.NO_DATA, Rules.county(noInHome, IN_HOME_NO_MALTREATMENT).status());
        assertNull(Rules.county(noInHome, IN_HOME_NO_MALTREATMENT).denominator());
        CaseData noReports = extract().withoutReports().child("C1").born("2015-03-01").servedInHome("K1", "2024-01-10")
                .assignedTo("W1").build();
        assertEquals(ResultStatus.NO_DATA, Rules.county(noReports, IN_HOME_NO_MALTREATMENT).status());
        assertNull(Rules.county(noReports, IN_HOME_NO_MALTREATMENT).denominator());
    }

    @Test
    void aPeriodWithNoOneServed_isNoDataWithACountedDenominatorOfZero() {
        CaseData data = extract().child("C1").born("2015-03-01").servedInHome("K1", "2025-01-10").assignedTo("W1").build();
        var county = Rules.county(data, IN_HOME_NO_MALTREATMENT);
        assertEquals(ResultStatus.NO_DATA, county.status());
        assertEquals(0L, county.denominator());
        assertEquals(FFY2024, county.period());
    }
}
