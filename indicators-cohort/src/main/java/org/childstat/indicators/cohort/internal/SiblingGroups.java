package org.childstat.indicators.cohort.internal;

import java.util.Arrays;

/**
 * For SIBLINGS_PLACED_TOGETHER, the one indicator that looks across children: per period and
 * sibling group, how many children are in care and under 18 on the period's day
 * {@code p = min(e, as-of)}, and whether they all have a covering spell with the same non-empty
 * provider (that provider's id, else {@link #MIXED}). Filled by a first pass over the children;
 * merges like the partials.
 */
public final class SiblingGroups {
    static final int EMPTY = -1;
    static final int MIXED = -2;

    private final int[][] members;
    private final int[][] provider;

    public SiblingGroups(int periods, int groups) {
        members = new int[periods][groups];
        provider = new int[periods][groups];
        for (int[] row : provider) {
            Arrays.fill(row, EMPTY);
        }
    }

    /** One child of a group in care on the period's day; {@code provider} is its covering spell's, or -1. */
    void add(int period, int group, int childProvider) {
        members[period][group]++;
        int current = provider[period][group];
        if (childProvider < 0) {
            provider[period][group] = MIXED;
        } else if (current == EMPTY) {
            provider[period][group] = childProvider;
        } else if (current != childProvider) {
            provider[period][group] = MIXED;
        }
    }

    int members(int period, int group) {
        return members[period][group];
    }

    /** The provider every member shares, or a negative number. */
    int sharedProvider(int period, int group) {
        return provider[period][group];
    }

    /** Adds the counts of other children. */
    public void merge(SiblingGroups o) {
        for (int p = 0; p < members.length; p++) {
            for (int g = 0; g < members[p].length; g++) {
                if (o.members[p][g] == 0) {
                    continue;
                }
                int theirs = o.provider[p][g];
                members[p][g] += o.members[p][g];
                int mine = provider[p][g];
                provider[p][g] = mine == EMPTY ? theirs : theirs == mine ? mine : MIXED;
            }
        }
    }
}
