package org.childstat.indicators.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.childstat.indicators.core.internal.CaseStore;
import org.childstat.indicators.core.internal.Dates;
import org.childstat.indicators.core.internal.StoreAccess;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.DischargeReason;
import org.childstat.indicators.core.model.ExamType;
import org.childstat.indicators.core.model.HealthExam;
import org.childstat.indicators.core.model.Meeting;
import org.childstat.indicators.core.model.MeetingType;
import org.childstat.indicators.core.model.PlacementSetting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * meetings.csv and health_exams.csv (docs/input-files.md; data contract §1 and §4): absent versus
 * empty, each data-quality rule at its edge, the order of a child's meetings and exams, the
 * builder's way of stating them and the writer's round trip. Extract.valid(): children C1 and C2,
 * worker W1 (from 2020-01-01), as-of date 2024-06-30.
 */
class MeetingsAndExamsReadingTest {
    @TempDir
    Path dir;

    static final String MEETINGS = "meeting_id,child_id,meeting_date,meeting_type,worker_id\n";
    static final String EXAMS = "child_id,exam_date,exam_type\n";

    private static List<Finding> findings(CaseData data, FindingCode code, String file) {
        return data.dataQuality().findings(code).stream().filter(f -> f.file().equals(file)).toList();
    }

    private static Finding only(CaseData data, FindingCode code, String file) {
        List<Finding> found = findings(data, code, file);
        assertEquals(1, found.size(), () -> code + " findings: " + data.dataQuality().findings());
        return found.get(0);
    }

    private static List<Integer> lines(List<Finding> found) {
        return found.stream().map(Finding::line).toList();
    }

    private static Meeting meeting(String id, String child, String date, MeetingType type, String worker) {
        return new Meeting(id, child, LocalDate.parse(date), type, worker);
    }

    private static HealthExam exam(String child, String date, ExamType type) {
        return new HealthExam(child, LocalDate.parse(date), type);
    }

    // ------------------------------------------------------------------ absent and empty

    @Test
    void absentFiles_meanNoSuchEvents_andAreNotListed() {
        CaseData data = Extract.valid().read(dir);
        assertFalse(data.hasMeetings());
        assertFalse(data.hasHealthExams());
        assertEquals(List.of(), Extract.child(data, "C1").meetings());
        assertEquals(List.of(), Extract.child(data, "C1").healthExams());
        assertFalse(data.dataQuality().files().containsKey(ContractFile.MEETINGS), "run.json lists the files read");
        assertFalse(data.dataQuality().files().containsKey(ContractFile.HEALTH_EXAMS));
        assertEquals(List.of(), data.dataQuality().findings());
    }

    @Test
    void emptyFiles_arePresent_withNoRows_andAreListed() {
        CaseData data = Extract.valid().with("meetings.csv", MEETINGS).with("health_exams.csv", EXAMS).read(dir);
        assertTrue(data.hasMeetings());
        assertTrue(data.hasHealthExams());
        assertEquals(new FileCounts(0, 0, 0), data.dataQuality().files().get(ContractFile.MEETINGS));
        assertEquals(new FileCounts(0, 0, 0), data.dataQuality().files().get(ContractFile.HEALTH_EXAMS));
        assertEquals(List.of(), data.dataQuality().findings());
        assertFalse(data.equals(Extract.valid().read(dir.resolve("absent"))), "present and empty is not absent");
    }

    @Test
    void oneFilePresent_theOtherAbsent_areIndependent() {
        CaseData data = Extract.valid().with("health_exams.csv", EXAMS + "C1,2024-01-01,MEDICAL\n").read(dir);
        assertFalse(data.hasMeetings());
        assertTrue(data.hasHealthExams());
        assertEquals(1, Extract.child(data, "C1").healthExams().size());
    }

    // ------------------------------------------------------------------ valid rows

