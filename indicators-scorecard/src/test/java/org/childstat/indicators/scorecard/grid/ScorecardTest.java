package org.childstat.indicators.scorecard.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.childstat.indicators.cohort.Indicators;
import org.childstat.indicators.core.indicator.Indicator;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.IndicatorResult;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.indicator.ResultStatus;
import org.childstat.indicators.core.indicator.ResultTable;
import org.childstat.indicators.core.io.CaseDataReader;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.Level;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scorecard grid and page (docs/scorecard.md) on the worked example. */
class ScorecardTest {
    static final ReportingPeriod FFY2024 = ReportingPeriod.parse("FFY2024");
    static CaseData data;
    static ResultTable results;
    static Scorecard card;

    @TempDir
    Path dir;

    @BeforeAll
    static void build() {
        data = CaseDataReader.read(Path.of("../indicators-cohort/src/test/resources/worked-example"));
        results = Indicators.compute(data, List.of(FFY2024)).results();
        card = Scorecard.of(results, VariationTable.of(results), FFY2024, data.orgUnits(), data.workerSpells(),
                Scorecard.NATIONAL_PERFORMANCE);
    }

    private static Scorecard.Cell cell(Level level, String id, Indicator indicator) {
        Scorecard.Row row = card.rows().stream().filter(r -> r.level() == level && r.entityId().equals(id)).findFirst()
                .orElseThrow();
        return row.cells().get(card.columns().indexOf(indicator));
    }

    @Test
    void rows_everyLevelLinkedToItsParent() {
        assertEquals(Level.COUNTY, card.rows().get(0).level());
        assertEquals(List.of("B1", "UNASSIGNED"), card.children(Level.COUNTY, "COUNTY").stream().map(Scorecard.Row::entityId)
                .toList());
        assertEquals(List.of("O1", "O2"), card.children(Level.BUREAU, "B1").stream().map(Scorecard.Row::entityId).toList());
        assertEquals(List.of("U1"), card.children(Level.OFFICE, "O1").stream().map(Scorecard.Row::entityId).toList());
        // W4 moved from U1 to U2 on 2024-04-01: its latest spell puts it under U2
        assertTrue(card.children(Level.UNIT, "U2").stream().anyMatch(r -> r.entityId().equals("W4")));
        assertEquals(card.columns().size(), card.rows().get(0).cells().size());
    }

    @Test
    void cells_coloredAgainstTheNationalStandardWithFlags() {
        // P1 county: 6 of 11 = 54.5% against national performance 35.2% (higher is better): green, "+"
        Scorecard.Cell p1 = cell(Level.COUNTY, "COUNTY", IndicatorId.CFSR4_P1);
        assertEquals(Scorecard.Colour.GREEN, p1.colour());
        assertEquals('+', p1.flag());
        assertEquals("54.5%", p1.text());
        // re-entry county: 1 of 9 = 11.1% against 5.6% (lower is better), the interval (2.0 to 43.5) holds 5.6: yellow
        Scorecard.Cell reentry = cell(Level.COUNTY, "COUNTY", IndicatorId.CFSR4_REENTRY);
        assertEquals(Scorecard.Colour.YELLOW, reentry.colour());
        assertEquals('~', reentry.flag());
    }

    @Test
    void cells_suppressedShowNLessThan5_andMissingOnesAreNotApplicable() {
        IndicatorResult suppressed = results.stream().filter(r -> r.period().equals(FFY2024)
                && r.status() == ResultStatus.SUPPRESSED && card.columns().contains(r.indicator())).findFirst()
                .orElseThrow();
        Scorecard.Cell c = cell(suppressed.level(), suppressed.entityId(), suppressed.indicator());
        assertEquals(Scorecard.State.SUPPRESSED, c.state());
        assertEquals("n<5", c.text());
        assertEquals(Scorecard.State.NOT_APPLICABLE,
                Scorecard.cell(IndicatorId.CFSR4_P1, null, null, null).state());
    }

    @Test
    void page_isSelfContainedAndHasTheDrillDown() throws IOException {
        Path page = dir.resolve("scorecard.html");
        ScorecardPage.write(page, card, VariationTable.of(results), null, data.dataQuality(), data.asOf(),
                Map.of("periods", "FFY2024"));
        String html = Files.readString(page);
        assertFalse(html.matches("(?s).*(https?:|src=|<link|@import|url\\().*"), "no network access needed");
        assertTrue(html.contains("data-key=\"BUREAU:B1\""));
        assertTrue(html.contains("data-parent=\"BUREAU:B1\" hidden"), "offices start hidden under their bureau");
        assertTrue(html.contains("<svg"), "funnel plots inline");
        assertTrue(html.contains("children.csv"), "the data-quality summary");
        assertTrue(html.contains("CFSR4_P1"), "the definitions");
    }

