package org.childstat.indicators.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.DischargeReason;
import org.childstat.indicators.core.model.Disposition;
import org.childstat.indicators.core.model.PlacementSetting;
import org.childstat.indicators.core.synthetic.SyntheticCounty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * explain on a child NOT_IN_POPULATION says which population condition it does not meet
 * (docs/indicators.md, Explaining a count).
 */
class NotInPopulationTest {
    static final ReportingPeriod FFY2024 = ReportingPeriod.parse("FFY2024");

    static Explanation explain(CaseData data, IndicatorId id) {
        return Indicators.explain(data, id, FFY2024, "C1");
    }

    @Test
    void entryCohort_noRemovalInThePeriod_namesThePeriodAndTheRemovals() {
        CaseData data = CaseData.builder().asOf("2025-09-30").child("C1").born("2015-01-01").removed("2021-03-01")
                .placed(PlacementSetting.NON_RELATIVE_FOSTER_HOME).discharged("2022-01-01", DischargeReason.ADOPTION)
                .assignedTo("W1").build();
        Explanation e = explain(data, IndicatorId.CFSR4_P1);
        assertEquals(Explanation.Status.NOT_IN_POPULATION, e.status());
        assertEquals("no removal in the period 2023-10-01 to 2024-09-30 (its removals: 2021-03-01)", e.reason());
        assertEquals(true, e.toString().contains("why: no removal"), e.toString());
    }

    /** P2's population: 12 to 23 whole months in care on the first day; the day of and the days around the edge. */
    @ParameterizedTest
    @CsvSource({
            "2022-10-02, 11, NOT_IN_POPULATION",  // the day after: 11 whole months on 2023-10-01
            "2022-10-01, 12, IN_DENOMINATOR_ONLY", // the day of: 12
            "2022-09-30, 12, IN_DENOMINATOR_ONLY", // the day before: 12
            "2023-02-01, 8, NOT_IN_POPULATION"})
    void firstDay_wholeMonthsInCare_saysHowManyAndWhatIsNeeded(String removed, int months, Explanation.Status status) {
        CaseData data = CaseData.builder().asOf("2025-09-30").child("C1").born("2015-01-01").removed(removed)
                .placed(PlacementSetting.NON_RELATIVE_FOSTER_HOME).assignedTo("W1").build();
        Explanation e = explain(data, IndicatorId.CFSR4_P2);
        assertEquals(status, e.status());
        if (status == Explanation.Status.NOT_IN_POPULATION) {
            assertEquals("in care " + months + " whole months on the period's first day, 2023-10-01 (removed " + removed
                    + "); the population needs 12 to 23", e.reason());
        } else {
            assertNull(e.reason(), "members have no reason");
        }
    }

    @Test
    void exitCohort_dischargedToAnotherReason_namesTheDischarge() {
        CaseData data = CaseData.builder().asOf("2025-09-30").child("C1").born("2015-01-01").removed("2022-01-10")
                .placed(PlacementSetting.NON_RELATIVE_FOSTER_HOME).discharged("2024-02-01", DischargeReason.ADOPTION)
                .assignedTo("W1").build();
        assertEquals("discharged in the period, but not to reunification, relatives or guardianship: 2024-02-01 ADOPTION",
                explain(data, IndicatorId.CFSR4_REENTRY).reason());
        assertEquals("discharged in the period, but not to guardianship: 2024-02-01 ADOPTION",
                explain(data, IndicatorId.GUARDIANSHIP_24M_EXIT).reason());
        assertEquals("no discharge in the period 2024-10-01 to 2025-09-30 (its discharges: 2024-02-01)",
                Indicators.explain(data, IndicatorId.CFSR4_REENTRY, ReportingPeriod.parse("FFY2025"), "C1").reason());
    }

    @Test
    void pointInTime_notInCareOnTheLastDay_andRecurrence_noVictimReport() {
        CaseData data = CaseData.builder().asOf("2025-09-30").child("C1").born("2015-01-01").removed("2022-01-10")
                .placed(PlacementSetting.RELATIVE_FOSTER_HOME).discharged("2024-02-01", DischargeReason.REUNIFICATION)
                .reported("R1", "2024-03-01", Disposition.UNSUBSTANTIATED).assignedTo("W1").build();
        assertEquals("not in care on 2024-09-30 (the period's last day, or the extract date) (its removals: 2022-01-10)",
                explain(data, IndicatorId.PLACEMENT_WITH_RELATIVES).reason());
        assertEquals("no victim report (substantiated, indicated, or a maltreatment death) dated in the period "
                + "2023-10-01 to 2024-09-30 (its reports in the period: 2024-03-01 UNSUBSTANTIATED)",
                explain(data, IndicatorId.CFSR4_RECURRENCE).reason());
    }

    /**
     * Every indicator, every child of a small synthetic county: a child the engine leaves out has a
     * reason, and the reason names a condition that failed (never the fallback), so the words and
     * the rules agree; a child in the population has none.
     */
    @Test
    void everyIndicator_syntheticCounty_reasonsExactlyForThoseLeftOut() {
        CaseData data = SyntheticCounty.generate(120, 5L, LocalDate.of(2026, 9, 30)).data();
        ReportingPeriod p = ReportingPeriod.parse("FFY2025");
        int checked = 0;
        for (IndicatorId id : IndicatorId.values()) {
            for (String child : data.childIds()) {
                Explanation e = Indicators.explain(data, id, p, child);
                if (e.status() == Explanation.Status.NOT_IN_POPULATION) {
                    assertNotNull(e.reason(), id + " " + child);
                    assertFalse(e.reason().contains("no condition of its family failed"), id + " " + child + ": "
                            + e.reason());
                    checked++;
                } else {
                    assertNull(e.reason(), id + " " + child);
                }
            }
        }
        assertEquals(true, checked > 1000, "left-out children checked: " + checked);
    }

    @Test
    void explainAll_listsNoChildOutsideThePopulation() {
        CaseData data = SyntheticCounty.generate(120, 5L, LocalDate.of(2026, 9, 30)).data();
        List<Explanation> all = Indicators.explainAll(data, IndicatorId.CFSR4_P1, ReportingPeriod.parse("FFY2025"));
        all.forEach(e -> assertNull(e.reason()));
    }
}
