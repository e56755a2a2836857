package org.childstat.indicators.scorecard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.childstat.indicators.core.io.CaseDataWriter;
import org.childstat.indicators.scorecard.workforce.RelationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code childstat relate} on the county of {@link RelationTest} written as CSV files: the band
 * table as counted there (by hand), the summary beside it with R's values, the plot, stdout
 * without {@code --out}, and the guard rails (exit 2, one line naming the argument).
 */
class RelateCommandTest {
    @TempDir
    Path dir;
    Path data;
    private final CapturedChildstat cli = new CapturedChildstat();

    @BeforeEach
    void write() {
        data = dir.resolve("county");
        CaseDataWriter.write(RelationTest.county(), data);
    }

    @Test
    void theBandTable_itsSummary_andThePlot() throws Exception {
        Path out = dir.resolve("bands.csv"), svg = dir.resolve("bands.svg");
        assertEquals(0, cli.run("relate", "--data", data.toString(), "--indicator", "PLACEMENT_WITH_RELATIVES",
                "--period", "FFY2024", "--by", "caseload", "--out", out.toString(), "--plot", svg.toString()), cli.err());
        // the intervals: Wilson, as R's prop.test(x, n, correct = FALSE)$conf.int * 100 (R 4.2.2)
        assertEquals(List.of("band,workers,numerator,denominator,value,lower95,upper95",
                "0-9,1,2,3,66.6667,20.7660,93.8508", "10-14,1,6,12,50.0000,25.3782,74.6218",
                "20-29,1,5,20,25.0000,11.1862,46.8701"), Files.readAllLines(out));
        Map<String, Object> json = StrictJson.object(Files.readString(dir.resolve("bands.json")));
        assertEquals(3.1913048192117959, ((Number) json.get("chi_square")).doubleValue(), 1e-8); // R, see RelationTest
        assertEquals(0.074030899204687375, ((Number) json.get("p_value")).doubleValue(), 1e-8);
        assertEquals("OK", json.get("status"));
        assertEquals(1, ((Number) json.get("workers_left_out")).intValue());
        String plot = Files.readString(svg);
        for (String band : List.of("0-9", "10-14", "20-29")) {
            assertTrue(plot.contains("data-band=\"" + band + "\""), band);
        }
        assertFalse(plot.contains("data-band=\"15-19\""), "a band with no worker is not drawn");
        assertTrue(cli.out().contains("chi-square for trend 3.1913, p = 0.07403"), cli.out());
    }

    @Test
    void withoutOut_theTableGoesToStdout() {
        assertEquals(0, cli.run("relate", "--data", data.toString(), "--indicator", "PLACEMENT_WITH_RELATIVES",
                "--period", "FFY2024", "--by", "tenure"), cli.err());
        assertTrue(cli.out().startsWith("band,workers,numerator,denominator,value,lower95,upper95\n<1y,1,2,3,"),
                cli.out());
        assertTrue(cli.out().contains("\n5y+,1,2,2,100.0000,"), cli.out());
    }

    @Test
    void guardRails() {
        assertUsage("--by: caseload or tenure", "--indicator", "PLACEMENT_WITH_RELATIVES", "--period", "FFY2024",
                "--by", "age");
        assertUsage("CASELOAD is a ratio", "--indicator", "CASELOAD", "--period", "FFY2024", "--by", "caseload");
        assertUsage("WORKER_TURNOVER is a percent without worker rows", "--indicator", "WORKER_TURNOVER", "--period",
                "FFY2024", "--by", "tenure");
        assertUsage("--indicator", "--indicator", "NOPE", "--period", "FFY2024", "--by", "tenure");
        assertUsage("--period", "--indicator", "CFSR4_P1", "--period", "FFY2027", "--by", "tenure");
        assertUsage("--out", "--indicator", "CFSR4_P1", "--period", "FFY2024", "--by", "tenure", "--out",
                dir.resolve("x.txt").toString());
    }

    private void assertUsage(String says, String... args) {
        CapturedChildstat c = new CapturedChildstat();
        String[] line = new String[args.length + 3];
        line[0] = "relate";
        line[1] = "--data";
        line[2] = data.toString();
        System.arraycopy(args, 0, line, 3, args.length);
        assertEquals(2, c.run(line), c.err());
        List<String> lines = c.err().lines().filter(l -> !l.startsWith("childstat: reading ")).toList();
        assertEquals(1, lines.size(), c.err());
        assertTrue(lines.get(0).contains(says), "says " + says + ": " + lines.get(0));
    }
}