    @Test
    void validRows_areEachChildsHistory_byDateThenLine() {
        CaseData data = Extract.valid()
                .with("meetings.csv", MEETINGS + "M9,C1,2024-03-01,OTHER,W1\nM1,C1,2024-01-15,TDM,\n"
                        + "M1,C2,2024-01-15,TDM,W1\nM3,C1,2024-03-01,TDM,\n")
                .with("health_exams.csv", EXAMS + "C1,2024-05-02,DENTAL\nC1,2023-11-30,MEDICAL\n"
                        + "C2,2019-01-01,MH_SCREENING\nC1,2024-05-02,MEDICAL\n")
                .read(dir);
        assertEquals(List.of(), data.dataQuality().findings());
        // C1's meetings by date; the two on 2024-03-01 in line order (M9 on line 2 before M3 on line 5), not by id
        assertEquals(List.of(meeting("M1", "C1", "2024-01-15", MeetingType.TDM, null),
                        meeting("M9", "C1", "2024-03-01", MeetingType.OTHER, "W1"),
                        meeting("M3", "C1", "2024-03-01", MeetingType.TDM, null)),
                Extract.child(data, "C1").meetings());
        // C2 has no episode: a meeting (and an exam) need not fall in care
        assertEquals(List.of(meeting("M1", "C2", "2024-01-15", MeetingType.TDM, "W1")), Extract.child(data, "C2").meetings());
        assertEquals(List.of(exam("C1", "2023-11-30", ExamType.MEDICAL), exam("C1", "2024-05-02", ExamType.DENTAL),
                exam("C1", "2024-05-02", ExamType.MEDICAL)), Extract.child(data, "C1").healthExams());
        assertEquals(List.of(exam("C2", "2019-01-01", ExamType.MH_SCREENING)), Extract.child(data, "C2").healthExams());
        assertEquals(new FileCounts(4, 4, 0), data.dataQuality().counts(ContractFile.MEETINGS));
        assertEquals(new FileCounts(4, 4, 0), data.dataQuality().counts(ContractFile.HEALTH_EXAMS));
    }

    @Test
    void store_holdsEachChildsMeetingsAndExams_inSortedColumns() {
        CaseData data = Extract.valid()
                .with("meetings.csv", MEETINGS + "M9,C1,2024-03-01,OTHER,W1\nM1,C2,2024-01-15,TDM,\nM1,C1,2024-01-15,TDM,\n")
                .with("health_exams.csv", EXAMS + "C2,2024-05-02,DENTAL\nC1,2023-11-30,MH_SCREENING\n")
                .read(dir);
        CaseStore s = StoreAccess.store(data);
        int c1 = data.childIds().indexOf("C1"), c2 = data.childIds().indexOf("C2");
        assertEquals(0, c1);
        assertArrayEquals(new int[] {0, 2, 3}, s.childMeetings, "CSR offsets, children in childIds order");
        assertArrayEquals(new int[] {Dates.of(LocalDate.of(2024, 1, 15)), Dates.of(LocalDate.of(2024, 3, 1)),
                Dates.of(LocalDate.of(2024, 1, 15))}, s.meetingDate);
        assertArrayEquals(new byte[] {1, 2, 1}, s.meetingType, "1 + MeetingType ordinal: TDM 1, OTHER 2");
        assertEquals("W1", s.workerIds[s.meetingWorker[1]]);
        assertEquals(-1, s.meetingWorker[0], "no worker: -1");
        assertArrayEquals(new String[] {"M1", "M9", "M1"}, s.meetingIds);
        assertArrayEquals(new int[] {4, 2, 3}, s.meetingLine);
        assertArrayEquals(new int[] {0, 1, 2}, s.childExams);
        assertArrayEquals(new int[] {Dates.of(LocalDate.of(2023, 11, 30)), Dates.of(LocalDate.of(2024, 5, 2))}, s.examDate);
        assertArrayEquals(new byte[] {3, 2}, s.examType, "1 + ExamType ordinal: MEDICAL 1, DENTAL 2, MH_SCREENING 3");
        assertEquals(1, c2);
    }

    // ------------------------------------------------------------------ DUPLICATE_ID

    @Test
    void duplicateId_isThePairOfMeetingAndChild_theFirstRowWins() {
        CaseData data = Extract.valid()
                .with("meetings.csv", MEETINGS + "M1,C1,2024-01-01,TDM,\nM1,C2,2024-01-01,TDM,\nM2,C1,2024-02-01,TDM,\n"
                        + "M1,C1,2024-03-01,OTHER,W1\n")
                .read(dir);
        Finding dup = only(data, FindingCode.DUPLICATE_ID, "meetings.csv");
        assertEquals(5, dup.line());
        assertEquals("meeting_id", dup.column());
        assertEquals("meeting_id M1 (child C1) was already read (the first row wins)", dup.message());
        assertEquals(Severity.ERROR, dup.severity());
        assertEquals(new FileCounts(4, 3, 1), data.dataQuality().counts(ContractFile.MEETINGS));
        assertEquals(List.of(meeting("M1", "C1", "2024-01-01", MeetingType.TDM, null),
                meeting("M2", "C1", "2024-02-01", MeetingType.TDM, null)), Extract.child(data, "C1").meetings());
        assertEquals(1, Extract.child(data, "C2").meetings().size(), "the same meeting id for another child is fine");
    }

