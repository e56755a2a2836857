package org.childstat.indicators.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.childstat.indicators.core.internal.CaseStore;
import org.childstat.indicators.core.internal.CsvWriter;
import org.childstat.indicators.core.internal.Dates;
import org.childstat.indicators.core.internal.StoreAccess;
import org.childstat.indicators.core.model.CaseData;

/**
 * Writes a {@link CaseData} as the contract's folder of CSV files (docs/input-files.md), with
 * {@code extract.txt} holding the as-of date, so that {@code CaseDataReader.read(folder)} gives
 * back an equal {@code CaseData}. Every column of the contract is written; optional files only
 * when the extract had them. Rows keep the order that decides ties (episodes, contacts and
 * assignments in the store's order; worker spells, report rows, in-home case rows, meetings and
 * health exams in their original file order).
 * Cells are quoted when they hold a comma, a quote, a line break, or spaces at either end.
 * Stateless and thread-safe.
 */
public final class CaseDataWriter {
    private CaseDataWriter() {
    }

    /**
     * Writes the extract into {@code folder}, creating it if needed and replacing the contract's
     * files in it.
     *
     * @param data   the extract to write
     * @param folder the folder to write to; created, with its parents, if it does not exist
     * @throws UncheckedIOException if a file cannot be written
     */
    public static void write(CaseData data, Path folder) {
        CaseStore s = StoreAccess.store(data);
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(CaseDataReader.EXTRACT_FILE), data.asOf() + "\n", StandardCharsets.UTF_8);
            try (CsvWriter out = open(folder, ContractFile.ORG_UNITS)) {
                for (int u = 0; u < s.unitIds.length; u++) {
                    // the rows as written, so that a re-read finds what this extract found
                    out.row(s.unitIds[u], s.unitNames[u], s.officeIds[s.unitOffice[u]], s.unitOfficeNameAsWritten[u],
                            s.bureauIds[s.unitBureauAsWritten[u]], s.unitBureauNameAsWritten[u]);
                }
            }
            try (CsvWriter out = open(folder, ContractFile.WORKERS)) {
                int[] workerOf = new int[s.spellUnit.length];
                for (int w = 0; w < s.workerIds.length; w++) {
                    Arrays.fill(workerOf, s.workerSpells[w], s.workerSpells[w + 1], w);
                }
                for (int k : byLine(s.spellLine)) {
                    int w = workerOf[k];
                    out.row(s.workerIds[w], s.workerNames[w], s.unitIds[s.spellUnit[k]], Dates.format(s.spellStart[k]),
                            Dates.format(s.spellEnd[k]));
                }
            }
            try (CsvWriter out = open(folder, ContractFile.CHILDREN)) {
                for (int c = 0; c < s.childCount(); c++) {
                    int g = s.childSiblingGroup[c];
                    out.row(s.childIds[c], Dates.format(s.childBirth[c]), code(ContractFile.CHILDREN, 2, s.childSex[c]),
                            s.childRace[c], g < 0 ? null : s.siblingGroupIds[g]);
                }
            }
            try (CsvWriter ep = open(folder, ContractFile.EPISODES); CsvWriter pl = open(folder, ContractFile.PLACEMENTS)) {
                for (int c = 0; c < s.childCount(); c++) {
                    for (int e = s.childEpisodes[c]; e < s.childEpisodes[c + 1]; e++) {
                        ep.row(s.episodeIds[e], s.childIds[c], Dates.format(s.episodeRemoval[e]),
                                Dates.format(s.episodeDischarge[e]), code(ContractFile.EPISODES, 4, s.episodeReason[e]));
                        for (int p = s.episodePlacements[e]; p < s.episodePlacements[e + 1]; p++) {
                            int provider = s.placementProvider[p];
                            pl.row(s.placementIds[p], s.episodeIds[e], Dates.format(s.placementStart[p]),
                                    Dates.format(s.placementEnd[p]), code(ContractFile.PLACEMENTS, 4, s.placementSetting[p]),
                                    s.placementTemporary[p] ? "Y" : "N", provider < 0 ? null : s.providerIds[provider]);
                        }
                    }
                }
            }
            if (data.hasReports()) {
                writeReports(s, folder);
            }
            if (data.hasContacts()) {
                try (CsvWriter out = open(folder, ContractFile.CONTACTS)) {
                    for (int c = 0; c < s.childCount(); c++) {
                        for (int k = s.childContacts[c]; k < s.childContacts[c + 1]; k++) {
                            out.row(s.childIds[c], Dates.format(s.contactDate[k]),
                                    code(ContractFile.CONTACTS, 2, s.contactType[k]), worker(s, s.contactWorker[k]),
                                    code(ContractFile.CONTACTS, 4, s.contactInResidence[k]));
                        }
                    }
                }
            }
            try (CsvWriter out = open(folder, ContractFile.ASSIGNMENTS)) {
                for (int c = 0; c < s.childCount(); c++) {
                    for (int a = s.childAssignments[c]; a < s.childAssignments[c + 1]; a++) {
                        out.row(s.childIds[c], s.workerIds[s.assignmentWorker[a]], Dates.format(s.assignmentStart[a]),
                                Dates.format(s.assignmentEnd[a]));
                    }
                }
            }
            if (data.hasInHomeCases()) {
                try (CsvWriter out = open(folder, ContractFile.IN_HOME_CASES)) {
                    for (int i : byLine(s.inHomeLine)) {
                        out.row(s.caseIds[s.inHomeCase[i]], s.childIds[s.inHomeChild[i]], Dates.format(s.inHomeOpen[i]),
                                Dates.format(s.inHomeClose[i]));
                    }
                }
            }
            if (data.hasMeetings()) {
                writeMeetings(s, folder);
            }
            if (data.hasHealthExams()) {
                int[] childOf = childOf(s.childExams, s.examDate.length, s.childCount());
                try (CsvWriter out = open(folder, ContractFile.HEALTH_EXAMS)) {
                    for (int x : byLine(s.examLine)) {
                        out.row(s.childIds[childOf[x]], Dates.format(s.examDate[x]),
                                code(ContractFile.HEALTH_EXAMS, 2, s.examType[x]));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder, e);
        }
    }

