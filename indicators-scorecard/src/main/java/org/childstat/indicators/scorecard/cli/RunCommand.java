package org.childstat.indicators.scorecard.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.childstat.indicators.cohort.CalculationOptions;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.model.Level;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code childstat run}: reads a folder of CSV files and computes every indicator (or those of
 * {@code --indicators}) for every period of {@code --periods} and every level (or those of
 * {@code --levels}), then writes results.csv, indicators.csv, entities.csv, exclusions.csv,
 * data-quality.csv, variation.csv, trends.csv, scorecard.html and, last, run.json into
 * {@code --out} ({@link Jobs#run}).
 *
 * <p>Exit codes: 0 done; 1 finished but rows were set aside (see data-quality.csv); 2 usage
 * error ({@code --data} not a folder, an unknown indicator or level, a bad period or one that
 * starts after the as-of date, an {@code --as-of} after the extract date, {@code --out} in use
 * by another run); 3 unreadable input, an output that cannot be written, or not enough memory;
 * 4 internal error (also when a scorecard cell failed).
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Every indicator, period and level: results.csv, indicators.csv, entities.csv, exclusions.csv, "
                + "data-quality.csv, variation.csv, trends.csv, scorecard.html, run.json.")
final class RunCommand implements Callable<Integer> {
    @ParentCommand
    Childstat cli;
    @Mixin
    CsvCellsOption csv = new CsvCellsOption();
    @Option(names = "--data", required = true, description = "the folder of CSV files (docs/input-files.md)")
    Path data;
    @Option(names = "--out", required = true, description = "the output folder")
    Path out;
    @Option(names = "--as-of", description = "as-of date (default: extract.txt)")
    LocalDate asOf;
    @Option(names = "--periods", defaultValue = "rolling:24",
            description = "period labels and rolling:N, comma-separated (default ${DEFAULT-VALUE})")
    String periods;
    @Option(names = "--indicators", split = ",", description = "indicator ids (default: all)")
    List<String> indicators;
    @Option(names = "--levels", split = ",", description = "levels: COUNTY, BUREAU, OFFICE, UNIT, WORKER (default: all)")
    List<String> levels;

    @Override
    public Integer call() {
        Options.folder(data);
        CalculationOptions options = CalculationOptions.defaults();
        if (indicators != null) {
            Set<IndicatorId> ids = EnumSet.noneOf(IndicatorId.class);
            for (String id : indicators) {
                try {
                    ids.add(IndicatorId.parse(id.strip()));
                } catch (IllegalArgumentException e) {
                    throw new UsageException("--indicators: " + e.getMessage());
                }
            }
            options = options.withIndicators(ids);
        }
        if (levels != null) {
            Set<Level> chosen = EnumSet.noneOf(Level.class);
            for (String level : levels) {
                try {
                    chosen.add(Level.valueOf(level.strip()));
                } catch (IllegalArgumentException e) {
                    throw new UsageException("--levels: unknown level '" + level.strip()
                            + "'; expected COUNTY, BUREAU, OFFICE, UNIT, WORKER");
                }
            }
            options = options.withLevels(chosen);
        }
        LocalDate known = Options.asOf(data, asOf);
        try {
            for (ReportingPeriod p : ReportingPeriod.parseList(periods, known == null ? LocalDate.of(2000, 1, 31)
                    : known)) {
                Options.notAfter("--periods", p, known);
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException("--periods: " + e.getMessage());
        }
        try (OutputFolder folder = OutputFolder.open(out)) {
            return cli.jobs.run(data, folder, asOf, periods, options, csv.cells());
        }
    }
}
