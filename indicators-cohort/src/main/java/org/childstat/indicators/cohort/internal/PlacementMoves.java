package org.childstat.indicators.cohort.internal;

import static org.childstat.indicators.cohort.internal.Evaluator.RUNAWAY;
import static org.childstat.indicators.cohort.internal.Evaluator.TRIAL_HOME_VISIT;

import java.util.Arrays;
import org.childstat.indicators.core.internal.CaseStore;

/**
 * The counted spells of an episode and the moves between them (docs/indicators.md, The
 * indicators: CFSR4_PLACEMENT_STABILITY's moves, and the placement settings of Round 2 C4.1 to
 * C4.3), read by {@link EntryEpisodeRules} and {@link ServedInPeriodRules}. A counted spell is not
 * a runaway, not a trial home visit and not temporary. One per evaluator: {@link #find} fills a
 * reused array with the last episode's moves.
 */
final class PlacementMoves {
    private final CaseStore store;
    private int[] moveDates = new int[16];
    private int moveCount;

    PlacementMoves(CaseStore store) {
        this.store = store;
    }

    /**
     * Finds the moves of episode e: the start of a counted spell whose previous counted spell has
     * another provider, or either has none. The first counted spell is the removal, not a move.
     */
    void find(int e) {
        moveCount = 0;
        boolean first = true;
        int previous = -1;
        for (int k = store.episodePlacements[e]; k < store.episodePlacements[e + 1]; k++) {
            if (!counted(k)) {
                continue;
            }
            int provider = store.placementProvider[k];
            if (!first && (provider < 0 || previous < 0 || provider != previous)) {
                if (moveCount == moveDates.length) {
                    moveDates = Arrays.copyOf(moveDates, moveCount * 2);
                }
                moveDates[moveCount++] = store.placementStart[k];
            }
            first = false;
            previous = provider;
        }
    }

    /** How many moves {@link #find} found. */
    int count() {
        return moveCount;
    }

    /** The date of move m (0 to {@link #count()} - 1), in spell order. */
    int date(int m) {
        return moveDates[m];
    }

    /** How many of the moves found are on a day in [from, to). */
    int between(int from, int to) {
        int n = 0;
        for (int m = 0; m < moveCount; m++) {
            if (moveDates[m] >= from && moveDates[m] < to) {
                n++;
            }
        }
        return n;
    }

    /** Whether episode e has a counted spell starting before t. */
    boolean countedSpellBefore(int e, int t) {
        for (int k = store.episodePlacements[e]; k < store.episodePlacements[e + 1]; k++) {
            if (counted(k) && store.placementStart[k] < t) {
                return true;
            }
        }
        return false;
    }

    /** Whether spell k is counted: not a runaway, not a trial home visit, not temporary. */
    private boolean counted(int k) {
        byte setting = store.placementSetting[k];
        return setting != RUNAWAY && setting != TRIAL_HOME_VISIT && !store.placementTemporary[k];
    }
}
