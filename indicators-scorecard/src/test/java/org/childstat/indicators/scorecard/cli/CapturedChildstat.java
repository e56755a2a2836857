package org.childstat.indicators.scorecard.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The command of the command-line tests: standard output and standard error kept as text. */
final class CapturedChildstat {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Environment env;

    /** The command as it runs from a pipe: the system's environment, stderr not a terminal. */
    CapturedChildstat() {
        this(null);
    }

    /** The command in the given environment (null: as {@link #CapturedChildstat()}). */
    CapturedChildstat(Environment env) {
        this.env = env;
    }

    /** Runs {@code childstat args...}; returns its exit code. */
    int run(String... args) {
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        return (env == null ? new Childstat(o, e) : new Childstat(o, e, env)).run(args);
    }

    /** Everything written to standard output so far. */
    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Everything written to standard error so far. */
    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
