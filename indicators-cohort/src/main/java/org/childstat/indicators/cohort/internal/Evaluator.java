package org.childstat.indicators.cohort.internal;

import static org.childstat.indicators.core.indicator.IndicatorId.*;

import java.util.Arrays;
import org.childstat.indicators.core.indicator.AttributionRule;
import org.childstat.indicators.core.indicator.ExclusionReason;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.internal.CaseStore;
import org.childstat.indicators.core.internal.Dates;
import org.childstat.indicators.core.model.DischargeReason;

/**
 * The indicators' rules (docs/indicators.md) for one child at a time, for every period and
 * indicator, into a {@link Sink}. Days are counted as docs/input-files.md (Counting days) says and
 * attributed by its Attribution rules; each rule's comment names the indicators it implements.
 * Reuses its scratch arrays: one per thread, no allocation per child.
 */
public final class Evaluator {
    static final int NONE = Dates.NONE;
    static final int FAR = Integer.MAX_VALUE - 1;
    // reason sets as bit masks over the stored reason code (the CSV code 1 to 8; 0 = none), from the
    // reasons' own definitions
    static final int PERMANENCY = reasons(r -> r.isPermanency());
    static final int REUNIFICATION = reasons(r -> r.isReunification());
    static final int GUARDIANSHIP = reasons(r -> r == DischargeReason.GUARDIANSHIP);
    static final int REENTRY_EXITS = REUNIFICATION | GUARDIANSHIP;
    static final int ANY = 0x1FF;
    static final byte RUNAWAY = 7, TRIAL_HOME_VISIT = 8, RELATIVE = 2, IN_PERSON = 1;

    final CaseStore s;
    final OrgIndex org;
    final int asOf;
    final int[] ps;
    final int[] pe;
    final boolean[] on;
    final RuleOptions opt;
    final SiblingGroups siblings;
    Sink sink;

    // the current child
    int child;
    int birth, eighteen, firstEpisode, lastEpisode;

    // evidence of the last call to the sink, for explanations (read through the accessors below)
    int evEpisode = -1, evReport = -1, evDate = NONE, evAdjusted = NONE, evWorker = -1, evAttributionDate = NONE;
    /** The last day on which the child's own outcome can still happen (12-month outcomes), or NONE. */
    int evWindowEnd = NONE;

    // scratch
    private int[] moveDates = new int[16];
    private int moveCount;
    private int[] bounds = new int[32];
    private int[] workersScratch = new int[16];

    public Evaluator(CaseStore s, OrgIndex org, int[] periodStart, int[] periodEnd, boolean[] indicators,
                     RuleOptions options, SiblingGroups siblings) {
        this.s = s;
        this.org = org;
        this.asOf = s.asOf;
        this.ps = periodStart;
        this.pe = periodEnd;
        this.on = indicators;
        this.opt = options;
        this.siblings = siblings;
    }

    public void sink(Sink sink) {
        this.sink = sink;
    }

    /** @return the child being evaluated (its index in the store) */
    public int child() {
        return child;
    }

    /** @return the episode the last rule read, or -1 */
    public int evidenceEpisode() {
        return evEpisode;
    }

    /** @return the report the last rule read, or -1 */
    public int evidenceReport() {
        return evReport;
    }

    /** @return the anchor date (epoch day) the last rule read, or {@link Dates#NONE} */
    public int evidenceDate() {
        return evDate;
    }

    /** @return the adjusted discharge date (epoch day) the last rule read, or {@link Dates#NONE} */
    public int evidenceAdjusted() {
        return evAdjusted;
    }

    /** @return the worker the last outcome was attributed to, or -1 */
    public int evidenceWorker() {
        return evWorker;
    }

    /** @return the date (epoch day) the last attribution was made on, or {@link Dates#NONE} */
    public int evidenceAttributionDate() {
        return evAttributionDate;
    }

    /** @return the last day (epoch day) the child's own outcome can still happen, or {@link Dates#NONE} */
    public int evidenceWindowEnd() {
        return evWindowEnd;
    }

