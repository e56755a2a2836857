package org.childstat.indicators.cohort;

import static org.childstat.indicators.cohort.Explanation.Status.EXCLUDED;
import static org.childstat.indicators.cohort.Explanation.Status.IN_DENOMINATOR_ONLY;
import static org.childstat.indicators.cohort.Explanation.Status.IN_NUMERATOR;
import static org.childstat.indicators.cohort.Explanation.Status.NOT_IN_POPULATION;
import static org.childstat.indicators.cohort.Rules.FFY2024;
import static org.childstat.indicators.cohort.Rules.explain;
import static org.childstat.indicators.cohort.Rules.extract;
import static org.childstat.indicators.cohort.Rules.status;
import static org.childstat.indicators.core.indicator.IndicatorId.CFSR4_P1;
import static org.childstat.indicators.core.indicator.IndicatorId.FOSTER_CARE_ENTRIES;
import static org.childstat.indicators.core.indicator.IndicatorId.REUNIFICATION_12M_ENTRY;
import static org.childstat.indicators.core.model.DischargeReason.ADOPTION;
import static org.childstat.indicators.core.model.DischargeReason.LIVING_WITH_RELATIVES;
import static org.childstat.indicators.core.model.DischargeReason.REUNIFICATION;
import static org.childstat.indicators.core.model.PlacementSetting.NON_RELATIVE_FOSTER_HOME;
import static org.childstat.indicators.core.model.PlacementSetting.TRIAL_HOME_VISIT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.childstat.indicators.core.indicator.ExclusionReason;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.DischargeReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The edges of the ENTRY_COHORT family's rules, {@code internal/EntryCohortRules.java}: CFSR4_P1
 * (permanency within 12 months of entry, trial home visits over 30 days cut to 30) and
 * REUNIFICATION_12M_ENTRY (Round 2 C1.3: reunification within 12 months of entry) of the children
 * entering care in the period (first entry; excluded: 18+ at removal, stays under 8 days, no
 * discharge reason), as docs/indicators.md (The indicators) states them.
 */
class EntryCohortRulesTest {
    private static CaseData stay(String removal, String discharge, DischargeReason reason) {
        var child = extract().child("C1").born("2015-03-01").removed(removal).placed(NON_RELATIVE_FOSTER_HOME);
        if (discharge != null) {
            child.discharged(discharge, reason);
        }
        return child.assignedTo("W1").build();
    }

    // P1 exclusions: "closed with LOS < 8 days (LOS 7 excluded, LOS 8 kept)"
    @ParameterizedTest
    @CsvSource({"2023-11-07, EXCLUDED", "2023-11-08, EXCLUDED", "2023-11-09, IN_NUMERATOR", "2023-11-10, IN_NUMERATOR"})
    void p1_stayUnderEightDays(String discharge, Explanation.Status expected) {
        // removal 2023-11-01: LOS 6, 7 excluded; 8, 9 kept
        Explanation e = explain(stay("2023-11-01", discharge, REUNIFICATION), CFSR4_P1);
        assertEquals(expected, e.status());
        if (expected == EXCLUDED) {
            assertEquals(ExclusionReason.STAY_UNDER_8_DAYS, e.exclusion());
        }
    }

    // P1 outcome: "within 12 months of the removal date" = before removal.plusMonths(12)
    // (docs/input-files.md, Counting days)
    @ParameterizedTest
    @CsvSource({
            "FFY2023, 2023-01-31, 2024-01-30, IN_NUMERATOR",          // issue's example: the day before
            "FFY2023, 2023-01-31, 2024-01-31, IN_DENOMINATOR_ONLY",   // the day of
            "FFY2024, 2024-02-29, 2025-02-27, IN_NUMERATOR",          // plusMonths clamps to 2025-02-28
            "FFY2024, 2024-02-29, 2025-02-28, IN_DENOMINATOR_ONLY",
            "FFY2024, 2023-10-31, 2024-10-30, IN_NUMERATOR",
            "FFY2024, 2023-10-31, 2024-10-31, IN_DENOMINATOR_ONLY",
            "FFY2024, 2023-10-31, 2024-11-01, IN_DENOMINATOR_ONLY"})
    void p1_twelveMonthBoundaryWithMonthEndClamping(String period, String removal, String discharge,
                                                    Explanation.Status expected) {
        CaseData data = stay(removal, discharge, REUNIFICATION);
        assertEquals(expected, Rules.explain(data, CFSR4_P1, "C1", ReportingPeriod.parse(period)).status());
        assertEquals(expected, Rules.explain(data, REUNIFICATION_12M_ENTRY, "C1", ReportingPeriod.parse(period)).status());
    }

