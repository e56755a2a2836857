package org.childstat.indicators.cohort.internal;

import static org.childstat.indicators.core.indicator.IndicatorId.TIMELY_DISPOSITION_30D;
import static org.childstat.indicators.core.indicator.IndicatorId.TIMELY_RESPONSE_FIVE_DAY;
import static org.childstat.indicators.core.indicator.IndicatorId.TIMELY_RESPONSE_IMMEDIATE;

import java.util.Arrays;
import java.util.Comparator;
import org.childstat.indicators.core.internal.CaseStore;
import org.childstat.indicators.core.internal.Dates;

/**
 * The three timeliness indicators (docs/input-files.md, reports.csv): the unit is a report (a
 * report_id across its rows, one per child), not a child. Its received time is the first row's
 * (lowest line) {@code received_at}, else that row's report date at 00:00; its priority and worker
 * are the first row's; its first contact the earliest of its rows; its disposition date the latest,
 * and missing if any row lacks one. A report whose due date is after the extract date and that has
 * not met its outcome is left out; once due without the outcome it counts in the denominator.
 * Explanations put a report under the child of its first row.
 */
public final class Timeliness {
    static final long DAY = 86_400L;

    /** Report groups: rows of group g are order[start[g] .. start[g + 1]), the first row first. */
    final int[] order;
    final int[] start;
    final int[] childOf;

    public Timeliness(CaseStore s) {
        int n = s.reportIds.length;
        childOf = new int[n];
        for (int c = 0; c < s.childCount(); c++) {
            Arrays.fill(childOf, s.childReports[c], s.childReports[c + 1], c);
        }
        Integer[] rows = new Integer[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        Arrays.sort(rows, Comparator.comparing((Integer i) -> s.reportIds[i]).thenComparingInt(i -> s.reportLine[i]));
        order = new int[n];
        int[] starts = new int[n + 1];
        int groups = 0;
        for (int i = 0; i < n; i++) {
            order[i] = rows[i];
            if (i == 0 || !s.reportIds[rows[i]].equals(s.reportIds[rows[i - 1]])) {
                starts[groups++] = i;
            }
        }
        starts[groups] = n;
        start = Arrays.copyOf(starts, groups + 1);
    }

    public int groups() {
        return start.length - 1;
    }

    /** The first row (lowest line) of group g. */
    public int firstRow(int g) {
        return order[start[g]];
    }

    /** Evaluates group g for every period into the evaluator's sink. */
    public void evaluate(int g, Evaluator ev, boolean[] on) {
        CaseStore s = ev.s;
        int first = order[start[g]];
        long received = s.reportReceived[first] != Dates.NO_TIME ? s.reportReceived[first]
                : s.reportDate[first] * DAY;
        int receivedDay = Dates.dayOf(received);
        long contact = Dates.NO_TIME;
        int disposition = Dates.NONE;
        boolean dispositionMissing = false;
        for (int i = start[g]; i < start[g + 1]; i++) {
            int row = order[i];
            long fc = s.reportFirstContact[row];
            if (fc != Dates.NO_TIME && (contact == Dates.NO_TIME || fc < contact)) {
                contact = fc;
            }
            int dd = s.reportDispositionDate[row];
            if (dd == Dates.NONE) {
                dispositionMissing = true;
            } else if (dd > disposition) {
                disposition = dd;
            }
        }
        if (dispositionMissing) {
            disposition = Dates.NONE;
        }
        byte priority = s.reportPriority[first];
        ev.setChild(childOf[first]);
        for (int p = 0; p < ev.ps.length; p++) {
            if (receivedDay < ev.ps[p] || receivedDay > ev.pe[p]) {
                continue;
            }
            ev.evidence(-1, first, receivedDay);
            if (priority == 1 && on[TIMELY_RESPONSE_IMMEDIATE.ordinal()]) {
                long due = received + DAY;
                boolean met = contact != Dates.NO_TIME && contact <= due;
                count(ev, TIMELY_RESPONSE_IMMEDIATE.ordinal(), p, met, Dates.dayOf(due), first);
            }
            if (priority == 2 && on[TIMELY_RESPONSE_FIVE_DAY.ordinal()]) {
                int due = receivedDay + 5;
                boolean met = contact != Dates.NO_TIME && Dates.dayOf(contact) <= due;
                count(ev, TIMELY_RESPONSE_FIVE_DAY.ordinal(), p, met, due, first);
            }
            if (on[TIMELY_DISPOSITION_30D.ordinal()]) {
                int due = receivedDay + 30;
                boolean met = disposition != Dates.NONE && disposition <= due;
                count(ev, TIMELY_DISPOSITION_30D.ordinal(), p, met, due, first);
            }
        }
    }

    private static void count(Evaluator ev, int ind, int p, boolean met, int dueDay, int first) {
        if (!met && dueDay > ev.asOf) {
            return; // not due yet and not met: left out of both counts
        }
        int date = ev.s.reportDate[first];
        int slot = ev.attribute(org.childstat.indicators.core.indicator.IndicatorId.values()[ind], date, date, date,
                first);
        ev.sink.member(ind, p, slot, met);
    }
}
