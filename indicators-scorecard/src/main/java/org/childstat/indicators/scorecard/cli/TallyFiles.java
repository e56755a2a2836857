package org.childstat.indicators.scorecard.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.childstat.indicators.core.internal.CsvTokenizer;
import org.childstat.indicators.core.internal.CsvWriter;
import org.childstat.indicators.core.io.FormulaCells;
import org.childstat.indicators.scorecard.variation.ExactLimits;

/**
 * Reads the analysts' CSV files (TALLIES.csv and SERIES.csv; docs/outputs.md, funnel and chart): a
 * header, then rows of cells, with the project's one CSV reader ({@link CsvTokenizer}: RFC 4180, so
 * a quoted {@code "A,B"} is one id). A bad row (broken quoting, a missing cell, a non-number, a
 * count below zero, a denominator of 0 or below or above {@link ExactLimits#MAX_DENOMINATOR}, a
 * numerator above its denominator for percents, an entity_id given a second time) is left out and
 * named on stderr with its line; the command then exits with 1. Writes what {@code funnel} and
 * {@code chart} make of them: the CSV, and its summary {@code FILE.json} beside it, each written to
 * a temporary name and renamed into place; {@link #num(double)} and {@link #plotTitle(Path)} are
 * how both write a number and title a plot.
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

    /** How a file is checked beyond its numbers. */
    enum Check {
        /** Numbers only (SERIES.csv of run and I charts). */
        NUMBERS,
        /** Numerator and denominator (SERIES.csv of p, p', u, u' charts). */
        TALLIES,
        /** Numerator and denominator, and each id once (TALLIES.csv of {@code funnel}). */
        UNIQUE_TALLIES
    }

    /**
     * Reads a file whose header names {@code columns} (case-insensitively, in any order).
     *
     * @throws UsageException       when the file is missing, a folder, empty, or lacks a column
     * @throws UncheckedIOException (exit 3) when it cannot be read or is not UTF-8
     */
    static Read read(Path file, List<String> columns, boolean percent, Check check, PrintStream err) {
        char[] text = decode(file);
        CsvTokenizer t = new CsvTokenizer(text, text.length);
        if (!t.next()) {
            throw new UsageException("--input " + file + ": empty file; expected a header with "
                    + String.join(", ", columns));
        }
        if (t.error() != null) {
            throw new UsageException("--input " + file + ": the header (line " + t.line() + ") is broken: "
                    + t.error());
        }
        int[] index = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            index[c] = -1;
            for (int h = 0; h < t.cellCount(); h++) {
                String name = t.cell(h);
                if (name != null && name.toLowerCase(Locale.ROOT).equals(columns.get(c))) {
                    index[c] = h;
                }
            }
            if (index[c] < 0) {
                throw new UsageException("--input " + file + ": the header lacks column " + columns.get(c)
                        + " (expected " + String.join(", ", columns) + ")");
            }
        }
        boolean tallies = check != Check.NUMBERS;
        List<Line> rows = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        int bad = 0;
        while (t.next()) {
            int line = t.line();
            String problem = t.error();
            if (problem == null) {
                String first = t.cellCount() > 0 ? t.cell(0) : null;
                if (first != null && first.startsWith("#")) {
                    continue; // a comment
                }
            }
            double[] numbers = new double[columns.size() - 1];
            for (int c = 1; c < columns.size() && problem == null; c++) {
                String cell = index[c] < t.cellCount() ? t.cell(index[c]) : null;
                String shown = cell == null ? "" : cell;
                try {
                    numbers[c - 1] = Double.parseDouble(shown);
                    if (!Double.isFinite(numbers[c - 1])) {
                        problem = columns.get(c) + " '" + shown + "' is not a number";
                    }
                } catch (NumberFormatException e) {
                    problem = columns.get(c) + " '" + shown + "' is not a number";
                }
            }
            String id = problem == null && index[0] < t.cellCount() ? t.cell(index[0]) : null;
            if (problem == null && id == null) {
                problem = columns.get(0) + " is empty";
            }
            if (problem == null && tallies) {
                double num = numbers[0], den = numbers[1];
                if (num < 0) {
                    problem = "numerator " + num + " is below 0";
                } else if (den <= 0) {
                    problem = "denominator " + den + " must be above 0";
                } else if (den > ExactLimits.MAX_DENOMINATOR) {
                    problem = "denominator " + den + " is above " + ExactLimits.MAX_DENOMINATOR
                            + ", the largest the exact limits are computed for";
                } else if (percent && num > den) {
                    problem = "numerator " + num + " is above the denominator " + den;
                }
            }
            if (problem == null && check == Check.UNIQUE_TALLIES) {
                Integer before = firstLine.putIfAbsent(id, line);
                if (before != null) {
                    problem = columns.get(0) + " " + id + " is given a second time (first on line " + before
                            + "; rows of one entity are not added up)";
                }
            }
            if (problem != null) {
                err.println("childstat: " + file.getFileName() + " line " + line + ": " + problem + "; row left out");
                bad++;
            } else {
                rows.add(new Line(line, id, numbers));
            }
        }
        return new Read(rows, bad);
    }

    /**
     * The file's text, strictly UTF-8.
     *
     * @throws UsageException       when there is no such file, or it is a folder
     * @throws UncheckedIOException when it cannot be read or is not UTF-8
     */
    private static char[] decode(Path file) {
        if (Files.isDirectory(file)) {
            throw new UsageException("--input " + file + " is a folder, not a file");
        }
        if (!Files.exists(file)) {
            throw new UsageException("--input " + file + ": no such file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be read: " + CannotWrite.reason(e), e);
        }
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            char[] text = new char[chars.remaining()];
            chars.get(text);
            return text;
        } catch (CharacterCodingException e) {
            throw new UncheckedIOException(file + ": not valid UTF-8 (save it as UTF-8 and try again)", e);
        }
    }

    /**
     * Where the summary of {@code --out FILE} goes (docs/outputs.md, funnel and chart): beside it,
     * its name with a trailing {@code .csv} (in any case) replaced by {@code .json}, else with
     * {@code .json} added.
     */
    static Path summaryPath(Path csv) {
        Path name = csv.getFileName();
        if (name == null) {
            throw new UsageException("--out " + csv + " names no file");
        }
        String text = name.toString();
        boolean dotCsv = text.length() >= 4 && text.regionMatches(true, text.length() - 4, ".csv", 0, 4);
        return csv.resolveSibling((dotCsv ? text.substring(0, text.length() - 4) : text) + ".json");
    }

    /**
     * Writes the analysts' CSV (header, then rows, RFC 4180, nothing else) and its summary beside
     * it, each to a temporary name renamed into place; returns the summary's path.
     *
     * @throws CannotWrite (exit 3) naming the file that cannot be written and why
     */
    static Path write(Path csv, List<String> header, List<String[]> rows, Map<String, ?> summary, FormulaCells cells) {
        Path json = summaryPath(csv);
        if (Files.isDirectory(json)) {
            throw new CannotWrite(json, "it is a folder");
        }
        OutputFolder.writeFile(csv, file -> {
            try (CsvWriter w = new CsvWriter(file, header, cells)) {
                for (String[] row : rows) {
                    w.row(row);
                }
            }
        });
        OutputFolder.writeFile(json, file -> Files.writeString(file, Json.object(summary)));
        return json;
    }

    /** A number for the analysts' files: up to 10 significant digits, plain; empty for NaN. */
    static String num(double x) {
        if (!Double.isFinite(x)) {
            return "";
        }
        BigDecimal d = new BigDecimal(x).round(new MathContext(10)).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    /** A plot's title: the input file's name without its extension. */
    static String plotTitle(Path input) {
        String name = input.getFileName() == null ? input.toString() : input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * Writes a plot's SVG (to a temporary name renamed into place).
     *
     * @throws CannotWrite (exit 3) naming the file that cannot be written and why
     */
    static void writePlot(Path svg, String content) {
        OutputFolder.writeFile(svg, file -> Files.writeString(file, content, StandardCharsets.UTF_8));
    }
}
