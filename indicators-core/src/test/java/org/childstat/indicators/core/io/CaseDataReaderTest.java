package org.childstat.indicators.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.ChildHistory;
import org.childstat.indicators.core.model.DischargeReason;
import org.childstat.indicators.core.model.Episode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reader against data-contract §1 and §4: one test per data-quality code, and the bad-input list. */
class CaseDataReaderTest {
    @TempDir
    Path dir;

    static final String EPISODES_HEADER = "episode_id,child_id,removal_date,discharge_date,discharge_reason\n";
    static final String PLACEMENTS_HEADER = "placement_id,episode_id,start_date,end_date,setting,provider_id\n";

    private static Finding only(CaseData data, FindingCode code) {
        List<Finding> found = data.dataQuality().findings(code);
        assertEquals(1, found.size(), () -> code + " findings: " + data.dataQuality().findings());
        return found.get(0);
    }

    private static void assertNoFindings(CaseData data) {
        assertEquals(List.of(), data.dataQuality().findings());
    }

    @Test
    void read_validExtract_hasNoFindingsAndTheHistory() {
        CaseData data = Extract.valid().read(dir);
        assertNoFindings(data);
        assertEquals(LocalDate.of(2024, 6, 30), data.asOf());
        ChildHistory c1 = Extract.child(data, "C1");
        assertEquals(List.of(new Episode("E1", "C1", LocalDate.of(2023, 1, 10), LocalDate.of(2023, 8, 15),
                DischargeReason.REUNIFICATION)), c1.episodes());
        assertFalse(data.hasReports(), "reports.csv is absent");
        assertFalse(data.hasContacts(), "contacts.csv is absent");
        assertEquals(new FileCounts(2, 2, 0), data.dataQuality().counts(ContractFile.CHILDREN));
    }

    @Test
    void read_headerCaseOrderBomAndUnknownColumn_areAccepted() {
        CaseData data = Extract.valid()
                .with("children.csv", "\uFEFFNickname, Birth_Date ,CHILD_ID\nAl,2015-03-01,C1\r\nBo,2016-01-01,C2\r\n")
                .read(dir);
        assertEquals(List.of("C1", "C2"), data.childIds());
        Finding f = only(data, FindingCode.UNKNOWN_COLUMN);
        assertEquals("nickname", f.column());
        assertEquals(1, f.line());
    }

    @Test
    void read_blankLinesAndQuotedCells_followRfc4180() {
        CaseData data = Extract.valid()
                .with("org_units.csv", "unit_id,unit_name,office_id,bureau_id\n\n  \nU1,\"North, \"\"Hill\"\"\nUnit\",O1,B1\n\n")
                .read(dir);
        assertNoFindings(data);
        assertEquals("North, \"Hill\"\nUnit", data.orgUnits().get(0).unitName());
    }

    @Test
    void read_idsWithSpacesAndQuotes_areOpaqueAndTrimmed() {
        CaseData data = Extract.valid()
                .with("children.csv", "child_id,birth_date\n  \"C \"\"1\"\"\"  ,2015-03-01\n007,2016-01-01\n7,2016-01-01\n")
                .with("episodes.csv", EPISODES_HEADER)
                .with("placements.csv", PLACEMENTS_HEADER)
                .with("assignments.csv", "child_id,worker_id,start_date\n")
                .read(dir);
        assertNoFindings(data);
        assertEquals(List.of("C \"1\"", "007", "7"), data.childIds());
    }

    // ------------------------------------------------------------------ one test per code (§4)

