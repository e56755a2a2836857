package org.childstat.indicators.cohort.internal;

import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import org.childstat.indicators.cohort.Member;
import org.childstat.indicators.core.indicator.ExclusionReason;
import org.childstat.indicators.core.indicator.FollowUp;
import org.childstat.indicators.core.indicator.PopulationFamily;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.model.ChildHistory;

/**
 * One custom indicator as the engine runs it (docs/custom-indicators.md): its index, its family
 * and, for EXIT_COHORT, the mask of the discharge reasons whose exits make the cohort (a bit per
 * stored reason code, bit 0 a missing reason), then the predicates in the order they apply.
 *
 * @param index      the engine's index of the indicator
 * @param family     the family whose walk finds the member
 * @param exitMask   for EXIT_COHORT, the reasons of the exits in the cohort
 * @param where      the population's own condition
 * @param reasons    the exclusion reasons, in order
 * @param exclusions the exclusion conditions, one per reason
 * @param outcome    the outcome
 * @param followUp   the follow-up, which ends the outcome's window for explanations
 */
public record CustomRule(int index, PopulationFamily family, int exitMask, Predicate<Member> where,
                         List<ExclusionReason> reasons, List<Predicate<Member>> exclusions, Predicate<Member> outcome,
                         FollowUp followUp) {
    /**
     * The custom indicators of a calculation, with what their members read beyond the store.
     *
     * @param rules     the rules, in index order
     * @param periods   the calculation's periods, in the engine's order
     * @param histories child index to its history, for {@link Member#history()}
     */
    public record Set(List<CustomRule> rules, List<ReportingPeriod> periods, IntFunction<ChildHistory> histories) {
        /** No custom indicator. */
        public static final Set NONE = new Set(List.of(), List.of(), c -> {
            throw new IllegalStateException("no custom indicator");
        });
    }
}
