package org.childstat.indicators.core.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Reference values from R 4.2.2 (Debian r-base-core):
 * Wilson: {@code prop.test(k, n, correct = FALSE)$conf.int} (the score interval without continuity correction);
 * Poisson: {@code poisson.test(k)$conf.int} (Garwood's exact interval);
 * median ranks: {@code max(which(pbinom((1:n) - 1, n, 0.5) <= 0.025))}.
 */
class IntervalsTest {
    /** Agreement with R to this many absolute units of proportion or events. */
    static final double TOLERANCE = 1e-9;

    @ParameterizedTest
    @CsvSource({
            "0, 10, 0.000000000000000, 0.277532799862889",
            "1, 10, 0.017876213095073, 0.404150026795238",
            "5, 10, 0.236593090512564, 0.763406909487436",
            "10, 10, 0.722467200137111, 1.000000000000000",
            "3, 7, 0.158219855251470, 0.749541635472343",
            "120, 450, 0.227909067890118, 0.309374280912602",
            "1, 1, 0.206549314377238, 1.000000000000000"})
    void wilson_agreesWithR(long k, long n, double lower, double upper) {
        assertArrayEquals(new double[] {lower, upper}, Intervals.wilson(k, n), TOLERANCE);
    }

    @Test
    void wilson_emptyAndInvalid() {
        assertNull(Intervals.wilson(0, 0));
        assertThrows(IllegalArgumentException.class, () -> Intervals.wilson(3, 2));
        assertThrows(IllegalArgumentException.class, () -> Intervals.wilson(-1, 2));
    }

    @ParameterizedTest
    @CsvSource({
            "0, 0.000000000000000, 3.688879454113935",
            "1, 0.025317807984290, 5.571643390938899",
            "2, 0.242209278543965, 7.224687667723958",
            "5, 1.623486390118421, 11.668332079322667",
            "17, 9.903126469607288, 27.218646815906613",
            "250, 219.967995630937281, 282.987705042316065"})
    void poisson_agreesWithR(long k, double lower, double upper) {
        assertArrayEquals(new double[] {lower, upper}, Intervals.poisson(k), 1e-7);
    }

    @ParameterizedTest
    @CsvSource({"6, 1", "7, 1", "10, 2", "20, 6", "100, 40", "1001, 470"})
    void medianRanks_agreeWithR(int n, int j) {
        assertArrayEquals(new int[] {j, n + 1 - j}, Intervals.medianRanks(n));
    }

    @ParameterizedTest
    @CsvSource({"0", "1", "5"})
    void medianRanks_noneForFewValues(int n) {
        assertNull(Intervals.medianRanks(n));
    }

    @Test
    void median_oddAndEvenCounts() {
        assertEquals(3.0, Intervals.median(new int[] {1, 3, 9}, 0, 3));
        assertEquals(6.0, Intervals.median(new int[] {1, 3, 9, 12}, 0, 4)); // mean of 3 and 9
        assertEquals(9.0, Intervals.median(new int[] {1, 3, 9, 12}, 2, 3));
    }
}
