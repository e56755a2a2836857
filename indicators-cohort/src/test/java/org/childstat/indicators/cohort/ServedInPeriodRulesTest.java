package org.childstat.indicators.cohort;

import static org.childstat.indicators.cohort.Explanation.Status.IN_DENOMINATOR_ONLY;
import static org.childstat.indicators.cohort.Explanation.Status.IN_NUMERATOR;
import static org.childstat.indicators.cohort.Rules.explain;
import static org.childstat.indicators.cohort.Rules.extract;
import static org.childstat.indicators.cohort.Rules.status;
import static org.childstat.indicators.core.indicator.IndicatorId.PLACEMENT_STABILITY_12_TO_24M;
import static org.childstat.indicators.core.indicator.IndicatorId.PLACEMENT_STABILITY_24M_PLUS;
import static org.childstat.indicators.core.indicator.IndicatorId.PLACEMENT_STABILITY_UNDER_12M;
import static org.childstat.indicators.core.model.PlacementSetting.GROUP_HOME;
import static org.childstat.indicators.core.model.PlacementSetting.RELATIVE_FOSTER_HOME;
import static org.childstat.indicators.core.model.PlacementSetting.NON_RELATIVE_FOSTER_HOME;
import static org.childstat.indicators.core.model.PlacementSetting.RUNAWAY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.childstat.indicators.core.indicator.ExclusionReason;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.DischargeReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The edges of the SERVED_IN_PERIOD family's rules, {@code internal/ServedInPeriodRules.java}: the
 * Round 2 C4 indicators PLACEMENT_STABILITY_UNDER_12M (in care 8 days to under 12 months),
 * PLACEMENT_STABILITY_12_TO_24M (12 to 23 months) and PLACEMENT_STABILITY_24M_PLUS (24 months or
 * more), the whole months in care read at t = min(discharge, period end + 1, as-of + 1); outcome:
 * two or fewer placement settings (docs/indicators.md, The indicators).
 */
class ServedInPeriodRulesTest {
    private static CaseData inCare(String born, String removal, String discharge, DischargeReason reason) {
        var c = extract().child("C1").born(born).removed(removal).placed(NON_RELATIVE_FOSTER_HOME);
        if (discharge != null) {
            c.discharged(discharge, reason);
        }
        return c.assignedTo("W1").build();
    }

    // C4.x: t = min(discharge, e + 1, as-of + 1); buckets by whole months between removal and t
    @ParameterizedTest
    @CsvSource({
            "2024-09-24, NOT_IN_POPULATION, NOT_IN_POPULATION",   // t = 2024-10-01: 7 days in care
            "2024-09-23, IN_NUMERATOR, NOT_IN_POPULATION",        // 8 days
            "2023-10-02, IN_NUMERATOR, NOT_IN_POPULATION",        // 11 months 29 days
            "2023-10-01, NOT_IN_POPULATION, IN_NUMERATOR"})       // 12 months
    void placementStability_monthsAtT(String removal, Explanation.Status under12, Explanation.Status twelveTo24) {
        CaseData data = inCare("2012-01-01", removal, null, null);
        assertEquals(under12, status(data, PLACEMENT_STABILITY_UNDER_12M));
        assertEquals(twelveTo24, status(data, PLACEMENT_STABILITY_12_TO_24M));
    }

