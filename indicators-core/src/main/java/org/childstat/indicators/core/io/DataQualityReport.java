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
 * The data-quality ledger of one extract (docs/data-quality.md): every finding, and for every input
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
     * @param findings       every finding, in the order {@link #findings()} gives them; copied
     * @param files          the rows read, used and set aside of each file that was read; copied
     * @param setAsideByCode for each file, the rows set aside under each code; a file with none
     *                       set aside may be left out; copied
     * @return the report
     * @throws NullPointerException     if an argument is null
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

    /**
     * Every finding, errors and warnings.
     *
     * @return the findings by file (in {@link ContractFile} order) then line; empty for a clean
     *         extract
     */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * The rows of each file that was read.
     *
     * @return the counts by file, in {@link ContractFile} order; an absent optional file is not
     *         a key, an unreadable one is (all its rows set aside)
     */
    public Map<ContractFile, FileCounts> files() {
        return files;
    }

    /**
     * The rows of one file.
     *
     * @param file a file of the contract
     * @return its counts; all zero when it was not read (an absent optional file)
     */
    public FileCounts counts(ContractFile file) {
        return files.getOrDefault(file, new FileCounts(0, 0, 0));
    }

    /**
     * Why the rows of one file were set aside.
     *
     * @param file a file of the contract
     * @return rows set aside per code, codes with none left out; empty when no row of the file
     *         was set aside or the file was not read. The values add up to
     *         {@code counts(file).setAside()}
     */
    public Map<FindingCode, Long> setAsideByCode(ContractFile file) {
        return setAsideByCode.getOrDefault(file, Map.of());
    }

    /**
     * Rows set aside in all files together.
     *
     * @return the sum of {@link FileCounts#setAside()} over {@link #files()}; 0 when nothing was
     *         set aside (the command then exits with 0, otherwise 1)
     */
    public long rowsSetAside() {
        return files.values().stream().mapToLong(FileCounts::setAside).sum();
    }

    /**
     * The findings of one code.
     *
     * @param code the code
     * @return its findings, in {@link #findings()} order; empty when there are none
     */
    public List<Finding> findings(FindingCode code) {
        return findings.stream().filter(f -> f.code() == code).toList();
    }

    /**
     * Whether some input file could not be read at all.
     *
     * @return true when there is an {@link FindingCode#UNREADABLE_FILE} finding (the command
     *         then exits with 3)
     */
    public boolean hasUnreadableFile() {
        return findings.stream().anyMatch(f -> f.code() == FindingCode.UNREADABLE_FILE);
    }

    /**
     * A plain-text table for people: each file's rows read, used and set aside, then the number
     * of findings per code (or {@code no findings}).
     *
     * @return the table, lines ended by the platform's line separator
     */
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

    /** The columns of {@code data-quality.csv} (docs/outputs.md, data-quality.csv). */
    public static final List<String> CSV_HEADER = List.of("file", "line", "column", "value", "code", "severity",
            "message");

    /**
     * Writes {@code data-quality.csv}: one row per finding, in {@link #findings()} order, text
     * cells that a spreadsheet would run as formulas defused ({@link FormulaCells#DEFUSED}).
     *
     * @param file the file to write (replaced if it exists)
     * @throws UncheckedIOException if the file cannot be written
     */
    public void writeCsv(Path file) {
        writeCsv(file, FormulaCells.DEFUSED);
    }

    /**
     * Writes the same file, formula-like text cells as {@code cells} says ({@link FormulaCells#RAW}
     * for files only programs read).
     *
     * @param file  the file to write (replaced if it exists)
     * @param cells how formula-like text cells are written
     * @throws UncheckedIOException if the file cannot be written
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
