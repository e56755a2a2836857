package org.childstat.indicators.scorecard.present;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;
import org.childstat.indicators.core.model.Assignment;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.ChildHistory;
import org.childstat.indicators.core.model.Contact;
import org.childstat.indicators.core.model.ContactType;
import org.childstat.indicators.core.model.Episode;
import org.childstat.indicators.core.model.HealthExam;
import org.childstat.indicators.core.model.InHomeCase;
import org.childstat.indicators.core.model.MaltreatmentReport;
import org.childstat.indicators.core.model.Meeting;
import org.childstat.indicators.core.model.MeetingType;
import org.childstat.indicators.core.model.Placement;
import org.childstat.indicators.core.model.WorkerSpell;

/**
 * The dated timeline of a family's children (docs/in-home.md, The case presentation): every
 * report row, in-home case row opened and closed, removal, placement, discharge and worker
 * assignment of each child, and the child's in-person contacts month by month, with the key
 * decision points marked. Stateless.
 */
final class Timeline {
    private Timeline() {
    }

    /**
     * The entries of these children, by date, then kind, then the children's order, then record.
     *
     * @param data     the extract (for the workers' units)
     * @param children the children, in the family's order
     * @param since    the update's date: entries after it are marked new; null for none
     */
    static List<Event> of(CaseData data, List<ChildHistory> children, LocalDate since) {
        List<Event> out = new ArrayList<>();
        List<WorkerSpell> spells = data.workerSpells();
        for (ChildHistory h : children) {
            String child = h.child().id();
            for (MaltreatmentReport r : h.reports()) {
                StringBuilder d = new StringBuilder("priority ")
                        .append(r.responsePriority() == null ? "not recorded" : words(r.responsePriority().name()))
                        .append("; disposition ").append(words(r.disposition().name()));
                if (r.incidentDate() != null) {
                    d.append("; incident ").append(r.incidentDate());
                }
                if (r.maltreatmentDeath()) {
                    d.append("; maltreatment death");
                }
                if (r.workerId() != null) {
                    d.append("; worker ").append(r.workerId());
                }
                out.add(new Event(r.reportDate(), Event.Kind.REPORT, child, r.reportId(), d.toString(),
                        "disposition: " + words(r.disposition().name()), false));
            }
            for (InHomeCase c : h.inHomeCases()) {
                out.add(new Event(c.openDate(), Event.Kind.IN_HOME_OPEN, child, c.caseId(), "case " + c.caseId()
                        + (c.closeDate() == null ? ", open on the as-of date" : ", closed " + c.closeDate()), null,
                        false));
                if (c.closeDate() != null) {
                    out.add(new Event(c.closeDate(), Event.Kind.IN_HOME_CLOSE, child, c.caseId(), "case " + c.caseId()
                            + ", opened " + c.openDate(), null, false));
                }
            }
            for (Episode e : h.episodes()) {
                out.add(new Event(e.removalDate(), Event.Kind.REMOVAL, child, e.id(), "episode " + e.id()
                        + (e.dischargeDate() == null ? ", in care on the as-of date" : ", until " + e.dischargeDate()),
                        "removal", false));
                Placement previous = null;
                for (Placement p : h.placementsOf(e)) {
                    String setting = words(p.setting().name());
                    String d = setting + (p.providerId() == null ? ", provider not recorded" : ", provider "
                            + p.providerId()) + (p.temporary() ? ", temporary" : "");
                    String decision = previous == null ? null
                            : "placement change: " + words(previous.setting().name()) + " to " + setting;
                    out.add(new Event(p.startDate(), Event.Kind.PLACEMENT, child, p.id(), d, decision, false));
                    previous = p;
                }
                if (e.dischargeDate() != null) {
                    String reason = e.dischargeReason() == null ? "not recorded" : words(e.dischargeReason().name());
                    out.add(new Event(e.dischargeDate(), Event.Kind.DISCHARGE, child, e.id(), "episode " + e.id()
                            + ", reason " + reason, "discharge: " + reason, false));
                }
            }
            for (Meeting m : h.meetings()) {
                out.add(new Event(m.date(), Event.Kind.MEETING, child, m.meetingId(),
                        (m.type() == MeetingType.TDM ? "Team Decision Making (TDM)" : "other meeting") + ", meeting "
                                + m.meetingId() + (m.workerId() == null ? "" : "; worker " + m.workerId()), null, false));
            }
            for (HealthExam x : h.healthExams()) {
                out.add(new Event(x.date(), Event.Kind.EXAM, child, null, switch (x.type()) {
                    case MEDICAL -> "medical exam";
                    case DENTAL -> "dental exam";
                    case MH_SCREENING -> "mental-health screening";
                }, null, false));
            }
            String worker = null;
            for (Assignment a : h.assignments()) {
                String unit = unitOn(spells, a.workerId(), a.startDate());
                String d = "worker " + a.workerId() + (unit == null ? "" : ", unit " + unit)
                        + (a.endDate() == null ? "" : ", until " + a.endDate());
                String decision = worker == null || worker.equals(a.workerId()) ? null
                        : "change of worker: " + worker + " to " + a.workerId();
                out.add(new Event(a.startDate(), Event.Kind.ASSIGNMENT, child, a.workerId(), d, decision, false));
                worker = a.workerId();
            }
            contacts(h, data.asOf(), out);
        }
        List<String> order = children.stream().map(h -> h.child().id()).toList();
        out.sort(Comparator.comparing(Event::date).thenComparing(Event::kind)
                .thenComparingInt(e -> order.indexOf(e.childId()))
                .thenComparing(Event::recordId, Comparator.nullsFirst(Comparator.naturalOrder())));
        if (since != null) {
            out.replaceAll(e -> e.markedNew(e.date().isAfter(since)));
        }
        return out;
    }

