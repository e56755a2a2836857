package org.childstat.indicators.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.childstat.indicators.core.io.CaseDataReader;
import org.childstat.indicators.core.model.CaseData;

/**
 * Heap retained by a {@link CaseData} read from CSV: used heap after full collections, with and
 * without the extract held. Prints bytes per child.
 *
 * <p>Run: {@code java -Xmx1g -cp benchmarks/target/benchmarks.jar
 * org.childstat.indicators.benchmarks.RetainedHeap 250000}
 */
public final class RetainedHeap {
    private RetainedHeap() {
    }

    public static void main(String[] args) throws InterruptedException {
        int children = args.length > 0 ? Integer.parseInt(args[0]) : 250_000;
        var folder = Counties.csv(children);
        long before = usedAfterGc();
        long t0 = System.nanoTime();
        CaseData data = CaseDataReader.read(folder);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long after = usedAfterGc();
        long retained = after - before;
        System.out.printf("%s%nread in %d ms (cold, one shot); retained heap %.1f MB = %d bytes per child%n", data, ms,
                retained / 1e6, retained / data.childCount());
        if (data.childCount() < 0) {
            System.out.println(data); // keeps data reachable until after the measurement
        }
    }

    private static long usedAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
