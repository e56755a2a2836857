package org.childstat.indicators.scorecard.cli;

import static org.childstat.indicators.scorecard.cli.TallyFiles.num;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.childstat.indicators.scorecard.plot.ControlChartPlot;
import org.childstat.indicators.scorecard.plot.Labels;
import org.childstat.indicators.scorecard.variation.ChartType;
import org.childstat.indicators.scorecard.variation.ControlChart;
import org.childstat.indicators.scorecard.variation.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code childstat chart}: a control chart ({@link ControlChart}) of a series in time order read
 * from SERIES.csv (period, value for run and I charts; period, numerator, denominator for p, p',
 * u and u'; {@link TallyFiles}): writes one row per point (value, centre, limits, signal and the
 * rules that flag it) to {@code --out}, its summary (runs, crossings, sigma, baseline, rules) to
 * the same name with .json beside it, and with {@code --plot} the chart as SVG; prints one line
 * saying what it wrote. A series of one point is charted as given, and stderr says so.
 *
 * <p>Exit codes: 0 done; 1 some rows were left out (each named on stderr), or none was left to
 * chart (then nothing is written); 2 usage error (a bad {@code --type}, {@code --rules} or
 * {@code --baseline}; an {@code --input} that is missing, a folder, empty or lacks a column); 3
 * an input that cannot be read or is not UTF-8, an output that cannot be written, or not enough
 * memory; 4 internal error.
 */
@Command(name = "chart", mixinStandardHelpOptions = true,
        description = "A control chart of a series in time order: SERIES.csv with period, value (run, i) or "
                + "period, numerator, denominator (p, p-prime, u, u-prime). A series of one point is charted "
                + "with no limits to speak of, and says so.")
final class ChartCommand implements Callable<Integer> {
    @ParentCommand
    Childstat cli;
    @Mixin
    CsvCellsOption csv = new CsvCellsOption();
    @Option(names = "--input", required = true, description = "SERIES.csv")
    Path input;
    @Option(names = "--out", required = true,
            description = "the output CSV; its summary goes to the same name with .json beside it")
    Path out;
    @Option(names = "--type", required = true, description = "run, p, p-prime, u, u-prime or i")
    String type;
    @Option(names = "--rules", description = "anhoej, mdc, western-electric or nelson (default: anhoej for run, mdc otherwise)")
    String rules;
    @Option(names = "--baseline", defaultValue = "12", description = "points the limits come from, 0 for all (default ${DEFAULT-VALUE})")
    int baseline;
    @Option(names = "--plot", description = "also draw the chart as an SVG file")
    Path plot;

    @Override
    public Integer call() throws IOException {
        ChartType chart = switch (type) {
            case "run" -> ChartType.RUN;
            case "p" -> ChartType.P;
            case "p-prime" -> ChartType.P_PRIME;
            case "u" -> ChartType.U;
            case "u-prime" -> ChartType.U_PRIME;
            case "i" -> ChartType.I;
            default -> throw new UsageException("--type: expected run, p, p-prime, u, u-prime or i, got '" + type + "'");
        };
        var options = ControlChart.Options.of(chart);
        if (rules != null) {
            options = options.withRules(switch (rules) {
                case "anhoej" -> RuleSet.ANHOEJ;
                case "mdc" -> RuleSet.MAKING_DATA_COUNT;
                case "western-electric" -> RuleSet.WESTERN_ELECTRIC;
                case "nelson" -> RuleSet.NELSON;
                default -> throw new UsageException("--rules: expected anhoej, mdc, western-electric or nelson, got '"
                        + rules + "'");
            });
        }
        if (baseline < 0) {
            throw new UsageException("--baseline must be >= 0, got " + baseline);
        }
        options = options.withBaseline(baseline);
        boolean ratio = chart.usesDenominators();
        TallyFiles.Read read = TallyFiles.read(input, ratio ? List.of("period", "numerator", "denominator")
                : List.of("period", "value"), chart == ChartType.P || chart == ChartType.P_PRIME,
                ratio ? TallyFiles.Check.TALLIES : TallyFiles.Check.NUMBERS, cli.err);
        if (read.rows().isEmpty()) {
            cli.err.println("childstat chart: " + input + ": no points to chart (" + (read.bad() == 0
                    ? "the file has a header only" : "every row was left out") + "); nothing written");
            return 1;
        }
        List<ControlChart.SeriesPoint> series = new ArrayList<>();
        for (TallyFiles.Line l : read.rows()) {
            series.add(ratio ? new ControlChart.SeriesPoint(l.id(), l.numbers()[0], l.numbers()[1])
                    : ControlChart.SeriesPoint.of(l.id(), l.numbers()[0]));
        }
        if (series.size() < 2) {
            cli.err.println("childstat: " + input.getFileName() + ": a series of " + series.size()
                    + " point(s): no moving range or run to speak of; charted as given");
        }
        var result = ControlChart.chart(series, options);
        List<String[]> rows = new ArrayList<>();
        for (var p : result.points()) {
            rows.add(new String[] {p.period(), num(p.value()), num(p.centre()), num(p.lower()), num(p.upper()),
                    p.signal() ? "Y" : "", String.join(";", p.rules())});
        }
        double sigma = result.points().isEmpty() ? Double.NaN : result.points().get(0).sigma();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("longest_run", result.longestRun());
        summary.put("longest_run_limit", result.longestRunLimit());
        summary.put("crossings", result.crossings());
        summary.put("crossings_limit", result.crossingsLimit());
        summary.put("sigma", sigma);
        summary.put("sigma_z", result.sigmaZ());
        summary.put("baseline", result.baselinePoints());
        summary.put("short_baseline", result.shortBaseline());
        summary.put("rules", ruleName(result.options().rules()));
        summary.put("rows_left_out", read.bad());
        summary.put("input", input.toString());
        summary.put("output", out.toString());
        Path json = TallyFiles.write(out, List.of("period", "value", "centre", "lower_limit", "upper_limit",
                "signal", "rule"), rows, summary, csv.cells());
        long signals = result.points().stream().filter(p -> p.signal()).count();
        String also = "";
        if (plot != null) {
            List<ControlChartPlot.Mark> marks = new ArrayList<>();
            for (var p : series) {
                marks.add(ControlChartPlot.Mark.counted(ratio ? p.denominator() : Double.NaN));
            }
            TallyFiles.writePlot(plot, ControlChartPlot.svg(new Labels(TallyFiles.plotTitle(input) + " (" + type
                    + " chart, " + ruleName(result.options().rules()) + " rules)", "value", "", ratio ? 3 : 2, ""),
                    result, 1, marks, true));
            also = " and " + plot;
        }
        cli.out.printf("charted %d points (%s, %s rules), %d signal(s); wrote %s and %s%s%n", series.size(), type,
                ruleName(result.options().rules()), signals, out, json, also);
        return read.bad() > 0 ? 1 : 0;
    }

    /** A rule set's name on the command line. */
    private static String ruleName(RuleSet set) {
        return switch (set) {
            case ANHOEJ -> "anhoej";
            case MAKING_DATA_COUNT -> "mdc";
            case WESTERN_ELECTRIC -> "western-electric";
            case NELSON -> "nelson";
        };
    }
}