    /** Evaluates every selected indicator and period for child c. */
    public void evaluate(int c) {
        setChild(c);
        boolean hasEpisodes = lastEpisode > firstEpisode;
        int r0 = s.childReports[c], r1 = s.childReports[c + 1];
        boolean hasReports = s.hasReports && r1 > r0;
        // the child's span of care and of reports: periods outside them are skipped at once
        int careFrom = hasEpisodes ? s.episodeRemoval[firstEpisode] : 0;
        int careTo = hasEpisodes ? (s.episodeDischarge[lastEpisode - 1] == NONE ? FAR : s.episodeDischarge[lastEpisode - 1])
                : 0;
        int reportsFrom = hasReports ? s.reportDate[r0] : 0, reportsTo = hasReports ? s.reportDate[r1 - 1] : 0;
        for (int p = 0; p < ps.length; p++) {
            if (hasEpisodes && careTo >= ps[p] && careFrom <= pe[p]) {
                entryCohort(p);
                inCareOnFirstDay(p);
                exitCohorts(p);
                if (on(FOSTER_CARE_ENTRIES) || on(CFSR4_PLACEMENT_STABILITY)) {
                    entries(p);
                }
                if (on(CFSR4_MALTREATMENT_IN_CARE) && s.hasReports) {
                    maltreatmentInCare(p);
                }
                if (on(IN_CARE_3_YEARS_EMANCIPATED)) {
                    inCareThreeYears(p);
                }
                if (on(PLACEMENT_STABILITY_UNDER_12M) || on(PLACEMENT_STABILITY_12_TO_24M)
                        || on(PLACEMENT_STABILITY_24M_PLUS)) {
                    placementSettings(p);
                }
                if (on(PLACEMENT_WITH_RELATIVES) || on(SIBLINGS_PLACED_TOGETHER)) {
                    pointInTime(p);
                }
                if (on(MONTHLY_CASEWORKER_VISITS) && s.hasContacts) {
                    visits(p);
                }
            }
            if (hasReports && on(CFSR4_RECURRENCE) && reportsTo >= ps[p] && reportsFrom <= pe[p]) {
                recurrence(p);
            }
        }
    }

    /** Sets the current child without evaluating anything (for the report-level and sibling passes). */
    public void setChild(int c) {
        child = c;
        birth = s.childBirth[c];
        eighteen = Dates.plusMonths(birth, 12 * 18);
        firstEpisode = s.childEpisodes[c];
        lastEpisode = s.childEpisodes[c + 1];
    }

    /** The sibling pass: child c's membership of its sibling group on each period's day. */
    public void siblingPass(int c, SiblingGroups groups) {
        int group = s.childSiblingGroup[c];
        if (group < 0 || s.childEpisodes[c + 1] == s.childEpisodes[c]) {
            return;
        }
        setChild(c);
        for (int p = 0; p < ps.length; p++) {
            int day = Math.min(pe[p], asOf);
            if (day < ps[p] || day >= eighteen) {
                continue;
            }
            int ep = inCareOn(day);
            if (ep >= 0) {
                int spell = coveringSpell(ep, day);
                groups.add(p, group, spell < 0 ? -1 : s.placementProvider[spell]);
            }
        }
    }

    private boolean on(IndicatorId id) {
        return on[id.ordinal()];
    }

    // ------------------------------------------------------------------ CFSR4_P1 and C1.3 (entry cohort)

    /** CFSR4_P1 and REUNIFICATION_12M_ENTRY: the child's first episode with removal in [s, e]. */
    private void entryCohort(int p) {
        if (!on(CFSR4_P1) && !on(REUNIFICATION_12M_ENTRY)) {
            return;
        }
        int ep = -1;
        for (int e = firstEpisode; e < lastEpisode; e++) {
            int r = s.episodeRemoval[e];
            if (r >= ps[p] && r <= pe[p]) {
                ep = e;
                break;
            }
        }
        if (ep < 0) {
            return;
        }
        int r = s.episodeRemoval[ep], d = s.episodeDischarge[ep], reason = s.episodeReason[ep];
        evidence(ep, -1, r);
        ExclusionReason excluded = r >= eighteen ? ExclusionReason.AGE_18_PLUS
                : d != NONE && d - r < 8 ? ExclusionReason.STAY_UNDER_8_DAYS
                : d != NONE && reason == 0 ? ExclusionReason.MISSING_DISCHARGE_REASON : null;
        int twelve = Dates.plusMonths(r, 12);
        evWindowEnd = Math.min(twelve, eighteen) - 1; // permanency (or reunification) before 12 months and 18
        if (on(CFSR4_P1)) {
            if (excluded != null) {
                sink.excluded(CFSR4_P1.ordinal(), p, excluded);
            } else {
                int adjusted = d == NONE ? NONE : adjustedDischarge(ep, d, reason);
                evAdjusted = adjusted;
                boolean outcome = d != NONE && bit(PERMANENCY, reason) && d < eighteen && adjusted < twelve;
                int slot = attribute(CFSR4_P1, r, r, Math.min(d == NONE ? FAR : d - 1, twelve - 1), -1);
                sink.member(CFSR4_P1.ordinal(), p, slot, outcome);
            }
        }
        if (on(REUNIFICATION_12M_ENTRY)) {
            if (excluded != null) {
                sink.excluded(REUNIFICATION_12M_ENTRY.ordinal(), p, excluded);
            } else {
                evAdjusted = NONE;
                boolean outcome = d != NONE && bit(REUNIFICATION, reason) && d < twelve && d < eighteen;
                int slot = attribute(REUNIFICATION_12M_ENTRY, r, r, Math.min(d == NONE ? FAR : d - 1, twelve - 1), -1);
                sink.member(REUNIFICATION_12M_ENTRY.ordinal(), p, slot, outcome);
            }
        }
    }

