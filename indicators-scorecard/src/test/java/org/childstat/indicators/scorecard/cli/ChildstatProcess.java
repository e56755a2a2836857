package org.childstat.indicators.scorecard.cli;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.childstat.indicators.scorecard.grid.Scorecard;

/**
 * The command in a process of its own, for what a test cannot do in its own JVM: kill a run
 * with {@code kill -9} at a chosen moment, hold an output folder's lock from another process, run
 * out of memory in a small heap. {@link #start} launches {@code java [jvm options] -cp <the tests'
 * class path>} with this class as main: {@code ChildstatProcess PAUSE_AT args...} runs
 * {@code childstat args...} and, when a progress step starting with PAUSE_AT begins (empty: never),
 * prints {@code PAUSED} on stdout and waits there until killed.
 */
final class ChildstatProcess {
    /** What stdout says when the run waits at the chosen step. */
    static final String PAUSED = "PAUSED";

    private ChildstatProcess() {
    }

    public static void main(String[] args) {
        String pauseAt = args[0];
        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        Progress.Hook hook = step -> {
            if (!pauseAt.isEmpty() && step.startsWith(pauseAt)) {
                System.out.println(PAUSED);
                System.out.flush();
                while (true) {
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        };
        System.exit(new Childstat(System.out, System.err, new Environment(System.getenv(), false, hook,
                Scorecard.NATIONAL_PERFORMANCE)).run(rest));
    }

    /** The tests' class path (surefire's, or this JVM's). */
    static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    /** The java launcher of this JVM. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * Starts {@code main} of {@code mainClass} with {@code args} in a new JVM with {@code jvm}
     * options; stderr goes to {@code err}.
     */
    static Process start(List<String> jvm, Class<?> mainClass, File err, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(jvm);
        command.add("-cp");
        command.add(classPath());
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(err).start();
    }

    /** Reads the process's stdout until a line equals {@code line}; false when it ended first. */
    static boolean awaitLine(Process p, String line) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String l; (l = out.readLine()) != null; ) {
            if (l.equals(line)) {
                return true;
            }
        }
        return false;
    }

    /** Kills the process as {@code kill -9} does and waits for it to end. */
    static void kill(Process p) throws InterruptedException {
        p.destroyForcibly();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the process did not end");
        }
    }
}
