package org.childstat.indicators.scorecard.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.childstat.indicators.cohort.Explanation;
import org.childstat.indicators.cohort.Indicators;
import org.childstat.indicators.cohort.WorkerExplanation;
import org.childstat.indicators.core.indicator.Indicator;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.model.CaseData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code childstat explain}: why one child counted, or did not, in one indicator and period:
 * prints the engine's {@link Explanation} (population, exclusions, outcome, attribution); with
 * {@code --worker} instead of {@code --child}, why one worker counted in an indicator that counts
 * workers (WORKER_TURNOVER, CASELOAD's denominator): its {@link WorkerExplanation}.
 *
 * <p>Exit codes: 0 printed; 2 usage error ({@code --data} not a folder, an unknown indicator, a
 * bad period or one that starts after the as-of date, an {@code --as-of} after the extract date,
 * not exactly one of {@code --child} and {@code --worker}, no such child or worker in the data,
 * {@code --worker} with an indicator that counts children only); 3 the folder or one of its files cannot be read, or not enough
 * memory; 4 internal error.
 */
@Command(name = "explain", mixinStandardHelpOptions = true, description = "Why one child counted, or did not.")
final class ExplainCommand implements Callable<Integer> {
    @ParentCommand
    Childstat cli;
    @Option(names = "--data", required = true, description = "the folder of CSV files")
    Path data;
    @Option(names = "--child", description = "the child's id")
    String child;
    @Option(names = "--worker", description = "the worker's id (WORKER_TURNOVER, CASELOAD)")
    String worker;
    @Option(names = "--indicator", required = true, description = "the indicator id")
    String indicator;
    @Option(names = "--period", required = true, description = "the period label")
    String period;
    @Option(names = "--as-of", description = "as-of date (default: extract.txt)")
    LocalDate asOf;

    @Override
    public Integer call() {
        Options.folder(data);
        if ((child == null) == (worker == null)) {
            throw new UsageException("give one of --child and --worker");
        }
        Indicator id = Options.indicatorOption(indicator);
        if (worker != null && !id.countsWorkers()) {
            throw new UsageException("--worker: " + id + " counts children, not workers; use --child"
                    + " (the indicators that count workers: WORKER_TURNOVER, CASELOAD)");
        }
        ReportingPeriod p = Options.periodOption(period);
        Options.notAfter("--period", p, Options.asOf(data, asOf));
        CaseData caseData = cli.jobs.readUsable(data, asOf);
        if (caseData == null) {
            return 3;
        }
        if (worker != null) {
            java.util.Set<String> workers = new java.util.TreeSet<>();
            caseData.workerSpells().forEach(spell -> workers.add(spell.workerId()));
            if (!workers.contains(worker)) {
                java.util.List<String> nearest = Nearest.ids(worker, workers, Options.NEAREST);
                throw new UsageException("--worker: no worker " + worker + " in " + data.resolve("workers.csv")
                        + (nearest.isEmpty() ? "" : "; nearest ids: " + String.join(", ", nearest)));
            }
            WorkerExplanation w = Indicators.explainWorker(caseData, id, p, worker);
            cli.out.println(w);
            return 0;
        }
        if (caseData.history(child).isEmpty()) {
            throw new UsageException("--child: no child " + child + " in " + data);
        }
        Explanation e = Indicators.explain(caseData, id, p, child);
        cli.out.println(e);
        return 0;
    }
}