    /**
     * The THV adjustment of R4 Data Dictionary fn.3: a reunification whose episode's last spell
     * (latest start, ties the largest placement id) is a trial home visit of more than 30 days
     * counts as discharged 30 days into the visit. Reason 2 only with the option.
     */
    int adjustedDischarge(int e, int d, int reason) {
        if (reason != 1 && !(reason == 2 && opt.adjustTrialHomeVisitForRelatives())) {
            return d;
        }
        int last = s.episodePlacements[e + 1] - 1;
        if (last < s.episodePlacements[e] || s.placementSetting[last] != TRIAL_HOME_VISIT) {
            return d;
        }
        int thv = s.placementStart[last];
        return d - thv > 30 ? thv + 30 : d;
    }

    // ------------------------------------------------------------------ CFSR4_P2, P3 (and C3.1)

    /** CFSR4_P2, CFSR4_P3, EXIT_TO_PERMANENCY_24M_PLUS: in care on the first day s. */
    private void inCareOnFirstDay(int p) {
        if (!on(CFSR4_P2) && !on(CFSR4_P3) && !on(EXIT_TO_PERMANENCY_24M_PLUS)) {
            return;
        }
        int start = ps[p], end = pe[p];
        for (int e = firstEpisode; e < lastEpisode; e++) {
            int r = s.episodeRemoval[e], d = s.episodeDischarge[e];
            if (r < start && (d == NONE || d >= start)) {
                int months = Dates.monthsBetween(r, start);
                int reason = s.episodeReason[e];
                evidence(e, -1, start);
                boolean closedInPeriod = d != NONE && d <= end;
                ExclusionReason excluded = start >= eighteen ? ExclusionReason.AGE_18_PLUS
                        : opt.excludeMissingReasonInP2P3() && closedInPeriod && reason == 0
                        ? ExclusionReason.MISSING_DISCHARGE_REASON : null;
                boolean outcome = closedInPeriod && bit(PERMANENCY, reason) && d < eighteen;
                int windowEnd = d == NONE ? end : Math.min(d - 1, end);
                if (months >= 12 && months <= 23) {
                    inCare(CFSR4_P2, p, excluded, outcome, start, windowEnd);
                } else if (months >= 24) {
                    inCare(CFSR4_P3, p, excluded, outcome, start, windowEnd);
                    // C3.1 is identical to P3 (docs/indicators.md, The indicators), including the option
                    inCare(EXIT_TO_PERMANENCY_24M_PLUS, p, excluded, outcome, start, windowEnd);
                }
                return;
            }
        }
    }

    private void inCare(IndicatorId id, int p, ExclusionReason excluded, boolean outcome, int start, int windowEnd) {
        if (!on(id)) {
            return;
        }
        if (excluded != null) {
            sink.excluded(id.ordinal(), p, excluded);
        } else {
            sink.member(id.ordinal(), p, attribute(id, start, start, windowEnd, -1), outcome);
        }
    }

    // ------------------------------------------------------------------ exit cohorts

    /** The child's first discharge in [s, e] whose reason is in the mask: an exit cohort's one per child. */
    private int firstDischarge(int p, int mask) {
        for (int e = firstEpisode; e < lastEpisode; e++) {
            int d = s.episodeDischarge[e];
            if (d != NONE && d >= ps[p] && d <= pe[p] && bit(mask, s.episodeReason[e])) {
                return e;
            }
        }
        return -1;
    }

