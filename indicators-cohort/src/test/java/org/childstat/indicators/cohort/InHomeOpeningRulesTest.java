package org.childstat.indicators.cohort;

import static org.childstat.indicators.cohort.Rules.FFY2024;
import static org.childstat.indicators.cohort.Rules.d;
import static org.childstat.indicators.cohort.Rules.explain;
import static org.childstat.indicators.cohort.Rules.extract;
import static org.childstat.indicators.core.indicator.IndicatorId.IN_HOME_ENTRY_TO_CARE;
import static org.childstat.indicators.core.model.DischargeReason.REUNIFICATION;
import static org.childstat.indicators.core.model.PlacementSetting.NON_RELATIVE_FOSTER_HOME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.childstat.indicators.cohort.Explanation.Status;
import org.childstat.indicators.core.indicator.ExclusionReason;
import org.childstat.indicators.core.indicator.ResultStatus;
import org.childstat.indicators.core.model.CaseData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The edges of the IN_HOME_OPENINGS family's rules, {@code internal/InHomeOpeningRules.java}:
 * IN_HOME_ENTRY_TO_CARE (children whose first in-home row opening in FFY2024 opened on o;
 * excluded: 18+ on o, in care on o; outcome: a removal after o, within 12 months and before 18),
 * as docs/in-home.md states it.
 */
class InHomeOpeningRulesTest {
    // within 12 months of o = 2024-01-10: strictly before 2025-01-10
    @ParameterizedTest
    @CsvSource({"2025-01-09, IN_NUMERATOR", "2025-01-10, IN_DENOMINATOR_ONLY", "2025-01-11, IN_DENOMINATOR_ONLY"})
    void aRemoval_within12MonthsOfOpening(String removal, Status expected) {
        CaseData data = extract().child("C1").born("2015-03-01").servedInHome("K1", "2024-01-10").until("2024-06-30")
                .removed(removal).placed(NON_RELATIVE_FOSTER_HOME).assignedTo("W1").build();
        Explanation e = explain(data, IN_HOME_ENTRY_TO_CARE);
        assertEquals(expected, e.status());
        assertEquals(d("2024-01-10"), e.dates().get("in_home_open"));
        assertEquals(d("2025-01-09"), e.dates().get("outcome_window_end"));
        assertEquals(expected == Status.IN_NUMERATOR ? d(removal) : null, e.dates().get("removal"));
    }

    // a removal on the opening day is in care at opening; on the day after it is an entry
    @ParameterizedTest
    @CsvSource({"2024-01-09, EXCLUDED", "2024-01-10, EXCLUDED", "2024-01-11, IN_NUMERATOR"})
    void aRemovalAroundTheOpeningDay(String removal, Status expected) {
        CaseData data = extract().child("C1").born("2015-03-01").servedInHome("K1", "2024-01-10")
                .removed(removal).placed(NON_RELATIVE_FOSTER_HOME).assignedTo("W1").build();
        Explanation e = explain(data, IN_HOME_ENTRY_TO_CARE);
        assertEquals(expected, e.status());
        if (expected == Status.EXCLUDED) {
            assertEquals(ExclusionReason.IN_CARE_AT_OPENING, e.exclusion());
        }
    }

    // in care from an earlier episode: discharged on the opening day (the day is not in care) or later
    @ParameterizedTest
    @CsvSource({"2024-01-09, IN_DENOMINATOR_ONLY", "2024-01-10, IN_DENOMINATOR_ONLY", "2024-01-11, EXCLUDED"})
    void anOpeningOnTheDischargeDay_isNotInCare(String discharge, Status expected) {
        CaseData data = extract().child("C1").born("2015-03-01").removed("2023-12-01").placed(NON_RELATIVE_FOSTER_HOME)
                .discharged(discharge, REUNIFICATION).servedInHome("K1", "2024-01-10").assignedTo("W1").build();
        assertEquals(expected, explain(data, IN_HOME_ENTRY_TO_CARE).status());
    }

    // the 18th birthday: the day before the opening, on it (both 18+), the day after (under 18)
    @ParameterizedTest
    @CsvSource({"2006-01-09, EXCLUDED", "2006-01-10, EXCLUDED", "2006-01-11, IN_DENOMINATOR_ONLY"})
    void eighteenOnTheOpeningDay_isExcluded(String born, Status expected) {
        CaseData data = extract().child("C1").born(born).servedInHome("K1", "2024-01-10").assignedTo("W1").build();
        Explanation e = explain(data, IN_HOME_ENTRY_TO_CARE);
        assertEquals(expected, e.status());
        if (expected == Status.EXCLUDED) {
            assertEquals(ExclusionReason.AGE_18_PLUS, e.exclusion());
        }
    }

    // a removal on or after the 18th birthday (2024-06-01) is not an entry
    @ParameterizedTest
    @CsvSource({"2024-05-31, IN_NUMERATOR", "2024-06-01, IN_DENOMINATOR_ONLY"})
    void aRemovalAt18_isNotAnEntry(String removal, Status expected) {
        CaseData data = extract().child("C1").born("2006-06-01").servedInHome("K1", "2024-01-10").until("2024-05-01")
                .removed(removal).placed(NON_RELATIVE_FOSTER_HOME).assignedTo("W1").build();
        assertEquals(expected, explain(data, IN_HOME_ENTRY_TO_CARE).status());
    }

