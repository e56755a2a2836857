package org.childstat.indicators.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.childstat.indicators.core.indicator.AttributionRule;
import org.childstat.indicators.core.indicator.Direction;
import org.childstat.indicators.core.indicator.Domain;
import org.childstat.indicators.core.indicator.ExclusionReason;
import org.childstat.indicators.core.indicator.Indicator;
import org.childstat.indicators.core.indicator.IndicatorDefinition;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.IndicatorResult;
import org.childstat.indicators.core.indicator.PopulationFamily;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.indicator.ResultStatus;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.DischargeReason;
import org.childstat.indicators.core.synthetic.SyntheticCounty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Custom indicators (docs/custom-indicators.md): a built-in indicator restated through the public
 * API gets from the engine the same results, cell for cell, as the built-in one, on the synthetic
 * county, with its exclusions and explanations.
 */
class CustomIndicatorTest {
    /** An extract date that leaves the last periods' 12-month follow-up running (INCOMPLETE results). */
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    static final CaseData COUNTY = SyntheticCounty.generate(3_000, 11L, AS_OF).data();
    static final List<ReportingPeriod> PERIODS = ReportingPeriod.rolling(24, AS_OF);

    /** Every result of the custom indicator equals the built-in one's, level by level and entity by entity. */
    private static void sameAsBuiltIn(IndicatorId builtIn, CustomIndicator custom) {
        Calculation c = Indicators.compute(COUNTY, PERIODS, CalculationOptions.defaults()
                .withIndicators(Set.of(builtIn, custom)));
        List<String> expected = rows(c, builtIn), actual = rows(c, custom);
        assertTrue(expected.size() > 24 * 5, "many rows: " + expected.size());
        boolean incomplete = c.results().rows().stream().anyMatch(r -> r.indicator() == builtIn
                && r.status() == ResultStatus.INCOMPLETE);
        assertEquals(builtIn.followUpEnd(PERIODS.get(23)).isAfter(AS_OF), incomplete, "INCOMPLETE while follow-up runs");
        assertEquals(expected, actual);
        assertEquals(exclusions(c, builtIn), exclusions(c, custom));
    }

    private static List<String> rows(Calculation c, Indicator id) {
        List<String> out = new ArrayList<>();
        for (IndicatorResult r : c.results().rows()) {
            if (r.indicator() == id) {
                out.add(String.join("|", r.period().label(), r.level().name(), r.entityId(), String.valueOf(r.numerator()),
                        String.valueOf(r.denominator()), String.valueOf(r.value()), String.valueOf(r.lower95()),
                        String.valueOf(r.upper95()), r.status().name(), String.join(";", r.notes())));
            }
        }
        return out;
    }

    private static Map<String, Long> exclusions(Calculation c, Indicator id) {
        return c.exclusions().stream().filter(e -> e.indicator() == id).collect(Collectors.toMap(
                e -> e.period().label() + " " + e.reason(), ExclusionCount::count));
    }

    @Test
    void reunification12mEntry_asCustom_equalsTheBuiltIn_cellForCell() {
        sameAsBuiltIn(IndicatorId.REUNIFICATION_12M_ENTRY, CustomIndicators.reunification12mEntry());
    }

    @Test
    void reunification12mExit_asCustom_equalsTheBuiltIn_cellForCell() {
        sameAsBuiltIn(IndicatorId.REUNIFICATION_12M_EXIT, CustomIndicators.reunification12mExit());
    }

    @Test
    void p3_asCustom_equalsTheBuiltIn_cellForCell() {
        sameAsBuiltIn(IndicatorId.CFSR4_P3, CustomIndicators.p3());
    }

    @Test
    void placementWithRelatives_asCustom_equalsTheBuiltIn_cellForCell() {
        sameAsBuiltIn(IndicatorId.PLACEMENT_WITH_RELATIVES, CustomIndicators.withRelatives());
    }

