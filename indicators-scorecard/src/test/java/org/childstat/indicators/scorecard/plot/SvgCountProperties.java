package org.childstat.indicators.scorecard.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** {@link Svg#count} writes what {@code String.format(Locale.ROOT, "%,d", n)} writes. */
class SvgCountProperties {
    @Property(tries = 5000)
    void thousandsSeparators(@ForAll long n) {
        assertEquals(String.format(Locale.ROOT, "%,d", Math.round((double) n)), Svg.count((double) n));
    }

    @Property(tries = 5000)
    void smallCountsAndTheirFractions(@ForAll @LongRange(min = -100_000_000, max = 100_000_000) long n) {
        double v = n / 7.0;
        assertEquals(String.format(Locale.ROOT, "%,d", Math.round(v)), Svg.count(v));
    }
}
