package org.childstat.indicators.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.childstat.indicators.core.internal.CaseStore;
import org.childstat.indicators.core.internal.StoreAccess;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.ChildHistory;
import org.childstat.indicators.core.model.DischargeReason;
import org.childstat.indicators.core.model.Episode;
import org.childstat.indicators.core.model.OrgUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The reader against docs/input-files.md and docs/data-quality.md: one test per code, and the bad-input list. */
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
                .with("org_units.csv", "unit_id,unit_name,office_id,bureau_id\n\n  \nU1,\"North, \"\"Hill\"\" Unit\",O1,B1\n\n")
                .read(dir);
        assertNoFindings(data);
        assertEquals("North, \"Hill\" Unit", data.orgUnits().get(0).unitName());
    }

    @Test
    void read_lineBreakInAQuotedName_isOneCellAndTheBreakIsReplaced() {
        CaseData data = Extract.valid()
                .with("org_units.csv", "unit_id,unit_name,office_id,bureau_id\nU1,\"North\nUnit\",O1,B1\n")
                .read(dir);
        assertEquals("North\uFFFDUnit", data.orgUnits().get(0).unitName());
        assertEquals(List.of(2, "unit_name", "6"), fields(only(data, FindingCode.CONTROL_CHARACTER)));
    }

    private static List<Object> fields(Finding f) {
        return List.of(f.line(), f.column(), f.value());
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

    // ------------------------------------------------------------------ one test per code (data-quality.md)

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

    // ------------------------------------------------------------------ INCONSISTENT_ORG (data-quality.md)

    static final String ORG_HEADER = "unit_id,unit_name,office_id,office_name,bureau_id,bureau_name\n";

    @Test
    void inconsistentOrg_officeUnderTwoBureaus_firstRowWinsAndTheLaterRowIsKeptUnderIt() {
        // the issue's example: U001 O01,B1 and, later, U005 O01,B2
        CaseData data = Extract.valid()
                .with("org_units.csv", "unit_id,office_id,bureau_id\nU001,O01,B1\nU002,O02,B1\nU005,O01,B2\nU1,O03,B3\n")
                .read(dir);
        Finding f = only(data, FindingCode.INCONSISTENT_ORG);
        assertEquals(List.of("org_units.csv", 4, "bureau_id", "B2", Severity.WARNING),
                List.of(f.file(), f.line(), f.column(), f.value(), f.severity()));
        assertEquals("office O01 is in bureau B1 on its first row (line 2), this row says B2: unit U005 is kept under B1"
                + " (the first row wins; expected one bureau and one name per office, one name per bureau)", f.message());
        assertEquals(new FileCounts(4, 4, 0), data.dataQuality().counts(ContractFile.ORG_UNITS));
        // orgUnits() gives the rows as written; the tree that counts is the first row's
        assertEquals(List.of("B1", "B1", "B2", "B3"), data.orgUnits().stream().map(OrgUnit::bureauId).toList());
        assertEquals(List.of("B1", "B1", "B1", "B3"), tree(data));
    }

    /** Each unit's bureau in the tree the engine counts on. */
    private static List<String> tree(CaseData data) {
        CaseStore s = StoreAccess.store(data);
        return Arrays.stream(s.unitOffice).mapToObj(o -> s.bureauIds[s.officeBureau[o]]).toList();
    }

    static Stream<Arguments> conflictingNames() {
        return Stream.of(
                // rows, expected column, value, words in the message, the office and bureau names that win
                Arguments.of("U1,,O1,North,B1,\nU2,,O1,South,B1,\n", "office_name", "South",
                        "office O1 is named 'North' on line 2, this row says 'South'", "North", null),
                Arguments.of("U1,,O1,,B1,East\nU2,,O1,,B1,West\n", "bureau_name", "West",
                        "bureau B1 is named 'East' on line 2, this row says 'West'", null, "East"),
                // a later row with an empty name, or a name the first row left empty: consistent
                Arguments.of("U1,,O1,North,B1,East\nU2,,O1,,B1,\n", null, null, null, "North", "East"),
                Arguments.of("U1,,O1,,B1,\nU2,,O1,North,B1,East\nU3,,O1,North,B1,East\n", null, null, null, "North",
                        "East"));
    }

    @ParameterizedTest
    @MethodSource("conflictingNames")
    void inconsistentOrg_twoNames_firstNameWins(String rows, String column, String value, String words,
                                               String officeName, String bureauName) {
        CaseData data = Extract.valid().with("org_units.csv", ORG_HEADER + rows).read(dir);
        List<Finding> found = data.dataQuality().findings(FindingCode.INCONSISTENT_ORG);
        if (column == null) {
            assertEquals(List.of(), found);
        } else {
            assertEquals(1, found.size(), found::toString);
            assertEquals(List.of(3, column, value), fields(found.get(0)));
            assertTrue(found.get(0).message().contains(words), found.get(0).message());
        }
        CaseStore store = StoreAccess.store(data);
        assertEquals(Arrays.asList(officeName), Arrays.asList(store.officeNames), "the office's name");
        assertEquals(Arrays.asList(bureauName), Arrays.asList(store.bureauNames), "the bureau's name");
    }

    @Test
    void inconsistentOrg_oneFindingPerRow_namingEveryConflict() {
        CaseData data = Extract.valid()
                .with("org_units.csv", ORG_HEADER + "U1,,O1,North,B1,East\nU2,,O1,South,B2,West\n")
                .read(dir);
        Finding f = only(data, FindingCode.INCONSISTENT_ORG);
        assertEquals(List.of(3, "bureau_id", "B2"), fields(f));
        assertTrue(f.message().contains("this row says B2") && f.message().contains("this row says 'South'"),
                f.message());
        assertEquals(List.of("B1", "B1"), tree(data));
        assertEquals(new OrgUnit("U2", null, "O1", "South", "B2", "West"), data.orgUnits().get(1), "as written");
    }

    // ------------------------------------------------------------------ CONTROL_CHARACTER (extension)

    static Stream<Arguments> namesWithControlCharacters() {
        String name = "\u001B[31mAnn\u0000";
        String quoted = "\"" + name + "\"";
        return Stream.of(
                Arguments.of("org_units.csv", ORG_HEADER + "U1," + quoted + ",O1,,B1,\n", "unit_name"),
                Arguments.of("org_units.csv", ORG_HEADER + "U1,,O1," + quoted + ",B1,\n", "office_name"),
                Arguments.of("org_units.csv", ORG_HEADER + "U1,,O1,,B1," + quoted + "\n", "bureau_name"),
                Arguments.of("workers.csv", "worker_id,worker_name,unit_id,start_date\nW1," + quoted + ",U1,2020-01-01\n",
                        "worker_name"),
                Arguments.of("children.csv", "child_id,birth_date,race_ethnicity\nC1,2015-03-01," + quoted
                        + "\nC2,2016-01-01,\n", "race_ethnicity"));
    }

    @ParameterizedTest
    @MethodSource("namesWithControlCharacters")
    void controlCharacter_inAName_isReplacedAndTheRowKept(String file, String text, String column) {
        CaseData data = Extract.valid().with(file, text).read(dir);
        Finding f = only(data, FindingCode.CONTROL_CHARACTER);
        assertEquals(List.of(file, 2, column, "1;9", Severity.WARNING),
                List.of(f.file(), f.line(), f.column(), f.value(), f.severity()));
        assertTrue(f.message().contains("U+001B at 1") && f.message().contains("U+0000 at 9"), f.message());
        assertFalse(f.message().contains("Ann"), "the finding never carries the name: " + f.message());
        String kept = switch (column) {
            case "unit_name" -> data.orgUnits().get(0).unitName();
            case "office_name" -> data.orgUnits().get(0).officeName();
            case "bureau_name" -> data.orgUnits().get(0).bureauName();
            case "worker_name" -> data.workerSpells().get(0).workerName();
            default -> Extract.child(data, "C1").child().raceEthnicity();
        };
        assertEquals("\uFFFD[31mAnn\uFFFD", kept);
        assertEquals(0, data.dataQuality().rowsSetAside());
    }

    @ParameterizedTest
    @ValueSource(ints = {0x01, 0x09, 0x1F, 0x7F, 0x85, 0x9F})
    void controlCharacter_everyControlCharacter_isReplaced(int c) {
        CaseData data = Extract.valid()
                .with("workers.csv", "worker_id,worker_name,unit_id,start_date\nW1,\"A" + (char) c + "B\",U1,2020-01-01\n")
                .read(dir);
        assertEquals("A\uFFFDB", data.workerSpells().get(0).workerName());
        assertEquals("2", only(data, FindingCode.CONTROL_CHARACTER).value());
    }

    @ParameterizedTest
    @ValueSource(ints = {0x20, 0x7E, 0xA0, 0xFFFD, 0x2028})
    void controlCharacter_otherCharacters_areKept(int c) {
        CaseData data = Extract.valid()
                .with("workers.csv", "worker_id,worker_name,unit_id,start_date\nW1,A" + (char) c + "B,U1,2020-01-01\n")
                .read(dir);
        assertEquals("A" + (char) c + "B", data.workerSpells().get(0).workerName());
        assertNoFindings(data);
    }

    // ------------------------------------------------------------------ UNREADABLE_FILE for every file

    enum Unreadable {
        FOLDER, DANGLING_LINK, LOOPING_LINK;

        void make(Path file) throws IOException {
            switch (this) {
                case FOLDER -> Files.createDirectories(file);
                case DANGLING_LINK -> Files.createSymbolicLink(file, file.resolveSibling("gone").resolve("x.csv"));
                case LOOPING_LINK -> {
                    Path other = file.resolveSibling("other.csv");
                    Files.createSymbolicLink(other, file.getFileName());
                    Files.createSymbolicLink(file, other.getFileName());
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        "children.csv, FOLDER, 'children.csv is a folder, not a file'",
        "children.csv, DANGLING_LINK, children.csv is a broken link: its target ",
        "children.csv, LOOPING_LINK, children.csv is a link that loops back to itself",
        "contacts.csv, FOLDER, 'contacts.csv is a folder, not a file'",
        "contacts.csv, DANGLING_LINK, contacts.csv is a broken link: its target ",
        "contacts.csv, LOOPING_LINK, contacts.csv is a link that loops back to itself",
        "reports.csv, FOLDER, 'reports.csv is a folder, not a file'",
        "workers.csv, LOOPING_LINK, workers.csv is a link that loops back to itself"})
    void unreadableFile_existsButCannotBeRead_requiredOrOptional(String file, Unreadable how, String words)
            throws IOException {
        Extract.valid().without(file).writeTo(dir);
        how.make(dir.resolve(file));
        CaseData data = CaseDataReader.read(dir);
        Extract.assertBalanced(data);
        Finding f = only(data, FindingCode.UNREADABLE_FILE);
        assertEquals(List.of(file, 0, Severity.ERROR), List.of(f.file(), f.line(), f.severity()));
        assertTrue(f.message().startsWith(words), f.message());
        assertTrue(data.dataQuality().hasUnreadableFile(), "the command exits 3");
    }

    @Test
    void unreadableFile_optionalFileMissing_isAbsentWithNoFinding() {
        CaseData data = Extract.valid().without("contacts.csv").read(dir);
        assertNoFindings(data);
        assertFalse(data.hasContacts());
    }

    @Test
    void unreadableFile_noReadPermission_requiredOrOptional() throws IOException {
        for (String file : List.of("children.csv", "contacts.csv")) {
            Path folder = dir.resolve(file.replace(".csv", ""));
            Extract.valid().with(file, "child_id,birth_date\n").writeTo(folder);
            makeUnreadable(folder.resolve(file));
            Finding f = only(CaseDataReader.read(folder), FindingCode.UNREADABLE_FILE);
            assertEquals(List.of(file, file + " cannot be read: permission denied"), List.of(f.file(), f.message()));
        }
    }

    @Test
    void unreadableFile_over2GiB_isAFindingNotAnOutOfMemoryError() throws IOException {
        Extract.valid().writeTo(dir);
        try (RandomAccessFile big = new RandomAccessFile(dir.resolve("contacts.csv").toFile(), "rw")) {
            big.setLength((1L << 31) + 100); // sparse: no disk space used
        }
        Finding f = only(CaseDataReader.read(dir), FindingCode.UNREADABLE_FILE);
        assertEquals(List.of("contacts.csv", "contacts.csv has 2147483748 bytes, more than the 2147483631 bytes one"
                + " file may have (it must fit one Java array)"), List.of(f.file(), f.message()));
    }

    /**
     * Makes a file that this process cannot read: without read permission, or, where permissions
     * do not stop this process (root), a link to a kernel file that refuses reading to everyone.
     */
    private static void makeUnreadable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("-w-------"));
        if (!Files.isReadable(file)) {
            return; // not root: the permission does it
        }
        Files.delete(file);
        Path writeOnly = Path.of("/sys/bus/pci/rescan");
        if (!Files.exists(writeOnly)) {
            try (Stream<Path> found = Files.find(Path.of("/sys/devices"), 4, (p, a) -> a.isRegularFile()
                    && p.getFileName().toString().equals("rescan"))) {
                writeOnly = found.findFirst().orElseThrow(() -> new AssertionError(
                        "running as root with no write-only kernel file: cannot make an unreadable file here"));
            }
        }
        Files.createSymbolicLink(file, writeOnly);
    }

    // ------------------------------------------------------------------ a folder with no contract files

    @Test
    void read_folderWithNoneOfTheRequiredFiles_saysSoBeforeTheAsOfDate() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "not an extract");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CaseDataReader.read(dir));
        assertEquals(dir + " holds none of the required files (org_units.csv, workers.csv, children.csv, episodes.csv,"
                + " placements.csv, assignments.csv): expected the folder of an extract", e.getMessage());
        Files.writeString(dir.resolve("extract.txt"), "2024-06-30\n");
        assertThrows(IllegalArgumentException.class, () -> CaseDataReader.read(dir, LocalDate.of(2024, 6, 30)));
    }

    @Test
    void read_folderWithSomeRequiredFiles_readsAndNamesTheMissingOnes() {
        CaseData data = Extract.valid().without("workers.csv").without("episodes.csv").read(dir);
        assertEquals(List.of("episodes.csv", "workers.csv"), data.dataQuality().findings(FindingCode.UNREADABLE_FILE)
                .stream().map(Finding::file).sorted().toList());
    }

    // ------------------------------------------------------------------ date bounds: years 1900 to 2199

    @ParameterizedTest
    @ValueSource(strings = {"1899-12-31", "2200-01-01", "0000-01-01", "9999-12-31", "1000-06-30"})
    void badDate_outsideTheSupportedYears(String value) {
        CaseData data = Extract.valid()
                .with("episodes.csv", EPISODES_HEADER + "E1,C1,2023-01-10,2023-08-15,1\nE2,C2," + value + ",,\n")
                .read(dir);
        Finding f = only(data, FindingCode.BAD_DATE);
        assertEquals(List.of(3, "removal_date", value), fields(f));
        assertEquals("removal_date " + value + " is outside the supported years 1900 to 2199", f.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1900-01-01", "2199-12-31"})
    void badDate_theBoundsThemselvesAreAccepted(String value) {
        CaseData data = Extract.valid()
                .with("children.csv", "child_id,birth_date\nC1,2015-03-01\nC2," + value + "\n").read(dir);
        assertEquals(List.of(), data.dataQuality().findings(FindingCode.BAD_DATE));
        assertEquals(LocalDate.parse(value), Extract.child(data, "C2").child().birthDate());
    }

    @Test
    void badDate_dateTimeOutsideTheSupportedYears() {
        CaseData data = Extract.valid()
                .with("reports.csv", "report_id,child_id,report_date,disposition,received_at\n"
                        + "R1,C1,2023-01-01,1,2200-01-01T08:00\nR2,C1,2023-01-01,1,2023-01-01T08:00\n")
                .read(dir);
        Finding f = only(data, FindingCode.BAD_DATE);
        assertEquals(List.of(2, "received_at", "2200-01-01T08:00"), fields(f));
        assertTrue(f.message().endsWith("is outside the supported years 1900 to 2199"), f.message());
    }

    static Stream<LocalDate> farDates() {
        return Stream.of(LocalDate.of(1899, 12, 31), LocalDate.of(2200, 1, 1), LocalDate.of(215_000, 6, 30),
                LocalDate.of(-999_999_999, 1, 1), LocalDate.MAX, LocalDate.MIN);
    }

    @ParameterizedTest
    @MethodSource("farDates")
    void read_asOfOutsideTheSupportedYears_isRefused(LocalDate asOf) {
        Extract.valid().writeTo(dir);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CaseDataReader.read(dir, asOf));
        assertEquals("as-of date: " + asOf + " is outside the supported years 1900 to 2199", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2200-01-01", "1899-12-31"})
    void read_extractTxtOutsideTheSupportedYears_isRefused(String date) {
        Extract.valid().with("extract.txt", date + "\n").writeTo(dir);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CaseDataReader.read(dir));
        assertTrue(e.getMessage().endsWith("extract.txt: " + date + " is outside the supported years 1900 to 2199"),
                e.getMessage());
    }

    @Test
    void read_extractTxtIsAFolder_saysSo() throws IOException {
        Extract.valid().without("extract.txt").writeTo(dir);
        Files.createDirectory(dir.resolve("extract.txt"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CaseDataReader.read(dir));
        assertTrue(e.getMessage().endsWith("extract.txt: extract.txt is a folder, not a file"), e.getMessage());
    }
}
