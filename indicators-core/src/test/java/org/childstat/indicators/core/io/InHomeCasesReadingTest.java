package org.childstat.indicators.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.childstat.indicators.core.internal.CaseStore;
import org.childstat.indicators.core.internal.Dates;
import org.childstat.indicators.core.internal.StoreAccess;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.InHomeCase;
import org.childstat.indicators.core.model.PlacementSetting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * in_home_cases.csv (docs/input-files.md; data contract §1 and §4): its data-quality rules, each
 * at its edge, the case a case_id makes of its rows, the builder's way of stating a family, and
 * the writer's round trip.
 */
class InHomeCasesReadingTest {
    @TempDir
    Path dir;

    static final String HEADER = "case_id,child_id,open_date,close_date\n";

    private static List<Finding> findings(CaseData data, FindingCode code) {
        return data.dataQuality().findings(code);
    }

    private static Finding only(CaseData data, FindingCode code) {
        List<Finding> found = findings(data, code);
        assertEquals(1, found.size(), () -> code + " findings: " + data.dataQuality().findings());
        return found.get(0);
    }

    @Test
    void absentFile_meansNoInHomeData_andAnEmptyFileIsPresent() {
        CaseData absent = Extract.valid().read(dir.resolve("a"));
        assertFalse(absent.hasInHomeCases());
        assertEquals(List.of(), absent.caseIds());
        CaseData empty = Extract.valid().with("in_home_cases.csv", HEADER).read(dir.resolve("b"));
        assertTrue(empty.hasInHomeCases());
        assertEquals(List.of(), empty.caseIds());
        assertEquals(new FileCounts(0, 0, 0), empty.dataQuality().counts(ContractFile.IN_HOME_CASES));
    }

    @Test
    void validRows_areEachChildsHistory_andMakeTheirCase() {
        CaseData data = Extract.valid()
                .with("in_home_cases.csv", HEADER + "K1,C2,2023-03-01,2023-12-31\nK1,C1,2023-02-15,\nK2,C2,2022-01-05,2022-06-30\n")
                .read(dir);
        assertEquals(List.of(), data.dataQuality().findings());
        assertEquals(List.of("K1", "K2"), data.caseIds(), "in order of each case's first row");
        // a child's rows by open date: K2 (2022) before K1 (2023), although K1 is on the earlier line
        assertEquals(List.of(new InHomeCase("K2", "C2", LocalDate.of(2022, 1, 5), LocalDate.of(2022, 6, 30)),
                        new InHomeCase("K1", "C2", LocalDate.of(2023, 3, 1), LocalDate.of(2023, 12, 31))),
                Extract.child(data, "C2").inHomeCases());
        assertEquals(List.of("C2", "C1"), data.inHomeCase("K1").stream().map(InHomeCase::childId).toList(),
                "a case's rows in file order, its first row first");
        CaseStore s = StoreAccess.store(data);
        int k1 = data.caseIds().indexOf("K1");
        assertEquals(Dates.of(LocalDate.of(2023, 2, 15)), s.caseOpen[k1], "the earliest open date of its rows");
        assertEquals(Dates.NONE, s.caseClose[k1], "open while any row is");
        assertEquals("C2", s.childIds[s.inHomeChild[s.caseFirstRow[k1]]], "first row: the lowest line");
        int k2 = data.caseIds().indexOf("K2");
        assertEquals(Dates.of(LocalDate.of(2022, 6, 30)), s.caseClose[k2]);
    }

    @Test
    void closedCase_closesOnTheLatestCloseOfItsRows() {
        CaseData data = Extract.valid()
                .with("in_home_cases.csv", HEADER + "K1,C1,2023-01-01,2023-05-31\nK1,C2,2023-01-01,2023-07-31\n")
                .read(dir);
        CaseStore s = StoreAccess.store(data);
        assertEquals(Dates.of(LocalDate.of(2023, 7, 31)), s.caseClose[0]);
    }

