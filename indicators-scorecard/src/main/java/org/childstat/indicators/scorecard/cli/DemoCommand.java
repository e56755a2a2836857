package org.childstat.indicators.scorecard.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.childstat.indicators.cohort.CalculationOptions;
import org.childstat.indicators.core.synthetic.PlantedEffect;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code childstat demo}: generates a synthetic county, writes its CSV folder to
 * {@code DIR/data}, prints the differences it planted, then does what {@code run} does on that
 * folder with {@code --periods rolling:24}, into {@code DIR}.
 *
 * <p>Exit codes: 0 done; 1 finished but rows were set aside; 2 usage error ({@code --children}
 * outside 1 to 10,000,000, an {@code --as-of} the generator refuses, {@code --out} in use by
 * another run); 3 an output that cannot be written, or not enough memory for the county; 4
 * internal error.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Synthetic county -> CSV folder DIR/data -> full run -> DIR.")
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    Childstat cli;
    @Mixin
    CsvCellsOption csv = new CsvCellsOption();
    @Option(names = "--out", defaultValue = "childstat-demo", description = "output folder (default ${DEFAULT-VALUE})")
    Path out;
    @Option(names = "--children", defaultValue = "250000", description = "children (default ${DEFAULT-VALUE})")
    int children;
    @Option(names = "--seed", defaultValue = "20261124", description = "seed (default ${DEFAULT-VALUE})")
    long seed;
    @Option(names = "--as-of", defaultValue = Options.DEFAULT_AS_OF, description = "as-of date (default ${DEFAULT-VALUE})")
    LocalDate asOf;

    @Override
    public Integer call() {
        Options.children(children);
        try (OutputFolder folder = OutputFolder.open(out)) {
            Path data = out.resolve("data");
            writeCounty(data);
            return cli.jobs.run(data, folder, null, "rolling:24", CalculationOptions.defaults(), csv.cells());
        }
    }

    /** Generates the county, writes its CSV folder, prints what was planted; keeps nothing of it. */
    private void writeCounty(Path data) {
        Jobs.Synthetic made = cli.jobs.writeSynthetic(children, seed, asOf, data);
        cli.jobs.progress().close();
        cli.out.printf("synthetic county: %s (generated in %d ms, CSV written to %s in %d ms)%n", made.county().data(),
                made.generateMs(), data, made.writeMs());
        cli.out.println("planted differences:");
        for (PlantedEffect p : made.county().truth()) {
            cli.out.println("  " + p);
        }
    }
}