    @Test
    void duplicateId_ofAFirstRowSetAsideForItsCells_stillClaimsThePair() {
        CaseData data = Extract.valid()
                .with("meetings.csv", MEETINGS + "M1,C1,2024-02-30,TDM,\nM1,C1,2024-01-01,TDM,\n")
                .read(dir);
        assertEquals(2, only(data, FindingCode.BAD_DATE, "meetings.csv").line());
        assertEquals(3, only(data, FindingCode.DUPLICATE_ID, "meetings.csv").line());
        assertEquals(List.of(), Extract.child(data, "C1").meetings());
        assertEquals(new FileCounts(2, 0, 2), data.dataQuality().counts(ContractFile.MEETINGS));
    }

    @Test
    void duplicateId_ofAFirstRowSetAsideByTheCrossRowChecks_stillClaimsThePair() {
        CaseData data = Extract.valid()
                .with("meetings.csv", MEETINGS + "M1,C1,2024-07-01,TDM,\nM1,C1,2024-01-01,TDM,W9\nM1,C1,2024-01-01,TDM,\n")
                .read(dir);
        assertEquals(2, only(data, FindingCode.AFTER_AS_OF, "meetings.csv").line());
        assertEquals(List.of(3, 4), lines(findings(data, FindingCode.DUPLICATE_ID, "meetings.csv")),
                "DUPLICATE_ID comes before UNKNOWN_REFERENCE on line 3");
        assertEquals(List.of(), findings(data, FindingCode.UNKNOWN_REFERENCE, "meetings.csv"));
        assertEquals(List.of(), Extract.child(data, "C1").meetings());
    }

    @Test
    void healthExams_haveNoId_identicalRowsAreAllKept() {
        CaseData data = Extract.valid()
                .with("health_exams.csv", EXAMS + "C1,2024-01-01,MEDICAL\nC1,2024-01-01,MEDICAL\nC1,2024-01-01,MEDICAL\n")
                .read(dir);
        assertEquals(List.of(), data.dataQuality().findings());
        assertEquals(3, Extract.child(data, "C1").healthExams().size());
        assertEquals(new FileCounts(3, 3, 0), data.dataQuality().counts(ContractFile.HEALTH_EXAMS));
    }

    // ------------------------------------------------------------------ the row's own cells

    @Test
    void badCode_codesAreCaseSensitive_andUnknownOnesAreSetAside() {
        CaseData data = Extract.valid()
                .with("meetings.csv", MEETINGS + "M1,C1,2024-01-01,tdm,\nM2,C1,2024-01-01,Tdm,\nM3,C1,2024-01-01,TEAM,\n"
                        + "M4,C1,2024-01-01,TDM,\nM5,C1,2024-01-01,OTHER,\n")
                .with("health_exams.csv", EXAMS + "C1,2024-01-01,VISION\nC1,2024-01-01,medical\nC1,2024-01-01,MH SCREENING\n"
                        + "C1,2024-01-01,MEDICAL\nC1,2024-01-01,DENTAL\nC1,2024-01-01,MH_SCREENING\n")
                .read(dir);
        List<Finding> meetings = findings(data, FindingCode.BAD_CODE, "meetings.csv");
        assertEquals(List.of(2, 3, 4), lines(meetings));
        assertEquals("meeting_type", meetings.get(0).column());
        assertEquals("tdm", meetings.get(0).value());
        List<Finding> exams = findings(data, FindingCode.BAD_CODE, "health_exams.csv");
        assertEquals(List.of(2, 3, 4), lines(exams));
        assertEquals("exam_type", exams.get(0).column());
        assertEquals("VISION", exams.get(0).value());
        assertEquals(List.of(MeetingType.TDM, MeetingType.OTHER),
                Extract.child(data, "C1").meetings().stream().map(Meeting::type).toList());
        assertEquals(List.of(ExamType.MEDICAL, ExamType.DENTAL, ExamType.MH_SCREENING),
                Extract.child(data, "C1").healthExams().stream().map(HealthExam::type).toList());
        assertEquals(new FileCounts(5, 2, 3), data.dataQuality().counts(ContractFile.MEETINGS));
        assertEquals(new FileCounts(6, 3, 3), data.dataQuality().counts(ContractFile.HEALTH_EXAMS));
    }

