package org.childstat.indicators.core.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneOffset;

/**
 * Dates as epoch-day ints and date-times as epoch-second longs (local time, no zone), with
 * allocation-free parsing of the contract's ISO forms. {@link #NONE} and {@link #NO_TIME} stand
 * for a missing value.
 *
 * <p>The dates the library accepts lie in {@link #MIN_DAY} to {@link #MAX_DAY} (years 1900 to
 * 2199, {@code io.DateBounds}); the reader and the builder set aside or refuse anything else.
 * The arithmetic here is still safe for any int: a result that an int epoch day cannot hold (or
 * that would be one of the markers {@link #NONE} and {@link #INVALID}) throws
 * {@link ArithmeticException}, never wraps around. The calendar arithmetic allocates nothing:
 * one conversion each way between epoch days and civil dates, valid for every int epoch day.
 */
public final class Dates {
    /** A missing date (also: an open end). */
    public static final int NONE = Integer.MIN_VALUE;
    /** A missing date-time. */
    public static final long NO_TIME = Long.MIN_VALUE;
    /** Returned by the parsers for text that is not a valid date. */
    public static final int INVALID = Integer.MIN_VALUE + 1;
    /** Returned by {@link #parseDateTime} for text that is not a valid date-time. */
    public static final long INVALID_TIME = Long.MIN_VALUE + 1;

    /** The first year the library accepts. */
    public static final int MIN_YEAR = 1900;
    /** The last year the library accepts. */
    public static final int MAX_YEAR = 2199;
    /** 1900-01-01, the first day the library accepts. */
    public static final int MIN_DAY = (int) LocalDate.of(MIN_YEAR, 1, 1).toEpochDay();
    /** 2199-12-31, the last day the library accepts. */
    public static final int MAX_DAY = (int) LocalDate.of(MAX_YEAR, 12, 31).toEpochDay();

    private Dates() {
    }

    /** Whether an epoch day lies in the accepted years ({@link #MIN_DAY} to {@link #MAX_DAY}). */
    public static boolean inBounds(int epochDay) {
        return epochDay >= MIN_DAY && epochDay <= MAX_DAY;
    }

    /** Whether an epoch second lies on a day of the accepted years. */
    public static boolean inBounds(long epochSecond) {
        long day = Math.floorDiv(epochSecond, 86_400L);
        return day >= MIN_DAY && day <= MAX_DAY;
    }

    /**
     * The epoch day of a date; {@link #NONE} for null.
     *
     * @throws ArithmeticException if the date is too far from 1970 for an int epoch day
     */
    public static int of(LocalDate date) {
        return date == null ? NONE : day(date.toEpochDay());
    }

    public static LocalDate toDate(int epochDay) {
        return epochDay == NONE ? null : LocalDate.ofEpochDay(epochDay);
    }

    public static long of(LocalDateTime time) {
        return time == null ? NO_TIME : time.toEpochSecond(ZoneOffset.UTC);
    }

    public static LocalDateTime toDateTime(long epochSecond) {
        return epochSecond == NO_TIME ? null : LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
    }

    /**
     * The epoch day of a date-time's date.
     *
     * @throws ArithmeticException if that day does not fit an int epoch day (e.g. {@link #NO_TIME})
     */
    public static int dayOf(long epochSecond) {
        return day(Math.floorDiv(epochSecond, 86_400L));
    }

    /** Parses {@code yyyy-MM-dd} from {@code text[from, to)}; {@link #INVALID} when it is not a real date. */
    public static int parseDate(char[] text, int from, int to) {
        if (to - from != 10 || text[from + 4] != '-' || text[from + 7] != '-') {
            return INVALID;
        }
        int year = digits(text, from, 4);
        int month = digits(text, from + 5, 2);
        int day = digits(text, from + 8, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
            return INVALID;
        }
        return (int) epochDay(year, month, day); // years 0 to 9999: always an int
    }

    /** As {@link #parseDate(char[], int, int)} on a string. */
    public static int parseDate(String text) {
        return parseDate(text.toCharArray(), 0, text.length());
    }

    /**
     * Parses {@code yyyy-MM-ddTHH:mm} or {@code yyyy-MM-ddTHH:mm:ss} to epoch seconds;
     * {@link #INVALID_TIME} when it is not a real date-time.
     */
    public static long parseDateTime(char[] text, int from, int to) {
        int n = to - from;
        if ((n != 16 && n != 19) || text[from + 10] != 'T' || text[from + 13] != ':') {
            return INVALID_TIME;
        }
        int day = parseDate(text, from, from + 10);
        int hour = digits(text, from + 11, 2);
        int minute = digits(text, from + 14, 2);
        int second = 0;
        if (n == 19) {
            if (text[from + 16] != ':') {
                return INVALID_TIME;
            }
            second = digits(text, from + 17, 2);
        }
        if (day == INVALID || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return INVALID_TIME;
        }
        return day * 86_400L + hour * 3_600L + minute * 60L + second;
    }