    @Test
    void malformedRow_wrongCellCount_isSetAsideAndNextRowsRead() {
        CaseData data = Extract.valid()
                .with("children.csv", "child_id,birth_date\nC1,2015-03-01\nC9,2016-01-01,extra\nC2,2016-01-01\n")
                .read(dir);
        Finding f = only(data, FindingCode.MALFORMED_ROW);
        assertEquals(3, f.line());
        assertTrue(f.message().contains("3 cells, the header has 2"), f.message());
        assertEquals(List.of("C1", "C2"), data.childIds());
        assertEquals(new FileCounts(3, 2, 1), data.dataQuality().counts(ContractFile.CHILDREN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"C9,20\"16-01-01", "\"C9\"x,2016-01-01", "\"C9,2016-01-01"})
    void malformedRow_brokenQuoting_isSetAsideAndReadingGoesOn(String row) {
        CaseData data = Extract.valid()
                .with("children.csv", "child_id,birth_date\nC1,2015-03-01\n" + row + "\nC2,2016-01-01\n")
                .read(dir);
        assertEquals(3, only(data, FindingCode.MALFORMED_ROW).line());
        assertEquals(List.of("C1", "C2"), data.childIds());
    }

    @Test
    void missingRequired_emptyRequiredCell() {
        CaseData data = Extract.valid().with("children.csv", "child_id,birth_date\nC1,2015-03-01\nC2,  \n").read(dir);
        Finding f = only(data, FindingCode.MISSING_REQUIRED);
        assertEquals(List.of("children.csv", 3, "birth_date"), List.of(f.file(), f.line(), f.column()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-30", "2023-02-29", "2023-13-01", "2023-1-10", "10/01/2023", "2023-01-10T00:00"})
    void badDate_notARealIsoDate(String value) {
        CaseData data = Extract.valid()
                .with("episodes.csv", EPISODES_HEADER + "E1,C1,2023-01-10,2023-08-15,1\nE2,C2," + value + ",,\n")
                .read(dir);
        Finding f = only(data, FindingCode.BAD_DATE);
        assertEquals(List.of(3, "removal_date", value), List.of(f.line(), f.column(), f.value()));
    }

    @Test
    void badDate_leapDayOfLeapYear_isAccepted() {
        CaseData data = Extract.valid().with("children.csv", "child_id,birth_date\nC1,2015-03-01\nC2,2016-02-29\n")
                .read(dir);
        assertNoFindings(data);
        assertEquals(LocalDate.of(2034, 2, 28), Extract.child(data, "C2").child().eighteenthBirthday());
    }

    @ParameterizedTest
    @ValueSource(strings = {"9", "0", "01", "R", " 1x"})
    void badCode_dischargeReasonOutsideTheList(String value) {
        CaseData data = Extract.valid().with("episodes.csv", EPISODES_HEADER + "E1,C1,2023-01-10,2023-08-15," + value + "\n")
                .read(dir);
        assertEquals("discharge_reason", only(data, FindingCode.BAD_CODE).column());
    }

    @Test
    void badCode_isCaseSensitive() {
        CaseData data = Extract.valid().with("children.csv", "child_id,birth_date,sex\nC1,2015-03-01,f\nC2,2016-01-01,F\n")
                .read(dir);
        assertEquals(2, only(data, FindingCode.BAD_CODE).line());
    }

    @Test
    void badId_tooLongOrControlCharacter() {
        String longId = "C".repeat(65);
        CaseData data = Extract.valid()
                .with("children.csv", "child_id,birth_date\nC1,2015-03-01\nC2,2016-01-01\n" + longId + ",2016-01-01\n"
                        + "\"C\u0001\",2016-01-01\n" + "C".repeat(64) + ",2016-01-01\n")
                .read(dir);
        List<Finding> bad = data.dataQuality().findings(FindingCode.BAD_ID);
        assertEquals(List.of(4, 5), bad.stream().map(Finding::line).toList());
        assertTrue(bad.get(1).value().contains("\\u0001"), "control characters are escaped: " + bad.get(1).value());
        assertEquals(3, data.childCount());
    }

    @Test
    void duplicateId_firstRowWins_evenWhenTheFirstWasSetAside() {
        CaseData data = Extract.valid()
                .with("children.csv", "child_id,birth_date\nC1,2015-03-01\nC2,2016-02-30\nC2,2016-01-01\nC1,2010-01-01\n")
                .read(dir);
        List<Finding> dups = data.dataQuality().findings(FindingCode.DUPLICATE_ID);
        assertEquals(List.of(4, 5), dups.stream().map(Finding::line).toList());
        assertEquals(List.of("C1"), data.childIds());
        assertEquals(LocalDate.of(2015, 3, 1), Extract.child(data, "C1").child().birthDate());
    }

    @Test
    void duplicateId_reportsKeyIsReportAndChild() {
        CaseData data = Extract.valid()
                .with("reports.csv", "report_id,child_id,report_date,disposition\nR1,C1,2023-01-01,1\nR1,C2,2023-01-01,1\n"
                        + "R1,C1,2023-01-02,5\n")
                .read(dir);
        Finding dup = only(data, FindingCode.DUPLICATE_ID);
        assertEquals(4, dup.line());
        assertEquals("report_id R1 (child C1) was already read (the first row wins)", dup.message());
        assertTrue(data.hasReports());
        assertEquals(1, Extract.child(data, "C2").reports().size());
    }

    @Test
    void unknownReference_cascadesFromRowsSetAside() {
        CaseData data = Extract.valid()
                .with("children.csv", "child_id,birth_date\nC1,2015-02-30\nC2,2016-01-01\n")
                .read(dir);
        // C1 is set aside (BAD_DATE), so its episode, the placement of that episode and its assignment go too
        assertEquals(List.of("episodes.csv", "placements.csv", "assignments.csv"),
                data.dataQuality().findings(FindingCode.UNKNOWN_REFERENCE).stream().map(Finding::file).toList());
        assertEquals(0, data.episodeCount());
    }

    @Test
    void unknownReference_workerIdInAReport() {
        CaseData data = Extract.valid()
                .with("reports.csv", "report_id,child_id,report_date,disposition,worker_id\nR1,C1,2023-01-01,1,W9\n")
                .read(dir);
        assertEquals("worker_id", only(data, FindingCode.UNKNOWN_REFERENCE).column());
    }

    @Test
    void endBeforeStart_dischargeBeforeRemoval() {
        CaseData data = Extract.valid()
                .with("episodes.csv", EPISODES_HEADER + "E1,C1,2023-01-10,2023-01-09,1\n")
                .with("placements.csv", PLACEMENTS_HEADER)
                .read(dir);
        Finding f = only(data, FindingCode.END_BEFORE_START);
        assertEquals(List.of("discharge_date", "2023-01-09"), List.of(f.column(), f.value()));
    }

    @Test
    void birthAfterRemoval() {
        CaseData data = Extract.valid()
                .with("episodes.csv", EPISODES_HEADER + "E1,C1,2015-02-28,2015-08-15,1\n")
                .with("placements.csv", PLACEMENTS_HEADER)
                .read(dir);
        Finding f = only(data, FindingCode.BIRTH_AFTER_REMOVAL);
        assertFalse(f.message().contains("2015-03-01"), "no personal value in messages: " + f.message());
    }

    @Test
    void birthOnRemovalDay_isKept() {
        CaseData data = Extract.valid()
                .with("episodes.csv", EPISODES_HEADER + "E1,C1,2015-03-01,2015-08-15,1\n")
                .with("placements.csv", PLACEMENTS_HEADER + "P1,E1,2015-03-01,2015-08-15,3,\n")
                .with("assignments.csv", "child_id,worker_id,start_date\nC1,W1,2015-03-01\n")
                .read(dir);
        assertNoFindings(data);
    }

    @Test
    void overlappingEpisodes_laterOneSetAside_andReentryOnDischargeDayKept() {
        CaseData data = Extract.valid()
                .with("episodes.csv", EPISODES_HEADER
                        + "E2,C1,2023-08-14,2023-09-01,1\n"      // starts the day before E1 ends: overlaps
                        + "E1,C1,2023-01-10,2023-08-15,1\n"
                        + "E3,C1,2023-08-15,,\n"                 // re-entry on E1's discharge day: kept
                        + "E4,C1,2024-01-01,,\n")                // follows an open episode: overlaps
                .with("placements.csv", PLACEMENTS_HEADER)
                .with("assignments.csv", "child_id,worker_id,start_date\nC1,W1,2023-01-10\n")
                .read(dir);
        List<Finding> f = data.dataQuality().findings(FindingCode.OVERLAPPING_EPISODES);
        assertEquals(List.of(2, 5), f.stream().map(Finding::line).toList());
        assertEquals(List.of("E1", "E3"), Extract.child(data, "C1").episodes().stream().map(Episode::id).toList());
    }

    @Test
    void missingDischargeReason_isKeptWithAWarning() {
        CaseData data = Extract.valid().with("episodes.csv", EPISODES_HEADER + "E1,C1,2023-01-10,2023-08-15,\n").read(dir);
        assertEquals(Severity.WARNING, only(data, FindingCode.MISSING_DISCHARGE_REASON).severity());
        assertNull(Extract.child(data, "C1").episodes().get(0).dischargeReason());
        assertEquals(1, data.episodeCount());
    }

    @Test
    void sameDayExit_isKeptWithAWarning() {
        CaseData data = Extract.valid()
                .with("episodes.csv", EPISODES_HEADER + "E1,C1,2023-01-10,2023-01-10,1\n")
                .with("placements.csv", PLACEMENTS_HEADER + "P1,E1,2023-01-10,2023-01-10,2,\n")
                .read(dir);
        only(data, FindingCode.SAME_DAY_EXIT);
        assertEquals(1, data.episodeCount());
    }

    @Test
    void placementOutsideEpisode_isClippedOrSetAside() {
        CaseData data = Extract.valid()
                .with("placements.csv", PLACEMENTS_HEADER
                        + "P1,E1,2023-01-01,2023-05-01,2,H1\n"   // starts before removal: clipped to 2023-01-10
                        + "P2,E1,2023-05-02,,3,H2\n"              // open in a closed episode: ends on the discharge
                        + "P3,E1,2023-08-16,2023-09-01,3,H3\n")  // wholly after discharge: set aside
                .read(dir);
        List<Finding> f = data.dataQuality().findings(FindingCode.PLACEMENT_OUTSIDE_EPISODE);
        assertEquals(List.of(2, 3, 4), f.stream().map(Finding::line).toList());
        var placements = Extract.child(data, "C1").placements();
        assertEquals(LocalDate.of(2023, 1, 10), placements.get(0).startDate());
        assertEquals(LocalDate.of(2023, 8, 15), placements.get(1).endDate());
        assertEquals(2, placements.size());
        assertEquals(new FileCounts(3, 2, 1), data.dataQuality().counts(ContractFile.PLACEMENTS));
    }

    @Test
    void placementGapAndOverlap_areWarnings() {
        CaseData data = Extract.valid()
                .with("placements.csv", PLACEMENTS_HEADER
                        + "P1,E1,2023-01-10,2023-03-01,2,H1\n"
                        + "P2,E1,2023-03-05,2023-05-01,3,H2\n"   // gap 2023-03-02..04 (3 days)
                        + "P3,E1,2023-04-30,2023-08-15,3,H3\n")  // overlap 2023-04-30..05-01 (2 days)
                .read(dir);
        assertTrue(only(data, FindingCode.PLACEMENT_GAP).message().contains("3 days"));
        assertTrue(only(data, FindingCode.PLACEMENT_OVERLAP).message().contains("2 days"));
        assertEquals(3, Extract.child(data, "C1").placements().size());
    }

    @Test
    void placementGap_anEpisodeWithNoPlacements() {
        CaseData data = Extract.valid().with("placements.csv", PLACEMENTS_HEADER).read(dir);
        Finding f = only(data, FindingCode.PLACEMENT_GAP);
        assertEquals("episodes.csv", f.file());
        assertTrue(f.message().contains("217 days"), f.message()); // 2023-01-10 .. 2023-08-14
    }

    @Test
    void assignmentGap_daysInCareWithNoWorker() {
        CaseData data = Extract.valid()
                .with("assignments.csv", "child_id,worker_id,start_date,end_date\nC1,W1,2023-01-10,2023-05-31\n"
                        + "C1,W1,2023-06-02,\n")
                .read(dir);
        Finding f = only(data, FindingCode.ASSIGNMENT_GAP);
        assertTrue(f.message().contains("1 days") && f.message().contains("2023-06-01"), f.message());
    }

    @Test
    void afterAsOf_ownDateSetsAsideOtherDatesAreCut() {
        CaseData data = Extract.valid()
                .with("episodes.csv", EPISODES_HEADER + "E1,C1,2023-01-10,2024-08-15,1\nE2,C2,2024-07-01,,\n")
                .with("placements.csv", PLACEMENTS_HEADER + "P1,E1,2023-01-10,2024-08-15,2,\n")
                .with("reports.csv", "report_id,child_id,report_date,disposition,first_contact_at\n"
                        + "R1,C1,2024-06-30,1,2024-07-01T09:00\n")
                .read(dir);
        List<Finding> f = data.dataQuality().findings(FindingCode.AFTER_AS_OF);
        assertEquals(4, f.size(), () -> f.toString()); // discharge cut, E2 set aside, placement end cut, first contact cut
        Episode e1 = Extract.child(data, "C1").episodes().get(0);
        assertTrue(e1.isOpen());
        assertNull(e1.dischargeReason(), "a discharge after the as-of date takes its reason with it");
        assertNull(Extract.child(data, "C1").placements().get(0).endDate());
        assertNull(Extract.child(data, "C1").reports().get(0).firstContactAt());
        assertEquals(new FileCounts(2, 1, 1), data.dataQuality().counts(ContractFile.EPISODES));
    }

    @Test
    void afterAsOf_theCommandLineDateOverridesExtractTxt() {
        CaseData data = Extract.valid().read(dir, LocalDate.of(2023, 5, 1));
        assertEquals(LocalDate.of(2023, 5, 1), data.asOf());
        assertTrue(Extract.child(data, "C1").episodes().get(0).isOpen());
    }

    @Test
    void unreadableFile_missingRequiredFile() {
        CaseData data = Extract.valid().without("workers.csv").read(dir);
        Finding f = only(data, FindingCode.UNREADABLE_FILE);
        assertEquals("workers.csv", f.file());
        assertTrue(data.dataQuality().hasUnreadableFile());
    }

    @Test
    void unreadableFile_headerWithoutRequiredColumns_setsAsideEveryRow() {
        CaseData data = Extract.valid().with("children.csv", "child,birth_date\nC1,2015-03-01\nC2,2016-01-01\n").read(dir);
        Finding f = data.dataQuality().findings(FindingCode.UNREADABLE_FILE).get(0);
        assertTrue(f.message().contains("child_id"), f.message());
        assertEquals(new FileCounts(2, 0, 2), data.dataQuality().counts(ContractFile.CHILDREN));
    }

    @Test
    void unreadableFile_emptyFile() {
        CaseData data = Extract.valid().with("children.csv", "").read(dir);
        assertEquals("children.csv", data.dataQuality().findings(FindingCode.UNREADABLE_FILE).get(0).file());
        assertEquals(new FileCounts(0, 0, 0), data.dataQuality().counts(ContractFile.CHILDREN));
    }

    @Test
    void unreadableFile_randomBytes() {
        byte[] junk = new byte[50_000];
        new Random(7).nextBytes(junk);
        CaseData data = Extract.valid().withBytes("episodes.csv", junk).read(dir);
        Finding f = data.dataQuality().findings(FindingCode.UNREADABLE_FILE).get(0);
        assertTrue(f.message().startsWith("not valid UTF-8"), f.message());
        assertEquals(0, data.episodeCount());
    }

    @Test
    void unreadableFile_optionalFileNotUtf8_isAbsent() {
        byte[] latin1 = "report_id,child_id,report_date,disposition\nR1,C1,2023-01-01,1\nR\u00e9,C1,2023-01-01,1\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        CaseData data = Extract.valid().withBytes("reports.csv", latin1).read(dir);
        assertTrue(data.dataQuality().findings(FindingCode.UNREADABLE_FILE).get(0).message().contains("line 3"));
        assertFalse(data.hasReports());
        assertEquals(new FileCounts(2, 0, 2), data.dataQuality().counts(ContractFile.REPORTS));
    }

    // ------------------------------------------------------------------ the rest of the bad-input list

    @Test
    void truncatedFile_lastRowCutShort() {
        CaseData data = Extract.valid()
                .with("episodes.csv", EPISODES_HEADER + "E1,C1,2023-01-10,2023-08-15,1\nE2,C2,2023-0")
                .read(dir);
        assertEquals(3, only(data, FindingCode.MALFORMED_ROW).line());
        assertEquals(1, data.episodeCount());
    }

    @Test
    void truncatedFile_insideAQuotedCell() {
        CaseData data = Extract.valid()
                .with("org_units.csv", "unit_id,unit_name,office_id,bureau_id\nU1,North,O1,B1\nU2,\"Sou")
                .read(dir);
        assertTrue(only(data, FindingCode.MALFORMED_ROW).message().contains("never closed"));
        assertEquals(1, data.orgUnits().size());
    }

    @Test
    void rowWithTenThousandCells() {
        String wide = "C9," + "x,".repeat(9_998) + "x";
        CaseData data = Extract.valid()
                .with("children.csv", "child_id,birth_date\nC1,2015-03-01\n" + wide + "\nC2,2016-01-01\n").read(dir);
        assertTrue(only(data, FindingCode.MALFORMED_ROW).message().contains("10000 cells"));
        assertEquals(2, data.childCount());
    }

    @Test
    void oneMegabyteField_quotedOrNot_isAFindingAndReadingGoesOn() {
        String big = "y".repeat(1 << 20);
        CaseData data = Extract.valid()
                .with("children.csv", "child_id,birth_date\n" + big + ",2015-03-01\n\"" + big
                        + "\",2015-03-01\nC1,2015-03-01\nC2,2016-01-01\n")
                .read(dir);
        List<Finding> f = data.dataQuality().findings(FindingCode.MALFORMED_ROW);
        assertEquals(List.of(2, 3), f.stream().map(Finding::line).toList());
        assertTrue(f.get(0).message().contains("1048576 characters"), f.get(0).message());
        assertEquals(List.of("C1", "C2"), data.childIds());
    }

    @Test
    void wrongHeader_isUnreadableNotAnException() {
        CaseData data = Extract.valid().with("episodes.csv", "this is not,a header\n1,2\n").read(dir);
        assertTrue(data.dataQuality().hasUnreadableFile());
        assertEquals(new FileCounts(1, 0, 1), data.dataQuality().counts(ContractFile.EPISODES));
    }

    @Test
    void read_folderThatDoesNotExist_isACallerMistake() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CaseDataReader.read(dir.resolve("nope")));
        assertTrue(e.getMessage().contains("not a folder"));
    }

    @Test
    void read_noAsOfDate_isACallerMistake() {
        Extract.valid().without("extract.txt").writeTo(dir);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CaseDataReader.read(dir));
        assertTrue(e.getMessage().contains("no as-of date"), e.getMessage());
    }
}
