package org.childstat.indicators.scorecard.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.childstat.indicators.core.indicator.Direction;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** indicators.csv (docs/outputs.md, indicators.csv). */
class IndicatorTableTest {
    @TempDir
    Path dir;

    @Test
    void of_everyIndicator_sortedById_withTheNationalStandards() {
        IndicatorTable t = IndicatorTable.of(List.of(IndicatorId.values()));
        assertEquals(Arrays.stream(IndicatorId.values()).map(Enum::name).sorted().toList(),
                t.rows().stream().map(r -> r.indicator().id()).toList());
        for (IndicatorTable.Row r : t.rows()) {
            assertEquals(Scorecard.NATIONAL_PERFORMANCE.get(r.indicator()), r.standard(), r.indicator().id());
            assertEquals(r.indicator().title(), r.name());
            assertEquals(r.indicator().population(), r.population());
        }
    }

    @Test
    void row_unitScaleAndDirection_perUnit() {
        IndicatorTable t = IndicatorTable.of(List.of(IndicatorId.values()));
        IndicatorTable.Row moves = t.row(IndicatorId.CFSR4_PLACEMENT_STABILITY).orElseThrow();
        assertEquals(List.of("rate", "1000", "lower", "4.48"),
                List.of(moves.cells().get(2), moves.cells().get(3), moves.cells().get(4), moves.cells().get(6)));
        IndicatorTable.Row maltreatment = t.row(IndicatorId.CFSR4_MALTREATMENT_IN_CARE).orElseThrow();
        assertEquals(100_000, maltreatment.scale());
        assertEquals("9.07", maltreatment.cells().get(6));
        IndicatorTable.Row p1 = t.row(IndicatorId.CFSR4_P1).orElseThrow();
        assertEquals(List.of("percent", "100", "higher", "35.2"),
                List.of(p1.cells().get(2), p1.cells().get(3), p1.cells().get(4), p1.cells().get(6)));
        IndicatorTable.Row entries = t.row(IndicatorId.FOSTER_CARE_ENTRIES).orElseThrow();
        assertEquals(List.of("count", "1", "none", ""),
                List.of(entries.cells().get(2), entries.cells().get(3), entries.cells().get(4), entries.cells().get(6)));
        IndicatorTable.Row median = t.row(IndicatorId.MEDIAN_DAYS_IN_CARE).orElseThrow();
        assertEquals(List.of("median_days", "1", "lower"),
                List.of(median.cells().get(2), median.cells().get(3), median.cells().get(4)));
        assertNull(median.standard());
    }

    @Test
    void of_someIndicatorsGivenTwice_oneRowEach_ownStandards() {
        IndicatorTable t = IndicatorTable.of(List.of(IndicatorId.FOSTER_CARE_ENTRIES, IndicatorId.CFSR4_P1,
                IndicatorId.FOSTER_CARE_ENTRIES), Map.of(IndicatorId.CFSR4_P1, 40.0, IndicatorId.CFSR4_P2, 1.0));
        assertEquals(List.of(IndicatorId.CFSR4_P1, IndicatorId.FOSTER_CARE_ENTRIES),
                t.rows().stream().map(IndicatorTable.Row::indicator).toList());
        assertEquals(40.0, t.row(IndicatorId.CFSR4_P1).orElseThrow().standard());
        assertTrue(t.row(IndicatorId.CFSR4_P2).isEmpty());
        assertEquals("IndicatorTable[2 indicators, 1 with a national standard]", t.toString());
    }

    @Test
    void of_badArguments_areRefused() {
        assertThrows(NullPointerException.class, () -> IndicatorTable.of(null));
        assertThrows(NullPointerException.class, () -> IndicatorTable.of(Arrays.asList(IndicatorId.CFSR4_P1, null)));
        assertThrows(IllegalArgumentException.class,
                () -> IndicatorTable.of(List.of(IndicatorId.CFSR4_P1), Map.of(IndicatorId.CFSR4_P1, Double.NaN)));
        assertThrows(IllegalArgumentException.class, () -> new IndicatorTable.Row(IndicatorId.CFSR4_P1, "x",
                Unit.PERCENT, 0, Direction.HIGHER_IS_BETTER, "p", null));
    }

    @Test
    void writeCsv_quotesThePopulationSentences() throws IOException {
        Path f = dir.resolve("indicators.csv");
        IndicatorTable.of(List.of(IndicatorId.FOSTER_CARE_ENTRIES, IndicatorId.CFSR4_REENTRY)).writeCsv(f);
        assertEquals("""
                indicator,name,unit,scale,direction,population,standard
                CFSR4_REENTRY,Re-entry to foster care within 12 months,percent,100,lower,"children discharged in the \
                period to reunification, relatives or guardianship (excluded: discharged at 18+); outcome: a new \
                removal within 12 months",5.6
                FOSTER_CARE_ENTRIES,Foster care entries,count,1,none,removals in the period of children under 18,
                """, Files.readString(f));
    }
}