    // General: "age 18+ on the removal date" excluded; a discharge on or after the 18th birthday is never permanency
    @ParameterizedTest
    @CsvSource({
            "2024-03-13, 2024-06-01, IN_DENOMINATOR_ONLY", // removed the day before the 18th birthday (2024-03-14): a
                                                           // member, but discharged after the birthday
            "2024-03-14, 2024-06-01, EXCLUDED",         // on the birthday: AGE_18_PLUS
            "2024-03-15, 2024-06-01, EXCLUDED",
            "2023-12-01, 2024-03-13, IN_NUMERATOR",     // discharged the day before the birthday
            "2023-12-01, 2024-03-14, IN_DENOMINATOR_ONLY", // on the birthday: not permanency
    })
    void p1_eighteenthBirthday(String removal, String discharge, Explanation.Status expected) {
        CaseData data = extract().child("C1").born("2006-03-14").removed(removal).placed(NON_RELATIVE_FOSTER_HOME)
                .discharged(discharge, REUNIFICATION).assignedTo("W1").build();
        assertEquals(expected, status(data, CFSR4_P1));
    }

    // P1 THV adjustment (R4 fn.3): last spell a trial home visit that "lasted more than 30 days"
    // removal 2023-10-15, so the 12-month limit is 2024-10-15; discharged on the limit itself
    @ParameterizedTest
    @CsvSource({
            "2024-09-15, REUNIFICATION, IN_DENOMINATOR_ONLY",        // THV of 30 days: not adjusted, 2024-10-15 is too late
            "2024-09-14, REUNIFICATION, IN_NUMERATOR",               // THV of 31 days: adjusted to 2024-10-14
            "2024-09-14, LIVING_WITH_RELATIVES, IN_DENOMINATOR_ONLY"}) // Decision: reason 2 not adjusted
    void p1_trialHomeVisitOf30Versus31Days(String thvStart, DischargeReason reason, Explanation.Status expected) {
        CaseData data = extract().child("C1").born("2015-03-01").removed("2023-10-15")
                .placed(NON_RELATIVE_FOSTER_HOME).placed(TRIAL_HOME_VISIT, thvStart)
                .discharged("2024-10-15", reason).assignedTo("W1").build();
        Explanation e = explain(data, CFSR4_P1);
        assertEquals(expected, e.status());
        if (expected == IN_NUMERATOR) {
            assertEquals(Rules.d("2024-10-14"), e.dates().get("adjusted_discharge"));
        }
        // REUNIFICATION_12M_ENTRY has no THV adjustment: discharged on the limit, never in time
        assertEquals(IN_DENOMINATOR_ONLY, status(data, REUNIFICATION_12M_ENTRY));
    }

    @Test
    void p1_trialHomeVisitForRelatives_withTheOption() {
        CaseData data = extract().child("C1").born("2015-03-01").removed("2023-10-15")
                .placed(NON_RELATIVE_FOSTER_HOME).placed(TRIAL_HOME_VISIT, "2024-09-14")
                .discharged("2024-10-15", LIVING_WITH_RELATIVES).assignedTo("W1").build();
        Explanation e = Indicators.explain(data, CFSR4_P1, FFY2024, "C1",
                CalculationOptions.defaults().withTrialHomeVisitAdjustmentForRelatives(true));
        assertEquals(IN_NUMERATOR, e.status());
    }

