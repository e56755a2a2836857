package org.childstat.indicators.scorecard.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.childstat.indicators.core.synthetic.SyntheticCounty;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code childstat synth}: generates a synthetic county ({@link SyntheticCounty}) and writes its
 * CSV folder to {@code --out}; prints what it made. Nothing is computed. {@code --uneven-caseloads}
 * and {@code --caseload-effect} are the generator's {@link SyntheticCounty.Options} (docs/workforce.md):
 * the counties on which {@code relate} is shown to find the planted effect, and not to find one
 * that is not there.
 *
 * <p>Exit codes: 0 written; 2 usage error ({@code --children} outside 1 to 10,000,000, an
 * {@code --as-of} the generator refuses); 3 the folder cannot be written, or not enough memory
 * for the county; 4 internal error.
 */
@Command(name = "synth", mixinStandardHelpOptions = true, description = "Write a synthetic county's CSV folder.")
final class SynthCommand implements Callable<Integer> {
    @ParentCommand
    Childstat cli;
    @Option(names = "--out", required = true, description = "the output folder")
    Path out;
    @Option(names = "--children", defaultValue = "10000", description = "children (default ${DEFAULT-VALUE})")
    int children;
    @Option(names = "--seed", defaultValue = "1", description = "seed (default ${DEFAULT-VALUE})")
    long seed;
    @Option(names = "--as-of", defaultValue = Options.DEFAULT_AS_OF, description = "as-of date (default ${DEFAULT-VALUE})")
    LocalDate asOf;
    @Option(names = "--uneven-caseloads", description = "a third of the units carry more families (many workers above 25 children)")
    boolean unevenCaseloads;
    @Option(names = "--caseload-effect", description = "plant the caseload effect: children removed while their worker "
            + "carries more than 25 children reunify less (x0.6); generation takes three times as long")
    boolean caseloadEffect;

    @Override
    public Integer call() {
        Options.children(children);
        SyntheticCounty county = cli.jobs.writeSynthetic(children, seed, asOf, new SyntheticCounty.Options(
                unevenCaseloads, caseloadEffect), out).county();
        cli.jobs.progress().close();
        cli.out.println(county);
        return 0;
    }
}
