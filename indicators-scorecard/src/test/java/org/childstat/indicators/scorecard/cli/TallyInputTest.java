package org.childstat.indicators.scorecard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysts' tallies (docs/outputs.md, funnel and chart; issue 13): read with the project's CSV
 * reader (a quoted id with a comma is one id), an entity given twice is a finding, a header-only
 * file says so, and a denominator past 2^31 does not overflow.
 */
class TallyInputTest {
    @TempDir
    Path dir;

    private final CapturedChildstat cli = new CapturedChildstat();

    private Map<String, Map<String, String>> byId(Path csv) throws IOException {
        FunnelChartCommandTest.assertLoadsUnchanged(csv);
        Map<String, Map<String, String>> out = new HashMap<>();
        for (Map<String, String> r : Rfc4180.rows(csv)) {
            out.put(r.get("entity_id"), r);
        }
        return out;
    }

    @Test
    void funnel_headerOnly_exit1NoRowsToCompare() throws IOException {
        Path t = Files.writeString(dir.resolve("t.csv"), "entity_id,numerator,denominator\n");
        Path o = dir.resolve("o.csv");
        // today: exit 0, "compared 0 entities (target 0, phi 0, tau2 0)"
        assertEquals(1, cli.run("funnel", "--input", t.toString(), "--out", o.toString()));
        assertTrue(cli.err().contains("no rows to compare"), cli.err());
        assertFalse(cli.out().contains("compared 0 entities"), cli.out());
        assertFalse(Files.exists(o), "nothing written");
    }

    @Test
    void chart_headerOnly_exit1NoPointsToChart() throws IOException {
        Path t = Files.writeString(dir.resolve("s.csv"), "period,value\n");
        assertEquals(1, cli.run("chart", "--input", t.toString(), "--out", dir.resolve("o.csv").toString(), "--type",
                "i"));
        assertTrue(cli.err().contains("no points to chart"), cli.err());
    }

    @Test
    void funnel_entityGivenTwice_findingWithItsLine_laterRowsLeftOut() throws IOException {
        Path t = Files.writeString(dir.resolve("t.csv"), "entity_id,numerator,denominator\nA,3,10\nB,4,20\nA,5,10\n"
                + "C,6,30\nA,1,2\n");
        Path o = dir.resolve("o.csv");
        assertEquals(1, cli.run("funnel", "--input", t.toString(), "--out", o.toString()));
        assertTrue(cli.err().contains("t.csv line 4: entity_id A is given a second time (first on line 2"), cli.err());
        assertTrue(cli.err().contains("t.csv line 6: entity_id A is given a second time"), cli.err());
        Map<String, Map<String, String>> rows = byId(o);
        assertEquals(3, rows.size(), "A, B, C: not two entities A");
        assertEquals("3", rows.get("A").get("numerator"), "the first row of A");
        assertEquals("10", rows.get("A").get("denominator"));
        Map<String, Object> summary = StrictJson.object(Files.readString(FunnelChartCommandTest.jsonBeside(o)));
        assertEquals(2.0, summary.get("rows_left_out"));
        // the target pools the rows kept: (3 + 4 + 6) / (10 + 20 + 30)
        assertEquals(100.0 * 13 / 60, (Double) summary.get("target"), 1e-8);
    }

    @Test
    void funnel_quotedIdWithACommaAndAQuote_isOneId_andWrittenQuoted() throws IOException {
        Path t = Files.writeString(dir.resolve("t.csv"), "entity_id,numerator,denominator\n\"A,B\",3,10\n"
                + "\"Office \"\"2\"\"\",4,20\n C , \"6\" ,30\n");
        Path o = dir.resolve("o.csv");
        // today: "A,B" is split into the id "A and the numerator B", a row left out
        assertEquals(0, cli.run("funnel", "--input", t.toString(), "--out", o.toString()), cli.err());
        Map<String, Map<String, String>> rows = byId(o);
        assertEquals(java.util.Set.of("A,B", "Office \"2\"", "C"), rows.keySet());
        assertEquals("3", rows.get("A,B").get("numerator"));
        assertEquals("6", rows.get("C").get("numerator"));
        String text = Files.readString(o);
        assertTrue(text.contains("\n\"A,B\",3,10,") && text.contains("\n\"Office \"\"2\"\"\",4,20,"), text);
    }