    private void exitCohorts(int p) {
        if (on(CFSR4_REENTRY)) {
            reentry(CFSR4_REENTRY, p, REENTRY_EXITS);
        }
        if (on(REENTRY_12M_AFTER_REUNIFICATION)) {
            reentry(REENTRY_12M_AFTER_REUNIFICATION, p, REUNIFICATION);
        }
        if (on(REUNIFICATION_12M_EXIT) || on(MEDIAN_DAYS_TO_REUNIFICATION)) {
            int e = firstDischarge(p, REUNIFICATION);
            if (e >= 0) {
                int r = s.episodeRemoval[e], d = s.episodeDischarge[e];
                evidence(e, -1, d);
                ExclusionReason excluded = d >= eighteen ? ExclusionReason.AGE_18_PLUS
                        : d - r < 8 ? ExclusionReason.STAY_UNDER_8_DAYS : null;
                if (on(REUNIFICATION_12M_EXIT)) {
                    if (excluded != null) {
                        sink.excluded(REUNIFICATION_12M_EXIT.ordinal(), p, excluded);
                    } else {
                        sink.member(REUNIFICATION_12M_EXIT.ordinal(), p, exitSlot(REUNIFICATION_12M_EXIT, r, d),
                                d < Dates.plusMonths(r, 12));
                    }
                }
                if (on(MEDIAN_DAYS_TO_REUNIFICATION)) {
                    if (excluded != null) {
                        sink.excluded(MEDIAN_DAYS_TO_REUNIFICATION.ordinal(), p, excluded);
                    } else {
                        sink.median(MEDIAN_DAYS_TO_REUNIFICATION.ordinal(), p,
                                exitSlot(MEDIAN_DAYS_TO_REUNIFICATION, r, d), d - r);
                    }
                }
            }
        }
        if (on(MEDIAN_DAYS_IN_CARE) || on(EXIT_TO_PERMANENCY_EXIT)) {
            int e = firstDischarge(p, ANY);
            if (e >= 0) {
                int r = s.episodeRemoval[e], d = s.episodeDischarge[e], reason = s.episodeReason[e];
                evidence(e, -1, d);
                boolean short8 = d - r < 8;
                if (on(MEDIAN_DAYS_IN_CARE)) {
                    if (short8) {
                        sink.excluded(MEDIAN_DAYS_IN_CARE.ordinal(), p, ExclusionReason.STAY_UNDER_8_DAYS);
                    } else {
                        sink.median(MEDIAN_DAYS_IN_CARE.ordinal(), p, exitSlot(MEDIAN_DAYS_IN_CARE, r, d), d - r);
                    }
                }
                if (on(EXIT_TO_PERMANENCY_EXIT)) {
                    if (short8) {
                        sink.excluded(EXIT_TO_PERMANENCY_EXIT.ordinal(), p, ExclusionReason.STAY_UNDER_8_DAYS);
                    } else if (reason == 0) {
                        sink.excluded(EXIT_TO_PERMANENCY_EXIT.ordinal(), p, ExclusionReason.MISSING_DISCHARGE_REASON);
                    } else {
                        sink.member(EXIT_TO_PERMANENCY_EXIT.ordinal(), p, exitSlot(EXIT_TO_PERMANENCY_EXIT, r, d),
                                bit(PERMANENCY, reason) && d < eighteen);
                    }
                }
            }
        }
        if (on(GUARDIANSHIP_24M_EXIT)) {
            int e = firstDischarge(p, GUARDIANSHIP);
            if (e >= 0) {
                int r = s.episodeRemoval[e], d = s.episodeDischarge[e];
                evidence(e, -1, d);
                if (d >= eighteen) {
                    sink.excluded(GUARDIANSHIP_24M_EXIT.ordinal(), p, ExclusionReason.AGE_18_PLUS);
                } else if (d - r < 8) {
                    sink.excluded(GUARDIANSHIP_24M_EXIT.ordinal(), p, ExclusionReason.STAY_UNDER_8_DAYS);
                } else {
                    sink.member(GUARDIANSHIP_24M_EXIT.ordinal(), p, exitSlot(GUARDIANSHIP_24M_EXIT, r, d),
                            d < Dates.plusMonths(r, 24));
                }
            }
        }
    }

    /** CFSR4_REENTRY and REENTRY_12M_AFTER_REUNIFICATION: a later removal r2 with discharge <= r2 < discharge + 12 months. */
    private void reentry(IndicatorId id, int p, int mask) {
        int e = firstDischarge(p, mask);
        if (e < 0) {
            return;
        }
        int r = s.episodeRemoval[e], d = s.episodeDischarge[e];
        evidence(e, -1, d);
        if (d >= eighteen) {
            sink.excluded(id.ordinal(), p, ExclusionReason.AGE_18_PLUS);
            return;
        }
        int limit = Dates.plusMonths(d, 12);
        evWindowEnd = limit - 1;
        boolean outcome = false;
        for (int next = e + 1; next < lastEpisode && !outcome; next++) {
            int r2 = s.episodeRemoval[next];
            outcome = r2 >= d && r2 < limit;
        }
        sink.member(id.ordinal(), p, exitSlot(id, r, d), outcome);
    }

    /** Exit cohorts: ON_DATE(discharge - 1), the worker on the last day in care. */
    private int exitSlot(IndicatorId id, int removal, int discharge) {
        return attribute(id, discharge - 1, removal, discharge - 1, -1);
    }

    // ------------------------------------------------------------------ entries and placement moves