    @Test
    void missingRequired_eachRequiredCell_andAnEmptyWorkerIsFine() {
        CaseData data = Extract.valid()
                .with("meetings.csv", MEETINGS + ",C1,2024-01-01,TDM,\nM1,,2024-01-01,TDM,\nM2,C1,,TDM,\n"
                        + "M3,C1,2024-01-01,,W1\nM4,C1,2024-01-01,TDM,\n")
                .with("health_exams.csv", EXAMS + ",2024-01-01,MEDICAL\nC1,,MEDICAL\nC1,2024-01-01,\nC1,2024-01-01,DENTAL\n")
                .read(dir);
        List<Finding> meetings = findings(data, FindingCode.MISSING_REQUIRED, "meetings.csv");
        assertEquals(List.of(2, 3, 4, 5), lines(meetings));
        assertEquals(List.of("meeting_id", "child_id", "meeting_date", "meeting_type"),
                meetings.stream().map(Finding::column).toList());
        List<Finding> exams = findings(data, FindingCode.MISSING_REQUIRED, "health_exams.csv");
        assertEquals(List.of(2, 3, 4), lines(exams));
        assertEquals(List.of("child_id", "exam_date", "exam_type"), exams.stream().map(Finding::column).toList());
        assertEquals(List.of("M4"), Extract.child(data, "C1").meetings().stream().map(Meeting::meetingId).toList());
        assertEquals(1, Extract.child(data, "C1").healthExams().size());
    }

    @Test
    void badDate_isAnError_inBothFiles() {
        CaseData data = Extract.valid()
                .with("meetings.csv", MEETINGS + "M1,C1,31/12/2023,TDM,\nM2,C1,2023-02-29,TDM,\nM3,C1,2024-02-29,TDM,\n")
                .with("health_exams.csv", EXAMS + "C1,2024-13-01,DENTAL\nC1,2300-01-01,DENTAL\nC1,2024-01-31,DENTAL\n")
                .read(dir);
        assertEquals(List.of(2, 3), lines(findings(data, FindingCode.BAD_DATE, "meetings.csv")));
        assertEquals("meeting_date", findings(data, FindingCode.BAD_DATE, "meetings.csv").get(0).column());
        assertEquals(List.of(2, 3), lines(findings(data, FindingCode.BAD_DATE, "health_exams.csv")));
        assertEquals("exam_date", findings(data, FindingCode.BAD_DATE, "health_exams.csv").get(0).column());
        assertEquals(List.of("M3"), Extract.child(data, "C1").meetings().stream().map(Meeting::meetingId).toList());
        assertEquals(1, Extract.child(data, "C1").healthExams().size());
    }

    @Test
    void malformedRow_andBadId_asForEveryFile() {
        CaseData data = Extract.valid()
                .with("meetings.csv", MEETINGS + "M1,C1,2024-01-01\nM2,C1,2024-01-01,TDM,,extra\n" + "M".repeat(65)
                        + ",C1,2024-01-01,TDM,\nM3,C1,2024-01-01,TDM,\n")
                .with("health_exams.csv", EXAMS + "C1,2024-01-01\nC1,2024-01-01,MEDICAL\n")
                .read(dir);
        assertEquals(List.of(2, 3), lines(findings(data, FindingCode.MALFORMED_ROW, "meetings.csv")));
        assertEquals(List.of(4), lines(findings(data, FindingCode.BAD_ID, "meetings.csv")));
        assertEquals(List.of(2), lines(findings(data, FindingCode.MALFORMED_ROW, "health_exams.csv")));
        assertEquals(new FileCounts(4, 1, 3), data.dataQuality().counts(ContractFile.MEETINGS));
        assertEquals(new FileCounts(2, 1, 1), data.dataQuality().counts(ContractFile.HEALTH_EXAMS));
    }

    // ------------------------------------------------------------------ UNKNOWN_REFERENCE

    @Test
    void unknownReference_aChildThatDoesNotExistOrWasSetAside() {
        CaseData data = Extract.valid()
                .with("children.csv", "child_id,birth_date\nC1,2015-03-01\nC2,2016-02-30\n")
                .with("meetings.csv", MEETINGS + "M1,C2,2024-01-01,TDM,\nM1,C9,2024-01-01,TDM,\nM1,C1,2024-01-01,TDM,\n"
                        + "M2,C9,2024-07-01,TDM,W9\n")
                .with("health_exams.csv", EXAMS + "C2,2024-01-01,MEDICAL\nC9,2024-01-01,MEDICAL\nC1,2024-01-01,MEDICAL\n"
                        + "C9,2024-07-01,MEDICAL\n")
                .read(dir);
        List<Finding> meetings = findings(data, FindingCode.UNKNOWN_REFERENCE, "meetings.csv");
        assertEquals(List.of(2, 3, 5), lines(meetings));
        assertEquals(List.of("child_id", "child_id", "child_id"), meetings.stream().map(Finding::column).toList(),
                "an unknown child comes before an unknown worker and AFTER_AS_OF");
        assertEquals("C9", meetings.get(1).value());
        List<Finding> exams = findings(data, FindingCode.UNKNOWN_REFERENCE, "health_exams.csv");
        assertEquals(List.of(2, 3, 5), lines(exams));
        assertEquals("child_id", exams.get(0).column());
        assertEquals(List.of(), data.dataQuality().findings(FindingCode.AFTER_AS_OF));
        assertEquals(1, Extract.child(data, "C1").meetings().size());
        assertEquals(1, Extract.child(data, "C1").healthExams().size());
    }

