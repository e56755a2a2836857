package org.childstat.indicators.scorecard.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code childstat} command (docs/outputs.md), on picocli: {@code demo}, {@code run},
 * {@code explain}, {@code cases}, {@code present}, {@code synth}, {@code validate}, and for tallies from anywhere
 * {@code funnel} and {@code chart}, each with {@code --help}. This class is the root command
 * only (its help, the one line of a failure and the exit code); each subcommand is a class of its
 * own ({@link DemoCommand}, {@link RunCommand}, {@link ExplainCommand}, {@link CasesCommand}, {@link PresentCommand},
 * {@link SynthCommand}, {@link ValidateCommand}, {@link FunnelCommand}, {@link ChartCommand}),
 * the option values they share parsed and checked by {@link Options}.
 *
 * <p>Exit codes: 0 done; 1 finished but rows were set aside; 2 usage error (the message names
 * the bad argument); 3 unreadable input or an output that cannot be written (the message names
 * the file and the reason), or not enough memory (the message says how much the county needs);
 * 4 internal error (a bug). No stack traces: every error is one line on stderr; with
 * {@code CHILDSTAT_DEBUG=1} in the environment an internal error prints its stack trace too.
 */
@Command(name = "childstat", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Child-welfare indicators: CFSR Round 4 and the county Stat dashboard.",
        subcommands = {DemoCommand.class, RunCommand.class, ExplainCommand.class, CasesCommand.class, PresentCommand.class,
                SynthCommand.class, ValidateCommand.class, FunnelCommand.class, ChartCommand.class, RelateCommand.class},
        exitCodeOnInvalidInput = 2, exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:finished, but some rows were set aside (see data-quality.csv)",
                "2:usage error (the message names the argument)",
                "3:unreadable input, an output that cannot be written, or not enough memory",
                "4:internal error: a bug, please report it (CHILDSTAT_DEBUG=1 prints its stack trace)"})
public final class Childstat implements Callable<Integer> {
    /** The exit code of an internal error (a bug). */
    static final int INTERNAL_ERROR = 4;

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
        cli.registerConverter(LocalDate.class, Options::date);
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

    /** A message on one line: line breaks and tabs as spaces, at most 500 characters. */
    private static String oneLine(String message) {
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
}
