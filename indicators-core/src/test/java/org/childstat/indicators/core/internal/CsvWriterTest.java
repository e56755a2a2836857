package org.childstat.indicators.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvWriterTest {
    @TempDir
    Path dir;

    String write(org.childstat.indicators.core.io.FormulaCells cells, String... row) throws IOException {
        Path f = dir.resolve("t.csv");
        try (CsvWriter w = new CsvWriter(f, List.of("a", "b", "c"), cells)) {
            w.row(row);
        }
        String all = Files.readString(f);
        return all.substring(all.indexOf('\n') + 1, all.length() - 1);
    }

    /** The OWASP CSV-injection starts: each is defused with a leading apostrophe. */
    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1+1", "-1+1", "@SUM(A1:A2)", "=HYPERLINK(\"http://x\",\"y\")", "-", "=", "-e5",
            "-.5e", "-Infinity"})
    void formulaLike_defusedForSpreadsheets(String cell) throws IOException {
        assertTrue(CsvWriter.formulaLike(cell), cell);
        String line = write(org.childstat.indicators.core.io.FormulaCells.DEFUSED, cell, "x", "y");
        String expected = cell.contains("\"") || cell.contains(",") ? "\"'" + cell.replace("\"", "\"\"") + "\"" : "'" + cell;
        assertEquals(expected + ",x,y", line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.98", "-1", "-1.5E-7", "-12e3", "-.5", "0", "12.5", "O-1", "a=b", "W00118"})
    void numbersAndPlainText_neverChanged(String cell) throws IOException {
        assertFalse(CsvWriter.formulaLike(cell), cell);
        assertEquals(cell + ",x,y", write(org.childstat.indicators.core.io.FormulaCells.DEFUSED, cell, "x", "y"));
    }

    @Test
    void tabAndCarriageReturnStarts_defusedAndStillQuoted() throws IOException {
        assertEquals("'\tx,\"'\rA\",\"'=a,b\"", write(org.childstat.indicators.core.io.FormulaCells.DEFUSED, "\tx", "\rA", "=a,b"));
        assertEquals("\"\tx\",=1+1,@a", write(org.childstat.indicators.core.io.FormulaCells.RAW, "\tx", "=1+1", "@a"), "raw: as they are");
    }
}
