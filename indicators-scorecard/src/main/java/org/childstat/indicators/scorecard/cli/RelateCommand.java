package org.childstat.indicators.scorecard.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.childstat.indicators.core.indicator.Indicator;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.indicator.ResultStatus;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.scorecard.plot.BandPlot;
import org.childstat.indicators.scorecard.plot.Labels;
import org.childstat.indicators.scorecard.workforce.Relation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code childstat relate}: an outcome beside the experience of line workers ({@link Relation}):
 * the indicator's worker-level tallies of the period pooled by the worker's caseload or tenure
 * band, one row per band ({@code band, workers, numerator, denominator, value, lower95, upper95}),
 * to {@code --out FILE.csv} with the trend test in {@code FILE.json} beside it, or to stdout
 * without {@code --out}; {@code --plot FILE.svg} draws the bands.
 *
 * <p>Exit codes: 0 written; 2 usage error ({@code --data} not a folder, an unknown indicator or
 * one that is not a percent with WORKER rows, a bad period or one that starts after the as-of
 * date, an {@code --as-of} after the extract date, {@code --by} not caseload or tenure); 3 the
 * folder or one of its files cannot be read, an output cannot be written, or not enough memory;
 * 4 internal error.
 */
@Command(name = "relate", mixinStandardHelpOptions = true,
        description = "An indicator's worker-level results by the workers' caseload or tenure band, with the test for trend.")
final class RelateCommand implements Callable<Integer> {
    static final List<String> HEADER = List.of("band", "workers", "numerator", "denominator", "value", "lower95",
            "upper95");

    @ParentCommand
    Childstat cli;
    @Mixin
    CsvCellsOption csv = new CsvCellsOption();
    @Option(names = "--data", required = true, description = "the folder of CSV files")
    Path data;
    @Option(names = "--indicator", required = true, description = "a percent indicator with worker rows")
    String indicator;
    @Option(names = "--period", required = true, description = "the period label")
    String period;
    @Option(names = "--by", required = true, description = "caseload or tenure")
    String by;
    @Option(names = "--out", description = "the band table (CSV); its summary goes to the .json beside it")
    Path out;
    @Option(names = "--plot", description = "an SVG chart of the bands")
    Path plot;
    @Option(names = "--as-of", description = "as-of date (default: extract.txt)")
    LocalDate asOf;

    @Override
    public Integer call() {
        Options.folder(data);
        Indicator id = Options.indicatorOption(indicator);
        ReportingPeriod p = Options.periodOption(period);
        Relation.By bands = switch (by) {
            case "caseload" -> Relation.By.CASELOAD;
            case "tenure" -> Relation.By.TENURE;
            default -> throw new UsageException("--by: caseload or tenure, not '" + by + "'");
        };
        try {
            Relation.requireRelatable(id);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--indicator: " + e.getMessage());
        }
        if (out != null && !out.toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            throw new UsageException("--out: a .csv file, not " + out);
        }
        if (plot != null && !plot.toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
            throw new UsageException("--plot: an .svg file, not " + plot);
        }
        Options.notAfter("--period", p, Options.asOf(data, asOf));
        CaseData caseData = cli.jobs.readUsable(data, asOf);
        if (caseData == null) {
            return 3;
        }
        Relation r = Relation.of(caseData, id, p, bands);
        List<String[]> rows = new ArrayList<>();
        for (Relation.Band b : r.bands()) {
            rows.add(new String[] {b.band(), Integer.toString(b.workers()), Long.toString(b.numerator()),
                    Long.toString(b.denominator()), four(b.value()), four(b.lower95()), four(b.upper95())});
        }
        String test = r.trend() == null ? "no test (fewer than 2 bands)"
                : String.format(Locale.ROOT, "chi-square for trend %.4f, p = %.4g", r.trend().chiSquare(),
                        r.trend().pValue());
        String incomplete = r.status() == ResultStatus.INCOMPLETE
                ? "; INCOMPLETE: the follow-up is still running, so this is not a finding" : "";
        String where;
        if (out == null) {
            StdoutCsv table = new StdoutCsv(HEADER, csv.cells());
            rows.forEach(table::row);
            table.printTo(cli.out);
            where = "";
        } else {
            Map<String, Object> summary = r.summary();
            Path json = TallyFiles.write(out, HEADER, rows, summary, csv.cells());
            where = "; wrote " + out + " and " + json;
        }
        if (plot != null) {
            long num = r.bands().stream().mapToLong(Relation.Band::numerator).sum();
            long den = r.bands().stream().mapToLong(Relation.Band::denominator).sum();
            List<BandPlot.Point> points = r.bands().stream().map(b -> new BandPlot.Point(b.band(), b.workers(),
                    b.numerator(), b.denominator(), b.value(), b.lower95(), b.upper95())).toList();
            String axis = bands == Relation.By.CASELOAD ? "worker's caseload on " + r.day() + " (children)"
                    : "worker's tenure on " + r.day();
            TallyFiles.writePlot(plot, BandPlot.svg(new Labels(id.title() + ", " + p.label(), "% of " + id.countedIn(),
                    "%", 1, id.countedIn()), axis, points, den == 0 ? 0 : 100.0 * num / den, test,
                    r.status() == ResultStatus.INCOMPLETE, true));
            where += (where.isEmpty() ? "; wrote " : " and ") + plot;
        }
        cli.out.printf("%s %s by %s on %s: %d bands, %d workers left out (no band); %s%s%s%n", id.id(), p.label(), by,
                r.day(), r.bands().size(), r.workersLeftOut(), test, incomplete, where);
        return 0;
    }

    /** A value as results.csv writes it: 4 decimals, half-even on the exact double. */
    private static String four(double v) {
        return org.childstat.indicators.core.indicator.ResultTable.number(v, false);
    }
}
