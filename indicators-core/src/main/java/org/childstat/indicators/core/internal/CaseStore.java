package org.childstat.indicators.core.internal;

/**
 * The columnar form of an extract: what the calculation engine reads. Dates are epoch days
 * ({@link Dates#NONE} when missing or open), date-times epoch seconds, codes 1 + their index in
 * the contract's code list (0 when missing), references dense int ids (-1 when missing).
 * Children's events are in CSR layout: the episodes of child {@code c} are
 * {@code [childEpisodes[c], childEpisodes[c + 1])}, and likewise placements of episode
 * {@code e}, reports, contacts and assignments of a child, spells of a worker, in-home case rows,
 * meetings and health exams of a child.
 *
 * <p>Filled once by {@link Assembler} and never changed after; shared read-only between threads
 * (published through a final field of {@code CaseData}).
 */
public final class CaseStore {
    public int asOf;
    public boolean hasReports;
    public boolean hasContacts;
    public boolean hasInHome;
    public boolean hasMeetings;
    public boolean hasHealthExams;

    // organisation: unit -> office -> bureau, one tree (INCONSISTENT_ORG, docs/data-quality.md): an
    // office's bureau is the one of its first row, so unitBureau[u] == officeBureau[unitOffice[u]];
    // names are the first row's, or the first later row's that gives one. The row as written
    // (its own bureau_id, office_name, bureau_name) is kept beside it for CaseData.orgUnits() and
    // the writer; a bureau that only such rows name is an entity without offices.
    public String[] unitIds, unitNames;
    public int[] unitOffice, unitBureau, unitLine;
    public int[] unitBureauAsWritten;
    public String[] unitOfficeNameAsWritten, unitBureauNameAsWritten;
    public String[] officeIds, officeNames;
    public int[] officeBureau;
    public String[] bureauIds, bureauNames;

    // workers and their spells in units (spells in line order)
    public String[] workerIds, workerNames;
    public int[] workerSpells;
    public int[] spellUnit, spellStart, spellEnd, spellLine;

    // children
    public String[] childIds, childRace;
    public int[] childBirth, childSiblingGroup;
    public byte[] childSex;
    public String[] siblingGroupIds;

    // episodes (by child; removal date, then line)
    public int[] childEpisodes;
    public String[] episodeIds;
    public int[] episodeRemoval, episodeDischarge, episodeLine;
    public byte[] episodeReason;

    // placements (by episode; start date, then placement id)
    public int[] episodePlacements;
    public String[] placementIds;
    public int[] placementStart, placementEnd, placementProvider;
    public byte[] placementSetting;
    public boolean[] placementTemporary;
    public String[] providerIds;

    // reports (by child; report date, then report id)
    public int[] childReports;
    public String[] reportIds;
    public int[] reportDate, reportIncident, reportWorker, reportDispositionDate, reportLine;
    public byte[] reportDisposition, reportPriority;
    public boolean[] reportDeath;
    public long[] reportReceived, reportFirstContact;

    // contacts (by child; date, then line)
    public int[] childContacts;
    public int[] contactDate, contactWorker;
    public byte[] contactType, contactInResidence;

    // assignments (by child; start date, then line)
    public int[] childAssignments;
    public int[] assignmentWorker, assignmentStart, assignmentEnd;

    // in-home case rows (by child; open date, then line) and the cases they make up (dense ids in
    // order of their first kept row): a case opens on its rows' earliest open date and is open
    // (close NONE) while any row is, else closes on the latest close date; its first row is its
    // row on the lowest line (an index into the rows, store order)
    public int[] childInHome;
    public int[] inHomeCase, inHomeChild, inHomeOpen, inHomeClose, inHomeLine;
    public String[] caseIds;
    public int[] caseOpen, caseClose, caseFirstRow;

    // meetings (by child; meeting date, then line): type MeetingType code (1 TDM, 2 OTHER), worker
    // -1 when none; the meeting's id as written
    public int[] childMeetings;
    public String[] meetingIds;
    public int[] meetingDate, meetingWorker, meetingLine;
    public byte[] meetingType;

    // health exams (by child; exam date, then line): type ExamType code (1 MEDICAL, 2 DENTAL,
    // 3 MH_SCREENING)
    public int[] childExams;
    public int[] examDate, examLine;
    public byte[] examType;

    public int childCount() {
        return childIds.length;
    }
}
