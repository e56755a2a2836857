package org.childstat.indicators.scorecard.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict RFC 4180 reader for the tests, independent of the project's reader: records end at
 * LF or CRLF outside quotes, a quoted cell may hold commas, line breaks and doubled quotes, and
 * anything else (a quote inside an unquoted cell, text after a closing quote, an unclosed quote)
 * fails the test. Like pandas and R, a file must not end in a blank line to have no empty record.
 */
final class Rfc4180 {
    private Rfc4180() {
    }

    /** Every record of the file, the header first. */
    static List<List<String>> read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Every record of the text, the header first; a final line break ends the last record. */
    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0, n = text.length();
        boolean atCellStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (atCellStart && c == '"') {
                i++;
                while (true) {
                    if (i >= n) {
                        throw new AssertionError("unclosed quote in record " + (records.size() + 1));
                    }
                    char q = text.charAt(i++);
                    if (q == '"') {
                        if (i < n && text.charAt(i) == '"') {
                            cell.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        cell.append(q);
                    }
                }
                if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    throw new AssertionError("text after a closing quote in record " + (records.size() + 1));
                }
                atCellStart = false;
                continue;
            }
            if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
                atCellStart = true;
                i++;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    if (i + 1 >= n || text.charAt(i + 1) != '\n') {
                        throw new AssertionError("a bare CR in record " + (records.size() + 1));
                    }
                    i++;
                }
                i++;
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                atCellStart = true;
            } else {
                if (c == '"') {
                    throw new AssertionError("a quote inside an unquoted cell in record " + (records.size() + 1));
                }
                cell.append(c);
                atCellStart = false;
                i++;
            }
        }
        if (!atCellStart || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
        }
        return records;
    }

    /** The records after the header, each as column -> cell; every record must have the header's cell count. */
    static List<Map<String, String>> rows(Path file) throws IOException {
        List<List<String>> records = read(file);
        List<String> header = records.get(0);
        List<Map<String, String>> out = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> cells = records.get(r);
            if (cells.size() != header.size()) {
                throw new AssertionError(file.getFileName() + " record " + (r + 1) + " has " + cells.size()
                        + " cells, the header " + header.size() + ": " + cells);
            }
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), cells.get(i));
            }
            out.add(row);
        }
        return out;
    }
}
