package org.childstat.indicators.cohort;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.childstat.indicators.core.indicator.Indicator;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.ChildHistory;
import org.childstat.indicators.core.model.DischargeReason;
import org.childstat.indicators.core.model.Episode;
import org.childstat.indicators.core.model.MaltreatmentReport;
import org.childstat.indicators.core.model.ResponsePriority;

/**
 * Why a child is not in an indicator's population (for {@code explain}; docs/indicators.md,
 * Explaining a count): the population
 * condition of the indicator's family that the child's history does not meet, in words and with
 * the dates that decide it, e.g. "no removal in the period 2023-10-01 to 2024-09-30 (its
 * removals: 2021-03-01)" or "in care 8 whole months on the period's first day, 2023-10-01; the
 * population needs 12 to 23".
 *
 * <p>It reads the child's public history, not the engine's columns, and it runs for one child
 * at a time, after the engine said the child is not in the population; the counts never depend
 * on it. The conditions are those of the indicator's population (docs/indicators.md, The
 * indicators), checked in the order the rule states them; the first that fails is the reason.
 * Stateless.
 */
final class NotInPopulation {
    private NotInPopulation() {
    }

    private static final Set<DischargeReason> REENTRY_EXITS = Set.of(DischargeReason.REUNIFICATION,
            DischargeReason.LIVING_WITH_RELATIVES, DischargeReason.GUARDIANSHIP);
    private static final Set<DischargeReason> REUNIFIED = Set.of(DischargeReason.REUNIFICATION,
            DischargeReason.LIVING_WITH_RELATIVES);

    /** The reason, for a child the engine left out of the population. */
    static String reason(CaseData data, Indicator indicator, ReportingPeriod period, ChildHistory h) {
        if (indicator instanceof CustomIndicator custom) {
            return custom(data, custom, period, h);
        }
        IndicatorId id = (IndicatorId) indicator;
        LocalDate s = period.start(), e = period.end(), asOf = data.asOf();
        LocalDate eighteen = h.child().birthDate().plusYears(18);
        String in = " in the period " + s + " to " + e;
        if (id.needs().meetings() && !data.hasMeetings()) {
            return "the extract has no meetings.csv: " + id + " is NO_DATA";
        }
        if (id.needs().healthExams() && !data.hasHealthExams()) {
            return "the extract has no health_exams.csv: " + id + " is NO_DATA";
        }
        return switch (id.family()) {
            case ENTRY_COHORT, ENTRY_EPISODES -> id == IndicatorId.TDM_AT_REMOVAL
                    || id == IndicatorId.MH_SCREENING_NEW_ENTRIES ? notDueRemovals(h, id, s, e, asOf)
                    : "no removal" + in + removals(h);
            case IN_CARE_ON_FIRST_DAY -> firstDay(h, s, id == IndicatorId.CFSR4_P2);
            case EXIT_COHORT -> switch (id) {
                case CFSR4_REENTRY -> exit(h, s, e, REENTRY_EXITS, "to reunification, relatives or guardianship");
                case GUARDIANSHIP_24M_EXIT -> exit(h, s, e, Set.of(DischargeReason.GUARDIANSHIP), "to guardianship");
                case MEDIAN_DAYS_IN_CARE, EXIT_TO_PERMANENCY_EXIT -> exit(h, s, e, null, "");
                default -> exit(h, s, e, REUNIFIED, "to reunification or relatives");
            };
            case EVENT_IN_PERIOD -> "no emancipation before 18 and no 18th birthday in care" + in
                    + " (18th birthday " + eighteen + ")";
            case SERVED_IN_PERIOD -> served(h, id, s, e, asOf, eighteen);
            case POINT_IN_TIME -> pointInTime(data, h, id, e, asOf, eighteen);
            case DAYS_IN_CARE -> "no day in care" + in + " before its 18th birthday (" + eighteen
                    + ") and the extract date, outside a same-day exit" + removals(h);
            case VICTIM_REPORTS -> "no victim report (substantiated, indicated, or a maltreatment death) dated" + in
                    + reports(h, r -> !r.reportDate().isBefore(s) && !r.reportDate().isAfter(e));
            case REFERRALS -> switch (id) {
                case TIMELY_RESPONSE_IMMEDIATE -> referral(h, s, e, asOf, ResponsePriority.IMMEDIATE, "immediate-response");
                case TIMELY_RESPONSE_FIVE_DAY -> referral(h, s, e, asOf, ResponsePriority.FIVE_DAY, "five-day");
                default -> referral(h, s, e, asOf, null, "");
            };
            case CHILD_MONTHS -> "no calendar month" + in + ", ending on or before the extract date ("
                    + asOf + "), in which it was in care every day and under 18 on the first day" + removals(h);
            case IN_HOME_SERVED -> "not served in home on any day" + in + " up to the extract date (" + asOf
                    + "), born and before its 18th birthday (" + eighteen + "), outside its days in care" + inHome(h);
            case IN_HOME_OPENINGS -> id == IndicatorId.MH_SCREENING_NEW_IN_HOME ? notDueOpening(h, s, e, asOf)
                    : "no in-home services opened" + in + inHome(h);
            case IN_HOME_CASES -> "not on the first row of an in-home case open on "
                    + (e.isBefore(asOf) ? e : asOf) + " (the period's last day, or the extract date)" + inHome(h);
            case IN_HOME_MONTHS -> "no calendar month" + in + ", ending on or before the extract date (" + asOf
                    + "), on every day of which one in-home row served it outside care, born and under 18 on the first"
                    + " day" + inHome(h);
            case CASELOADS -> caseload(data, h, e, asOf, eighteen);
            case WORKERS_ON_FIRST_DAY -> "WORKER_TURNOVER counts workers, not children: a child is never in its population";
        };
    }

