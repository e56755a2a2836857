package org.childstat.indicators.cohort;

import static org.childstat.indicators.cohort.Rules.FFY2024;
import static org.childstat.indicators.cohort.Rules.explain;
import static org.childstat.indicators.cohort.Rules.extract;
import static org.childstat.indicators.core.indicator.IndicatorId.CFSR4_PLACEMENT_STABILITY;
import static org.childstat.indicators.core.indicator.IndicatorId.FOSTER_CARE_ENTRIES;
import static org.childstat.indicators.core.indicator.IndicatorId.MH_SCREENING_NEW_ENTRIES;
import static org.childstat.indicators.core.indicator.IndicatorId.TDM_AT_REMOVAL;
import static org.childstat.indicators.core.model.DischargeReason.REUNIFICATION;
import static org.childstat.indicators.core.model.PlacementSetting.GROUP_HOME;
import static org.childstat.indicators.core.model.PlacementSetting.NON_RELATIVE_FOSTER_HOME;
import static org.childstat.indicators.core.model.PlacementSetting.RUNAWAY;
import static org.childstat.indicators.core.model.PlacementSetting.TRIAL_HOME_VISIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.childstat.indicators.cohort.Explanation.Status;
import org.childstat.indicators.core.indicator.ResultStatus;
import org.childstat.indicators.core.model.ExamType;
import org.childstat.indicators.core.model.MeetingType;
import org.childstat.indicators.core.indicator.ExclusionReason;
import org.childstat.indicators.core.indicator.IndicatorResult;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The edges of the ENTRY_EPISODES family's rules, {@code internal/EntryEpisodeRules.java}:
 * FOSTER_CARE_ENTRIES (removals in the period of children under 18) and CFSR4_PLACEMENT_STABILITY
 * (moves per 1,000 days in care of the episodes entering in the period; excluded: stays under 8
 * days, entries at 18+), as docs/indicators.md (The indicators) states them; and the Tier II
 * TDM_AT_REMOVAL (a TDM meeting in [removal - 30, removal + 3]; excluded: 18+ on the removal date)
 * and MH_SCREENING_NEW_ENTRIES (an MH_SCREENING exam in [removal, removal + 30]; excluded: 18+,
 * discharged before removal + 30), both counted in episodes, as docs/tier2.md states them.
 */
class EntryEpisodeRulesTest {
    @Test
    void fosterCareEntries_countsEpisodesAndExcludes18Plus() {
        CaseData data = extract()
                .child("C1").born("2015-03-01")
                .removed("2023-11-01").placed(NON_RELATIVE_FOSTER_HOME).discharged("2023-11-02", REUNIFICATION)
                .removed("2024-01-01").placed(NON_RELATIVE_FOSTER_HOME).assignedTo("W1")
                .child("C2").born("2005-12-01").removed("2023-12-01").placed(NON_RELATIVE_FOSTER_HOME).assignedTo("W2")
                .build();
        var county = Rules.county(data, FOSTER_CARE_ENTRIES);
        assertEquals(2L, county.numerator());
        assertEquals(2.0, county.value());
        assertEquals(null, county.denominator());
        Explanation c2 = Rules.explain(data, FOSTER_CARE_ENTRIES, "C2", FFY2024);
        assertEquals(ExclusionReason.AGE_18_PLUS, c2.exclusion());
        var calc = Indicators.compute(data, List.of(FFY2024));
        assertEquals(List.of(new ExclusionCount(FOSTER_CARE_ENTRIES, FFY2024, ExclusionReason.AGE_18_PLUS, 1)),
                calc.exclusions().stream().filter(x -> x.indicator() == FOSTER_CARE_ENTRIES).toList());
    }

