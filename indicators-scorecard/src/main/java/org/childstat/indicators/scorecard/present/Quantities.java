package org.childstat.indicators.scorecard.present;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.childstat.indicators.cohort.CalculationOptions;
import org.childstat.indicators.cohort.Explanation;
import org.childstat.indicators.cohort.Indicators;
import org.childstat.indicators.core.indicator.Indicator;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.indicator.ResultTable;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.Level;
import org.childstat.indicators.core.model.OrgUnit;

/**
 * The quantitative data of a case presentation: for each child and indicator, the latest of the
 * 24 rolling 12-month periods ending on or before the as-of date (those of {@code childstat run})
 * in which the child counts, its explanation there, and its office's and the county's results
 * in that period. Stateless.
 */
final class Quantities {
    /** The periods searched, as {@code run --periods rolling:24}. */
    static final int PERIODS = 24;

    private Quantities() {
    }

    /**
     * The counts of these children, child by child, each in {@code IndicatorId} order; an
     * indicator in which a child counts in no period, either now or on the update's date, is left out.
     *
     * @param data     the extract as of the as-of date
     * @param before   the extract as of the update's date, or null
     * @param children the children
     */
    static List<Quantity> of(CaseData data, CaseData before, List<String> children) {
        Map<String, Quantity.Count> now = counts(data, children);
        Map<String, Quantity.Count> then = before == null ? Map.of() : counts(before, children);
        List<Quantity> out = new ArrayList<>();
        for (String child : children) {
            for (IndicatorId id : IndicatorId.values()) {
                String key = child + '\u0000' + id.id();
                Quantity.Count n = now.get(key), b = then.get(key);
                if (n != null || b != null) {
                    out.add(new Quantity(child, id, n, b));
                }
            }
        }
        return out;
    }

    /** Each child's latest counting period per indicator, keyed by child and indicator id. */
    private static Map<String, Quantity.Count> counts(CaseData data, List<String> children) {
        List<ReportingPeriod> periods = ReportingPeriod.rolling(PERIODS, data.asOf());
        Map<String, Explanation> chosen = new LinkedHashMap<>();
        for (String child : children) {
            Map<Indicator, Explanation> best = new LinkedHashMap<>();
            for (Explanation e : Indicators.explainChild(data, child, periods)) {
                Explanation b = best.get(e.indicator());
                if (rank(e) > 0 && (b == null || rank(e) > rank(b)
                        || rank(e) == rank(b) && e.period().compareTo(b.period()) > 0)) {
                    best.put(e.indicator(), e);
                }
            }
            best.forEach((id, e) -> chosen.put(child + '\u0000' + id.id(), e));
        }
        if (chosen.isEmpty()) {
            return Map.of();
        }
        Set<Indicator> ids = new LinkedHashSet<>();
        Set<ReportingPeriod> used = new LinkedHashSet<>();
        chosen.values().forEach(e -> {
            ids.add(e.indicator());
            used.add(e.period());
        });
        List<ReportingPeriod> needed = periods.stream().filter(used::contains).toList();
        ResultTable results = Indicators.compute(data, needed, CalculationOptions.defaults().withIndicators(ids)
                .withLevels(Set.of(Level.OFFICE))).results();
        Map<String, String> officeOf = new HashMap<>();
        for (OrgUnit u : data.orgUnits()) {
            officeOf.put(u.unitId(), u.officeId());
        }
        Map<String, Quantity.Count> out = new HashMap<>();
        chosen.forEach((key, e) -> {
            String office = e.unitId() == null ? null : officeOf.get(e.unitId());
            out.put(key, new Quantity.Count(e.period(), e, office,
                    office == null ? null : results.get(e.indicator(), e.period(), Level.OFFICE, office).orElse(null),
                    results.county(e.indicator(), e.period())));
        });
        return out;
    }

    /** A member of the population ranks above an excluded child; not in the population: 0. */
    private static int rank(Explanation e) {
        return switch (e.status()) {
            case IN_NUMERATOR, IN_DENOMINATOR_ONLY -> 2;
            case EXCLUDED -> 1;
            case NOT_IN_POPULATION -> 0;
        };
    }
}
