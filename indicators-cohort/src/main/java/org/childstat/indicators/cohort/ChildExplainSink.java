package org.childstat.indicators.cohort;

import org.childstat.indicators.cohort.internal.Sink;
import org.childstat.indicators.core.indicator.ExclusionReason;

/**
 * One child's explanations in every indicator and period at once: hands each call to the
 * {@link ExplainSink} of its indicator and period ({@link Indicators#explainChild}).
 */
final class ChildExplainSink implements Sink {
    private final ExplainSink[][] sinks;

    /** @param sinks one sink per indicator index and period index */
    ChildExplainSink(ExplainSink[][] sinks) {
        this.sinks = sinks;
    }

    @Override
    public void member(int indicator, int period, int slot, boolean outcome) {
        sinks[indicator][period].member(indicator, period, slot, outcome);
    }

    @Override
    public void excluded(int indicator, int period, ExclusionReason reason) {
        sinks[indicator][period].excluded(indicator, period, reason);
    }

    @Override
    public void count(int indicator, int period, int slot) {
        sinks[indicator][period].count(indicator, period, slot);
    }

    @Override
    public void median(int indicator, int period, int slot, int value) {
        sinks[indicator][period].median(indicator, period, slot, value);
    }

    @Override
    public void rate(int indicator, int period, int slot, int days, int events) {
        sinks[indicator][period].rate(indicator, period, slot, days, events);
    }

    @Override
    public void rateDone(int indicator, int period) {
        sinks[indicator][period].rateDone(indicator, period);
    }
}