    /**
     * One entry per calendar month in which the child was served in home or in care on some day,
     * or had a contact: the number of its in-person contacts that month. The month is dated on its
     * last day, or on the as-of date for the month that holds it.
     */
    private static void contacts(ChildHistory h, LocalDate asOf, List<Event> out) {
        TreeMap<YearMonth, Integer> inPerson = new TreeMap<>();
        TreeSet<YearMonth> months = new TreeSet<>();
        for (Contact c : h.contacts()) {
            YearMonth m = YearMonth.from(c.contactDate());
            months.add(m);
            if (c.contactType() == ContactType.IN_PERSON) {
                inPerson.merge(m, 1, Integer::sum);
            }
        }
        for (InHomeCase c : h.inHomeCases()) {
            span(c.openDate(), c.closeDate() == null ? asOf : c.closeDate(), months);
        }
        for (Episode e : h.episodes()) {
            span(e.removalDate(), e.dischargeDate() == null ? asOf : e.dischargeDate(), months);
        }
        YearMonth last = YearMonth.from(asOf);
        for (YearMonth m : months) {
            if (m.isAfter(last)) {
                break;
            }
            int n = inPerson.getOrDefault(m, 0);
            out.add(new Event(m.equals(last) ? asOf : m.atEndOfMonth(), Event.Kind.CONTACTS, h.child().id(), null,
                    m + ": " + (n == 0 ? "no in-person contact" : n == 1 ? "1 in-person contact" : n
                            + " in-person contacts"), null, false));
        }
    }

    private static void span(LocalDate from, LocalDate to, TreeSet<YearMonth> months) {
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m);
        }
    }

    /** The worker's unit on a date (its spell in workers.csv), or null when no spell covers it. */
    private static String unitOn(List<WorkerSpell> spells, String workerId, LocalDate date) {
        for (WorkerSpell w : spells) {
            if (w.workerId().equals(workerId) && !w.startDate().isAfter(date)
                    && (w.endDate() == null || !w.endDate().isBefore(date))) {
                return w.unitId();
            }
        }
        return null;
    }

    /** A code in words: {@code NON_RELATIVE_FOSTER_HOME} as {@code non-relative foster home}. */
    static String words(String code) {
        String s = code.toLowerCase(Locale.ROOT).replace('_', ' ');
        return s.replace("non relative", "non-relative").replace("five day", "five-day");
    }
}
