package org.childstat.indicators.core.io;

/**
 * Rows of one input file: {@code read = used + setAside} (data-contract §6, run.json
 * {@code files}). Data rows only; the header is not a row. Immutable and thread-safe.
 */
public record FileCounts(long read, long used, long setAside) {
    public FileCounts {
        if (read < 0 || used < 0 || setAside < 0) {
            throw new IllegalArgumentException("counts must be >= 0: read=" + read + " used=" + used
                    + " setAside=" + setAside);
        }
    }

    /** Whether {@code read == used + setAside}. */
    public boolean balances() {
        return read == used + setAside;
    }
}
