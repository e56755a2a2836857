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
import org.childstat.indicators.core.io.DateBounds;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.Level;
import org.childstat.indicators.core.synthetic.PlantedEffect;
import org.childstat.indicators.core.synthetic.SyntheticCounty;
import org.childstat.indicators.scorecard.cases.CaseSelection;
import org.childstat.indicators.scorecard.grid.EntityTable;
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
 * the bad argument); 3 unreadable input or an output that cannot be written (the message names
 * the file and the reason), or not enough memory (the message says how much the county needs);
 * 4 internal error (a bug). No stack traces: every error is one line on stderr; with
 * {@code CHILDSTAT_DEBUG=1} in the environment an internal error prints its stack trace too.
 */
@Command(name = "childstat", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Child-welfare indicators: CFSR Round 4 and the county Stat dashboard.",
        subcommands = {Childstat.Demo.class, Childstat.Run.class, Childstat.Explain.class, Childstat.Cases.class,
                Childstat.Synth.class, Childstat.Validate.class, Childstat.Funnel.class, Childstat.Chart.class},
        exitCodeOnInvalidInput = 2, exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:finished, but some rows were set aside (see data-quality.csv)",
                "2:usage error (the message names the argument)",
                "3:unreadable input, an output that cannot be written, or not enough memory",
                "4:internal error: a bug, please report it (CHILDSTAT_DEBUG=1 prints its stack trace)"})
