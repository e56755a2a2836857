package org.childstat.indicators.scorecard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One CSV writer for every output (issue 13): a unit {@code U,1} is one quoted cell in
 * trends.csv, variation.csv and the table {@code cases} prints, so that every record has the
 * header's cells (today variation.csv quoted it by hand and cases' table split it).
 */
class OneCsvWriterTest {
    @TempDir
    Path dir;

    /** The worked example with unit U1 renamed {@code U,1} (quoted) in org_units.csv and workers.csv. */
    private Path unitWithAComma() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        try (Stream<Path> files = Files.list(ChildstatTest.WORKED)) {
            for (Path f : files.toList()) {
                Files.copy(f, data.resolve(f.getFileName()));
            }
        }
        Files.writeString(data.resolve("org_units.csv"), Files.readString(data.resolve("org_units.csv"))
                .replace("\nU1,", "\n\"U,1\","));
        Files.writeString(data.resolve("workers.csv"), Files.readString(data.resolve("workers.csv"))
                .replace(",U1,", ",\"U,1\","));
        return data;
    }

    private static void assertRecordsHaveTheHeadersCells(List<List<String>> records, String what) {
        for (List<String> r : records) {
            assertEquals(records.get(0).size(), r.size(), what + ": " + r);
        }
    }

    @Test
    void unitWithAComma_isOneQuotedCell_inTrendsVariationAndCases() throws IOException {
        Path data = unitWithAComma();
        Path out = dir.resolve("o");
        CapturedChildstat cli = new CapturedChildstat();
        assertEquals(0, cli.run("run", "--data", data.toString(), "--out", out.toString(), "--periods", "FFY2024"),
                cli.err());
        for (String file : List.of("trends.csv", "variation.csv", "results.csv")) {
            List<List<String>> records = Rfc4180.read(out.resolve(file));
            assertRecordsHaveTheHeadersCells(records, file);
            int id = records.get(0).indexOf("entity_id");
            assertTrue(records.stream().anyMatch(r -> r.get(id).equals("U,1")), file + " has U,1");
            assertTrue(Files.readString(out.resolve(file)).contains(",\"U,1\","), file + " quotes it");
        }
        CapturedChildstat cases = new CapturedChildstat();
        assertEquals(0, cases.run("cases", "--data", data.toString(), "--indicator", "CFSR4_P1", "--period", "FFY2024",
                "--entity", "UNIT:U,1"), cases.err());
        String text = cases.out();
        String table = text.substring(text.indexOf("child_id,"), text.indexOf("\n\nsample"));
        List<List<String>> records = Rfc4180.parse(table + "\n");
        assertEquals(List.of("child_id", "outcome", "episode_id", "worker_id", "unit_id"), records.get(0));
        assertRecordsHaveTheHeadersCells(records, "cases");
        assertTrue(records.size() > 1, text);
        assertTrue(records.stream().skip(1).allMatch(r -> r.get(4).equals("U,1")), text);
    }
}
