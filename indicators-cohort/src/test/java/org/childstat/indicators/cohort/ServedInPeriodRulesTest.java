package org.childstat.indicators.cohort;

import static org.childstat.indicators.cohort.Explanation.Status.IN_DENOMINATOR_ONLY;
import static org.childstat.indicators.cohort.Explanation.Status.IN_NUMERATOR;
import static org.childstat.indicators.cohort.Rules.explain;
import static org.childstat.indicators.cohort.Rules.extract;
import static org.childstat.indicators.cohort.Rules.status;
import static org.childstat.indicators.core.indicator.IndicatorId.PLACEMENT_STABILITY_12_TO_24M;
import static org.childstat.indicators.core.indicator.IndicatorId.PLACEMENT_STABILITY_UNDER_12M;
import static org.childstat.indicators.core.model.PlacementSetting.GROUP_HOME;
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