    @Test
    void duplicateId_isThePairOfCaseAndChild() {
        CaseData data = Extract.valid()
                .with("in_home_cases.csv", HEADER + "K1,C1,2023-01-01,\nK1,C2,2023-01-01,\nK2,C1,2023-02-01,\n"
                        + "K1,C1,2023-03-01,\n")
                .read(dir);
        Finding dup = only(data, FindingCode.DUPLICATE_ID);
        assertEquals(5, dup.line());
        assertEquals("case_id K1 (child C1) was already read (the first row wins)", dup.message());
        assertEquals(new FileCounts(4, 3, 1), data.dataQuality().counts(ContractFile.IN_HOME_CASES));
        assertEquals(LocalDate.of(2023, 1, 1), data.inHomeCase("K1").get(0).openDate(), "the first row wins");
    }

    @Test
    void duplicateId_ofARowSetAsideForItsOwnCells_stillClaimsThePair() {
        CaseData data = Extract.valid()
                .with("in_home_cases.csv", HEADER + "K1,C1,2023-02-30,\nK1,C1,2023-01-01,\n")
                .read(dir);
        only(data, FindingCode.BAD_DATE);
        assertEquals(3, only(data, FindingCode.DUPLICATE_ID).line());
        assertEquals(List.of(), data.caseIds());
    }

    @Test
    void unknownReference_aChildThatDoesNotExistOrWasSetAside() {
        CaseData data = Extract.valid()
                .with("children.csv", "child_id,birth_date\nC1,2015-03-01\nC2,2016-02-30\n")
                .with("in_home_cases.csv", HEADER + "K1,C2,2023-01-01,\nK1,C9,2023-01-01,\nK1,C1,2023-01-01,\n")
                .read(dir);
        List<Finding> unknown = findings(data, FindingCode.UNKNOWN_REFERENCE).stream()
                .filter(f -> f.file().equals("in_home_cases.csv")).toList();
        assertEquals(List.of(2, 3), unknown.stream().map(Finding::line).toList());
        assertEquals("child_id", unknown.get(0).column());
        assertEquals(List.of("C1"), data.inHomeCase("K1").stream().map(InHomeCase::childId).toList());
    }

    @Test
    void endBeforeStart_closeTheDayBeforeOpenIsSetAside_closeOnOpenIsKept() {
        CaseData data = Extract.valid()
                .with("in_home_cases.csv", HEADER + "K1,C1,2023-05-10,2023-05-09\nK2,C1,2023-05-10,2023-05-10\n"
                        + "K3,C1,2023-05-10,2023-05-11\n")
                .read(dir);
        Finding f = only(data, FindingCode.END_BEFORE_START);
        assertEquals(2, f.line());
        assertEquals("close_date", f.column());
        assertEquals("2023-05-09", f.value());
        assertEquals(List.of("K2", "K3"), data.caseIds());
    }

    @Test
    void afterAsOf_openTheDayAfterIsSetAside_openOnTheAsOfDateIsKept() {
        // extract.txt of Extract.valid(): 2024-06-30
        CaseData data = Extract.valid()
                .with("in_home_cases.csv", HEADER + "K1,C1,2024-07-01,\nK2,C1,2024-06-30,\nK3,C1,2024-06-29,\n")
                .read(dir);
        Finding f = only(data, FindingCode.AFTER_AS_OF);
        assertEquals(2, f.line());
        assertEquals("open_date", f.column());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(new FileCounts(3, 2, 1), data.dataQuality().counts(ContractFile.IN_HOME_CASES));
        assertEquals(List.of("K2", "K3"), data.caseIds());
    }

    @Test
    void afterAsOf_aCloseAfterTheAsOfDateMakesTheRowOpen_aCloseOnItStays() {
        CaseData data = Extract.valid()
                .with("in_home_cases.csv", HEADER + "K1,C1,2023-01-01,2024-07-01\nK2,C2,2023-01-01,2024-06-30\n")
                .read(dir);
        Finding f = only(data, FindingCode.AFTER_AS_OF);
        assertEquals("close_date", f.column());
        assertTrue(f.message().contains("read as open"), f.message());
        assertNull(Extract.child(data, "C1").inHomeCases().get(0).closeDate());
        assertEquals(LocalDate.of(2024, 6, 30), Extract.child(data, "C2").inHomeCases().get(0).closeDate());
        assertEquals(0, data.dataQuality().rowsSetAside());
    }

