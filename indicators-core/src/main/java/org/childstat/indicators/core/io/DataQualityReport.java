package org.childstat.indicators.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.childstat.indicators.core.internal.CsvWriter;

/**
 * The data-quality ledger of one extract (data-contract §4): every finding, and for every input
 * file the rows read, used and set aside. {@code read = used + setAside} holds for every file.
 * Immutable and thread-safe.
 */
public final class DataQualityReport {
    private final List<Finding> findings;
    private final Map<ContractFile, FileCounts> files;
    private final Map<ContractFile, Map<FindingCode, Long>> setAsideByCode;

    private DataQualityReport(List<Finding> findings, Map<ContractFile, FileCounts> files,
                              Map<ContractFile, Map<FindingCode, Long>> setAsideByCode) {
        this.findings = List.copyOf(findings);
        this.files = Collections.unmodifiableMap(new EnumMap<>(files));
        Map<ContractFile, Map<FindingCode, Long>> copy = new EnumMap<>(ContractFile.class);
        setAsideByCode.forEach((f, m) -> copy.put(f, Collections.unmodifiableMap(new EnumMap<>(m))));
        this.setAsideByCode = Collections.unmodifiableMap(copy);
    }

    /**
     * A report of these findings and counts.
     *
     * @throws IllegalArgumentException if a file's counts do not balance, or its set-aside rows by
     *                                  code do not add up to its set-aside count
     */
    public static DataQualityReport of(List<Finding> findings, Map<ContractFile, FileCounts> files,
                                       Map<ContractFile, Map<FindingCode, Long>> setAsideByCode) {
        Objects.requireNonNull(findings, "findings");
        files.forEach((file, counts) -> {
            if (!counts.balances()) {
                throw new IllegalArgumentException(file.fileName() + ": read " + counts.read() + " != used "
                        + counts.used() + " + set aside " + counts.setAside());
            }
            long byCode = setAsideByCode.getOrDefault(file, Map.of()).values().stream().mapToLong(Long::longValue).sum();
            if (byCode != counts.setAside()) {
                throw new IllegalArgumentException(file.fileName() + ": set aside " + counts.setAside()
                        + " but the reasons add up to " + byCode);
            }
        });
        return new DataQualityReport(findings, files, setAsideByCode);
    }

    /** Every finding, by file (contract order) then line. */
    public List<Finding> findings() {
        return findings;
    }

    /** The rows of each file that was read (absent optional files are not listed). */
    public Map<ContractFile, FileCounts> files() {
        return files;
    }

    /** Counts of one file; all zero when it was not read. */
    public FileCounts counts(ContractFile file) {
        return files.getOrDefault(file, new FileCounts(0, 0, 0));
    }

    /** How many rows of a file were set aside under each code. */
    public Map<FindingCode, Long> setAsideByCode(ContractFile file) {
        return setAsideByCode.getOrDefault(file, Map.of());
    }

    /** Rows set aside in all files. */
    public long rowsSetAside() {
        return files.values().stream().mapToLong(FileCounts::setAside).sum();
    }

    /** The findings with this code. */
    public List<Finding> findings(FindingCode code) {
        return findings.stream().filter(f -> f.code() == code).toList();
    }

    /** Whether some input file could not be read at all (command line exit code 3). */
    public boolean hasUnreadableFile() {
        return findings.stream().anyMatch(f -> f.code() == FindingCode.UNREADABLE_FILE);
    }

    /** A table of the files' counts and the findings by code, for people. */
    public String summary() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-16s %10s %10s %10s%n", "file", "read", "used", "set aside"));
        files.forEach((file, c) -> out.append(String.format("%-16s %10d %10d %10d%n", file.fileName(), c.read(),
                c.used(), c.setAside())));
        Map<String, Long> byCode = new LinkedHashMap<>();
        for (FindingCode code : FindingCode.values()) {
            long n = findings.stream().filter(f -> f.code() == code).count();
            if (n > 0) {
                byCode.put(code + " (" + code.severity() + ")", n);
            }
        }
        if (byCode.isEmpty()) {
            out.append("no findings").append(System.lineSeparator());
        } else {
            out.append(String.format("%-40s %10s%n", "finding", "count"));
            byCode.forEach((code, n) -> out.append(String.format("%-40s %10d%n", code, n)));
        }
        return out.toString();
    }

    /** The columns of {@code data-quality.csv} (data-contract §4). */
    public static final List<String> CSV_HEADER = List.of("file", "line", "column", "value", "code", "severity",
            "message");

    /**
     * Writes {@code data-quality.csv}: one row per finding, in {@link #findings()} order.
     *
     * @throws UncheckedIOException if the file cannot be written
     */
    public void writeCsv(Path file) {
        writeCsv(file, FormulaCells.DEFUSED);
    }

    /**
     * Writes the same file, formula-like text cells as {@code cells} says ({@link FormulaCells#RAW}
     * for files only programs read).
     *
     * @param file  the file to write
     * @param cells how formula-like text cells are written
     */
    public void writeCsv(Path file, FormulaCells cells) {
        try (CsvWriter out = new CsvWriter(file, CSV_HEADER, cells)) {
            for (Finding f : findings) {
                out.row(f.file(), String.valueOf(f.line()), f.column(), f.value(), f.code().name(),
                        f.severity().name(), f.message());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    @Override
    public String toString() {
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        List<String> parts = new ArrayList<>();
        files.forEach((f, c) -> parts.add(f.fileName() + " " + c.used() + "/" + c.read()));
        return "DataQualityReport[" + errors + " errors, " + (findings.size() - errors) + " warnings; used/read: "
                + String.join(", ", parts) + "]";
    }
}
