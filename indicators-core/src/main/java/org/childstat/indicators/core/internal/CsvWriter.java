package org.childstat.indicators.core.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.childstat.indicators.core.io.FormulaCells;

/**
 * Writes one RFC 4180 file: UTF-8, comma-separated, LF line ends; a cell is quoted when it holds
 * a comma, a quote or a line break, or starts or ends with a space or tab (which a reader would
 * trim). Null and empty cells are written empty. Not thread-safe.
 *
 * <p>Cells that a spreadsheet would run as a formula are defused by default ({@link
 * FormulaCells#DEFUSED}, the OWASP rule for CSV injection): a cell that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return, and is not a plain number, is
 * written with a leading {@code '}, so {@code =HYPERLINK(...)} in an id or a name shows as text
 * in Excel, LibreOffice and Google Sheets. Numbers such as {@code -0.98} or {@code -1.5E-7} are
 * never changed. {@link FormulaCells#RAW} writes every cell as it is: for files read back by programs
 * (the contract's input files, or outputs asked for raw).
 */
public final class CsvWriter implements AutoCloseable {
    private final Writer out;
    private final StringBuilder line = new StringBuilder(128);
    private final FormulaCells cells;

    /** Opens {@code file} (replacing it) and writes the header; formula-like cells defused. */
    public CsvWriter(Path file, List<String> header) throws IOException {
        this(file, header, FormulaCells.DEFUSED);
    }

    /** Opens {@code file} (replacing it) and writes the header, cells written as {@code cells} says. */
    public CsvWriter(Path file, List<String> header, FormulaCells cells) throws IOException {
        this(new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16), header, cells);
    }

    /**
     * Writes to {@code out} (which {@link #close()} closes; wrap a stream you must keep open, such
     * as stdout, in one whose close only flushes), starting with the header.
     */
    public CsvWriter(Writer out, List<String> header, FormulaCells cells) throws IOException {
        this.cells = java.util.Objects.requireNonNull(cells, "cells");
        this.out = java.util.Objects.requireNonNull(out, "out");
        row(header.toArray(String[]::new));
    }

    /**
     * Whether a spreadsheet would read the cell as a formula: it starts with {@code =}, {@code +},
     * {@code -}, {@code @}, a tab or a carriage return and is not a plain decimal number.
     */
    public static boolean formulaLike(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        if (first != '=' && first != '+' && first != '-' && first != '@' && first != '\t' && first != '\r') {
            return false;
        }
        return !(first == '-' && isNumber(value));
    }

    /** {@code -?digits[.digits][(e|E)[+-]digits]}, or {@code -Infinity}/{@code -NaN} never (those are text). */
    private static boolean isNumber(String v) {
        int i = v.charAt(0) == '-' ? 1 : 0, n = v.length(), digits = 0;
        while (i < n && Character.isDigit(v.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && v.charAt(i) == '.') {
            i++;
            while (i < n && Character.isDigit(v.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (v.charAt(i) == 'e' || v.charAt(i) == 'E')) {
            i++;
            if (i < n && (v.charAt(i) == '+' || v.charAt(i) == '-')) {
                i++;
            }
            int exp = 0;
            while (i < n && Character.isDigit(v.charAt(i))) {
                i++;
                exp++;
            }
            if (exp == 0) {
                return false;
            }
        }
        return i == n;
    }

    /**
     * Writes one row.
     *
     * @param cells the row's cells (null or empty: an empty cell)
     * @throws IOException when the file cannot be written
     */
    public void row(String... cells) throws IOException {
        line.setLength(0);
        format(line, this.cells, cells);
        out.append(line);
    }

    /** Appends one row's text (cells quoted and defused as the class says, then LF) to {@code line}. */
    private static void format(StringBuilder line, FormulaCells mode, String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            cell(line, mode, cells[i]);
        }
        line.append('\n');
    }

    /** Formats the rows of a block into text, for {@link #rows}. */
    @FunctionalInterface
    public interface RowSource {
        /**
         * The cells of row i; called from several threads at once, so it must only read shared state.
         *
         * @param i the row, from 0
         * @return its cells
         */
        String[] row(int i);
    }

    /** Rows formatted per block; blocks of one wave are formatted in parallel. */
    private static final int BLOCK_ROWS = 4096;
    private static final int WAVE_BLOCKS = 16;

    /**
     * Writes rows 0 to n - 1, the same bytes as {@link #row} called for each in order: blocks of
     * rows are formatted in parallel (the common fork-join pool), a wave of blocks at a time, and
     * written in order, so that a file of a million rows is formatted on every core while the
     * memory held stays a wave of text (some 64,000 rows).
     *
     * @param n      the number of rows
     * @param source each row's cells (read-only, called from several threads)
     * @throws IOException when the file cannot be written
     */
    public void rows(int n, RowSource source) throws IOException {
        int blocks = (n + BLOCK_ROWS - 1) / BLOCK_ROWS;
        for (int wave = 0; wave < blocks; wave += WAVE_BLOCKS) {
            int first = wave, last = Math.min(blocks, wave + WAVE_BLOCKS);
            List<StringBuilder> text = java.util.stream.IntStream.range(first, last).parallel().mapToObj(b -> {
                StringBuilder block = new StringBuilder(BLOCK_ROWS * 128);
                for (int i = b * BLOCK_ROWS, end = Math.min(n, i + BLOCK_ROWS); i < end; i++) {
                    format(block, cells, source.row(i));
                }
                return block;
            }).toList();
            for (StringBuilder block : text) {
                out.append(block);
            }
        }
    }

    private static void cell(StringBuilder line, FormulaCells mode, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        if (mode == FormulaCells.DEFUSED && formulaLike(value)) {
            value = "'" + value;
        }
        char first = value.charAt(0), last = value.charAt(value.length() - 1);
        boolean quote = first == ' ' || first == '\t' || last == ' ' || last == '\t';
        for (int i = 0; !quote && i < value.length(); i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            line.append(value);
            return;
        }
        line.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                line.append('"');
            }
            line.append(c);
        }
        line.append('"');
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
