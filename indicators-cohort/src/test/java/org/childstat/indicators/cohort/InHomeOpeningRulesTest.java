package org.childstat.indicators.cohort;

import static org.childstat.indicators.cohort.Rules.FFY2024;
import static org.childstat.indicators.cohort.Rules.d;
import static org.childstat.indicators.cohort.Rules.explain;
import static org.childstat.indicators.cohort.Rules.extract;
import static org.childstat.indicators.core.indicator.IndicatorId.IN_HOME_ENTRY_TO_CARE;
import static org.childstat.indicators.core.indicator.IndicatorId.MH_SCREENING_NEW_IN_HOME;
import static org.childstat.indicators.core.model.DischargeReason.REUNIFICATION;
import static org.childstat.indicators.core.model.PlacementSetting.NON_RELATIVE_FOSTER_HOME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.childstat.indicators.cohort.Explanation.Status;
import org.childstat.indicators.core.indicator.ExclusionReason;
import org.childstat.indicators.core.indicator.ResultStatus;
import org.childstat.indicators.core.indicator.IndicatorResult;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.ExamType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The edges of the IN_HOME_OPENINGS family's rules, {@code internal/InHomeOpeningRules.java}:
 * IN_HOME_ENTRY_TO_CARE (children whose first in-home row opening in FFY2024 opened on o;
 * excluded: 18+ on o, in care on o; outcome: a removal after o, within 12 months and before 18),
 * as docs/in-home.md states it; and the Tier II MH_SCREENING_NEW_IN_HOME (the same members and
 * exclusions; outcome: an MH_SCREENING exam in [o, o + 30]), as docs/tier2.md states it.
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

    // ---------------------------------------------------------------- MH_SCREENING_NEW_IN_HOME
    // o = 2024-01-10: the window is [2024-01-10, 2024-02-09] (o + 30 days); a medical exam does not count
    @ParameterizedTest
    @CsvSource({"2024-01-09, IN_DENOMINATOR_ONLY", "2024-01-10, IN_NUMERATOR", "2024-02-09, IN_NUMERATOR",
            "2024-02-10, IN_DENOMINATOR_ONLY"})
    void screening_within30DaysOfTheOpening(String exam, Status expected) {
        CaseData data = extract().child("C1").born("2015-03-01").servedInHome("K1", "2024-01-10").assignedTo("W1")
                .exam(exam, ExamType.MH_SCREENING).exam("2024-01-15", ExamType.MEDICAL).build();
        Explanation e = explain(data, MH_SCREENING_NEW_IN_HOME);
        assertEquals(expected, e.status());
        assertEquals(d("2024-01-10"), e.dates().get("in_home_open"));
        assertEquals(d("2024-01-10"), e.dates().get("attribution")); // ON_DATE(o)
        assertEquals("K1", e.caseId());
    }

    // the exclusions of IN_HOME_ENTRY_TO_CARE: a removal on o (in care at opening), 18 on o
    @Test
    void screening_hasTheExclusionsOfEntryToCare() {
        CaseData inCare = extract().child("C1").born("2015-03-01").servedInHome("K1", "2024-01-10")
                .removed("2024-01-10").placed(NON_RELATIVE_FOSTER_HOME).assignedTo("W1")
                .exam("2024-01-12", ExamType.MH_SCREENING).build();
        assertEquals(ExclusionReason.IN_CARE_AT_OPENING, explain(inCare, MH_SCREENING_NEW_IN_HOME).exclusion());
        CaseData eighteen = extract().child("C1").born("2006-01-10").servedInHome("K1", "2024-01-10").assignedTo("W1")
                .exam("2024-01-12", ExamType.MH_SCREENING).build();
        assertEquals(ExclusionReason.AGE_18_PLUS, explain(eighteen, MH_SCREENING_NEW_IN_HOME).exclusion());
        CaseData seventeen = extract().child("C1").born("2006-01-11").servedInHome("K1", "2024-01-10").assignedTo("W1")
                .exam("2024-01-12", ExamType.MH_SCREENING).build();
        assertEquals(Status.IN_NUMERATOR, explain(seventeen, MH_SCREENING_NEW_IN_HOME).status());
    }

    // o = 2024-09-20, due 2024-10-20: an extract of 2024-10-19 without a screening leaves it out of
    // both counts, of 2024-10-20 it is in the denominator; screened 2024-09-25 before an extract of
    // 2024-09-26: the numerator
    @ParameterizedTest
    @CsvSource({"2024-10-19, , NOT_IN_POPULATION, 0", "2024-10-20, , IN_DENOMINATOR_ONLY, 1",
            "2024-09-26, 2024-09-25, IN_NUMERATOR, 1"})
    void screening_dueDate(String asOf, String exam, Status expected, long denominator) {
        var child = extract().asOf(asOf).child("C1").born("2015-03-01").servedInHome("K1", "2024-09-20")
                .assignedTo("W1");
        if (exam != null) {
            child.exam(exam, ExamType.MH_SCREENING);
        }
        CaseData data = child.build();
        Explanation e = explain(data, MH_SCREENING_NEW_IN_HOME);
        assertEquals(expected, e.status());
        assertEquals(denominator, Rules.county(data, MH_SCREENING_NEW_IN_HOME).denominator());
        if (expected == Status.NOT_IN_POPULATION) {
            assertTrue(e.reason().startsWith("not due yet"), e.reason());
        }
    }

    // NO_DATA without health_exams.csv, without in_home_cases.csv, and without both
    @ParameterizedTest
    @CsvSource({"true, false", "false, true", "true, true"})
    void screening_isNoDataWithoutEitherFile(boolean noExams, boolean noInHome) {
        var b = extract();
        if (noExams) {
            b.withoutHealthExams();
        }
        if (noInHome) {
            b.withoutInHomeCases();
        }
        var child = b.child("C1").born("2015-03-01").assignedTo("W1");
        if (!noInHome) {
            child.servedInHome("K1", "2024-01-10");
        }
        if (!noExams) {
            child.exam("2024-01-12", ExamType.MH_SCREENING);
        }
        CaseData data = child.build();
        IndicatorResult county = Rules.county(data, MH_SCREENING_NEW_IN_HOME);
        assertEquals(ResultStatus.NO_DATA, county.status());
        assertNull(county.numerator());
        assertNull(county.denominator());
        assertEquals(noInHome ? ResultStatus.NO_DATA : ResultStatus.OK, Rules.county(data, IN_HOME_ENTRY_TO_CARE).status());
    }

    @Test
    void screening_exclusionsAreCountedForTheCounty() {
        CaseData data = extract()
                .child("C1").born("2015-03-01").servedInHome("K1", "2024-01-10").removed("2024-01-10")
                    .placed(NON_RELATIVE_FOSTER_HOME).assignedTo("W1")
                .child("C2").born("2005-01-01").servedInHome("K2", "2024-01-10").assignedTo("W1")
                .child("C3").born("2015-03-01").servedInHome("K3", "2024-01-10").assignedTo("W1")
                    .exam("2024-02-01", ExamType.MH_SCREENING).build();
        List<ExclusionCount> ex = Indicators.compute(data, List.of(FFY2024)).exclusions().stream()
                .filter(x -> x.indicator() == MH_SCREENING_NEW_IN_HOME).toList();
        assertEquals(List.of("AGE_18_PLUS=1", "IN_CARE_AT_OPENING=1"),
                ex.stream().map(x -> x.reason() + "=" + x.count()).toList());
        IndicatorResult county = Rules.county(data, MH_SCREENING_NEW_IN_HOME);
        assertEquals(1L, county.numerator());
        assertEquals(1L, county.denominator());
    }
}
