package org.childstat.indicators.cohort.internal;

import static org.childstat.indicators.cohort.internal.Evaluator.FAR;
import static org.childstat.indicators.cohort.internal.Evaluator.NONE;

import org.childstat.indicators.core.internal.CaseStore;

/**
 * "Served in home" for the current child of an {@link Evaluator} (docs/in-home.md, Terms): a day
 * on which one of its in-home rows is open ({@code open <= t}, close empty or {@code >= t}) and
 * that is not a day in care ({@code [removal, discharge)} of an episode, every day from the
 * removal of an open one), so a discharge day can be an in-home day and a day in care never is.
 * The birth date, the 18th birthday and the as-of date are the caller's bounds. Read by the four
 * in-home families; allocation-free.
 */
final class InHomeDays {
    private final Evaluator ev;
    private final CaseStore store;

    InHomeDays(Evaluator ev) {
        this.ev = ev;
        this.store = ev.store;
    }

    /** Whether day t is a day in care of the current child: within {@code [removal, discharge)} of one of its episodes. */
    boolean inCare(int t) {
        return careEpisode(t) >= 0;
    }

    /** The episode whose days in care {@code [removal, discharge)} hold day t, or -1. */
    int careEpisode(int t) {
        for (int e = ev.firstEpisode; e < ev.lastEpisode; e++) {
            int d = store.episodeDischarge[e];
            if (store.episodeRemoval[e] <= t && (d == NONE || t < d)) {
                return e;
            }
        }
        return -1;
    }

    /** Whether any day of [a, b] is a day in care. */
    boolean anyInCare(int a, int b) {
        for (int e = ev.firstEpisode; e < ev.lastEpisode; e++) {
            int d = store.episodeDischarge[e];
            if (store.episodeRemoval[e] <= b && (d == NONE || d > a)) {
                return true;
            }
        }
        return false;
    }

    /** The last day of [lo, hi] on which the child is served in home, or NONE. */
    int lastServed(int lo, int hi) {
        int best = NONE;
        for (int i = store.childInHome[ev.child]; i < store.childInHome[ev.child + 1]; i++) {
            int close = store.inHomeClose[i];
            int a = Math.max(store.inHomeOpen[i], lo);
            int b = Math.min(close == NONE ? FAR : close, hi);
            if (b < a || b <= best) {
                continue;
            }
            int t = lastOutOfCare(a, b);
            if (t != NONE && t > best) {
                best = t;
            }
        }
        return best;
    }

    /** The last day of [a, b] that is not a day in care, or NONE. */
    private int lastOutOfCare(int a, int b) {
        int t = b;
        for (int e = ev.lastEpisode - 1; e >= ev.firstEpisode && t >= a; e--) { // episodes in order, not overlapping
            int r = store.episodeRemoval[e], d = store.episodeDischarge[e];
            if (r <= t && (d == NONE || t < d)) {
                t = r - 1;
            }
        }
        return t >= a ? t : NONE;
    }

    /**
     * The row serving the child on day t (docs/in-home.md): of its rows open on t, the one that
     * opened last (ties: the lowest line); -1 if none. Days in care are the caller's test.
     */
    int servingRow(int t) {
        int found = -1;
        for (int i = store.childInHome[ev.child]; i < store.childInHome[ev.child + 1]; i++) {
            int close = store.inHomeClose[i];
            if (store.inHomeOpen[i] <= t && (close == NONE || close >= t)
                    && (found < 0 || store.inHomeOpen[i] > store.inHomeOpen[found])) {
                found = i;
            }
        }
        return found;
    }

    /** A row of the child open on every day of [first, last] (the first in store order), or -1. */
    int rowCovering(int first, int last) {
        for (int i = store.childInHome[ev.child]; i < store.childInHome[ev.child + 1]; i++) {
            int close = store.inHomeClose[i];
            if (store.inHomeOpen[i] <= first && (close == NONE || close >= last)) {
                return i;
            }
        }
        return -1;
    }
}