    @Test
    void asOfOnTheCommandLine_appliesToInHomeRowsToo() {
        CaseData data = Extract.valid()
                .with("in_home_cases.csv", HEADER + "K1,C1,2023-01-01,2023-09-30\nK2,C2,2023-06-01,\n")
                .read(dir, LocalDate.of(2023, 5, 31));
        assertEquals(List.of("K1"), data.caseIds());
        assertNull(Extract.child(data, "C1").inHomeCases().get(0).closeDate());
    }

    @Test
    void missingRequiredCells_andBadDates_areErrors() {
        CaseData data = Extract.valid()
                .with("in_home_cases.csv", HEADER + ",C1,2023-01-01,\nK1,,2023-01-01,\nK1,C1,,\nK1,C1,2023-01-01,31/12/2023\n")
                .read(dir);
        assertEquals(3, findings(data, FindingCode.MISSING_REQUIRED).size());
        assertEquals(1, findings(data, FindingCode.BAD_DATE).size());
        assertEquals(List.of(), data.caseIds());
    }

    @Test
    void writeThenRead_keepsTheRowsInFileOrder() {
        CaseData data = Extract.valid()
                .with("in_home_cases.csv", HEADER + "K1,C2,2023-03-01,2023-12-31\nK1,C1,2023-02-15,\nK2,C2,2022-01-05,2022-06-30\n")
                .read(dir.resolve("in"));
        CaseDataWriter.write(data, dir.resolve("out"));
        CaseData back = CaseDataReader.read(dir.resolve("out"));
        assertEquals(data, back);
        assertEquals(data.caseIds(), back.caseIds());
        assertEquals(data.inHomeCase("K1"), back.inHomeCase("K1"));
    }

    // ------------------------------------------------------------------ the builder

    @Test
    void builder_statesAFamilyInAFewLines() {
        CaseData data = CaseData.builder().asOf("2024-12-31")
                .child("A").born("2016-05-01").siblingGroup("F1").servedInHome("CASE1", "2023-01-10").until("2024-08-01")
                .child("B").born("2019-02-11").siblingGroup("F1").servedInHome("CASE1", "2023-01-10")
                    .removed("2023-09-04").placed(PlacementSetting.RELATIVE_FOSTER_HOME).until("2023-12-01")
                    .discharged("2023-12-01", null)
                .build();
        assertEquals(List.of(new InHomeCase("CASE1", "A", LocalDate.of(2023, 1, 10), LocalDate.of(2024, 8, 1)),
                new InHomeCase("CASE1", "B", LocalDate.of(2023, 1, 10), null)), data.inHomeCase("CASE1"));
        assertEquals(LocalDate.of(2023, 12, 1), data.history("B").orElseThrow().placements().get(0).endDate(),
                "after placed(...), until ends the placement, not the in-home row");
    }

    @Test
    void builder_assignedToThroughout_startsAtTheFirstInHomeOpening() {
        CaseData data = CaseData.builder().asOf("2024-12-31")
                .child("A").born("2016-05-01").servedInHome("K1", "2023-01-10").removed("2023-06-01")
                    .placed(PlacementSetting.GROUP_HOME).assignedTo("W1")
                .build();
        assertEquals(LocalDate.of(2023, 1, 10), data.history("A").orElseThrow().assignments().get(0).startDate());
    }

    @Test
    void builder_withoutInHomeCases_isAbsent_andRefusesRows() {
        assertFalse(CaseData.builder().asOf("2024-12-31").withoutInHomeCases().build().hasInHomeCases());
        assertTrue(CaseData.builder().asOf("2024-12-31").build().hasInHomeCases(), "present by default, as the other optional files");
        assertThrows(IllegalStateException.class, () -> CaseData.builder().asOf("2024-12-31").withoutInHomeCases()
                .child("A").born("2016-05-01").servedInHome("K1", "2023-01-10").build());
    }

    @Test
    void builder_checksRowsAsTheReaderDoes() {
        CaseData data = CaseData.builder().asOf("2024-12-31")
                .add(new InHomeCase("K1", "NOBODY", LocalDate.of(2023, 1, 1), null))
                .child("A").born("2016-05-01").servedInHome("K2", "2025-01-01")
                .build();
        assertEquals(1, findings(data, FindingCode.UNKNOWN_REFERENCE).size());
        assertEquals(1, findings(data, FindingCode.AFTER_AS_OF).size());
        assertEquals(List.of(), data.caseIds());
    }
}
