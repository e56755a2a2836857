package org.childstat.indicators.cohort.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.childstat.indicators.cohort.CalculationOptions;
import org.childstat.indicators.cohort.Explanation;
import org.childstat.indicators.cohort.Indicators;
import org.childstat.indicators.core.indicator.AttributionRule;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.IndicatorResult;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.indicator.ResultTable;
import org.childstat.indicators.core.indicator.Unit;
import org.childstat.indicators.core.internal.StoreAccess;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.CaseDataBuilder;
import org.childstat.indicators.core.model.ChildHistory;
import org.childstat.indicators.core.model.Level;
import org.childstat.indicators.core.synthetic.SyntheticCounty;

/** The engine's invariants on generated counties (issue 4): order, split and merge, levels, explain. */
class EngineProperties {
    static final LocalDate AS_OF = LocalDate.of(2026, 9, 30);
    static final List<ReportingPeriod> PERIODS = List.of(ReportingPeriod.parse("FFY2024"),
            ReportingPeriod.parse("FFY2025"), ReportingPeriod.parse("R12M-2026-06"));

    static CaseData county(long seed, int children) {
        return SyntheticCounty.generate(children, seed, AS_OF).data();
    }

    static Engine engine(CaseData data) {
        return new Engine(StoreAccess.store(data), PERIODS, EnumSet.allOf(IndicatorId.class),
                new RuleOptions(false, false, Arrays.stream(IndicatorId.values()).map(IndicatorId::defaultAttribution)
                        .toArray(AttributionRule[]::new), CustomRule.Set.NONE));
    }

    @Property(tries = 12)
    void inputOrder_doesNotMatter(@ForAll long seed, @ForAll @IntRange(min = 20, max = 400) int children) {
        CaseData data = county(seed, children);
        List<ChildHistory> histories = new ArrayList<>(data.histories().toList());
        Collections.shuffle(histories, new Random(seed));
        CaseDataBuilder b = CaseData.builder().asOf(data.asOf());
        data.orgUnits().forEach(b::add);
        data.workerSpells().forEach(b::add);
        for (ChildHistory h : histories) {
            b.add(h.child());
            shuffled(h.episodes(), seed).forEach(b::add);
            shuffled(h.placements(), seed).forEach(b::add);
            shuffled(h.reports(), seed).forEach(b::add);
            shuffled(h.contacts(), seed).forEach(b::add);
            shuffled(h.assignments(), seed).forEach(b::add);
        }
        // in-home rows: cases in another order, each case's rows kept in theirs, since its first row
        // (lowest line) is the one its attribution reads
        for (String caseId : shuffled(data.caseIds(), seed)) {
            data.inHomeCase(caseId).forEach(b::add);
        }
        CaseData reordered = b.build();
        assertEquals(0, reordered.dataQuality().rowsSetAside());
        assertEquals(Indicators.compute(data, PERIODS).results().rows(),
                Indicators.compute(reordered, PERIODS).results().rows());
    }

    private static <T> List<T> shuffled(List<T> rows, long seed) {
        List<T> copy = new ArrayList<>(rows);
        Collections.shuffle(copy, new Random(seed ^ rows.size()));
        return copy;
    }

    @Property(tries = 15)
    void splittingTheChildrenAndMerging_equalsTheWhole(@ForAll long seed,
                                                       @ForAll @IntRange(min = 1, max = 600) int children,
                                                       @ForAll @IntRange(min = 0, max = 100) int cutPercent) throws Exception {
        CaseData data = county(seed, children);
        Engine engine = engine(data);
        int n = data.childCount(), cut = n * cutPercent / 100;
        SiblingGroups siblings = engine.siblings();
        Partial left = engine.runRange(0, cut, siblings);
        Partial right = roundTrip(engine.runRange(cut, n, siblings)); // a partial survives serialisation
        left.merge(right);
        engine.runTimeliness(left);
        engine.runWorkers(left);
        List<IndicatorResult> whole = engine.results(engine.run(1), Engine.allLevels()).rows();
        assertEquals(whole, engine.results(left, Engine.allLevels()).rows());
        assertEquals(whole, engine.results(engine.run(2), Engine.allLevels()).rows());
        assertEquals(engine.exclusions(engine.run(1)), engine.exclusions(left));
    }

    private static Partial roundTrip(Partial p) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(p);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (Partial) in.readObject();
        }
    }

    @Property(tries = 15)
    void everyLevelAddsUpToTheCounty(@ForAll long seed, @ForAll @IntRange(min = 1, max = 800) int children) {
        CaseData data = county(seed, children);
        Engine engine = engine(data);
        Partial total = engine.run(2);
        for (IndicatorId id : IndicatorId.values()) {
            for (int p = 0; p < PERIODS.size(); p++) {
                long[][] county = engine.levelTotals(total, id, p, Level.COUNTY);
                for (Level level : Level.values()) {
                    long[][] entities = engine.levelTotals(total, id, p, level);
                    assertEquals(county[0][0], Arrays.stream(entities[0]).sum(), id + " numerator at " + level);
                    assertEquals(county[1][0], Arrays.stream(entities[1]).sum(), id + " denominator at " + level);
                }
            }
        }
    }

    @Property(tries = 4)
    void explainSummedOverChildren_equalsTheCountyCounts(@ForAll long seed,
                                                          @ForAll @IntRange(min = 20, max = 150) int children) {
        CaseData data = county(seed, children);
        ReportingPeriod period = PERIODS.get(1);
        ResultTable results = Indicators.compute(data, List.of(period)).results();
        for (IndicatorId id : IndicatorId.values()) {
            long num = 0, den = 0;
            for (String child : data.childIds()) {
                Explanation e = Indicators.explain(data, id, period, child, CalculationOptions.defaults());
                num += e.numerator();
                den += e.denominator();
            }
            IndicatorResult county = results.county(id, period);
            if (id == IndicatorId.WORKER_TURNOVER) { // counts workers: no child is in its population
                assertEquals(0, num + den, id + ": no child counts");
                continue;
            }
            if (county.numerator() != null && id.unit() != Unit.MEDIAN_DAYS) {
                assertEquals(county.numerator().longValue(), num, id + " numerator");
            }
            if (county.denominator() != null && !id.countsWorkers()) { // CASELOAD's denominator: workers
                assertEquals(county.denominator().longValue(), den, id + " denominator");
            }
        }
    }
}
