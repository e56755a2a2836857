package org.childstat.indicators.cohort;

import static org.childstat.indicators.cohort.Rules.FFY2024;
import static org.childstat.indicators.cohort.Rules.d;
import static org.childstat.indicators.core.indicator.IndicatorId.CASELOAD;
import static org.childstat.indicators.core.model.DischargeReason.REUNIFICATION;
import static org.childstat.indicators.core.model.PlacementSetting.NON_RELATIVE_FOSTER_HOME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.childstat.indicators.core.indicator.IndicatorResult;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.indicator.ResultStatus;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.CaseDataBuilder;
import org.childstat.indicators.core.model.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The edges of the CASELOADS family's rule, {@code internal/CaseloadRules.java}: CASELOAD on
 * p = min(e, as-of) (FFY2024: 2024-09-30), as docs/workforce.md states it. Denominator: the
 * workers with a workers.csv spell covering p, each in that spell's unit; numerator: the children
 * in care (a discharge on p counts) or served in home on p, under 18, each for its ON_DATE(p)
 * worker when that worker is one of them. Each expected count is the number of such children and
 * workers in the history stated, counted by hand.
 */
class CaseloadRulesTest {
    /** Two workers on staff all along in U1, none in U2: the denominator is 2 unless a test adds one. */
    private static CaseDataBuilder staff() {
        return CaseData.builder().asOf(Rules.AS_OF).unit("U1", "O1", "B1").unit("U2", "O1", "B1")
                .worker("W1", "U1").worker("W2", "U1");
    }

    private static IndicatorResult county(CaseData data) {
        return county(data, FFY2024);
    }

    private static IndicatorResult county(CaseData data, ReportingPeriod period) {
        return Indicators.compute(data, List.of(period)).results().county(CASELOAD, period);
    }

    private static Map<String, IndicatorResult> level(CaseData data, Level level) {
        return Indicators.compute(data, List.of(FFY2024)).results().rows().stream()
                .filter(r -> r.indicator() == CASELOAD && r.level() == level)
                .collect(Collectors.toMap(IndicatorResult::entityId, r -> r));
    }

    // in care on p: a discharge on p counts, the day before does not
    @ParameterizedTest
    @CsvSource({"2024-09-29, 0", "2024-09-30, 1", "2024-10-01, 1"})
    void aChildInCare_onP_aDischargeOnPCounts(String discharge, long children) {
        CaseData data = staff().child("C1").born("2012-01-01").removed("2024-01-01").placed(NON_RELATIVE_FOSTER_HOME)
                .discharged(discharge, REUNIFICATION).assignedTo("W1").build();
        IndicatorResult r = county(data);
        assertEquals(children, r.numerator());
        assertEquals(2L, r.denominator(), "W1 and W2 on staff");
        assertEquals(children / 2.0, r.value(), 1e-12);
        assertEquals(ResultStatus.OK, r.status());
    }

    // a removal on p: in care that day
    @ParameterizedTest
    @CsvSource({"2024-09-30, 1", "2024-10-01, 0"})
    void aRemovalOnP_isInCare(String removal, long children) {
        CaseData data = staff().child("C1").born("2012-01-01").removed(removal).placed(NON_RELATIVE_FOSTER_HOME)
                .assignedTo("W1").build();
        assertEquals(children, county(data).numerator());
    }

    // served in home on p: open on or before p, closed on or after it
    @ParameterizedTest
    @CsvSource({"2024-09-30, , 1", "2024-10-01, , 0", "2024-01-01, 2024-09-29, 0", "2024-01-01, 2024-09-30, 1"})
    void aChildServedInHome_onP(String open, String close, long children) {
        CaseDataBuilder.ChildBuilder c = staff().child("C1").born("2012-01-01").servedInHome("K1", open);
        if (close != null) {
            c.until(close);
        }
        CaseData data = c.assignedTo("W1", "2020-01-01", null).build();
        assertEquals(children, county(data).numerator());
    }

    @Test
    void inCareAndServedInHome_isOneChild_andWithoutTheFileOnlyChildrenInCareCount() {
        CaseDataBuilder.ChildBuilder b = staff().child("C1").born("2012-01-01").removed("2024-01-01").placed(NON_RELATIVE_FOSTER_HOME)
                .discharged("2024-09-30", REUNIFICATION).servedInHome("K1", "2024-09-30").assignedTo("W1")
                .child("C2").born("2012-01-01").servedInHome("K2", "2024-01-01").assignedTo("W2", "2024-01-01", null);
        assertEquals(2L, county(b.build()).numerator(), "C1 once on its discharge day, C2 at home");
        CaseData without = staff().withoutInHomeCases().child("C1").born("2012-01-01").removed("2024-01-01")
                .placed(NON_RELATIVE_FOSTER_HOME).assignedTo("W1")
                .child("C2").born("2012-01-01").assignedTo("W2", "2024-01-01", null).build();
        assertEquals(1L, county(without).numerator(), "no in_home_cases.csv: children in care only");
    }