    /**
     * A custom indicator: the condition of its family that failed, else its own population
     * condition ({@link CustomIndicator#where()}).
     */
    private static String custom(CaseData data, CustomIndicator c, ReportingPeriod period, ChildHistory h) {
        LocalDate s = period.start(), e = period.end(), asOf = data.asOf();
        LocalDate eighteen = h.child().birthDate().plusYears(18);
        String own = "the indicator's own population condition left it out";
        String family = switch (c.family()) {
            case ENTRY_COHORT -> h.episodes().stream().anyMatch(ep -> !ep.removalDate().isBefore(s)
                    && !ep.removalDate().isAfter(e)) ? null : "no removal in the period " + s + " to " + e + removals(h);
            case IN_CARE_ON_FIRST_DAY -> h.episodes().stream().anyMatch(ep -> ep.removalDate().isBefore(s)
                    && (ep.dischargeDate() == null || !ep.dischargeDate().isBefore(s))) ? null
                    : "not in care on the period's first day, " + s + removals(h);
            case EXIT_COHORT -> h.episodes().stream().anyMatch(ep -> ep.dischargeDate() != null
                    && !ep.dischargeDate().isBefore(s) && !ep.dischargeDate().isAfter(e) && ep.dischargeReason() != null
                    && c.exits().contains(ep.dischargeReason())) ? null
                    : exit(h, s, e, c.exits(), "with one of the reasons " + c.exits().stream().sorted().toList());
            case SERVED_IN_PERIOD -> {
                String served = served(h, null, s, e, asOf, eighteen);
                yield served.startsWith("no day in care") ? served : null;
            }
            case POINT_IN_TIME -> {
                LocalDate p = e.isBefore(asOf) ? e : asOf;
                yield !inCareOn(h, p) ? "not in care on " + p + " (the period's last day, or the extract date)"
                        + removals(h) : !p.isBefore(eighteen) ? "18 or older on " + p + " (18th birthday " + eighteen
                        + ")" : null;
            }
            default -> null;
        };
        return family != null ? family : own;
    }

