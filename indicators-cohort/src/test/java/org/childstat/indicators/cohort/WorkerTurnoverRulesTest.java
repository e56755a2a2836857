package org.childstat.indicators.cohort;

import static org.childstat.indicators.cohort.Rules.FFY2024;
import static org.childstat.indicators.cohort.Rules.d;
import static org.childstat.indicators.core.indicator.IndicatorId.WORKER_TURNOVER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.childstat.indicators.core.indicator.IndicatorResult;
import org.childstat.indicators.core.indicator.ResultStatus;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.CaseDataBuilder;
import org.childstat.indicators.core.model.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The edges of the WORKERS_ON_FIRST_DAY family's rule, {@code internal/WorkerTurnoverRules.java}:
 * WORKER_TURNOVER in FFY2024 (s = 2023-10-01, e = 2024-09-30), as docs/workforce.md states it: the
 * workers with a spell covering s, each in that spell's unit; in the numerator when no spell of
 * theirs in that unit covers min(e, as-of). Counted in workers, UNIT level and above, never
 * suppressed. The expected counts are the workers of each history stated, counted by hand.
 */
class WorkerTurnoverRulesTest {
    /** Units U1 and U2 in office O1, U3 in office O2; one child, so that the extract is valid. */
    private static CaseDataBuilder org() {
        return CaseData.builder().asOf(Rules.AS_OF).unit("U1", "O1", "B1").unit("U2", "O1", "B1").unit("U3", "O2", "B1")
                .worker("W0", "U3");
    }

    private static CaseData build(CaseDataBuilder b) {
        return b.child("C1").born("2012-01-01").build();
    }

    private static Map<String, IndicatorResult> rows(CaseData data, Level level) {
        return Indicators.compute(data, List.of(FFY2024)).results().rows().stream()
                .filter(r -> r.indicator() == WORKER_TURNOVER && r.level() == level)
                .collect(Collectors.toMap(IndicatorResult::entityId, r -> r));
    }

    private static IndicatorResult u1(CaseData data) {
        return rows(data, Level.UNIT).get("U1");
    }

    // in the population: a spell covering s (starting on s is in; the day after is not; ending the day before s is not)
    @ParameterizedTest
    @CsvSource({"2023-10-01, , 1", "2023-10-02, , 0", "2020-01-01, 2023-09-30, 0", "2020-01-01, 2023-10-01, 1"})
    void theWorkersOfAUnit_onTheFirstDay(String start, String end, long workers) {
        CaseData data = build(org().worker("W1", "U1", d(start), end == null ? null : d(end)));
        IndicatorResult r = u1(data);
        assertEquals(workers, r == null ? 0 : r.denominator());
    }

    // the outcome: no spell in the unit covering e; a spell ending on e has not left
    @ParameterizedTest
    @CsvSource({"2024-09-29, 1", "2024-09-30, 0", "2024-10-01, 0"})
    void leftTheUnit_whenNoSpellCoversTheLastDay(String end, long left) {
        CaseData data = build(org().worker("W1", "U1", d("2020-01-01"), d(end)));
        IndicatorResult r = u1(data);
        assertEquals(1L, r.denominator());
        assertEquals(left, r.numerator());
        assertEquals(100.0 * left, r.value(), 1e-12);
        assertEquals(ResultStatus.OK, r.status(), "one worker: never suppressed");
    }

    @Test
    void aWorkerWhoComesBack_hasNotLeft_andAMoveIsTurnoverOfTheUnitLeft() {
        CaseData back = build(org().worker("W1", "U1", d("2020-01-01"), d("2024-03-31"))
                .worker("W1", "U1", d("2024-06-01"), null));
        assertEquals(0L, u1(back).numerator(), "back in U1 by e");
        CaseData moved = build(org().worker("W1", "U1", d("2020-01-01"), d("2024-03-31"))
                .worker("W1", "U2", d("2024-04-01"), null));
        assertEquals(1L, u1(moved).numerator(), "moved to U2 of the same office: turnover of U1");
        assertFalse(rows(moved, Level.UNIT).containsKey("U2"), "U2 had no worker on s");
        assertEquals(1L, rows(moved, Level.OFFICE).get("O1").numerator(), "and so of its office");
    }

    @Test
    void twoSpellsCoveringTheFirstDay_theLatestStartIsTheUnit() {
        CaseData data = build(org().worker("W1", "U1", d("2020-01-01"), null).worker("W1", "U2", d("2023-09-01"), null));
        Map<String, IndicatorResult> units = rows(data, Level.UNIT);
        assertFalse(units.containsKey("U1"));
        assertEquals(1L, units.get("U2").denominator());
        assertEquals(0L, units.get("U2").numerator());
    }

    @Test
    void theLastDayIsTheAsOfDate_insideThePeriod() {
        CaseData stays = build(org().asOf("2024-06-30").worker("W1", "U1", d("2020-01-01"), d("2024-06-30")));
        assertEquals(0L, u1(stays).numerator(), "a spell covering the as-of date has not ended");
        assertEquals(ResultStatus.INCOMPLETE, u1(stays).status());
        CaseData left = build(org().asOf("2024-06-30").worker("W1", "U1", d("2020-01-01"), d("2024-06-29")));
        assertEquals(1L, u1(left).numerator());
    }

    @Test
    void noWorkerRows_andEveryLevelIsTheSumOfItsUnits() {
        CaseData data = build(org().worker("W1", "U1", d("2020-01-01"), d("2024-01-31"))
                .worker("W2", "U1", d("2020-01-01"), null)
                .worker("W3", "U2", d("2020-01-01"), d("2024-05-31"))
                .worker("W4", "U3", d("2020-01-01"), d("2024-07-31")));
        assertEquals(Map.of(), rows(data, Level.WORKER), "no WORKER rows");
        Map<String, IndicatorResult> units = rows(data, Level.UNIT);
        assertEquals(List.of(1L, 2L), List.of(units.get("U1").numerator(), units.get("U1").denominator()));
        assertEquals(List.of(1L, 1L), List.of(units.get("U2").numerator(), units.get("U2").denominator()));
        assertEquals(List.of(1L, 2L), List.of(units.get("U3").numerator(), units.get("U3").denominator()), "W0, W4");
        IndicatorResult o1 = rows(data, Level.OFFICE).get("O1");
        assertEquals(List.of(2L, 3L), List.of(o1.numerator(), o1.denominator()), "U1 + U2");
        IndicatorResult county = rows(data, Level.COUNTY).get("COUNTY");
        assertEquals(List.of(3L, 5L), List.of(county.numerator(), county.denominator()));
        assertEquals(60.0, county.value(), 1e-12);
    }
}
