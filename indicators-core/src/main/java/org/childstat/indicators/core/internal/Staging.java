package org.childstat.indicators.core.internal;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.childstat.indicators.core.io.ContractFile;

/** The staged tables of one extract, plus which optional files were present. Not thread-safe. */
public final class Staging {
    private final Map<ContractFile, StagedTable> tables = new EnumMap<>(ContractFile.class);
    private final Set<ContractFile> present = EnumSet.noneOf(ContractFile.class);

    public Staging() {
        for (ContractFile f : ContractFile.values()) {
            tables.put(f, new StagedTable(f));
        }
        present.addAll(EnumSet.allOf(ContractFile.class));
    }

    public StagedTable table(ContractFile file) {
        return tables.get(file);
    }

    public void replace(StagedTable table) {
        tables.put(table.file(), table);
    }

    /** Marks a file absent (an optional file not in the folder, or a file that could not be read). */
    public void markAbsent(ContractFile file) {
        present.remove(file);
    }

    public boolean isPresent(ContractFile file) {
        return present.contains(file);
    }
}