    private static String inHome(ChildHistory h) {
        if (h.inHomeCases().isEmpty()) {
            return " (it has no in-home services in the extract)";
        }
        return " (its in-home rows: " + h.inHomeCases().stream().map(r -> r.caseId() + " " + r.openDate() + " to "
                + (r.closeDate() == null ? "open" : r.closeDate().toString())).collect(Collectors.joining(", ")) + ")";
    }

    private static String removals(ChildHistory h) {
        if (h.episodes().isEmpty()) {
            return " (it has no removal in the extract)";
        }
        return " (its removals: " + h.episodes().stream().map(ep -> ep.removalDate().toString())
                .collect(Collectors.joining(", ")) + ")";
    }

    /** P2, P3: in care on the first day, for 12 to 23 or 24 and more whole months. */
    private static String firstDay(ChildHistory h, LocalDate s, boolean twelveToTwentyThree) {
        String needs = twelveToTwentyThree ? "12 to 23" : "24 or more";
        for (Episode ep : h.episodes()) {
            // in care on s as the rule reads it: removed before s, not discharged before s
            if (ep.removalDate().isBefore(s) && (ep.dischargeDate() == null || !ep.dischargeDate().isBefore(s))) {
                long months = ChronoUnit.MONTHS.between(ep.removalDate(), s);
                return "in care " + months + " whole months on the period's first day, " + s + " (removed "
                        + ep.removalDate() + "); the population needs " + needs;
            }
        }
        return "not in care on the period's first day, " + s + removals(h);
    }

    /** Exit cohorts: a discharge in the period (with one of the reasons, when given). */
    private static String exit(ChildHistory h, LocalDate s, LocalDate e, Set<DischargeReason> reasons, String which) {
        List<Episode> exits = h.episodes().stream().filter(ep -> ep.dischargeDate() != null
                && !ep.dischargeDate().isBefore(s) && !ep.dischargeDate().isAfter(e)).toList();
        if (exits.isEmpty()) {
            String all = h.episodes().stream().filter(ep -> ep.dischargeDate() != null)
                    .map(ep -> ep.dischargeDate().toString()).collect(Collectors.joining(", "));
            return "no discharge in the period " + s + " to " + e + (all.isEmpty() ? " (it has no discharge)"
                    : " (its discharges: " + all + ")");
        }
        if (reasons == null) {
            return "discharged in the period, but not in the population (no condition of its family failed)";
        }
        return "discharged in the period, but not " + which + ": " + exits.stream()
                .map(ep -> ep.dischargeDate() + " " + (ep.dischargeReason() == null ? "no reason" : ep.dischargeReason()))
                .collect(Collectors.joining(", "));
    }

    /** Round 2 placement stability: the latest episode served in the period and its length of stay. */
    private static String served(ChildHistory h, IndicatorId id, LocalDate s, LocalDate e, LocalDate asOf,
                                 LocalDate eighteen) {
        Episode latest = null;
        for (Episode ep : h.episodes()) {
            LocalDate end = ep.dischargeDate() == null ? asOf.plusDays(1) : ep.dischargeDate();
            LocalDate from = ep.removalDate().isAfter(s) ? ep.removalDate() : s;
            LocalDate to = min(end, e.plusDays(1), eighteen, asOf.plusDays(1));
            if (from.isBefore(to)) {
                latest = ep;
            }
        }
        if (latest == null) {
            return "no day in care in the period " + s + " to " + e + " before its 18th birthday (" + eighteen + ")"
                    + removals(h);
        }
        LocalDate t = min(latest.dischargeDate() == null ? e.plusDays(1) : latest.dischargeDate(), e.plusDays(1),
                asOf.plusDays(1));
        long days = ChronoUnit.DAYS.between(latest.removalDate(), t), months = ChronoUnit.MONTHS.between(
                latest.removalDate(), t);
        if (id == null) {
            return "in care " + months + " whole months from " + latest.removalDate() + " to " + t;
        }
        String needs = switch (id) {
            case PLACEMENT_STABILITY_UNDER_12M -> "8 days to under 12 whole months";
            case PLACEMENT_STABILITY_12_TO_24M -> "12 to 23 whole months";
            default -> "24 whole months or more";
        };
        return "in care " + months + " whole months (" + days + " days) from " + latest.removalDate() + " to " + t
                + "; the population needs " + needs;
    }

