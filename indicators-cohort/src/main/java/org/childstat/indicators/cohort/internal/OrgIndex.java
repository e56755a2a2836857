package org.childstat.indicators.cohort.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.childstat.indicators.core.internal.CaseStore;
import org.childstat.indicators.core.internal.Dates;
import org.childstat.indicators.core.model.Level;

/**
 * The organisation as the engine sees it. An outcome lands in a <em>slot</em>: a (worker, unit)
 * pair, where the unit is the one of the worker's spell on the attribution date
 * (docs/input-files.md, Attribution rules), a worker with no spell on that date has unit
 * {@code UNASSIGNED}, and one slot is (UNASSIGNED, UNASSIGNED). Every slot maps to exactly one
 * entity per level, so counts add up across levels by construction; and the tree is unit -> office
 * -> bureau, the bureau always the office's (its first row in org_units.csv,
 * {@code INCONSISTENT_ORG} in docs/data-quality.md, as the scorecard's {@code EntityTable}), never
 * a unit row's own, so each bureau is the sum of its offices. Entities of a level are numbered from
 * 0, with {@code UNASSIGNED} last. Immutable after construction; shared between threads.
 */
public final class OrgIndex {
    public static final String UNASSIGNED = "UNASSIGNED";
    public static final String COUNTY = "COUNTY";

    final CaseStore s;
    final int workers;
    /** Slots of worker w: [workerSlots[w], workerSlots[w + 1]); the last of them has unit -1. */
    final int[] workerSlots;
    final int[] slotUnit;
    final int unassignedSlot;
    /** entityOf[level][slot]. */
    final int[][] entityOf;
    /** Entities per level, UNASSIGNED included (1 for the county). */
    final int[] levelSize = new int[Level.values().length];
    /** Rank of each worker id in string order, for "the smallest worker_id" tie-breaks. */
    final int[] workerRank;
    /** Entities of each level in the order of their ids (results.csv order). */
    final int[][] entityOrder = new int[Level.values().length][];

