package org.childstat.indicators.cohort;

import static org.childstat.indicators.cohort.Rules.FFY2024;
import static org.childstat.indicators.cohort.Rules.explain;
import static org.childstat.indicators.cohort.Rules.extract;
import static org.childstat.indicators.core.indicator.IndicatorId.CFSR4_PLACEMENT_STABILITY;
import static org.childstat.indicators.core.indicator.IndicatorId.FOSTER_CARE_ENTRIES;
import static org.childstat.indicators.core.model.DischargeReason.REUNIFICATION;
import static org.childstat.indicators.core.model.PlacementSetting.GROUP_HOME;
import static org.childstat.indicators.core.model.PlacementSetting.NON_RELATIVE_FOSTER_HOME;
import static org.childstat.indicators.core.model.PlacementSetting.RUNAWAY;
import static org.childstat.indicators.core.model.PlacementSetting.TRIAL_HOME_VISIT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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
 * days, entries at 18+), as docs/indicators.md (The indicators) states them.
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
}
