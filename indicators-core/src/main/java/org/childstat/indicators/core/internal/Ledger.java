package org.childstat.indicators.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.childstat.indicators.core.io.ContractFile;
import org.childstat.indicators.core.io.DataQualityReport;
import org.childstat.indicators.core.io.FileCounts;
import org.childstat.indicators.core.io.Finding;
import org.childstat.indicators.core.io.FindingCode;
import org.childstat.indicators.core.model.Ids;

/**
 * Collects findings and counts rows read and set aside while an extract is read and checked. The
 * rows used are counted from what the store keeps, so the balance {@code read = used + set aside}
 * is a real check of the bookkeeping. Not thread-safe: parallel readers each fill their own and
 * {@link #addAll} them.
 */
public final class Ledger {
    private final List<Finding> findings = new ArrayList<>();
    private final Map<ContractFile, long[]> read = new EnumMap<>(ContractFile.class);
    private final Map<ContractFile, Map<FindingCode, Long>> setAside = new EnumMap<>(ContractFile.class);

    /** Counts {@code rows} data rows read from a file (0 registers the file as read). */
    public void read(ContractFile file, long rows) {
        read.computeIfAbsent(file, f -> new long[1])[0] += rows;
    }

    public long rowsRead(ContractFile file) {
        long[] n = read.get(file);
        return n == null ? 0 : n[0];
    }

    /** Sets one row aside, with a finding. */
    public void setAside(ContractFile file, int line, String column, String value, FindingCode code, String message) {
        countSetAside(file, code, 1);
        findings.add(new Finding(file.fileName(), line, column, clip(value), code, message));
    }

    /** Sets {@code rows} rows aside under one finding (a file that cannot be read). */
    public void setAsideAll(ContractFile file, long rows, FindingCode code, String message) {
        countSetAside(file, code, rows);
        findings.add(new Finding(file.fileName(), 0, "", "", code, message));
    }

    /** A finding that does not set the row aside. */
    public void warn(ContractFile file, int line, String column, String value, FindingCode code, String message) {
        findings.add(new Finding(file.fileName(), line, column, clip(value), code, message));
    }

    public void addAll(Ledger other) {
        findings.addAll(other.findings);
        other.read.forEach((f, n) -> read(f, n[0]));
        other.setAside.forEach((f, m) -> m.forEach((code, n) -> countSetAside(f, code, n)));
    }

    /** The report, with the rows used per file as the store counted them. */
    public DataQualityReport report(Map<ContractFile, Long> used) {
        Map<ContractFile, FileCounts> files = new EnumMap<>(ContractFile.class);
        read.forEach((file, n) -> {
            long aside = setAside.getOrDefault(file, Map.of()).values().stream().mapToLong(Long::longValue).sum();
            files.put(file, new FileCounts(n[0], used.getOrDefault(file, 0L), aside));
        });
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing((Finding f) -> ContractFile.byFileName(f.file()).orElseThrow())
                .thenComparingInt(Finding::line));
        return DataQualityReport.of(sorted, files, setAside);
    }

    private void countSetAside(ContractFile file, FindingCode code, long rows) {
        setAside.computeIfAbsent(file, f -> new EnumMap<>(FindingCode.class)).merge(code, rows, Long::sum);
    }

    private static String clip(String value) {
        return Ids.clip(value);
    }
}