    /** Formats an epoch day as {@code yyyy-MM-dd}; empty for {@link #NONE}. */
    public static String format(int epochDay) {
        return epochDay == NONE ? "" : LocalDate.ofEpochDay(epochDay).toString();
    }

    /** Formats epoch seconds as {@code yyyy-MM-ddTHH:mm:ss}; empty for {@link #NO_TIME}. */
    public static String formatTime(long epochSecond) {
        if (epochSecond == NO_TIME) {
            return "";
        }
        LocalDateTime t = toDateTime(epochSecond);
        return String.format("%sT%02d:%02d:%02d", t.toLocalDate(), t.getHour(), t.getMinute(), t.getSecond());
    }

    /**
     * {@code date.plusMonths(months)} on epoch days, without allocation (java.time semantics:
     * clamps to the month's last day). Any int epoch day and month count is safe.
     *
     * @throws ArithmeticException if the result does not fit an int epoch day
     */
    public static int plusMonths(int epochDay, int months) {
        long civil = civil(epochDay);
        // the proleptic month (year * 12 + month - 1) of the result: any int of months added to
        // any int epoch day's is far inside a long, and so is its epoch day
        long month = (civil >> 9) * 12 + (civil >> 5 & 15) - 1 + months;
        long year = Math.floorDiv(month, 12L);
        int m = (int) (month - year * 12) + 1;
        return day(epochDay(year, m, Math.min((int) (civil & 31), lengthOfMonth(year, m))));
    }

    /**
     * {@code ChronoUnit.MONTHS.between(a, b)} on epoch days: whole months, truncated toward zero
     * (negative when b is before a). Any two int epoch days are safe.
     */
    public static int monthsBetween(int a, int b) {
        long ca = civil(a), cb = civil(b);
        long pa = ((ca >> 9) * 12 + (ca >> 5 & 15) - 1) * 32 + (ca & 31);
        long pb = ((cb >> 9) * 12 + (cb >> 5 & 15) - 1) * 32 + (cb & 31);
        return (int) ((pb - pa) / 32);
    }

    /**
     * The first day of the month of an epoch day.
     *
     * @throws ArithmeticException if that day does not fit an int epoch day
     */
    public static int monthStart(int epochDay) {
        return day((long) epochDay - (civil(epochDay) & 31) + 1);
    }

    /**
     * The last day of the month of an epoch day.
     *
     * @throws ArithmeticException if that day does not fit an int epoch day
     */
    public static int monthEnd(int epochDay) {
        long civil = civil(epochDay);
        return day((long) epochDay - (civil & 31) + lengthOfMonth(civil >> 9, (int) (civil >> 5 & 15)));
    }

    /**
     * {@code date.plusYears(years)} on epoch days (29 Feb becomes 28 Feb in a common year). Any
     * int epoch day and year count is safe.
     *
     * @throws ArithmeticException if the result does not fit an int epoch day
     */
    public static int plusYears(int epochDay, int years) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        long year = (long) date.getYear() + years;
        if (year < Year.MIN_VALUE || year > Year.MAX_VALUE) {
            throw new ArithmeticException("epoch day " + epochDay + " plus " + years + " years does not fit an int");
        }
        return day(date.plusYears(years).toEpochDay());
    }

    /** An epoch day as an int, refusing values an int cannot hold and the two markers. */
    private static int day(long epochDay) {
        if (epochDay <= INVALID || epochDay > Integer.MAX_VALUE) {
            throw new ArithmeticException("epoch day " + epochDay + " is outside what Dates can hold");
        }
        return (int) epochDay;
    }

    static boolean isLeap(long year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    static int lengthOfMonth(long year, int month) {
        return switch (month) {
            case 2 -> isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /**
     * Days since 1970-01-01 of a valid proleptic Gregorian date, for any year whose days fit a
     * long (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms", days_from_civil).
     */
    static long epochDay(long year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400L);
        long yearOfEra = y - era * 400; // 0 to 399
        int shiftedMonth = month > 2 ? month - 3 : month + 9; // March = 0
        long dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1; // 0 to 365
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear; // 0 to 146,096
        return era * 146_097L + dayOfEra - 719_468L;
    }

    /**
     * The proleptic Gregorian date of any int epoch day, packed as {@code year * 512 + month * 32 +
     * day} (read back with {@code >> 9}, {@code >> 5 & 15}, {@code & 31}) (H. Hinnant,
     * civil_from_days; the inverse of {@link #epochDay(long, int, int)}).
     */
    static long civil(int epochDay) {
        long z = epochDay + 719_468L; // days since 0000-03-01
        long era = Math.floorDiv(z, 146_097L);
        long dayOfEra = z - era * 146_097L; // 0 to 146,096
        long yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365; // 0 to 399
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100); // 0 to 365
        long shiftedMonth = (5 * dayOfYear + 2) / 153; // March = 0
        long day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
        long month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        return year * 512 + month * 32 + day;
    }

    private static int digits(char[] text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