    @Test
    void placementStability_movesAndDays() {
        // removal 2023-11-01, open; days in FFY2024 = 2023-11-01..2024-09-30 = 335
        CaseData data = extract().child("C1").born("2012-01-01").removed("2023-11-01")
                .placed(NON_RELATIVE_FOSTER_HOME).provider("H1").until("2023-12-31")        // the removal: not a move
                .placed(RUNAWAY).until("2024-01-04")                                         // not counted
                .placed(NON_RELATIVE_FOSTER_HOME).provider("H1").until("2024-01-31")        // back to H1: not a move
                .placed(NON_RELATIVE_FOSTER_HOME).provider("H9").temporary().until("2024-02-03") // respite: not counted
                .placed(GROUP_HOME).provider("H2").until("2024-03-31")                      // move 1
                .placed(TRIAL_HOME_VISIT).until("2024-04-30")                                // not counted
                .placed(NON_RELATIVE_FOSTER_HOME).provider("H3").until("2024-05-31")        // move 2
                .placed(NON_RELATIVE_FOSTER_HOME)                                           // no provider: move 3
                .assignedTo("W1").build();
        Explanation e = explain(data, CFSR4_PLACEMENT_STABILITY);
        assertEquals(3, e.numerator());
        assertEquals(335, e.denominator());
        IndicatorResult county = Rules.county(data, CFSR4_PLACEMENT_STABILITY);
        assertEquals(1000.0 * 3 / 335, county.value(), 1e-12);
    }

    @ParameterizedTest
    @CsvSource({"2023-11-08, STAY_UNDER_8_DAYS", "2023-11-09,"})
    void placementStability_eightDayRule(String discharge, ExclusionReason expected) {
        CaseData data = extract().child("C1").born("2012-01-01").removed("2023-11-01").placed(NON_RELATIVE_FOSTER_HOME)
                .discharged(discharge, REUNIFICATION).assignedTo("W1").build();
        Explanation e = explain(data, CFSR4_PLACEMENT_STABILITY);
        assertEquals(expected, e.exclusion());
        assertEquals(expected == null ? 8 : 0, e.denominator());
    }

    @Test
    void placementStability_daysStopAtThe18thBirthday_andEpisodesStartingAt18AreExcluded() {
        CaseData data = extract().child("C1").born("2006-03-14").removed("2024-01-01").placed(NON_RELATIVE_FOSTER_HOME)
                .assignedTo("W1").child("C2").born("2005-12-01").removed("2024-01-01").placed(NON_RELATIVE_FOSTER_HOME)
                .assignedTo("W1").build();
        assertEquals(73, Rules.explain(data, CFSR4_PLACEMENT_STABILITY, "C1", FFY2024).denominator()); // 01-01..03-13
        assertEquals(ExclusionReason.AGE_18_PLUS,
                Rules.explain(data, CFSR4_PLACEMENT_STABILITY, "C2", FFY2024).exclusion());
    }

    @Test
    void placementStability_eachDayGoesToTheWorkerAssignedThatDay() {
        CaseData data = extract().child("C1").born("2012-01-01").removed("2024-09-01")
                .placed(NON_RELATIVE_FOSTER_HOME).provider("H1").until("2024-09-20")
                .placed(NON_RELATIVE_FOSTER_HOME).provider("H2")
                .assignedTo("W1", "2024-09-01", "2024-09-10").assignedTo("W3", "2024-09-11", null).build();
        var results = Indicators.compute(data, List.of(FFY2024)).results();
        // W1: 10 days, no move; W3: 20 days and the move on 2024-09-21
        assertEquals(10L, results.get(CFSR4_PLACEMENT_STABILITY, FFY2024, Level.WORKER, "W1").orElseThrow().denominator());
        IndicatorResult w3 = results.get(CFSR4_PLACEMENT_STABILITY, FFY2024, Level.WORKER, "W3").orElseThrow();
        assertEquals(20L, w3.denominator());
        // fewer than 5 children contribute days: suppressed below county level, numerator blank
        assertEquals(org.childstat.indicators.core.indicator.ResultStatus.SUPPRESSED, w3.status());
        assertEquals(null, w3.numerator());
        assertEquals(1L, results.county(CFSR4_PLACEMENT_STABILITY, FFY2024).numerator());
    }