    @Test
    void p1_missingReasonIsExcludedAndAnOpenEpisodeIsInTheDenominator() {
        Explanation missing = explain(stay("2023-11-01", "2024-02-01", null), CFSR4_P1);
        assertEquals(EXCLUDED, missing.status());
        assertEquals(ExclusionReason.MISSING_DISCHARGE_REASON, missing.exclusion());
        assertEquals(IN_DENOMINATOR_ONLY, status(stay("2023-11-01", null, null), CFSR4_P1));
    }

    @ParameterizedTest
    @CsvSource({"ADOPTION, IN_NUMERATOR, IN_DENOMINATOR_ONLY", "EMANCIPATION, IN_DENOMINATOR_ONLY, IN_DENOMINATOR_ONLY",
            "LIVING_WITH_RELATIVES, IN_NUMERATOR, IN_NUMERATOR", "GUARDIANSHIP, IN_NUMERATOR, IN_DENOMINATOR_ONLY",
            "TRANSFER, IN_DENOMINATOR_ONLY, IN_DENOMINATOR_ONLY"})
    void p1_permanencyIsReasons1235_reunificationIs12(DischargeReason reason, Explanation.Status p1,
                                                      Explanation.Status c13) {
        CaseData data = stay("2023-11-01", "2024-02-01", reason);
        assertEquals(p1, status(data, CFSR4_P1));
        assertEquals(c13, status(data, REUNIFICATION_12M_ENTRY));
    }

    // P1 population: "the child's first such episode ... a later episode in the period does not take its place"
    @Test
    void p1_onlyTheFirstEntryOfThePeriodIsEvaluated() {
        CaseData data = extract().child("C1").born("2015-03-01")
                .removed("2023-11-01").placed(NON_RELATIVE_FOSTER_HOME).discharged("2023-11-05", REUNIFICATION)
                .removed("2024-01-01").placed(NON_RELATIVE_FOSTER_HOME).discharged("2024-03-01", ADOPTION)
                .assignedTo("W1").build();
        Explanation e = explain(data, CFSR4_P1);
        assertEquals(EXCLUDED, e.status());
        assertEquals("C1-E1", e.episodeId());
        assertEquals(0, e.denominator());
    }

    // docs/input-files.md, Counting days: "a child removed on s itself is an entry of the period, not a
    // child in care on its first day"
    @ParameterizedTest
    @CsvSource({"2023-09-30, NOT_IN_POPULATION", "2023-10-01, IN_DENOMINATOR_ONLY", "2024-09-30, IN_DENOMINATOR_ONLY",
            "2024-10-01, NOT_IN_POPULATION"})
    void p1_entriesOnTheFirstAndLastDayOfThePeriod(String removal, Explanation.Status expected) {
        CaseData data = stay(removal, null, null);
        assertEquals(expected, status(data, CFSR4_P1));
        assertEquals(expected == NOT_IN_POPULATION ? NOT_IN_POPULATION : IN_NUMERATOR, status(data, FOSTER_CARE_ENTRIES));
        // and an entry on the first day is not in care on the first day
        if (removal.equals("2023-10-01")) {
            assertEquals(NOT_IN_POPULATION,
                    status(data, org.childstat.indicators.core.indicator.IndicatorId.CFSR4_P2));
        }
    }

    @Test
    void p1_attributesToTheWorkerWithTheMostDaysInTheFirstTwelveMonths() {
        // W1 carries the case 2023-11-01..2024-01-31 (92 days), W2 from 2024-02-01 (the rest)
        CaseData data = extract().child("C1").born("2015-03-01").removed("2023-11-01").placed(NON_RELATIVE_FOSTER_HOME)
                .discharged("2024-03-01", REUNIFICATION)
                .assignedTo("W1", "2023-11-01", "2024-01-31").assignedTo("W2", "2024-02-01", null).build();
        // window [removal, min(discharge - 1, removal + 12 months - 1)] = 2023-11-01..2024-02-29: W1 92 days, W2 29 days
        Explanation e = explain(data, CFSR4_P1);
        assertEquals("W1", e.workerId());
        assertEquals("U1", e.unitId());
    }
}
