package org.childstat.indicators.cohort;

import static org.childstat.indicators.cohort.Explanation.Status.EXCLUDED;
import static org.childstat.indicators.cohort.Explanation.Status.IN_DENOMINATOR_ONLY;
import static org.childstat.indicators.cohort.Explanation.Status.IN_NUMERATOR;
import static org.childstat.indicators.cohort.Explanation.Status.NOT_IN_POPULATION;
import static org.childstat.indicators.cohort.Rules.FFY2024;
import static org.childstat.indicators.cohort.Rules.explain;
import static org.childstat.indicators.cohort.Rules.extract;
import static org.childstat.indicators.cohort.Rules.status;
import static org.childstat.indicators.core.indicator.IndicatorId.CFSR4_P2;
import static org.childstat.indicators.core.indicator.IndicatorId.CFSR4_P3;
import static org.childstat.indicators.core.indicator.IndicatorId.EXIT_TO_PERMANENCY_24M_PLUS;
import static org.childstat.indicators.core.model.DischargeReason.ADOPTION;
import static org.childstat.indicators.core.model.DischargeReason.EMANCIPATION;
import static org.childstat.indicators.core.model.DischargeReason.REUNIFICATION;
import static org.childstat.indicators.core.model.PlacementSetting.NON_RELATIVE_FOSTER_HOME;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.childstat.indicators.core.indicator.ExclusionReason;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.DischargeReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The edges of the IN_CARE_ON_FIRST_DAY family's rules, {@code internal/InCareOnFirstDayRules.java}:
 * CFSR4_P2 (in care on the period's first day for 12 to 23 whole months), CFSR4_P3 (24 months or
 * more) and EXIT_TO_PERMANENCY_24M_PLUS (Round 2 C3.1, as CFSR4_P3); outcome: permanency in the
 * period before 18; excluded: 18+ on the first day (docs/indicators.md, The indicators).
 */
class InCareOnFirstDayRulesTest {
    private static CaseData inCare(String born, String removal, String discharge, DischargeReason reason) {
        var c = extract().child("C1").born(born).removed(removal).placed(NON_RELATIVE_FOSTER_HOME);
        if (discharge != null) {
            c.discharged(discharge, reason);
        }
        return c.assignedTo("W1").build();
    }

    // P2: whole months MONTHS.between(removal, s) in 12..23; P3: >= 24; s = 2023-10-01
    @ParameterizedTest
    @CsvSource({
            "2022-10-02, NOT_IN_POPULATION, NOT_IN_POPULATION",     // 11 months on the first day
            "2022-10-01, IN_DENOMINATOR_ONLY, NOT_IN_POPULATION",   // 12
            "2021-10-02, IN_DENOMINATOR_ONLY, NOT_IN_POPULATION",   // 23
            "2021-10-01, NOT_IN_POPULATION, IN_DENOMINATOR_ONLY",   // 24
            "2023-09-30, NOT_IN_POPULATION, NOT_IN_POPULATION"})    // 0 months
    void p2p3_wholeMonthsInCareOnTheFirstDay(String removal, Explanation.Status p2, Explanation.Status p3) {
        CaseData data = inCare("2012-01-01", removal, null, null);
        assertEquals(p2, status(data, CFSR4_P2));
        assertEquals(p3, status(data, CFSR4_P3));
        assertEquals(p3, status(data, EXIT_TO_PERMANENCY_24M_PLUS)); // C3.1 is identical to P3
    }

    // P2 outcome: "discharge in [s, e] with a permanency reason, before the 18th birthday"
    @ParameterizedTest
    @CsvSource({
            "2023-10-01, REUNIFICATION, IN_NUMERATOR",     // discharged on the first day: in care on it, and out
            "2024-09-30, ADOPTION, IN_NUMERATOR",
            "2024-10-01, REUNIFICATION, IN_DENOMINATOR_ONLY", // after the period
            "2024-03-01, EMANCIPATION, IN_DENOMINATOR_ONLY"})
    void p2_dischargeInThePeriod(String discharge, DischargeReason reason, Explanation.Status expected) {
        assertEquals(expected, status(inCare("2012-01-01", "2022-06-01", discharge, reason), CFSR4_P2));
    }

    @Test
    void p2_dischargedTheDayBeforeThePeriod_isNotInCareOnTheFirstDay() {
        assertEquals(NOT_IN_POPULATION, status(inCare("2012-01-01", "2022-06-01", "2023-09-30", REUNIFICATION), CFSR4_P2));
    }

    @ParameterizedTest
    @CsvSource({"2005-10-01, EXCLUDED", "2005-10-02, IN_DENOMINATOR_ONLY"})
    void p2_eighteenOnTheFirstDayIsExcluded(String born, Explanation.Status expected) {
        // born 2005-10-01: 18 on 2023-10-01 = s
        Explanation e = explain(inCare(born, "2022-06-01", null, null), CFSR4_P2);
        assertEquals(expected, e.status());
    }

    @Test
    void p2_missingReasonStaysInTheDenominator_unlessTheOptionExcludesIt() {
        CaseData data = inCare("2012-01-01", "2022-06-01", "2024-03-01", null);
        assertEquals(IN_DENOMINATOR_ONLY, status(data, CFSR4_P2));
        Explanation e = Indicators.explain(data, CFSR4_P2, FFY2024, "C1",
                CalculationOptions.defaults().withExcludeMissingReasonInP2P3(true));
        assertEquals(ExclusionReason.MISSING_DISCHARGE_REASON, e.exclusion());
    }
}