    public OrgIndex(CaseStore s) {
        this.s = s;
        this.workers = s.workerIds.length;
        workerSlots = new int[workers + 1];
        int[] units = new int[s.spellUnit.length + workers];
        int n = 0;
        for (int w = 0; w < workers; w++) {
            workerSlots[w] = n;
            for (int k = s.workerSpells[w]; k < s.workerSpells[w + 1]; k++) {
                int u = s.spellUnit[k];
                boolean seen = false;
                for (int j = workerSlots[w]; j < n; j++) {
                    seen |= units[j] == u;
                }
                if (!seen) {
                    units[n++] = u;
                }
            }
            units[n++] = -1;
        }
        workerSlots[workers] = n;
        unassignedSlot = n;
        slotUnit = Arrays.copyOf(units, n + 1);
        slotUnit[n] = -1;
        int slots = n + 1;
        int bureaus = s.bureauIds.length, offices = s.officeIds.length, unitCount = s.unitIds.length;
        levelSize[Level.COUNTY.ordinal()] = 1;
        levelSize[Level.BUREAU.ordinal()] = bureaus + 1;
        levelSize[Level.OFFICE.ordinal()] = offices + 1;
        levelSize[Level.UNIT.ordinal()] = unitCount + 1;
        levelSize[Level.WORKER.ordinal()] = workers + 1;
        entityOf = new int[Level.values().length][slots];
        for (int w = 0; w <= workers; w++) {
            int from = w < workers ? workerSlots[w] : unassignedSlot;
            int to = w < workers ? workerSlots[w + 1] : unassignedSlot + 1;
            for (int slot = from; slot < to; slot++) {
                int u = slotUnit[slot];
                entityOf[Level.COUNTY.ordinal()][slot] = 0;
                entityOf[Level.BUREAU.ordinal()][slot] = u < 0 ? bureaus : s.officeBureau[s.unitOffice[u]];
                entityOf[Level.OFFICE.ordinal()][slot] = u < 0 ? offices : s.unitOffice[u];
                entityOf[Level.UNIT.ordinal()][slot] = u < 0 ? unitCount : u;
                entityOf[Level.WORKER.ordinal()][slot] = w;
            }
        }
        Integer[] order = IntStream.range(0, workers).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparing(w -> s.workerIds[w]));
        workerRank = new int[workers];
        for (int r = 0; r < workers; r++) {
            workerRank[order[r]] = r;
        }
        for (Level level : Level.values()) {
            entityOrder[level.ordinal()] = IntStream.range(0, levelSize(level)).boxed()
                    .sorted(Comparator.comparing(e -> entityId(level, e))).mapToInt(Integer::intValue).toArray();
        }
    }

    public int slotCount() {
        return unassignedSlot + 1;
    }

    public int levelSize(Level level) {
        return levelSize[level.ordinal()];
    }

    public int entityOf(Level level, int slot) {
        return entityOf[level.ordinal()][slot];
    }

    /**
     * The unit of worker w on a date: its spell covering the date with the latest start, ties the
     * lowest line of workers.csv; -1 when no spell covers it.
     */
    public int unitOn(int w, int date) {
        int k = spellOn(w, date);
        return k < 0 ? -1 : s.spellUnit[k];
    }

    /**
     * The spell of worker w covering a date (its index in the store's spell arrays), as
     * {@link #unitOn} chooses it; -1 when no spell covers it.
     */
    public int spellOn(int w, int date) {
        int best = -1, bestStart = Integer.MIN_VALUE;
        for (int k = s.workerSpells[w]; k < s.workerSpells[w + 1]; k++) {
            int start = s.spellStart[k], end = s.spellEnd[k];
            if (start <= date && (end == Dates.NONE || end >= date) && (best < 0 || start > bestStart)) {
                best = k;
                bestStart = start;
            }
        }
        return best;
    }

    /** The slot of worker w (or -1 for none) attributed on a date. */
    public int slot(int w, int date) {
        if (w < 0) {
            return unassignedSlot;
        }
        int u = unitOn(w, date);
        for (int slot = workerSlots[w]; slot < workerSlots[w + 1]; slot++) {
            if (slotUnit[slot] == u) {
                return slot;
            }
        }
        throw new IllegalStateException("no slot for worker " + w + " unit " + u);
    }

    /** The entities of a level in the order of their ids (results.csv order); a copy. */
    public int[] entityOrder(Level level) {
        return entityOrder[level.ordinal()].clone();
    }

    /** The id of entity {@code e} of a level. */
    public String entityId(Level level, int e) {
        return switch (level) {
            case COUNTY -> COUNTY;
            case BUREAU -> e < s.bureauIds.length ? s.bureauIds[e] : UNASSIGNED;
            case OFFICE -> e < s.officeIds.length ? s.officeIds[e] : UNASSIGNED;
            case UNIT -> e < s.unitIds.length ? s.unitIds[e] : UNASSIGNED;
            case WORKER -> e < workers ? s.workerIds[e] : UNASSIGNED;
        };
    }

    /** The name of entity {@code e} of a level, or null. */
    public String entityName(Level level, int e) {
        return switch (level) {
            case COUNTY -> "County";
            case BUREAU -> e < s.bureauIds.length ? s.bureauNames[e] : null;
            case OFFICE -> e < s.officeIds.length ? s.officeNames[e] : null;
            case UNIT -> e < s.unitIds.length ? s.unitNames[e] : null;
            case WORKER -> e < workers ? s.workerNames[e] : null;
        };
    }

    /** The unit id of a slot, or UNASSIGNED. */
    public String slotUnitId(int slot) {
        int u = slotUnit[slot];
        return u < 0 ? UNASSIGNED : s.unitIds[u];
    }

    /** The worker of a slot (binary search of {@link #workerSlots}), or -1 for the unassigned slot. */
    public int slotWorker(int slot) {
        if (slot >= unassignedSlot) {
            return -1;
        }
        int lo = 0, hi = workerSlots.length - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (workerSlots[mid] <= slot) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Worker w's id, or UNASSIGNED. */
    public String workerId(int w) {
        return w < 0 ? UNASSIGNED : s.workerIds[w];
    }
}
