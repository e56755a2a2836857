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
import org.childstat.indicators.cohort.WorkerExplanation;
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
import org.childstat.indicators.core.model.Episode;
import org.childstat.indicators.core.model.ExamType;
import org.childstat.indicators.core.model.HealthExam;
import org.childstat.indicators.core.model.InHomeCase;
import org.childstat.indicators.core.model.Meeting;
import org.childstat.indicators.core.model.MeetingType;
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
            shuffled(h.meetings(), seed).forEach(b::add); // the Tier II files, once the county writes them
            shuffled(h.healthExams(), seed).forEach(b::add);
        }
        if (!data.hasMeetings()) {
            b.withoutMeetings();
        }
        if (!data.hasHealthExams()) {
            b.withoutHealthExams();
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
            if (id.countsWorkers()) { // the denominator (and WORKER_TURNOVER's numerator) counts workers
                long workerNum = 0, workerDen = 0;
                for (WorkerExplanation w : Indicators.explainWorkers(data, id, period)) {
                    workerNum += w.numerator();
                    workerDen += w.denominator();
                }
                assertEquals(county.denominator() == null ? 0 : county.denominator().longValue(), workerDen,
                        id + " denominator: the workers' explanations");
                assertEquals(0, den, id + ": no child is in the denominator");
                if (id == IndicatorId.WORKER_TURNOVER) {
                    assertEquals(0, num, id + ": no child counts");
                    num = workerNum;
                } else {
                    assertEquals(0, workerNum, id + ": the numerator's children are explained child by child");
                }
            }
            if (county.numerator() != null && id.unit() != Unit.MEDIAN_DAYS) {
                assertEquals(county.numerator().longValue(), num, id + " numerator");
            }
            if (county.denominator() != null && !id.countsWorkers()) {
                assertEquals(county.denominator().longValue(), den, id + " denominator");
            }
        }
    }

    /**
     * The county with random meetings and exams around each child's removals and in-home openings
     * (and exams in the last years), so the Tier II rules meet every side of their windows, whatever
     * the synthetic county writes of meetings.csv and health_exams.csv.
     */
    static CaseData withTier2(CaseData data, long seed) {
        Random random = new Random(seed);
        CaseDataBuilder b = CaseData.builder().asOf(data.asOf());
        data.orgUnits().forEach(b::add);
        data.workerSpells().forEach(b::add);
        LocalDate asOf = data.asOf();
        for (ChildHistory h : data.histories().toList()) {
            String c = h.child().id();
            LocalDate born = h.child().birthDate();
            b.add(h.child());
            h.episodes().forEach(b::add);
            h.placements().forEach(b::add);
            h.reports().forEach(b::add);
            h.contacts().forEach(b::add);
            h.assignments().forEach(b::add);
            List<LocalDate> anchors = new ArrayList<>();
            h.episodes().stream().map(Episode::removalDate).forEach(anchors::add);
            h.inHomeCases().stream().map(InHomeCase::openDate).forEach(anchors::add);
            int m = 0;
            for (LocalDate a : anchors) {
                if (random.nextBoolean()) {
                    LocalDate day = clamp(a.plusDays(random.nextInt(42) - 35), born, asOf); // removal - 35 .. + 6
                    b.add(new Meeting(c + "-T" + ++m, c, day, random.nextInt(4) == 0 ? MeetingType.OTHER
                            : MeetingType.TDM, null));
                }
                if (random.nextBoolean()) {
                    b.add(new HealthExam(c, clamp(a.plusDays(random.nextInt(38) - 2), born, asOf), // - 2 .. + 35
                            ExamType.MH_SCREENING));
                }
            }
            for (int k = random.nextInt(4); k > 0; k--) {
                LocalDate day = clamp(asOf.minusDays(random.nextInt(3 * 365)), born, asOf);
                b.add(new HealthExam(c, day, random.nextBoolean() ? ExamType.MEDICAL : ExamType.DENTAL));
            }
        }
        for (String caseId : data.caseIds()) {
            data.inHomeCase(caseId).forEach(b::add);
        }
        return b.build();
    }

    private static LocalDate clamp(LocalDate day, LocalDate from, LocalDate to) {
        return day.isBefore(from) ? from : day.isAfter(to) ? to : day;
    }

    private static final List<IndicatorId> TIER2 = List.of(IndicatorId.TDM_AT_REMOVAL, IndicatorId.TIMELY_MEDICAL_EXAM,
            IndicatorId.TIMELY_DENTAL_EXAM, IndicatorId.MH_SCREENING_NEW_ENTRIES, IndicatorId.MH_SCREENING_NEW_IN_HOME);

    /** The Tier II rules with meetings and exams: split and merge, every level, explain totals. */
    @Property(tries = 6)
    void tier2_splitMergeLevelsAndExplain(@ForAll long seed, @ForAll @IntRange(min = 20, max = 200) int children,
                                          @ForAll @IntRange(min = 0, max = 100) int cutPercent) {
        CaseData data = withTier2(county(seed, children), seed);
        Engine engine = engine(data);
        int n = data.childCount(), cut = n * cutPercent / 100;
        SiblingGroups siblings = engine.siblings();
        Partial left = engine.runRange(0, cut, siblings);
        left.merge(engine.runRange(cut, n, siblings));
        engine.runTimeliness(left);
        engine.runWorkers(left);
        Partial whole = engine.run(1);
        assertEquals(engine.results(whole, Engine.allLevels()).rows(), engine.results(left, Engine.allLevels()).rows());
        assertEquals(engine.exclusions(whole), engine.exclusions(left));
        long members = 0;
        for (IndicatorId id : TIER2) {
            for (int p = 0; p < PERIODS.size(); p++) {
                long[][] county = engine.levelTotals(whole, id, p, Level.COUNTY);
                members += county[1][0];
                for (Level level : Level.values()) {
                    long[][] entities = engine.levelTotals(whole, id, p, level);
                    assertEquals(county[0][0], Arrays.stream(entities[0]).sum(), id + " numerator at " + level);
                    assertEquals(county[1][0], Arrays.stream(entities[1]).sum(), id + " denominator at " + level);
                    assertEquals(true, county[0][0] <= county[1][0], id + ": numerator within the denominator");
                }
            }
        }
        ReportingPeriod period = PERIODS.get(1);
        ResultTable results = Indicators.compute(data, List.of(period)).results();
        for (IndicatorId id : TIER2) {
            long num = 0, den = 0;
            for (String child : data.childIds()) {
                Explanation e = Indicators.explain(data, id, period, child, CalculationOptions.defaults());
                num += e.numerator();
                den += e.denominator();
            }
            IndicatorResult county = results.county(id, period);
            assertEquals(county.numerator().longValue(), num, id + " numerator");
            assertEquals(county.denominator().longValue(), den, id + " denominator");
        }
        assertEquals(true, members > 0 || children < 50, "the generated county has Tier II members");
    }
}
