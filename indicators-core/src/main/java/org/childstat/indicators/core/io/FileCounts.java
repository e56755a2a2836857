package org.childstat.indicators.core.io;

/**
 * Rows of one input file: {@code read = used + setAside} (docs/outputs.md, run.json:
 * {@code files}). Data rows only; the header is not a row. Immutable and thread-safe.
 *
 * @param read     data rows read
 * @param used     rows kept in the extract
 * @param setAside rows set aside, each under one code
 */
public record FileCounts(long read, long used, long setAside) {
    /**
     * Checks that no count is negative; whether they balance is {@link #balances()}.
     *
     * @param read     data rows read
     * @param used     rows kept in the extract
     * @param setAside rows set aside, each under one code
     * @throws IllegalArgumentException if a count is negative
     */
    public FileCounts {
        if (read < 0 || used < 0 || setAside < 0) {
            throw new IllegalArgumentException("counts must be >= 0: read=" + read + " used=" + used
                    + " setAside=" + setAside);
        }
    }

    /**
     * Whether the counts balance.
     *
     * @return {@code read == used + setAside}
     */
    public boolean balances() {
        return read == used + setAside;
    }
}
