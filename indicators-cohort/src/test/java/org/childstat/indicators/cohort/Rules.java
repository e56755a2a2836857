package org.childstat.indicators.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.IndicatorResult;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.CaseDataBuilder;

/** Shared helpers of the rule tests: one child's history, explained, in FFY2024. */
final class Rules {
    /** FFY2024 = 2023-10-01 .. 2024-09-30 (docs/input-files.md, Periods and their labels). */
    static final ReportingPeriod FFY2024 = ReportingPeriod.parse("FFY2024");
    static final String AS_OF = "2025-12-31";

    private Rules() {
    }

    static CaseDataBuilder extract() {
        return CaseData.builder().asOf(AS_OF).unit("U1", "O1", "B1").unit("U2", "O2", "B1")
                .worker("W1", "U1").worker("W2", "U1").worker("W3", "U2");
    }

    static Explanation explain(CaseData data, IndicatorId id) {
        return explain(data, id, "C1", FFY2024);
    }

    static Explanation explain(CaseData data, IndicatorId id, String child, ReportingPeriod period) {
        Explanation e = Indicators.explain(data, id, period, child);
        // every explanation must agree with the county tallies of a full calculation
        if (data.childCount() == 1) {
            IndicatorResult county = Indicators.compute(data, List.of(period),
                    CalculationOptions.defaults().withIndicators(java.util.Set.of(id))).results().county(id, period);
            if (county.numerator() != null && id.unit() != org.childstat.indicators.core.indicator.Unit.MEDIAN_DAYS
                    && id != IndicatorId.WORKER_TURNOVER) {
                assertEquals(county.numerator().longValue(), e.numerator(), "numerator of " + e);
            }
            if (county.denominator() != null && !id.countsWorkers()) { // CASELOAD counts workers there
                assertEquals(county.denominator().longValue(), e.denominator(), "denominator of " + e);
            }
        }
        return e;
    }

    /** A custom indicator's explanation, checked against the county tallies like {@link #explain}. */
    static Explanation explainCustom(CaseData data, CustomIndicator id) {
        Explanation e = Indicators.explain(data, id, FFY2024, "C1");
        IndicatorResult county = Indicators.compute(data, List.of(FFY2024),
                CalculationOptions.defaults().withIndicators(java.util.Set.of(id))).results().county(id, FFY2024);
        assertEquals(county.numerator() == null ? 0 : county.numerator().longValue(), e.numerator(), "numerator of " + e);
        assertEquals(county.denominator() == null ? 0 : county.denominator().longValue(), e.denominator(),
                "denominator of " + e);
        return e;
    }

    static Explanation.Status status(CaseData data, IndicatorId id) {
        return explain(data, id).status();
    }

    static IndicatorResult county(CaseData data, IndicatorId id) {
        return county(data, id, FFY2024);
    }

    static IndicatorResult county(CaseData data, IndicatorId id, ReportingPeriod period) {
        return Indicators.compute(data, List.of(period)).results().county(id, period);
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }
}
