package org.childstat.indicators.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * {@link FourDecimals} writes what {@code new BigDecimal(x).setScale(4, HALF_EVEN).toPlainString()}
 * writes (zero without a sign), the rule of docs/outputs.md (Numbers): compared on random doubles
 * of every magnitude the outputs hold, on exact binary ties and on their neighbours one ulp away.
 */
class FourDecimalsProperties {
    /** The reference, written out here so that the test does not share the code it checks. */
    private static String reference(double x) {
        BigDecimal d = new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN);
        return d.signum() == 0 ? "0.0000" : d.toPlainString();
    }

    private static void same(double x) {
        assertEquals(reference(x), FourDecimals.format(x), () -> "x = " + x + " (" + new BigDecimal(x) + ")");
    }

    @Property(tries = 20_000)
    void anyValueOfAPercentOrRate(@ForAll @DoubleRange(min = -1000, max = 1000) double x) {
        same(x);
    }

    @Property(tries = 20_000)
    void anyMagnitude(@ForAll double x) {
        if (Double.isFinite(x)) {
            same(x);
        }
    }

    /** a / 2^b: x * 10^4 is an exact half-integer for many of them (1/32 gives 312.5), a true tie. */
    @Property(tries = 20_000)
    void exactBinaryTiesAndTheirNeighbours(@ForAll @IntRange(min = -2_000_000, max = 2_000_000) int a,
                                           @ForAll @IntRange(min = 0, max = 30) int b) {
        double x = a / Math.pow(2, b);
        same(x);
        same(Math.nextUp(x));
        same(Math.nextDown(x));
    }

    /** (k + 1/2) / 10^4 in double: the nearest double to a decimal tie, just above or below it. */
    @Property(tries = 20_000)
    void nearDecimalTies(@ForAll @IntRange(min = -100_000_000, max = 100_000_000) int k) {
        double x = (k + 0.5) / 10000;
        same(x);
        same(Math.nextUp(x));
        same(Math.nextDown(x));
    }

    @Test
    void worked() {
        assertEquals("0.0312", FourDecimals.format(1.0 / 32), "312.5 to even");
        assertEquals("0.0938", FourDecimals.format(3.0 / 32), "937.5 to even");
        assertEquals("0.0000", FourDecimals.format(-0.00001), "no -0.0000");
        assertEquals("0.0000", FourDecimals.format(-0.0));
        assertEquals("-12.3457", FourDecimals.format(-12.34565000001));
        assertEquals("100.0000", FourDecimals.format(99.99996));
        assertEquals("123456789012345.0000", FourDecimals.format(123456789012345.0), "the exact path");
        assertThrows(NumberFormatException.class, () -> FourDecimals.format(Double.NaN));
    }
}
