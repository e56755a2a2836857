package org.childstat.indicators.cohort.internal;

import java.util.ArrayList;
import java.util.List;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.internal.CaseStore;
import org.childstat.indicators.core.internal.Dates;
import org.childstat.indicators.core.io.ContractFile;
import org.childstat.indicators.core.io.DataQualityReport;
import org.childstat.indicators.core.io.Finding;
import org.childstat.indicators.core.io.FindingCode;

/**
 * Counts for the CFSR data-quality limits per period (docs/indicators.md): from the kept episodes,
 * and from the episodes the reader set aside (their findings carry the date: the removal date for
 * BIRTH_AFTER_REMOVAL, the discharge date for END_BEFORE_START). An episode is served in a period
 * when it has a day in it (removal <= e, and open or discharged >= s).
 */
public final class DataQualityChecks {
    private DataQualityChecks() {
    }

    /** {numerator, denominator} per check (in Check order), for each period. */
    public static long[][][] count(CaseStore s, DataQualityReport dq, List<ReportingPeriod> periods) {
        List<Integer> birthAfterRemoval = new ArrayList<>(), exitBeforeRemoval = new ArrayList<>();
        for (Finding f : dq.findings()) {
            if (!f.file().equals(ContractFile.EPISODES.fileName())) {
                continue;
            }
            if (f.code() == FindingCode.BIRTH_AFTER_REMOVAL || f.code() == FindingCode.END_BEFORE_START) {
                int date = Dates.parseDate(f.value());
                if (date != Dates.INVALID) {
                    (f.code() == FindingCode.BIRTH_AFTER_REMOVAL ? birthAfterRemoval : exitBeforeRemoval).add(date);
                }
            }
        }
        long[][][] out = new long[periods.size()][5][2];
        for (int p = 0; p < periods.size(); p++) {
            int start = (int) periods.get(p).start().toEpochDay(), end = (int) periods.get(p).end().toEpochDay();
            long served = 0, exits = 0, sameDay = 0, missing = 0, children = 0, first = 0;
            for (int c = 0; c < s.childCount(); c++) {
                int servedEpisode = -1;
                for (int e = s.childEpisodes[c]; e < s.childEpisodes[c + 1]; e++) {
                    int r = s.episodeRemoval[e], d = s.episodeDischarge[e];
                    if (r <= end && (d == Dates.NONE || d >= start)) {
                        served++;
                        servedEpisode = e;
                    }
                    if (d != Dates.NONE && d >= start && d <= end) {
                        exits++;
                        if (d == r) {
                            sameDay++;
                        }
                        if (s.episodeReason[e] == 0) {
                            missing++;
                        }
                    }
                }
                if (servedEpisode >= 0) {
                    children++;
                    if (servedEpisode == s.childEpisodes[c]) {
                        first++;
                    }
                }
            }
            long birth = birthAfterRemoval.stream().filter(d -> d >= start && d <= end).count();
            long before = exitBeforeRemoval.stream().filter(d -> d >= start && d <= end).count();
            out[p][0] = new long[] {birth, served + birth};
            out[p][1] = new long[] {before, exits + before};
            out[p][2] = new long[] {sameDay, exits};
            out[p][3] = new long[] {missing, exits};
            out[p][4] = new long[] {first, children};
        }
        return out;
    }
}
