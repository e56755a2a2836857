package org.childstat.indicators.scorecard.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What a long command is doing, on stderr (docs/outputs.md, What the command prints), one step
 * after the other: when stderr is a terminal, one live line rewritten in place ({@code \r}) with
 * the step and its seconds so far, cleared at the end; otherwise (a pipe, a log file) one line per
 * step as it starts, {@code childstat: reading DIR}, so that a log shows every step in order and a
 * long step is never silent. Each step's time is kept for run.json. Not thread-safe: one command
 * drives it; the terminal's ticker only reads.
 */
final class Progress implements AutoCloseable {
    /**
     * Called at the start of every step with its text: the tests' way to stop a run at a chosen
     * moment (to kill it, or to fail it as a full disk would). Does nothing in the command.
     */
    @FunctionalInterface
    interface Hook {
        /** The step {@code step} starts. */
        void at(String step);

        /** A hook that does nothing. */
        Hook NONE = step -> { };
    }

    private final PrintStream err;
    private final boolean live;
    private final Hook hook;
    private final Map<String, Long> millis = new LinkedHashMap<>();
    private ScheduledExecutorService ticker;
    private volatile String step;
    private volatile long stepStart;
    private String key;
    private int width;

    /**
     * @param err  stderr
     * @param live whether stderr is a terminal (a live line) or not (a line per step)
     * @param hook called at the start of every step
     */
    Progress(PrintStream err, boolean live, Hook hook) {
        this.err = err;
        this.live = live;
        this.hook = hook;
    }

    /**
     * Starts a step (ending the one before): {@code key} names it in run.json's timings (null: not
     * timed), {@code text} says what it does.
     */
    void step(String key, String text) {
        end();
        this.key = key;
        this.step = text;
        this.stepStart = System.nanoTime();
        if (live) {
            if (ticker == null) {
                ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "childstat-progress");
                    t.setDaemon(true);
                    return t;
                });
                ticker.scheduleAtFixedRate(this::redraw, 1, 1, TimeUnit.SECONDS);
            }
            redraw();
        } else {
            err.println("childstat: " + text);
        }
        hook.at(text);
    }

    /** The step under way, or null: what an unexpected failure says it was doing. */
    String current() {
        return step;
    }

    /** Milliseconds of each timed step that ended, by key (a key used twice adds up). */
    Map<String, Long> millis() {
        end();
        return Map.copyOf(millis);
    }

    /** Ends the current step, if any, and keeps its time. */
    private void end() {
        if (step != null && key != null) {
            millis.merge(key, (System.nanoTime() - stepStart) / 1_000_000, Long::sum);
        }
        key = null;
    }

    private synchronized void redraw() {
        String s = step;
        if (s == null) {
            return;
        }
        long seconds = (System.nanoTime() - stepStart) / 1_000_000_000;
        String line = "childstat: " + s + (seconds >= 1 ? " (" + seconds + " s)" : "");
        err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        err.flush();
        width = line.length();
    }

    /** Ends the last step; a live line is cleared so that what follows starts on a clean line. */
    @Override
    public void close() {
        end();
        step = null;
        if (ticker != null) {
            ticker.shutdownNow();
            ticker = null;
            synchronized (this) {
                err.print("\r" + " ".repeat(width) + "\r");
                err.flush();
                width = 0;
            }
        }
    }
}
