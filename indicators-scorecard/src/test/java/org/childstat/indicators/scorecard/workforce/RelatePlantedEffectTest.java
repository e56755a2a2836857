package org.childstat.indicators.scorecard.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.synthetic.SyntheticCounty;
import org.junit.jupiter.api.Test;

/**
 * {@code relate} finds the caseload effect planted in the synthetic county and finds none where
 * none is planted (docs/workforce.md, A planted effect): 50,000 children, seed 7, uneven
 * caseloads in both counties (so that every band has workers), the effect (reunification x0.6
 * for children removed while their worker carries more than 25) in one. The statistic is
 * {@link org.childstat.indicators.scorecard.variation.ProportionTrend}, itself checked against
 * R; the tables printed by {@code childstat relate} on these counties gave, in R 4.2.2,
 * {@code prop.trend.test(c(159,173,133,214,82), c(373,532,392,619,359))}: 19.4105, p 1.054e-05
 * (with the effect) and {@code prop.trend.test(c(162,172,142,233,124), c(376,526,382,630,359))}:
 * 1.7388, p 0.1873 (without).
 */
class RelatePlantedEffectTest {
    private static final ReportingPeriod FFY2025 = ReportingPeriod.parse("FFY2025");
    private static final LocalDate AS_OF = LocalDate.parse("2026-09-30");

    private static Relation relate(boolean effect) {
        SyntheticCounty county = SyntheticCounty.generate(50_000, 7, AS_OF,
                SyntheticCounty.Options.DEFAULT.withUnevenCaseloads(true).withCaseloadEffect(effect));
        return Relation.of(county.data(), IndicatorId.REUNIFICATION_12M_ENTRY, FFY2025, Relation.By.CASELOAD);
    }

    @Test
    void thePlantedEffectIsFound_andNoneWhereNoneIsPlanted() {
        Relation with = relate(true);
        assertEquals(List.of("0-9", "10-14", "15-19", "20-29", "30+"), with.bands().stream().map(Relation.Band::band)
                .toList());
        assertEquals(List.of(159L, 173L, 133L, 214L, 82L), with.bands().stream().map(Relation.Band::numerator).toList());
        assertEquals(List.of(373L, 532L, 392L, 619L, 359L), with.bands().stream().map(Relation.Band::denominator)
                .toList());
        assertEquals(19.4105, with.trend().chiSquare(), 5e-5); // R, above
        assertEquals(1.054e-05, with.trend().pValue(), 5e-9);
        assertTrue(with.trendFound());
        Relation.Band heavy = with.bands().get(4);
        assertTrue(with.bands().subList(0, 4).stream().allMatch(b -> b.value() > heavy.value()),
                "the 30+ band reunifies least: " + with.bands());

        Relation without = relate(false);
        assertEquals(List.of(162L, 172L, 142L, 233L, 124L), without.bands().stream().map(Relation.Band::numerator)
                .toList());
        assertEquals(1.7388, without.trend().chiSquare(), 5e-5); // R, above
        assertEquals(0.1873, without.trend().pValue(), 5e-5);
        assertFalse(without.trendFound());
    }
}
