package org.childstat.indicators.cohort;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.childstat.indicators.cohort.internal.Evaluator;
import org.childstat.indicators.cohort.internal.OrgIndex;
import org.childstat.indicators.cohort.internal.Sink;
import org.childstat.indicators.core.indicator.ExclusionReason;
import org.childstat.indicators.core.indicator.Indicator;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.internal.CaseStore;
import org.childstat.indicators.core.internal.Dates;

/** Records one child's contributions to one indicator and period, with the evidence the rules left. */
final class ExplainSink implements Sink {
    private final int indicator;
    private final int period;
    private final Evaluator ev;
    private final OrgIndex org;
    private final CaseStore s;
    long numerator;
    long denominator;
    boolean member;
    ExclusionReason exclusion;
    Integer value;
    int slot = -1;
    int episode = -1;
    int report = -1;
    int date = Dates.NONE;
    int adjusted = Dates.NONE;
    int attributionDate = Dates.NONE;
    int windowEnd = Dates.NONE;
    int worker = -1;
    int inHomeRow = -1;
    int inHomeCase = -1;

    ExplainSink(int indicator, int period, Evaluator ev, OrgIndex org, CaseStore s) {
        this.indicator = indicator;
        this.period = period;
        this.ev = ev;
        this.org = org;
        this.s = s;
    }

    private boolean mine(int ind, int p) {
        return ind == indicator && p == period;
    }

    private void evidence(int slotUsed) {
        if (slot < 0 && episode < 0 && report < 0 && inHomeRow < 0) {
            slot = slotUsed;
            episode = ev.evidenceEpisode();
            report = ev.evidenceReport();
            date = ev.evidenceDate();
            adjusted = ev.evidenceAdjusted();
            attributionDate = ev.evidenceAttributionDate();
            windowEnd = ev.evidenceWindowEnd();
            worker = workerOf(slotUsed);
            inHomeRow = ev.evidenceInHomeRow();
            inHomeCase = ev.evidenceCase();
        } else if (slot < 0 && slotUsed >= 0) {
            slot = slotUsed;
            worker = workerOf(slotUsed);
            attributionDate = ev.evidenceAttributionDate();
        }
    }

    /**
     * The worker of the slot the rule used (not a worker the evaluator attributed for another
     * indicator before, which its evidence may still hold), or -1 when none was used.
     */
    private int workerOf(int slotUsed) {
        return slotUsed < 0 ? -1 : org.slotWorker(slotUsed);
    }

    @Override
    public void member(int ind, int p, int slotUsed, boolean outcome) {
        if (mine(ind, p)) {
            member = true;
            denominator++;
            if (outcome) {
                numerator++;
            }
            evidence(slotUsed);
        }
    }

    @Override
    public void excluded(int ind, int p, ExclusionReason reason) {
        if (mine(ind, p)) {
            if (exclusion == null) {
                exclusion = reason;
            }
            evidence(-1);
        }
    }

    @Override
    public void count(int ind, int p, int slotUsed) {
        if (mine(ind, p)) {
            member = true;
            numerator++;
            evidence(slotUsed);
        }
    }

    @Override
    public void median(int ind, int p, int slotUsed, int v) {
        if (mine(ind, p)) {
            member = true;
            denominator++;
            value = v;
            evidence(slotUsed);
        }
    }

    @Override
    public void rate(int ind, int p, int slotUsed, int days, int events) {
        if (mine(ind, p)) {
            member = true;
            denominator += days;
            numerator += events;
            if (report < 0 && ev.evidenceReport() >= 0 && events > 0) {
                report = ev.evidenceReport();
            }
            evidence(slotUsed);
        }
    }

    @Override
    public void rateDone(int ind, int p) {
    }

    Explanation explanation(Indicator id, ReportingPeriod p, String childId, int child) {
        Explanation.Status status = numerator > 0 ? Explanation.Status.IN_NUMERATOR
                : member ? Explanation.Status.IN_DENOMINATOR_ONLY
                : exclusion != null ? Explanation.Status.EXCLUDED : Explanation.Status.NOT_IN_POPULATION;
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        if (episode >= 0) {
            dates.put("removal", Dates.toDate(s.episodeRemoval[episode]));
            if (s.episodeDischarge[episode] != Dates.NONE) {
                dates.put("discharge", Dates.toDate(s.episodeDischarge[episode]));
            }
        }
        if (adjusted != Dates.NONE) {
            dates.put("adjusted_discharge", Dates.toDate(adjusted));
        }
        if (report >= 0) {
            dates.put("report", Dates.toDate(s.reportDate[report]));
        }
        if (inHomeCase >= 0) {
            dates.put("case_open", Dates.toDate(s.caseOpen[inHomeCase]));
            if (s.caseClose[inHomeCase] != Dates.NONE) {
                dates.put("case_close", Dates.toDate(s.caseClose[inHomeCase]));
            }
        } else if (inHomeRow >= 0) {
            dates.put("in_home_open", Dates.toDate(s.inHomeOpen[inHomeRow]));
            if (s.inHomeClose[inHomeRow] != Dates.NONE) {
                dates.put("in_home_close", Dates.toDate(s.inHomeClose[inHomeRow]));
            }
        }
        if (date != Dates.NONE) {
            dates.put("event", Dates.toDate(date));
        }
        if (status != Explanation.Status.NOT_IN_POPULATION) {
            dates.put("eighteenth_birthday", Dates.toDate(s.childBirth[child]).plusYears(18));
            dates.put("follow_up_end", id.followUpEnd(p));
            // only the outcomes with a window of months after the anchor (not the timeliness days)
            if (windowEnd != Dates.NONE && id.followUpEnd(p).isAfter(p.end().plusDays(31))) {
                dates.put("outcome_window_end", Dates.toDate(windowEnd));
            }
        }
        if (attributionDate != Dates.NONE && slot >= 0) {
            dates.put("attribution", Dates.toDate(attributionDate));
        }
        boolean attributed = slot >= 0;
        return new Explanation(id, p, childId, status, status == Explanation.Status.EXCLUDED ? exclusion : null,
                episode >= 0 ? s.episodeIds[episode] : null, report >= 0 ? s.reportIds[report] : null,
                inHomeCase >= 0 ? s.caseIds[inHomeCase] : inHomeRow >= 0 ? s.caseIds[s.inHomeCase[inHomeRow]] : null, dates,
                attributed ? org.workerId(worker) : null, attributed ? org.slotUnitId(slot) : null, numerator,
                denominator, value, null);
    }
}