    /** Point in time: in care and under 18 on p = min(e, as-of); siblings in care for SIBLINGS_PLACED_TOGETHER. */
    private static String pointInTime(CaseData data, ChildHistory h, IndicatorId id, LocalDate e, LocalDate asOf,
                                      LocalDate eighteen) {
        LocalDate p = e.isBefore(asOf) ? e : asOf;
        if (!inCareOn(h, p)) {
            return "not in care on " + p + " (the period's last day, or the extract date)" + removals(h);
        }
        if (!p.isBefore(eighteen)) {
            return "18 or older on " + p + " (18th birthday " + eighteen + ")";
        }
        String group = h.child().siblingGroupId();
        if (id == IndicatorId.SIBLINGS_PLACED_TOGETHER) {
            if (group == null) {
                return "no sibling group (sibling_group_id is empty)";
            }
            long siblings = data.histories().filter(o -> !o.child().id().equals(h.child().id())
                    && group.equals(o.child().siblingGroupId()) && inCareOn(o, p)
                    && p.isBefore(o.child().birthDate().plusYears(18))).count();
            if (siblings == 0) {
                return "no sibling of group " + group + " in care and under 18 on " + p;
            }
        }
        if (id == IndicatorId.TIMELY_DENTAL_EXAM && h.child().birthDate().plusYears(1).isAfter(p)) {
            return "under 1 year old on " + p + " (first birthday " + h.child().birthDate().plusYears(1)
                    + "): the population is children 1 year old or more";
        }
        if (id == IndicatorId.CASEWORKER_CONTINUITY) {
            LocalDate yearBefore = p.minusMonths(12);
            LocalDate removal = h.episodes().stream().filter(ep -> !ep.removalDate().isAfter(p)
                    && (ep.dischargeDate() == null || !ep.dischargeDate().isBefore(p))).reduce((a, b) -> b)
                    .map(Episode::removalDate).orElseThrow();
            if (removal.isAfter(yearBefore)) {
                return "in care on " + p + " since " + removal + ", less than 12 months (the population needs a removal"
                        + " on or before " + yearBefore + ")";
            }
        }
        return "in care on " + p + ", but not in the population (no condition of its family failed)";
    }

    /**
     * TDM_AT_REMOVAL, MH_SCREENING_NEW_ENTRIES: no removal in the period, or each one's window
     * (removal + 3 days, + 30 days) ends after the extract date without the outcome yet (not due:
     * left out of both counts, as the timeliness indicators' referrals).
     */
    private static String notDueRemovals(ChildHistory h, IndicatorId id, LocalDate s, LocalDate e, LocalDate asOf) {
        List<LocalDate> removed = h.episodes().stream().map(Episode::removalDate)
                .filter(r -> !r.isBefore(s) && !r.isAfter(e)).toList();
        if (removed.isEmpty()) {
            return "no removal in the period " + s + " to " + e + removals(h);
        }
        int days = id == IndicatorId.TDM_AT_REMOVAL ? 3 : 30;
        String what = id == IndicatorId.TDM_AT_REMOVAL ? "Team Decision Making meeting" : "mental-health screening";
        return "not due yet: its removals in the period (" + removed.stream().map(LocalDate::toString)
                .collect(Collectors.joining(", ")) + ") have no " + what + " so far and their window (removal + "
                + days + " days) ends after the extract date (" + asOf + "); such a removal is left out of both counts"
                + " until its window has passed";
    }

