package org.childstat.indicators.cohort;

import static org.childstat.indicators.cohort.Explanation.Status.IN_DENOMINATOR_ONLY;
import static org.childstat.indicators.cohort.Explanation.Status.IN_NUMERATOR;
import static org.childstat.indicators.cohort.Explanation.Status.NOT_IN_POPULATION;
import static org.childstat.indicators.cohort.Rules.FFY2024;
import static org.childstat.indicators.cohort.Rules.explain;
import static org.childstat.indicators.cohort.Rules.extract;
import static org.childstat.indicators.cohort.Rules.status;
import static org.childstat.indicators.core.indicator.IndicatorId.CASEWORKER_CONTINUITY;
import static org.childstat.indicators.core.indicator.IndicatorId.PLACEMENT_WITH_RELATIVES;
import static org.childstat.indicators.core.indicator.IndicatorId.SIBLINGS_PLACED_TOGETHER;
import static org.childstat.indicators.core.indicator.IndicatorId.TIMELY_DENTAL_EXAM;
import static org.childstat.indicators.core.indicator.IndicatorId.TIMELY_MEDICAL_EXAM;
import static org.childstat.indicators.core.model.DischargeReason.REUNIFICATION;
import static org.childstat.indicators.core.model.PlacementSetting.NON_RELATIVE_FOSTER_HOME;
import static org.childstat.indicators.core.model.PlacementSetting.RELATIVE_FOSTER_HOME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.childstat.indicators.core.indicator.ExclusionReason;
import org.childstat.indicators.core.indicator.IndicatorResult;
import org.childstat.indicators.core.indicator.ResultStatus;
import org.childstat.indicators.core.model.ExamType;
import org.childstat.indicators.core.model.CaseData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The edges of the POINT_IN_TIME family's rules, {@code internal/PointInTimeRules.java}:
 * PLACEMENT_WITH_RELATIVES and SIBLINGS_PLACED_TOGETHER (children under 18 in care on the period's
 * day p = min(e, as-of), by the spell covering p; outcome: placed with relatives, with all their
 * siblings in care), as docs/indicators.md (The indicators) states them; and CASEWORKER_CONTINUITY
 * (docs/workforce.md): of those, the children removed on or before p.minusMonths(12) (2023-09-30),
 * in the numerator with at most 2 distinct workers assigned on a day of (2023-09-30, 2024-09-30];
 * and the Tier II TIMELY_MEDICAL_EXAM and TIMELY_DENTAL_EXAM (docs/tier2.md): of those, dental
 * only from the first birthday on; excluded: p - removal under 30 days; outcome: an exam of the
 * type in (p.minusMonths(12), p] = (2023-09-30, 2024-09-30].
 */
class PointInTimeRulesTest {
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

    // in the population: removed on or before p.minusMonths(12) = 2023-09-30
    @ParameterizedTest
    @CsvSource({"2023-09-29, IN_NUMERATOR", "2023-09-30, IN_NUMERATOR", "2023-10-01, NOT_IN_POPULATION"})
    void continuity_inCare12MonthsOnP(String removal, Explanation.Status expected) {
        CaseData data = extract().child("C1").born("2012-01-01").removed(removal).placed(NON_RELATIVE_FOSTER_HOME)
                .assignedTo("W1").build();
        assertEquals(expected, status(data, CASEWORKER_CONTINUITY));
    }

    // a third worker counts when its assignment overlaps (2023-09-30, 2024-09-30]: ending on 2023-09-30 does not
    @ParameterizedTest
    @CsvSource({
            "2023-01-01, 2023-09-30, IN_NUMERATOR",
            "2023-01-01, 2023-10-01, IN_DENOMINATOR_ONLY",
            "2024-09-30, 2024-12-31, IN_DENOMINATOR_ONLY",
            "2024-10-01, 2024-12-31, IN_NUMERATOR"})
    void continuity_atMostTwoWorkersInTheYearToP(String from, String to, Explanation.Status expected) {
        CaseData data = extract().child("C1").born("2012-01-01").removed("2022-01-01").placed(NON_RELATIVE_FOSTER_HOME)
                .assignedTo("W1", "2022-01-01", "2024-03-31").assignedTo("W2", "2024-04-01", null)
                .assignedTo("W3", from, to).build();
        assertEquals(expected, status(data, CASEWORKER_CONTINUITY));
    }

    @Test
    void continuity_oneWorkerTwice_isOne_andNoWorkerIsZero_attributedUnassigned() {
        CaseData again = extract().child("C1").born("2012-01-01").removed("2022-01-01").placed(NON_RELATIVE_FOSTER_HOME)
                .assignedTo("W1", "2022-01-01", "2023-12-31").assignedTo("W2", "2024-01-01", "2024-03-31")
                .assignedTo("W1", "2024-04-01", null).build();
        assertEquals(IN_NUMERATOR, status(again, CASEWORKER_CONTINUITY), "W1, W2, W1: two workers");
        CaseData none = extract().child("C1").born("2012-01-01").removed("2022-01-01").placed(NON_RELATIVE_FOSTER_HOME)
                .build();
        Explanation e = explain(none, CASEWORKER_CONTINUITY);
        assertEquals(IN_NUMERATOR, e.status(), "0 workers is at most 2");
        assertEquals("UNASSIGNED", e.workerId());
    }