    /** explain: every child of the population explained alike, status, exclusion, attribution and dates. */
    @Test
    void explainAll_asCustom_equalsTheBuiltIn() {
        ReportingPeriod period = PERIODS.get(12);
        CustomIndicator custom = CustomIndicators.reunification12mEntry();
        Function<Explanation, String> key = e -> String.join("|", e.childId(), e.status().name(),
                String.valueOf(e.exclusion()), String.valueOf(e.workerId()), String.valueOf(e.unitId()),
                String.valueOf(e.numerator()), String.valueOf(e.denominator()), String.valueOf(e.dates().get("attribution")),
                String.valueOf(e.dates().get("removal")), String.valueOf(e.episodeId()));
        List<String> builtIn = Indicators.explainAll(COUNTY, IndicatorId.REUNIFICATION_12M_ENTRY, period).stream()
                .map(key).toList();
        List<String> mine = Indicators.explainAll(COUNTY, custom, period).stream().map(key).toList();
        assertTrue(builtIn.size() > 50, "a real population: " + builtIn.size());
        assertEquals(builtIn, mine);
        String child = builtIn.get(0).split("\\|")[0];
        Explanation one = Indicators.explain(COUNTY, custom, period, child);
        assertEquals(custom, one.indicator());
        assertTrue(one.toString().contains("MY_REUNIFICATION_12M_ENTRY"), one.toString());
    }

    /** The worked example of docs/custom-indicators.md runs beside every built-in indicator. */
    @Test
    void workedExample_reunifiedWithin6Months_besideTheBuiltIns() {
        CustomIndicator six = CustomIndicators.reunification6mEntry();
        Calculation c = Indicators.compute(COUNTY, PERIODS, CalculationOptions.defaults().withIndicator(six));
        ReportingPeriod p = PERIODS.get(11);
        IndicatorResult within6 = c.results().county(six, p), within12 = c.results().county(
                IndicatorId.REUNIFICATION_12M_ENTRY, p);
        assertTrue(within6.numerator() <= within12.numerator(), "6 months is within 12: " + within6 + " " + within12);
        assertTrue(within6.denominator() >= within12.denominator(), "no MISSING_DISCHARGE_REASON exclusion in the 6-month one");
        assertTrue(within6.numerator() > 0);
        assertEquals(IndicatorId.values().length + 1, c.results().indicators().size());
        // the 6-month follow-up: a period ending 2025-01-31 is complete on 2025-06-30 (last day 2025-07-30? no: 2025-07-30)
        assertEquals(LocalDate.of(2025, 7, 30), six.followUpEnd(ReportingPeriod.rollingEnding(java.time.YearMonth.of(2025, 1))));
    }

    // edges of the ENTRY_COHORT family's walk and the custom rules (docs/indicators.md, CFSR4_P1's population)
    @ParameterizedTest
    @CsvSource({
            "2023-09-30, NOT_IN_POPULATION", // the day before the period
            "2023-10-01, IN_NUMERATOR",      // the first day
            "2024-09-30, IN_NUMERATOR",      // the last day
            "2024-10-01, NOT_IN_POPULATION"  // the day after
    })
    void entryCohort_removalAtThePeriodsEdges(String removal, Explanation.Status expected) {
        LocalDate r = LocalDate.parse(removal);
        CaseData data = Rules.extract().child("C1").born("2015-01-01").removed(r).assignedTo("W1")
                .discharged(r.plusDays(30), DischargeReason.REUNIFICATION).build();
        assertEquals(expected, Rules.explainCustom(data, CustomIndicators.reunification6mEntry()).status());
    }