    /** MH_SCREENING_NEW_IN_HOME: no opening in the period, or the first one's 30 days end after the extract date. */
    private static String notDueOpening(ChildHistory h, LocalDate s, LocalDate e, LocalDate asOf) {
        return h.inHomeCases().stream().filter(r -> !r.openDate().isBefore(s) && !r.openDate().isAfter(e))
                .findFirst().map(r -> "not due yet: its in-home services opened on " + r.openDate() + " (case "
                        + r.caseId() + "), with no mental-health screening so far, and the 30 days (to "
                        + r.openDate().plusDays(30) + ") end after the extract date (" + asOf + "); such an opening is"
                        + " left out of both counts until they have passed")
                .orElse("no in-home services opened in the period " + s + " to " + e + inHome(h));
    }

    /** CASELOAD: in care or served in home on p, under 18, carried by a worker with a spell covering p. */
    private static String caseload(CaseData data, ChildHistory h, LocalDate e, LocalDate asOf, LocalDate eighteen) {
        LocalDate p = e.isBefore(asOf) ? e : asOf;
        if (!p.isBefore(eighteen) || p.isBefore(h.child().birthDate())) {
            return "not under 18 on " + p + " (the period's last day, or the extract date; 18th birthday " + eighteen
                    + ")";
        }
        boolean servedInHome = h.inHomeCases().stream().anyMatch(r -> !r.openDate().isAfter(p)
                && (r.closeDate() == null || !r.closeDate().isBefore(p)));
        if (!inCareOn(h, p) && !servedInHome) {
            return "neither in care nor served in home on " + p + " (the period's last day, or the extract date)"
                    + removals(h) + inHome(h);
        }
        return "on " + p + " its assigned worker is none, or has no workers.csv spell that day: it is counted nowhere"
                + " (CASELOAD counts children per worker on staff)";
    }

    /** A referral of the priority (any for null) received in the period, whose due date has come. */
    private static String referral(ChildHistory h, LocalDate s, LocalDate e, LocalDate asOf, ResponsePriority priority,
                                   String kind) {
        List<MaltreatmentReport> received = h.reports().stream().filter(r -> priority == null
                || r.responsePriority() == priority).filter(r -> {
                    LocalDate day = r.receivedAt() != null ? r.receivedAt().toLocalDate() : r.reportDate();
                    return !day.isBefore(s) && !day.isAfter(e);
                }).toList();
        String what = (kind.isEmpty() ? "" : kind + " ") + "referral";
        if (received.isEmpty()) {
            return "no " + what + " of this child received in the period " + s + " to " + e;
        }
        return "its " + what + "s received in the period (" + received.stream().map(MaltreatmentReport::reportId)
                .distinct().collect(Collectors.joining(", ")) + ") are counted under the child of each report's first "
                + "row, or are not due yet on the extract date (" + asOf + ") and not met";
    }

    /** The reports that pass {@code which}, with their dispositions. */
    private static String reports(ChildHistory h, java.util.function.Predicate<MaltreatmentReport> which) {
        List<String> dated = h.reports().stream().filter(which).map(r -> r.reportDate() + " "
                + (r.disposition() == null ? "no disposition" : r.disposition())).distinct().toList();
        return dated.isEmpty() ? " (it has no report in the period)" : " (its reports in the period: "
                + String.join(", ", dated) + ")";
    }

    /** In care on day p (docs/input-files.md, Counting days: a discharge on p counts). */
    private static boolean inCareOn(ChildHistory h, LocalDate p) {
        return h.episodes().stream().anyMatch(ep -> !ep.removalDate().isAfter(p)
                && (ep.dischargeDate() == null || !ep.dischargeDate().isBefore(p)));
    }

    private static LocalDate min(LocalDate a, LocalDate... rest) {
        LocalDate m = a;
        for (LocalDate d : rest) {
            m = d.isBefore(m) ? d : m;
        }
        return m;
    }
}
