package org.childstat.indicators.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.childstat.indicators.core.synthetic.SyntheticCounty;

/** The benchmarks' data: synthetic counties written once to {@code target/counties/<children>-<seed>}. */
final class Counties {
    static final long SEED = 20_261_124L;
    static final LocalDate AS_OF = LocalDate.of(2026, 9, 30);

    private Counties() {
    }

    /** The CSV folder of a county of this size, generated on first use. */
    static Path csv(int children) {
        Path dir = Path.of(System.getProperty("childstat.bench.dir", "target/counties"), children + "-" + SEED);
        if (!Files.isRegularFile(dir.resolve("extract.txt"))) {
            SyntheticCounty.generate(children, SEED, AS_OF).writeCsv(dir);
        }
        return dir;
    }
}
