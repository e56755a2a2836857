package org.childstat.indicators.scorecard.present;

import static org.childstat.indicators.core.internal.Markup.escape;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.childstat.indicators.cohort.Explanation;
import org.childstat.indicators.core.indicator.Indicator;
import org.childstat.indicators.core.indicator.IndicatorResult;
import org.childstat.indicators.core.indicator.ResultStatus;

/**
 * A case presentation as one self-contained HTML page: the notice that it is for internal case
 * review, the family, the case history (a table of dated entries, decision points and new
 * entries marked in words as well as in colour, so that a printout keeps them), and each
 * child's counts beside its office's and the county's values. No script and no request for
 * anything else; every id and code goes through {@code Markup.escape}. Stateless.
 */
final class PresentationPage {
    private static final String STYLE = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;margin:24px auto;\
            max-width:1100px;padding:0 16px}
            h1{font-size:22px;margin:8px 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #ccc}
            h3{font-size:15px;margin:18px 0 6px}
            .notice{background:#fff4d6;border:1px solid #e0b84c;padding:8px 12px;font-weight:600}
            .meta{color:#444;margin:0 0 8px}
            table{border-collapse:collapse;width:100%;margin:4px 0 12px}
            th,td{border-bottom:1px solid #e2e2e2;padding:4px 8px;text-align:left;vertical-align:top}
            td.date,td.period{white-space:nowrap}
            #family{width:auto}
            th{background:#f3f3f3;font-weight:600}
            td.num{text-align:right;font-variant-numeric:tabular-nums}
            tr.decision td{background:#eef4ff}
            .mark{display:inline-block;font-size:12px;font-weight:700;padding:0 5px;border-radius:3px;margin-right:4px}
            .mark.d{background:#1f4e9c;color:#fff}.mark.n{background:#b3261e;color:#fff}
            .why{color:#555;font-size:12px}
            .pending{color:#8a5a00;font-weight:600}
            @media print{.notice{border:2px solid #000}tr{break-inside:avoid}}
            """;

    private static final String NEW = "<span class=\"mark n\">new</span>";

    private PresentationPage() {
    }

    static String of(CasePresentation p) {
        StringBuilder h = new StringBuilder(32_768);
        String title = (p.subject() == CasePresentation.Subject.CASE ? "In-home case " : "Child ") + p.id();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Case presentation: ").append(escape(title)).append("</title>\n<style>\n")
                .append(STYLE).append("</style>\n</head>\n<body>\n");
        h.append("<p class=\"notice\" id=\"notice\">For internal case review only. This page holds record ids, dates "
                + "and codes from the agency's extract, and no names; do not share it outside the review.</p>\n");
        h.append("<h1>Case presentation: ").append(escape(title)).append("</h1>\n");
        h.append("<p class=\"meta\" id=\"as-of\">As known on ").append(p.asOf());
        if (p.since() != null) {
            h.append(". Case and practice update: entries after ").append(p.since())
                    .append(" are marked <span class=\"mark n\">new</span>, and each count is shown as known on ")
                    .append(p.since()).append(" and on ").append(p.asOf());
        }
        h.append(".</p>\n");
        if (p.caseOpen() != null) {
            long months = ChronoUnit.MONTHS.between(p.caseOpen(),
                    p.caseClose() == null ? p.asOf() : p.caseClose());
            h.append("<p class=\"meta\" id=\"case-span\">Case opened ").append(p.caseOpen())
                    .append(p.caseClose() == null ? ", open on " + p.asOf() + ": " : ", closed " + p.caseClose() + ": ")
                    .append(months).append(months == 1 ? " month" : " months").append(".</p>\n");
        }
        family(h, p);
        timeline(h, p);
        quantities(h, p);
        h.append("<p class=\"meta\">Written by childstat present. Counts: the latest of the 24 rolling 12-month "
                + "periods in which the child counts (as childstat explain), with the values of the office its count "
                + "is attributed to and of the county in that period.</p>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void family(StringBuilder h, CasePresentation p) {
        h.append("<h2>Family</h2>\n<table id=\"family\">\n<thead><tr><th>Child</th><th>Age on ").append(p.asOf())
                .append("</th><th>Sex</th></tr></thead>\n<tbody>\n");
        for (CasePresentation.Member m : p.family()) {
            h.append("<tr><td>").append(escape(m.childId())).append("</td><td class=\"num\">").append(m.age())
                    .append("</td><td>").append(m.sex() == null ? "not recorded" : escape(m.sex().code())).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static void timeline(StringBuilder h, CasePresentation p) {
        long decisions = p.timeline().stream().filter(Event::decisionPoint).count();
        long fresh = p.timeline().stream().filter(Event::isNew).count();
        h.append("<h2>Case history</h2>\n<p class=\"meta\">").append(p.timeline().size()).append(" entries, ")
                .append(decisions).append(" of them <span class=\"mark d\">decision</span> points (each report's "
                        + "disposition, removal, change of placement, discharge and change of worker)");
        if (p.since() != null) {
            h.append("; ").append(fresh).append(" <span class=\"mark n\">new</span> since ").append(p.since());
        }
        h.append(".</p>\n<table id=\"timeline\">\n<thead><tr><th>Date</th><th>Child</th><th>What</th><th>Record</th>"
                + "<th>Details</th><th>Decision</th></tr></thead>\n<tbody>\n");
        List<Event> t = p.timeline();
        for (int i = 0; i < t.size(); i++) {
            Event e = t.get(i);
            if (e.kind() == Event.Kind.CONTACTS) { // the family's month on one row
                int j = i;
                StringBuilder children = new StringBuilder(), counts = new StringBuilder();
                for (; j < t.size() && t.get(j).kind() == Event.Kind.CONTACTS && t.get(j).date().equals(e.date()); j++) {
                    Event c = t.get(j);
                    children.append(j == i ? "" : ", ").append(escape(c.childId()));
                    String n = c.detail().substring(c.detail().indexOf(": ") + 2);
                    counts.append(j == i ? "" : "; ").append(escape(c.childId())).append(": ")
                            .append(n.startsWith("no ") ? "<b>none</b>" : escape(n.substring(0, n.indexOf(' '))));
                }
                h.append("<tr data-kind=\"CONTACTS\"><td class=\"date\">").append(e.isNew() ? NEW : "")
                        .append(e.date()).append("</td><td>").append(children).append("</td><td>")
                        .append(escape(e.kind().label())).append("</td><td>")
                        .append(escape(e.detail().substring(0, e.detail().indexOf(':')))).append("</td><td>")
                        .append(counts).append("</td><td></td></tr>\n");
                i = j - 1;
                continue;
            }
            h.append("<tr data-kind=\"").append(e.kind().name()).append('"')
                    .append(e.decisionPoint() ? " class=\"decision\"" : "").append("><td class=\"date\">")
                    .append(e.isNew() ? NEW : "").append(e.date()).append("</td><td>").append(escape(e.childId()))
                    .append("</td><td>").append(escape(e.kind().label())).append("</td><td>")
                    .append(escape(e.recordId())).append("</td><td>").append(escape(e.detail())).append("</td><td>");
            if (e.decisionPoint()) {
                h.append("<span class=\"mark d\">decision</span>").append(escape(e.decision()));
            }
            h.append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static void quantities(StringBuilder h, CasePresentation p) {
        h.append("<h2>Counts</h2>\n");
        Map<String, List<Quantity>> byChild = new LinkedHashMap<>();
        p.family().forEach(m -> byChild.put(m.childId(), new ArrayList<>()));
        p.quantities().forEach(q -> byChild.get(q.childId()).add(q));
        boolean update = p.since() != null;
        byChild.forEach((child, qs) -> {
            h.append("<h3>Child ").append(escape(child)).append("</h3>\n");
            if (qs.isEmpty()) {
                h.append("<p class=\"meta\">Counts in no indicator in any of the periods.</p>\n");
                return;
            }
            h.append("<table class=\"counts\" data-child=\"").append(escape(child)).append("\">\n<thead>");
            if (update) {
                h.append("<tr><th rowspan=\"2\">Indicator</th><th colspan=\"4\">As known on ").append(p.since())
                        .append("</th><th colspan=\"4\">As known on ").append(p.asOf()).append("</th></tr>\n<tr>");
                h.append(COLUMNS).append(COLUMNS);
            } else {
                h.append("<tr><th>Indicator</th>").append(COLUMNS);
            }
            h.append("</tr></thead>\n<tbody>\n");
            for (Quantity q : qs) {
                h.append("<tr><td>").append(escape(q.indicator().id())).append("<div class=\"why\">")
                        .append(escape(q.indicator().title())).append("</div></td>");
                if (update) {
                    count(h, q.indicator(), q.before(), p.since());
                }
                count(h, q.indicator(), q.now(), p.asOf());
                h.append("</tr>\n");
            }
            h.append("</tbody>\n</table>\n");
        });
    }

    private static final String COLUMNS = "<th>Period</th><th>This child</th><th>Its office</th><th>County</th>";

    private static void count(StringBuilder h, Indicator id, Quantity.Count c, LocalDate asOf) {
        if (c == null) {
            h.append("<td colspan=\"4\" class=\"why\">not in the population of any period</td>");
            return;
        }
        Explanation e = c.explanation();
        h.append("<td class=\"period\">").append(escape(c.period().label())).append("</td><td>")
                .append(escape(child(e)));
        if (e.pending(asOf)) {
            h.append("<div class=\"pending\">pending: its follow-up runs to ")
                    .append(e.dates().get("outcome_window_end")).append("</div>");
        }
        h.append("<div class=\"why\">").append(escape(evidence(e))).append("</div></td><td>");
        if (c.officeId() == null) {
            h.append("<span class=\"why\">not attributed to an office</span>");
        } else {
            h.append(escape(c.officeId())).append(": ").append(escape(value(id, c.office())));
        }
        h.append("</td><td>").append(escape(value(id, c.county()))).append("</td>");
    }

    /** The child's status and contribution in words. */
    static String child(Explanation e) {
        String unit = e.indicator().countedIn();
        return switch (e.status()) {
            case EXCLUDED -> "excluded: " + e.exclusion();
            case NOT_IN_POPULATION -> "not in the population";
            default -> switch (e.indicator().unit()) {
                case RATE -> e.numerator() + (e.numerator() == 1 ? " event in " : " events in ") + e.denominator()
                        + " days";
                case MEDIAN_DAYS -> "in the median: " + e.value() + " days";
                case COUNT -> "counted: " + e.numerator();
                case RATIO -> "counted in its worker's caseload";
                case PERCENT -> (e.status() == Explanation.Status.IN_NUMERATOR ? "in the numerator"
                        : "in the denominator only") + (e.denominator() == 1 ? ""
                        : " (" + e.numerator() + " of " + e.denominator() + " " + unit + ")");
            };
        };
    }

    /** The records and attribution behind the child's count. */
    private static String evidence(Explanation e) {
        StringBuilder s = new StringBuilder();
        if (e.episodeId() != null) {
            s.append("episode ").append(e.episodeId()).append("; ");
        }
        if (e.reportId() != null) {
            s.append("report ").append(e.reportId()).append("; ");
        }
        if (e.caseId() != null) {
            s.append("case ").append(e.caseId()).append("; ");
        }
        if (e.workerId() != null) {
            s.append("worker ").append(e.workerId()).append(", unit ").append(e.unitId());
            if (e.dates().containsKey("attribution")) {
                s.append(" on ").append(e.dates().get("attribution"));
            }
        }
        String out = s.toString();
        return out.endsWith("; ") ? out.substring(0, out.length() - 2) : out;
    }

    /** A result's value in words, with its counts and any status that keeps it from being a finding. */
    static String value(Indicator id, IndicatorResult r) {
        if (r == null) {
            return "no result";
        }
        if (r.status() == ResultStatus.NO_DATA) {
            return "no data";
        }
        if (r.status() == ResultStatus.SUPPRESSED || r.value() == null) {
            return "suppressed (too few to show)";
        }
        double v = r.value();
        String shown = switch (id.unit()) {
            case PERCENT -> String.format(Locale.ROOT, "%.1f%% (%s of %s)", v, n(r.numerator()), n(r.denominator()));
            case RATE -> String.format(Locale.ROOT, "%.2f per %,d days (%s in %s days)", v, id.scale(),
                    n(r.numerator()), n(r.denominator()));
            case MEDIAN_DAYS -> String.format(Locale.ROOT, "%.0f days (median of %s)", v, n(r.denominator()));
            case COUNT -> String.format(Locale.ROOT, "%d", Math.round(v));
            case RATIO -> String.format(Locale.ROOT, "%.1f children per worker (%s children, %s workers)", v,
                    n(r.numerator()), n(r.denominator()));
        };
        return r.status() == ResultStatus.INCOMPLETE ? shown + ", incomplete: follow-up still running" : shown;
    }

    /** A count with thousands separators, or a dash for a blank. */
    private static String n(Long x) {
        return x == null ? "-" : String.format(Locale.ROOT, "%,d", x);
    }
}
