package org.childstat.indicators.core.internal;

import java.util.Arrays;

/**
 * Orders rows into groups (CSR layout) sorted by a date, then by row index, with primitive sorts
 * only: one sort of {@code (date, row)} keys, then a stable counting sort by group.
 */
public final class Grouping {
    /** {@code offsets[g]..offsets[g + 1]} index {@code rows} for group {@code g}. */
    public final int[] offsets;
    /** The rows, grouped, each group sorted by date then row index. */
    public final int[] rows;

    private Grouping(int[] offsets, int[] rows) {
        this.offsets = offsets;
        this.rows = rows;
    }

    /**
     * Groups {@code rows} ({@code count} of them) by {@code groupOf[row]} into {@code groups}
     * groups, each sorted by {@code dateOf[row]} then by row.
     */
    public static Grouping of(int[] rows, int count, int[] groupOf, int[] dateOf, int groups) {
        long[] keys = new long[count];
        for (int i = 0; i < count; i++) {
            int r = rows[i];
            keys[i] = ((long) dateOf[r] << 32) | r;
        }
        if (count > 100_000) {
            Arrays.parallelSort(keys);
        } else {
            Arrays.sort(keys);
        }
        int[] offsets = new int[groups + 1];
        for (int i = 0; i < count; i++) {
            offsets[groupOf[rows[i]] + 1]++;
        }
        for (int g = 0; g < groups; g++) {
            offsets[g + 1] += offsets[g];
        }
        int[] next = Arrays.copyOf(offsets, groups);
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            int r = (int) keys[i];
            out[next[groupOf[r]]++] = r;
        }
        return new Grouping(offsets, out);
    }
}
