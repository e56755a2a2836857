package org.childstat.indicators.scorecard.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.childstat.indicators.core.io.ContractFile;
import org.childstat.indicators.core.io.DataQualityReport;
import org.childstat.indicators.core.io.Finding;
import org.childstat.indicators.core.io.FindingCode;

/**
 * What stderr says when a run sets rows aside: the three codes that set most rows aside, each
 * with its count and one example (file, line, column, value), so that a systematic problem (say
 * dates written M/D/YYYY, every episode set aside as BAD_DATE) shows where the run is watched and
 * not only in data-quality.csv.
 *
 * <p>Values: an id column's value is shown (ids are record ids); any other value is shown by its
 * shape only, every digit as {@code 9}, every letter as {@code a} or {@code A}
 * ({@code 3/14/2012} as {@code 9/99/9999}), since a birth date or a code of a child is personal
 * data; data-quality.csv holds the value itself. Stateless and thread-safe.
 */
final class SetAside {
    private SetAside() {
    }

    /** The lines to print (none when no row was set aside). */
    static List<String> summary(DataQualityReport dq, String dataQualityCsv) {
        Map<FindingCode, Long> byCode = new EnumMap<>(FindingCode.class);
        for (ContractFile f : ContractFile.values()) {
            dq.setAsideByCode(f).forEach((code, n) -> byCode.merge(code, n, Long::sum));
        }
        List<String> lines = new ArrayList<>();
        long total = dq.rowsSetAside();
        if (total == 0) {
            return lines;
        }
        lines.add("childstat: " + total + (total == 1 ? " row was" : " rows were") + " set aside (" + dataQualityCsv
                + "); most often:");
        byCode.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<FindingCode, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(3)
                .forEach(e -> {
                    List<Finding> found = dq.findings(e.getKey());
                    String example = found.isEmpty() ? "" : ", e.g. " + example(found.get(0));
                    lines.add("  " + e.getKey() + ": " + e.getValue() + (e.getValue() == 1 ? " row" : " rows") + example);
                });
        return lines;
    }

    /** file line N, column C, value V (or its shape). */
    static String example(Finding f) {
        StringBuilder s = new StringBuilder(f.file());
        if (f.line() > 0) {
            s.append(" line ").append(f.line());
        }
        if (!f.column().isEmpty()) {
            s.append(", column ").append(f.column());
        }
        if (!f.value().isEmpty()) {
            boolean id = f.column().endsWith("_id");
            s.append(id ? ", value " : ", a value shaped ").append('\'').append(id ? f.value() : shape(f.value()))
                    .append('\'');
        }
        return s.toString();
    }

    /** Digits as 9, letters as a or A, control characters as ?, the rest as it is; at most 40 characters. */
    static String shape(String value) {
        StringBuilder s = new StringBuilder();
        value.codePoints().limit(40).forEach(c -> s.appendCodePoint(Character.isDigit(c) ? '9'
                : Character.isUpperCase(c) ? 'A' : Character.isLetter(c) ? 'a' : Character.isISOControl(c) ? '?' : c));
        return s.toString();
    }
}
