package org.childstat.indicators.scorecard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Formula-like ids: defused in every CSV by default (a leading {@code '}), as they are with
 * {@code --raw-csv}; numbers such as a negative z never change.
 */
class RawCsvTest {
    @TempDir
    Path dir;

    @Test
    void funnel_formulaLikeId_defusedByDefault_rawWithTheOption_negativeNumbersUntouched() throws Exception {
        Path t = Files.writeString(dir.resolve("t.csv"), "entity_id,numerator,denominator\n=1+1,2,40\n@SUM(A1),30,60\n"
                + "-x,5,80\nD,60,120\n");
        CapturedChildstat cli = new CapturedChildstat();
        Path safe = dir.resolve("safe.csv"), raw = dir.resolve("raw.csv");
        assertEquals(0, cli.run("funnel", "--input", t.toString(), "--out", safe.toString()), cli.err());
        assertEquals(0, cli.run("funnel", "--input", t.toString(), "--out", raw.toString(), "--raw-csv"), cli.err());
        List<Map<String, String>> s = Rfc4180.rows(safe), r = Rfc4180.rows(raw);
        assertEquals(List.of("'=1+1", "'@SUM(A1)", "'-x", "D"), s.stream().map(m -> m.get("entity_id")).toList());
        assertEquals(List.of("=1+1", "@SUM(A1)", "-x", "D"), r.stream().map(m -> m.get("entity_id")).toList());
        assertTrue(s.stream().anyMatch(m -> m.get("z").startsWith("-")), "a negative z is written as a number");
        for (int i = 0; i < s.size(); i++) {
            assertEquals(r.get(i).get("z"), s.get(i).get("z"));
        }
    }

    @Test
    void run_rawCsv_writesIdsAsTheyAre() throws Exception {
        CapturedChildstat cli = new CapturedChildstat();
        Path data = dir.resolve("data");
        assertEquals(0, cli.run("synth", "--out", data.toString(), "--children", "400"), cli.err());
        Path units = data.resolve("org_units.csv");
        Files.writeString(units, Files.readString(units).replace("U001,", "=U001,"));
        Files.writeString(data.resolve("workers.csv"), Files.readString(data.resolve("workers.csv")).replace(",U001,", ",=U001,"));
        for (String[] run : List.of(new String[] {"defused", ""}, new String[] {"raw", "--raw-csv"})) {
            Path out = dir.resolve(run[0]);
            List<String> args = new java.util.ArrayList<>(List.of("run", "--data", data.toString(), "--out", out.toString()));
            if (!run[1].isEmpty()) {
                args.add(run[1]);
            }
            assertEquals(0, cli.run(args.toArray(String[]::new)), cli.err());
            String expected = run[0].equals("raw") ? "=U001" : "'=U001";
            for (String file : List.of("results.csv", "entities.csv", "trends.csv", "variation.csv")) {
                assertTrue(Rfc4180.rows(out.resolve(file)).stream().anyMatch(m -> expected.equals(m.get("entity_id"))),
                        run[0] + " " + file);
            }
        }
    }
}
