package org.childstat.indicators.scorecard.present;

import java.time.LocalDate;
import java.util.Map;
import java.util.StringJoiner;
import org.childstat.indicators.cohort.Explanation;
import org.childstat.indicators.core.indicator.IndicatorResult;
import org.childstat.indicators.core.indicator.ResultTable;
import org.childstat.indicators.core.internal.JsonString;

/**
 * A case presentation as JSON (docs/in-home.md, The case presentation, JSON): the same content as
 * the page, with codes instead of words where the model has them, numbers as results.csv writes
 * them, every string through {@code JsonString}. Stateless.
 */
final class PresentationJson {
    private PresentationJson() {
    }

    static String of(CasePresentation p) {
        StringBuilder j = new StringBuilder(32_768).append("{\n");
        j.append("  \"tool\": \"childstat present\",\n");
        j.append("  \"notice\": \"For internal case review only\",\n");
        j.append("  \"subject\": ").append(str(p.subject().name())).append(",\n");
        j.append("  \"id\": ").append(str(p.id())).append(",\n");
        j.append("  \"as_of\": ").append(date(p.asOf())).append(",\n");
        j.append("  \"since\": ").append(date(p.since())).append(",\n");
        j.append("  \"case_open\": ").append(date(p.caseOpen())).append(",\n");
        j.append("  \"case_close\": ").append(date(p.caseClose())).append(",\n");
        StringJoiner family = new StringJoiner(",\n", "[\n", "\n  ]").setEmptyValue("[]");
        for (CasePresentation.Member m : p.family()) {
            family.add("    {\"child_id\": " + str(m.childId()) + ", \"age\": " + m.age() + ", \"sex\": "
                    + str(m.sex() == null ? null : m.sex().code()) + "}");
        }
        j.append("  \"family\": ").append(family).append(",\n");
        StringJoiner timeline = new StringJoiner(",\n", "[\n", "\n  ]").setEmptyValue("[]");
        for (Event e : p.timeline()) {
            timeline.add("    {\"date\": " + date(e.date()) + ", \"kind\": " + str(e.kind().name()) + ", \"child_id\": "
                    + str(e.childId()) + ", \"record_id\": " + str(e.recordId()) + ", \"detail\": " + str(e.detail())
                    + ", \"decision\": " + str(e.decision()) + ", \"new\": " + e.isNew() + "}");
        }
        j.append("  \"timeline\": ").append(timeline).append(",\n");
        StringJoiner counts = new StringJoiner(",\n", "[\n", "\n  ]").setEmptyValue("[]");
        for (Quantity q : p.quantities()) {
            counts.add("    {\"child_id\": " + str(q.childId()) + ", \"indicator\": " + str(q.indicator().id())
                    + ",\n      \"now\": " + count(q.now(), p.asOf()) + ",\n      \"before\": "
                    + count(q.before(), p.since()) + "}");
        }
        j.append("  \"counts\": ").append(counts).append("\n}\n");
        return j.toString();
    }

    private static String count(Quantity.Count c, LocalDate asOf) {
        if (c == null) {
            return "null";
        }
        Explanation e = c.explanation();
        StringJoiner dates = new StringJoiner(", ", "{", "}");
        for (Map.Entry<String, LocalDate> d : e.dates().entrySet()) {
            dates.add(str(d.getKey()) + ": " + date(d.getValue()));
        }
        return "{\"period\": " + str(c.period().label()) + ", \"period_start\": " + date(c.period().start())
                + ", \"period_end\": " + date(c.period().end()) + ", \"status\": " + str(e.status().name())
                + ", \"exclusion\": " + str(e.exclusion() == null ? null : e.exclusion().name())
                + ", \"numerator\": " + e.numerator() + ", \"denominator\": " + e.denominator()
                + ", \"value\": " + (e.value() == null ? "null" : e.value().toString())
                + ", \"pending\": " + e.pending(asOf)
                + ", \"episode_id\": " + str(e.episodeId()) + ", \"report_id\": " + str(e.reportId())
                + ", \"case_id\": " + str(e.caseId()) + ", \"worker_id\": " + str(e.workerId())
                + ", \"unit_id\": " + str(e.unitId()) + ", \"dates\": " + dates
                + ",\n        \"office_id\": " + str(c.officeId()) + ", \"office\": " + result(c.office())
                + ",\n        \"county\": " + result(c.county()) + "}";
    }

    private static String result(IndicatorResult r) {
        if (r == null) {
            return "null";
        }
        return "{\"status\": " + str(r.status().name()) + ", \"numerator\": " + r.numerator() + ", \"denominator\": "
                + r.denominator() + ", \"value\": " + num(r.value()) + ", \"lower95\": " + num(r.lower95())
                + ", \"upper95\": " + num(r.upper95()) + "}";
    }

    private static String num(Double x) {
        String s = ResultTable.number(x, false);
        return s == null ? "null" : s;
    }

    private static String str(String s) {
        return JsonString.of(s, false);
    }

    private static String date(LocalDate d) {
        return d == null ? "null" : "\"" + d + "\"";
    }
}
