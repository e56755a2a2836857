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

    /**
     * rows (blocks formatted in parallel) writes the bytes row by row writes, at sizes around a
     * block (4,096 rows) and a wave (16 blocks), with cells that need quoting and defusing.
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 4095, 4096, 4097, 65_535, 65_536, 65_537, 200_003})
    void rowsInParallelBlocks_sameBytesAsRowByRow(int n) throws IOException {
        java.util.function.IntFunction<String[]> row = i -> new String[] {"r" + i, i % 7 == 0 ? "=x" + i : "a,b",
                i % 5 == 0 ? null : "q\"" + i, Integer.toString(i * 31 % 1000)};
        Path one = dir.resolve("one.csv"), blocks = dir.resolve("blocks.csv");
        try (CsvWriter w = new CsvWriter(one, List.of("a", "b", "c", "d"),
                org.childstat.indicators.core.io.FormulaCells.DEFUSED)) {
            for (int i = 0; i < n; i++) {
                w.row(row.apply(i));
            }
        }
        try (CsvWriter w = new CsvWriter(blocks, List.of("a", "b", "c", "d"),
                org.childstat.indicators.core.io.FormulaCells.DEFUSED)) {
            w.rows(n, row::apply);
        }
        assertEquals(-1L, Files.mismatch(one, blocks), "first differing byte");
        assertEquals(n + 1, Files.readAllLines(blocks).size());
    }
}
