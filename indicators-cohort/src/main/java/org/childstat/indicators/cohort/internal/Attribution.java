package org.childstat.indicators.cohort.internal;

import static org.childstat.indicators.cohort.internal.Evaluator.NONE;

import java.util.Arrays;
import org.childstat.indicators.core.indicator.AttributionRule;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.internal.CaseStore;

/**
 * The attribution rules of docs/input-files.md (Attribution rules), the one place every family's
 * rules give an outcome to a (worker, unit) slot: ON_DATE, LONGEST_IN_WINDOW, EACH_DAY and
 * REPORT_WORKER, over the current child's assignments. Records the worker and date of the last
 * attribution in the {@link Evaluator}'s evidence. One per evaluator; its scratch arrays are reused.
 */
final class Attribution {
    private final Evaluator ev;
    private final CaseStore store;
    private final OrgIndex org;
    private final int asOf;
    private final AttributionRule[] rules;

    // scratch
    private int[] workers = new int[16];
    private int[] bounds = new int[32];
    /** The last day in the window the worker chosen by {@link #longestInWindow} was assigned. */
    private int longestLastDay;

    Attribution(Evaluator ev) {
        this.ev = ev;
        this.store = ev.store;
        this.org = ev.org;
        this.asOf = ev.asOf;
        this.rules = ev.options.attribution();
    }

    /** Whether an indicator (ordinal) splits its days under EACH_DAY. */
    boolean eachDay(int indicator) {
        return rules[indicator] == AttributionRule.EACH_DAY;
    }

    /**
     * The slot of an outcome under the indicator's attribution rule: ON_DATE(anchor),
     * LONGEST_IN_WINDOW(a, b), REPORT_WORKER(report) (or ON_DATE(anchor) without a report);
     * EACH_DAY outside rates is read as ON_DATE(anchor). Every date is cut at the as-of date.
     */
    int attribute(IndicatorId id, int anchor, int a, int b, int report) {
        return attribute(id.ordinal(), anchor, a, b, report);
    }

    /** {@link #attribute(IndicatorId, int, int, int, int)} by the engine's index of the indicator. */
    int attribute(int indicator, int anchor, int a, int b, int report) {
        AttributionRule rule = rules[indicator];
        int worker, date;
        if (rule == AttributionRule.LONGEST_IN_WINDOW) {
            worker = longestInWindow(a, b);
            date = longestLastDay;
        } else if (rule == AttributionRule.REPORT_WORKER && report >= 0) {
            date = Math.min(store.reportDate[report], asOf);
            worker = store.reportWorker[report] >= 0 ? store.reportWorker[report] : onDate(date);
        } else {
            date = Math.min(anchor, asOf);
            worker = onDate(date);
        }
        ev.evWorker = worker;
        ev.evAttributionDate = date;
        return org.slot(worker, date);
    }

    /** The slot of one event on a day under EACH_DAY: the worker assigned that day (ON_DATE, not cut at the as-of date). */
    int eventSlot(int day) {
        return org.slot(onDate(day), day);
    }

    /** ON_DATE(d): the assignment covering d with the latest start; ties the smallest worker id; -1 if none. */
    int onDate(int d) {
        int child = ev.child;
        int best = -1, bestStart = 0;
        for (int a = store.childAssignments[child]; a < store.childAssignments[child + 1]; a++) {
            int start = store.assignmentStart[a], end = store.assignmentEnd[a];
            if (start > d) {
                break;
            }
            if (end != NONE && end < d) {
                continue;
            }
            int w = store.assignmentWorker[a];
            if (best < 0 || start > bestStart || (start == bestStart && org.workerRank[w] < org.workerRank[best])) {
                best = w;
                bestStart = start;
            }
        }
        return best;
    }

