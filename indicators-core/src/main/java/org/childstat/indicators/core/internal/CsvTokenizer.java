package org.childstat.indicators.core.internal;

import java.util.Arrays;

/**
 * An RFC 4180 tokenizer over a decoded file that reports broken rows instead of stopping, and
 * recovers at the next line. It gives cell bounds in the buffer, so dates and codes are read
 * without making strings.
 *
 * <p>Rules (docs/input-files.md, How every CSV file is read): comma-separated; a cell whose first
 * non-blank character is a double quote is quoted, may hold commas and line breaks, and writes a
 * quote as {@code ""}; spaces and tabs around a cell (and around a quoted cell's quotes) are
 * trimmed; lines holding only spaces and tabs are not rows; CR, LF and CRLF all end a line. A row
 * is <em>broken</em> (see {@link #error()}) when a quote stands inside an unquoted cell, text
 * follows a closing quote, a quoted cell is never closed, or a cell is longer than
 * {@link #MAX_CELL} characters. After a broken row the tokenizer goes on at the line after the one
 * where the row broke, or, for an unclosed or overlong quoted cell, at the line after the row's
 * first line, so one stray quote cannot swallow the rest of the file. Not thread-safe.
 */
public final class CsvTokenizer {
    /** Longest cell, in characters. */
    public static final int MAX_CELL = 65_536;

    private final char[] buf;
    private final int len;
    private int pos;
    private int line = 1;

    private int recordLine;
    private int cells;
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private boolean[] escaped = new boolean[32];
    private String error;

    /** Tokenizes {@code text[0, length)}; a leading byte-order mark is skipped. */
    public CsvTokenizer(char[] text, int length) {
        this.buf = text;
        this.len = length;
        this.pos = length > 0 && text[0] == '\uFEFF' ? 1 : 0;
    }

    /** The line on which the current row starts (1-based). */
    public int line() {
        return recordLine;
    }

    /** Cells in the current row. */
    public int cellCount() {
        return cells;
    }

    /** Why the current row is broken, or null. */
    public String error() {
        return error;
    }

    /** The buffer the bounds refer to. */
    public char[] buffer() {
        return buf;
    }

    /** Start of cell {@code i}, trimmed, in {@link #buffer()}. */
    public int start(int i) {
        return starts[i];
    }

    /** End (exclusive) of cell {@code i}, trimmed. */
    public int end(int i) {
        return ends[i];
    }

    /** Whether cell {@code i} is empty after trimming. */
    public boolean isEmpty(int i) {
        return ends[i] <= starts[i];
    }

    /** Cell {@code i} as a string (quotes undone, trimmed), or null when empty. */
    public String cell(int i) {
        if (isEmpty(i)) {
            return null;
        }
        if (!escaped[i]) {
            return new String(buf, starts[i], ends[i] - starts[i]);
        }
        StringBuilder out = new StringBuilder(ends[i] - starts[i]);
        for (int p = starts[i]; p < ends[i]; p++) {
            out.append(buf[p]);
            if (buf[p] == '"') {
                p++;
            }
        }
        String s = out.toString().strip();
        return s.isEmpty() ? null : s;
    }

    /** Advances to the next row; false at the end of the text. */
    public boolean next() {
        error = null;
        cells = 0;
        while (true) {
            int p = skipBlanks(pos);
            if (p >= len) {
                pos = len;
                return false;
            }
            if (buf[p] == '\n' || buf[p] == '\r') {
                pos = skipLineEnd(p);
                line++;
                continue;
            }
            break;
        }
        recordLine = line;
        final int recordStart = pos;
        while (true) {
            int p = skipBlanks(pos);
            if (p < len && buf[p] == '"') {
                int q = p + 1;
                boolean hasEscapes = false;
                int linesInside = 0;
                while (true) {
                    if (q >= len) {
                        return brokenFromRecordStart(recordStart, "a quoted cell (cell " + (cells + 1)
                                + ") is never closed");
                    }
                    char c = buf[q];
                    if (c == '"') {
                        if (q + 1 < len && buf[q + 1] == '"') {
                            hasEscapes = true;
                            q += 2;
                            continue;
                        }
                        break;
                    }
                    if (c == '\n' || (c == '\r' && (q + 1 >= len || buf[q + 1] != '\n'))) {
                        linesInside++;
                    }
                    if (q - p > MAX_CELL) {
                        return brokenFromRecordStart(recordStart, "cell " + (cells + 1) + " is longer than "
                                + MAX_CELL + " characters");
                    }
                    q++;
                }
                line += linesInside;
                addCell(p + 1, q, hasEscapes);
                q = skipBlanks(q + 1);
                if (q >= len) {
                    pos = len;
                    return true;
                }
                char c = buf[q];
                if (c == ',') {
                    pos = q + 1;
                    continue;
                }
                if (c == '\n' || c == '\r') {
                    pos = skipLineEnd(q);
                    line++;
                    return true;
                }
                return brokenAt(q, "text follows the closing quote of cell " + cells);
            }
            int q = p;
            while (q < len) {
                char c = buf[q];
                if (c == ',' || c == '\n' || c == '\r') {
                    break;
                }
                if (c == '"') {
                    return brokenAt(q, "a quote inside unquoted cell " + (cells + 1) + " (quote the cell and double the quote)");
                }
                q++;
            }
            if (q - p > MAX_CELL) {
                return brokenAt(q, "cell " + (cells + 1) + " is " + (q - p) + " characters long (at most " + MAX_CELL
                        + ")");
            }
            addCell(p, q, false);
            if (q >= len) {
                pos = len;
                return true;
            }
            if (buf[q] == ',') {
                pos = q + 1;
                continue;
            }
            pos = skipLineEnd(q);
            line++;
            return true;
        }
    }

    private void addCell(int from, int to, boolean hasEscapes) {
        if (cells == starts.length) {
            starts = Arrays.copyOf(starts, cells * 2);
            ends = Arrays.copyOf(ends, cells * 2);
            escaped = Arrays.copyOf(escaped, cells * 2);
        }
        while (from < to && (buf[from] == ' ' || buf[from] == '\t')) {
            from++;
        }
        while (to > from && (buf[to - 1] == ' ' || buf[to - 1] == '\t')) {
            to--;
        }
        starts[cells] = from;
        ends[cells] = to;
        escaped[cells] = hasEscapes;
        cells++;
    }

    /** Breaks the row at {@code p} and goes on after the end of p's line. */
    private boolean brokenAt(int p, String why) {
        error = why;
        while (p < len && buf[p] != '\n' && buf[p] != '\r') {
            p++;
        }
        if (p < len) {
            pos = skipLineEnd(p);
            line++;
        } else {
            pos = len;
        }
        return true;
    }

    /** Breaks the row and goes on at the line after the row's first line. */
    private boolean brokenFromRecordStart(int recordStart, String why) {
        line = recordLine;
        return brokenAt(recordStart, why);
    }

    private int skipBlanks(int p) {
        while (p < len && (buf[p] == ' ' || buf[p] == '\t')) {
            p++;
        }
        return p;
    }

    private int skipLineEnd(int p) {
        if (buf[p] == '\r' && p + 1 < len && buf[p + 1] == '\n') {
            return p + 2;
        }
        return p + 1;
    }
}
