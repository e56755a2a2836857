package org.childstat.indicators.cohort.internal;

import static org.childstat.indicators.cohort.internal.Evaluator.NONE;
import static org.childstat.indicators.core.indicator.IndicatorId.CASEWORKER_CONTINUITY;
import static org.childstat.indicators.core.indicator.IndicatorId.PLACEMENT_WITH_RELATIVES;
import static org.childstat.indicators.core.indicator.IndicatorId.SIBLINGS_PLACED_TOGETHER;
import static org.childstat.indicators.core.indicator.IndicatorId.TIMELY_DENTAL_EXAM;
import static org.childstat.indicators.core.indicator.IndicatorId.TIMELY_MEDICAL_EXAM;

import org.childstat.indicators.core.indicator.ExclusionReason;
import org.childstat.indicators.core.internal.CaseStore;
import org.childstat.indicators.core.internal.Dates;

/**
 * The POINT_IN_TIME family (docs/indicators.md, The indicators): children under 18 in care on the
 * period's day {@code min(e, as-of)} (no population when that day is before the period), each by
 * the spell covering that day. Implements PLACEMENT_WITH_RELATIVES (the spell is with relatives)
 * and SIBLINGS_PLACED_TOGETHER (with siblings in care that day, all with one provider), and the
 * sibling pass that counts each sibling group's members and shared provider ({@link SiblingGroups})
 * before it (excluded: no covering spell); and CASEWORKER_CONTINUITY (docs/workforce.md): the
 * members removed on or before {@code day.minusMonths(12)}, in the numerator when at most 2
 * distinct workers have an assignment spell overlapping {@code (day.minusMonths(12), day]} (none
 * at all is 0 workers: the outcome is met, attributed UNASSIGNED); and the Tier II exams
 * (docs/tier2.md) TIMELY_MEDICAL_EXAM and TIMELY_DENTAL_EXAM, with health_exams.csv present: the
 * members (the later episode when two cover the day, even one re-entered that day), for dental only
 * those 1 year old or more on the day (the first birthday on or before it; younger ones are not in
 * the population); excluded: {@code day - removal < 30} ({@code STAY_UNDER_30_DAYS}); outcome: a
 * MEDICAL, or DENTAL, exam dated in {@code (day.minusMonths(12), day]}; attributed {@code ON_DATE(day)}.
 */
final class PointInTimeRules {
    private static final byte RELATIVE = 2;

    private final Evaluator ev;
    private final CaseStore store;
    private final int asOf;
    private final int[] periodStart;
    private final int[] periodEnd;
    private final Attribution attribution;
    private final SiblingGroups siblings;
    private final boolean relativesOn, siblingsOn, continuityOn, medicalOn, dentalOn;
    private final int[] seen = new int[3];

    PointInTimeRules(Evaluator ev) {
        this.ev = ev;
        this.store = ev.store;
        this.asOf = ev.asOf;
        this.periodStart = ev.periodStart;
        this.periodEnd = ev.periodEnd;
        this.attribution = ev.attribution;
        this.siblings = ev.siblings;
        this.relativesOn = ev.on(PLACEMENT_WITH_RELATIVES);
        this.siblingsOn = ev.on(SIBLINGS_PLACED_TOGETHER);
        this.continuityOn = ev.on(CASEWORKER_CONTINUITY);
        this.medicalOn = ev.on(TIMELY_MEDICAL_EXAM) && store.hasHealthExams;
        this.dentalOn = ev.on(TIMELY_DENTAL_EXAM) && store.hasHealthExams;
    }

    /** The day of period p: its end, or the as-of date if earlier. */
    int day(int p) {
        return Math.min(periodEnd[p], asOf);
    }

    /** The member of period p: the child's episode in care on its {@link #day}, under 18 and in the period; or -1. */
    int member(int p) {
        int day = day(p);
        if (day < periodStart[p] || day >= ev.eighteen) {
            return -1;
        }
        return ev.inCareOn(day);
    }