public final class Childstat implements Callable<Integer> {
    /** The as-of date of {@code demo} and {@code synth} when none is given: the end of FFY2026. */
    static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 9, 30);

    /** The exit code of an internal error (a bug). */
    static final int INTERNAL_ERROR = 4;

    /** The largest county {@code demo} and {@code synth} make (data-contract §5). */
    static final int MAX_CHILDREN = 10_000_000;

    /** The nearest ids a usage error names for an entity that is not there. */
    static final int NEAREST = 5;

    final PrintStream out;
    final PrintStream err;
    final Environment env;
    /** The jobs of the command line being run (one per {@link #run}). */
    Jobs jobs;

    Childstat(PrintStream out, PrintStream err) {
        this(out, err, Environment.system(err == System.err));
    }

    Childstat(PrintStream out, PrintStream err, Environment env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    public static void main(String[] args) {
        System.exit(new Childstat(System.out, System.err).run(args));
    }

    /** Runs one command line; returns its exit code. */
    int run(String... args) {
        Progress progress = new Progress(err, env.terminal(), env.hook());
        jobs = new Jobs(out, err, env, progress);
        CommandLine cli = new CommandLine(this);
        cli.registerConverter(LocalDate.class, Childstat::date);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, line, parse) -> failure(e, line.getCommandName(), progress));
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("childstat: " + oneLine(e.getMessage()) + " (see " + qualifiedName(e.getCommandLine())
                    + " --help)");
            return 2;
        });
        try {
            return cli.execute(args);
        } catch (Throwable e) { // an Error (OutOfMemoryError, StackOverflowError): picocli hands on Exceptions only
            CommandLine.ParseResult parsed = cli.getParseResult();
            while (parsed != null && parsed.hasSubcommand()) {
                parsed = parsed.subcommand();
            }
            return failure(e, parsed == null ? "childstat" : parsed.commandSpec().name(), progress);
        } finally {
            progress.close();
        }
    }

    /**
     * The one line and exit code of a failure: 2 for a usage error, 3 for an unreadable input, an
     * output that cannot be written or not enough memory, 4 (with the step under way, and the stack
     * trace only when {@code CHILDSTAT_DEBUG=1}) for anything else, which is a bug.
     */
    private int failure(Throwable e, String command, Progress progress) {
        String step = progress.current();
        progress.close();
        String who = "childstat" + ("childstat".equals(command) ? "" : " " + command) + ": ";
        if (e instanceof UsageException) {
            err.println(who + oneLine(e.getMessage()));
            return 2;
        }
        if (e instanceof CannotWrite) {
            err.println(who + oneLine(e.getMessage()));
            return 3;
        }
        if (e instanceof UncheckedIOException) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            String reason = e.getCause() == null ? "" : CannotWrite.reason(e.getCause());
            err.println(who + oneLine(message.contains(reason) ? message : message + ": " + reason));
            return 3;
        }
        if (e instanceof OutOfMemoryError) {
            err.println(who + jobs.outOfMemory(command));
            return 3;
        }
        err.println(who + "internal error" + (step == null ? "" : " while " + step) + ": " + e.getClass().getName()
                + (e.getMessage() == null ? "" : ": " + oneLine(e.getMessage())) + " (this is a bug, please report it"
                + (env.debug() ? ")" : "; CHILDSTAT_DEBUG=1 prints the stack trace)"));
        if (env.debug()) {
            e.printStackTrace(err);
        }
        return INTERNAL_ERROR;
    }

    /**
     * A date option: {@code yyyy-MM-dd} within the years the library accepts
     * ({@link DateBounds}, 1900 to 2199), so that no far date (+215000-06-30 once looped forever)
     * reaches the engine; picocli names the option in the message.
     */
    static LocalDate date(String text) {
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("expected a date yyyy-MM-dd, got '" + text + "'");
        }
        if (!DateBounds.contains(date)) {
            throw new CommandLine.TypeConversionException(DateBounds.outside(text));
        }
        return date;
    }

    /** A message on one line: line breaks and tabs as spaces, at most 500 characters. */
    static String oneLine(String message) {
        String s = message == null ? "" : message.replaceAll("[\\r\\n\\t]+", " ").strip();
        return s.length() > 500 ? s.substring(0, 497) + "..." : s;
    }

    private static String qualifiedName(CommandLine line) {
        return line == null ? "childstat" : line.getCommandSpec().qualifiedName();
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

    /**
     * The as-of date a command on {@code data} works with, checked (data-contract §5, guard
     * rails): {@code --as-of} when given, which must not be after the extract date of
     * extract.txt when the folder has one; else the extract date; null when there is neither
     * (the reader then says so).
     *
     * @throws UsageException naming {@code --as-of} and the extract date
     */
    static LocalDate asOf(Path data, LocalDate asOf) {
        LocalDate extract;
        try {
            extract = org.childstat.indicators.core.io.CaseDataReader.extractDate(data);
        } catch (IllegalArgumentException e) {
            extract = null; // no or no valid extract.txt: the reader says so when it needs it
        }
        if (asOf != null && extract != null && asOf.isAfter(extract)) {
            throw new UsageException("--as-of " + asOf + " is after the extract date " + extract + " ("
                    + data.resolve(org.childstat.indicators.core.io.CaseDataReader.EXTRACT_FILE)
                    + "): the data cannot know what happened after it was extracted");
        }
        return asOf != null ? asOf : extract;
    }

    /**
     * A period that starts after the as-of date is a usage error (data-contract §5): the data
     * cannot have any of it.
     *
     * @throws UsageException naming {@code option} and the period
     */
    static void notAfter(String option, ReportingPeriod period, LocalDate asOf) {
        if (asOf != null && period.start().isAfter(asOf)) {
            throw new UsageException(option + ": " + period.label() + " starts on " + period.start()
                    + ", after the as-of date " + asOf + "; the data has nothing of it");
        }
    }

    /**
     * {@code --children} of {@code demo} and {@code synth}: 1 to 10,000,000.
     *
     * @throws UsageException naming {@code --children}
     */
    static int children(int children) {
        if (children < 1 || children > MAX_CHILDREN) {
            throw new UsageException("--children must be 1 to " + String.format(java.util.Locale.ROOT, "%,d",
                    MAX_CHILDREN) + ", got " + children);
        }
        return children;
    }

    /**
     * A synthetic county of {@code children} as of {@code asOf}.
     *
     * @throws UsageException when the generator refuses the as-of date
     */
    static SyntheticCounty generate(int children, long seed, LocalDate asOf) {
        try {
            return SyntheticCounty.generate(children(children), seed, asOf);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--as-of " + asOf + ": " + e.getMessage());
        }
    }

    @Command(name = "demo", mixinStandardHelpOptions = true,
            description = "Synthetic county -> CSV folder DIR/data -> full run -> DIR.")
    static final class Demo implements Callable<Integer> {
        @ParentCommand
        Childstat cli;
        @picocli.CommandLine.Mixin
        CsvCellsOption csv = new CsvCellsOption();
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
            children(children);
            try (OutputFolder folder = OutputFolder.open(out)) {
                Path data = out.resolve("data");
                writeCounty(data);
                return cli.jobs.run(data, folder, null, "rolling:24", CalculationOptions.defaults(), csv.cells());
            }
        }

        /** Generates the county, writes its CSV folder, prints what was planted; keeps nothing of it. */
        private void writeCounty(Path data) {
            cli.jobs.county(children);
            Progress progress = cli.jobs.progress();
            progress.step(null, "generating a synthetic county of " + String.format(java.util.Locale.ROOT, "%,d",
                    children) + " children");
            long t0 = System.nanoTime();
            SyntheticCounty county = generate(children, seed, asOf);
            long t1 = System.nanoTime();
            progress.step(null, "writing its CSV files to " + data);
            try {
                county.writeCsv(data);
            } catch (UncheckedIOException e) {
                throw new CannotWrite(data, e);
            }
            long t2 = System.nanoTime();
            progress.close();
            cli.out.printf("synthetic county: %s (generated in %d ms, CSV written to %s in %d ms)%n", county.data(),
                    (t1 - t0) / 1_000_000, data, (t2 - t1) / 1_000_000);
            cli.out.println("planted differences:");
            for (PlantedEffect p : county.truth()) {
                cli.out.println("  " + p);
            }
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Every indicator, period and level: results.csv, indicators.csv, entities.csv, exclusions.csv, "
                    + "data-quality.csv, variation.csv, trends.csv, scorecard.html, run.json.")
    static final class Run implements Callable<Integer> {
        @ParentCommand
        Childstat cli;
        @picocli.CommandLine.Mixin
        CsvCellsOption csv = new CsvCellsOption();
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
            LocalDate known = asOf(data, asOf);
            try {
                for (ReportingPeriod p : ReportingPeriod.parseList(periods, known == null ? LocalDate.of(2000, 1, 31)
                        : known)) {
                    notAfter("--periods", p, known);
                }
            } catch (IllegalArgumentException e) {
                throw new UsageException("--periods: " + e.getMessage());
            }
            try (OutputFolder folder = OutputFolder.open(out)) {
                return cli.jobs.run(data, folder, asOf, periods, options, csv.cells());
            }
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
            notAfter("--period", p, asOf(data, asOf));
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
        @picocli.CommandLine.Mixin
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
            notAfter("--period", p, asOf(data, asOf));
            CaseData caseData = cli.jobs.readUsable(data, asOf);
            if (caseData == null) {
                return 3;
            }
            String entityId = entity.substring(colon + 1);
            known(EntityTable.from(caseData), level, entityId, data);
            CaseSelection.Selection s = CaseSelection.select(caseData, id, p, level, entityId, n, seed);
            cli.out.printf("%s %s %s: %d cases in the denominator (%d missed the outcome, %d pending: their own "
                            + "follow-up is still running)%n", id, p.label(), entity, s.candidates().size(),
                    s.candidates().stream().filter(CaseSelection.Case::missed).count(),
                    s.candidates().stream().filter(c -> c.outcome() == CaseSelection.Outcome.PENDING).count());
            StdoutCsv table = new StdoutCsv(List.of("child_id", "outcome", "episode_id", "worker_id", "unit_id"),
                    csv.cells());
            for (CaseSelection.Case c : s.candidates()) {
                table.row(c.childId(), c.outcome().label(), c.explanation().episodeId(),
                        c.explanation().workerId(), c.explanation().unitId());
            }
            table.printTo(cli.out);
            cli.out.printf("%nsample (n=%d, seed=%d):%n", n, seed);
            for (CaseSelection.Case c : s.sample()) {
                cli.out.println(c.explanation());
            }
            return 0;
        }
    }

    /**
     * An entity that the organisation does not have is a usage error (data-contract §5), naming
     * the nearest ids of its level.
     *
     * @throws UsageException naming {@code --entity}
     */
    static void known(EntityTable entities, Level level, String entityId, Path data) {
        if (entities.contains(level, entityId)) {
            return;
        }
        List<String> ids = entities.rows().stream().filter(r -> r.level() == level).map(EntityTable.Row::entityId)
                .filter(id -> !id.equals(EntityTable.UNASSIGNED)).toList();
        List<String> nearest = Nearest.ids(entityId, ids, NEAREST);
        throw new UsageException("--entity: no " + level + " " + entityId + " in " + data
                + (nearest.isEmpty() ? "" : "; nearest " + level + " ids: " + String.join(", ", nearest)));
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
        @picocli.CommandLine.Mixin
        CsvCellsOption csv = new CsvCellsOption();
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
            TallyFiles.Read read = TallyFiles.read(input, List.of("entity_id", "numerator", "denominator"), percent,
                    TallyFiles.Check.UNIQUE_TALLIES, cli.err);
            if (read.rows().isEmpty()) {
                cli.err.println("childstat funnel: " + input + ": no rows to compare (" + (read.bad() == 0
                        ? "the file has a header only" : "every row was left out") + "); nothing written");
                return 1;
            }
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
            Path json = TallyFiles.write(out, header, rows, summary, csv.cells());
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
        @picocli.CommandLine.Mixin
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
                    || chart == org.childstat.indicators.scorecard.variation.ChartType.P_PRIME,
                    ratio ? TallyFiles.Check.TALLIES : TallyFiles.Check.NUMBERS, cli.err);
            if (read.rows().isEmpty()) {
                cli.err.println("childstat chart: " + input + ": no points to chart (" + (read.bad() == 0
                        ? "the file has a header only" : "every row was left out") + "); nothing written");
                return 1;
            }
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
                    "signal", "rule"), rows, summary, csv.cells());
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
            children(children);
            cli.jobs.county(children);
            cli.jobs.progress().step(null, "generating a synthetic county of " + String.format(java.util.Locale.ROOT,
                    "%,d", children) + " children");
            SyntheticCounty county = generate(children, seed, asOf);
            cli.jobs.progress().step(null, "writing its CSV files to " + out);
            try {
                county.writeCsv(out);
            } catch (UncheckedIOException e) {
                throw new CannotWrite(out, e);
            }
            cli.jobs.progress().close();
            cli.out.println(county);
            return 0;
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "The data-quality report only (data-quality.csv, run.json).")
    static final class Validate implements Callable<Integer> {
        @ParentCommand
        Childstat cli;
        @picocli.CommandLine.Mixin
        CsvCellsOption csv = new CsvCellsOption();
        @Option(names = "--data", required = true, description = "the folder of CSV files")
        Path data;
        @Option(names = "--out", description = "where to write data-quality.csv and run.json")
        Path out;
        @Option(names = "--as-of", description = "as-of date (default: extract.txt)")
        LocalDate asOf;

        @Override
        public Integer call() {
            folder(data);
            asOf(data, asOf);
            if (out == null) {
                return cli.jobs.validate(data, null, asOf, csv.cells());
            }
            try (OutputFolder folder = OutputFolder.open(out)) {
                return cli.jobs.validate(data, folder, asOf, csv.cells());
            }
        }
    }
}
