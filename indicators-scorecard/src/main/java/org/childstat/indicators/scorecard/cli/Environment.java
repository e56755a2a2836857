package org.childstat.indicators.scorecard.cli;

import java.util.Map;
import org.childstat.indicators.core.indicator.Indicator;
import org.childstat.indicators.scorecard.grid.Scorecard;

/**
 * What a command runs in, beside its arguments: the environment variables
 * ({@code CHILDSTAT_DEBUG=1} prints the stack trace of an internal error), whether stderr is a
 * terminal (a live progress line) or not (a line per step), the progress hook, and the
 * scorecard's standards. The command takes them from the system ({@link #system}); tests give
 * their own, to see what happens when a step fails or a run is killed at a chosen moment.
 * Immutable.
 *
 * @param variables the environment variables
 * @param terminal  whether stderr is a terminal
 * @param hook      called at the start of every progress step
 * @param standards the scorecard's standards by indicator
 */
record Environment(Map<String, String> variables, boolean terminal, Progress.Hook hook,
                   Map<Indicator, Double> standards) {
    Environment {
        variables = Map.copyOf(variables);
    }

    /**
     * The system's: its variables; a terminal when the JVM has a console (stdin and stdout are
     * terminals: the best Java 17 can tell of stderr) and {@code stderrIsSystemErr}; no hook; the
     * CFSR Round 4 national performance.
     */
    static Environment system(boolean stderrIsSystemErr) {
        return new Environment(System.getenv(), stderrIsSystemErr && System.console() != null, Progress.Hook.NONE,
                Scorecard.NATIONAL_PERFORMANCE);
    }

    /** Whether {@code CHILDSTAT_DEBUG=1}: an internal error prints its stack trace too. */
    boolean debug() {
        return "1".equals(variables.get("CHILDSTAT_DEBUG"));
    }
}
