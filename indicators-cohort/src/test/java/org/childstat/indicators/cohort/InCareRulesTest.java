package org.childstat.indicators.cohort;

import static org.childstat.indicators.cohort.Explanation.Status.EXCLUDED;
import static org.childstat.indicators.cohort.Explanation.Status.IN_DENOMINATOR_ONLY;
import static org.childstat.indicators.cohort.Explanation.Status.IN_NUMERATOR;
import static org.childstat.indicators.cohort.Explanation.Status.NOT_IN_POPULATION;
import static org.childstat.indicators.cohort.Rules.FFY2024;
import static org.childstat.indicators.cohort.Rules.explain;
import static org.childstat.indicators.cohort.Rules.extract;
import static org.childstat.indicators.cohort.Rules.status;
import static org.childstat.indicators.core.indicator.IndicatorId.*;
import static org.childstat.indicators.core.model.DischargeReason.ADOPTION;
import static org.childstat.indicators.core.model.DischargeReason.EMANCIPATION;
import static org.childstat.indicators.core.model.DischargeReason.REUNIFICATION;
import static org.childstat.indicators.core.model.PlacementSetting.GROUP_HOME;
import static org.childstat.indicators.core.model.PlacementSetting.NON_RELATIVE_FOSTER_HOME;
import static org.childstat.indicators.core.model.PlacementSetting.RELATIVE_FOSTER_HOME;
import static org.childstat.indicators.core.model.PlacementSetting.RUNAWAY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.childstat.indicators.core.indicator.ExclusionReason;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.Contact;
import org.childstat.indicators.core.model.ContactType;
import org.childstat.indicators.core.model.DischargeReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** P2, P3, C3.1, C3.3, C4.1-C4.3, placement with relatives, siblings, monthly visits. */
class InCareRulesTest {
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

    // C3.3: the 18th birthday in the period while in care; outcome: event date >= removal.plusMonths(36)
    @ParameterizedTest
    @CsvSource({
            "2021-03-14, IN_NUMERATOR",          // in care exactly 36 months on the birthday 2024-03-14
            "2021-03-15, IN_DENOMINATOR_ONLY"})  // a day short
    void inCare3Years_eighteenthBirthdayInCare(String removal, Explanation.Status expected) {
        CaseData data = inCare("2006-03-14", removal, "2024-03-14", EMANCIPATION);
        assertEquals(expected, status(data, IN_CARE_3_YEARS_EMANCIPATED));
    }