    /** FOSTER_CARE_ENTRIES and CFSR4_PLACEMENT_STABILITY: episodes with removal in [s, e]. */
    private void entries(int p) {
        boolean entries = on(FOSTER_CARE_ENTRIES), moves = on(CFSR4_PLACEMENT_STABILITY);
        int ind = CFSR4_PLACEMENT_STABILITY.ordinal();
        for (int e = firstEpisode; e < lastEpisode; e++) {
            int r = s.episodeRemoval[e], d = s.episodeDischarge[e];
            if (r < ps[p] || r > pe[p]) {
                continue;
            }
            evidence(e, -1, r);
            if (entries) {
                if (r >= eighteen) {
                    sink.excluded(FOSTER_CARE_ENTRIES.ordinal(), p, ExclusionReason.AGE_18_PLUS);
                } else {
                    sink.count(FOSTER_CARE_ENTRIES.ordinal(), p, attribute(FOSTER_CARE_ENTRIES, r, r, r, -1));
                }
            }
            if (moves) {
                if (d != NONE && d - r < 8) {
                    sink.excluded(ind, p, ExclusionReason.STAY_UNDER_8_DAYS);
                } else if (r >= eighteen) {
                    sink.excluded(ind, p, ExclusionReason.AGE_18_PLUS);
                } else {
                    int to = min(d == NONE ? FAR : d, pe[p] + 1, eighteen, asOf + 1);
                    findMoves(e);
                    if (opt.attribution()[ind] == AttributionRule.EACH_DAY) {
                        eachDay(ind, p, r, to);
                        for (int m = 0; m < moveCount; m++) {
                            int date = moveDates[m];
                            if (date >= r && date < to) {
                                sink.rate(ind, p, org.slot(onDate(date), date), 0, 1);
                            }
                        }
                    } else {
                        int slot = attribute(CFSR4_PLACEMENT_STABILITY, to - 1, r, to - 1, -1);
                        sink.rate(ind, p, slot, Math.max(0, to - r), movesBefore(r, to));
                    }
                }
            }
        }
        if (moves) {
            sink.rateDone(ind, p);
        }
    }

    /**
     * The moves of episode e (CFSR4_PLACEMENT_STABILITY): the start of a counted spell
     * (not runaway, not trial home visit, not temporary) whose previous counted spell has another
     * provider, or either has none. The first counted spell is the removal, not a move.
     */
    void findMoves(int e) {
        moveCount = 0;
        boolean first = true;
        int previous = -1;
        for (int k = s.episodePlacements[e]; k < s.episodePlacements[e + 1]; k++) {
            byte setting = s.placementSetting[k];
            if (setting == RUNAWAY || setting == TRIAL_HOME_VISIT || s.placementTemporary[k]) {
                continue;
            }
            int provider = s.placementProvider[k];
            if (!first && (provider < 0 || previous < 0 || provider != previous)) {
                if (moveCount == moveDates.length) {
                    moveDates = Arrays.copyOf(moveDates, moveCount * 2);
                }
                moveDates[moveCount++] = s.placementStart[k];
            }
            first = false;
            previous = provider;
        }
    }

    private int movesBefore(int from, int to) {
        int n = 0;
        for (int m = 0; m < moveCount; m++) {
            if (moveDates[m] >= from && moveDates[m] < to) {
                n++;
            }
        }
        return n;
    }