    // C4.3, the 24-month mark: a child is in care 24 months or more when t >= removal.plusMonths(24)
    // (whole months between removal and t, docs/input-files.md, Counting days), t being the day after
    // the last day in care of the stay read: min(discharge, e + 1, as-of + 1). Each way of reaching
    // t (open at the period's end, discharged in it, as-of inside it) is checked on the day before
    // the mark, on the mark and on the day after; below 24 months the child is in C4.2 instead.
    @ParameterizedTest
    @CsvSource({
            // open, t = e + 1 = 2024-10-01 (as-of 2025-12-31 is later)
            // removed 2022-10-02: 24 months on 2024-10-02; t is the day before: 23 months, C4.2
            "2022-10-02, , 2025-12-31, NOT_IN_POPULATION, IN_NUMERATOR",
            // removed 2022-10-01: 24 months on 2024-10-01 = t: 24 months, C4.3
            "2022-10-01, , 2025-12-31, IN_NUMERATOR, NOT_IN_POPULATION",
            // removed 2022-09-30: 24 months on 2024-09-30; t is the day after: 24 months, C4.3
            "2022-09-30, , 2025-12-31, IN_NUMERATOR, NOT_IN_POPULATION",
            // discharged in the period, t = the discharge; removed 2022-03-15: 24 months on 2024-03-15
            // discharged 2024-03-14, the day before: 23 months (730 days), C4.2
            "2022-03-15, 2024-03-14, 2025-12-31, NOT_IN_POPULATION, IN_NUMERATOR",
            // discharged 2024-03-15, the day of the mark: 24 months, C4.3
            "2022-03-15, 2024-03-15, 2025-12-31, IN_NUMERATOR, NOT_IN_POPULATION",
            // discharged 2024-03-16, the day after: 24 months, C4.3
            "2022-03-15, 2024-03-16, 2025-12-31, IN_NUMERATOR, NOT_IN_POPULATION",
            // as-of 2024-03-31 inside the period, open, t = as-of + 1 = 2024-04-01
            // removed 2022-04-02: 24 months on 2024-04-02; t is the day before: 23 months, C4.2
            "2022-04-02, , 2024-03-31, NOT_IN_POPULATION, IN_NUMERATOR",
            // removed 2022-04-01: 24 months on 2024-04-01 = t: 24 months, C4.3
            "2022-04-01, , 2024-03-31, IN_NUMERATOR, NOT_IN_POPULATION",
            // removed 2022-03-31: 24 months on 2024-03-31; t is the day after: 24 months, C4.3
            "2022-03-31, , 2024-03-31, IN_NUMERATOR, NOT_IN_POPULATION"})
    void placementStability24MonthsPlus_monthsAtT(String removal, String discharge, String asOf,
                                                  Explanation.Status twentyFourPlus, Explanation.Status twelveTo24) {
        var c = extract().asOf(asOf).child("C1").born("2012-01-01").removed(removal).placed(NON_RELATIVE_FOSTER_HOME);
        if (discharge != null) {
            c.discharged(discharge, DischargeReason.REUNIFICATION);
        }
        CaseData data = c.assignedTo("W1").build();
        assertEquals(twentyFourPlus, status(data, PLACEMENT_STABILITY_24M_PLUS));
        assertEquals(twelveTo24, status(data, PLACEMENT_STABILITY_12_TO_24M));
    }

    // C4.3, the settings count: removed 2022-01-01, open, t = e + 1 = 2024-10-01 (32 whole months,
    // in C4.3); settings = the first counted spell + the moves before t; numerator: 2 or fewer.
    @ParameterizedTest
    @CsvSource({
            // H1 only: 1 setting, numerator
            "false, , IN_NUMERATOR",
            // H1, then H2 from 2023-02-01: 1 move, 2 settings, numerator
            "true, , IN_NUMERATOR",
            // H1, H2, then H3 from 2024-09-30 (the last day in care read, before t): 2 moves,
            // 3 settings, denominator only
            "true, 2024-09-30, IN_DENOMINATOR_ONLY",
            // H1, H2, then H3 from 2024-10-01 = t, after the stay read: 1 move before t, 2 settings,
            // numerator
            "true, 2024-10-01, IN_NUMERATOR"})
    void placementStability24MonthsPlus_twoSettingsInNumeratorThreeNot(boolean second, String thirdFrom,
                                                                      Explanation.Status expected) {
        var c = extract().child("C1").born("2012-01-01").removed("2022-01-01")
                .placed(NON_RELATIVE_FOSTER_HOME).provider("H1");
        if (second) {
            c.until("2023-01-31").placed(RELATIVE_FOSTER_HOME).provider("H2");
        }
        if (thirdFrom != null) {
            c.placed(GROUP_HOME, thirdFrom).provider("H3");
        }
        CaseData data = c.assignedTo("W1").build();
        assertEquals(expected, status(data, PLACEMENT_STABILITY_24M_PLUS));
    }

    @Test
    void placementStability_settingsAreOnePlusMoves_runawayReturnsAreNotMoves() {
        CaseData three = extract().child("C1").born("2012-01-01").removed("2024-01-01")
                .placed(NON_RELATIVE_FOSTER_HOME).provider("H1").until("2024-02-01")
                .placed(RUNAWAY).until("2024-02-05")
                .placed(NON_RELATIVE_FOSTER_HOME).provider("H1").until("2024-03-01") // back to H1: not a move
                .placed(GROUP_HOME).provider("H2").until("2024-04-01")               // move 1
                .placed(NON_RELATIVE_FOSTER_HOME).provider("H3")                     // move 2: 3 settings
                .assignedTo("W1").build();
        assertEquals(IN_DENOMINATOR_ONLY, status(three, PLACEMENT_STABILITY_UNDER_12M));
        CaseData two = extract().child("C1").born("2012-01-01").removed("2024-01-01")
                .placed(NON_RELATIVE_FOSTER_HOME).provider("H1").until("2024-02-01")
                .placed(GROUP_HOME).provider("H2").assignedTo("W1").build();
        assertEquals(IN_NUMERATOR, status(two, PLACEMENT_STABILITY_UNDER_12M));
    }

    @Test
    void placementStability_noCountedSpellIsNoPlacementData() {
        CaseData data = extract().child("C1").born("2012-01-01").removed("2024-01-01").placed(RUNAWAY)
                .assignedTo("W1").build();
        Explanation e = explain(data, PLACEMENT_STABILITY_UNDER_12M);
        assertEquals(ExclusionReason.NO_PLACEMENT_DATA, e.exclusion());
    }
}