    // ---------------------------------------------------------------- TDM_AT_REMOVAL
    // removal 2024-01-10: the window is [2023-12-11, 2024-01-13] (removal - 30 days, removal + 3 days)
    @ParameterizedTest
    @CsvSource({"2023-12-10, IN_DENOMINATOR_ONLY", "2023-12-11, IN_NUMERATOR", "2024-01-10, IN_NUMERATOR",
            "2024-01-13, IN_NUMERATOR", "2024-01-14, IN_DENOMINATOR_ONLY"})
    void tdm_windowFrom30DaysBeforeTo3DaysAfterTheRemoval(String meeting, Status expected) {
        CaseData data = extract().child("C1").born("2015-03-01").removed("2024-01-10").placed(NON_RELATIVE_FOSTER_HOME)
                .assignedTo("W1").tdm(meeting).build();
        Explanation e = explain(data, TDM_AT_REMOVAL);
        assertEquals(expected, e.status());
        assertEquals(Rules.d("2024-01-10"), e.dates().get("removal"));
        assertEquals(Rules.d("2024-01-10"), e.dates().get("attribution")); // ON_DATE(removal)
        assertEquals("W1", e.workerId());
    }

    @Test
    void tdm_anOtherMeetingInTheWindow_doesNotCount() {
        CaseData data = extract().child("C1").born("2015-03-01").removed("2024-01-10").placed(NON_RELATIVE_FOSTER_HOME)
                .assignedTo("W1").meeting("M1", "2024-01-10", MeetingType.OTHER).build();
        assertEquals(Status.IN_DENOMINATOR_ONLY, explain(data, TDM_AT_REMOVAL).status());
    }

    // one TDM on 2024-01-12 is in the windows of both removals: [2023-12-11, 2024-01-13] and
    // [2024-01-06, 2024-02-08] (the meeting belongs to the child): 2 of 2 episodes
    @Test
    void tdm_oneMeetingServesTwoRemovals() {
        CaseData data = extract().child("C1").born("2015-03-01")
                .removed("2024-01-10").placed(NON_RELATIVE_FOSTER_HOME).discharged("2024-01-12", REUNIFICATION)
                .removed("2024-02-05").placed(NON_RELATIVE_FOSTER_HOME).assignedTo("W1").tdm("2024-01-12").build();
        Explanation e = explain(data, TDM_AT_REMOVAL);
        assertEquals(2, e.numerator());
        assertEquals(2, e.denominator());
        IndicatorResult county = Rules.county(data, TDM_AT_REMOVAL);
        assertEquals(2L, county.numerator());
        assertEquals(2L, county.denominator());
    }

    // removal 2024-01-10: born 2006-01-10 is 18 that day (excluded), born a day later is 17
    @ParameterizedTest
    @CsvSource({"2006-01-09, EXCLUDED", "2006-01-10, EXCLUDED", "2006-01-11, IN_DENOMINATOR_ONLY"})
    void tdm_eighteenOnTheRemovalDate_isExcluded(String born, Status expected) {
        CaseData data = extract().child("C1").born(born).removed("2024-01-10").placed(NON_RELATIVE_FOSTER_HOME)
                .assignedTo("W1").build();
        Explanation e = explain(data, TDM_AT_REMOVAL);
        assertEquals(expected, e.status());
        assertEquals(expected == Status.EXCLUDED ? ExclusionReason.AGE_18_PLUS : null, e.exclusion());
    }

    // removal 2024-09-20, due 2024-09-23: an extract of 2024-09-22 (removal + 2) without a TDM leaves
    // the removal out of both counts; of 2024-09-23 (the due date) or 2024-09-24 (removal + 4) it is
    // in the denominator only; a TDM on 2024-09-21, before an extract of 2024-09-22, is the numerator
    @ParameterizedTest
    @CsvSource({"2024-09-22, , NOT_IN_POPULATION, 0", "2024-09-23, , IN_DENOMINATOR_ONLY, 1",
            "2024-09-24, , IN_DENOMINATOR_ONLY, 1", "2024-09-22, 2024-09-21, IN_NUMERATOR, 1"})
    void tdm_dueDate(String asOf, String meeting, Status expected, long denominator) {
        var child = extract().asOf(asOf).child("C1").born("2015-03-01").removed("2024-09-20")
                .placed(NON_RELATIVE_FOSTER_HOME).assignedTo("W1");
        if (meeting != null) {
            child.tdm(meeting);
        }
        CaseData data = child.build();
        Explanation e = explain(data, TDM_AT_REMOVAL);
        assertEquals(expected, e.status());
        assertEquals(denominator, Rules.county(data, TDM_AT_REMOVAL).denominator());
        if (expected == Status.NOT_IN_POPULATION) {
            assertTrue(e.reason().startsWith("not due yet"), e.reason());
            assertTrue(!e.pending(data.asOf()));
        }
    }

