package org.childstat.indicators.core.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one RFC 4180 file: UTF-8, comma-separated, LF line ends; a cell is quoted when it holds
 * a comma, a quote or a line break, or starts or ends with a space or tab (which a reader would
 * trim). Null and empty cells are written empty. Not thread-safe.
 */
public final class CsvWriter implements AutoCloseable {
    private final BufferedWriter out;
    private final StringBuilder line = new StringBuilder(128);

    /** Opens {@code file} (replacing it) and writes the header. */
    public CsvWriter(Path file, List<String> header) throws IOException {
        out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
        row(header.toArray(String[]::new));
    }

    public void row(String... cells) throws IOException {
        line.setLength(0);
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            cell(cells[i]);
        }
        line.append('\n');
        out.append(line);
    }

    private void cell(String value) {
        if (value == null || value.isEmpty()) {
            return;
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
