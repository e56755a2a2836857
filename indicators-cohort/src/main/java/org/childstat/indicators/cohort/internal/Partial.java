package org.childstat.indicators.cohort.internal;

import java.io.Serializable;
import java.util.Arrays;
import org.childstat.indicators.core.indicator.ExclusionReason;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.internal.IntList;
import org.childstat.indicators.core.model.Level;

/**
 * The tallies of some of the children: per (indicator, period), numerator and denominator per
 * slot (events and days for rates; the count in the numerator for counts; the number of values
 * in the denominator for medians), the median values with their slots, for rates the children
 * contributing days per entity of every level, and the exclusions by reason. Plain arrays of
 * integers: two partials of disjoint children {@link #merge} exactly, whatever the split, and a
 * partial can be serialised to merge elsewhere. Not thread-safe: one per worker thread.
 */
public final class Partial implements Sink, Serializable {
    private static final long serialVersionUID = 1L;
    private static final int INDICATORS = IndicatorId.values().length;
    private static final int REASONS = ExclusionReason.values().length;

    final int periods;
    final int slots;
    final int[] levelOffset = new int[Level.values().length];
    final int entities;
    final int[][] num;
    final int[][] den;
    final int[][] medianSlots;
    final int[][] medianValues;
    final int[] medianSize;
    final int[][] contributors;
    final long[] exclusions;

    private transient OrgIndex org;
    private transient IntList touched;

    public Partial(OrgIndex org, int periods) {
        this.org = org;
        this.periods = periods;
        this.slots = org.slotCount();
        int offset = 0;
        for (Level l : Level.values()) {
            levelOffset[l.ordinal()] = offset;
            offset += org.levelSize(l);
        }
        this.entities = offset;
        int cells = INDICATORS * periods;
        num = new int[cells][];
        den = new int[cells][];
        medianSlots = new int[cells][];
        medianValues = new int[cells][];
        medianSize = new int[cells];
        contributors = new int[cells][];
        exclusions = new long[cells * REASONS];
        touched = new IntList();
    }

    int cell(int indicator, int period) {
        return indicator * periods + period;
    }

    private int[] nums(int cell) {
        int[] a = num[cell];
        if (a == null) {
            a = num[cell] = new int[slots];
            den[cell] = new int[slots];
        }
        return a;
    }

    @Override
    public void member(int indicator, int period, int slot, boolean outcome) {
        int c = cell(indicator, period);
        int[] n = nums(c);
        den[c][slot]++;
        if (outcome) {
            n[slot]++;
        }
    }

    @Override
    public void excluded(int indicator, int period, ExclusionReason reason) {
        exclusions[cell(indicator, period) * REASONS + reason.ordinal()]++;
    }

    @Override
    public void count(int indicator, int period, int slot) {
        nums(cell(indicator, period))[slot]++;
    }

    @Override
    public void median(int indicator, int period, int slot, int value) {
        int c = cell(indicator, period);
        den(c)[slot]++;
        int n = medianSize[c];
        if (medianSlots[c] == null) {
            medianSlots[c] = new int[16];
            medianValues[c] = new int[16];
        } else if (n == medianSlots[c].length) {
            medianSlots[c] = Arrays.copyOf(medianSlots[c], n * 2);
            medianValues[c] = Arrays.copyOf(medianValues[c], n * 2);
        }
        medianSlots[c][n] = slot;
        medianValues[c][n] = value;
        medianSize[c] = n + 1;
    }

    private int[] den(int cell) {
        nums(cell);
        return den[cell];
    }

    @Override
    public void rate(int indicator, int period, int slot, int days, int events) {
        int c = cell(indicator, period);
        nums(c)[slot] += events;
        den[c][slot] += days;
        if (days > 0) {
            touched.add(slot);
        }
    }

    @Override
    public void rateDone(int indicator, int period) {
        if (touched.size() == 0) {
            return;
        }
        int c = cell(indicator, period);
        int[] counts = contributors[c];
        if (counts == null) {
            counts = contributors[c] = new int[entities];
        }
        // each entity of each level once per child, however many slots of it the child touched
        for (Level level : Level.values()) {
            int[] map = org.entityOf[level.ordinal()];
            int base = levelOffset[level.ordinal()];
            for (int i = 0; i < touched.size(); i++) {
                int e = map[touched.get(i)];
                boolean seen = false;
                for (int j = 0; j < i && !seen; j++) {
                    seen = map[touched.get(j)] == e;
                }
                if (!seen) {
                    counts[base + e]++;
                }
            }
        }
        touched.clear();
    }

    /** Adds another partial's tallies (of other children) to this one. */
    public void merge(Partial o) {
        if (o.periods != periods || o.slots != slots || o.entities != entities) {
            throw new IllegalArgumentException("partials of different calculations");
        }
        for (int c = 0; c < num.length; c++) {
            if (o.num[c] != null) {
                add(nums(c), o.num[c]);
                add(den[c], o.den[c]);
            }
            if (o.contributors[c] != null) {
                if (contributors[c] == null) {
                    contributors[c] = new int[entities];
                }
                add(contributors[c], o.contributors[c]);
            }
            if (o.medianSize[c] > 0) {
                int n = medianSize[c], m = o.medianSize[c];
                medianSlots[c] = medianSlots[c] == null ? new int[m] : Arrays.copyOf(medianSlots[c], n + m);
                medianValues[c] = medianValues[c] == null ? new int[m] : Arrays.copyOf(medianValues[c], n + m);
                System.arraycopy(o.medianSlots[c], 0, medianSlots[c], n, m);
                System.arraycopy(o.medianValues[c], 0, medianValues[c], n, m);
                medianSize[c] = n + m;
            }
        }
        for (int i = 0; i < exclusions.length; i++) {
            exclusions[i] += o.exclusions[i];
        }
    }

    private static void add(int[] into, int[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] += from[i];
        }
    }

    long exclusions(int indicator, int period, ExclusionReason reason) {
        return exclusions[cell(indicator, period) * REASONS + reason.ordinal()];
    }
}