    private static void writeReports(CaseStore s, Path folder) throws IOException {
        int[] childOf = new int[s.reportIds.length];
        for (int c = 0; c < s.childCount(); c++) {
            Arrays.fill(childOf, s.childReports[c], s.childReports[c + 1], c);
        }
        try (CsvWriter out = open(folder, ContractFile.REPORTS)) {
            for (int r : byLine(s.reportLine)) {
                out.row(s.reportIds[r], s.childIds[childOf[r]], Dates.format(s.reportDate[r]),
                        code(ContractFile.REPORTS, 3, s.reportDisposition[r]), Dates.format(s.reportIncident[r]),
                        s.reportDeath[r] ? "Y" : "N", worker(s, s.reportWorker[r]),
                        code(ContractFile.REPORTS, 7, s.reportPriority[r]), Dates.formatTime(s.reportReceived[r]),
                        Dates.formatTime(s.reportFirstContact[r]), Dates.format(s.reportDispositionDate[r]));
            }
        }
    }

    private static void writeMeetings(CaseStore s, Path folder) throws IOException {
        int[] childOf = childOf(s.childMeetings, s.meetingDate.length, s.childCount());
        try (CsvWriter out = open(folder, ContractFile.MEETINGS)) {
            for (int m : byLine(s.meetingLine)) {
                out.row(s.meetingIds[m], s.childIds[childOf[m]], Dates.format(s.meetingDate[m]),
                        code(ContractFile.MEETINGS, 3, s.meetingType[m]), worker(s, s.meetingWorker[m]));
            }
        }
    }

    /** The child of each event, from a CSR offset array. */
    private static int[] childOf(int[] offsets, int events, int children) {
        int[] out = new int[events];
        for (int c = 0; c < children; c++) {
            Arrays.fill(out, offsets[c], offsets[c + 1], c);
        }
        return out;
    }

    /** Indexes in order of line, ties by index (a stable order). */
    private static int[] byLine(int[] lines) {
        return IntStream.range(0, lines.length).boxed().sorted(Comparator.comparingInt(i -> lines[i]))
                .mapToInt(Integer::intValue).toArray();
    }

    private static String worker(CaseStore s, int w) {
        return w < 0 ? null : s.workerIds[w];
    }

    private static String code(ContractFile file, int column, byte value) {
        return value == 0 ? null : file.columns().get(column).codes().get(value - 1);
    }

    private static CsvWriter open(Path folder, ContractFile file) throws IOException {
        // an extract is read back by programs: its cells as they are
        return new CsvWriter(folder.resolve(file.fileName()),
                file.columns().stream().map(ContractFile.Column::name).toList(), FormulaCells.RAW);
    }
}