    @Test
    void unknownReference_aWorkerThatDoesNotExistOrWhoseRowsWereAllSetAside() {
        CaseData data = Extract.valid()
                .with("workers.csv", "worker_id,unit_id,start_date\nW1,U1,2020-01-01\nW2,U9,2020-01-01\n"
                        + "W3,U9,2020-01-01\nW3,U1,2021-01-01\n")
                .with("meetings.csv", MEETINGS + "M1,C1,2024-01-01,TDM,W9\nM2,C1,2024-01-01,TDM,W2\nM3,C1,2024-01-01,TDM,W3\n"
                        + "M4,C1,2024-01-01,TDM,W1\nM5,C1,2024-01-01,TDM,\nM6,C1,2024-07-01,TDM,W9\n")
                .read(dir);
        List<Finding> unknown = findings(data, FindingCode.UNKNOWN_REFERENCE, "meetings.csv");
        assertEquals(List.of(2, 3, 7), lines(unknown), "W3 has one kept row, so it exists");
        assertEquals(List.of("worker_id", "worker_id", "worker_id"), unknown.stream().map(Finding::column).toList());
        assertEquals("W9", unknown.get(0).value());
        assertEquals(List.of(), findings(data, FindingCode.AFTER_AS_OF, "meetings.csv"), "UNKNOWN_REFERENCE comes first");
        assertEquals(List.of("M3", "M4", "M5"), Extract.child(data, "C1").meetings().stream().map(Meeting::meetingId).toList());
        assertEquals(new FileCounts(6, 3, 3), data.dataQuality().counts(ContractFile.MEETINGS));
    }

    // ------------------------------------------------------------------ AFTER_AS_OF

    @Test
    void afterAsOf_aRowDatedTheAsOfDateIsKept_theDayAfterIsSetAside() {
        CaseData data = Extract.valid()
                .with("meetings.csv", MEETINGS + "M1,C1,2024-07-01,TDM,\nM2,C1,2024-06-30,TDM,\nM3,C1,2024-06-29,OTHER,\n")
                .with("health_exams.csv", EXAMS + "C1,2024-06-30,MEDICAL\nC1,2024-07-01,DENTAL\n")
                .read(dir);
        Finding m = only(data, FindingCode.AFTER_AS_OF, "meetings.csv");
        assertEquals(2, m.line());
        assertEquals("meeting_date", m.column());
        assertEquals("2024-07-01", m.value());
        assertEquals(Severity.WARNING, m.severity());
        Finding x = only(data, FindingCode.AFTER_AS_OF, "health_exams.csv");
        assertEquals(3, x.line());
        assertEquals("exam_date", x.column());
        assertEquals(Severity.WARNING, x.severity());
        assertEquals(new FileCounts(3, 2, 1), data.dataQuality().counts(ContractFile.MEETINGS));
        assertEquals(new FileCounts(2, 1, 1), data.dataQuality().counts(ContractFile.HEALTH_EXAMS));
        assertEquals(List.of("M3", "M2"), Extract.child(data, "C1").meetings().stream().map(Meeting::meetingId).toList());
        assertEquals(List.of(exam("C1", "2024-06-30", ExamType.MEDICAL)), Extract.child(data, "C1").healthExams());
    }

    @Test
    void asOfOnTheCommandLine_appliesToMeetingsAndExamsToo() {
        CaseData data = Extract.valid()
                .with("meetings.csv", MEETINGS + "M1,C1,2023-05-31,TDM,\nM2,C1,2023-06-01,TDM,\n")
                .with("health_exams.csv", EXAMS + "C1,2023-05-31,MEDICAL\nC1,2023-06-01,MEDICAL\n")
                .read(dir, LocalDate.of(2023, 5, 31));
        assertEquals(List.of("M1"), Extract.child(data, "C1").meetings().stream().map(Meeting::meetingId).toList());
        assertEquals(1, Extract.child(data, "C1").healthExams().size());
        assertEquals(3, only(data, FindingCode.AFTER_AS_OF, "meetings.csv").line());
        assertEquals(3, only(data, FindingCode.AFTER_AS_OF, "health_exams.csv").line());
    }

