package org.childstat.indicators.scorecard.variation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The variance partition on simulated nested data ({@code src/test/r/variance-partition.R}:
 * 12 offices x 4 units x 6 workers x 60 children, true variances 0.16, 0.09, 0.25 on the logit
 * scale) against {@code lme4::glmer(cbind(x, n - x) ~ 1 + (1 | office / unit / worker), family =
 * binomial)} 1.1.31: office 0.211294, unit 0.028134, worker 0.248707.
 */
class VariancePartitionTest {
    /**
     * Moments against maximum likelihood: each component within this of glmer's (measured:
     * office 0.2117, unit 0.0114, worker 0.2176).
     */
    static final double MOMENTS_VS_ML = 0.05;

    @Test
    void partition_agreesWithGlmerWithinTolerance() throws IOException {
        Map<String, double[]> offices = new LinkedHashMap<>(), units = new LinkedHashMap<>();
        List<Tally> workers = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/variance/workers.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",");
            double x = Double.parseDouble(c[3]), n = Double.parseDouble(c[4]);
            workers.add(new Tally(c[2], x, n));
            offices.computeIfAbsent(c[0], k -> new double[2]);
            units.computeIfAbsent(c[1], k -> new double[2]);
            offices.get(c[0])[0] += x;
            offices.get(c[0])[1] += n;
            units.get(c[1])[0] += x;
            units.get(c[1])[1] += n;
        }
        VariancePartition.Result r = VariancePartition.partition(List.of("office", "unit", "worker"),
                List.of(tallies(offices), tallies(units), workers));
        assertEquals(0.211294, r.components()[0], MOMENTS_VS_ML, r.toString());
        assertEquals(0.028134, r.components()[1], MOMENTS_VS_ML, r.toString());
        assertEquals(0.248707, r.components()[2], MOMENTS_VS_ML, r.toString());
        double total = r.components()[0] + r.components()[1] + r.components()[2] + VariancePartition.LOGISTIC;
        assertEquals(r.components()[2] / total, r.shares()[2], 1e-12);
    }

    @Test
    void noBetweenVariance_givesZeros() {
        List<Tally> same = List.of(new Tally("a", 30, 100), new Tally("b", 30, 100), new Tally("c", 30, 100));
        VariancePartition.Result r = VariancePartition.partition(List.of("unit"), List.of(same));
        assertEquals(0, r.components()[0]);
        assertTrue(r.toString().contains("unit 0.0000"));
    }

    private static List<Tally> tallies(Map<String, double[]> sums) {
        List<Tally> out = new ArrayList<>();
        sums.forEach((k, v) -> out.add(new Tally(k, v[0], v[1])));
        return out;
    }
}