    @Test
    void continuity_under18OnP_andTheLaterEpisodeOnP() {
        CaseData eighteen = extract().child("C1").born("2006-09-30").removed("2022-01-01")
                .placed(NON_RELATIVE_FOSTER_HOME).assignedTo("W1").build();
        assertEquals(NOT_IN_POPULATION, status(eighteen, CASEWORKER_CONTINUITY), "18 on p");
        // discharged on p after 3 years and re-entered the same day: the later episode, removed on p, is not 12 months
        CaseData reentered = extract().child("C1").born("2012-01-01").removed("2021-01-01")
                .placed(NON_RELATIVE_FOSTER_HOME).discharged("2024-09-30", REUNIFICATION)
                .removed("2024-09-30").placed(NON_RELATIVE_FOSTER_HOME).assignedTo("W1").build();
        assertEquals(NOT_IN_POPULATION, status(reentered, CASEWORKER_CONTINUITY));
    }

    // ---------------------------------------------------------------- the Tier II exams
    // p = 2024-09-30: the 12 months are (2023-09-30, 2024-09-30]; a dental exam is not a medical one
    @ParameterizedTest
    @CsvSource({"2023-09-30, IN_DENOMINATOR_ONLY", "2023-10-01, IN_NUMERATOR", "2024-09-30, IN_NUMERATOR"})
    void medicalExam_inTheTwelveMonthsToP(String exam, Explanation.Status expected) {
        CaseData data = extract().child("C1").born("2012-01-01").removed("2023-01-01").placed(NON_RELATIVE_FOSTER_HOME)
                .assignedTo("W1").exam(exam, ExamType.MEDICAL).exam("2024-05-01", ExamType.DENTAL).build();
        Explanation e = explain(data, TIMELY_MEDICAL_EXAM);
        assertEquals(expected, e.status());
        assertEquals(Rules.d("2024-09-30"), e.dates().get("attribution")); // ON_DATE(p)
        assertEquals("W1", e.workerId());
    }

    @ParameterizedTest
    @CsvSource({"2023-09-30, IN_DENOMINATOR_ONLY", "2023-10-01, IN_NUMERATOR", "2024-09-30, IN_NUMERATOR"})
    void dentalExam_inTheTwelveMonthsToP(String exam, Explanation.Status expected) {
        CaseData data = extract().child("C1").born("2012-01-01").removed("2023-01-01").placed(NON_RELATIVE_FOSTER_HOME)
                .assignedTo("W1").exam(exam, ExamType.DENTAL).exam("2024-05-01", ExamType.MEDICAL)
                .exam("2024-05-02", ExamType.MH_SCREENING).build();
        assertEquals(expected, explain(data, TIMELY_DENTAL_EXAM).status());
    }

    // p - removal: removal 2024-09-01 is 29 days (excluded), 2024-08-31 is 30 (in the population)
    @ParameterizedTest
    @CsvSource({"2024-09-01, STAY_UNDER_30_DAYS", "2024-08-31,"})
    void exams_stayUnder30Days_isExcluded(String removal, ExclusionReason expected) {
        CaseData data = extract().child("C1").born("2012-01-01").removed(removal).placed(NON_RELATIVE_FOSTER_HOME)
                .assignedTo("W1").exam("2024-09-15", ExamType.MEDICAL).exam("2024-09-15", ExamType.DENTAL).build();
        for (var id : List.of(TIMELY_MEDICAL_EXAM, TIMELY_DENTAL_EXAM)) {
            Explanation e = explain(data, id);
            assertEquals(expected, e.exclusion(), id.name());
            assertEquals(expected == null ? IN_NUMERATOR : Explanation.Status.EXCLUDED, e.status(), id.name());
        }
    }