    /**
     * LONGEST_IN_WINDOW(a, b): the worker with the most assigned days in [a, min(b, as-of)] (a
     * window ending before it starts is the day a); ties: the one whose overlapping assignment
     * started last, then the smallest worker id. Sets {@link #longestLastDay} to the last day in
     * the window the chosen worker was assigned (a when no one was).
     */
    int longestInWindow(int a, int b) {
        b = Math.min(b, asOf);
        if (b < a) {
            b = a;
        }
        int a0 = store.childAssignments[ev.child], a1 = store.childAssignments[ev.child + 1];
        int distinct = 0;
        for (int k = a0; k < a1; k++) {
            int start = store.assignmentStart[k], end = store.assignmentEnd[k];
            if (start > b) {
                break;
            }
            if (end != NONE && end < a) {
                continue;
            }
            int w = store.assignmentWorker[k];
            boolean seen = false;
            for (int i = 0; i < distinct && !seen; i++) {
                seen = workers[i] == w;
            }
            if (!seen) {
                if (distinct == workers.length) {
                    workers = Arrays.copyOf(workers, distinct * 2);
                }
                workers[distinct++] = w;
            }
        }
        int best = -1, bestDays = -1, bestStart = 0, bestLast = a;
        for (int i = 0; i < distinct; i++) {
            int w = workers[i];
            int days = 0, covered = a - 1, latestStart = Integer.MIN_VALUE, last = a;
            for (int k = a0; k < a1; k++) {
                int start = store.assignmentStart[k];
                if (start > b) {
                    break;
                }
                int end = store.assignmentEnd[k] == NONE ? b : Math.min(store.assignmentEnd[k], b);
                if (store.assignmentWorker[k] != w || end < a) {
                    continue;
                }
                int from = Math.max(start, a);
                if (end > covered) {
                    days += end - Math.max(from, covered + 1) + 1;
                    covered = end;
                }
                latestStart = Math.max(latestStart, start);
                last = Math.max(last, end);
            }
            if (days > bestDays || (days == bestDays && (latestStart > bestStart
                    || (latestStart == bestStart && org.workerRank[w] < org.workerRank[best])))) {
                best = w;
                bestDays = days;
                bestStart = latestStart;
                bestLast = last;
            }
        }
        longestLastDay = best < 0 ? a : bestLast;
        return best;
    }

    /** EACH_DAY: the days [from, to) split by the worker assigned on each day and that worker's unit. */
    void eachDay(int indicator, int p, int from, int to) {
        if (to <= from) {
            return;
        }
        int child = ev.child;
        Sink sink = ev.sink;
        int n = 0;
        bounds = ensure(bounds, 2);
        bounds[n++] = from;
        bounds[n++] = to;
        for (int k = store.childAssignments[child]; k < store.childAssignments[child + 1]; k++) {
            int start = store.assignmentStart[k], end = store.assignmentEnd[k];
            bounds = ensure(bounds, n + 2);
            if (start > from && start < to) {
                bounds[n++] = start;
            }
            if (end != NONE && end + 1 > from && end + 1 < to) {
                bounds[n++] = end + 1;
            }
        }
        Arrays.sort(bounds, 0, n);
        for (int i = 0; i + 1 < n; i++) {
            int x = bounds[i], y = bounds[i + 1];
            if (y <= x) {
                continue;
            }
            int w = onDate(x);
            if (w < 0) {
                sink.rate(indicator, p, org.unassignedSlot, y - x, 0);
                continue;
            }
            // the worker's unit can change inside the segment: split at its spells' edges
            int u = x;
            while (u < y) {
                int next = y;
                for (int k = store.workerSpells[w]; k < store.workerSpells[w + 1]; k++) {
                    int st = store.spellStart[k], en = store.spellEnd[k];
                    if (st > u && st < next) {
                        next = st;
                    }
                    if (en != NONE && en + 1 > u && en + 1 < next) {
                        next = en + 1;
                    }
                }
                sink.rate(indicator, p, org.slot(w, u), next - u, 0);
                u = next;
            }
        }
    }

    private static int[] ensure(int[] a, int n) {
        return n <= a.length ? a : Arrays.copyOf(a, Math.max(n, a.length * 2));
    }
}
