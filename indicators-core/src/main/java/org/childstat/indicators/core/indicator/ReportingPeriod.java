package org.childstat.indicators.core.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a closed date range {@code [start, end]} with its label (docs/input-files.md,
 * periods).
 * Standard labels: federal fiscal years {@code FFY2024} (2023-10-01 to 2024-09-30), AFCARS
 * 12-month periods {@code 24A24B} (the same) and {@code 24B25A} (2024-04-01 to 2025-03-31),
 * calendar years {@code CY2024}, and rolling 12-month periods ending on a month end
 * {@code R12M-2024-06} (2023-07-01 to 2024-06-30). Immutable and thread-safe.
 *
 * @param label the label
 * @param start first day
 * @param end   last day (inclusive)
 */
public record ReportingPeriod(String label, LocalDate start, LocalDate end) implements Comparable<ReportingPeriod> {
    private static final Pattern FFY = Pattern.compile("FFY(\\d{4})");
    private static final Pattern CY = Pattern.compile("CY(\\d{4})");
    private static final Pattern AFCARS = Pattern.compile("(\\d{2})([AB])(\\d{2})([AB])");
    private static final Pattern R12M = Pattern.compile("R12M-(\\d{4})-(\\d{2})");
    private static final Pattern ROLLING = Pattern.compile("rolling:(\\d{1,3})");
    private static final Pattern MONTH = Pattern.compile("M(\\d{4})-(\\d{2})");

