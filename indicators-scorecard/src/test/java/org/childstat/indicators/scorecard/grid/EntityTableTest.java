package org.childstat.indicators.scorecard.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.childstat.indicators.core.model.Level;
import org.childstat.indicators.core.model.OrgUnit;
import org.childstat.indicators.core.model.WorkerSpell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** entities.csv and the organisation's tree (docs/outputs.md, entities.csv; INCONSISTENT_ORG). */
class EntityTableTest {
    @TempDir
    Path dir;

    static final LocalDate JAN_2020 = LocalDate.of(2020, 1, 1);

    static WorkerSpell spell(String worker, String unit, LocalDate start) {
        return new WorkerSpell(worker, "Name of " + worker, unit, start, null);
    }

    static final List<OrgUnit> UNITS = List.of(
            new OrgUnit("U2", "Unit Two", "O1", "Office One", "B1", "Bureau One"),
            new OrgUnit("U1", "Unit One", "O1", "Office One", "B1", "Bureau One"),
            new OrgUnit("U3", null, "O2", null, "B1", null),
            new OrgUnit("U4", "Unit Four", "O2", "Office Two", "B1", "Bureau Uno"));

    @Test
    void rows_sortedByLevelThenId_withUnassignedPerLevel() {
        EntityTable t = EntityTable.of(UNITS, List.of(spell("W2", "U1", JAN_2020), spell("W1", "U3", JAN_2020)));
        assertEquals(List.of("COUNTY:COUNTY", "BUREAU:B1", "BUREAU:UNASSIGNED", "OFFICE:O1", "OFFICE:O2",
                "OFFICE:UNASSIGNED", "UNIT:U1", "UNIT:U2", "UNIT:U3", "UNIT:U4", "UNIT:UNASSIGNED", "WORKER:UNASSIGNED",
                "WORKER:W1", "WORKER:W2"), t.rows().stream().map(r -> r.key().toString()).toList());
        assertNull(t.parent(Level.COUNTY, "COUNTY"));
        assertEquals(new EntityTable.Key(Level.COUNTY, "COUNTY"), t.parent(Level.BUREAU, "UNASSIGNED"));
        assertEquals(new EntityTable.Key(Level.BUREAU, "UNASSIGNED"), t.parent(Level.OFFICE, "UNASSIGNED"));
        assertEquals(new EntityTable.Key(Level.OFFICE, "UNASSIGNED"), t.parent(Level.UNIT, "UNASSIGNED"));
        assertEquals(new EntityTable.Key(Level.UNIT, "UNASSIGNED"), t.parent(Level.WORKER, "UNASSIGNED"));
        assertEquals("County", t.name(Level.COUNTY, "COUNTY"));
        assertNull(t.name(Level.UNIT, "UNASSIGNED"));
        assertEquals(3, t.count(Level.OFFICE));
    }

    @Test
    void tree_parentsChildrenAndNames() {
        EntityTable t = EntityTable.of(UNITS, List.of(spell("W2", "U1", JAN_2020), spell("W1", "U1", JAN_2020)));
        assertEquals(new EntityTable.Key(Level.OFFICE, "O1"), t.parent(Level.UNIT, "U2"));
        assertEquals(new EntityTable.Key(Level.BUREAU, "B1"), t.parent(Level.OFFICE, "O2"));
        assertEquals(new EntityTable.Key(Level.COUNTY, "COUNTY"), t.parent(Level.BUREAU, "B1"));
        assertEquals(List.of("U1", "U2"), t.children(Level.OFFICE, "O1").stream().map(EntityTable.Row::entityId).toList(),
                "in entity_id order, not file order");
        assertEquals(List.of("W1", "W2"), t.children(Level.UNIT, "U1").stream().map(EntityTable.Row::entityId).toList());
        assertEquals(List.of("B1", "UNASSIGNED"),
                t.children(Level.COUNTY, "COUNTY").stream().map(EntityTable.Row::entityId).toList());
        assertEquals(List.of("UNASSIGNED"),
                t.children(Level.BUREAU, "UNASSIGNED").stream().map(EntityTable.Row::entityId).toList());
        assertEquals(List.of(), t.children(Level.WORKER, "W1"));
        assertEquals(List.of(), t.children(Level.OFFICE, "O9"));
        assertNull(t.parent(Level.OFFICE, "O9"), "an entity the organisation does not have");
        assertNull(t.name(Level.OFFICE, "O9"));
        assertFalse(t.contains(Level.UNIT, "O1"));
        assertTrue(t.row(Level.WORKER, "W1").isPresent());
        assertEquals("Name of W1", t.name(Level.WORKER, "W1"));
        assertEquals("Bureau One", t.name(Level.BUREAU, "B1"), "the first row's name wins over Bureau Uno");
        assertEquals("Office Two", t.name(Level.OFFICE, "O2"), "the first row left it empty: the first later name");
        assertNull(t.name(Level.UNIT, "U3"));
    }

    @Test
    void of_officeGivenTwoBureaus_firstRowWins() {
        List<OrgUnit> units = List.of(new OrgUnit("U1", "Unit One", "O1", "Office One", "B1", "Bureau One"),
                new OrgUnit("U2", "Unit Two", "O2", "Office Two", "B2", "Bureau Two"),
                new OrgUnit("U3", "Unit Three", "O1", "Office Renamed", "B2", "Bureau Two"));
        EntityTable t = EntityTable.of(units, List.of());
        assertEquals(new EntityTable.Key(Level.BUREAU, "B1"), t.parent(Level.OFFICE, "O1"));
        assertEquals("Office One", t.name(Level.OFFICE, "O1"));
        assertEquals(new EntityTable.Key(Level.OFFICE, "O1"), t.parent(Level.UNIT, "U3"), "the later row keeps its office");
        assertEquals(List.of("O2"), t.children(Level.BUREAU, "B2").stream().map(EntityTable.Row::entityId).toList());
    }

