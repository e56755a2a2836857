package org.childstat.indicators.scorecard.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.childstat.indicators.core.internal.CsvWriter;

/**
 * A CSV table for stdout ({@code childstat cases}), written by the project's one CSV writer,
 * {@link CsvWriter} (RFC 4180 quoting, formulas defused), so that an id such as {@code U,1} is
 * one quoted cell there as in every output file. CsvWriter writes files only: the rows go to a
 * temporary file (owner-only, deleted at once) and from it to stdout. Not thread-safe.
 */
final class StdoutCsv {
    private final List<String> header;
    private final List<String[]> rows = new ArrayList<>();

    StdoutCsv(List<String> header) {
        this.header = List.copyOf(header);
    }

    /** Adds a row (null or empty cells are empty). */
    void row(String... cells) {
        rows.add(cells.clone());
    }

    /** Writes the header and the rows to {@code out}. */
    void printTo(PrintStream out) {
        Path temp = null;
        try {
            temp = Files.createTempFile("childstat-", ".csv");
            try (CsvWriter w = new CsvWriter(temp, header)) {
                for (String[] r : rows) {
                    w.row(r);
                }
            }
            out.write(Files.readAllBytes(temp));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the table to stdout: " + CannotWrite.reason(e), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // a temporary file of the system's temporary folder
                }
            }
        }
    }
}