    /** PLACEMENT_WITH_RELATIVES, SIBLINGS_PLACED_TOGETHER, CASEWORKER_CONTINUITY and the two exams for period p. */
    void evaluate(int p) {
        int ep = member(p);
        if (ep < 0) {
            return;
        }
        int day = day(p);
        int r = store.episodeRemoval[ep];
        int spell = ev.coveringSpell(ep, day);
        ev.evidence(ep, -1, day);
        int windowStart = Math.max(r, periodStart[p]);
        if (relativesOn) {
            if (spell < 0) {
                ev.sink.excluded(PLACEMENT_WITH_RELATIVES.ordinal(), p, ExclusionReason.NO_PLACEMENT_DATA);
            } else {
                ev.sink.member(PLACEMENT_WITH_RELATIVES.ordinal(), p,
                        attribution.attribute(PLACEMENT_WITH_RELATIVES, day, windowStart, day, -1),
                        store.placementSetting[spell] == RELATIVE);
            }
        }
        int group = store.childSiblingGroup[ev.child];
        if (siblingsOn && group >= 0 && siblings.members(p, group) >= 2) {
            if (spell < 0) {
                ev.sink.excluded(SIBLINGS_PLACED_TOGETHER.ordinal(), p, ExclusionReason.NO_PLACEMENT_DATA);
            } else {
                int provider = store.placementProvider[spell];
                boolean together = provider >= 0 && siblings.sharedProvider(p, group) == provider;
                ev.sink.member(SIBLINGS_PLACED_TOGETHER.ordinal(), p,
                        attribution.attribute(SIBLINGS_PLACED_TOGETHER, day, windowStart, day, -1), together);
            }
        }
        int yearBefore = Dates.plusMonths(day, -12);
        if (continuityOn && r <= yearBefore) {
            ev.evidence(ep, -1, day);
            ev.evWindowEnd = NONE;
            ev.sink.member(CASEWORKER_CONTINUITY.ordinal(), p,
                    attribution.attribute(CASEWORKER_CONTINUITY, day, windowStart, day, -1),
                    workersBetween(yearBefore, day) <= 2);
        }
        if (medicalOn) {
            exam(TIMELY_MEDICAL_EXAM.ordinal(), p, ep, day, r, windowStart, Evaluator.MEDICAL);
        }
        if (dentalOn && Dates.plusMonths(ev.birth, 12) <= day) { // 1 year old or more on the day
            exam(TIMELY_DENTAL_EXAM.ordinal(), p, ep, day, r, windowStart, Evaluator.DENTAL);
        }
    }

    /** A Tier II exam indicator for member episode ep (removal r) on the day of period p. */
    private void exam(int ind, int p, int ep, int day, int r, int windowStart, byte type) {
        ev.evidence(ep, -1, day);
        if (day - r < 30) {
            ev.sink.excluded(ind, p, ExclusionReason.STAY_UNDER_30_DAYS);
            return;
        }
        boolean met = ev.examIn(type, Dates.plusMonths(day, -12) + 1, day);
        ev.sink.member(ind, p, attribution.attribute(ind, day, windowStart, day, -1), met);
    }

    /** The distinct workers with an assignment of the child overlapping (after, day], counted up to 3. */
    private int workersBetween(int after, int day) {
        int n = 0;
        for (int a = store.childAssignments[ev.child]; a < store.childAssignments[ev.child + 1] && n < 3; a++) {
            int start = store.assignmentStart[a], end = store.assignmentEnd[a];
            if (start > day) {
                break; // by start date
            }
            if (end != NONE && end <= after) {
                continue;
            }
            int w = store.assignmentWorker[a];
            boolean known = false;
            for (int i = 0; i < n; i++) {
                known |= seen[i] == w;
            }
            if (!known) {
                seen[n++] = w;
            }
        }
        return n;
    }

    /** The sibling pass for period p: the current child, of sibling group {@code group}, into {@code groups} if a member. */
    void siblingPass(int p, int group, SiblingGroups groups) {
        int ep = member(p);
        if (ep >= 0) {
            int spell = ev.coveringSpell(ep, day(p));
            groups.add(p, group, spell < 0 ? -1 : store.placementProvider[spell]);
        }
    }
}
