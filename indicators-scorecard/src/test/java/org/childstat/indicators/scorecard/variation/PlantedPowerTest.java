package org.childstat.indicators.scorecard.variation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.model.Level;
import org.childstat.indicators.core.synthetic.PlantedEffect;
import org.childstat.indicators.core.synthetic.PlantedEffect.Outcome;
import org.childstat.indicators.core.synthetic.SyntheticCounty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The table "Power on the synthetic county's planted differences" of docs/variation.md,
 * recomputed in full ({@link PlantedPower}: 250,000 children, seed 20261124, FFY2025, about 5 s):
 * every cell the document states is read from the document and checked against the methods, so
 * that neither can change without the other.
 */
class PlantedPowerTest {
    static final Path DOC = Path.of("../docs/variation.md");
    static final String SECTION = "## Power on the synthetic county's planted differences";
    static final String HEADER = "| outcome (indicator) | level | entities | funnel 99.8%, no OD | funnel 99.8%, "
            + "additive OD | BH, no OD | BH, additive OD | shrinkage 95% |";
    static final ReportingPeriod FFY2025 = ReportingPeriod.parse("FFY2025");

    static SyntheticCounty county;
    static List<PlantedPower.Row> rows;

    @BeforeAll
    static void recompute() {
        county = SyntheticCounty.generate(250_000, 20_261_124L, PlantedPower.AS_OF);
        rows = PlantedPower.rows(county, FFY2025, true);
    }

    @Test
    void theCounty_isTheOneTheDocumentDescribes() {
        assertEquals(250_000, county.data().childCount());
        // the in-home office comes last; no indicator of the scorecard measures it yet
        assertEquals(15, county.truth().size());
        assertEquals(Outcome.IN_HOME_ENTRY, county.truth().get(14).outcome());
        List<PlantedEffect> truth = county.truth().stream().filter(p -> PlantedPower.INDICATOR.containsKey(p.outcome()))
                .toList();
        assertEquals(14, truth.size());
        assertEquals(2, truth.stream().filter(p -> p.level() == Level.OFFICE).count());
        assertEquals(4, truth.stream().filter(p -> p.level() == Level.UNIT).count());
        assertEquals(8, truth.stream().filter(p -> p.level() == Level.WORKER).count());
        // no office planted for moves or recurrence
        assertTrue(truth.stream().noneMatch(p -> p.level() == Level.OFFICE
                && (p.outcome() == Outcome.PLACEMENT_MOVES || p.outcome() == Outcome.RECURRENCE)));
    }

    @Test
    void theDocumentsTable_isWhatEachMethodFinds_cellForCell() throws IOException {
        List<String> lines = table();
        assertEquals(HEADER, lines.get(0), "the columns are the methods in PlantedPower.Method order");
        Pattern label = Pattern.compile("×([0-9.]+) \\(([A-Z0-9_]+)\\)");
        IndicatorId id = null;
        Map<String, String> seen = new LinkedHashMap<>();
        for (String line : lines.subList(2, lines.size())) {
            String[] cells = cells(line);
            assertEquals(8, cells.length, line);
            if (!cells[0].isEmpty()) {
                Matcher m = label.matcher(cells[0]);
                assertTrue(m.find(), "no ×FACTOR (INDICATOR) in " + cells[0]);
                id = IndicatorId.valueOf(m.group(2));
                double factor = Double.parseDouble(m.group(1));
                Outcome outcome = outcome(id);
                assertTrue(county.truth().stream().filter(p -> p.outcome() == outcome)
                        .allMatch(p -> p.factor() == factor), outcome + " planted ×" + factor);
            }
            Level level = Level.valueOf(cells[1].toUpperCase(Locale.ROOT));
            String documented = String.join(" | ", List.of(cells).subList(2, cells.length));
            assertEquals(documented, computed(id, level), id + " " + level);
            seen.put(id + " " + level, documented);
        }
        assertEquals(11, seen.size());
        // what the document leaves out (moves at office level: nothing planted) flags nothing
        for (PlantedPower.Row r : rows) {
            if (!seen.containsKey(r.indicator() + " " + r.level())) {
                assertEquals(0, r.planted(), r.toString());
                assertEquals(0, r.othersFlagged(), r.toString());
            }
        }
    }

    @Test
    void withoutTheExactGuard_bhOnTheNormalApproximation_flagsWhatTheDocumentSays() {
        // "BH on the normal approximation flagged 23 unplanted workers for reunification and 55
        // unplanted units for recurrence (same county, withExactGuard(false))"
        List<PlantedPower.Row> plain = PlantedPower.rows(county, FFY2025, false);
        assertEquals(23, row(plain, IndicatorId.REUNIFICATION_12M_ENTRY, Level.WORKER,
                PlantedPower.Method.BH_NO_OVERDISPERSION).othersFlagged());
        assertEquals(55, row(plain, IndicatorId.CFSR4_RECURRENCE, Level.UNIT,
                PlantedPower.Method.BH_NO_OVERDISPERSION).othersFlagged());
    }

    /** The table's lines in the document, header and separator first. */
    static List<String> table() throws IOException {
        List<String> doc = Files.readAllLines(DOC, StandardCharsets.UTF_8);
        int i = doc.indexOf(SECTION);
        assertTrue(i >= 0, "no section '" + SECTION + "' in " + DOC);
        while (!doc.get(i).startsWith("|")) {
            i++;
        }
        List<String> lines = new ArrayList<>();
        for (; i < doc.size() && doc.get(i).startsWith("|"); i++) {
            lines.add(doc.get(i));
        }
        return lines;
    }

    /** A Markdown row's cells, stripped. */
    static String[] cells(String line) {
        String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
        for (int c = 0; c < cells.length; c++) {
            cells[c] = cells[c].strip();
        }
        return cells;
    }

    /** The document's cells from entities on, as the methods give them: {@code hits/planted, flagged/others}. */
    static String computed(IndicatorId id, Level level) {
        List<String> cells = new ArrayList<>();
        for (PlantedPower.Method m : PlantedPower.Method.values()) {
            PlantedPower.Row r = row(rows, id, level, m);
            if (cells.isEmpty()) {
                cells.add(String.format(Locale.ROOT, "%,d", r.entities()));
            }
            cells.add((r.planted() == 0 ? "-" : r.plantedFlagged() + "/" + r.planted()) + ", "
                    + String.format(Locale.ROOT, "%,d/%,d", r.othersFlagged(), r.others()));
        }
        return String.join(" | ", cells);
    }

    static PlantedPower.Row row(List<PlantedPower.Row> rows, IndicatorId id, Level level, PlantedPower.Method m) {
        return rows.stream().filter(r -> r.indicator() == id && r.level() == level && r.method() == m).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + id + " " + level + " " + m));
    }

    static Outcome outcome(IndicatorId id) {
        return PlantedPower.INDICATOR.entrySet().stream().filter(e -> e.getValue() == id).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new AssertionError(id + " is no planted outcome's indicator"));
    }
}
