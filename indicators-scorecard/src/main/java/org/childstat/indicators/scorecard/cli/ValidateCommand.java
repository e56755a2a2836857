package org.childstat.indicators.scorecard.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code childstat validate}: reads a folder of CSV files and prints its data-quality summary
 * only, nothing computed; with {@code --out}, also writes data-quality.csv and run.json there
 * ({@link Jobs#validate}).
 *
 * <p>Exit codes: 0 no row set aside; 1 rows were set aside (see the summary, or data-quality.csv);
 * 2 usage error ({@code --data} not a folder, an {@code --as-of} after the extract date,
 * {@code --out} in use by another run); 3 the folder or one of its files cannot be read, an
 * output that cannot be written, or not enough memory; 4 internal error.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "The data-quality report only (data-quality.csv, run.json).")
final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    Childstat cli;
    @Mixin
    CsvCellsOption csv = new CsvCellsOption();
    @Option(names = "--data", required = true, description = "the folder of CSV files")
    Path data;
    @Option(names = "--out", description = "where to write data-quality.csv and run.json")
    Path out;
    @Option(names = "--as-of", description = "as-of date (default: extract.txt)")
    LocalDate asOf;

    @Override
    public Integer call() {
        Options.folder(data);
        Options.asOf(data, asOf);
        if (out == null) {
            return cli.jobs.validate(data, null, asOf, csv.cells());
        }
        try (OutputFolder folder = OutputFolder.open(out)) {
            return cli.jobs.validate(data, folder, asOf, csv.cells());
        }
    }
}
