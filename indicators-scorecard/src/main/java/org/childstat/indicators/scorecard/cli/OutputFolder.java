package org.childstat.indicators.scorecard.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folder a run writes ({@code --out}; docs/outputs.md, What every CSV file has in common), so
 * that after any run it holds one run's files or says that the last run did not finish: <ol>
 *   <li>{@link #open}: one run at a time. A lock on {@code DIR/.childstat.lock}
 *       ({@link FileChannel#tryLock}, held until {@link #close}); when another childstat run
 *       (another process, or this one) holds it, a usage error {@code --out DIR is in use by
 *       another childstat run} (exit 2). Then the old {@code run.json} is deleted, so that the
 *       folder says "unfinished" from the start, and the staging folders that a killed run left
 *       are removed.</li>
 *   <li>{@link #write}: each output is written under its own name in a hidden staging folder
 *       inside DIR ({@code DIR/.childstat-partial-NNN/}, the same file system), never in place.</li>
 *   <li>{@link #publish}: when every output is written, each is renamed into DIR
 *       ({@link StandardCopyOption#ATOMIC_MOVE}: a reader sees the old file or the new one, never
 *       a part), and {@code run.json} last, the mark of a finished run.</li>
 * </ol>
 * A run killed at any moment (even {@code kill -9}) thus leaves no {@code run.json}, and no
 * output in DIR that is only partly written. A write that fails is a {@link CannotWrite} naming
 * the output (its final name) and the reason. Not thread-safe.
 */
final class OutputFolder implements AutoCloseable {
    /** The lock file in every output folder. */
    static final String LOCK = ".childstat.lock";
    /** The prefix of the staging folders. */
    static final String STAGING = ".childstat-partial-";
    /** The marker of a finished run, written last. */
    static final String RUN_JSON = "run.json";

    private final Path dir;
    private final FileChannel channel;
    private final FileLock lock;
    private final Path staging;
    private final List<String> written = new ArrayList<>();

    private OutputFolder(Path dir, FileChannel channel, FileLock lock, Path staging) {
        this.dir = dir;
        this.channel = channel;
        this.lock = lock;
        this.staging = staging;
    }

    /**
     * Takes the folder for one run (creating it when needed): locks it, deletes its run.json and
     * any staging folder left by a killed run.
     *
     * @throws UsageException when another childstat run holds the folder
     * @throws CannotWrite    when the folder cannot be made or written
     */
    static OutputFolder open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new CannotWrite(dir, e);
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new CannotWrite(dir.resolve(LOCK), e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // this process holds it: another run of this JVM
        } catch (IOException e) {
            closeQuietly(channel);
            throw new CannotWrite(dir.resolve(LOCK), e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new UsageException("--out " + dir + " is in use by another childstat run");
        }
        try {
            Files.deleteIfExists(dir.resolve(RUN_JSON));
            try (DirectoryStream<Path> stale = Files.newDirectoryStream(dir, STAGING + "*")) {
                for (Path p : stale) {
                    deleteTree(p);
                }
            }
            return new OutputFolder(dir, channel, lock, Files.createTempDirectory(dir, STAGING));
        } catch (IOException e) {
            closeQuietly(channel);
            throw new CannotWrite(dir, e);
        }
    }

    /** The folder. */
    Path dir() {
        return dir;
    }

    /** Writes one output under its name into the staging folder. */
    @FunctionalInterface
    interface Output {
        /** Writes the output to {@code file}. */
        void write(Path file) throws IOException;
    }

    /**
     * Writes output {@code name} (staged until {@link #publish}).
     *
     * @throws CannotWrite naming {@code DIR/name} and why
     */
    void write(String name, Output output) {
        try {
            output.write(staging.resolve(name));
        } catch (IOException | UncheckedIOException e) {
            throw new CannotWrite(dir.resolve(name), e);
        }
        written.add(name);
    }

    /** Writes an output that a writer puts into a folder under its own names ({@code names}). */
    void writeInto(List<String> names, Output folderOutput) {
        try {
            folderOutput.write(staging);
        } catch (IOException | UncheckedIOException e) {
            throw new CannotWrite(dir.resolve(names.get(0)), e);
        }
        written.addAll(names);
    }

    /**
     * Renames every written output into the folder, in the order written, then writes run.json
     * the same way: the run is finished.
     *
     * @throws CannotWrite naming the output that could not be moved, or run.json
     */
    void publish(String runJson) {
        write(RUN_JSON, file -> Files.writeString(file, runJson));
        written.remove(RUN_JSON);
        written.add(RUN_JSON); // last
        for (String name : written) { // before anything is replaced
            if (Files.isDirectory(dir.resolve(name))) {
                throw new CannotWrite(dir.resolve(name), "a folder of that name is in the way");
            }
        }
        for (String name : written) {
            Path from = staging.resolve(name), to = dir.resolve(name);
            try {
                try {
                    Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw new CannotWrite(to, e);
            }
        }
        written.clear();
    }

    /** Removes the staging folder (and whatever was not published), then lets the folder go. */
    @Override
    public void close() {
        try {
            deleteTree(staging);
        } catch (IOException e) {
            // a staging folder left behind is removed by the next run; the outputs are not affected
        } finally {
            try {
                lock.release();
            } catch (IOException e) {
                // closing the channel releases it too
            }
            closeQuietly(channel);
        }
    }

    /**
     * Writes one file the same way, for the commands that write single files ({@code funnel},
     * {@code chart}, their plots): to a hidden temporary name beside it, then renamed into place,
     * so that the file is the old one or the whole new one.
     *
     * @throws CannotWrite naming {@code file} and why (a folder of that name, a full disk, ...)
     */
    static void writeFile(Path file, Output output) {
        if (Files.isDirectory(file)) {
            throw new CannotWrite(file, "it is a folder");
        }
        Path name = file.getFileName();
        if (name == null) {
            throw new CannotWrite(file, "it names no file");
        }
        Path parent = file.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(parent);
            temp = createPartial(parent, name);
            output.write(temp);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException | UncheckedIOException e) {
            throw new CannotWrite(file, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // the temporary file is hidden and named as such
                }
            }
        }
    }

    /**
     * A new empty hidden file beside the output. Unlike {@code Files.createTempFile}, which makes it
     * readable by its owner only, it is created as any file the user makes, so the output ends up
     * with the permissions the user's umask gives (those of the results folder's files).
     */
    private static Path createPartial(Path parent, Path name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = parent.resolve("." + name + "." + Long.toUnsignedString(PARTIAL_NAMES.nextLong(), 36) + ".partial");
            try {
                Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw e;
                }
            }
        }
    }

    private static final SecureRandom PARTIAL_NAMES = new SecureRandom();

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing was written through it
        }
    }
}
