package org.childstat.indicators.cohort.internal;

import org.childstat.indicators.core.internal.CaseStore;

/**
 * What a victim report is (docs/input-files.md, reports.csv): a report row with disposition 1 or
 * 2, or a maltreatment death. Read by {@link DaysInCareRules} and {@link VictimReportRules}.
 */
final class VictimReport {
    private VictimReport() {
    }

    /** Whether report row k is a victim report. */
    static boolean is(CaseStore store, int k) {
        byte disposition = store.reportDisposition[k];
        return disposition == 1 || disposition == 2 || store.reportDeath[k];
    }
}
