package org.childstat.indicators.scorecard.grid;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.internal.JsonString;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.Level;
import org.childstat.indicators.scorecard.cases.CaseSelection;

/**
 * The office book's section "In-home cases open 18 months or longer" (docs/scorecard.md): for
 * each office, the in-home services cases in the numerator of IN_HOME_OPEN_18M_PLUS for the
 * grid's period, attributed to it, each with the {@code childstat present} command that makes its
 * review packet. New Jersey's ChildStat reviews exactly these families, so the book lists them all,
 * not a draw.
 *
 * <p>Built in one pass over the cases for every office at once ({@link CaseSelection#selectAll},
 * which attributes a case as the engine does: its first row's worker on {@code p}, that worker's
 * unit, the unit's office), so a run costs one pass however many offices it has. The page holds
 * it as JSON in a script element, escaped for one ({@link JsonString}); the page's script writes
 * it as text. Immutable and thread-safe.
 */
public final class InHomeLongOpen {
    /** What a shell takes as one word without quotes. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./-]+");

    /** One case: its id, its open date, the whole months it has been open on p, its children, the command. */
    record Row(String caseId, LocalDate opened, int months, List<String> children, String command) {
    }

    private final ReportingPeriod period;
    private final LocalDate on;
    private final boolean hasFile;
    private final Map<String, List<Row>> byOffice;

    private InHomeLongOpen(ReportingPeriod period, LocalDate on, boolean hasFile, Map<String, List<Row>> byOffice) {
        this.period = period;
        this.on = on;
        this.hasFile = hasFile;
        this.byOffice = byOffice;
    }

    /**
     * The section of every office of the card.
     *
     * @param data    the extract
     * @param card    the grid: its period and its OFFICE rows
     * @param dataDir the run's data folder as given to {@code run}, for the commands
     * @return the cases open 18 months or longer of each office of the card
     */
    public static InHomeLongOpen of(CaseData data, Scorecard card, String dataDir) {
        return of(data, card.period(), card.rows().stream().filter(r -> r.level() == Level.OFFICE)
                .map(r -> ScorecardPage.key(Level.OFFICE, r.entityId())).toList(), dataDir);
    }

    /** The section of the offices given as {@code OFFICE:ID} keys, for the period. */
    static InHomeLongOpen of(CaseData data, ReportingPeriod period, List<String> offices, String dataDir) {
        LocalDate on = period.end().isAfter(data.asOf()) ? data.asOf() : period.end();
        Map<String, List<Row>> byOffice = new LinkedHashMap<>();
        if (!data.hasInHomeCases()) {
            return new InHomeLongOpen(period, on, false, byOffice);
        }
        CaseSelection.selectAll(data, IndicatorId.IN_HOME_OPEN_18M_PLUS, period, offices, 0, 0).forEach((key, s) -> {
            List<Row> rows = new ArrayList<>();
            for (CaseSelection.Case c : s.candidates()) {
                if (c.missed()) { // in the numerator: open 18 months or more on p
                    LocalDate opened = c.explanation().dates().get("case_open");
                    rows.add(new Row(c.key(), opened, monthsOpen(opened, on), c.children(), command(dataDir, c.key())));
                }
            }
            rows.sort(Comparator.comparing(Row::opened).thenComparing(Row::caseId));
            byOffice.put(key, List.copyOf(rows));
        });
        return new InHomeLongOpen(period, on, true, byOffice);
    }

    /** The office's rows, oldest first; empty when it has none (or is not in the card). */
    List<Row> rows(String officeKey) {
        return byOffice.getOrDefault(officeKey, List.of());
    }

    /** The one line the section shows in place of rows: no in-home file, or no such case. */
    String emptyLine() {
        return hasFile ? "No case of this office has been open 18 months or longer on " + on + "."
                : "The extract has no in-home cases file (in_home_cases.csv), so the in-home indicators are NO_DATA "
                + "and there is no case to list.";
    }

    /**
     * The whole months from {@code opened} to {@code on}: the largest m with
     * {@code opened.plusMonths(m)} on or before {@code on}, the reading of the indicator's
     * {@code p >= open.plusMonths(18)}, so every row reads 18 or more ({@link ChronoUnit#MONTHS}
     * alone says 0 months from January 31 to February 28, where plusMonths says 1).
     */
    static int monthsOpen(LocalDate opened, LocalDate on) {
        long m = ChronoUnit.MONTHS.between(opened, on);
        while (!opened.plusMonths(m + 1).isAfter(on)) {
            m++;
        }
        return (int) m;
    }

    /** The command that makes a case's review packet (docs/in-home.md), quoted for a POSIX shell. */
    static String command(String dataDir, String caseId) {
        return "childstat present --data " + shell(dataDir) + " --case " + shell(caseId) + " --out "
                + shell(caseId + ".html");
    }

    /** One shell word: as it is when only {@code [A-Za-z0-9_./-]}, else in single quotes ({@code '} as {@code '\''}). */
    static String shell(String s) {
        return PLAIN.matcher(s).matches() ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    /**
     * The section's data for the page's script: the period, p, the empty line, and by office key
     * its rows as {@code [case, opened, months, [children], command]}; every string escaped for a
     * script element ({@code <}, {@code >}, {@code &}, U+2028 and U+2029 as {@code \\uXXXX}).
     */
    String json() {
        StringBuilder j = new StringBuilder("{\"period\":").append(json(period.label())).append(",\"on\":")
                .append(json(on.toString())).append(",\"empty\":").append(json(emptyLine())).append(",\"offices\":{");
        boolean firstOffice = true;
        for (Map.Entry<String, List<Row>> e : byOffice.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            j.append(firstOffice ? "" : ",").append(json(e.getKey())).append(":[");
            firstOffice = false;
            boolean first = true;
            for (Row r : e.getValue()) {
                j.append(first ? "[" : ",[").append(json(r.caseId())).append(',').append(json(r.opened().toString()))
                        .append(',').append(r.months()).append(",[");
                for (int i = 0; i < r.children().size(); i++) {
                    j.append(i == 0 ? "" : ",").append(json(r.children().get(i)));
                }
                j.append("],").append(json(r.command())).append(']');
                first = false;
            }
            j.append(']');
        }
        return j.append("}}").toString();
    }

    private static String json(String s) {
        return JsonString.of(s, true);
    }
}