    // under 18 on p: the 18th birthday on p is 18
    @ParameterizedTest
    @CsvSource({"2006-09-30, 0", "2006-10-01, 1"})
    void under18OnP(String born, long children) {
        CaseData data = staff().child("C1").born(born).removed("2024-01-01").placed(NON_RELATIVE_FOSTER_HOME)
                .assignedTo("W1").build();
        assertEquals(children, county(data).numerator());
    }

    // the worker's spell must cover p, or the child is counted nowhere; the worker is then not on staff either
    @ParameterizedTest
    @CsvSource({"2024-09-29, 0, 2", "2024-09-30, 1, 3"})
    void aChildsWorker_mustHaveASpellCoveringP(String spellEnd, long children, long workers) {
        CaseData data = staff().worker("W3", "U2", d("2020-01-01"), d(spellEnd))
                .child("C1").born("2012-01-01").removed("2024-01-01").placed(NON_RELATIVE_FOSTER_HOME)
                .assignedTo("W3").build();
        IndicatorResult r = county(data);
        assertEquals(children, r.numerator());
        assertEquals(workers, r.denominator());
        assertTrue(level(data, Level.UNIT).keySet().stream().noneMatch("UNASSIGNED"::equals), "no UNASSIGNED row");
    }

    @Test
    void aChildWithNoWorker_isCountedNowhere_andNothingIsUnassigned() {
        CaseData data = staff().child("C1").born("2012-01-01").removed("2024-01-01").placed(NON_RELATIVE_FOSTER_HOME)
                .build();
        assertEquals(0L, county(data).numerator());
        for (Level level : List.of(Level.BUREAU, Level.OFFICE, Level.UNIT, Level.WORKER)) {
            assertTrue(!level(data, level).containsKey("UNASSIGNED"), level + ": no UNASSIGNED row");
        }
    }

    @Test
    void aWorkerWhoMovesUnit_isInTheUnitOfItsSpellOnP_withItsChildren_andNothingIsSuppressed() {
        CaseData data = staff().worker("W3", "U1", d("2020-01-01"), d("2024-09-29"))
                .worker("W3", "U2", d("2024-09-30"), null)
                .child("C1").born("2012-01-01").removed("2024-01-01").placed(NON_RELATIVE_FOSTER_HOME).assignedTo("W3")
                .child("C2").born("2013-01-01").removed("2024-02-01").placed(NON_RELATIVE_FOSTER_HOME).assignedTo("W3")
                .child("C3").born("2013-01-01").removed("2024-02-01").placed(NON_RELATIVE_FOSTER_HOME).assignedTo("W1")
                .build();
        Map<String, IndicatorResult> units = level(data, Level.UNIT);
        assertEquals(2L, units.get("U2").numerator(), "W3's two children, in W3's unit on p");
        assertEquals(1L, units.get("U2").denominator());
        assertEquals(2.0, units.get("U2").value(), 1e-12);
        assertEquals(ResultStatus.OK, units.get("U2").status(), "one worker: not suppressed");
        assertEquals(1L, units.get("U1").numerator());
        assertEquals(2L, units.get("U1").denominator(), "W1 and W2");
        Map<String, IndicatorResult> workers = level(data, Level.WORKER);
        assertEquals(0.0, workers.get("W2").value(), "a worker with no children has a row, 0");
        assertEquals(1L, workers.get("W2").denominator());
        assertEquals(3L, county(data).numerator());
        assertEquals(3L, county(data).denominator());
        assertEquals(1.0, county(data).value(), 1e-12);
    }

    @Test
    void pIsTheAsOfDate_insideThePeriod_andThePeriodIsIncomplete() {
        CaseData data = staff().asOf("2024-06-30").child("C1").born("2012-01-01").removed("2024-01-01")
                .placed(NON_RELATIVE_FOSTER_HOME).discharged("2024-06-30", REUNIFICATION).assignedTo("W1").build();
        IndicatorResult r = county(data);
        assertEquals(1L, r.numerator(), "in care on the as-of date, its discharge day");
        assertEquals(ResultStatus.INCOMPLETE, r.status());
    }

    @Test
    void noWorkerOnStaff_isNoData() {
        CaseData data = CaseData.builder().asOf(Rules.AS_OF).unit("U1", "O1", "B1")
                .worker("W1", "U1", d("2020-01-01"), d("2024-09-29"))
                .child("C1").born("2012-01-01").removed("2024-01-01").placed(NON_RELATIVE_FOSTER_HOME).assignedTo("W1")
                .build();
        IndicatorResult r = county(data);
        assertEquals(ResultStatus.NO_DATA, r.status());
        assertEquals(0L, r.denominator());
        assertNull(r.value());
    }

    @Test
    void theAttributionOfTheIndicatorsThatCountWorkers_cannotBeChanged() {
        CalculationOptions defaults = CalculationOptions.defaults();
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> defaults.withAttribution(CASELOAD, org.childstat.indicators.core.indicator.AttributionRule.ON_DATE));
        assertTrue(e.getMessage().contains("cannot be changed"), e.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> defaults.withAttribution(
                org.childstat.indicators.core.indicator.IndicatorId.CFSR4_P1,
                org.childstat.indicators.core.indicator.AttributionRule.WORKER_SPELL));
    }
}