    // re-entry on p: discharged on 2024-09-30 and removed again that day; the episode on p is the
    // later one, p - removal = 0: excluded even with an exam in the 12 months
    @Test
    void exams_reEntryOnP_isTheLaterEpisode_andAStayUnder30Days() {
        CaseData data = extract().child("C1").born("2012-01-01")
                .removed("2023-01-01").placed(NON_RELATIVE_FOSTER_HOME).discharged("2024-09-30", REUNIFICATION)
                .removed("2024-09-30").placed(NON_RELATIVE_FOSTER_HOME).assignedTo("W1")
                .exam("2024-03-01", ExamType.MEDICAL).build();
        Explanation e = explain(data, TIMELY_MEDICAL_EXAM);
        assertEquals(ExclusionReason.STAY_UNDER_30_DAYS, e.exclusion());
        assertEquals("C1-E2", e.episodeId());
        // a discharge on p without the re-entry: the episode counts (in care on p)
        CaseData discharged = extract().child("C1").born("2012-01-01")
                .removed("2023-01-01").placed(NON_RELATIVE_FOSTER_HOME).discharged("2024-09-30", REUNIFICATION)
                .assignedTo("W1").exam("2024-03-01", ExamType.MEDICAL).build();
        assertEquals(IN_NUMERATOR, status(discharged, TIMELY_MEDICAL_EXAM));
    }

    // dental: the first birthday on p (born 2023-09-30) is in the population; on the day after p
    // (born 2023-10-01) it is not; the medical exam has no age floor
    @ParameterizedTest
    @CsvSource({"2023-09-30, IN_DENOMINATOR_ONLY", "2023-10-01, NOT_IN_POPULATION"})
    void dentalExam_fromTheFirstBirthday(String born, Explanation.Status expected) {
        CaseData data = extract().child("C1").born(born).removed("2024-01-01").placed(NON_RELATIVE_FOSTER_HOME)
                .assignedTo("W1").build();
        Explanation e = explain(data, TIMELY_DENTAL_EXAM);
        assertEquals(expected, e.status());
        if (expected == NOT_IN_POPULATION) {
            assertTrue(e.reason().startsWith("under 1 year old on 2024-09-30"), e.reason());
        }
        assertEquals(IN_DENOMINATOR_ONLY, status(data, TIMELY_MEDICAL_EXAM));
    }

    // under 18 on p: born 2006-09-30 is 18 on p (not in the population), born 2006-10-01 is 17
    @ParameterizedTest
    @CsvSource({"2006-09-30, NOT_IN_POPULATION", "2006-10-01, IN_DENOMINATOR_ONLY"})
    void exams_under18OnP(String born, Explanation.Status expected) {
        CaseData data = extract().child("C1").born(born).removed("2023-01-01").placed(NON_RELATIVE_FOSTER_HOME)
                .assignedTo("W1").build();
        assertEquals(expected, status(data, TIMELY_MEDICAL_EXAM));
        assertEquals(expected, status(data, TIMELY_DENTAL_EXAM));
    }

    // p = min(e, as-of): an extract of 2024-06-30 reads the exams of (2023-06-30, 2024-06-30]
    @ParameterizedTest
    @CsvSource({"2023-06-30, IN_DENOMINATOR_ONLY", "2023-07-01, IN_NUMERATOR"})
    void exams_pIsTheExtractDateWhenEarlier(String exam, Explanation.Status expected) {
        CaseData data = extract().asOf("2024-06-30").child("C1").born("2012-01-01").removed("2023-01-01")
                .placed(NON_RELATIVE_FOSTER_HOME).assignedTo("W1").exam(exam, ExamType.MEDICAL).build();
        assertEquals(expected, status(data, TIMELY_MEDICAL_EXAM));
    }

    @Test
    void exams_withoutHealthExamsCsv_areNoData() {
        CaseData data = extract().withoutHealthExams().child("C1").born("2012-01-01").removed("2023-01-01")
                .placed(NON_RELATIVE_FOSTER_HOME).assignedTo("W1").build();
        for (var id : List.of(TIMELY_MEDICAL_EXAM, TIMELY_DENTAL_EXAM)) {
            IndicatorResult county = Rules.county(data, id);
            assertEquals(ResultStatus.NO_DATA, county.status(), id.name());
            assertNull(county.numerator());
            assertNull(county.denominator());
        }
        assertEquals(ResultStatus.OK, Rules.county(data, PLACEMENT_WITH_RELATIVES).status());
    }

    @Test
    void exams_exclusionsForTheCounty() {
        CaseData data = extract()
                .child("C1").born("2012-01-01").removed("2024-09-10").placed(NON_RELATIVE_FOSTER_HOME).assignedTo("W1")
                .child("C2").born("2012-01-01").removed("2023-01-01").placed(NON_RELATIVE_FOSTER_HOME).assignedTo("W1")
                .exam("2024-01-01", ExamType.MEDICAL).build();
        var calc = Indicators.compute(data, List.of(FFY2024));
        assertEquals(List.of(new ExclusionCount(TIMELY_MEDICAL_EXAM, FFY2024, ExclusionReason.STAY_UNDER_30_DAYS, 1)),
                calc.exclusions().stream().filter(x -> x.indicator() == TIMELY_MEDICAL_EXAM).toList());
        IndicatorResult county = calc.results().county(TIMELY_MEDICAL_EXAM, FFY2024);
        assertEquals(1L, county.numerator());
        assertEquals(1L, county.denominator());
    }
}
