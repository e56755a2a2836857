package org.childstat.indicators.cohort;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.childstat.indicators.cohort.internal.Evaluator;
import org.childstat.indicators.cohort.internal.OrgIndex;
import org.childstat.indicators.cohort.internal.Sink;
import org.childstat.indicators.core.indicator.ExclusionReason;
import org.childstat.indicators.core.internal.CaseStore;
import org.childstat.indicators.core.internal.Dates;
import org.childstat.indicators.core.model.Level;

/** Tallies one indicator and period by (entity of a level, stratum) from the rules' evidence. */
final class StrataSink implements Sink {
    private final int indicator;
    private final Evaluator ev;
    private final OrgIndex org;
    private final CaseStore s;
    private final Level level;
    private final Stratification stratification;
    private final Map<String, long[]> tallies = new TreeMap<>();

    StrataSink(int indicator, Evaluator ev, OrgIndex org, CaseStore s, Level level, Stratification stratification) {
        this.indicator = indicator;
        this.ev = ev;
        this.org = org;
        this.s = s;
        this.level = level;
        this.stratification = stratification;
    }

    private long[] cell(int slot) {
        String entity = org.entityId(level, org.entityOf(level, slot));
        int birth = s.childBirth[ev.child()];
        int anchor = ev.evidenceDate() == Dates.NONE ? s.asOf : ev.evidenceDate();
        int years = Period.between(LocalDate.ofEpochDay(birth), LocalDate.ofEpochDay(anchor)).getYears();
        String stratum = Stratification.band(years);
        if (stratification == Stratification.AGE_BAND_AND_PRIOR_REMOVALS && ev.evidenceEpisode() >= 0) {
            stratum += ev.evidenceEpisode() > s.childEpisodes[ev.child()] ? "/prior" : "/first";
        }
        return tallies.computeIfAbsent(entity + "\u0000" + stratum, k -> new long[2]);
    }

    @Override
    public void member(int ind, int p, int slot, boolean outcome) {
        if (ind == indicator) {
            long[] c = cell(slot);
            c[1]++;
            if (outcome) {
                c[0]++;
            }
        }
    }

    @Override
    public void rate(int ind, int p, int slot, int days, int events) {
        if (ind == indicator) {
            long[] c = cell(slot);
            c[0] += events;
            c[1] += days;
        }
    }

    @Override
    public void excluded(int ind, int p, ExclusionReason reason) {
    }

    @Override
    public void count(int ind, int p, int slot) {
    }

    @Override
    public void median(int ind, int p, int slot, int value) {
    }

    @Override
    public void rateDone(int ind, int p) {
    }

    List<StratifiedTally> result() {
        List<StratifiedTally> out = new ArrayList<>();
        tallies.forEach((key, c) -> {
            String[] parts = key.split("\u0000");
            out.add(new StratifiedTally(parts[0], parts[1], c[0], c[1]));
        });
        return out;
    }
}
