package org.childstat.indicators.scorecard.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.childstat.indicators.cohort.CalculationOptions;
import org.childstat.indicators.cohort.Explanation;
import org.childstat.indicators.cohort.Indicators;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.Level;
import org.childstat.indicators.core.synthetic.PlantedEffect;
import org.childstat.indicators.core.synthetic.SyntheticCounty;
import org.childstat.indicators.scorecard.cases.CaseSelection;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * The {@code childstat} command (data-contract §5), on picocli: {@code demo}, {@code run},
 * {@code explain}, {@code cases}, {@code synth}, {@code validate}, and for tallies from anywhere
 * {@code funnel} and {@code chart}, each with {@code --help}.
 *
 * <p>Exit codes: 0 done; 1 finished but rows were set aside; 2 usage error (the message names
 * the bad argument); 3 unreadable input (the message names the file and the reason). No stack
 * traces: every error is one line on stderr.
 */
@Command(name = "childstat", mixinStandardHelpOptions = true, version = Jobs.VERSION,
        description = "Child-welfare indicators: CFSR Round 4 and the county Stat dashboard.",
        subcommands = {Childstat.Demo.class, Childstat.Run.class, Childstat.Explain.class, Childstat.Cases.class,
                Childstat.Synth.class, Childstat.Validate.class, Childstat.Funnel.class, Childstat.Chart.class},
        exitCodeOnInvalidInput = 2, exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:finished, but some rows were set aside (see data-quality.csv)",
                "2:usage error", "3:unreadable input"})
