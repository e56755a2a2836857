package org.childstat.indicators.cohort;

import static org.childstat.indicators.cohort.Explanation.Status.EXCLUDED;
import static org.childstat.indicators.cohort.Explanation.Status.IN_DENOMINATOR_ONLY;
import static org.childstat.indicators.cohort.Explanation.Status.IN_NUMERATOR;
import static org.childstat.indicators.cohort.Explanation.Status.NOT_IN_POPULATION;
import static org.childstat.indicators.cohort.Rules.explain;
import static org.childstat.indicators.cohort.Rules.extract;
import static org.childstat.indicators.cohort.Rules.status;
import static org.childstat.indicators.core.indicator.IndicatorId.*;
import static org.childstat.indicators.core.model.DischargeReason.*;
import static org.childstat.indicators.core.model.PlacementSetting.NON_RELATIVE_FOSTER_HOME;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.childstat.indicators.core.indicator.ExclusionReason;
import org.childstat.indicators.core.indicator.IndicatorResult;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.DischargeReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The edges of the EXIT_COHORT family's rules, {@code internal/ExitCohortRules.java}: of the
 * children discharged in the period (the first discharge whose reason is in the indicator's set),
 * CFSR4_REENTRY and REENTRY_12M_AFTER_REUNIFICATION (a new removal within 12 months),
 * REUNIFICATION_12M_EXIT (reunified within 12 months of removal), MEDIAN_DAYS_TO_REUNIFICATION and
 * MEDIAN_DAYS_IN_CARE (the length of stay), EXIT_TO_PERMANENCY_EXIT (permanency before 18) and
 * GUARDIANSHIP_24M_EXIT (guardianship within 24 months of removal), as docs/indicators.md (The
 * indicators) states them.
 */
class ExitCohortRulesTest {
    private static CaseData exitAndReturn(String discharge, DischargeReason reason, String reentry) {
        var c = extract().child("C1").born("2012-01-01").removed("2023-06-01").placed(NON_RELATIVE_FOSTER_HOME)
                .discharged(discharge, reason);
        if (reentry != null) {
            c.removed(reentry).placed(NON_RELATIVE_FOSTER_HOME);
        }
        return c.assignedTo("W1").build();
    }

    // CFSR4_REENTRY outcome: a later removal r2 with discharge <= r2 and r2 within 12 months of the discharge
    @ParameterizedTest
    @CsvSource({
            "2024-03-01, IN_NUMERATOR",          // re-entry on the discharge day
            "2025-02-28, IN_NUMERATOR",          // the day before discharge.plusMonths(12)
            "2025-03-01, IN_DENOMINATOR_ONLY"})  // the day of
    void reentry_withinTwelveMonthsOfTheDischarge(String reentry, Explanation.Status expected) {
        CaseData data = exitAndReturn("2024-03-01", REUNIFICATION, reentry);
        assertEquals(expected, status(data, CFSR4_REENTRY));
        assertEquals(expected, status(data, REENTRY_12M_AFTER_REUNIFICATION));
    }

    @ParameterizedTest
    @CsvSource({
            "REUNIFICATION, IN_NUMERATOR, IN_NUMERATOR",
            "LIVING_WITH_RELATIVES, IN_NUMERATOR, IN_NUMERATOR",
            "GUARDIANSHIP, IN_NUMERATOR, NOT_IN_POPULATION",
            "ADOPTION, NOT_IN_POPULATION, NOT_IN_POPULATION",   // "adoption is not in it"
            "TRANSFER, NOT_IN_POPULATION, NOT_IN_POPULATION"})
    void reentry_exitReasonsOfThePopulation(DischargeReason reason, Explanation.Status r4, Explanation.Status c14) {
        CaseData data = exitAndReturn("2024-03-01", reason, "2024-05-01");
        assertEquals(r4, status(data, CFSR4_REENTRY));
        assertEquals(c14, status(data, REENTRY_12M_AFTER_REUNIFICATION));
    }

    @Test
    void reentry_noEightDayRule_andAnExitOnThe18thBirthdayIsExcluded() {
        CaseData shortStay = extract().child("C1").born("2012-01-01").removed("2024-03-01")
                .placed(NON_RELATIVE_FOSTER_HOME).discharged("2024-03-03", REUNIFICATION).assignedTo("W1").build();
        assertEquals(IN_DENOMINATOR_ONLY, status(shortStay, CFSR4_REENTRY));
        CaseData eighteen = extract().child("C1").born("2006-03-01").removed("2023-06-01")
                .placed(NON_RELATIVE_FOSTER_HOME).discharged("2024-03-01", REUNIFICATION).assignedTo("W1").build();
        assertEquals(ExclusionReason.AGE_18_PLUS, explain(eighteen, CFSR4_REENTRY).exclusion());
    }

    // Exit cohorts: "the child's first discharge in [s, e] that matches the population's reason set"
    @Test
    void exitCohort_takesTheFirstMatchingDischarge() {
        CaseData data = extract().child("C1").born("2012-01-01")
                .removed("2023-06-01").placed(NON_RELATIVE_FOSTER_HOME).discharged("2023-11-01", TRANSFER)
                .removed("2023-12-01").placed(NON_RELATIVE_FOSTER_HOME).discharged("2024-02-01", REUNIFICATION)
                .assignedTo("W1").build();
        assertEquals("C1-E2", explain(data, CFSR4_REENTRY).episodeId());
        assertEquals("C1-E1", explain(data, MEDIAN_DAYS_IN_CARE).episodeId());
    }

    // C1.1: reasons {1, 2}; excluded 18+ at discharge, then LOS < 8; outcome within 12 months of removal
    @ParameterizedTest
    @CsvSource({
            "2023-10-01, 2023-10-08, EXCLUDED",            // LOS 7
            "2023-10-01, 2023-10-09, IN_NUMERATOR",        // LOS 8
            "2023-01-31, 2024-01-30, IN_NUMERATOR",        // the day before removal + 12 months
            "2023-01-31, 2024-01-31, IN_DENOMINATOR_ONLY"})
    void reunificationExit_lengthAndTwelveMonths(String removal, String discharge, Explanation.Status expected) {
        CaseData data = extract().child("C1").born("2012-01-01").removed(removal).placed(NON_RELATIVE_FOSTER_HOME)
                .discharged(discharge, REUNIFICATION).assignedTo("W1").build();
        assertEquals(expected, status(data, REUNIFICATION_12M_EXIT));
    }

    @Test
    void medians_ofLengthsOfStay_withOrderStatisticInterval() {
        var b = extract();
        int[] los = {30, 130, 200, 250, 300, 400, 480};
        for (int i = 0; i < los.length; i++) {
            String removal = Rules.d("2023-06-01").toString();
            b.child("C" + (i + 1)).born("2012-01-01").removed(removal).placed(NON_RELATIVE_FOSTER_HOME)
                    .discharged(Rules.d(removal).plusDays(los[i]).toString(), i == 6 ? ADOPTION : REUNIFICATION)
                    .assignedTo("W1");
        }
        CaseData data = b.build();
        // removal 2023-06-01 + 30 days = 2023-07-01 is before the period; + 130 = 2023-10-09 and the rest exit in FFY2024
        IndicatorResult toReunification = Rules.county(data, MEDIAN_DAYS_TO_REUNIFICATION);
        assertEquals(5L, toReunification.denominator());          // 130, 200, 250, 300, 400
        assertEquals(250.0, toReunification.value());
        assertEquals(null, toReunification.lower95());            // n = 5: no j (R: max(which(pbinom(0:4, 5, .5) <= .025)) is empty)
        IndicatorResult inCare = Rules.county(data, MEDIAN_DAYS_IN_CARE);
        assertEquals(6L, inCare.denominator());                   // 130 .. 480, any reason
        assertEquals(275.0, inCare.value());                      // mean of 250 and 300
        assertEquals(130.0, inCare.lower95());                    // n = 6: j = 1, x(1) and x(6)
        assertEquals(480.0, inCare.upper95());
    }

    @ParameterizedTest
    @CsvSource({"ADOPTION, IN_NUMERATOR", "EMANCIPATION, IN_DENOMINATOR_ONLY", ", EXCLUDED"})
    void exitToPermanency_reasons(DischargeReason reason, Explanation.Status expected) {
        CaseData data = extract().child("C1").born("2012-01-01").removed("2023-06-01").placed(NON_RELATIVE_FOSTER_HOME)
                .discharged(Rules.d("2024-01-15"), reason).assignedTo("W1").build();
        assertEquals(expected, status(data, EXIT_TO_PERMANENCY_EXIT));
    }

    @ParameterizedTest
    @CsvSource({"2022-02-28, 2024-02-27, IN_NUMERATOR", "2022-02-28, 2024-02-28, IN_DENOMINATOR_ONLY"})
    void guardianship_withinTwentyFourMonths(String removal, String discharge, Explanation.Status expected) {
        CaseData data = extract().child("C1").born("2012-01-01").removed(removal).placed(NON_RELATIVE_FOSTER_HOME)
                .discharged(discharge, GUARDIANSHIP).assignedTo("W1").build();
        assertEquals(expected, status(data, GUARDIANSHIP_24M_EXIT));
        assertEquals(NOT_IN_POPULATION, status(data, REUNIFICATION_12M_EXIT));
    }

    // Exit cohorts are attributed ON_DATE(discharge - 1): the worker on the last day in care
    @Test
    void exitCohort_attributedToTheWorkerOnTheLastDayInCare() {
        CaseData data = extract().child("C1").born("2012-01-01").removed("2023-06-01").placed(NON_RELATIVE_FOSTER_HOME)
                .discharged("2024-03-01", REUNIFICATION)
                .assignedTo("W1", "2023-06-01", "2024-02-28").assignedTo("W3", "2024-02-29", null).build();
        Explanation e = explain(data, REUNIFICATION_12M_EXIT);
        assertEquals("W3", e.workerId());
        assertEquals("U2", e.unitId());
        assertEquals(Rules.d("2024-02-29"), e.dates().get("attribution"));
    }
}