    /** Whether episode e has a counted spell starting before t. */
    private boolean countedSpellBefore(int e, int t) {
        for (int k = s.episodePlacements[e]; k < s.episodePlacements[e + 1]; k++) {
            byte setting = s.placementSetting[k];
            if (setting != RUNAWAY && setting != TRIAL_HOME_VISIT && !s.placementTemporary[k]
                    && s.placementStart[k] < t) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ maltreatment in care

    /** CFSR4_MALTREATMENT_IN_CARE: days in care in [s, e] and victim reports 7+ days after removal. */
    private void maltreatmentInCare(int p) {
        int ind = CFSR4_MALTREATMENT_IN_CARE.ordinal();
        int start = ps[p], end = pe[p];
        boolean each = opt.attribution()[ind] == AttributionRule.EACH_DAY;
        int lastKept = NONE;
        int r0 = s.childReports[child], r1 = s.childReports[child + 1];
        for (int e = firstEpisode; e < lastEpisode; e++) {
            int r = s.episodeRemoval[e], d = s.episodeDischarge[e];
            int from = Math.max(r, start);
            int to = min(d == NONE ? FAR : d, end + 1, eighteen, asOf + 1);
            if (to <= from) {
                continue; // no day in the window: not in the population
            }
            evidence(e, -1, from);
            if (d != NONE && d - r < 8) {
                sink.excluded(ind, p, ExclusionReason.STAY_UNDER_8_DAYS);
                continue;
            }
            int slot = each ? -1 : attribute(CFSR4_MALTREATMENT_IN_CARE, to - 1, from, to - 1, -1);
            if (each) {
                eachDay(ind, p, from, to);
            } else {
                sink.rate(ind, p, slot, to - from, 0);
            }
            int limit = Math.min(d == NONE ? FAR : d, eighteen);
            int seven = r + 7;
            for (int k = r0; k < r1; k++) {
                int date = s.reportDate[k];
                if (date < start || date > end || date < seven || date >= limit || !victim(k)) {
                    continue;
                }
                int incident = s.reportIncident[k];
                if (incident != NONE && (incident < seven || incident >= limit)) {
                    continue;
                }
                if (lastKept != NONE && date - lastKept <= 1) {
                    continue; // 0 or 1 day after the previous kept report
                }
                lastKept = date;
                evReport = k;
                sink.rate(ind, p, each ? org.slot(onDate(date), date) : slot, 0, 1);
            }
        }
        sink.rateDone(ind, p);
    }

    boolean victim(int k) {
        byte disposition = s.reportDisposition[k];
        return disposition == 1 || disposition == 2 || s.reportDeath[k];
    }

    // ------------------------------------------------------------------ recurrence

    /** CFSR4_RECURRENCE: the first victim report in [s, e], and another 15 days to 12 months later. */
    private void recurrence(int p) {
        int r0 = s.childReports[child], r1 = s.childReports[child + 1];
        int initial = -1;
        for (int k = r0; k < r1; k++) {
            int date = s.reportDate[k];
            if (date >= ps[p] && date <= pe[p] && victim(k)) {
                initial = k;
                break;
            }
        }
        if (initial < 0) {
            return;
        }
        int ind = CFSR4_RECURRENCE.ordinal();
        int date = s.reportDate[initial];
        evidence(-1, initial, date);
        if (date < birth) {
            sink.excluded(ind, p, ExclusionReason.UNBORN);
        } else if (date >= eighteen) {
            sink.excluded(ind, p, ExclusionReason.AGE_18_PLUS);
        } else if (s.reportDeath[initial]) {
            sink.excluded(ind, p, ExclusionReason.FIRST_REPORT_FATAL);
        } else {
            int limit = Dates.plusMonths(date, 12);
            evWindowEnd = limit - 1;
            int incident = s.reportIncident[initial];
            boolean outcome = false;
            for (int k = r0; k < r1 && !outcome; k++) {
                int d2 = s.reportDate[k];
                outcome = k != initial && victim(k) && d2 > date + 14 && d2 < limit
                        && !(incident != NONE && s.reportIncident[k] == incident);
            }
            sink.member(ind, p, attribute(CFSR4_RECURRENCE, date, date, date, initial), outcome);
        }
    }

    // ------------------------------------------------------------------ C3.3

    /** IN_CARE_3_YEARS_EMANCIPATED: the first event in the period, an emancipation before 18 or an 18th birthday in care. */
    private void inCareThreeYears(int p) {
        int best = -1, bestDate = FAR;
        for (int e = firstEpisode; e < lastEpisode; e++) {
            int r = s.episodeRemoval[e], d = s.episodeDischarge[e];
            if (d != NONE && s.episodeReason[e] == 4 && d < eighteen && d >= ps[p] && d <= pe[p] && d < bestDate) {
                best = e;
                bestDate = d;
            }
            if (eighteen >= ps[p] && eighteen <= pe[p] && eighteen <= asOf && r <= eighteen
                    && (d == NONE || d >= eighteen) && eighteen < bestDate) {
                best = e;
                bestDate = eighteen;
            }
        }
        if (best < 0) {
            return;
        }
        int r = s.episodeRemoval[best];
        evidence(best, -1, bestDate);
        boolean outcome = bestDate >= Dates.plusMonths(r, 36);
        sink.member(IN_CARE_3_YEARS_EMANCIPATED.ordinal(), p,
                attribute(IN_CARE_3_YEARS_EMANCIPATED, bestDate - 1, r, bestDate - 1, -1), outcome);
    }

    // ------------------------------------------------------------------ C4.1 to C4.3

    /** PLACEMENT_STABILITY_*: the latest episode with a day in care in [s, e], by whole months in care at t. */
    private void placementSettings(int p) {
        int ep = -1;
        for (int e = lastEpisode - 1; e >= firstEpisode && ep < 0; e--) {
            if (daysInWindow(e, ps[p], pe[p]) > 0) {
                ep = e;
            }
        }
        if (ep < 0) {
            return;
        }
        int r = s.episodeRemoval[ep], d = s.episodeDischarge[ep];
        int t = min(d == NONE ? FAR : d, pe[p] + 1, asOf + 1, FAR);
        int months = Dates.monthsBetween(r, t);
        IndicatorId id = months < 12 ? (t - r >= 8 ? PLACEMENT_STABILITY_UNDER_12M : null)
                : months <= 23 ? PLACEMENT_STABILITY_12_TO_24M : PLACEMENT_STABILITY_24M_PLUS;
        if (id == null || !on(id)) {
            return;
        }
        evidence(ep, -1, t);
        if (!countedSpellBefore(ep, t)) {
            sink.excluded(id.ordinal(), p, ExclusionReason.NO_PLACEMENT_DATA);
            return;
        }
        findMoves(ep);
        int settings = 1 + movesBefore(Integer.MIN_VALUE, t);
        sink.member(id.ordinal(), p, attribute(id, t - 1, r, t - 1, -1), settings <= 2);
    }

    // ------------------------------------------------------------------ point in time

    /** PLACEMENT_WITH_RELATIVES and SIBLINGS_PLACED_TOGETHER on p = min(e, as-of). */
    private void pointInTime(int p) {
        int day = Math.min(pe[p], asOf);
        if (day < ps[p] || day >= eighteen) {
            return;
        }
        int ep = inCareOn(day);
        if (ep < 0) {
            return;
        }
        int r = s.episodeRemoval[ep];
        int spell = coveringSpell(ep, day);
        evidence(ep, -1, day);
        int windowStart = Math.max(r, ps[p]);
        if (on(PLACEMENT_WITH_RELATIVES)) {
            if (spell < 0) {
                sink.excluded(PLACEMENT_WITH_RELATIVES.ordinal(), p, ExclusionReason.NO_PLACEMENT_DATA);
            } else {
                sink.member(PLACEMENT_WITH_RELATIVES.ordinal(), p,
                        attribute(PLACEMENT_WITH_RELATIVES, day, windowStart, day, -1),
                        s.placementSetting[spell] == RELATIVE);
            }
        }
        int group = s.childSiblingGroup[child];
        if (on(SIBLINGS_PLACED_TOGETHER) && group >= 0 && siblings.members(p, group) >= 2) {
            if (spell < 0) {
                sink.excluded(SIBLINGS_PLACED_TOGETHER.ordinal(), p, ExclusionReason.NO_PLACEMENT_DATA);
            } else {
                int provider = s.placementProvider[spell];
                boolean together = provider >= 0 && siblings.sharedProvider(p, group) == provider;
                sink.member(SIBLINGS_PLACED_TOGETHER.ordinal(), p,
                        attribute(SIBLINGS_PLACED_TOGETHER, day, windowStart, day, -1), together);
            }
        }
    }

    /**
     * The child's episode in care on a day (docs/input-files.md, Counting days: a discharge on the
     * day counts); two: the later.
     */
    int inCareOn(int day) {
        int found = -1;
        for (int e = firstEpisode; e < lastEpisode; e++) {
            int r = s.episodeRemoval[e], d = s.episodeDischarge[e];
            if (r <= day && (d == NONE || d >= day)) {
                found = e;
            }
        }
        return found;
    }

    /** The spell of episode e covering a day: the latest start, ties the largest placement id; -1 if none. */
    int coveringSpell(int e, int day) {
        int found = -1;
        for (int k = s.episodePlacements[e]; k < s.episodePlacements[e + 1]; k++) {
            int end = s.placementEnd[k];
            if (s.placementStart[k] <= day && (end == NONE || end >= day)) {
                found = k;
            }
        }
        return found;
    }

    // ------------------------------------------------------------------ monthly visits

    /** MONTHLY_CASEWORKER_VISITS: child-months in care every day, under 18 on the first, ending by the as-of date. */
    private void visits(int p) {
        int ind = MONTHLY_CASEWORKER_VISITS.ordinal();
        int c0 = s.childContacts[child], c1 = s.childContacts[child + 1];
        int k = c0; // contacts are in date order, and so are the months
        for (int first = Dates.monthStart(ps[p]); first <= pe[p]; first = Dates.monthEnd(first) + 1) {
            int last = Dates.monthEnd(first);
            if (first < ps[p] || last > pe[p] || last > asOf || first >= eighteen) {
                continue;
            }
            int ep = -1;
            for (int e = firstEpisode; e < lastEpisode && ep < 0; e++) {
                int d = s.episodeDischarge[e];
                if (s.episodeRemoval[e] <= first && (d == NONE || d >= last)) {
                    ep = e;
                }
            }
            if (ep < 0) {
                continue;
            }
            while (k < c1 && s.contactDate[k] < first) {
                k++;
            }
            boolean visited = false;
            for (int j = k; j < c1 && !visited && s.contactDate[j] <= last; j++) {
                visited = s.contactType[j] == IN_PERSON;
            }
            evidence(ep, -1, first);
            sink.member(ind, p, attribute(MONTHLY_CASEWORKER_VISITS, last, first, last, -1), visited);
        }
    }

    // ------------------------------------------------------------------ days and attribution

    /** "Days in care within a window" [a, b] for episode e (docs/input-files.md, Counting days). */
    int daysInWindow(int e, int a, int b) {
        int d = s.episodeDischarge[e];
        int from = Math.max(s.episodeRemoval[e], a);
        int to = min(d == NONE ? FAR : d, b + 1, eighteen, asOf + 1);
        return Math.max(0, to - from);
    }

    /**
     * The slot of an outcome under the indicator's attribution rule: ON_DATE(anchor),
     * LONGEST_IN_WINDOW(a, b), REPORT_WORKER(report) (or ON_DATE(anchor) without a report);
     * EACH_DAY outside rates is read as ON_DATE(anchor). Every date is cut at the as-of date.
     */
    public int attribute(IndicatorId id, int anchor, int a, int b, int report) {
        AttributionRule rule = opt.attribution()[id.ordinal()];
        int worker, date;
        if (rule == AttributionRule.LONGEST_IN_WINDOW) {
            worker = longestInWindow(a, b);
            date = evAttributionDate;
        } else if (rule == AttributionRule.REPORT_WORKER && report >= 0) {
            date = Math.min(s.reportDate[report], asOf);
            worker = s.reportWorker[report] >= 0 ? s.reportWorker[report] : onDate(date);
        } else {
            date = Math.min(anchor, asOf);
            worker = onDate(date);
        }
        evWorker = worker;
        evAttributionDate = date;
        return org.slot(worker, date);
    }

    /** ON_DATE(d): the assignment covering d with the latest start; ties the smallest worker id; -1 if none. */
    int onDate(int d) {
        int best = -1, bestStart = 0;
        for (int a = s.childAssignments[child]; a < s.childAssignments[child + 1]; a++) {
            int start = s.assignmentStart[a], end = s.assignmentEnd[a];
            if (start > d) {
                break;
            }
            if (end != NONE && end < d) {
                continue;
            }
            int w = s.assignmentWorker[a];
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
     * started last, then the smallest worker id. Sets {@link #evAttributionDate} to the last day in
     * the window the chosen worker was assigned (a when no one was).
     */
    int longestInWindow(int a, int b) {
        b = Math.min(b, asOf);
        if (b < a) {
            b = a;
        }
        int a0 = s.childAssignments[child], a1 = s.childAssignments[child + 1];
        int distinct = 0;
        for (int k = a0; k < a1; k++) {
            int start = s.assignmentStart[k], end = s.assignmentEnd[k];
            if (start > b) {
                break;
            }
            if (end != NONE && end < a) {
                continue;
            }
            int w = s.assignmentWorker[k];
            boolean seen = false;
            for (int i = 0; i < distinct && !seen; i++) {
                seen = workersScratch[i] == w;
            }
            if (!seen) {
                if (distinct == workersScratch.length) {
                    workersScratch = Arrays.copyOf(workersScratch, distinct * 2);
                }
                workersScratch[distinct++] = w;
            }
        }
        int best = -1, bestDays = -1, bestStart = 0, bestLast = a;
        for (int i = 0; i < distinct; i++) {
            int w = workersScratch[i];
            int days = 0, covered = a - 1, latestStart = Integer.MIN_VALUE, last = a;
            for (int k = a0; k < a1; k++) {
                int start = s.assignmentStart[k];
                if (start > b) {
                    break;
                }
                int end = s.assignmentEnd[k] == NONE ? b : Math.min(s.assignmentEnd[k], b);
                if (s.assignmentWorker[k] != w || end < a) {
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
        evAttributionDate = best < 0 ? a : bestLast;
        return best;
    }

    /** EACH_DAY: the days [from, to) split by the worker assigned on each day and that worker's unit. */
    private void eachDay(int ind, int p, int from, int to) {
        if (to <= from) {
            return;
        }
        int n = 0;
        bounds = ensure(bounds, 2);
        bounds[n++] = from;
        bounds[n++] = to;
        for (int k = s.childAssignments[child]; k < s.childAssignments[child + 1]; k++) {
            int start = s.assignmentStart[k], end = s.assignmentEnd[k];
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
                sink.rate(ind, p, org.unassignedSlot, y - x, 0);
                continue;
            }
            // the worker's unit can change inside the segment: split at its spells' edges
            int u = x;
            while (u < y) {
                int next = y;
                for (int k = s.workerSpells[w]; k < s.workerSpells[w + 1]; k++) {
                    int st = s.spellStart[k], en = s.spellEnd[k];
                    if (st > u && st < next) {
                        next = st;
                    }
                    if (en != NONE && en + 1 > u && en + 1 < next) {
                        next = en + 1;
                    }
                }
                sink.rate(ind, p, org.slot(w, u), next - u, 0);
                u = next;
            }
        }
    }

    void evidence(int episode, int report, int date) {
        evEpisode = episode;
        evReport = report;
        evDate = date;
        evAdjusted = NONE;
        evWindowEnd = NONE;
    }

    private static int[] ensure(int[] a, int n) {
        return n <= a.length ? a : Arrays.copyOf(a, Math.max(n, a.length * 2));
    }

    /** The bit mask of the discharge reasons that pass {@code which}, bit n for CSV code n. */
    static int reasons(java.util.function.Predicate<DischargeReason> which) {
        int mask = 0;
        for (DischargeReason r : DischargeReason.values()) {
            if (which.test(r)) {
                mask |= 1 << Integer.parseInt(r.code());
            }
        }
        return mask;
    }

    private static boolean bit(int mask, int reason) {
        return (mask >> reason & 1) != 0;
    }

    private static int min(int a, int b, int c, int d) {
        return Math.min(Math.min(a, b), Math.min(c, d));
    }
}
