package org.childstat.indicators.scorecard.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.childstat.indicators.core.indicator.Indicator;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.Level;
import org.childstat.indicators.scorecard.cases.CaseSelection;
import org.childstat.indicators.scorecard.grid.EntityTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code childstat cases}: the cases of one entity's denominator for one indicator and period,
 * as a CSV table on stdout (child, outcome missed, met or pending, episode, worker, unit), then
 * the explanations of a seeded sample of {@code --n} of them for review, missed outcomes first
 * ({@link CaseSelection}). For a case-level indicator (IN_HOME_OPEN_18M_PLUS) the table lists
 * in-home cases: {@code case_id} instead of {@code child_id}, and a {@code children} column
 * ({@code ;}-separated ids, the case's first row first) beside it; the missed cases drawn first
 * are those open 18 months or longer.
 *
 * <p>Exit codes: 0 printed; 2 usage error ({@code --data} not a folder, an unknown indicator, a
 * bad period or one that starts after the as-of date, an {@code --as-of} after the extract date,
 * an {@code --entity} not of the form LEVEL:ID or not in the data (the message names the nearest
 * ids), {@code --n} below 0); 3 the folder or one of its files cannot be read, or not enough
 * memory; 4 internal error.
 */
@Command(name = "cases", mixinStandardHelpOptions = true,
        description = "The cases of an entity's denominator, and a seeded sample for review (missed outcomes first).")
final class CasesCommand implements Callable<Integer> {
    @ParentCommand
    Childstat cli;
    @Mixin
    CsvCellsOption csv = new CsvCellsOption();
    @Option(names = "--data", required = true, description = "the folder of CSV files")
    Path data;
    @Option(names = "--indicator", required = true, description = "the indicator id")
    String indicator;
    @Option(names = "--period", required = true, description = "the period label")
    String period;
    @Option(names = "--entity", required = true, description = "LEVEL:ID, e.g. OFFICE:O3 or WORKER:W00118")
    String entity;
    @Option(names = "--n", defaultValue = "1", description = "cases to draw (default ${DEFAULT-VALUE})")
    int n;
    @Option(names = "--seed", defaultValue = "0", description = "seed of the draw (default ${DEFAULT-VALUE})")
    long seed;
    @Option(names = "--as-of", description = "as-of date (default: extract.txt)")
    LocalDate asOf;

    @Override
    public Integer call() {
        Options.folder(data);
        Indicator id = Options.indicatorOption(indicator);
        ReportingPeriod p = Options.periodOption(period);
        int colon = entity.indexOf(':');
        Level level;
        try {
            level = Level.valueOf(colon < 0 ? "" : entity.substring(0, colon));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--entity: expected LEVEL:ID with LEVEL one of COUNTY, BUREAU, OFFICE, UNIT, "
                    + "WORKER, got '" + entity + "'");
        }
        if (n < 0) {
            throw new UsageException("--n must be >= 0, got " + n);
        }
        Options.notAfter("--period", p, Options.asOf(data, asOf));
        CaseData caseData = cli.jobs.readUsable(data, asOf);
        if (caseData == null) {
            return 3;
        }
        String entityId = entity.substring(colon + 1);
        Options.known(EntityTable.from(caseData), level, entityId, data);
        CaseSelection.Selection s = CaseSelection.select(caseData, id, p, level, entityId, n, seed);
        cli.out.printf("%s %s %s: %d cases in the denominator (%d missed the outcome, %d pending: their own "
                        + "follow-up is still running)%n", id, p.label(), entity, s.candidates().size(),
                s.candidates().stream().filter(CaseSelection.Case::missed).count(),
                s.candidates().stream().filter(c -> c.outcome() == CaseSelection.Outcome.PENDING).count());
        StdoutCsv table;
        if (id.caseLevel()) { // IN_HOME_OPEN_18M_PLUS: one row per in-home case, its children beside it
            table = new StdoutCsv(List.of("case_id", "children", "outcome", "episode_id", "worker_id", "unit_id"),
                    csv.cells());
            for (CaseSelection.Case c : s.candidates()) {
                table.row(c.key(), String.join(";", c.children()), c.outcome().label(),
                        c.explanation().episodeId(), c.explanation().workerId(), c.explanation().unitId());
            }
        } else {
            table = new StdoutCsv(List.of("child_id", "outcome", "episode_id", "worker_id", "unit_id"), csv.cells());
            for (CaseSelection.Case c : s.candidates()) {
                table.row(c.childId(), c.outcome().label(), c.explanation().episodeId(),
                        c.explanation().workerId(), c.explanation().unitId());
            }
        }
        table.printTo(cli.out);
        cli.out.printf("%nsample (n=%d, seed=%d):%n", n, seed);
        for (CaseSelection.Case c : s.sample()) {
            cli.out.println(c.explanation());
        }
        return 0;
    }
}
