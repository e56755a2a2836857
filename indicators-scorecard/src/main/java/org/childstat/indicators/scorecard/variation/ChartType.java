package org.childstat.indicators.scorecard.variation;

/** Control chart types (docs/variation.md, Control charts; formulas as qicharts2 and Laney 2002). */
public enum ChartType {
    /** Run chart: centre line the median, no sigma limits; Anhoej rules by default. */
    RUN,
    /** P chart for proportions: p̄ ± 3 sqrt(p̄(1 - p̄)/n_i), clipped to [0, 1]. */
    P,
    /** Laney P': P chart limits times sigma_z, the average moving range of the points' z-scores / 1.128. */
    P_PRIME,
    /** U chart for rates: ū ± 3 sqrt(ū / n_i), lower limit at least 0. */
    U,
    /** Laney U': U chart limits times sigma_z. */
    U_PRIME,
    /** Individuals (XmR): mean ± 3 · average moving range / 1.128. */
    I;

    /**
     * Whether points carry a numerator and a denominator.
     *
     * @return true for P, P', U and U' charts
     */
    public boolean usesDenominators() {
        return this == P || this == P_PRIME || this == U || this == U_PRIME;
    }

    /**
     * Whether points are proportions (P and P').
     *
     * @return true for P and P' charts
     */
    public boolean isPercent() {
        return this == P || this == P_PRIME;
    }
}
