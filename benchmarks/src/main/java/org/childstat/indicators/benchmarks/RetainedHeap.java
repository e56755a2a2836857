package org.childstat.indicators.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.childstat.indicators.core.io.CaseDataReader;
import org.childstat.indicators.core.model.CaseData;

/**
 * Heap retained by a {@link CaseData} read from CSV: used heap after full collections, with and
 * without the extract held, for each county size given (one at a time). Prints bytes per child.
 *
 * <p>Run: {@code java -Xmx3g -cp benchmarks/target/benchmarks.jar
 * org.childstat.indicators.benchmarks.RetainedHeap 10000 100000 250000 1000000}
 */
public final class RetainedHeap {
    private RetainedHeap() {
    }

    public static void main(String[] args) throws InterruptedException {
        for (String arg : args.length > 0 ? args : new String[] {"250000"}) {
            measure(Integer.parseInt(arg));
        }
    }

    private static void measure(int children) throws InterruptedException {
        var folder = Counties.csv(children);
        long before = usedAfterGc();
        long t0 = System.nanoTime();
        CaseData data = CaseDataReader.read(folder);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long after = usedAfterGc();
        long retained = after - before;
        System.out.printf("%,d children: read in %,d ms (cold, one shot); retained heap %.1f MB = %d bytes per child%n",
                data.childCount(), ms, retained / 1e6, retained / data.childCount());
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
