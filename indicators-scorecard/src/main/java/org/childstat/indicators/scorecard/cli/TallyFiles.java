package org.childstat.indicators.scorecard.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.childstat.indicators.core.internal.CsvWriter;

/**
 * Reads the analysts' CSV files of data-contract §5 (TALLIES.csv and SERIES.csv): a header, then
 * rows of cells. A bad row (a missing cell, a non-number, a count below zero, a denominator of 0
 * or below, a numerator above its denominator for percents) is left out and named on stderr with
 * its line; the command then exits with 1. Writes what {@code funnel} and {@code chart} make of
 * them: the CSV, and its summary {@code FILE.json} beside it.
 */
final class TallyFiles {
    private TallyFiles() {
    }

    /** One good row: its line, first cell, and numbers. */
    record Line(int line, String id, double[] numbers) {
    }

    /** The rows read, and how many were left out. */
    record Read(List<Line> rows, int bad) {
    }

    /**
     * Reads a file whose header names {@code columns} (case-insensitively, in any order).
     *
     * @throws Childstat.UsageException when the file is missing, empty or lacks a column
     */
    static Read read(Path file, List<String> columns, boolean percent, boolean checkDenominator, PrintStream err) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Childstat.UsageException("--input " + file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        int headerLine = 0;
        while (headerLine < lines.size() && lines.get(headerLine).isBlank()) {
            headerLine++;
        }
        if (headerLine == lines.size()) {
            throw new Childstat.UsageException("--input " + file + ": empty file; expected a header with "
                    + String.join(", ", columns));
        }
        String[] header = lines.get(headerLine).replace("\uFEFF", "").split(",", -1);
        int[] index = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            index[c] = -1;
            for (int h = 0; h < header.length; h++) {
                if (header[h].strip().toLowerCase(Locale.ROOT).equals(columns.get(c))) {
                    index[c] = h;
                }
            }
            if (index[c] < 0) {
                throw new Childstat.UsageException("--input " + file + ": the header lacks column " + columns.get(c)
                        + " (expected " + String.join(", ", columns) + ")");
            }
        }
        List<Line> rows = new ArrayList<>();
        int bad = 0;
        for (int i = headerLine + 1; i < lines.size(); i++) {
            String text = lines.get(i);
            if (text.isBlank() || text.startsWith("#")) {
                continue;
            }
            String[] cells = text.split(",", -1);
            String problem = null;
            double[] numbers = new double[columns.size() - 1];
            for (int c = 1; c < columns.size() && problem == null; c++) {
                String cell = index[c] < cells.length ? cells[index[c]].strip() : "";
                try {
                    numbers[c - 1] = Double.parseDouble(cell);
                    if (!Double.isFinite(numbers[c - 1])) {
                        problem = columns.get(c) + " '" + cell + "' is not a number";
                    }
                } catch (NumberFormatException e) {
                    problem = columns.get(c) + " '" + cell + "' is not a number";
                }
            }
            String id = index[0] < cells.length ? cells[index[0]].strip() : "";
            if (problem == null && id.isEmpty()) {
                problem = columns.get(0) + " is empty";
            }
            if (problem == null && checkDenominator) {
                double num = numbers[0], den = numbers[1];
                if (num < 0) {
                    problem = "numerator " + num + " is below 0";
                } else if (den <= 0) {
                    problem = "denominator " + den + " must be above 0";
                } else if (percent && num > den) {
                    problem = "numerator " + num + " is above the denominator " + den;
                }
            }
            if (problem != null) {
                err.println("childstat: " + file.getFileName() + " line " + (i + 1) + ": " + problem + "; row left out");
                bad++;
            } else {
                rows.add(new Line(i + 1, id, numbers));
            }
        }
        return new Read(rows, bad);
    }

    /**
     * Where the summary of {@code --out FILE} goes (data-contract §5): beside it, its name with a
     * trailing {@code .csv} (in any case) replaced by {@code .json}, else with {@code .json} added.
     */
    static Path summaryPath(Path csv) {
        Path name = csv.getFileName();
        if (name == null) {
            throw new Childstat.UsageException("--out " + csv + " names no file");
        }
        String text = name.toString();
        boolean dotCsv = text.length() >= 4 && text.regionMatches(true, text.length() - 4, ".csv", 0, 4);
        return csv.resolveSibling((dotCsv ? text.substring(0, text.length() - 4) : text) + ".json");
    }

    /**
     * Writes the analysts' CSV (header, then rows, RFC 4180, nothing else) and its summary beside
     * it; returns the summary's path.
     *
     * @throws UncheckedIOException (exit 3) naming the file that cannot be written
     */
    static Path write(Path csv, List<String> header, List<String[]> rows, Map<String, ?> summary) {
        Path json = summaryPath(csv);
        Path current = csv;
        try {
            try (CsvWriter w = new CsvWriter(csv, header)) {
                for (String[] row : rows) {
                    w.row(row);
                }
            }
            current = json;
            Files.writeString(json, Json.object(summary));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + current + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        }
        return json;
    }

    /**
     * Writes a plot's SVG.
     *
     * @throws UncheckedIOException (exit 3) naming the file that cannot be written
     */
    static void writePlot(Path svg, String content) {
        try {
            Files.writeString(svg, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + svg + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        }
    }
}
