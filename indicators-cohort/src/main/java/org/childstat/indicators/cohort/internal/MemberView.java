package org.childstat.indicators.cohort.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.IntFunction;
import org.childstat.indicators.cohort.Member;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.internal.CaseStore;
import org.childstat.indicators.core.internal.Dates;
import org.childstat.indicators.core.model.ChildHistory;
import org.childstat.indicators.core.model.DischargeReason;
import org.childstat.indicators.core.model.Episode;

/**
 * A {@link Member} read from the store: the evaluator's current child, one period, one episode
 * and the family's date, set before each custom rule runs. Dates are made when asked for; the
 * history once per child. One per evaluator, reused.
 */
final class MemberView implements Member {
    private static final DischargeReason[] REASONS = DischargeReason.values();

    private final Evaluator ev;
    private final CaseStore store;
    private final List<ReportingPeriod> periods;
    private final IntFunction<ChildHistory> histories;
    private int period, episode, date;
    private int historyOf = -1;
    private ChildHistory history;

    MemberView(Evaluator ev, List<ReportingPeriod> periods, IntFunction<ChildHistory> histories) {
        this.ev = ev;
        this.store = ev.store;
        this.periods = periods;
        this.histories = histories;
    }

    void set(int p, int e, int day) {
        period = p;
        episode = e;
        date = day;
    }

    @Override
    public String childId() {
        return store.childIds[ev.child];
    }

    @Override
    public LocalDate birthDate() {
        return LocalDate.ofEpochDay(ev.birth);
    }

    @Override
    public LocalDate eighteenthBirthday() {
        return LocalDate.ofEpochDay(ev.eighteen);
    }

    @Override
    public ReportingPeriod period() {
        return periods.get(period);
    }

    @Override
    public LocalDate asOf() {
        return LocalDate.ofEpochDay(store.asOf);
    }

    @Override
    public LocalDate date() {
        return LocalDate.ofEpochDay(date);
    }

    @Override
    public LocalDate removalDate() {
        return LocalDate.ofEpochDay(store.episodeRemoval[episode]);
    }

    @Override
    public LocalDate dischargeDate() {
        int d = store.episodeDischarge[episode];
        return d == Dates.NONE ? null : LocalDate.ofEpochDay(d);
    }

    @Override
    public DischargeReason dischargeReason() {
        byte reason = store.episodeReason[episode];
        return reason == 0 ? null : REASONS[reason - 1];
    }

    @Override
    public int monthsInCare() {
        return Math.max(0, Dates.monthsBetween(store.episodeRemoval[episode], date));
    }

    @Override
    public Episode episode() {
        return new Episode(store.episodeIds[episode], store.childIds[ev.child], removalDate(), dischargeDate(),
                dischargeReason());
    }

    @Override
    public ChildHistory history() {
        if (historyOf != ev.child) {
            history = histories.apply(ev.child);
            historyOf = ev.child;
        }
        return history;
    }

    @Override
    public String toString() {
        return "Member[" + childId() + " " + period().label() + " episode " + store.episodeIds[episode] + " date "
                + date() + "]";
    }
}