    @Test
    void inCare3Years_emancipationBefore18_andADischargeTheDayBeforeTheBirthdayIsNoEvent() {
        assertEquals(IN_NUMERATOR, status(inCare("2006-03-14", "2020-01-01", "2024-01-02", EMANCIPATION),
                IN_CARE_3_YEARS_EMANCIPATED));
        // discharged to reunification the day before 18: no event
        assertEquals(NOT_IN_POPULATION, status(inCare("2006-03-14", "2020-01-01", "2024-03-13", REUNIFICATION),
                IN_CARE_3_YEARS_EMANCIPATED));
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

    // Placement with relatives on p = min(e, as-of) = 2024-09-30; "a discharge on p counts"
    @ParameterizedTest
    @CsvSource({
            "2024-09-29, NOT_IN_POPULATION",
            "2024-09-30, IN_NUMERATOR",
            "2024-10-01, IN_NUMERATOR"})
    void placementWithRelatives_inCareOnTheLastDay(String discharge, Explanation.Status expected) {
        CaseData data = extract().child("C1").born("2012-01-01").removed("2024-01-01").placed(RELATIVE_FOSTER_HOME)
                .discharged(discharge, REUNIFICATION).assignedTo("W1").build();
        assertEquals(expected, status(data, PLACEMENT_WITH_RELATIVES));
    }

    @Test
    void placementWithRelatives_coveringSpellDecides_andNoSpellIsNoPlacementData() {
        CaseData moved = extract().child("C1").born("2012-01-01").removed("2024-01-01").placed(RELATIVE_FOSTER_HOME)
                .until("2024-06-01").placed(NON_RELATIVE_FOSTER_HOME).assignedTo("W1").build();
        assertEquals(IN_DENOMINATOR_ONLY, status(moved, PLACEMENT_WITH_RELATIVES));
        CaseData none = extract().child("C1").born("2012-01-01").removed("2024-01-01").assignedTo("W1").build();
        assertEquals(ExclusionReason.NO_PLACEMENT_DATA, explain(none, PLACEMENT_WITH_RELATIVES).exclusion());
    }

    @Test
    void siblingsPlacedTogether_sameProviderForAll() {
        CaseData data = extract()
                .child("C1").born("2012-01-01").siblingGroup("S1").removed("2024-01-01")
                .placed(NON_RELATIVE_FOSTER_HOME).provider("H1").assignedTo("W1")
                .child("C2").born("2014-01-01").siblingGroup("S1").removed("2024-01-01")
                .placed(NON_RELATIVE_FOSTER_HOME).provider("H1").assignedTo("W1")
                .child("C3").born("2013-01-01").siblingGroup("S2").removed("2024-01-01")
                .placed(NON_RELATIVE_FOSTER_HOME).provider("H3").assignedTo("W2")
                .child("C4").born("2015-01-01").siblingGroup("S2").removed("2024-01-01")
                .placed(NON_RELATIVE_FOSTER_HOME).provider("H4").assignedTo("W2")
                .child("C5").born("2015-01-01").siblingGroup("S3").removed("2024-01-01")  // alone in care: no siblings
                .placed(NON_RELATIVE_FOSTER_HOME).provider("H5").assignedTo("W2")
                .build();
        assertEquals(IN_NUMERATOR, Rules.explain(data, SIBLINGS_PLACED_TOGETHER, "C1", FFY2024).status());
        assertEquals(IN_NUMERATOR, Rules.explain(data, SIBLINGS_PLACED_TOGETHER, "C2", FFY2024).status());
        assertEquals(IN_DENOMINATOR_ONLY, Rules.explain(data, SIBLINGS_PLACED_TOGETHER, "C3", FFY2024).status());
        assertEquals(NOT_IN_POPULATION, Rules.explain(data, SIBLINGS_PLACED_TOGETHER, "C5", FFY2024).status());
        var county = Rules.county(data, SIBLINGS_PLACED_TOGETHER);
        assertEquals(2L, county.numerator());
        assertEquals(4L, county.denominator());
    }

    // Monthly visits: child-months in care every day of the month, ending by the as-of date
    @Test
    void monthlyVisits_childMonths() {
        CaseData data = extract().child("C1").born("2012-01-01").removed("2024-07-15")
                .placed(NON_RELATIVE_FOSTER_HOME).discharged("2024-09-30", REUNIFICATION)
                .visited("2024-07-20")                                                    // July: not in care all month
                .contact(new Contact("C1", Rules.d("2024-08-31"), ContactType.OTHER, null, null)) // August: no in-person
                .visited("2024-09-01")                                                    // September: visited
                .assignedTo("W1").build();
        Explanation e = explain(data, MONTHLY_CASEWORKER_VISITS);
        assertEquals(1, e.numerator());
        assertEquals(2, e.denominator()); // August and September (discharged on the last day: in care on it)
    }

    @Test
    void monthlyVisits_monthsAfterTheAsOfDateAreNotCounted() {
        CaseData data = org.childstat.indicators.core.model.CaseData.builder().asOf("2024-08-30")
                .child("C1").born("2012-01-01").removed("2024-01-01").placed(NON_RELATIVE_FOSTER_HOME)
                .visited("2024-07-02").assignedTo("W1").build();
        Explanation e = Indicators.explain(data, MONTHLY_CASEWORKER_VISITS, FFY2024, "C1");
        assertEquals(7, e.denominator()); // January to July; August ends after the as-of date
        assertEquals(1, e.numerator());
    }

    @Test
    void monthlyVisits_withoutContactsCsv_isNoData() {
        CaseData data = Rules.extract().withoutContacts().child("C1").born("2012-01-01").removed("2024-01-01")
                .placed(NON_RELATIVE_FOSTER_HOME).assignedTo("W1").build();
        var r = Rules.county(data, MONTHLY_CASEWORKER_VISITS);
        assertEquals(org.childstat.indicators.core.indicator.ResultStatus.NO_DATA, r.status());
        assertEquals(null, r.denominator());
        assertEquals(1, Indicators.compute(data, java.util.List.of(FFY2024)).results()
                .stream().filter(x -> x.indicator() == MONTHLY_CASEWORKER_VISITS).count(), "only the county row");
    }

}