    @Test
    void tdm_withoutMeetingsCsv_isNoData_countyRowOnly() {
        CaseData data = extract().withoutMeetings().child("C1").born("2015-03-01").removed("2024-01-10")
                .placed(NON_RELATIVE_FOSTER_HOME).assignedTo("W1").build();
        Calculation calc = Indicators.compute(data, List.of(FFY2024));
        IndicatorResult county = calc.results().county(TDM_AT_REMOVAL, FFY2024);
        assertEquals(ResultStatus.NO_DATA, county.status());
        assertNull(county.numerator());
        assertNull(county.denominator());
        assertTrue(calc.results().level(TDM_AT_REMOVAL, FFY2024, Level.WORKER).isEmpty());
        // the screening needs health_exams.csv, not meetings.csv
        assertEquals(ResultStatus.OK, calc.results().county(MH_SCREENING_NEW_ENTRIES, FFY2024).status());
        assertTrue(Rules.explain(data, TDM_AT_REMOVAL).reason().contains("no meetings.csv"));
    }

    // ---------------------------------------------------------------- MH_SCREENING_NEW_ENTRIES
    // removal 2024-01-10: the window is [2024-01-10, 2024-02-09] (removal + 30 days)
    @ParameterizedTest
    @CsvSource({"2024-01-09, IN_DENOMINATOR_ONLY", "2024-01-10, IN_NUMERATOR", "2024-02-09, IN_NUMERATOR",
            "2024-02-10, IN_DENOMINATOR_ONLY"})
    void screening_within30DaysOfTheRemoval(String exam, Status expected) {
        CaseData data = extract().child("C1").born("2015-03-01").removed("2024-01-10").placed(NON_RELATIVE_FOSTER_HOME)
                .assignedTo("W1").exam(exam, ExamType.MH_SCREENING).exam("2024-01-20", ExamType.MEDICAL).build();
        Explanation e = explain(data, MH_SCREENING_NEW_ENTRIES);
        assertEquals(expected, e.status());
        assertEquals(Rules.d("2024-01-10"), e.dates().get("removal"));
        assertEquals(Rules.d("2024-01-10"), e.dates().get("attribution"));
    }

    // removal 2024-01-10: a discharge on 2024-02-08 (removal + 29) is before removal + 30: excluded;
    // on 2024-02-09 (removal + 30) it is not
    @ParameterizedTest
    @CsvSource({"2024-02-08, DISCHARGED_WITHIN_30_DAYS", "2024-02-09,"})
    void screening_dischargedWithin30Days_isExcluded(String discharge, ExclusionReason expected) {
        CaseData data = extract().child("C1").born("2015-03-01").removed("2024-01-10").placed(NON_RELATIVE_FOSTER_HOME)
                .discharged(discharge, REUNIFICATION).assignedTo("W1").build();
        Explanation e = explain(data, MH_SCREENING_NEW_ENTRIES);
        assertEquals(expected, e.exclusion());
        assertEquals(expected == null ? Status.IN_DENOMINATOR_ONLY : Status.EXCLUDED, e.status());
    }

    // the order: 18+ on the removal date comes first, even for a stay of 5 days; 17 then the short stay
    @ParameterizedTest
    @CsvSource({"2006-01-10, AGE_18_PLUS", "2006-01-11, DISCHARGED_WITHIN_30_DAYS"})
    void screening_exclusionsInOrder(String born, ExclusionReason expected) {
        CaseData data = extract().child("C1").born(born).removed("2024-01-10").placed(NON_RELATIVE_FOSTER_HOME)
                .discharged("2024-01-15", REUNIFICATION).assignedTo("W1").build();
        assertEquals(expected, explain(data, MH_SCREENING_NEW_ENTRIES).exclusion());
    }

