package org.childstat.indicators.core.internal;

import java.util.ArrayList;
import java.util.List;
import org.childstat.indicators.core.io.ContractFile;
import org.childstat.indicators.core.io.FindingCode;

/**
 * The rows of one contract file as typed columns, before the cross-row checks: what the CSV
 * reader, the builder and the synthetic county all produce, and what {@link Assembler} checks.
 * Ids and text are strings (null when empty); dates are epoch days ({@link Dates#NONE} when
 * empty); codes are 1 + their index in the column's code list (0 when empty); date-times are
 * epoch seconds ({@link Dates#NO_TIME} when empty). A row whose cells already broke the contract
 * carries its reason code and is set aside by the assembler, but its id still counts for
 * {@code DUPLICATE_ID}. Not thread-safe.
 */
public final class StagedTable {
    private final ContractFile file;
    private final Object[] columns;
    private final IntList lines = new IntList();
    private final IntList reasons = new IntList();
    private int size;

    public StagedTable(ContractFile file) {
        this.file = file;
        List<ContractFile.Column> cols = file.columns();
        columns = new Object[cols.size()];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = switch (cols.get(c).kind()) {
                case ID, TEXT -> new ArrayList<String>();
                case DATE, CODE -> new IntList();
                case DATE_TIME -> new LongList();
            };
        }
    }

    public ContractFile file() {
        return file;
    }

    public int size() {
        return size;
    }

    /** Appends an empty row read from {@code line}; returns its index. */
    public int addRow(int line) {
        List<ContractFile.Column> cols = file.columns();
        for (int c = 0; c < columns.length; c++) {
            switch (cols.get(c).kind()) {
                case ID, TEXT -> strings(c).add(null);
                case DATE -> ints(c).add(Dates.NONE);
                case CODE -> ints(c).add(0);
                case DATE_TIME -> longs(c).add(Dates.NO_TIME);
            }
        }
        lines.add(line);
        reasons.add(0);
        return size++;
    }

    public int line(int row) {
        return lines.get(row);
    }

    /** The reason the row's own cells set it aside, or null. */
    public FindingCode reason(int row) {
        int r = reasons.get(row);
        return r == 0 ? null : FindingCode.values()[r - 1];
    }

    public void setReason(int row, FindingCode code) {
        reasons.set(row, code.ordinal() + 1);
    }

    public String str(int column, int row) {
        return strings(column).get(row);
    }

    public int num(int column, int row) {
        return ints(column).get(row);
    }

    public long time(int column, int row) {
        return longs(column).get(row);
    }

    public StagedTable set(int column, int row, String value) {
        strings(column).set(row, value);
        return this;
    }

    public StagedTable set(int column, int row, int value) {
        ints(column).set(row, value);
        return this;
    }

    public StagedTable set(int column, int row, long value) {
        longs(column).set(row, value);
        return this;
    }

    @SuppressWarnings("unchecked")
    private ArrayList<String> strings(int column) {
        return (ArrayList<String>) columns[column];
    }

    private IntList ints(int column) {
        return (IntList) columns[column];
    }

    private LongList longs(int column) {
        return (LongList) columns[column];
    }
}
