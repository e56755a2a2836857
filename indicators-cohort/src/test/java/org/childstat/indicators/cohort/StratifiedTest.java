package org.childstat.indicators.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.IndicatorResult;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.io.CaseDataReader;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.Level;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Stratified tallies add up, stratum by stratum, to each entity's counts. */
class StratifiedTest {
    static final ReportingPeriod FFY2024 = ReportingPeriod.parse("FFY2024");

    static CaseData worked() throws URISyntaxException {
        return CaseDataReader.read(Path.of(StratifiedTest.class.getResource("/worked-example/extract.txt").toURI())
                .getParent());
    }

    @ParameterizedTest
    @EnumSource(value = IndicatorId.class, names = {"CFSR4_P1", "CFSR4_REENTRY", "CFSR4_PLACEMENT_STABILITY",
            "CFSR4_RECURRENCE", "MONTHLY_CASEWORKER_VISITS", "TIMELY_DISPOSITION_30D"})
    void strataAddUpToTheEntityCounts(IndicatorId id) throws URISyntaxException {
        CaseData data = worked();
        List<StratifiedTally> strata = Indicators.stratified(data, id, FFY2024, Level.UNIT,
                Stratification.AGE_BAND_AND_PRIOR_REMOVALS);
        Map<String, long[]> sums = strata.stream().collect(Collectors.toMap(StratifiedTally::entityId,
                t -> new long[] {t.numerator(), t.denominator()}, (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]}));
        List<IndicatorResult> units = Indicators.compute(data, List.of(FFY2024)).results().level(id, FFY2024, Level.UNIT);
        assertEquals(units.size(), sums.size());
        for (IndicatorResult r : units) {
            assertEquals(r.denominator().longValue(), sums.get(r.entityId())[1], id + " " + r.entityId());
            if (r.numerator() != null) {
                assertEquals(r.numerator().longValue(), sums.get(r.entityId())[0], id + " " + r.entityId());
            }
        }
        assertTrue(strata.stream().allMatch(t -> t.stratum().matches("(0|1-5|6-10|11-15|16-17|18\\+)(/first|/prior)?")));
    }

    @Test
    void countsAndMediansAreNotStandardised() throws URISyntaxException {
        CaseData data = worked();
        assertThrows(IllegalArgumentException.class, () -> Indicators.stratified(data, IndicatorId.FOSTER_CARE_ENTRIES,
                FFY2024, Level.WORKER, Stratification.AGE_BAND));
    }
}