    // the member row: the first row opening in the period, whatever opened before it
    @ParameterizedTest
    @CsvSource({"2023-09-30, 2024-02-01", "2023-10-01, 2023-10-01", "2023-10-02, 2023-10-02"})
    void theFirstRowOpeningInThePeriod_isTheMember(String firstOpen, String memberOpen) {
        CaseData data = extract().child("C1").born("2015-03-01").servedInHome("K1", firstOpen).until("2023-12-31")
                .servedInHome("K2", "2024-02-01").assignedTo("W1").build();
        Explanation e = explain(data, IN_HOME_ENTRY_TO_CARE);
        assertEquals(Status.IN_DENOMINATOR_ONLY, e.status());
        assertEquals(d(memberOpen), e.dates().get("in_home_open"));
    }

    @Test
    void anOpeningAfterThePeriod_isNotInThePopulation() {
        CaseData data = extract().child("C1").born("2015-03-01").servedInHome("K1", "2024-10-01").assignedTo("W1").build();
        Explanation e = explain(data, IN_HOME_ENTRY_TO_CARE);
        assertEquals(Status.NOT_IN_POPULATION, e.status());
        assertTrue(e.reason().contains("K1 2024-10-01"), e.reason());
        CaseData lastDay = extract().child("C1").born("2015-03-01").servedInHome("K1", "2024-09-30").assignedTo("W1").build();
        assertEquals(Status.IN_DENOMINATOR_ONLY, explain(lastDay, IN_HOME_ENTRY_TO_CARE).status());
    }

    @Test
    void anExcludedRow_isNotReplacedByALaterOne() {
        CaseData data = extract().child("C1").born("2015-03-01").removed("2023-10-15").placed(NON_RELATIVE_FOSTER_HOME)
                .discharged("2024-01-31", REUNIFICATION).servedInHome("K1", "2023-11-01").until("2024-01-20")
                .servedInHome("K2", "2024-03-01").assignedTo("W1").build();
        Explanation e = explain(data, IN_HOME_ENTRY_TO_CARE);
        assertEquals(Status.EXCLUDED, e.status());
        assertEquals("K1", e.caseId());
    }

    @Test
    void attribution_onTheOpeningDay() {
        CaseData data = extract().child("C1").born("2015-03-01").servedInHome("K1", "2024-01-10")
                .assignedTo("W3", "2024-01-10", "2024-01-10").assignedTo("W1", "2024-01-11", null).build();
        Explanation e = explain(data, IN_HOME_ENTRY_TO_CARE);
        assertEquals("W3", e.workerId());
        assertEquals("U2", e.unitId());
    }

    @Test
    void followUp_isIncompleteUntil12MonthsAfterThePeriod_andAnOpenWindowIsPending() {
        CaseData data = CaseData.builder().asOf("2025-09-28").unit("U1", "O1", "B1").worker("W1", "U1")
                .child("C1").born("2015-03-01").servedInHome("K1", "2024-09-30").assignedTo("W1").build();
        assertEquals(ResultStatus.INCOMPLETE, Rules.county(data, IN_HOME_ENTRY_TO_CARE).status());
        Explanation e = Indicators.explain(data, IN_HOME_ENTRY_TO_CARE, FFY2024, "C1");
        assertEquals(d("2025-09-29"), e.dates().get("outcome_window_end"));
        assertTrue(e.pending(data.asOf()), "its 12 months run past the extract date");
        CaseData complete = CaseData.builder().asOf("2025-09-29").unit("U1", "O1", "B1").worker("W1", "U1")
                .child("C1").born("2015-03-01").servedInHome("K1", "2024-09-01").assignedTo("W1").build();
        assertEquals(ResultStatus.OK, Rules.county(complete, IN_HOME_ENTRY_TO_CARE).status());
    }

    @Test
    void exclusions_areCountedForTheCounty() {
        CaseData data = extract()
                .child("C1").born("2015-03-01").servedInHome("K1", "2024-01-10").removed("2024-01-10")
                    .placed(NON_RELATIVE_FOSTER_HOME).assignedTo("W1")
                .child("C2").born("2005-01-01").servedInHome("K2", "2024-01-10").assignedTo("W1")
                .child("C3").born("2015-03-01").servedInHome("K3", "2024-01-10").assignedTo("W1").build();
        List<ExclusionCount> ex = Indicators.compute(data, List.of(FFY2024)).exclusions().stream()
                .filter(x -> x.indicator() == IN_HOME_ENTRY_TO_CARE).toList();
        assertEquals(List.of("AGE_18_PLUS=1", "IN_CARE_AT_OPENING=1"),
                ex.stream().map(x -> x.reason() + "=" + x.count()).toList());
        assertEquals(1L, Rules.county(data, IN_HOME_ENTRY_TO_CARE).denominator());
    }
}
