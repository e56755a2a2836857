package org.childstat.indicators.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4180 as docs/input-files.md reads it, with broken rows reported and recovered from. */
class CsvTokenizerTest {
    /** Each row as "line: cells" or "line: ERROR message". */
    private static List<String> rows(String text) {
        CsvTokenizer t = new CsvTokenizer(text.toCharArray(), text.length());
        List<String> out = new ArrayList<>();
        while (t.next()) {
            if (t.error() != null) {
                out.add(t.line() + ": ERROR " + t.error());
                continue;
            }
            String[] cells = new String[t.cellCount()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = t.cell(i);
            }
            out.add(t.line() + ": " + Arrays.toString(cells));
        }
        return out;
    }

    @Test
    void next_plainRowsWithAnyLineEnd() {
        assertEquals(List.of("1: [a, b]", "2: [c, d]", "3: [e, f]", "4: [g, null]"), rows("a,b\nc,d\r\ne,f\rg,"));
    }

    @Test
    void next_trimsSpacesAndTabsAroundCellsAndQuotes() {
        assertEquals(List.of("1: [a, b c, x]"), rows(" a ,\t b c\t,  \" x \"  "));
    }

    @Test
    void next_quotedCellsHoldCommasQuotesAndLineBreaks() {
        assertEquals(List.of("1: [a,b, say \"hi\", l1\nl2]", "3: [z]"), rows("\"a,b\",\"say \"\"hi\"\"\",\"l1\nl2\"\nz"));
    }

    @Test
    void next_blankAndWhitespaceLinesAreNotRows() {
        assertEquals(List.of("2: [a]", "5: [b]"), rows("\na\n  \t\n\r\nb\n\n"));
    }

    @Test
    void next_byteOrderMarkIsSkipped() {
        assertEquals(List.of("1: [id]"), rows("\uFEFFid"));
    }

    @Test
    void next_emptyCellsAreNull() {
        CsvTokenizer t = new CsvTokenizer(",\"\",  ".toCharArray(), 6);
        assertTrue(t.next());
        assertEquals(3, t.cellCount());
        for (int i = 0; i < 3; i++) {
            assertNull(t.cell(i));
            assertTrue(t.isEmpty(i));
        }
        assertFalse(t.next());
    }

    @Test
    void next_quoteInsideUnquotedCell_breaksTheRowOnly() {
        List<String> r = rows("a,b\"c,d\ne,f");
        assertTrue(r.get(0).startsWith("1: ERROR a quote inside unquoted cell 2"), r.get(0));
        assertEquals("2: [e, f]", r.get(1));
    }

    @Test
    void next_textAfterClosingQuote_breaksTheRowOnly() {
        List<String> r = rows("\"a\"b,c\nd");
        assertTrue(r.get(0).contains("text follows the closing quote"), r.get(0));
        assertEquals("2: [d]", r.get(1));
    }

    @Test
    void next_unclosedQuote_resumesAtTheLineAfterTheRowStart() {
        List<String> r = rows("a,\"b\nc,d\ne,f");
        assertEquals(List.of("1: ERROR a quoted cell (cell 2) is never closed", "2: [c, d]", "3: [e, f]"), r);
    }

    @Test
    void next_overlongQuotedCell_resumesAtTheNextLine() {
        String text = "\"" + "x".repeat(CsvTokenizer.MAX_CELL + 10) + "\nok";
        List<String> r = rows(text);
        assertTrue(r.get(0).contains("longer than 65536"), r.get(0));
        assertEquals("2: [ok]", r.get(1));
    }

    @Test
    void next_lineNumbersCountLineBreaksInsideQuotes() {
        assertEquals(List.of("1: [a\nb\r\nc]", "4: [d]"), rows("\"a\nb\r\nc\"\nd"));
    }
}
