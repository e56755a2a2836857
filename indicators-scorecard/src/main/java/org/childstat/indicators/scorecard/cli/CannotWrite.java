package org.childstat.indicators.scorecard.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * An output that cannot be written: exit code 3, one line {@code cannot write FILE: REASON}, the
 * reason as the system gives it (e.g. {@code No space left on device}, {@code Is a directory},
 * {@code permission denied}).
 */
final class CannotWrite extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The output and why it cannot be written, in words. */
    CannotWrite(Path file, String reason) {
        super("cannot write " + file + ": " + reason);
    }

    /** The output and the failure that stopped it. */
    CannotWrite(Path file, Throwable cause) {
        super("cannot write " + file + ": " + reason(cause), cause);
    }

    /**
     * A failure in words: the system's reason for a file-system error (without the file name it
     * repeats), the message of another, else the exception's class; an {@link UncheckedIOException}
     * is looked through.
     */
    static String reason(Throwable e) {
        while (e instanceof UncheckedIOException && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder" + (((NoSuchFileException) e).getFile() == null ? ""
                    : " (" + ((NoSuchFileException) e).getFile() + ")");
        }
        if (e instanceof NotDirectoryException) {
            return ((NotDirectoryException) e).getFile() + " is not a folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return ((FileAlreadyExistsException) e).getFile() + " is in the way (a file, not a folder)";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "a folder that is not empty is in the way";
        }
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason();
        }
        if (e.getMessage() != null && !e.getMessage().isBlank()) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName();
    }
}