    // removal 2024-09-20, due 2024-10-20: an extract of 2024-10-19 without a screening leaves it out
    // of both counts, of 2024-10-20 it is in the denominator; a screening on 2024-09-22 before an
    // extract of 2024-09-25 is the numerator
    @ParameterizedTest
    @CsvSource({"2024-10-19, , NOT_IN_POPULATION, 0", "2024-10-20, , IN_DENOMINATOR_ONLY, 1",
            "2024-09-25, 2024-09-22, IN_NUMERATOR, 1"})
    void screening_dueDate(String asOf, String exam, Status expected, long denominator) {
        var child = extract().asOf(asOf).child("C1").born("2015-03-01").removed("2024-09-20")
                .placed(NON_RELATIVE_FOSTER_HOME).assignedTo("W1");
        if (exam != null) {
            child.exam(exam, ExamType.MH_SCREENING);
        }
        CaseData data = child.build();
        Explanation e = explain(data, MH_SCREENING_NEW_ENTRIES);
        assertEquals(expected, e.status());
        assertEquals(denominator, Rules.county(data, MH_SCREENING_NEW_ENTRIES).denominator());
        if (expected == Status.NOT_IN_POPULATION) {
            assertTrue(e.reason().startsWith("not due yet"), e.reason());
        }
    }

    @Test
    void screening_withoutHealthExamsCsv_isNoData() {
        CaseData data = extract().withoutHealthExams().child("C1").born("2015-03-01").removed("2024-01-10")
                .placed(NON_RELATIVE_FOSTER_HOME).assignedTo("W1").build();
        IndicatorResult county = Rules.county(data, MH_SCREENING_NEW_ENTRIES);
        assertEquals(ResultStatus.NO_DATA, county.status());
        assertNull(county.numerator());
        assertNull(county.denominator());
        assertEquals(ResultStatus.OK, Rules.county(data, TDM_AT_REMOVAL).status());
    }

    // exclusions.csv counts episodes: C1 (18+) has two removals in FFY2024, C2 two stays under 30 days
    @Test
    void tier2_exclusionsAreCountedInEpisodes() {
        CaseData data = extract()
                .child("C1").born("2005-06-01")
                .removed("2023-11-01").placed(NON_RELATIVE_FOSTER_HOME).discharged("2023-11-05", REUNIFICATION)
                .removed("2024-02-01").placed(NON_RELATIVE_FOSTER_HOME).assignedTo("W1")
                .child("C2").born("2015-03-01")
                .removed("2023-11-01").placed(NON_RELATIVE_FOSTER_HOME).discharged("2023-11-05", REUNIFICATION)
                .removed("2024-02-01").placed(NON_RELATIVE_FOSTER_HOME).discharged("2024-02-10", REUNIFICATION)
                .assignedTo("W2").build();
        var calc = Indicators.compute(data, List.of(FFY2024));
        assertEquals(List.of(new ExclusionCount(TDM_AT_REMOVAL, FFY2024, ExclusionReason.AGE_18_PLUS, 2)),
                calc.exclusions().stream().filter(x -> x.indicator() == TDM_AT_REMOVAL).toList());
        assertEquals(List.of(new ExclusionCount(MH_SCREENING_NEW_ENTRIES, FFY2024, ExclusionReason.AGE_18_PLUS, 2),
                        new ExclusionCount(MH_SCREENING_NEW_ENTRIES, FFY2024, ExclusionReason.DISCHARGED_WITHIN_30_DAYS, 2)),
                calc.exclusions().stream().filter(x -> x.indicator() == MH_SCREENING_NEW_ENTRIES).toList());
        // C2's two removals, without a TDM: 0 of 2
        assertEquals(2L, calc.results().county(TDM_AT_REMOVAL, FFY2024).denominator());
        assertEquals(0L, calc.results().county(MH_SCREENING_NEW_ENTRIES, FFY2024).denominator());
    }
}
