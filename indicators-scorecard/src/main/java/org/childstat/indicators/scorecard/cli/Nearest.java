package org.childstat.indicators.scorecard.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The ids nearest to one that is not there, for a usage error that helps ({@code --entity
 * OFFICE:O99}: "nearest: O09, O19, ..."): by Levenshtein distance, ties by id, at most a few.
 * Stateless and thread-safe.
 */
final class Nearest {
    private Nearest() {
    }

    /** Up to {@code max} of {@code ids} nearest to {@code wanted}, nearest first (ties in id order). */
    static List<String> ids(String wanted, Collection<String> ids, int max) {
        record Scored(String id, int distance) {
        }
        List<Scored> scored = new ArrayList<>();
        for (String id : ids) {
            scored.add(new Scored(id, distance(wanted, id)));
        }
        scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::id));
        return scored.stream().limit(max).map(Scored::id).toList();
    }

    /** Levenshtein distance: insertions, deletions and substitutions of one character. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1], current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
