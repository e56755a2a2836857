package org.childstat.indicators.cohort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.childstat.indicators.core.indicator.ResultTable;
import org.childstat.indicators.core.internal.CsvWriter;
import org.childstat.indicators.core.io.FormulaCells;

/**
 * What one calculation produced: the results and the exclusion counts, and how long it took.
 * Immutable and thread-safe.
 */
public final class Calculation {
    /** The columns of {@code exclusions.csv} (docs/outputs.md). */
    public static final List<String> EXCLUSIONS_HEADER = List.of("indicator", "period", "reason", "count");

    private final ResultTable results;
    private final List<ExclusionCount> exclusions;
    private final List<DataQualityLimit> dataQualityLimits;
    private final long nanos;

    Calculation(ResultTable results, List<ExclusionCount> exclusions, List<DataQualityLimit> dataQualityLimits,
                long nanos) {
        this.results = Objects.requireNonNull(results);
        this.exclusions = List.copyOf(exclusions);
        this.dataQualityLimits = List.copyOf(dataQualityLimits);
        this.nanos = nanos;
    }

    /**
     * The CFSR data-quality checks of every period (docs/indicators.md, CFSR data-quality limits).
     *
     * @return one check per period and limit, in period order
     */
    public List<DataQualityLimit> dataQualityLimits() {
        return dataQualityLimits;
    }

    /**
     * The results: one per indicator, period, level and entity (results.csv).
     *
     * @return the results table
     */
    public ResultTable results() {
        return results;
    }

    /**
     * Exclusion counts above zero, by indicator, period and reason (exclusions.csv).
     *
     * @return the counts, sorted as exclusions.csv
     */
    public List<ExclusionCount> exclusions() {
        return exclusions;
    }

    /**
     * Wall time of the calculation in milliseconds.
     *
     * @return the elapsed milliseconds
     */
    public long millis() {
        return nanos / 1_000_000;
    }

    /**
     * Writes {@code results.csv} and {@code exclusions.csv} into a folder (created if needed).
     *
     * @param folder the output folder
     */
    public void writeCsv(Path folder) {
        writeCsv(folder, FormulaCells.DEFUSED);
    }

    /**
     * Writes the same files, formula-like text cells as {@code cells} says.
     *
     * @param folder the output folder
     * @param cells  how formula-like text cells are written ({@link FormulaCells#RAW} for programs)
     */
    public void writeCsv(Path folder, FormulaCells cells) {
        try {
            Files.createDirectories(folder);
            results.writeCsv(folder.resolve("results.csv"), cells);
            try (CsvWriter out = new CsvWriter(folder.resolve("exclusions.csv"), EXCLUSIONS_HEADER, cells)) {
                for (ExclusionCount e : exclusions) {
                    out.row(e.indicator().id(), e.period().label(), e.reason().name(), Long.toString(e.count()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder, e);
        }
    }

    @Override
    public String toString() {
        return "Calculation[" + results.size() + " results, " + exclusions.size() + " exclusion counts, " + millis()
                + " ms]";
    }
}
