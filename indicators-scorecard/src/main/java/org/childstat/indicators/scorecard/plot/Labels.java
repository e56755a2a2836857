package org.childstat.indicators.scorecard.plot;

import java.util.Objects;

/**
 * What a chart's text says: its title, the value axis's title and how values are written, and
 * what a denominator counts (for the funnel's x axis and every tooltip's {@code n}). Immutable.
 *
 * @param title     the chart's title, e.g. the indicator's name
 * @param valueAxis the value axis's title, e.g. {@code "% of children"} or {@code "moves per 1,000 days"}
 * @param suffix    written after a value, e.g. {@code "%"}, or empty
 * @param decimals  decimals of a value in tooltips and labels
 * @param countedIn what a denominator counts, e.g. {@code "children"}, {@code "days in care"}; empty when unknown
 */
public record Labels(String title, String valueAxis, String suffix, int decimals, String countedIn) {
    /**
     * Checks the components.
     *
     * @param title     the chart's title
     * @param valueAxis the value axis's title
     * @param suffix    written after a value, or empty
     * @param decimals  decimals of a value
     * @param countedIn what a denominator counts, or empty
     * @throws NullPointerException     if a text is null
     * @throws IllegalArgumentException if {@code decimals} is not 0 to 6
     */
    public Labels {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(valueAxis, "valueAxis");
        Objects.requireNonNull(suffix, "suffix");
        Objects.requireNonNull(countedIn, "countedIn");
        if (decimals < 0 || decimals > 6) {
            throw new IllegalArgumentException("decimals must be 0 to 6, got " + decimals);
        }
    }

    /** A value as the chart writes it, e.g. {@code 43.2%}. */
    String value(double v) {
        return Svg.number(v, decimals) + suffix;
    }
}
