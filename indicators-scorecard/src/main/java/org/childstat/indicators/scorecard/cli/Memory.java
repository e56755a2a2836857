package org.childstat.indicators.scorecard.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How much Java heap a county needs, for the one line an OutOfMemoryError gets (exit 3). The
 * figure is measured, on 2 cores (Java 17, default G1): {@code childstat run} (all indicators,
 * rolling:24) on the synthetic county of 250,000 children finished with {@code -Xmx768m} and ran
 * out of memory with {@code -Xmx736m}; at 500,000 children it finished with {@code -Xmx1536m} and
 * ran out with {@code -Xmx1408m}; {@code demo} at 250,000 finished with 768 MB, not with 704 MB.
 * That is {@value #BYTES_PER_CHILD} bytes per child (768 MiB / 250,000), with nothing to speak of
 * that does not grow with the county. The command asks for half as much again, rounded up to
 * whole gigabytes: at the smallest heap that works, garbage collection takes most of the time
 * (the 768 MB run took 57 s, twice the time of a 2 GB one). Stateless and thread-safe.
 */
final class Memory {
    /** Heap per child of the smallest heap that finished a 250,000-child run: 768 MB / 250,000. */
    static final long BYTES_PER_CHILD = 3_221;

    /** The margin asked for beyond the smallest heap that works. */
    static final double MARGIN = 1.5;

    private static final double GIB = 1024.0 * 1024 * 1024;

    private Memory() {
    }

    /** The heap to ask for, in whole gigabytes (at least 1), for a county of {@code children}. */
    static long gigabytes(long children) {
        return Math.max(1, (long) Math.ceil(children * BYTES_PER_CHILD * MARGIN / GIB));
    }

    /**
     * The line: {@code out of memory (a Java heap of 64 MB): a county of 250,000 children needs
     * about 0.75 GB (3,221 bytes per child); run java -Xmx2g -jar childstat.jar run ...}; without
     * the county's size when it is not known ({@code children < 0}); for a command that reads no
     * county ({@code county} false: {@code funnel}, {@code chart}) only the heap it had and how to
     * give it more.
     */
    static String message(String command, long children, long maxHeap, boolean county) {
        String had = maxHeap == Long.MAX_VALUE ? "" : " (a Java heap of " + maxHeap / (1024 * 1024) + " MB)";
        String jar = jar();
        if (!county) {
            return String.format(Locale.ROOT, "out of memory%s: give Java more, e.g. java -Xmx4g -jar %s %s ...", had,
                    jar, command);
        }
        if (children < 0) {
            return String.format(Locale.ROOT, "out of memory%s: a county needs about %,d bytes of Java heap per child; "
                    + "give it more, e.g. java -Xmx4g -jar %s %s ...", had, BYTES_PER_CHILD, jar, command);
        }
        return String.format(Locale.ROOT, "out of memory%s: a county of %,d children needs about %.2f GB "
                + "(%,d bytes per child); run java -Xmx%dg -jar %s %s ...", had, children,
                children * BYTES_PER_CHILD / GIB, BYTES_PER_CHILD, gigabytes(children), jar, command);
    }

    /** The jar the command runs from, or {@code childstat.jar}. */
    static String jar() {
        try {
            var source = Memory.class.getProtectionDomain().getCodeSource();
            if (source != null && source.getLocation() != null) {
                Path p = Path.of(source.getLocation().toURI());
                if (p.getFileName() != null && p.getFileName().toString().endsWith(".jar")) {
                    return p.toString();
                }
            }
        } catch (RuntimeException | java.net.URISyntaxException e) {
            // fall through: the usual name
        }
        return "childstat.jar";
    }

    /** The data rows of children.csv (lines after the header, a last line without a line break counted), or -1. */
    static long childrenIn(Path childrenCsv) {
        try (InputStream in = Files.newInputStream(childrenCsv)) {
            byte[] buf = new byte[1 << 16];
            long lines = 0;
            int last = '\n';
            for (int n; (n = in.read(buf)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        lines++;
                    }
                }
                last = buf[n - 1];
            }
            if (last != '\n') {
                lines++;
            }
            return Math.max(0, lines - 1);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
