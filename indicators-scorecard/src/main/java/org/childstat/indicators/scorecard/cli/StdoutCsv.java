package org.childstat.indicators.scorecard.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.childstat.indicators.core.internal.CsvWriter;
import org.childstat.indicators.core.io.FormulaCells;

/**
 * A CSV table for stdout ({@code childstat cases}), written by the project's one CSV writer,
 * {@link CsvWriter} (RFC 4180 quoting, formulas defused unless asked for raw), so that an id such
 * as {@code U,1} is one quoted cell there as in every output file. Not thread-safe.
 */
final class StdoutCsv {
    private final List<String> header;
    private final FormulaCells cells;
    private final List<String[]> rows = new ArrayList<>();

    StdoutCsv(List<String> header, FormulaCells cells) {
        this.header = List.copyOf(header);
        this.cells = cells;
    }

    /** Adds a row (null or empty cells are empty). */
    void row(String... values) {
        rows.add(values.clone());
    }

    /** Writes the header and the rows to {@code out}, which stays open. */
    void printTo(PrintStream out) {
        // closing the CSV writer flushes the stream but leaves stdout open
        try (CsvWriter w = new CsvWriter(new FilterWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            @Override
            public void close() throws IOException {
                flush();
            }
        }, header, cells)) {
            for (String[] r : rows) {
                w.row(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the table to stdout: " + CannotWrite.reason(e), e);
        }
    }
}
