package org.childstat.indicators.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.synthetic.SyntheticCounty;
import org.junit.jupiter.api.Test;

/**
 * {@link Indicators#explainChild}: one child in every indicator and period at once gives exactly
 * what {@link Indicators#explain} gives pair by pair (without the not-in-population reason).
 */
class ExplainChildTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 9, 30);

    @Test
    void everyPairAsExplainGivesIt() {
        CaseData data = SyntheticCounty.generate(600, 11L, AS_OF).data();
        List<ReportingPeriod> periods = List.of(ReportingPeriod.parse("FFY2024"), ReportingPeriod.parse("FFY2026"),
                ReportingPeriod.rolling(1, AS_OF).get(0));
        int counted = 0;
        int inHome = 0;
        for (int c = 0; c < data.childCount(); c += 7) {
            String child = data.childIds().get(c);
            List<Explanation> all = Indicators.explainChild(data, child, periods);
            assertEquals(IndicatorId.values().length * periods.size(), all.size());
            int i = 0;
            for (IndicatorId id : IndicatorId.values()) {
                for (ReportingPeriod p : periods) {
                    Explanation one = Indicators.explain(data, id, p, child).withReason(null);
                    assertEquals(one, all.get(i++), id + " " + p.label() + " " + child);
                    if (one.status() != Explanation.Status.NOT_IN_POPULATION) {
                        counted++;
                        inHome += id.name().startsWith("IN_HOME") ? 1 : 0;
                    }
                }
            }
        }
        assertTrue(counted > 200, "too few counts to compare: " + counted);
        assertTrue(inHome > 10, "too few in-home counts to compare: " + inHome);
    }

    /**
     * The worker an explanation names is the worker of the slot its count went to: an unassigned
     * worker has no unit. (Before this was fixed, a rate attributed EACH_DAY named the worker that
     * an earlier rule of the same episode had attributed, beside the unit of its own first slot.)
     */
    @Test
    void workerAndUnitAgree() {
        CaseData data = SyntheticCounty.generate(600, 11L, AS_OF).data();
        ReportingPeriod p = ReportingPeriod.parse("FFY2026");
        int assigned = 0;
        for (IndicatorId id : IndicatorId.values()) {
            for (Explanation e : Indicators.explainAll(data, id, p)) {
                if (e.workerId() != null) {
                    assertEquals(e.workerId().equals("UNASSIGNED"), e.unitId().equals("UNASSIGNED"), e.toString());
                    assigned += e.workerId().equals("UNASSIGNED") ? 0 : 1;
                }
            }
            for (int c = 0; c < data.childCount(); c += 5) {
                Explanation e = Indicators.explain(data, id, p, data.childIds().get(c));
                if (e.workerId() != null) {
                    assertEquals(e.workerId().equals("UNASSIGNED"), e.unitId().equals("UNASSIGNED"), e.toString());
                }
            }
        }
        assertTrue(assigned > 100, "too few attributed explanations: " + assigned);
    }

    @Test
    void unknownChildAndNoPeriodAreRefused() {
        CaseData data = SyntheticCounty.generate(20, 1L, AS_OF).data();
        assertThrows(IllegalArgumentException.class,
                () -> Indicators.explainChild(data, "NOPE", List.of(ReportingPeriod.parse("FFY2026"))));
        assertThrows(IllegalArgumentException.class,
                () -> Indicators.explainChild(data, data.childIds().get(0), List.of()));
    }
}
