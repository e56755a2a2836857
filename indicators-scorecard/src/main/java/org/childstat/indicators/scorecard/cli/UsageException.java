package org.childstat.indicators.scorecard.cli;

/**
 * A usage error found after parsing: exit code 2, one line on stderr, the message naming the
 * option and what is wrong with its value.
 */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
