package org.childstat.indicators.core.internal;

import java.util.Arrays;

/** A growable array of longs. Not thread-safe. */
public final class LongList {
    private long[] values = new long[16];
    private int size;

    public void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length + (values.length >> 1) + 1);
        }
        values[size++] = value;
    }

    public long get(int index) {
        return values[index];
    }

    public void set(int index, long value) {
        values[index] = value;
    }

    public int size() {
        return size;
    }
}
