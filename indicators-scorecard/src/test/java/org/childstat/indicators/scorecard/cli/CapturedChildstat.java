package org.childstat.indicators.scorecard.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The command of the command-line tests: standard output and standard error kept as text. */
final class CapturedChildstat {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Runs {@code childstat args...}; returns its exit code. */
    int run(String... args) {
        return new Childstat(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
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
