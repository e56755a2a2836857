package org.childstat.indicators.scorecard.variation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.childstat.indicators.scorecard.variation.IndirectStandardisation.StratumTally;
import org.junit.jupiter.api.Test;

class IndirectStandardisationTest {
    // county: young 10 of 100 (0.1), older 30 of 100 (0.3); overall 40 of 200 = 0.2
    static final List<StratumTally> TALLIES = List.of(
            new StratumTally("A", "young", 6, 50), new StratumTally("A", "older", 4, 10),
            new StratumTally("B", "young", 4, 50), new StratumTally("B", "older", 26, 90));

    @Test
    void expectedRatioAndStandardisedValue_byHand() {
        IndirectStandardisation.Result r = IndirectStandardisation.of(TALLIES);
        assertEquals(0.2, r.overall(), 1e-12);
        IndirectStandardisation.Entity a = r.entities().get(0);
        assertEquals(10, a.observed());
        assertEquals(50 * 0.1 + 10 * 0.3, a.expected(), 1e-12); // 8
        assertEquals(1.25, a.ratio(), 1e-12);
        assertEquals(0.25, a.standardised(), 1e-12);
        IndirectStandardisation.Entity b = r.entities().get(1);
        assertEquals(50 * 0.1 + 90 * 0.3, b.expected(), 1e-12); // 32, O = 30
    }

    @Test
    void aWorkerCarryingTheHardCasesIsNotFlaggedForIt() {
        // H has only older children and their county rate: crude 30% against 20% overall, O/E = 1
        List<StratumTally> t = List.of(new StratumTally("H", "older", 60, 200), new StratumTally("Y", "young", 20, 200),
                new StratumTally("M", "young", 20, 200), new StratumTally("M", "older", 60, 200));
        FunnelComparison.Options crude = FunnelComparison.Options.defaults(Measure.PERCENT, 100)
                .withOverdispersion(Overdispersion.Method.NONE);
        FunnelComparison.Result raw = FunnelComparison.compare(List.of(new Tally("H", 60, 200), new Tally("Y", 20, 200),
                new Tally("M", 80, 400)), crude);
        assertEquals(FunnelComparison.Band.HIGH_998, raw.rows().get(0).band());
        IndirectStandardisation.Result std = IndirectStandardisation.of(t);
        FunnelComparison.Result fair = FunnelComparison.compare(std.tallies(), FunnelComparison.Options
                .defaults(Measure.RATIO, 1).withTarget(1.0).withOverdispersion(Overdispersion.Method.NONE));
        assertEquals(1.0, fair.rows().get(0).value(), 1e-12);
        assertEquals(FunnelComparison.Band.WITHIN, fair.rows().get(0).band());
    }

    @Test
    void entitiesWithNoExpectedEventsCannotBeCompared() {
        IndirectStandardisation.Result r = IndirectStandardisation.of(List.of(new StratumTally("Z", "none", 0, 10),
                new StratumTally("A", "some", 2, 10)));
        assertEquals(Double.NaN, r.entities().get(0).ratio());
        assertEquals(List.of("A"), r.tallies().stream().map(Tally::entityId).toList());
    }
}
