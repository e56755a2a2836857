package org.childstat.indicators.scorecard.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.childstat.indicators.cohort.Explanation;
import org.childstat.indicators.cohort.Indicators;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.io.CaseDataReader;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.Level;
import org.childstat.indicators.core.synthetic.SyntheticCounty;
import org.junit.jupiter.api.Test;

/** Case selection (spec/indicators.md §D). */
class CaseSelectionTest {
    static final ReportingPeriod FFY2024 = ReportingPeriod.parse("FFY2024");

    @Test
    void candidates_areTheEntitysDenominator_neverExcluded() {
        CaseData data = CaseDataReader.read(Path.of("../indicators-cohort/src/test/resources/worked-example"));
        CaseSelection.Selection s = CaseSelection.select(data, IndicatorId.CFSR4_P1, FFY2024, Level.UNIT, "U1", 2, 7);
        long denominator = Indicators.compute(data, List.of(FFY2024)).results()
                .get(IndicatorId.CFSR4_P1, FFY2024, Level.UNIT, "U1").orElseThrow().denominator();
        assertEquals(denominator, s.candidates().size());
        assertTrue(s.candidates().stream().noneMatch(c -> c.explanation().status() == Explanation.Status.EXCLUDED));
        assertEquals(s.candidates().stream().map(CaseSelection.Case::childId).sorted().toList(),
                s.candidates().stream().map(CaseSelection.Case::childId).toList(), "sorted by child id");
        assertTrue(s.sample().get(0).missed(), "missed cases first");
        assertEquals(2, s.sample().size());
    }

    @Test
    void sample_isReproducibleForASeed() {
        CaseData data = SyntheticCounty.generate(3000, 3L, LocalDate.of(2026, 9, 30)).data();
        ReportingPeriod p = ReportingPeriod.parse("FFY2025");
        CaseSelection.Selection a = CaseSelection.select(data, IndicatorId.REUNIFICATION_12M_ENTRY, p, Level.COUNTY,
                "COUNTY", 5, 11);
        CaseSelection.Selection b = CaseSelection.select(data, IndicatorId.REUNIFICATION_12M_ENTRY, p, Level.COUNTY,
                "COUNTY", 5, 11);
        CaseSelection.Selection c = CaseSelection.select(data, IndicatorId.REUNIFICATION_12M_ENTRY, p, Level.COUNTY,
                "COUNTY", 5, 12);
        assertEquals(ids(a), ids(b));
        assertNotEquals(ids(a), ids(c));
        assertTrue(a.sample().stream().allMatch(CaseSelection.Case::missed));
    }

    @Test
    void lowerIsBetter_missedMeansInTheNumerator() {
        CaseData data = SyntheticCounty.generate(3000, 3L, LocalDate.of(2026, 9, 30)).data();
        ReportingPeriod p = ReportingPeriod.parse("FFY2025");
        CaseSelection.Selection s = CaseSelection.select(data, IndicatorId.CFSR4_REENTRY, p, Level.COUNTY, "COUNTY", 3, 1);
        s.candidates().forEach(c -> assertEquals(c.explanation().status() == Explanation.Status.IN_NUMERATOR, c.missed()));
    }

    private static List<String> ids(CaseSelection.Selection s) {
        return s.sample().stream().map(CaseSelection.Case::childId).toList();
    }
}
