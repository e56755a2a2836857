package org.childstat.indicators.cohort.internal;

import static org.childstat.indicators.cohort.internal.Evaluator.FAR;
import static org.childstat.indicators.cohort.internal.Evaluator.NONE;

import java.util.ArrayList;
import java.util.List;
import org.childstat.indicators.core.indicator.FollowUp;
import org.childstat.indicators.core.internal.CaseStore;
import org.childstat.indicators.core.internal.Dates;

/**
 * The rules of the custom indicators (docs/custom-indicators.md) for the current child and one
 * period: each finds its member with the walk of its family, the same method the built-in
 * indicators of the family use (EntryCohortRules.member, InCareOnFirstDayRules.member,
 * ExitCohortRules.firstDischarge, ServedInPeriodRules.member, PointInTimeRules.member), reads the
 * family's date and attribution window as they do, and applies its own condition, exclusions and
 * outcome to a reused {@link MemberView}. One per evaluator.
 */
final class CustomRules {
    private final Evaluator ev;
    private final CaseStore store;
    private final int[] periodStart;
    private final int[] periodEnd;
    private final Attribution attribution;
    private final CustomRule[] rules;
    private final MemberView member;

    CustomRules(Evaluator ev, CustomRule.Set set) {
        this.ev = ev;
        this.store = ev.store;
        this.periodStart = ev.periodStart;
        this.periodEnd = ev.periodEnd;
        this.attribution = ev.attribution;
        List<CustomRule> selected = new ArrayList<>();
        for (CustomRule r : set.rules()) {
            if (ev.on[r.index()]) {
                selected.add(r);
            }
        }
        this.rules = selected.toArray(new CustomRule[0]);
        this.member = new MemberView(ev, set.periods(), set.histories());
    }

    /** Whether any custom indicator is selected. */
    boolean any() {
        return rules.length > 0;
    }

    /** Every selected custom indicator for period p. */
    void evaluate(int p) {
        for (CustomRule rule : rules) {
            evaluate(rule, p);
        }
    }

    private void evaluate(CustomRule rule, int p) {
        int e, date, anchor, a, b;
        switch (rule.family()) {
            case ENTRY_COHORT -> {
                e = ev.entryCohort.member(p);
                if (e < 0) {
                    return;
                }
                int r = store.episodeRemoval[e], d = store.episodeDischarge[e];
                int last = lastFollowUpDay(rule.followUp(), r, periodEnd[p]);
                date = r;
                anchor = r;
                a = r;
                b = Math.min(d == NONE ? FAR : d - 1, last);
            }
            case IN_CARE_ON_FIRST_DAY -> {
                e = ev.inCareOnFirstDay.member(p);
                if (e < 0) {
                    return;
                }
                int d = store.episodeDischarge[e], start = periodStart[p], end = periodEnd[p];
                date = start;
                anchor = start;
                a = start;
                b = d == NONE ? end : Math.min(d - 1, end);
            }
            case EXIT_COHORT -> {
                e = ev.exitCohort.firstDischarge(p, rule.exitMask());
                if (e < 0) {
                    return;
                }
                int d = store.episodeDischarge[e];
                date = d;
                anchor = d - 1;
                a = store.episodeRemoval[e];
                b = d - 1;
            }
            case SERVED_IN_PERIOD -> {
                e = ev.servedInPeriod.member(p);
                if (e < 0) {
                    return;
                }
                int t = ev.servedInPeriod.stayEnd(e, p);
                date = t - 1;
                anchor = t - 1;
                a = store.episodeRemoval[e];
                b = t - 1;
            }
            case POINT_IN_TIME -> {
                e = ev.pointInTime.member(p);
                if (e < 0) {
                    return;
                }
                int day = ev.pointInTime.day(p);
                date = day;
                anchor = day;
                a = Math.max(store.episodeRemoval[e], periodStart[p]);
                b = day;
            }
            default -> throw new IllegalStateException(rule.family() + " is not open to custom indicators");
        }
        member.set(p, e, date);
        if (!rule.where().test(member)) {
            return;
        }
        ev.evidence(e, -1, date);
        ev.evWindowEnd = lastFollowUpDay(rule.followUp(), date, NONE);
        for (int i = 0; i < rule.exclusions().size(); i++) {
            if (rule.exclusions().get(i).test(member)) {
                ev.sink.excluded(rule.index(), p, rule.reasons().get(i));
                return;
            }
        }
        boolean outcome = rule.outcome().test(member);
        ev.sink.member(rule.index(), p, attribution.attribute(rule.index(), anchor, a, b, -1), outcome);
    }

    /**
     * The last day of a follow-up window from an event on day r: {@code r + months - 1 day},
     * {@code r + days}, or {@code otherwise} without a follow-up.
     */
    private static int lastFollowUpDay(FollowUp f, int r, int otherwise) {
        return f.months() > 0 ? Dates.plusMonths(r, f.months()) - 1 : f.days() > 0 ? r + f.days() : otherwise;
    }
}