    // ------------------------------------------------------------------ the accounting

    @Test
    void rowsRead_equalUsedPlusSetAside_perFile_andPerCode() {
        CaseData data = Extract.valid()
                .with("meetings.csv", MEETINGS + "M1,C1,2024-01-01,TDM,\nM1,C1,2024-01-02,TDM,\nM2,C9,2024-01-01,TDM,\n"
                        + "M3,C1,2024-01-01,tdm,\nM4,C1,2024-07-01,TDM,\n\nM5,C1,2024-01-01,OTHER,W1\n")
                .with("health_exams.csv", EXAMS + "C1,2024-01-01,MEDICAL\nC9,2024-01-01,MEDICAL\nC1,,MEDICAL\n"
                        + "C1,2024-07-01,DENTAL\nC1,2024-01-01,MEDICAL\n")
                .read(dir); // Extract asserts the balance and "used" against the histories
        assertEquals(new FileCounts(6, 2, 4), data.dataQuality().counts(ContractFile.MEETINGS), "a blank line is not a row");
        assertEquals(Map.of(FindingCode.DUPLICATE_ID, 1L, FindingCode.UNKNOWN_REFERENCE, 1L, FindingCode.BAD_CODE, 1L,
                FindingCode.AFTER_AS_OF, 1L), data.dataQuality().setAsideByCode(ContractFile.MEETINGS));
        assertEquals(new FileCounts(5, 2, 3), data.dataQuality().counts(ContractFile.HEALTH_EXAMS));
        assertEquals(Map.of(FindingCode.UNKNOWN_REFERENCE, 1L, FindingCode.MISSING_REQUIRED, 1L, FindingCode.AFTER_AS_OF,
                1L), data.dataQuality().setAsideByCode(ContractFile.HEALTH_EXAMS));
        assertEquals(7, data.dataQuality().rowsSetAside());
    }

    // ------------------------------------------------------------------ the writer

    @Test
    void writeThenRead_givesTheSameData_andWritesOnlyThePresentFiles() throws IOException {
        CaseData data = Extract.valid()
                .with("meetings.csv", MEETINGS + "M9,C1,2024-03-01,OTHER,W1\nM1,C2,2024-01-15,TDM,\n\"M,1\",C1,2024-03-01,TDM,\n")
                .with("health_exams.csv", EXAMS + "C1,2024-05-02,DENTAL\nC2,2023-11-30,MH_SCREENING\nC1,2024-05-02,DENTAL\n")
                .read(dir.resolve("in"));
        CaseDataWriter.write(data, dir.resolve("out"));
        CaseData back = CaseDataReader.read(dir.resolve("out"));
        assertEquals(data, back);
        assertEquals(data.histories().toList(), back.histories().toList());
        assertEquals(List.of(), back.dataQuality().findings());
        assertEquals(MEETINGS + "M9,C1,2024-03-01,OTHER,W1\nM1,C2,2024-01-15,TDM,\n\"M,1\",C1,2024-03-01,TDM,\n",
                Files.readString(dir.resolve("out/meetings.csv"), StandardCharsets.UTF_8).replace("\r\n", "\n"),
                "file order, every column");
        assertEquals(EXAMS + "C1,2024-05-02,DENTAL\nC2,2023-11-30,MH_SCREENING\nC1,2024-05-02,DENTAL\n",
                Files.readString(dir.resolve("out/health_exams.csv"), StandardCharsets.UTF_8).replace("\r\n", "\n"));

        CaseData absent = Extract.valid().read(dir.resolve("in2"));
        CaseDataWriter.write(absent, dir.resolve("out2"));
        assertFalse(Files.exists(dir.resolve("out2/meetings.csv")));
        assertFalse(Files.exists(dir.resolve("out2/health_exams.csv")));
        CaseData absentBack = CaseDataReader.read(dir.resolve("out2"));
        assertFalse(absentBack.hasMeetings());
        assertFalse(absentBack.hasHealthExams());
        assertEquals(absent, absentBack);
    }

    // ------------------------------------------------------------------ the builder