    @Test
    void of_bureauNamedOnlyOnALaterRow_isABureauWithoutOffices() {
        List<OrgUnit> units = List.of(new OrgUnit("U1", null, "O1", null, "B1", null),
                new OrgUnit("U2", null, "O1", null, "B9", "Nine"));
        EntityTable t = EntityTable.of(units, List.of());
        assertEquals("Nine", t.name(Level.BUREAU, "B9"));
        assertEquals(List.of(), t.children(Level.BUREAU, "B9"));
        assertEquals(new EntityTable.Key(Level.BUREAU, "B1"), t.parent(Level.OFFICE, "O1"));
    }

    @Test
    void of_unitGivenTwice_firstRowWins() {
        List<OrgUnit> units = List.of(new OrgUnit("U1", "First", "O1", null, "B1", null),
                new OrgUnit("U1", "Second", "O2", null, "B1", null));
        EntityTable t = EntityTable.of(units, List.of());
        assertEquals(new EntityTable.Key(Level.OFFICE, "O1"), t.parent(Level.UNIT, "U1"));
        assertEquals("First", t.name(Level.UNIT, "U1"));
    }

    @Test
    void of_workerWithTwoSpells_latestUnit_tieFirstRow() {
        List<WorkerSpell> spells = List.of(
                spell("W1", "U2", LocalDate.of(2024, 4, 1)), spell("W1", "U1", JAN_2020),
                spell("W2", "U1", JAN_2020), spell("W2", "U4", LocalDate.of(2023, 1, 1)),
                spell("W3", "U3", JAN_2020), spell("W3", "U1", JAN_2020));
        EntityTable t = EntityTable.of(UNITS, spells);
        assertEquals(new EntityTable.Key(Level.UNIT, "U2"), t.parent(Level.WORKER, "W1"), "latest start, not last row");
        assertEquals(new EntityTable.Key(Level.UNIT, "U4"), t.parent(Level.WORKER, "W2"));
        assertEquals(new EntityTable.Key(Level.UNIT, "U3"), t.parent(Level.WORKER, "W3"), "a tie: the first row");
        assertEquals(List.of("UNASSIGNED"),
                t.children(Level.UNIT, "UNASSIGNED").stream().map(EntityTable.Row::entityId).toList());
    }

    @Test
    void of_workerInAnUnknownUnit_isRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EntityTable.of(UNITS, List.of(spell("W1", "U9", JAN_2020))));
        assertTrue(e.getMessage().contains("U9"), e.getMessage());
        assertThrows(NullPointerException.class, () -> EntityTable.of(null, List.of()));
    }

    @Test
    void writeCsv_rfc4180WithEmptyCountyParent() throws IOException {
        List<OrgUnit> units = List.of(new OrgUnit("U1", "Unit \"A\", east", "O1", null, "B1", "Bureau One"));
        Path f = dir.resolve("entities.csv");
        EntityTable.of(units, List.of(spell("W1", "U1", JAN_2020))).writeCsv(f);
        assertEquals("""
                level,entity_id,entity_name,parent_level,parent_id
                COUNTY,COUNTY,County,,
                BUREAU,B1,Bureau One,COUNTY,COUNTY
                BUREAU,UNASSIGNED,,COUNTY,COUNTY
                OFFICE,O1,,BUREAU,B1
                OFFICE,UNASSIGNED,,BUREAU,UNASSIGNED
                UNIT,U1,"Unit ""A"", east",OFFICE,O1
                UNIT,UNASSIGNED,,OFFICE,UNASSIGNED
                WORKER,UNASSIGNED,,UNIT,UNASSIGNED
                WORKER,W1,Name of W1,UNIT,U1
                """, Files.readString(f));
    }

    @Test
    void row_parentMustBeTheLevelAbove() {
        assertThrows(IllegalArgumentException.class, () -> new EntityTable.Row(Level.UNIT, "U1", null, Level.BUREAU, "B1"));
        assertThrows(IllegalArgumentException.class, () -> new EntityTable.Row(Level.COUNTY, "COUNTY", null, Level.COUNTY, "X"));
        assertThrows(IllegalArgumentException.class, () -> new EntityTable.Row(Level.OFFICE, "O1", null, Level.BUREAU, null));
        assertThrows(NullPointerException.class, () -> new EntityTable.Row(null, "O1", null, null, null));
        assertThrows(NullPointerException.class, () -> new EntityTable.Key(Level.UNIT, null));
    }

    @Test
    void valueTypes_equalByContent_emptyNameIsNone() {
        assertEquals(new EntityTable.Row(Level.UNIT, "U1", "", Level.OFFICE, "O1"),
                new EntityTable.Row(Level.UNIT, "U1", null, Level.OFFICE, "O1"));
        assertNotEquals(new EntityTable.Key(Level.UNIT, "U1"), new EntityTable.Key(Level.OFFICE, "U1"));
        assertEquals(new EntityTable.Key(Level.UNIT, "U1").hashCode(), new EntityTable.Key(Level.UNIT, "U1").hashCode());
        assertEquals("UNIT:U1", new EntityTable.Key(Level.UNIT, "U1").toString());
        assertTrue(EntityTable.of(UNITS, List.of()).toString().contains("3 offices"));
    }
}
