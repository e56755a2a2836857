package org.childstat.indicators.cohort;

import static org.childstat.indicators.cohort.Rules.FFY2024;
import static org.childstat.indicators.cohort.Rules.explain;
import static org.childstat.indicators.core.indicator.IndicatorId.CFSR4_P1;
import static org.childstat.indicators.core.indicator.IndicatorId.PLACEMENT_WITH_RELATIVES;
import static org.childstat.indicators.core.model.PlacementSetting.RELATIVE_FOSTER_HOME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.childstat.indicators.core.indicator.AttributionRule;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.model.CaseData;
import org.junit.jupiter.api.Test;

/** The attribution rules (docs/input-files.md, Attribution rules). */
class AttributionTest {
    private static CaseData base(String... assignments) {
        var c = CaseData.builder().asOf(Rules.AS_OF).unit("U1", "O1", "B1").unit("U2", "O2", "B1")
                .worker("W1", "U1").worker("W2", "U1").worker("W3", "U2")
                .worker("W4", "U1", LocalDate.parse("2020-01-01"), LocalDate.parse("2024-03-31"))
                .worker("W4", "U2", LocalDate.parse("2024-04-01"), null)
                .child("C1").born("2012-01-01").removed("2024-01-01").placed(RELATIVE_FOSTER_HOME);
        for (int i = 0; i < assignments.length; i += 3) {
            c.assignedTo(assignments[i], assignments[i + 1], assignments[i + 2].isEmpty() ? null : assignments[i + 2]);
        }
        return c.build();
    }

    // ON_DATE: "Several: the one whose assignment started last; then the smallest worker_id"
    @Test
    void onDate_latestStartThenSmallestId() {
        assertEquals("W2", explain(base("W1", "2024-01-01", "", "W2", "2024-06-01", ""), PLACEMENT_WITH_RELATIVES).workerId());
        assertEquals("W1", explain(base("W2", "2024-01-01", "", "W1", "2024-01-01", ""), PLACEMENT_WITH_RELATIVES).workerId());
    }

    @Test
    void onDate_noWorker_isUnassignedAtEveryLevel() {
        Explanation e = explain(base("W1", "2024-01-01", "2024-09-29"), PLACEMENT_WITH_RELATIVES);
        assertEquals("UNASSIGNED", e.workerId());
        assertEquals("UNASSIGNED", e.unitId());
    }

    // the worker's unit is the one of the workers.csv spell covering the attribution date
    @Test
    void unitOnTheAttributionDate_forAWorkerWhoMoved() {
        Explanation e = explain(base("W4", "2024-01-01", ""), PLACEMENT_WITH_RELATIVES); // p = 2024-09-30
        assertEquals("W4", e.workerId());
        assertEquals("U2", e.unitId());
        Explanation early = Indicators.explain(base("W4", "2024-01-01", ""), PLACEMENT_WITH_RELATIVES,
                org.childstat.indicators.core.indicator.ReportingPeriod.parse("R12M-2024-03"), "C1");
        assertEquals("U1", early.unitId());
    }

    // LONGEST_IN_WINDOW: most assigned days in the window, a worker's overlapping spells counted once
    @Test
    void longestInWindow_countsEachDayOnce() {
        // P1 window: [2024-01-01, 2024-12-31 cut at discharge-1]; open episode: removal + 12 months - 1 = 2024-12-31
        // W1: 2024-01-01..2024-03-31 twice (91 days once); W2: 2024-04-01..2024-06-10 (71 days); W3 from 2024-10-01 (92)
        CaseData data = base("W1", "2024-01-01", "2024-03-31", "W1", "2024-02-01", "2024-03-31",
                "W2", "2024-04-01", "2024-06-10", "W3", "2024-10-01", "");
        Explanation e = explain(data, CFSR4_P1);
        assertEquals("W3", e.workerId()); // 92 days > 91
        assertEquals(LocalDate.parse("2024-12-31"), e.dates().get("attribution"));
    }

    @Test
    void longestInWindow_tieGoesToTheLatestStart() {
        // W1 2024-01-01..2024-06-30 (182 days) and W2 2024-07-01..2024-12-31 (184): make them equal with W2 to 12-29
        CaseData data = base("W1", "2024-01-01", "2024-06-30", "W2", "2024-07-01", "2024-12-29");
        assertEquals("W2", explain(data, CFSR4_P1).workerId());
    }

    @Test
    void options_chooseAnotherRule() {
        CaseData data = base("W1", "2024-01-01", "2024-11-30", "W3", "2024-12-01", "");
        assertEquals("W1", explain(data, CFSR4_P1).workerId());
        Explanation e = Indicators.explain(data, CFSR4_P1, FFY2024, "C1",
                CalculationOptions.defaults().withAttribution(CFSR4_P1, AttributionRule.ON_DATE)); // ON_DATE(removal)
        assertEquals("W1", e.workerId());
        assertThrows(IllegalArgumentException.class,
                () -> CalculationOptions.defaults().withAttribution(IndicatorId.CFSR4_P2, AttributionRule.EACH_DAY));
    }
}
