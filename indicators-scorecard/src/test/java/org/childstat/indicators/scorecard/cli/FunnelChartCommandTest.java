package org.childstat.indicators.scorecard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code childstat funnel} and {@code childstat chart} end to end (docs/outputs.md, funnel and
 * chart). Funnel expectations come from R 4.2.2 by {@code src/test/r/funnel-command.R}
 * (qbinom/pbinom and qpois/ppois for the exact limits with interpolation, pnorm and the exact tails
 * for the guarded p-values, p.adjust(method = "BH"), FunnelPlotR's winsorised phi and tau²); chart
 * expectations from the published rule definitions, worked in the comments.
 */
class FunnelChartCommandTest {
    static final double TOLERANCE = 1e-8;

    @TempDir
    Path dir;

    private final CapturedChildstat cli = new CapturedChildstat();

    /**
     * Rows by first cell, each as column -> cell, read with a strict RFC 4180 reader; and the summary
     * from FILE.json beside the CSV (strict JSON) into {@code summary}. Fails when a line starts with
     * '#', the file ends in a blank line, or a record has not the header's cell count: the CSV must
     * load unchanged in pandas.read_csv and R read.csv.
     */
    private static Map<String, Map<String, String>> rows(Path file, Map<String, Object> summary) throws IOException {
        assertLoadsUnchanged(file);
        String first = Rfc4180.read(file).get(0).get(0);
        Map<String, Map<String, String>> out = new HashMap<>();
        for (Map<String, String> row : Rfc4180.rows(file)) {
            out.put(row.get(first), row);
        }
        summary.putAll(StrictJson.object(Files.readString(jsonBeside(file))));
        return out;
    }

    /** No comment line, no blank line, a header, and every record with the header's cell count. */
    static void assertLoadsUnchanged(Path csv) throws IOException {
        String text = Files.readString(csv);
        assertTrue(text.endsWith("\n") && !text.endsWith("\n\n"), "one line break at the end, no blank line");
        for (String line : text.split("\n", -1)) {
            assertFalse(line.startsWith("#"), "a line starting with '#': " + line);
        }
        List<List<String>> records = Rfc4180.read(csv);
        for (List<String> r : records) {
            assertEquals(records.get(0).size(), r.size(), "cells of " + r);
        }
    }

    /** FILE.json for FILE.csv, worked out here rather than by the command's code. */
    static Path jsonBeside(Path csv) {
        String name = csv.getFileName().toString();
        return csv.resolveSibling(name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")
                ? name.substring(0, name.length() - 4) + ".json" : name + ".json");
    }

    private static double number(Map<String, Object> summary, String key) {
        Object v = summary.get(key);
        assertTrue(v instanceof Double, key + " is a JSON number: " + v);
        return (Double) v;
    }

    private Path tallies() throws IOException {
        return Files.writeString(dir.resolve("t.csv"), "entity_id,numerator,denominator\nU0,2,10\nU1,5,20\nU2,9,30\n"
                + "U3,14,40\nU4,30,100\nU5,45,120\nU6,3,8\nU7,0,6\nU8,12,50\nU9,60,150\n");
    }

    static final double[] Z_NONE = {-0.9853599475, -0.8572898662, -0.4360633560, 0.1720929203, -0.7961391219,
            0.8678409642, 0.2240755734, -3.0346566584, -1.5199120029, 1.5988433527};
    static final double[] Q = {0.8298495989, 0.8298495989, 1.0, 1.0, 0.8298495989, 0.8298495989, 1.0, 0.6264190357,
            0.6264190357, 0.6264190357};
    static final double[] LOWER_95 = {1.0328461061, 11.0927245419, 15.5231786691, 18.1266230470, 24.1024649190,
            24.9785331176, 0, 0, 19.9874135633, 25.9148268521};
    static final double[] UPPER_998 = {78.1534128218, 64.9955918114, 59.7654428093, 56.5845315205, 48.2173880425,
            46.9824549897, 83.5275559284, 88.6378305679, 53.9917260630, 45.5897623677};
    static final double[] Z_ADDITIVE = {-0.9814047940, -0.8504487915, -0.4308747034, 0.1693787166, -0.7658142990,
            0.8286158413, 0.2233551703, -3.0273305165, -1.4901225914, 1.5099923389};

    @Test
    void funnel_percentWithoutOverdispersion_agreesWithR() throws IOException {
        Path o = dir.resolve("o.csv");
        assertEquals(0, cli.run("funnel", "--input", tallies().toString(), "--out", o.toString(), "--overdispersion", "none"),
                cli.err());
        Map<String, Object> summary = new HashMap<>();
        Map<String, Map<String, String>> r = rows(o, summary);
        for (int i = 0; i < 10; i++) {
            Map<String, String> row = r.get("U" + i);
            assertEquals(Z_NONE[i], Double.parseDouble(row.get("z")), TOLERANCE, "z of U" + i);
            assertEquals(Q[i], Double.parseDouble(row.get("q_value")), TOLERANCE, "q of U" + i);
            assertEquals(LOWER_95[i], Double.parseDouble(row.get("lower_95")), 1e-6, "lower_95 of U" + i);
            assertEquals(UPPER_998[i], Double.parseDouble(row.get("upper_99.8")), 1e-6, "upper_99.8 of U" + i);
        }
        assertEquals(33.7078651685, number(summary, "target"), 1e-8);
        assertEquals(0.935187823883871, number(summary, "phi"), 1e-9);
        assertEquals(0.405446985232352, number(summary, "phi_p_value"), 1e-9);
        assertEquals("none", summary.get("method"));
    }

    @Test
    void funnel_percentWithAdditiveOverdispersion_agreesWithR() throws IOException {
        Path o = dir.resolve("o.csv");
        assertEquals(0, cli.run("funnel", "--input", tallies().toString(), "--out", o.toString()), cli.err());
        Map<String, Object> summary = new HashMap<>();
        Map<String, Map<String, String>> r = rows(o, summary);
        assertEquals(2.0191073897e-04, number(summary, "tau2"), 1e-12);
        assertEquals("additive", summary.get("method"));
        for (int i = 0; i < 10; i++) {
            assertEquals(Z_ADDITIVE[i], Double.parseDouble(r.get("U" + i).get("z")), TOLERANCE, "z of U" + i);
        }
    }

    @Test
    void funnel_rate_agreesWithR() throws IOException {
        Path t = Files.writeString(dir.resolve("r.csv"), "entity_id,numerator,denominator\nA,3,1500\nB,12,2500\nC,0,800\n"
                + "D,7,3000\nE,25,4000\nF,4,2000\nG,9,2200\nH,15,2600\nI,1,900\nJ,30,5000\n");
        Path o = dir.resolve("o.csv");
        assertEquals(0, cli.run("funnel", "--input", t.toString(), "--out", o.toString(), "--kind", "rate", "--scale", "1000",
                "--overdispersion", "none", "--limits", "95"), cli.err());
        Map<String, Object> summary = new HashMap<>();
        Map<String, Map<String, String>> r = rows(o, summary);
        assertEquals(4.3265306122, number(summary, "target"), 1e-8);
        assertEquals(-3.7208732791, Double.parseDouble(r.get("C").get("z")), TOLERANCE);
        assertEquals(0.2714352642, Double.parseDouble(r.get("C").get("q_value")), TOLERANCE);
        assertEquals(1.7277980068, Double.parseDouble(r.get("B").get("lower_95")), 1e-6);
        assertEquals(6.8946511553, Double.parseDouble(r.get("B").get("upper_95")), 1e-6);
        assertFalse(r.get("A").containsKey("lower_99.8"), "only the requested levels");
    }

    @Test
    void funnel_rateWithAdditiveOverdispersion_agreesWithR() throws IOException {
        Path t = Files.writeString(dir.resolve("r.csv"), "entity_id,numerator,denominator\nA,3,1500\nB,12,2500\nC,0,800\n"
                + "D,7,3000\nE,25,4000\nF,4,2000\nG,9,2200\nH,15,2600\nI,1,900\nJ,30,5000\n");
        Path o = dir.resolve("o.csv");
        assertEquals(0, cli.run("funnel", "--input", t.toString(), "--out", o.toString(), "--kind", "rate", "--scale", "1000",
                "--limits", "95"), cli.err());
        Map<String, Object> summary = new HashMap<>();
        Map<String, Map<String, String>> r = rows(o, summary);
        assertEquals(2.4868764627, number(summary, "phi"), 1e-9);
        assertEquals(1.8524143957e-04, number(summary, "tau2"), 1e-13);
        assertEquals(-2.9482750057, Double.parseDouble(r.get("C").get("z")), TOLERANCE);
        assertEquals(0.7617431671, Double.parseDouble(r.get("J").get("z")), TOLERANCE);
        // adjusted limits on the square-root scale, squared back
        assertEquals(1.1327254163, Double.parseDouble(r.get("D").get("lower_95")), 1e-8);
        assertEquals(9.5837736689, Double.parseDouble(r.get("D").get("upper_95")), 1e-8);
    }

    @Test
    void funnel_badRows_areLeftOutAndNamed_exit1() throws IOException {
        Path t = Files.writeString(dir.resolve("bad.csv"), "entity_id,numerator,denominator\nA,3,10\nZ,1,0\nN,-1,5\n"
                + "O,7,5\nX,two,10\nB,4,10\n");
        Path o = dir.resolve("o.csv");
        assertEquals(1, cli.run("funnel", "--input", t.toString(), "--out", o.toString()));
        assertTrue(cli.err().contains("line 3: denominator 0.0 must be above 0"), cli.err());
        assertTrue(cli.err().contains("line 4: numerator -1.0 is below 0"), cli.err());
        assertTrue(cli.err().contains("line 5: numerator 7.0 is above the denominator 5.0"), cli.err());
        assertTrue(cli.err().contains("line 6: numerator 'two' is not a number"), cli.err());
        Map<String, Object> summary = new HashMap<>();
        assertEquals(2, rows(o, summary).size());
        assertEquals(4.0, summary.get("rows_left_out"));
        assertFalse(cli.err().contains("\tat "), "no stack trace");
    }

    @Test
    void funnel_emptyFile_isAUsageError() throws IOException {
        Path t = Files.writeString(dir.resolve("empty.csv"), "");
        assertEquals(2, cli.run("funnel", "--input", t.toString(), "--out", dir.resolve("o.csv").toString()));
        assertTrue(cli.err().contains("empty file"), cli.err());
    }

    @Test
    void chart_runChartWithAnhoejRules() throws IOException {
        // 24 points: 1, 3 alternating for 10 (the baseline: median 2), then 14 points at 5. Every point is off the
        // centre (useful 24): longest run m10..m24 = 15 > round(log2 24) + 3 = 8; crossings 9, not below
        // qbinom(0.05, 23, 0.5) = 8
        StringBuilder s = new StringBuilder("period,value\n");
        for (int i = 0; i < 24; i++) {
            s.append("m").append(i + 1).append(',').append(i < 10 ? (i % 2 == 0 ? 1 : 3) : 5).append('\n');
        }
        Path t = Files.writeString(dir.resolve("s.csv"), s.toString());
        Path o = dir.resolve("o.csv");
        assertEquals(0, cli.run("chart", "--input", t.toString(), "--out", o.toString(), "--type", "run", "--baseline", "10"),
                cli.err());
        Map<String, Object> summary = new HashMap<>();
        Map<String, Map<String, String>> r = rows(o, summary);
        assertEquals(8.0, summary.get("longest_run_limit"));
        assertEquals(8.0, summary.get("crossings_limit"));
        assertEquals(15.0, summary.get("longest_run"));
        assertEquals(9.0, summary.get("crossings"));
        assertEquals("Y", r.get("m24").get("signal"));
        assertEquals("anhoej-run", r.get("m24").get("rule"));
        assertEquals("", r.get("m1").get("signal"));
    }

    @Test
    void chart_pPrimeWithAShift() throws IOException {
        // baseline: 12 months alternating 38 and 42 of 200 (p-bar 0.2, sigma_i = sqrt(0.16/200) = 0.028284,
        // z = -0.3536, 0.3536, moving ranges 0.7071: sigma_z = 0.7071/1.128 = 0.6269); then 12 months of 48 of 200
        // (0.24): 0.04 / (0.028284 * 0.6269) = 2.26 sigma, within 3 sigma but between 2 and 3 (MDC 2 of 3), and
        // 12 above the centre (MDC shift, 7 or more)
        StringBuilder s = new StringBuilder("period,numerator,denominator\n");
        for (int i = 0; i < 24; i++) {
            s.append("m").append(i + 1).append(',').append(i < 12 ? (i % 2 == 0 ? 38 : 42) : 48).append(",200\n");
        }
        Path t = Files.writeString(dir.resolve("s.csv"), s.toString());
        Path o = dir.resolve("o.csv");
        assertEquals(0, cli.run("chart", "--input", t.toString(), "--out", o.toString(), "--type", "p-prime"), cli.err());
        Map<String, Object> summary = new HashMap<>();
        Map<String, Map<String, String>> r = rows(o, summary);
        double sigmaZ = Math.sqrt(2) / 2 / 1.128;
        assertEquals(sigmaZ, number(summary, "sigma_z"), 1e-9);
        assertEquals(0.2 + 3 * Math.sqrt(0.2 * 0.8 / 200) * sigmaZ, Double.parseDouble(r.get("m13").get("upper_limit")),
                1e-9);
        assertEquals("Y", r.get("m13").get("signal"));
        assertEquals("mdc-shift;mdc-2of3", r.get("m13").get("rule"));
        assertEquals("mdc-shift", r.get("m12").get("rule"), "m12 (0.21) is above the centre too: it starts the run");
        assertEquals("", r.get("m11").get("signal"));
        assertEquals("mdc", summary.get("rules"));
    }

    @Test
    void chart_aSeriesOfOnePoint_isChartedAndSaysSo() throws IOException {
        Path t = Files.writeString(dir.resolve("one.csv"), "period,value\nm1,5\n");
        Path o = dir.resolve("o.csv");
        assertEquals(0, cli.run("chart", "--input", t.toString(), "--out", o.toString(), "--type", "i"));
        assertTrue(cli.err().contains("a series of 1 point"), cli.err());
        Map<String, Object> summary = new HashMap<>();
        assertEquals("5", rows(o, summary).get("m1").get("value"));
        assertEquals(Boolean.TRUE, summary.get("short_baseline"));
    }

    @Test
    void chart_unknownTypeOrRules_exit2() throws IOException {
        Path t = Files.writeString(dir.resolve("s.csv"), "period,value\nm1,5\nm2,6\n");
        assertEquals(2, cli.run("chart", "--input", t.toString(), "--out", dir.resolve("o.csv").toString(), "--type", "x"));
        assertTrue(cli.err().contains("--type"), cli.err());
        assertEquals(2, cli.run("chart", "--input", t.toString(), "--out", dir.resolve("o.csv").toString(), "--type", "run",
                "--rules", "shewhart"));
        assertTrue(cli.err().contains("--rules"), cli.err());
    }

    @Test
    void funnel_summary_goesToJsonBesideTheCsv() throws IOException {
        Path o = dir.resolve("funnel.csv");
        assertEquals(0, cli.run("funnel", "--input", tallies().toString(), "--out", o.toString()), cli.err());
        Map<String, Object> summary = new HashMap<>();
        assertEquals(10, rows(o, summary).size());
        assertEquals(List.of("target", "phi", "phi_p_value", "tau2", "method", "adjusted", "rows_left_out", "input",
                "output"), List.copyOf(StrictJson.object(Files.readString(dir.resolve("funnel.json"))).keySet()));
        assertEquals(0.0, summary.get("rows_left_out"));
        assertEquals(Boolean.TRUE, summary.get("adjusted"));
        assertEquals(o.toString(), summary.get("output"));
        assertTrue(cli.out().contains("wrote " + o + " and " + dir.resolve("funnel.json")), cli.out());
    }

    @Test
    void funnel_outNameWithAQuoteAndABackslash_stillGivesValidJsonAndCsv() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("q\"x\\y"));
        Path input = Files.writeString(folder.resolve("t\"1\\.csv"), "entity_id,numerator,denominator\n"
                + "\"O\"\"Brien\",2,10\nU1,5,20\nU2,9,30\nU3,14,40\n");
        Path o = folder.resolve("a\"b\\c.CSV");
        assertEquals(0, cli.run("funnel", "--input", input.toString(), "--out", o.toString()), cli.err());
        Path json = folder.resolve("a\"b\\c.json");
        assertTrue(Files.isRegularFile(json), "a trailing .CSV is replaced whatever its case");
        Map<String, Object> summary = new HashMap<>();
        Map<String, Map<String, String>> r = rows(o, summary);
        assertEquals(o.toString(), summary.get("output"));
        assertEquals(input.toString(), summary.get("input"));
        assertEquals("additive", summary.get("method"));
        assertEquals("O\"Brien", r.get("O\"Brien").get("entity_id"), "a quote in a cell is quoted, RFC 4180");
        assertEquals("2", r.get("O\"Brien").get("numerator"));
        assertTrue(Files.readString(o).contains("\n\"O\"\"Brien\",2,10,"), Files.readString(o));
    }

    @Test
    void chart_summary_goesToJsonBesideTheCsv() throws IOException {
        Path t = Files.writeString(dir.resolve("s.csv"), "period,value\nm1,5\nm2,6\nm3,4\nx,seven\nm5,5\n");
        Path o = dir.resolve("chart");
        assertEquals(1, cli.run("chart", "--input", t.toString(), "--out", o.toString(), "--type", "i"));
        Path json = dir.resolve("chart.json");
        assertTrue(cli.out().contains("wrote " + o + " and " + json), "a name without .csv gets .json added: " + cli.out());
        Map<String, Object> summary = new HashMap<>();
        Map<String, Map<String, String>> r = rows(o, summary);
        assertEquals(4, r.size());
        assertEquals(List.of("longest_run", "longest_run_limit", "crossings", "crossings_limit", "sigma", "sigma_z",
                "baseline", "short_baseline", "rules", "rows_left_out", "input", "output"),
                List.copyOf(StrictJson.object(Files.readString(json)).keySet()));
        assertEquals(1.0, summary.get("rows_left_out"));
        assertEquals("mdc", summary.get("rules"));
        assertEquals(4.0, summary.get("baseline"));
        assertEquals(Boolean.TRUE, summary.get("short_baseline"));
        assertTrue(number(summary, "sigma") > 0);
    }

    @Test
    void chart_runChart_sigmaIsJsonNull() throws IOException {
        Path t = Files.writeString(dir.resolve("s.csv"), "period,value\nm1,5\nm2,6\nm3,4\nm4,7\n");
        Path o = dir.resolve("run.csv");
        assertEquals(0, cli.run("chart", "--input", t.toString(), "--out", o.toString(), "--type", "run"), cli.err());
        Map<String, Object> summary = new HashMap<>();
        rows(o, summary);
        assertTrue(summary.containsKey("sigma"));
        assertNull(summary.get("sigma"), "a run chart has no sigma: JSON null");
        assertEquals("anhoej", summary.get("rules"));
        assertEquals(0.0, summary.get("rows_left_out"));
    }

    @Test
    void summaryPath_replacesATrailingCsvInAnyCase_elseAddsJson() {
        assertEquals(Path.of("x/funnel.json"), TallyFiles.summaryPath(Path.of("x/funnel.csv")));
        assertEquals(Path.of("x/funnel.json"), TallyFiles.summaryPath(Path.of("x/funnel.CsV")));
        assertEquals(Path.of("x/funnel.json"), TallyFiles.summaryPath(Path.of("x/funnel")));
        assertEquals(Path.of("x/funnel.txt.json"), TallyFiles.summaryPath(Path.of("x/funnel.txt")));
        assertEquals(Path.of(".csv.json"), TallyFiles.summaryPath(Path.of(".csv.csv")));
        assertEquals(Path.of("csv.json"), TallyFiles.summaryPath(Path.of("csv")));
    }
}
