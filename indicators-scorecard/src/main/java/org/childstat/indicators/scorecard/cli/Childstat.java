package org.childstat.indicators.scorecard.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
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
 * {@code explain}, {@code cases}, {@code synth} and {@code validate}, each with {@code --help}.
 *
 * <p>Exit codes: 0 done; 1 finished but rows were set aside; 2 usage error (the message names
 * the bad argument); 3 unreadable input (the message names the file and the reason). No stack
 * traces: every error is one line on stderr.
 */
@Command(name = "childstat", mixinStandardHelpOptions = true, version = Jobs.VERSION,
        description = "Child-welfare indicators: CFSR Round 4 and the county Stat dashboard.",
        subcommands = {Childstat.Demo.class, Childstat.Run.class, Childstat.Explain.class, Childstat.Cases.class,
                Childstat.Synth.class, Childstat.Validate.class},
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
            description = "Every indicator, period and level: results.csv, exclusions.csv, data-quality.csv, run.json.")
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
            IndicatorId id;
            ReportingPeriod p;
            try {
                id = IndicatorId.parse(indicator);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--indicator: " + e.getMessage());
            }
            try {
                p = ReportingPeriod.parse(period);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--period: " + e.getMessage());
            }
            CaseData caseData = cli.jobs.read(data, asOf);
            if (caseData == null || cli.jobs.unreadable(caseData.dataQuality())) {
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
            IndicatorId id;
            ReportingPeriod p;
            try {
                id = IndicatorId.parse(indicator);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--indicator: " + e.getMessage());
            }
            try {
                p = ReportingPeriod.parse(period);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--period: " + e.getMessage());
            }
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
            CaseData caseData = cli.jobs.read(data, asOf);
            if (caseData == null || cli.jobs.unreadable(caseData.dataQuality())) {
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
