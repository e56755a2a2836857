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
 * in the denominator for medians; children and workers on staff for the ratio), the median values with their slots, for rates the children
 * contributing days per entity of every level, and the exclusions by reason. Plain arrays of
 * integers: two partials of disjoint children {@link #merge} exactly, whatever the split, and a
 * partial can be serialised to merge elsewhere. Not thread-safe: one per worker thread.
 *
 * <p>While tallying, numerators and denominators are kept by slot ({@code rows[slot]}, the
 * numerator and denominator of every cell of the selected indicators side by side), so one
 * child's many updates, which mostly go to one or two slots, land in a few kilobytes of memory
 * whatever the size of the county; kept by cell instead (one array of all slots per cell), each
 * update touched its own cache line and the arrays outgrew the processor caches as the county
 * grew. {@link #seal} turns the rows into arrays by cell ({@code num[cell][slot]},
 * {@code den[cell][slot]}) for the results; a later tally turns them back.
 */
public final class Partial implements Sink, Serializable {
    private static final long serialVersionUID = 2L;
    private static final int REASONS = ExclusionReason.values().length;

    final int periods;
    /** Indicators by the engine's index: the built-in ones by ordinal, then the custom ones. */
    final int indicators;
    final int slots;
    final int[] levelOffset = new int[Level.values().length];
    final int entities;
    final int cells;
    /** Each indicator's place in a row among the selected ones, -1 if not selected. */
    private final int[] rowIndicator;
    /** Cells in a row: selected indicators x periods. */
    private final int rowCells;
    /** Cells with any numerator or denominator tally. */
    private final boolean[] used;
    /**
     * While tallying: rows[slot][rowPlace(cell)] the numerator, the next the denominator; null
     * once sealed.
     */
    private int[][] rows;
    /** Once sealed: num[cell][slot] and den[cell][slot], null for a cell with nothing; null while tallying. */
    int[][] num;
    int[][] den;
    final int[][] medianSlots;
    final int[][] medianValues;
    final int[] medianSize;
    final int[][] contributors;
    final long[] exclusions;

    private transient OrgIndex org;
    private transient IntList touched;

    /** A partial for every indicator. */
    public Partial(OrgIndex org, int periods) {
        this(org, periods, all());
    }

    /** A partial for the indicators with {@code on[ordinal]} set: rows hold only their cells. */
    public Partial(OrgIndex org, int periods, boolean[] on) {
        this.org = org;
        this.periods = periods;
        this.slots = org.slotCount();
        int offset = 0;
        for (Level l : Level.values()) {
            levelOffset[l.ordinal()] = offset;
            offset += org.levelSize(l);
        }
        this.entities = offset;
        this.indicators = on.length;
        this.cells = indicators * periods;
        rowIndicator = new int[indicators];
        int selected = 0;
        for (int i = 0; i < indicators; i++) {
            rowIndicator[i] = on[i] ? selected++ : -1;
        }
        rowCells = selected * periods;
        used = new boolean[cells];
        rows = new int[slots][];
        medianSlots = new int[cells][];
        medianValues = new int[cells][];
        medianSize = new int[cells];
        contributors = new int[cells][];
        exclusions = new long[cells * REASONS];
        touched = new IntList();
    }

    private static boolean[] all() {
        boolean[] on = new boolean[IndicatorId.values().length];
        Arrays.fill(on, true);
        return on;
    }

    int cell(int indicator, int period) {
        return indicator * periods + period;
    }

    /** The numerator's place in a slot's row (the denominator's is the next): 2 x the cell among the selected. */
    private int rowPlace(int indicator, int period) {
        return 2 * (rowIndicator[indicator] * periods + period);
    }

    private int rowPlace(int cell) {
        return rowPlace(cell / periods, cell % periods);
    }

    /** The tallies of a slot, numerator and denominator of each selected cell ({@link #rowPlace}), made on first use. */
    private int[] row(int slot) {
        int[][] rs = rows;
        if (rs == null) {
            unseal();
            rs = rows;
        }
        int[] r = rs[slot];
        if (r == null) {
            r = rs[slot] = new int[2 * rowCells];
        }
        return r;
    }

    @Override
    public void member(int indicator, int period, int slot, boolean outcome) {
        int c = cell(indicator, period), at = rowPlace(indicator, period);
        int[] r = row(slot);
        used[c] = true;
        r[at + 1]++;
        if (outcome) {
            r[at]++;
        }
    }

    @Override
    public void excluded(int indicator, int period, ExclusionReason reason) {
        exclusions[cell(indicator, period) * REASONS + reason.ordinal()]++;
    }

    @Override
    public void count(int indicator, int period, int slot) {
        int c = cell(indicator, period);
        used[c] = true;
        row(slot)[rowPlace(indicator, period)]++;
    }

    @Override
    public void staff(int indicator, int period, int slot) {
        used[cell(indicator, period)] = true;
        row(slot)[rowPlace(indicator, period) + 1]++;
    }

    @Override
    public void median(int indicator, int period, int slot, int value) {
        int c = cell(indicator, period);
        used[c] = true;
        row(slot)[rowPlace(indicator, period) + 1]++;
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

    @Override
    public void rate(int indicator, int period, int slot, int days, int events) {
        int c = cell(indicator, period), at = rowPlace(indicator, period);
        int[] r = row(slot);
        used[c] = true;
        r[at] += events;
        r[at + 1] += days;
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
        if (o.periods != periods || o.slots != slots || o.entities != entities
                || !Arrays.equals(o.rowIndicator, rowIndicator)) {
            throw new IllegalArgumentException("partials of different calculations");
        }
        if (rows == null) {
            unseal();
        }
        if (o.rows == null) {
            o.unseal();
        }
        for (int slot = 0; slot < slots; slot++) {
            if (o.rows[slot] != null) {
                add(row(slot), o.rows[slot]);
            }
        }
        for (int c = 0; c < cells; c++) {
            used[c] |= o.used[c];
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

    /**
     * Turns the tallies by slot into arrays by cell, {@link #num} and {@link #den}, for reading
     * (no-op if already done). In blocks of slots, so that the rows read stay in cache.
     */
    synchronized void seal() {
        if (rows == null) {
            return;
        }
        int[][] n = new int[cells][], d = new int[cells][];
        for (int c = 0; c < cells; c++) {
            if (used[c]) {
                n[c] = new int[slots];
                d[c] = new int[slots];
            }
        }
        final int block = 32;
        for (int from = 0; from < slots; from += block) {
            int to = Math.min(slots, from + block);
            for (int c = 0; c < cells; c++) {
                if (!used[c]) {
                    continue;
                }
                int[] nc = n[c], dc = d[c];
                int at = rowPlace(c);
                for (int slot = from; slot < to; slot++) {
                    int[] r = rows[slot];
                    if (r != null) {
                        nc[slot] = r[at];
                        dc[slot] = r[at + 1];
                    }
                }
            }
            for (int slot = from; slot < to; slot++) {
                rows[slot] = null; // let the rows go as soon as they are copied
            }
        }
        num = n;
        den = d;
        rows = null;
    }

    /** Back from arrays by cell to rows by slot, for more tallies after {@link #seal}. */
    private synchronized void unseal() {
        if (rows != null) {
            return;
        }
        int[][] rs = new int[slots][];
        for (int c = 0; c < cells; c++) {
            if (num[c] == null) {
                continue;
            }
            int at = rowPlace(c);
            for (int slot = 0; slot < slots; slot++) {
                if (num[c][slot] != 0 || den[c][slot] != 0) {
                    if (rs[slot] == null) {
                        rs[slot] = new int[2 * rowCells];
                    }
                    rs[slot][at] = num[c][slot];
                    rs[slot][at + 1] = den[c][slot];
                }
            }
        }
        rows = rs;
        num = null;
        den = null;
    }

    long exclusions(int indicator, int period, ExclusionReason reason) {
        return exclusions[cell(indicator, period) * REASONS + reason.ordinal()];
    }
}
