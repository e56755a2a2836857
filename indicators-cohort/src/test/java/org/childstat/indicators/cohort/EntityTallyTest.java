package org.childstat.indicators.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.IndicatorResult;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.indicator.ResultStatus;
import org.childstat.indicators.core.io.CaseDataReader;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.Level;
import org.junit.jupiter.api.Test;

/**
 * {@link Indicators#tallies}: the numbers of results.csv before suppression, entity by entity, on
 * the hand-worked county (the county row is what the sums must make).
 */
class EntityTallyTest {
    private static final CaseData WORKED = CaseDataReader.read(Path.of("src/test/resources/worked-example"));
    private static final ReportingPeriod FFY2024 = ReportingPeriod.parse("FFY2024");

    @Test
    void everyEntityOfTheResults_withTheSuppressedOnesCounted_andTheySumToTheCounty() {
        List<IndicatorResult> rows = Indicators.compute(WORKED, List.of(FFY2024)).results().rows();
        for (IndicatorId id : List.of(IndicatorId.CFSR4_P1, IndicatorId.CFSR4_PLACEMENT_STABILITY, IndicatorId.CASELOAD,
                IndicatorId.FOSTER_CARE_ENTRIES)) {
            IndicatorResult county = rows.stream().filter(r -> r.indicator() == id && r.level() == Level.COUNTY)
                    .findFirst().orElseThrow();
            Map<String, IndicatorResult> workers = rows.stream()
                    .filter(r -> r.indicator() == id && r.level() == Level.WORKER)
                    .collect(Collectors.toMap(IndicatorResult::entityId, r -> r));
            List<EntityTally> tallies = Indicators.tallies(WORKED, id, FFY2024, Level.WORKER);
            assertEquals(workers.keySet(), tallies.stream().map(EntityTally::entityId).collect(Collectors.toSet()),
                    id + ": the same entities as results.csv");
            long num = 0, den = 0;
            for (EntityTally t : tallies) {
                IndicatorResult r = workers.get(t.entityId());
                if (r.status() != ResultStatus.SUPPRESSED) {
                    assertEquals(r.numerator().longValue(), t.numerator(), id + " " + t);
                }
                if (r.denominator() != null) {
                    assertEquals(r.denominator().longValue(), t.denominator(), id + " " + t);
                }
                num += t.numerator();
                den += t.denominator();
            }
            assertEquals(county.numerator().longValue(), num, id + " numerators add up to the county");
            if (county.denominator() != null) {
                assertEquals(county.denominator().longValue(), den, id + " denominators add up to the county");
            }
        }
        assertTrue(Indicators.tallies(WORKED, IndicatorId.CFSR4_P1, FFY2024, Level.WORKER).stream()
                .anyMatch(t -> t.denominator() < 5), "suppressed entities are tallied too");
    }

    @Test
    void refused_forAMedian_andForWorkerTurnoversWorkers() {
        assertThrows(IllegalArgumentException.class,
                () -> Indicators.tallies(WORKED, IndicatorId.MEDIAN_DAYS_IN_CARE, FFY2024, Level.WORKER));
        assertThrows(IllegalArgumentException.class,
                () -> Indicators.tallies(WORKED, IndicatorId.WORKER_TURNOVER, FFY2024, Level.WORKER));
    }
}
