package org.childstat.indicators.core.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The definitions: named fields, checked values, and the built-in ones as the spec states them. */
class IndicatorDefinitionTest {
    private static final ReportingPeriod FFY2024 = ReportingPeriod.parse("FFY2024");

    private static IndicatorDefinition.Builder valid() {
        return IndicatorDefinition.builder("REUNIFICATION_6M_ENTRY").title("Reunification within 6 months")
                .population("children entering care; outcome: reunification within 6 months").unit(Unit.PERCENT)
                .direction(Direction.HIGHER_IS_BETTER).family(PopulationFamily.ENTRY_COHORT).domain(Domain.PERMANENCY)
                .attribution(AttributionRule.LONGEST_IN_WINDOW);
    }

    @Test
    void builder_namedFields_andDefaults() {
        IndicatorDefinition d = valid().build();
        assertEquals("REUNIFICATION_6M_ENTRY", d.id());
        assertEquals(1, d.scale());
        assertEquals(List.of(), d.exclusions());
        assertEquals(FollowUp.none(), d.followUp());
        assertEquals(OptionalDouble.empty(), d.nationalPerformance());
        assertEquals(Needs.NOTHING, d.needs());
        assertEquals("children", d.countedIn());
    }

    @Test
    void build_namesTheFirstMissingField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IndicatorDefinition.builder("X1").title("t").population("p").unit(Unit.PERCENT).build());
        assertEquals("indicator X1 has no direction; call direction(...) before build()", e.getMessage());
    }

    @Test
    void checks_idScaleTextAndExclusions() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> valid().build().toBuilder("lower_case").build())
                .getMessage().contains("'lower_case' is not valid"));
        assertThrows(IllegalArgumentException.class, () -> valid().build().toBuilder("A".repeat(65)).build());
        valid().build().toBuilder("A".repeat(64)).build(); // the longest id
        assertTrue(assertThrows(IllegalArgumentException.class, () -> valid().scale(1000).build()).getMessage()
                .contains("every other unit's is 1"));
        valid().unit(Unit.RATE).scale(1000).build();
        assertThrows(IllegalArgumentException.class, () -> valid().unit(Unit.RATE).scale(0).build());
        assertThrows(IllegalArgumentException.class, () -> valid().title("two\nlines").build());
        assertThrows(IllegalArgumentException.class, () -> valid().population("  ").build());
        assertThrows(IllegalArgumentException.class, () -> valid().exclusions(ExclusionReason.AGE_18_PLUS,
                ExclusionReason.AGE_18_PLUS).build());
        assertThrows(IllegalArgumentException.class, () -> valid().nationalPerformance(Double.NaN).build());
        assertThrows(IllegalArgumentException.class, () -> valid().unit(Unit.RATE).family(PopulationFamily.REFERRALS)
                .build());
    }

    @Test
    void checks_theWorkforceFamilies_ratioAttributionAndStandard() {
        IndicatorDefinition caseload = IndicatorId.CASELOAD.definition();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> valid().unit(Unit.RATIO).build()).getMessage()
                .contains("a ratio is children per worker"));
        assertThrows(IllegalArgumentException.class, () -> caseload.toBuilder("C2").unit(Unit.PERCENT).build());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> caseload.toBuilder("C2")
                .attribution(AttributionRule.ON_DATE).build()).getMessage().contains("WORKER_SPELL"));
        assertThrows(IllegalArgumentException.class, () -> valid().attribution(AttributionRule.WORKER_SPELL).build());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> IndicatorId.WORKER_TURNOVER.definition()
                .toBuilder("T2").nationalPerformance(10).build()).getMessage().contains("no standard"));
        caseload.toBuilder("C2").build(); // as built in
    }

    @Test
    void builtIn_workforce_countedInWorkers_contextAndRows() {
        for (IndicatorId id : IndicatorId.values()) {
            boolean workforce = id == IndicatorId.CASELOAD || id == IndicatorId.WORKER_TURNOVER
                    || id == IndicatorId.CASEWORKER_CONTINUITY;
            assertEquals(workforce, id.context(), id.id());
            assertEquals(id == IndicatorId.CASELOAD || id == IndicatorId.WORKER_TURNOVER, id.countsWorkers(), id.id());
            assertEquals(id != IndicatorId.WORKER_TURNOVER, id.hasWorkerRows(), id.id());
        }
        assertEquals("workers", IndicatorId.CASELOAD.countedIn());
        assertEquals("workers", IndicatorId.WORKER_TURNOVER.countedIn());
        assertEquals("children", IndicatorId.CASEWORKER_CONTINUITY.countedIn());
    }

    @Test
    void toBuilder_copiesEveryFieldUnderTheNewId() {
        IndicatorDefinition p1 = IndicatorId.CFSR4_P1.definition();
        IndicatorDefinition copy = p1.toBuilder("MY_P1").build();
        assertEquals("MY_P1", copy.id());
        assertEquals(new IndicatorDefinition("CFSR4_P1", copy.title(), copy.population(), copy.unit(), copy.scale(),
                copy.direction(), copy.family(), copy.domain(), copy.exclusions(), copy.followUp(), copy.attribution(),
                copy.nationalPerformance(), copy.needs()), p1);
    }

    /** docs/input-files.md, follow-up: "within 12 months" ends the day before e + 12 months; "within 30 days" on e + 30. */
    @Test
    void followUp_lastDay_monthsAndDays() {
        assertEquals(LocalDate.parse("2025-09-29"), FollowUp.months(12).lastDay(FFY2024));
        assertEquals(LocalDate.parse("2024-10-30"), FollowUp.days(30).lastDay(FFY2024));
        assertEquals(LocalDate.parse("2024-09-30"), FollowUp.none().lastDay(FFY2024));
        // the end of February: plusMonths clamps, then the day before
        ReportingPeriod feb = new ReportingPeriod("X", LocalDate.parse("2023-03-01"), LocalDate.parse("2024-02-29"));
        assertEquals(LocalDate.parse("2025-02-27"), FollowUp.months(12).lastDay(feb));
        assertThrows(IllegalArgumentException.class, () -> new FollowUp(1, 1));
        assertThrows(IllegalArgumentException.class, () -> FollowUp.months(0));
        assertThrows(IllegalArgumentException.class, () -> FollowUp.days(-1));
    }

    /**
     * The follow-ups docs/indicators.md, docs/in-home.md and docs/tier2.md state: 12 months for the
     * six 12-month outcomes, 30 days for timeliness and the two screenings, 3 days for the TDM.
     */
    @Test
    void builtIn_followUps() {
        Set<IndicatorId> twelve = EnumSet.of(IndicatorId.CFSR4_P1, IndicatorId.CFSR4_REENTRY, IndicatorId.CFSR4_RECURRENCE,
                IndicatorId.REUNIFICATION_12M_ENTRY, IndicatorId.REENTRY_12M_AFTER_REUNIFICATION,
                IndicatorId.IN_HOME_ENTRY_TO_CARE);
        Set<IndicatorId> thirty = EnumSet.of(IndicatorId.TIMELY_RESPONSE_IMMEDIATE, IndicatorId.TIMELY_RESPONSE_FIVE_DAY,
                IndicatorId.TIMELY_DISPOSITION_30D, IndicatorId.MH_SCREENING_NEW_ENTRIES,
                IndicatorId.MH_SCREENING_NEW_IN_HOME);
        for (IndicatorId id : IndicatorId.values()) {
            FollowUp expected = twelve.contains(id) ? FollowUp.months(12) : thirty.contains(id) ? FollowUp.days(30)
                    : id == IndicatorId.TDM_AT_REMOVAL ? FollowUp.days(3) : FollowUp.none();
            assertEquals(expected, id.definition().followUp(), id.name());
            assertEquals(expected.lastDay(FFY2024), id.followUpEnd(FFY2024), id.name());
        }
    }

    @Test
    void builtIn_definitionsCarryTheirIds_andTheRatesTheirScales() {
        for (IndicatorId id : IndicatorId.values()) {
            assertEquals(id.name(), id.definition().id());
            assertEquals(id.name(), id.id());
            assertSame(id.definition(), id.definition(), "made once");
        }
        assertEquals(1_000, IndicatorId.CFSR4_PLACEMENT_STABILITY.scale());
        assertEquals(100_000, IndicatorId.CFSR4_MALTREATMENT_IN_CARE.scale());
        assertEquals("days in care", IndicatorId.CFSR4_MALTREATMENT_IN_CARE.countedIn());
        assertEquals("removals", IndicatorId.FOSTER_CARE_ENTRIES.countedIn());
        assertEquals("referrals", IndicatorId.TIMELY_DISPOSITION_30D.countedIn());
        assertEquals("child-months", IndicatorId.MONTHLY_CASEWORKER_VISITS.countedIn());
        assertEquals("children", IndicatorId.MEDIAN_DAYS_IN_CARE.countedIn());
        assertEquals(List.of(ExclusionReason.UNBORN, ExclusionReason.AGE_18_PLUS, ExclusionReason.FIRST_REPORT_FATAL),
                IndicatorId.CFSR4_RECURRENCE.exclusions(), "docs/indicators.md, CFSR4_RECURRENCE, in order");
    }
}
