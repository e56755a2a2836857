package org.childstat.indicators.cohort.internal;

/**
 * Calendar arithmetic on epoch days without allocation, with java.time's semantics:
 * {@link #plusMonths} clamps to the month's last day like {@code LocalDate.plusMonths}, and
 * {@link #monthsBetween} is {@code ChronoUnit.MONTHS.between}. Civil-from-days conversion after
 * H. Hinnant, "chrono-Compatible Low-Level Date Algorithms".
 */
public final class Cal {
    private Cal() {
    }

    /** year * 10000 + month * 100 + day of an epoch day. */
    static int ymd(int epochDay) {
        long z = epochDay + 719_468L;
        long era = Math.floorDiv(z, 146_097L);
        long doe = z - era * 146_097L;
        long yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long d = doy - (153 * mp + 2) / 5 + 1;
        long m = mp < 10 ? mp + 3 : mp - 9;
        if (m <= 2) {
            y++;
        }
        return (int) (y * 10_000 + m * 100 + d);
    }

    /** The epoch day of year, month (1-12), day. */
    static int epochDay(int y, int m, int d) {
        long yy = m <= 2 ? y - 1 : y;
        long era = Math.floorDiv(yy, 400L);
        long yoe = yy - era * 400;
        long mp = m > 2 ? m - 3 : m + 9;
        long doy = (153 * mp + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return (int) (era * 146_097L + doe - 719_468L);
    }

    static int lengthOfMonth(int y, int m) {
        return switch (m) {
            case 2 -> (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** {@code LocalDate.ofEpochDay(day).plusMonths(months)}. */
    public static int plusMonths(int day, int months) {
        int v = ymd(day);
        int y = v / 10_000, m = v / 100 % 100, d = v % 100;
        int total = y * 12 + (m - 1) + months;
        int ny = Math.floorDiv(total, 12), nm = Math.floorMod(total, 12) + 1;
        return epochDay(ny, nm, Math.min(d, lengthOfMonth(ny, nm)));
    }

    /** {@code ChronoUnit.MONTHS.between(a, b)}: whole months, truncated toward zero. */
    public static int monthsBetween(int a, int b) {
        int va = ymd(a), vb = ymd(b);
        long pa = ((va / 10_000) * 12L + va / 100 % 100 - 1) * 32 + va % 100;
        long pb = ((vb / 10_000) * 12L + vb / 100 % 100 - 1) * 32 + vb % 100;
        return (int) ((pb - pa) / 32);
    }

    /** The first day of the month of an epoch day. */
    static int monthStart(int day) {
        int v = ymd(day);
        return epochDay(v / 10_000, v / 100 % 100, 1);
    }

    /** The last day of the month of an epoch day. */
    static int monthEnd(int day) {
        int v = ymd(day);
        int y = v / 10_000, m = v / 100 % 100;
        return epochDay(y, m, lengthOfMonth(y, m));
    }
}
