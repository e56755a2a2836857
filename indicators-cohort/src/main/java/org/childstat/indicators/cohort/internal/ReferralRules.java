package org.childstat.indicators.cohort.internal;

import static org.childstat.indicators.core.indicator.IndicatorId.TIMELY_DISPOSITION_30D;
import static org.childstat.indicators.core.indicator.IndicatorId.TIMELY_RESPONSE_FIVE_DAY;
import static org.childstat.indicators.core.indicator.IndicatorId.TIMELY_RESPONSE_IMMEDIATE;

import java.util.Arrays;
import java.util.Comparator;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.internal.CaseStore;
import org.childstat.indicators.core.internal.Dates;

/**
 * The REFERRALS family (docs/indicators.md, The indicators; docs/input-files.md, reports.csv):
 * the report-level pass, whose unit is a report (a report_id across its rows, one per child), not
 * a child. Implements TIMELY_RESPONSE_IMMEDIATE (priority 1: seen within 24 hours),
 * TIMELY_RESPONSE_FIVE_DAY (priority 2: seen within 5 days) and TIMELY_DISPOSITION_30D
 * (disposition within 30 days). A report's received time is the first row's (lowest line)
 * {@code received_at}, else that row's report date at 00:00; its priority and worker are the first
 * row's; its first contact the earliest of its rows; its disposition date the latest, and missing
 * if any row lacks one. A report whose due date is after the extract date and that has not met its
 * outcome is left out; once due without the outcome it counts in the denominator. Explanations put
 * a report under the child of its first row. Public: the explanations in the cohort package run it
 * report by report. Made once per calculation and shared by the threads (it only reads).
 */
public final class ReferralRules {
    static final long DAY = 86_400L;

    private final CaseStore store;
    /** Report groups: rows of group g are order[start[g] .. start[g + 1]), the first row first. */
    final int[] order;
    final int[] start;
    final int[] childOf;

    /** Groups the report rows of a store by report id, each group's rows by line. */
    public ReferralRules(CaseStore store) {
        this.store = store;
        int n = store.reportIds.length;
        childOf = new int[n];
        for (int c = 0; c < store.childCount(); c++) {
            Arrays.fill(childOf, store.childReports[c], store.childReports[c + 1], c);
        }
        Integer[] rows = new Integer[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        Arrays.sort(rows, Comparator.comparing((Integer i) -> store.reportIds[i])
                .thenComparingInt(i -> store.reportLine[i]));
        order = new int[n];
        int[] starts = new int[n + 1];
        int groups = 0;
        for (int i = 0; i < n; i++) {
            order[i] = rows[i];
            if (i == 0 || !store.reportIds[rows[i]].equals(store.reportIds[rows[i - 1]])) {
                starts[groups++] = i;
            }
        }
        starts[groups] = n;
        start = Arrays.copyOf(starts, groups + 1);
    }

    /** The number of report groups. */
    public int groups() {
        return start.length - 1;
    }

    /** The first row (lowest line) of group g. */
    public int firstRow(int g) {
        return order[start[g]];
    }

    /** The received time (epoch second) of group g: its first row's received_at, else that row's report date at 00:00. */
    long received(int g) {
        int first = firstRow(g);
        return store.reportReceived[first] != Dates.NO_TIME ? store.reportReceived[first] : store.reportDate[first] * DAY;
    }

    /** Whether a report received on {@code receivedDay} is a member of period p of the evaluator. */
    static boolean member(Evaluator ev, int receivedDay, int p) {
        return receivedDay >= ev.periodStart[p] && receivedDay <= ev.periodEnd[p];
    }

    /** Evaluates group g for every period into the evaluator's sink. */
    public void evaluate(int g, Evaluator ev, boolean[] on) {
        int first = firstRow(g);
        long received = received(g);
        int receivedDay = Dates.dayOf(received);
        long contact = Dates.NO_TIME;
        int disposition = Dates.NONE;
        boolean dispositionMissing = false;
        for (int i = start[g]; i < start[g + 1]; i++) {
            int row = order[i];
            long fc = store.reportFirstContact[row];
            if (fc != Dates.NO_TIME && (contact == Dates.NO_TIME || fc < contact)) {
                contact = fc;
            }
            int dd = store.reportDispositionDate[row];
            if (dd == Dates.NONE) {
                dispositionMissing = true;
            } else if (dd > disposition) {
                disposition = dd;
            }
        }
        if (dispositionMissing) {
            disposition = Dates.NONE;
        }
        byte priority = store.reportPriority[first];
        ev.setChild(childOf[first]);
        for (int p = 0; p < ev.periodStart.length; p++) {
            if (!member(ev, receivedDay, p)) {
                continue;
            }
            ev.evidence(-1, first, receivedDay);
            if (priority == 1 && on[TIMELY_RESPONSE_IMMEDIATE.ordinal()]) {
                long due = received + DAY;
                boolean met = contact != Dates.NO_TIME && contact <= due;
                count(ev, TIMELY_RESPONSE_IMMEDIATE, p, met, Dates.dayOf(due), first);
            }
            if (priority == 2 && on[TIMELY_RESPONSE_FIVE_DAY.ordinal()]) {
                int due = receivedDay + 5;
                boolean met = contact != Dates.NO_TIME && Dates.dayOf(contact) <= due;
                count(ev, TIMELY_RESPONSE_FIVE_DAY, p, met, due, first);
            }
            if (on[TIMELY_DISPOSITION_30D.ordinal()]) {
                int due = receivedDay + 30;
                boolean met = disposition != Dates.NONE && disposition <= due;
                count(ev, TIMELY_DISPOSITION_30D, p, met, due, first);
            }
        }
    }

    private void count(Evaluator ev, IndicatorId id, int p, boolean met, int dueDay, int first) {
        if (!met && dueDay > ev.asOf) {
            return; // not due yet and not met: left out of both counts
        }
        int date = store.reportDate[first];
        ev.sink.member(id.ordinal(), p, ev.attribution.attribute(id, date, date, date, first), met);
    }
}
