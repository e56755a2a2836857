package org.childstat.indicators.scorecard.variation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The exact guard: small counts are not more significant than their exact test says. */
class ExactGuardTest {
    // 0 events where 3 are expected (rate 0.003 per day over 1,000 days)
    static final List<Tally> ZERO_OF_THREE = List.of(new Tally("A", 0, 1000), new Tally("B", 3, 1000));
    static final FunnelComparison.Options OPTIONS = FunnelComparison.Options.defaults(Measure.RATE, 1000)
            .withTarget(0.003).withOverdispersion(Overdispersion.Method.NONE);

    @Test
    void plainFormula_squareRootScaleOverstatesTheEvidence() {
        FunnelComparison.Row a = FunnelComparison.compare(ZERO_OF_THREE, OPTIONS.withExactGuard(false)).rows().get(0);
        // z = (sqrt(0) - sqrt(0.003)) / (1 / (2 sqrt(1000))) = -2 sqrt(3) = -3.4641; R: 2 * pnorm(-2 * sqrt(3)) = 0.000532
        assertEquals(-2 * Math.sqrt(3), a.z(), 1e-12);
        assertEquals(0.000532006, a.pValue(), 1e-9);
    }

    @Test
    void guard_pValueIsAtLeastTheExactTwoSidedOne() {
        FunnelComparison.Row a = FunnelComparison.compare(ZERO_OF_THREE, OPTIONS).rows().get(0);
        // R: 2 * ppois(0, 3) = 0.0995741367357279
        assertEquals(0.0995741367357279, a.pValue(), 1e-12);
        assertEquals(FunnelComparison.Band.WITHIN, a.band()); // P(X = 0) = 0.0498 is not below 0.025
        assertEquals("", a.flag());
    }
}
