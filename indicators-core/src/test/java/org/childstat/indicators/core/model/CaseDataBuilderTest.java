package org.childstat.indicators.core.model;

import static org.childstat.indicators.core.model.PlacementSetting.NON_RELATIVE_FOSTER_HOME;
import static org.childstat.indicators.core.model.PlacementSetting.RELATIVE_FOSTER_HOME;
import static org.childstat.indicators.core.model.PlacementSetting.TRIAL_HOME_VISIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.childstat.indicators.core.internal.CaseStore;
import org.childstat.indicators.core.internal.StoreAccess;
import org.childstat.indicators.core.io.ContractFile;
import org.childstat.indicators.core.io.FileCounts;
import org.childstat.indicators.core.io.Finding;
import org.childstat.indicators.core.io.FindingCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaseDataBuilderTest {
    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    /** The history of the issue's example, in five lines. */
    private static CaseData example() {
        return CaseData.builder().asOf("2024-06-30")
                .child("C1").born("2015-03-01")
                .removed("2023-01-10").placed(RELATIVE_FOSTER_HOME).until("2023-05-01")
                .placed(TRIAL_HOME_VISIT).discharged("2023-08-15", DischargeReason.REUNIFICATION)
                .assignedTo("W1")
                .build();
    }

    @Test
    void build_issueExample_givesExactlyThatHistory() {
        CaseData data = example();
        ChildHistory h = data.history("C1").orElseThrow();
        assertEquals(new Child("C1", d("2015-03-01"), null, null, null), h.child());
        assertEquals(List.of(new Episode("C1-E1", "C1", d("2023-01-10"), d("2023-08-15"), DischargeReason.REUNIFICATION)),
                h.episodes());
        assertEquals(List.of(
                new Placement("C1-E1-P1", "C1-E1", d("2023-01-10"), d("2023-05-01"), RELATIVE_FOSTER_HOME, false, null),
                new Placement("C1-E1-P2", "C1-E1", d("2023-05-02"), d("2023-08-15"), TRIAL_HOME_VISIT, false, null)),
                h.placements());
        assertEquals(List.of(new Assignment("C1", "W1", d("2023-01-10"), null)), h.assignments());
        assertEquals(List.of(new WorkerSpell("W1", null, "UNIT", CaseDataBuilder.ALWAYS, null)), data.workerSpells());
        assertEquals(List.of(new OrgUnit("UNIT", null, "OFFICE", null, "BUREAU", null)), data.orgUnits());
        assertEquals(List.of(), data.dataQuality().findings());
        assertEquals("CaseData[asOf=2024-06-30, children=1, episodes=1, placements=2, reports=0, contacts=0, "
                + "assignments=1, inHomeCases=0, meetings=0, healthExams=0, units=1, workers=1, rowsSetAside=0]", data.toString());
    }

    @Test
    void build_sameHistoryTwice_isEqual_andADifferentOneIsNot() {
        assertEquals(example(), example());
        assertEquals(example().hashCode(), example().hashCode());
        CaseData other = CaseData.builder().asOf("2024-06-30").child("C1").born("2015-03-01")
                .removed("2023-01-10").placed(RELATIVE_FOSTER_HOME).discharged("2023-08-15", DischargeReason.ADOPTION)
                .assignedTo("W1").build();
        assertNotEquals(example(), other);
    }

    @Test
    void build_providersTemporarySpellsReportsAndContacts() {
        CaseData data = CaseData.builder().asOf("2024-06-30")
                .unit("U1", "O1", "B1").worker("W1", "U1")
                .child("C1").born("2012-06-01").siblingGroup("S1").sex(Sex.F)
                .removed("2023-01-10").placed(NON_RELATIVE_FOSTER_HOME).provider("H1").until("2023-02-01")
                .placed(NON_RELATIVE_FOSTER_HOME).provider("H2").temporary().until("2023-02-05")
                .placed(NON_RELATIVE_FOSTER_HOME).provider("H1")
                .reported("R1", "2022-12-30", Disposition.SUBSTANTIATED)
                .visited("2023-01-20")
                .assignedTo("W1", "2022-12-30", null)
                .child("C2").born("2014-01-01").siblingGroup("S1").reported("R1", "2022-12-30", Disposition.INDICATED)
                .build();
        ChildHistory c1 = data.history("C1").orElseThrow();
        assertEquals(3, c1.placements().size());
        assertTrue(c1.placements().get(1).temporary());
        assertEquals(null, c1.placements().get(2).endDate(), "an open episode's last spell stays open");
        assertTrue(c1.episodes().get(0).isOpen());
        assertTrue(c1.reports().get(0).isVictim());
        assertEquals(1, c1.contacts().size());
        assertEquals("S1", data.history("C2").orElseThrow().child().siblingGroupId());
        assertEquals(List.of(), data.dataQuality().findings());
    }

    @Test
    void build_brokenHistory_goesThroughTheSameChecksAsTheReader() {
        CaseData data = CaseData.builder().asOf("2024-06-30")
                .child("C1").born("2015-03-01")
                .removed("2023-01-10").placed(RELATIVE_FOSTER_HOME).discharged("2023-01-05", DischargeReason.REUNIFICATION)
                .build();
        assertEquals(List.of(FindingCode.END_BEFORE_START, FindingCode.UNKNOWN_REFERENCE),
                data.dataQuality().findings().stream().map(f -> f.code()).toList());
        assertEquals(0, data.episodeCount());
    }

    @Test
    void build_withoutOptionalFiles() {
        CaseData data = CaseData.builder().asOf("2024-06-30").withoutReports().withoutContacts()
                .child("C1").born("2015-03-01").build();
        assertFalse(data.hasReports());
        assertFalse(data.hasContacts());
    }

    @Test
    void build_callerMistakes_sayWhat() {
        assertThrows(IllegalStateException.class, () -> CaseData.builder().child("C1").born("2015-03-01").build(),
                "no as-of date");
        IllegalStateException noBirth = assertThrows(IllegalStateException.class,
                () -> CaseData.builder().asOf("2024-06-30").child("C1").build());
        assertTrue(noBirth.getMessage().contains("born"));
        assertThrows(IllegalStateException.class,
                () -> CaseData.builder().asOf("2024-06-30").child("C1").born("2015-03-01").placed(RELATIVE_FOSTER_HOME));
        assertThrows(IllegalArgumentException.class, () -> CaseData.builder().child("x".repeat(65)));
    }

    // ------------------------------------------------------------------ issue 13: the builder's checks

    @ParameterizedTest
    @ValueSource(strings = {"1899-12-31", "2200-01-01", "+215000-06-30", "-999999999-01-01"})
    void asOf_outsideTheSupportedYears_isRefused(String date) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CaseData.builder().asOf(LocalDate.parse(date)));
        assertEquals("asOf: " + LocalDate.parse(date) + " is outside the supported years 1900 to 2199", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1850-01-01", "2200-01-01", "+215000-06-30", "-999999999-01-01"})
    void build_dateOutsideTheSupportedYears_isBadDateAsInAFile(String date) {
        CaseData data = CaseData.builder().asOf("2024-06-30")
                .add(new Child("C1", LocalDate.parse(date), null, null, null))
                .child("C2").born("2015-03-01").build();
        List<Finding> bad = data.dataQuality().findings(FindingCode.BAD_DATE);
        assertEquals(1, bad.size(), bad::toString);
        assertEquals(List.of("children.csv", 2, "birth_date", LocalDate.parse(date).toString()),
                List.of(bad.get(0).file(), bad.get(0).line(), bad.get(0).column(), bad.get(0).value()));
        assertEquals("birth_date " + LocalDate.parse(date) + " is outside the supported years 1900 to 2199",
                bad.get(0).message());
        assertEquals(List.of("C2"), data.childIds());
        assertEquals(new FileCounts(2, 1, 1), data.dataQuality().counts(ContractFile.CHILDREN));
    }

    @Test
    void build_officeUnderTwoBureaus_isInconsistentOrgAndTheFirstRowWins() {
        CaseData data = CaseData.builder().asOf("2024-06-30").unit("U001", "O01", "B1").unit("U005", "O01", "B2")
                .build();
        Finding f = data.dataQuality().findings(FindingCode.INCONSISTENT_ORG).get(0);
        assertEquals(List.of(3, "bureau_id", "B2"), List.of(f.line(), f.column(), f.value()));
        assertEquals(List.of(new OrgUnit("U001", null, "O01", null, "B1", null),
                new OrgUnit("U005", null, "O01", null, "B2", null)), data.orgUnits(), "the rows as written");
        CaseStore s = StoreAccess.store(data);
        assertEquals(List.of(0, 0), List.of(s.unitBureau[0], s.unitBureau[1]), "both units count under B1");
        assertEquals("B1", s.bureauIds[0]);
    }

    @Test
    void build_workerNameWithControlCharacters_isReplaced() {
        CaseData data = CaseData.builder().asOf("2024-06-30")
                .add(new WorkerSpell("W1", "Bo\u001B]0;x\u0007", "UNIT", CaseDataBuilder.ALWAYS, null)).build();
        assertEquals("Bo\uFFFD]0;x\uFFFD", data.workerSpells().get(0).workerName());
        Finding f = data.dataQuality().findings(FindingCode.CONTROL_CHARACTER).get(0);
        assertEquals(List.of("workers.csv", "worker_name", "3;8"), List.of(f.file(), f.column(), f.value()));
    }
}