public final class Childstat implements Callable<Integer> {
    /** The as-of date of {@code demo} and {@code synth} when none is given: the end of FFY2026. */
    static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 9, 30);

    final PrintStream out;
    final PrintStream err;
    final Jobs jobs;

    Childstat(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
        this.jobs = new Jobs(out, err);
    }

    public static void main(String[] args) {
        System.exit(new Childstat(System.out, System.err).run(args));
    }

    /** Runs one command line; returns its exit code. */
    int run(String... args) {
        CommandLine cli = new CommandLine(this);
        cli.registerConverter(LocalDate.class, text -> {
            try {
                return LocalDate.parse(text);
            } catch (java.time.format.DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("expected a date yyyy-MM-dd, got '" + text + "'");
            }
        });
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, line, parse) -> {
            if (e instanceof UsageException) {
                err.println("childstat " + line.getCommandName() + ": " + e.getMessage());
                return 2;
            }
            if (e instanceof UncheckedIOException) {
                err.println("childstat: " + e.getMessage());
                return 3;
            }
            throw e;
        });
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("childstat: " + e.getMessage());
            e.getCommandLine().usage(err);
            return 2;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        new CommandLine(this).usage(out);
        return 2;
    }

    /** A usage error found after parsing: exit code 2. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    /** The value of {@code --indicator}, or a usage error naming the known ids. */
    static IndicatorId indicatorOption(String text) {
        try {
            return IndicatorId.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--indicator: " + e.getMessage());
        }
    }

    /** The value of {@code --period}, or a usage error naming the expected forms. */
    static ReportingPeriod periodOption(String text) {
        try {
            return ReportingPeriod.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--period: " + e.getMessage());
        }
    }

    static Path folder(Path data) {
        if (!Files.isDirectory(data)) {
            throw new UsageException("--data " + data + " is not a folder");
        }
        return data;
    }

    @Command(name = "demo", mixinStandardHelpOptions = true,
            description = "Synthetic county -> CSV folder DIR/data -> full run -> DIR.")
    static final class Demo implements Callable<Integer> {
        @ParentCommand
        Childstat cli;
        @Option(names = "--out", defaultValue = "childstat-demo", description = "output folder (default ${DEFAULT-VALUE})")
        Path out;
        @Option(names = "--children", defaultValue = "250000", description = "children (default ${DEFAULT-VALUE})")
        int children;
        @Option(names = "--seed", defaultValue = "20261124", description = "seed (default ${DEFAULT-VALUE})")
        long seed;
        @Option(names = "--as-of", defaultValue = "2026-09-30", description = "as-of date (default ${DEFAULT-VALUE})")
        LocalDate asOf;

        @Override
        public Integer call() {
            long t0 = System.nanoTime();
            SyntheticCounty county = SyntheticCounty.generate(children, seed, asOf);
            long t1 = System.nanoTime();
            Path data = out.resolve("data");
            county.writeCsv(data);
            long t2 = System.nanoTime();
            cli.out.printf("synthetic county: %s (generated in %d ms, CSV written to %s in %d ms)%n", county.data(),
                    (t1 - t0) / 1_000_000, data, (t2 - t1) / 1_000_000);
            cli.out.println("planted differences:");
            for (PlantedEffect p : county.truth()) {
                cli.out.println("  " + p);
            }
            return cli.jobs.run(data, out, null, "rolling:24", CalculationOptions.defaults());
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Every indicator, period and level: results.csv, indicators.csv, entities.csv, exclusions.csv, "
                    + "data-quality.csv, variation.csv, trends.csv, scorecard.html, run.json.")
    static final class Run implements Callable<Integer> {
        @ParentCommand
        Childstat cli;
        @Option(names = "--data", required = true, description = "the folder of CSV files (data-contract §1)")
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
            folder(data);
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
            try {
                ReportingPeriod.parseList(periods, asOf == null ? LocalDate.of(2000, 1, 31) : asOf);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--periods: " + e.getMessage());
            }
            return cli.jobs.run(data, out, asOf, periods, options);
        }
    }

    @Command(name = "explain", mixinStandardHelpOptions = true, description = "Why one child counted, or did not.")
    static final class Explain implements Callable<Integer> {
        @ParentCommand
        Childstat cli;
        @Option(names = "--data", required = true, description = "the folder of CSV files")
        Path data;
        @Option(names = "--child", required = true, description = "the child's id")
        String child;
        @Option(names = "--indicator", required = true, description = "the indicator id")
        String indicator;
        @Option(names = "--period", required = true, description = "the period label")
        String period;
        @Option(names = "--as-of", description = "as-of date (default: extract.txt)")
        LocalDate asOf;

        @Override
        public Integer call() {
            folder(data);
            IndicatorId id = indicatorOption(indicator);
            ReportingPeriod p = periodOption(period);
            CaseData caseData = cli.jobs.readUsable(data, asOf);
            if (caseData == null) {
                return 3;
            }
            if (caseData.history(child).isEmpty()) {
                throw new UsageException("--child: no child " + child + " in " + data);
            }
            Explanation e = Indicators.explain(caseData, id, p, child);
            cli.out.println(e);
            return 0;
        }
    }

    @Command(name = "cases", mixinStandardHelpOptions = true,
            description = "The cases of an entity's denominator, and a seeded sample for review (missed outcomes first).")
    static final class Cases implements Callable<Integer> {
        @ParentCommand
        Childstat cli;
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
            folder(data);
            IndicatorId id = indicatorOption(indicator);
            ReportingPeriod p = periodOption(period);
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
            CaseData caseData = cli.jobs.readUsable(data, asOf);
            if (caseData == null) {
                return 3;
            }
            CaseSelection.Selection s = CaseSelection.select(caseData, id, p, level, entity.substring(colon + 1), n, seed);
            cli.out.printf("%s %s %s: %d cases in the denominator (%d missed the outcome)%n", id, p.label(), entity,
                    s.candidates().size(), s.candidates().stream().filter(CaseSelection.Case::missed).count());
            cli.out.println("child_id,outcome,episode_id,worker_id,unit_id");
            for (CaseSelection.Case c : s.candidates()) {
                cli.out.printf("%s,%s,%s,%s,%s%n", c.childId(), c.missed() ? "missed" : "met",
                        c.explanation().episodeId() == null ? "" : c.explanation().episodeId(),
                        c.explanation().workerId(), c.explanation().unitId());
            }
            cli.out.printf("%nsample (n=%d, seed=%d):%n", n, seed);
            for (CaseSelection.Case c : s.sample()) {
                cli.out.println(c.explanation());
            }
            return 0;
        }
    }

    /** A number for the analysts' files: up to 10 significant digits, plain; empty for NaN. */
    static String num(double x) {
        if (!Double.isFinite(x)) {
            return "";
        }
        java.math.BigDecimal d = new java.math.BigDecimal(x).round(new java.math.MathContext(10)).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    @Command(name = "funnel", mixinStandardHelpOptions = true,
            description = "Funnel comparison of any tallies: TALLIES.csv with entity_id, numerator, denominator.")
    static final class Funnel implements Callable<Integer> {
        @ParentCommand
        Childstat cli;
        @Option(names = "--input", required = true, description = "TALLIES.csv: entity_id, numerator, denominator")
        Path input;
        @Option(names = "--out", required = true,
                description = "the output CSV; its summary goes to the same name with .json beside it")
        Path out;
        @Option(names = "--kind", defaultValue = "percent", description = "percent or rate (default ${DEFAULT-VALUE})")
        String kind;
        @Option(names = "--target", description = "a fixed target in the output's unit (default: the pooled value)")
        Double target;
        @Option(names = "--limits", defaultValue = "95,99.8", description = "limit levels, percent (default ${DEFAULT-VALUE})")
        String limits;
        @Option(names = "--overdispersion", defaultValue = "additive",
                description = "none, multiplicative or additive (default ${DEFAULT-VALUE})")
        String overdispersion;
        @Option(names = "--scale", description = "multiplier of values (default 100 for percents, 1 for rates)")
        Double scale;
        @Option(names = "--plot", description = "also draw the funnel plot as an SVG file")
        Path plot;

        @Override
        public Integer call() throws java.io.IOException {
            boolean percent;
            switch (kind) {
                case "percent" -> percent = true;
                case "rate" -> percent = false;
                default -> throw new UsageException("--kind: expected percent or rate, got '" + kind + "'");
            }
            org.childstat.indicators.scorecard.variation.Overdispersion.Method method;
            try {
                method = org.childstat.indicators.scorecard.variation.Overdispersion.Method.valueOf(
                        overdispersion.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--overdispersion: expected none, multiplicative or additive, got '"
                        + overdispersion + "'");
            }
            String[] labels = limits.split(",");
            double[] levels = new double[labels.length];
            for (int i = 0; i < labels.length; i++) {
                try {
                    levels[i] = Double.parseDouble(labels[i].strip()) / 100;
                } catch (NumberFormatException e) {
                    throw new UsageException("--limits: '" + labels[i] + "' is not a number");
                }
            }
            double k = scale != null ? scale : percent ? 100 : 1;
            var measure = percent ? org.childstat.indicators.scorecard.variation.Measure.PERCENT
                    : org.childstat.indicators.scorecard.variation.Measure.RATE;
            org.childstat.indicators.scorecard.variation.FunnelComparison.Options options;
            try {
                options = org.childstat.indicators.scorecard.variation.FunnelComparison.Options.defaults(measure, k)
                        .withLevels(levels).withOverdispersion(method).withTarget(target == null ? null : target / k);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            TallyFiles.Read read = TallyFiles.read(input, List.of("entity_id", "numerator", "denominator"), percent, true,
                    cli.err);
            List<org.childstat.indicators.scorecard.variation.Tally> tallies = new java.util.ArrayList<>();
            for (TallyFiles.Line l : read.rows()) {
                tallies.add(new org.childstat.indicators.scorecard.variation.Tally(l.id(), l.numbers()[0], l.numbers()[1]));
            }
            var result = org.childstat.indicators.scorecard.variation.FunnelComparison.compare(tallies, options);
            List<String> header = new java.util.ArrayList<>(List.of("entity_id", "numerator", "denominator", "value",
                    "expected", "z", "p_value", "q_value", "funnel_band", "shrunk_value", "shrunk_lower95",
                    "shrunk_upper95", "flag"));
            for (String label : labels) {
                header.add("lower_" + label.strip());
                header.add("upper_" + label.strip());
            }
            List<String[]> rows = new java.util.ArrayList<>();
            for (var row : result.rows()) {
                var t = row.tally();
                List<String> cells = new java.util.ArrayList<>(List.of(t.entityId(), num(t.numerator()),
                        num(t.denominator()), num(row.value()), num(row.expected()), num(row.z()), num(row.pValue()),
                        num(row.qValue()), row.bandLabel(), num(row.shrunkValue()), num(row.shrunkLower()),
                        num(row.shrunkUpper()), row.flag()));
                for (int l = 0; l < levels.length; l++) {
                    cells.add(num(row.lower()[l]));
                    cells.add(num(row.upper()[l]));
                }
                rows.add(cells.toArray(String[]::new));
            }
            var od = result.overdispersion();
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("target", result.target() * k);
            summary.put("phi", od.phi());
            summary.put("phi_p_value", od.phiPValue());
            summary.put("tau2", od.tau2());
            summary.put("method", method.name().toLowerCase(java.util.Locale.ROOT));
            summary.put("adjusted", result.adjusted());
            summary.put("rows_left_out", read.bad());
            summary.put("input", input.toString());
            summary.put("output", out.toString());
            Path json = TallyFiles.write(out, header, rows, summary);
            String also = "";
            if (plot != null) {
                String unit = percent ? (k == 100 ? "%" : "per " + num(k)) : k == 1 ? "per unit of exposure"
                        : "per " + num(k) + " of exposure";
                TallyFiles.writePlot(plot, org.childstat.indicators.scorecard.plot.FunnelPlot.svg(
                        new org.childstat.indicators.scorecard.plot.Labels(plotTitle(input), unit,
                                percent && k == 100 ? "%" : "", percent && k == 100 ? 1 : 3,
                                percent ? "" : "exposure"), result, null, true));
                also = " and " + plot;
            }
            cli.out.printf("compared %d entities (target %s, phi %s, tau2 %s); wrote %s and %s%s%n", tallies.size(),
                    num(result.target() * k), num(od.phi()), num(od.tau2()), out, json, also);
            return read.bad() > 0 ? 1 : 0;
        }
    }

    @Command(name = "chart", mixinStandardHelpOptions = true,
            description = "A control chart of a series in time order: SERIES.csv with period, value (run, i) or "
                    + "period, numerator, denominator (p, p-prime, u, u-prime). A series of one point is charted "
                    + "with no limits to speak of, and says so.")
    static final class Chart implements Callable<Integer> {
        @ParentCommand
        Childstat cli;
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
        public Integer call() throws java.io.IOException {
            org.childstat.indicators.scorecard.variation.ChartType chart = switch (type) {
                case "run" -> org.childstat.indicators.scorecard.variation.ChartType.RUN;
                case "p" -> org.childstat.indicators.scorecard.variation.ChartType.P;
                case "p-prime" -> org.childstat.indicators.scorecard.variation.ChartType.P_PRIME;
                case "u" -> org.childstat.indicators.scorecard.variation.ChartType.U;
                case "u-prime" -> org.childstat.indicators.scorecard.variation.ChartType.U_PRIME;
                case "i" -> org.childstat.indicators.scorecard.variation.ChartType.I;
                default -> throw new UsageException("--type: expected run, p, p-prime, u, u-prime or i, got '" + type + "'");
            };
            var options = org.childstat.indicators.scorecard.variation.ControlChart.Options.of(chart);
            if (rules != null) {
                options = options.withRules(switch (rules) {
                    case "anhoej" -> org.childstat.indicators.scorecard.variation.RuleSet.ANHOEJ;
                    case "mdc" -> org.childstat.indicators.scorecard.variation.RuleSet.MAKING_DATA_COUNT;
                    case "western-electric" -> org.childstat.indicators.scorecard.variation.RuleSet.WESTERN_ELECTRIC;
                    case "nelson" -> org.childstat.indicators.scorecard.variation.RuleSet.NELSON;
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
                    : List.of("period", "value"), chart == org.childstat.indicators.scorecard.variation.ChartType.P
                    || chart == org.childstat.indicators.scorecard.variation.ChartType.P_PRIME, ratio, cli.err);
            List<org.childstat.indicators.scorecard.variation.ControlChart.SeriesPoint> series = new java.util.ArrayList<>();
            for (TallyFiles.Line l : read.rows()) {
                series.add(ratio ? new org.childstat.indicators.scorecard.variation.ControlChart.SeriesPoint(l.id(),
                        l.numbers()[0], l.numbers()[1])
                        : org.childstat.indicators.scorecard.variation.ControlChart.SeriesPoint.of(l.id(), l.numbers()[0]));
            }
            if (series.size() < 2) {
                cli.err.println("childstat: " + input.getFileName() + ": a series of " + series.size()
                        + " point(s): no moving range or run to speak of; charted as given");
            }
            var result = org.childstat.indicators.scorecard.variation.ControlChart.chart(series, options);
            List<String[]> rows = new java.util.ArrayList<>();
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
                    "signal", "rule"), rows, summary);
            long signals = result.points().stream().filter(p -> p.signal()).count();
            String also = "";
            if (plot != null) {
                List<org.childstat.indicators.scorecard.plot.ControlChartPlot.Mark> marks = new java.util.ArrayList<>();
                for (var p : series) {
                    marks.add(org.childstat.indicators.scorecard.plot.ControlChartPlot.Mark.counted(
                            ratio ? p.denominator() : Double.NaN));
                }
                TallyFiles.writePlot(plot, org.childstat.indicators.scorecard.plot.ControlChartPlot.svg(
                        new org.childstat.indicators.scorecard.plot.Labels(plotTitle(input) + " (" + type + " chart, "
                                + ruleName(result.options().rules()) + " rules)", "value", "", ratio ? 3 : 2,
                                ""), result, 1, marks, true));
                also = " and " + plot;
            }
            cli.out.printf("charted %d points (%s, %s rules), %d signal(s); wrote %s and %s%s%n", series.size(), type,
                    ruleName(result.options().rules()), signals, out, json, also);
            return read.bad() > 0 ? 1 : 0;
        }
    }

    /** A plot's title: the input file's name without its extension. */
    static String plotTitle(Path input) {
        String name = input.getFileName() == null ? input.toString() : input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** A rule set's name on the command line. */
    static String ruleName(org.childstat.indicators.scorecard.variation.RuleSet set) {
        return switch (set) {
            case ANHOEJ -> "anhoej";
            case MAKING_DATA_COUNT -> "mdc";
            case WESTERN_ELECTRIC -> "western-electric";
            case NELSON -> "nelson";
        };
    }

    @Command(name = "synth", mixinStandardHelpOptions = true, description = "Write a synthetic county's CSV folder.")
    static final class Synth implements Callable<Integer> {
        @ParentCommand
        Childstat cli;
        @Option(names = "--out", required = true, description = "the output folder")
        Path out;
        @Option(names = "--children", defaultValue = "10000", description = "children (default ${DEFAULT-VALUE})")
        int children;
        @Option(names = "--seed", defaultValue = "1", description = "seed (default ${DEFAULT-VALUE})")
        long seed;
        @Option(names = "--as-of", defaultValue = "2026-09-30", description = "as-of date (default ${DEFAULT-VALUE})")
        LocalDate asOf;

        @Override
        public Integer call() {
            if (children < 1) {
                throw new UsageException("--children must be at least 1, got " + children);
            }
            SyntheticCounty county = SyntheticCounty.generate(children, seed, asOf);
            county.writeCsv(out);
            cli.out.println(county);
            return 0;
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "The data-quality report only (data-quality.csv, run.json).")
    static final class Validate implements Callable<Integer> {
        @ParentCommand
        Childstat cli;
        @Option(names = "--data", required = true, description = "the folder of CSV files")
        Path data;
        @Option(names = "--out", description = "where to write data-quality.csv and run.json")
        Path out;
        @Option(names = "--as-of", description = "as-of date (default: extract.txt)")
        LocalDate asOf;

        @Override
        public Integer call() {
            return cli.jobs.validate(folder(data), out, asOf);
        }
    }
}