    @Test
    void builder_statesTheSameDataAsTheEquivalentCsv() {
        CaseData read = Extract.valid()
                .with("meetings.csv", MEETINGS + "M9,C1,2024-03-01,OTHER,W1\nC1-M1,C1,2023-01-05,TDM,\nM1,C2,2024-01-15,TDM,\n")
                .with("health_exams.csv", EXAMS + "C1,2024-05-02,DENTAL\nC1,2023-01-20,MEDICAL\nC2,2024-01-01,MH_SCREENING\n")
                .read(dir);
        CaseData built = CaseData.builder().asOf("2024-06-30")
                .unit("U1", "O1", "B1").worker("W1", "U1", LocalDate.of(2020, 1, 1), null)
                .child("C1").born("2015-03-01").tdm("2023-01-05")
                    .removed("E1", LocalDate.of(2023, 1, 10)).placed(PlacementSetting.values()[1], "2023-01-10") // code 2
                    .until("2023-08-15").discharged("2023-08-15", DischargeReason.REUNIFICATION)
                    .exam("2023-01-20", ExamType.MEDICAL)
                    .meeting(new Meeting("M9", "C1", LocalDate.of(2024, 3, 1), MeetingType.OTHER, "W1"))
                    .exam("2024-05-02", ExamType.DENTAL)
                    .assignedTo("W1", "2023-01-10", null)
                .child("C2").born("2016-01-01").meeting("M1", "2024-01-15", MeetingType.TDM)
                    .exam(LocalDate.of(2024, 1, 1), ExamType.MH_SCREENING)
                .build();
        assertEquals(List.of(), built.dataQuality().findings());
        for (String c : List.of("C1", "C2")) {
            assertEquals(Extract.child(read, c).meetings(), Extract.child(built, c).meetings(), c);
            assertEquals(Extract.child(read, c).healthExams(), Extract.child(built, c).healthExams(), c);
        }
        assertEquals("C1-M1", Extract.child(built, "C1").meetings().get(0).meetingId(), "tdm's id: <child>-M<n>");
        CaseStore r = StoreAccess.store(read), b = StoreAccess.store(built);
        assertArrayEquals(r.childMeetings, b.childMeetings);
        assertArrayEquals(r.meetingDate, b.meetingDate);
        assertArrayEquals(r.meetingType, b.meetingType);
        assertArrayEquals(r.childExams, b.childExams);
        assertArrayEquals(r.examDate, b.examDate);
        assertArrayEquals(r.examType, b.examType);
        assertEquals(new FileCounts(3, 3, 0), built.dataQuality().counts(ContractFile.MEETINGS));
        assertEquals(new FileCounts(3, 3, 0), built.dataQuality().counts(ContractFile.HEALTH_EXAMS));
    }

    @Test
    void builder_tdmIdsCountTheChildsMeetings_andAMeetingsWorkerGetsASpell() {
        CaseData data = CaseData.builder().asOf("2024-12-31")
                .child("A").born("2016-05-01").tdm("2024-03-01").tdm(LocalDate.of(2024, 2, 1))
                    .meeting(new Meeting("X", "A", LocalDate.of(2024, 4, 1), MeetingType.OTHER, "W7"))
                .child("B").born("2017-05-01").tdm("2024-03-01")
                .build();
        assertEquals(List.of(), data.dataQuality().findings());
        assertEquals(List.of(meeting("A-M2", "A", "2024-02-01", MeetingType.TDM, null),
                meeting("A-M1", "A", "2024-03-01", MeetingType.TDM, null),
                meeting("X", "A", "2024-04-01", MeetingType.OTHER, "W7")), data.history("A").orElseThrow().meetings());
        assertEquals("B-M1", data.history("B").orElseThrow().meetings().get(0).meetingId());
        assertTrue(data.workerSpells().stream().anyMatch(w -> w.workerId().equals("W7")), "named worker gets a spell");
    }

    @Test
    void builder_assignedToThroughout_startsAtAnEarlierMeetingOrExam() {
        CaseData data = CaseData.builder().asOf("2024-12-31")
                .child("A").born("2016-05-01").tdm("2023-05-30").removed("2023-06-01")
                    .placed(PlacementSetting.GROUP_HOME).assignedTo("W1")
                .child("B").born("2016-05-01").exam("2023-05-20", ExamType.MEDICAL).removed("2023-06-01")
                    .placed(PlacementSetting.GROUP_HOME).assignedTo("W1")
                .build();
        assertEquals(LocalDate.of(2023, 5, 30), data.history("A").orElseThrow().assignments().get(0).startDate());
        assertEquals(LocalDate.of(2023, 5, 20), data.history("B").orElseThrow().assignments().get(0).startDate());
    }