    /**
     * Checks the range.
     *
     * @param label the label
     * @param start first day
     * @param end   last day (inclusive)
     * @throws IllegalArgumentException if {@code end} is before {@code start}
     */
    public ReportingPeriod {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period " + label + " ends (" + end + ") before it starts (" + start + ")");
        }
    }

    /**
     * The period with a standard label.
     *
     * @param label {@code FFY2024}, {@code CY2024}, {@code R12M-2024-06}, {@code M2024-06}, or two
     *              consecutive AFCARS files such as {@code 24A24B}
     * @return the period
     * @throws IllegalArgumentException for any other text, naming the forms expected
     */
    public static ReportingPeriod parse(String label) {
        Objects.requireNonNull(label, "label");
        Matcher m;
        if ((m = FFY.matcher(label)).matches()) {
            return federalFiscalYear(Integer.parseInt(m.group(1)));
        }
        if ((m = CY.matcher(label)).matches()) {
            int y = Integer.parseInt(m.group(1));
            return new ReportingPeriod(label, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        }
        if ((m = R12M.matcher(label)).matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                return rollingEnding(YearMonth.of(Integer.parseInt(m.group(1)), month));
            }
        }
        if ((m = MONTH.matcher(label)).matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                return month(YearMonth.of(Integer.parseInt(m.group(1)), month));
            }
        }
        if ((m = AFCARS.matcher(label)).matches()) {
            int y1 = 2000 + Integer.parseInt(m.group(1)), y2 = 2000 + Integer.parseInt(m.group(3));
            boolean a1 = m.group(2).equals("A"), a2 = m.group(4).equals("A");
            if ((a1 && !a2 && y1 == y2) || (!a1 && a2 && y2 == y1 + 1)) {
                LocalDate start = a1 ? LocalDate.of(y1 - 1, 10, 1) : LocalDate.of(y1, 4, 1);
                return new ReportingPeriod(label, start, start.plusYears(1).minusDays(1));
            }
        }
        throw new IllegalArgumentException("'" + label + "' is not a period label; expected FFY2024, CY2024, "
                + "R12M-2024-06, M2024-06 (one month), or two consecutive AFCARS files such as 24A24B or 24B25A");
    }

    /**
     * Federal fiscal year {@code FFY<year>}: October 1 of the year before to September 30.
     *
     * @param year the fiscal year (the calendar year it ends in)
     * @return the period
     */
    public static ReportingPeriod federalFiscalYear(int year) {
        return new ReportingPeriod("FFY" + year, LocalDate.of(year - 1, 10, 1), LocalDate.of(year, 9, 30));
    }

    /**
     * The rolling 12-month period ending with this month: {@code R12M-yyyy-MM}.
     *
     * @param last the period's last month
     * @return the twelve months ending with {@code last}
     */
    public static ReportingPeriod rollingEnding(YearMonth last) {
        return new ReportingPeriod(String.format("R12M-%04d-%02d", last.getYear(), last.getMonthValue()),
                last.minusMonths(11).atDay(1), last.atEndOfMonth());
    }

    /**
     * One calendar month, {@code M2024-06}: an addition to the standard labels, for the
     * monthly series that control charts need (consecutive rolling 12-month values overlap).
     *
     * @param month the month
     * @return the period from its first to its last day
     */
    public static ReportingPeriod month(YearMonth month) {
        return new ReportingPeriod(String.format("M%04d-%02d", month.getYear(), month.getMonthValue()),
                month.atDay(1), month.atEndOfMonth());
    }

    /**
     * The {@code n} calendar months ending with the last month end on or before {@code asOf}, oldest first.
     *
     * @param n    how many months, at least 1
     * @param asOf the as-of date
     * @return the months, oldest first
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public static List<ReportingPeriod> months(int n, LocalDate asOf) {
        if (n < 1) {
            throw new IllegalArgumentException("months needs at least 1, got " + n);
        }
        YearMonth last = YearMonth.from(asOf);
        if (!asOf.equals(last.atEndOfMonth())) {
            last = last.minusMonths(1);
        }
        List<ReportingPeriod> out = new ArrayList<>();
        for (int i = n - 1; i >= 0; i--) {
            out.add(month(last.minusMonths(i)));
        }
        return out;
    }

    /**
     * The {@code n} rolling 12-month periods ending on the last {@code n} month ends on or before
     * {@code asOf}, oldest first ({@code --periods rolling:N}).
     *
     * @param n    how many periods, at least 1
     * @param asOf the as-of date
     * @return the periods, oldest first
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public static List<ReportingPeriod> rolling(int n, LocalDate asOf) {
        if (n < 1) {
            throw new IllegalArgumentException("rolling needs at least 1 period, got " + n);
        }
        YearMonth last = YearMonth.from(asOf);
        if (!asOf.equals(last.atEndOfMonth())) {
            last = last.minusMonths(1);
        }
        List<ReportingPeriod> out = new ArrayList<>();
        for (int i = n - 1; i >= 0; i--) {
            out.add(rollingEnding(last.minusMonths(i)));
        }
        return out;
    }

    /**
     * Periods from a command-line list: comma-separated labels and {@code rolling:N}; a period
     * named twice is kept once, in first-mention order.
     *
     * @param spec the list, e.g. {@code FFY2024,rolling:12}
     * @param asOf the as-of date {@code rolling:N} counts back from
     * @return the periods, in first-mention order
     * @throws IllegalArgumentException naming the first bad label
     */
    public static List<ReportingPeriod> parseList(String spec, LocalDate asOf) {
        Set<ReportingPeriod> out = new LinkedHashSet<>();
        for (String part : spec.split(",")) {
            String label = part.strip();
            Matcher m = ROLLING.matcher(label);
            if (m.matches()) {
                out.addAll(rolling(Integer.parseInt(m.group(1)), asOf));
            } else {
                out.add(parse(label));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Number of days, {@code end - start + 1}.
     *
     * @return the period's length in days
     */
    public long days() {
        return end.toEpochDay() - start.toEpochDay() + 1;
    }

    /**
     * Whether {@code date} is in {@code [start, end]}.
     *
     * @param date the date
     * @return true when the period holds it
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** By start, then end, then label. */
    @Override
    public int compareTo(ReportingPeriod o) {
        int c = start.compareTo(o.start);
        if (c == 0) {
            c = end.compareTo(o.end);
        }
        return c != 0 ? c : label.compareTo(o.label);
    }

    @Override
    public String toString() {
        return label + " [" + start + ", " + end + "]";
    }

}