    /** A value whose follow-up is still running is marked and never coloured or flagged, worse or better. */
    @Test
    void cells_incomplete_markedNeverColouredOrFlagged() {
        for (double value : new double[] {10.0, 60.0}) { // P1 far below and far above the standard 35.2
            IndicatorResult r = new IndicatorResult(IndicatorId.CFSR4_P1, FFY2024, Level.OFFICE, "O1", null, 10L, 100L,
                    value, value - 5, value + 5, ResultStatus.INCOMPLETE, List.of());
            Scorecard.Cell c = Scorecard.cell(IndicatorId.CFSR4_P1, r, null, 35.2);
            assertEquals(Scorecard.Colour.NONE, c.colour(), "value " + value);
            assertEquals(' ', c.flag());
            assertEquals(value + "%*", c.text());
            IndicatorResult ok = new IndicatorResult(IndicatorId.CFSR4_P1, FFY2024, Level.OFFICE, "O1", null, 10L, 100L,
                    value, value - 5, value + 5, ResultStatus.OK, List.of());
            assertEquals(value < 35.2 ? Scorecard.Colour.RED : Scorecard.Colour.GREEN,
                    Scorecard.cell(IndicatorId.CFSR4_P1, ok, null, 35.2).colour(), "the same value complete is coloured");
        }
    }

    /** The columns come grouped by their definitions' domain, and the standards are the definitions'. */
    @Test
    void columns_everyIndicatorOnce_groupedByDomain_standardsFromTheDefinitions() {
        List<Indicator> columns = Scorecard.columns(List.of());
        assertEquals(java.util.EnumSet.allOf(IndicatorId.class), java.util.EnumSet.copyOf(columns.stream()
                .map(IndicatorId.class::cast).toList()));
        assertEquals(IndicatorId.values().length, columns.size());
        assertEquals(columns, card.columns(), "a card of built-in results has the built-in columns");
        for (int i = 1; i < columns.size(); i++) {
            int a = columns.get(i - 1).domain().compareTo(columns.get(i).domain());
            assertTrue(a < 0 || (a == 0 && ((IndicatorId) columns.get(i - 1)).ordinal()
                    < ((IndicatorId) columns.get(i)).ordinal()), "domains left to right, catalogue order within, at " + i);
        }
        assertEquals(List.of(IndicatorId.CFSR4_MALTREATMENT_IN_CARE, IndicatorId.CFSR4_RECURRENCE,
                IndicatorId.FOSTER_CARE_ENTRIES, IndicatorId.TIMELY_RESPONSE_IMMEDIATE, IndicatorId.TIMELY_RESPONSE_FIVE_DAY,
                IndicatorId.TIMELY_DISPOSITION_30D), columns.subList(0, 6), "safety, in catalogue order");
        assertEquals(Map.of(IndicatorId.CFSR4_MALTREATMENT_IN_CARE, 9.07, IndicatorId.CFSR4_RECURRENCE, 9.7,
                IndicatorId.CFSR4_P1, 35.2, IndicatorId.CFSR4_P2, 43.8, IndicatorId.CFSR4_P3, 37.3,
                IndicatorId.CFSR4_REENTRY, 5.6, IndicatorId.CFSR4_PLACEMENT_STABILITY, 4.48),
                Scorecard.NATIONAL_PERFORMANCE, "the CFSR 4 Data Profile (February 2025)");
    }

    /** The workforce is the last group: context, never coloured; turnover has no worker cells. */
    @Test
    void workforce_theLastGroup_uncoloured_andTurnoverBlankForWorkers() {
        List<Indicator> columns = card.columns();
        assertEquals(List.of(IndicatorId.CASELOAD, IndicatorId.WORKER_TURNOVER, IndicatorId.CASEWORKER_CONTINUITY),
                columns.subList(columns.size() - 3, columns.size()));
        for (Scorecard.Row row : card.rows()) {
            for (Indicator id : columns.subList(columns.size() - 3, columns.size())) {
                assertEquals(Scorecard.Colour.NONE, row.cells().get(columns.indexOf(id)).colour(), row.entityId());
            }
        }
        Scorecard.Cell w1 = cell(Level.WORKER, "W1", IndicatorId.WORKER_TURNOVER);
        assertEquals(Scorecard.State.NOT_APPLICABLE, w1.state());
        assertTrue(w1.reason().contains("counted for units"), w1.reason());
        assertEquals(Scorecard.State.VALUE, cell(Level.UNIT, "U1", IndicatorId.WORKER_TURNOVER).state(),
                "a unit's turnover is shown, never suppressed");
        assertEquals(Scorecard.State.VALUE, cell(Level.WORKER, "W1", IndicatorId.CASELOAD).state());
    }
}
