package org.childstat.indicators.cohort.internal;

import static org.childstat.indicators.core.indicator.IndicatorId.*;

import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.internal.CaseStore;
import org.childstat.indicators.core.internal.Dates;
import org.childstat.indicators.core.model.DischargeReason;

/**
 * The walk over one child at a time, for every period, into a {@link Sink}: it holds the current
 * child, the periods, the options and the evidence of the last rule, and hands each period to the
 * rules of each population family (docs/indicators.md, The indicators), one class per family:
 * {@link EntryCohortRules}, {@link InCareOnFirstDayRules}, {@link ExitCohortRules},
 * {@link EntryEpisodeRules}, {@link DaysInCareRules}, {@link EventInPeriodRules},
 * {@link ServedInPeriodRules}, {@link PointInTimeRules}, {@link ChildMonthRules},
 * {@link VictimReportRules}, and the in-home families {@link InHomeServedRules},
 * {@link InHomeOpeningRules}, {@link InHomeCaseRules} (each case once, with the child on its first
 * row) and {@link InHomeMonthRules}, in that order, then the children of {@link CaseloadRules}; the
 * pass over workers evaluates each worker as itself ({@link #evaluateWorker}: CASELOAD's workers
 * and {@link WorkerTurnoverRules}); the report-level {@link ReferralRules} run on their own
 * pass; the custom indicators' {@link CustomRules} run last, through the same families' walks.
 * The Tier II rules (docs/tier2.md) are in three of these families and read the child's meetings
 * and exams through {@link #meetingIn} and {@link #examIn}; a family runs them only when their file
 * is present. Every rule attributes through {@link Attribution}. Days are counted as docs/input-files.md
 * (Counting days) says. The rules' objects and scratch arrays are made once, in the constructor:
 * one evaluator per thread, no allocation per child.
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
    /** Placement settings the rules of two families read. */
    static final byte RUNAWAY = 7, TRIAL_HOME_VISIT = 8;

    final CaseStore store;
    final OrgIndex org;
    final int asOf;
    final int[] periodStart;
    final int[] periodEnd;
    final boolean[] on;
    final RuleOptions options;
    final SiblingGroups siblings;
    Sink sink;

    // the current child
    int child;
    int birth, eighteen, firstEpisode, lastEpisode;

    // evidence of the last call to the sink, for explanations (read through the accessors below)
    int evEpisode = -1, evReport = -1, evDate = NONE, evAdjusted = NONE, evWorker = -1, evAttributionDate = NONE;
    /** The last day on which the child's own outcome can still happen (12-month outcomes), or NONE. */
    int evWindowEnd = NONE;
    /** The in-home row and the case the last rule read, or -1. */
    int evInHomeRow = -1, evCase = -1;

    // the rules, one object per family, made once
    final Attribution attribution;
    final PlacementMoves moves;
    final EntryCohortRules entryCohort;
    final InCareOnFirstDayRules inCareOnFirstDay;
    final ExitCohortRules exitCohort;
    private final EntryEpisodeRules entryEpisodes;
    private final DaysInCareRules daysInCare;
    private final EventInPeriodRules eventInPeriod;
    final ServedInPeriodRules servedInPeriod;
    final PointInTimeRules pointInTime;
    private final ChildMonthRules childMonths;
    private final VictimReportRules victimReports;
    private final InHomeServedRules inHomeServed;
    private final InHomeOpeningRules inHomeOpenings;
    private final InHomeCaseRules inHomeCases;
    private final InHomeMonthRules inHomeMonths;
    private final CaseloadRules caseload;
    private final WorkerTurnoverRules workerTurnover;
    /** The custom indicators' rules, null when none is selected. */
    private final CustomRules custom;
    // which families run (any of their indicators selected, and the data they need present)
    private final boolean entryCohortOn, inCareOnFirstDayOn, exitCohortOn, entryEpisodesOn, daysInCareOn,
            eventInPeriodOn, servedInPeriodOn, pointInTimeOn, childMonthsOn, victimReportsOn, inHomeServedOn,
            inHomeOpeningsOn, inHomeCasesOn, inHomeMonthsOn, caseloadOn, workerTurnoverOn;

    /** An evaluator of a store's children for the periods, selected indicators (by ordinal) and options; one per thread. */
    public Evaluator(CaseStore store, OrgIndex org, int[] periodStart, int[] periodEnd, boolean[] indicators,
                     RuleOptions options, SiblingGroups siblings) {
        this.store = store;
        this.org = org;
        this.asOf = store.asOf;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.on = indicators;
        this.options = options;
        this.siblings = siblings;
        this.attribution = new Attribution(this);
        this.moves = new PlacementMoves(store);
        this.entryCohort = new EntryCohortRules(this);
        this.inCareOnFirstDay = new InCareOnFirstDayRules(this);
        this.exitCohort = new ExitCohortRules(this);
        this.entryEpisodes = new EntryEpisodeRules(this);
        this.daysInCare = new DaysInCareRules(this);
        this.eventInPeriod = new EventInPeriodRules(this);
        this.servedInPeriod = new ServedInPeriodRules(this);
        this.pointInTime = new PointInTimeRules(this);
        this.childMonths = new ChildMonthRules(this);
        this.victimReports = new VictimReportRules(this);
        InHomeDays inHome = new InHomeDays(this);
        this.inHomeServed = new InHomeServedRules(this, inHome);
        this.inHomeOpenings = new InHomeOpeningRules(this, inHome);
        this.inHomeCases = new InHomeCaseRules(this);
        this.inHomeMonths = new InHomeMonthRules(this, inHome);
        this.caseload = new CaseloadRules(this, inHome);
        this.workerTurnover = new WorkerTurnoverRules(this);
        entryCohortOn = on(CFSR4_P1) || on(REUNIFICATION_12M_ENTRY);
        inCareOnFirstDayOn = on(CFSR4_P2) || on(CFSR4_P3) || on(EXIT_TO_PERMANENCY_24M_PLUS);
        exitCohortOn = on(CFSR4_REENTRY) || on(REENTRY_12M_AFTER_REUNIFICATION) || on(REUNIFICATION_12M_EXIT)
                || on(MEDIAN_DAYS_TO_REUNIFICATION) || on(MEDIAN_DAYS_IN_CARE) || on(EXIT_TO_PERMANENCY_EXIT)
                || on(GUARDIANSHIP_24M_EXIT);
        entryEpisodesOn = on(FOSTER_CARE_ENTRIES) || on(CFSR4_PLACEMENT_STABILITY)
                || (on(TDM_AT_REMOVAL) && store.hasMeetings) || (on(MH_SCREENING_NEW_ENTRIES) && store.hasHealthExams);
        daysInCareOn = on(CFSR4_MALTREATMENT_IN_CARE) && store.hasReports;
        eventInPeriodOn = on(IN_CARE_3_YEARS_EMANCIPATED);
        servedInPeriodOn = on(PLACEMENT_STABILITY_UNDER_12M) || on(PLACEMENT_STABILITY_12_TO_24M)
                || on(PLACEMENT_STABILITY_24M_PLUS);
        pointInTimeOn = on(PLACEMENT_WITH_RELATIVES) || on(SIBLINGS_PLACED_TOGETHER) || on(CASEWORKER_CONTINUITY)
                || ((on(TIMELY_MEDICAL_EXAM) || on(TIMELY_DENTAL_EXAM)) && store.hasHealthExams);
        childMonthsOn = on(MONTHLY_CASEWORKER_VISITS) && store.hasContacts;
        victimReportsOn = on(CFSR4_RECURRENCE);
        inHomeServedOn = on(IN_HOME_NO_MALTREATMENT) && store.hasInHome && store.hasReports;
        inHomeOpeningsOn = (on(IN_HOME_ENTRY_TO_CARE) || (on(MH_SCREENING_NEW_IN_HOME) && store.hasHealthExams))
                && store.hasInHome;
        inHomeCasesOn = on(IN_HOME_OPEN_18M_PLUS) && store.hasInHome;
        inHomeMonthsOn = on(IN_HOME_MONTHLY_VISITS) && store.hasInHome && store.hasContacts;
        caseloadOn = on(CASELOAD);
        workerTurnoverOn = on(WORKER_TURNOVER);
        CustomRules rules = new CustomRules(this, options.custom());
        this.custom = rules.any() ? rules : null;
    }

    /** Sets the sink the rules write to. */
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

    /** @return the in-home row the last rule read (its index in the store), or -1 */
    public int evidenceInHomeRow() {
        return evInHomeRow;
    }

    /** @return the in-home case the last rule counted (case-level indicators), or -1 */
    public int evidenceCase() {
        return evCase;
    }

    /** Evaluates every selected indicator and period for child c. */
    public void evaluate(int c) {
        setChild(c);
        boolean hasEpisodes = lastEpisode > firstEpisode;
        int r0 = store.childReports[c], r1 = store.childReports[c + 1];
        boolean hasReports = store.hasReports && r1 > r0;
        // the child's span of care and of reports: periods outside them are skipped at once
        int careFrom = hasEpisodes ? store.episodeRemoval[firstEpisode] : 0;
        int careTo = hasEpisodes ? (store.episodeDischarge[lastEpisode - 1] == NONE ? FAR
                : store.episodeDischarge[lastEpisode - 1]) : 0;
        int reportsFrom = hasReports ? store.reportDate[r0] : 0, reportsTo = hasReports ? store.reportDate[r1 - 1] : 0;
        // the span of its in-home rows (the first opens earliest; any may close last)
        int h0 = store.hasInHome ? store.childInHome[c] : 0, h1 = store.hasInHome ? store.childInHome[c + 1] : 0;
        boolean hasInHome = h1 > h0;
        int inHomeFrom = hasInHome ? store.inHomeOpen[h0] : 0, inHomeTo = 0;
        for (int i = h0; i < h1; i++) {
            inHomeTo = Math.max(inHomeTo, store.inHomeClose[i] == NONE ? FAR : store.inHomeClose[i]);
        }
        for (int p = 0; p < periodStart.length; p++) {
            if (hasEpisodes && careTo >= periodStart[p] && careFrom <= periodEnd[p]) {
                if (entryCohortOn) {
                    entryCohort.evaluate(p);
                }
                if (inCareOnFirstDayOn) {
                    inCareOnFirstDay.evaluate(p);
                }
                if (exitCohortOn) {
                    exitCohort.evaluate(p);
                }
                if (entryEpisodesOn) {
                    entryEpisodes.evaluate(p);
                }
                if (daysInCareOn) {
                    daysInCare.evaluate(p);
                }
                if (eventInPeriodOn) {
                    eventInPeriod.evaluate(p);
                }
                if (servedInPeriodOn) {
                    servedInPeriod.evaluate(p);
                }
                if (pointInTimeOn) {
                    pointInTime.evaluate(p);
                }
                if (childMonthsOn) {
                    childMonths.evaluate(p);
                }
                if (custom != null) {
                    custom.evaluate(p);
                }
            }
            if (hasReports && victimReportsOn && reportsTo >= periodStart[p] && reportsFrom <= periodEnd[p]) {
                victimReports.evaluate(p);
            }
            if (hasInHome) {
                if (inHomeServedOn && inHomeTo >= periodStart[p] && inHomeFrom <= periodEnd[p]) {
                    inHomeServed.evaluate(p);
                }
                if (inHomeOpeningsOn) {
                    inHomeOpenings.evaluate(p);
                }
                if (inHomeCasesOn) { // a case's span is not its first-row child's
                    inHomeCases.evaluate(p);
                }
                if (inHomeMonthsOn && inHomeTo >= periodStart[p] && inHomeFrom <= periodEnd[p]) {
                    inHomeMonths.evaluate(p);
                }
            }
            if (caseloadOn && (hasEpisodes || hasInHome)) {
                caseload.evaluate(p);
            }
        }
    }

    /** Evaluates case k of the case-level indicators for every period, with the child on its first row. */
    public void evaluateCase(int k) {
        setChild(store.inHomeChild[store.caseFirstRow[k]]);
        if (inHomeCasesOn) {
            for (int p = 0; p < periodStart.length; p++) {
                inHomeCases.evaluateCase(k, p);
            }
        }
    }

    /** Whether an indicator of the pass over workers is selected: CASELOAD's workers, WORKER_TURNOVER. */
    public boolean workersOn() {
        return caseloadOn || workerTurnoverOn;
    }

    /** Evaluates worker w (workers.csv, as itself) for every period: CASELOAD's denominator and WORKER_TURNOVER. */
    public void evaluateWorker(int w) {
        for (int p = 0; p < periodStart.length; p++) {
            if (caseloadOn) {
                caseload.staff(w, p);
            }
            if (workerTurnoverOn) {
                workerTurnover.evaluate(w, p);
            }
        }
    }

    /** Sets the current child without evaluating anything (for the report-level and sibling passes). */
    public void setChild(int c) {
        child = c;
        birth = store.childBirth[c];
        eighteen = Dates.plusMonths(birth, 12 * 18);
        firstEpisode = store.childEpisodes[c];
        lastEpisode = store.childEpisodes[c + 1];
    }

    /** The sibling pass: child c's membership of its sibling group on each period's day. */
    public void siblingPass(int c, SiblingGroups groups) {
        int group = store.childSiblingGroup[c];
        if (group < 0 || store.childEpisodes[c + 1] == store.childEpisodes[c]) {
            return;
        }
        setChild(c);
        for (int p = 0; p < periodStart.length; p++) {
            pointInTime.siblingPass(p, group, groups);
        }
    }

    boolean on(IndicatorId id) {
        return on[id.ordinal()];
    }

    // ------------------------------------------------------------------ the current child's care

    /**
     * The child's episode in care on a day (docs/input-files.md, Counting days: a discharge on the
     * day counts); two: the later.
     */
    int inCareOn(int day) {
        int found = -1;
        for (int e = firstEpisode; e < lastEpisode; e++) {
            int r = store.episodeRemoval[e], d = store.episodeDischarge[e];
            if (r <= day && (d == NONE || d >= day)) {
                found = e;
            }
        }
        return found;
    }

    /** The spell of episode e covering a day: the latest start, ties the largest placement id; -1 if none. */
    int coveringSpell(int e, int day) {
        int found = -1;
        for (int k = store.episodePlacements[e]; k < store.episodePlacements[e + 1]; k++) {
            int end = store.placementEnd[k];
            if (store.placementStart[k] <= day && (end == NONE || end >= day)) {
                found = k;
            }
        }
        return found;
    }

    /** "Days in care within a window" [a, b] for episode e (docs/input-files.md, Counting days). */
    int daysInWindow(int e, int a, int b) {
        return Math.max(0, countedUntil(e, b) - Math.max(store.episodeRemoval[e], a));
    }

    /**
     * The day after the last day of episode e counted in a window ending on b (docs/input-files.md,
     * Counting days): its discharge, b + 1, the 18th birthday or the day after the as-of date,
     * whichever comes first.
     */
    int countedUntil(int e, int b) {
        int d = store.episodeDischarge[e];
        return min(d == NONE ? FAR : d, b + 1, eighteen, asOf + 1);
    }

    /** Meeting type code of a Team Decision Making meeting (MeetingType TDM). */
    static final byte TDM = 1;
    /** Exam type codes (ExamType: MEDICAL, DENTAL, MH_SCREENING). */
    static final byte MEDICAL = 1, DENTAL = 2, MH_SCREENING = 3;

    /** Whether the child has a meetings.csv row of the type dated in [from, to] (meetings are by date). */
    boolean meetingIn(byte type, int from, int to) {
        for (int m = store.childMeetings[child]; m < store.childMeetings[child + 1]; m++) {
            int date = store.meetingDate[m];
            if (date > to) {
                return false;
            }
            if (date >= from && store.meetingType[m] == type) {
                return true;
            }
        }
        return false;
    }

    /** Whether the child has a health_exams.csv row of the type dated in [from, to] (exams are by date). */
    boolean examIn(byte type, int from, int to) {
        for (int x = store.childExams[child]; x < store.childExams[child + 1]; x++) {
            int date = store.examDate[x];
            if (date > to) {
                return false;
            }
            if (date >= from && store.examType[x] == type) {
                return true;
            }
        }
        return false;
    }

    /** Clears the attributed worker and date of the evidence: EACH_DAY attributes day by day, to no one worker. */
    void noAttribution() {
        evWorker = -1;
        evAttributionDate = NONE;
    }

    /**
     * Sets the evidence of the rule about to call the sink; the adjusted date, window end and
     * attribution to none (an attribution sets its own worker and date; EACH_DAY sets none).
     */
    void evidence(int episode, int report, int date) {
        noAttribution();
        evEpisode = episode;
        evReport = report;
        evDate = date;
        evAdjusted = NONE;
        evWindowEnd = NONE;
        evInHomeRow = -1;
        evCase = -1;
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

    /** Whether a stored discharge reason is in a reason mask. */
    static boolean bit(int mask, int reason) {
        return (mask >> reason & 1) != 0;
    }

    static int min(int a, int b, int c, int d) {
        return Math.min(Math.min(a, b), Math.min(c, d));
    }
}