    @Test
    void funnel_brokenQuoting_isAFindingWithItsLine() throws IOException {
        Path t = Files.writeString(dir.resolve("t.csv"), "entity_id,numerator,denominator\nA,3,10\nB\"x,4,20\n"
                + "C,6,30\n");
        assertEquals(1, cli.run("funnel", "--input", t.toString(), "--out", dir.resolve("o.csv").toString()));
        assertTrue(cli.err().contains("t.csv line 3: a quote inside unquoted cell 1"), cli.err());
        assertEquals(2, byId(dir.resolve("o.csv")).size());
    }

    @Test
    void funnel_notUtf8_exit3NamingTheFile() throws IOException {
        Path t = Files.write(dir.resolve("t.csv"), new byte[] {'e', 'n', 't', 'i', 't', 'y', '_', 'i', 'd', ',', 'n',
                '\n', (byte) 0xff, (byte) 0xfe, '\n'});
        assertEquals(3, cli.run("funnel", "--input", t.toString(), "--out", dir.resolve("o.csv").toString()));
        assertTrue(cli.err().contains("t.csv: not valid UTF-8"), cli.err());
    }

    @Test
    void funnel_denominatorOfThreeBillion_noIntOverflow_exactLimits() throws IOException {
        Path t = Files.writeString(dir.resolve("t.csv"), "entity_id,numerator,denominator\nA,150000000,3000000000\n"
                + "B,150100000,3000000000\nC,1,20\n");
        Path o = dir.resolve("o.csv");
        // today: NotPositiveException "number of trials (-1,294,967,296)", a stack trace and exit 1
        assertEquals(0, cli.run("funnel", "--input", t.toString(), "--out", o.toString(), "--overdispersion", "none"),
                cli.err());
        assertFalse(cli.err().contains("\tat "), cli.err());
        Map<String, Map<String, String>> rows = byId(o);
        assertEquals("3000000000", rows.get("A").get("denominator"));
        // the exact 95% limits at n = 3e9 are the normal ones to far better than a count in 10^4
        double target = (150000000.0 + 150100000 + 1) / (6e9 + 20);
        double sd = Math.sqrt(target * (1 - target) / 3e9), z = new NormalDistribution().inverseCumulativeProbability(
                0.975);
        double lower = Double.parseDouble(rows.get("A").get("lower_95")) / 100;
        double upper = Double.parseDouble(rows.get("A").get("upper_95")) / 100;
        assertEquals(target - z * sd, lower, sd * 1e-3);
        assertEquals(target + z * sd, upper, sd * 1e-3);
        assertTrue(lower < target && target < upper);
        // B is 100,000 children above A: z about 8, far beyond the 99.8% limit
        assertEquals("HIGH_998", rows.get("B").get("funnel_band"));
    }

    @Test
    void funnel_rateOverThreeBillionDaysOfExposure_noIntOverflow() throws IOException {
        Path t = Files.writeString(dir.resolve("t.csv"), "entity_id,numerator,denominator\nA,3000000000,3000000000\n"
                + "B,3000100000,3000000000\n");
        Path o = dir.resolve("o.csv");
        assertEquals(0, cli.run("funnel", "--input", t.toString(), "--out", o.toString(), "--kind", "rate",
                "--overdispersion", "none"), cli.err());
        Map<String, Map<String, String>> rows = byId(o);
        double lower = Double.parseDouble(rows.get("A").get("lower_95"));
        double target = 6000100000.0 / 6e9;
        assertEquals(target - 1.959963984540054 * Math.sqrt(target / 3e9), lower, 1e-3 * Math.sqrt(target / 3e9));
    }

    @Test
    void funnel_denominatorAboveTenToTheFifteen_isAFinding() throws IOException {
        Path t = Files.writeString(dir.resolve("t.csv"), "entity_id,numerator,denominator\nA,3,10\nB,1,2e16\n"
                + "C,4,12\n");
        assertEquals(1, cli.run("funnel", "--input", t.toString(), "--out", dir.resolve("o.csv").toString()));
        assertTrue(cli.err().contains("t.csv line 3: denominator 2.0E16 is above 1.0E15"), cli.err());
        assertEquals(2, byId(dir.resolve("o.csv")).size());
    }
}