    @ParameterizedTest
    @CsvSource({
            "2024-04-30, IN_NUMERATOR",       // the day before removal + 6 months (2024-05-01)
            "2024-05-01, IN_DENOMINATOR_ONLY", // the day of: not within 6 months
            "2023-11-07, EXCLUDED",           // stay of 6 days
            "2023-11-08, EXCLUDED",           // 7 days
            "2023-11-09, IN_NUMERATOR"        // 8 days: kept
    })
    void outcomeAndExclusion_edges(String discharge, Explanation.Status expected) {
        CaseData data = Rules.extract().child("C1").born("2015-01-01").removed("2023-11-01").assignedTo("W1")
                .discharged(discharge, DischargeReason.REUNIFICATION).build();
        Explanation e = Rules.explainCustom(data, CustomIndicators.reunification6mEntry());
        assertEquals(expected, e.status());
        if (expected == Explanation.Status.EXCLUDED) {
            assertEquals(ExclusionReason.STAY_UNDER_8_DAYS, e.exclusion());
        }
    }

    @Test
    void where_narrowsThePopulation_andExplainSaysSo() {
        CaseData data = Rules.extract().child("C1").born("2015-01-01").removed("2023-11-01").assignedTo("W1")
                .discharged("2023-12-01", DischargeReason.REUNIFICATION).build();
        CustomIndicator girlsOnly = CustomIndicator.builder("NARROWED").title("t").population("p")
                .family(PopulationFamily.ENTRY_COHORT).domain(Domain.PERMANENCY).direction(Direction.HIGHER_IS_BETTER)
                .attribution(AttributionRule.ON_DATE).where(m -> m.removalDate().getMonthValue() == 12)
                .outcome(m -> true).build();
        Explanation e = Indicators.explain(data, girlsOnly, Rules.FFY2024, "C1");
        assertEquals(Explanation.Status.NOT_IN_POPULATION, e.status());
        assertTrue(e.reason().contains("own population condition"), e.reason());
    }

    @Test
    void builder_refusesWhatTheEngineCannotCompute() {
        CustomIndicator.Builder b = CustomIndicator.builder("X").title("t").population("p")
                .family(PopulationFamily.ENTRY_COHORT).domain(Domain.PERMANENCY).direction(Direction.HIGHER_IS_BETTER)
                .attribution(AttributionRule.ON_DATE);
        assertTrue(assertThrows(IllegalArgumentException.class, b::build).getMessage().contains("has no outcome"));
        b.outcome(m -> true);
        b.build();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CustomIndicator.builder("CFSR4_P1").title("t")
                .population("p").family(PopulationFamily.ENTRY_COHORT).domain(Domain.PERMANENCY)
                .direction(Direction.HIGHER_IS_BETTER).attribution(AttributionRule.ON_DATE).outcome(m -> true).build())
                .getMessage().contains("built-in"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> b.family(PopulationFamily.REFERRALS).build())
                .getMessage().contains("not open to them yet"));
        b.family(PopulationFamily.ENTRY_COHORT);
        assertThrows(IllegalArgumentException.class, () -> b.attribution(AttributionRule.EACH_DAY).build());
        b.attribution(AttributionRule.ON_DATE);
        assertThrows(IllegalArgumentException.class, () -> b.exits(DischargeReason.ADOPTION).build());
    }

    @Test
    void options_refuseTwoIndicatorsWithOneId_andForeignImplementations() {
        CustomIndicator a = CustomIndicators.reunification6mEntry(), b = CustomIndicators.reunification6mEntry();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CalculationOptions.defaults().withIndicator(a)
                .withIndicator(b)).getMessage().contains("two indicators have the id REUNIFICATION_6M_ENTRY"));
        IndicatorDefinition d = IndicatorId.CFSR4_P1.definition().toBuilder("FOREIGN").build();
        Indicator foreign = new Indicator() {
            @Override
            public String id() {
                return "FOREIGN";
            }

            @Override
            public IndicatorDefinition definition() {
                return d;
            }
        };
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CalculationOptions.defaults().withIndicator(foreign))
                .getMessage().contains("the engine has rules only for IndicatorId and CustomIndicator"));
        assertEquals(List.of(a), CalculationOptions.defaults().withIndicators(Set.of(a)).indicators().stream().toList());
    }
}