    @Test
    void builder_presentByDefault_withoutMeetingsOrHealthExams_isAbsent_andRefusesRows() {
        CaseData plain = CaseData.builder().asOf("2024-12-31").build();
        assertTrue(plain.hasMeetings(), "present by default, as the other optional files");
        assertTrue(plain.hasHealthExams());
        CaseData without = CaseData.builder().asOf("2024-12-31").withoutMeetings().withoutHealthExams().build();
        assertFalse(without.hasMeetings());
        assertFalse(without.hasHealthExams());
        assertTrue(CaseData.builder().asOf("2024-12-31").withoutMeetings().build().hasHealthExams(), "one switch, one file");
        assertThrows(IllegalStateException.class, () -> CaseData.builder().asOf("2024-12-31").withoutMeetings()
                .child("A").born("2016-05-01").tdm("2023-01-10").build());
        assertThrows(IllegalStateException.class, () -> CaseData.builder().asOf("2024-12-31").withoutHealthExams()
                .child("A").born("2016-05-01").exam("2023-01-10", ExamType.DENTAL).build());
    }

    @Test
    void builder_checksRowsAsTheReaderDoes() {
        CaseData data = CaseData.builder().asOf("2024-12-31")
                .add(new Meeting("M1", "NOBODY", LocalDate.of(2023, 1, 1), MeetingType.TDM, null))
                .add(new HealthExam("NOBODY", LocalDate.of(2023, 1, 1), ExamType.MEDICAL))
                .child("A").born("2016-05-01").tdm("2025-01-01").exam("2025-01-01", ExamType.DENTAL)
                    .meeting("M2", "2024-12-31", MeetingType.TDM).meeting("M2", "2024-01-01", MeetingType.OTHER)
                    .exam("2024-12-31", ExamType.DENTAL).exam("2024-12-31", ExamType.DENTAL)
                    .exam("1850-01-01", ExamType.DENTAL)
                .build();
        assertEquals(2, data.dataQuality().findings(FindingCode.UNKNOWN_REFERENCE).size());
        assertEquals(3, only(data, FindingCode.AFTER_AS_OF, "meetings.csv").line());
        assertEquals(3, only(data, FindingCode.AFTER_AS_OF, "health_exams.csv").line());
        // line = position among the file's rows + 1: the extract's own add(...) rows first, then child A's
        assertEquals(List.of(5), lines(findings(data, FindingCode.DUPLICATE_ID, "meetings.csv")));
        assertEquals(List.of(6), lines(findings(data, FindingCode.BAD_DATE, "health_exams.csv")));
        assertEquals(List.of(meeting("M2", "A", "2024-12-31", MeetingType.TDM, null)), data.history("A").orElseThrow().meetings());
        assertEquals(2, data.history("A").orElseThrow().healthExams().size());
    }

    // ------------------------------------------------------------------ the model

    @Test
    void codes_parseExactly() {
        assertEquals(MeetingType.TDM, MeetingType.parse("TDM"));
        assertEquals("OTHER", MeetingType.OTHER.code());
        assertThrows(IllegalArgumentException.class, () -> MeetingType.parse("tdm"));
        assertThrows(IllegalArgumentException.class, () -> MeetingType.parse(null));
        assertEquals(ExamType.MH_SCREENING, ExamType.parse("MH_SCREENING"));
        assertThrows(IllegalArgumentException.class, () -> ExamType.parse("Dental"));
        // the code lists of the contract are the enums', in order (the store's byte codes rely on it)
        assertEquals(List.of("TDM", "OTHER"), ContractFile.MEETINGS.column("meeting_type").orElseThrow().codes());
        assertEquals(List.of("MEDICAL", "DENTAL", "MH_SCREENING"),
                ContractFile.HEALTH_EXAMS.column("exam_type").orElseThrow().codes());
        assertEquals(List.of(MeetingType.values()).stream().map(MeetingType::code).toList(),
                ContractFile.MEETINGS.column("meeting_type").orElseThrow().codes());
        assertEquals(List.of(ExamType.values()).stream().map(ExamType::code).toList(),
                ContractFile.HEALTH_EXAMS.column("exam_type").orElseThrow().codes());
        assertFalse(ContractFile.MEETINGS.required());
        assertFalse(ContractFile.HEALTH_EXAMS.required());
    }

    @Test
    void records_checkTheirValues() {
        assertThrows(NullPointerException.class, () -> new Meeting(null, "C1", LocalDate.of(2024, 1, 1), MeetingType.TDM, null));
        assertThrows(NullPointerException.class, () -> new Meeting("M1", "C1", null, MeetingType.TDM, null));
        assertThrows(NullPointerException.class, () -> new Meeting("M1", "C1", LocalDate.of(2024, 1, 1), null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new Meeting("M1", "C1", LocalDate.of(2024, 1, 1), MeetingType.TDM, "W\u0001"));
        assertThrows(NullPointerException.class, () -> new HealthExam("C1", LocalDate.of(2024, 1, 1), null));
        assertThrows(IllegalArgumentException.class, () -> new HealthExam("", LocalDate.of(2024, 1, 1), ExamType.DENTAL));
    }
}
