package org.childstat.indicators.core.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.childstat.indicators.core.io.CaseDataReader;
import org.childstat.indicators.core.io.FindingCode;
import org.childstat.indicators.core.model.Assignment;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.ChildHistory;
import org.childstat.indicators.core.model.Episode;
import org.childstat.indicators.core.model.Level;
import org.childstat.indicators.core.model.OrgUnit;
import org.childstat.indicators.core.model.PlacementSetting;
import org.childstat.indicators.core.model.ResponsePriority;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SyntheticCountyTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 9, 30);
    static SyntheticCounty county;

    @BeforeAll
    static void generate() {
        county = SyntheticCounty.generate(20_000, 42L, AS_OF);
    }

    @Test
    void generate_isDeterministicForASeed() {
        assertEquals(SyntheticCounty.generate(2_000, 7L, AS_OF).data(), SyntheticCounty.generate(2_000, 7L, AS_OF).data());
        assertNotEquals(SyntheticCounty.generate(2_000, 7L, AS_OF).data(), SyntheticCounty.generate(2_000, 8L, AS_OF).data());
    }

    @Test
    void generate_sizeAndOrganisation() {
        CaseData data = county.data();
        assertEquals(20_000, data.childCount(), "children");
        Set<String> bureaus = data.orgUnits().stream().map(OrgUnit::bureauId).collect(Collectors.toSet());
        assertTrue(bureaus.size() >= 4 && bureaus.size() <= 8, "bureaus " + bureaus);
        long movers = data.workerSpells().stream().collect(Collectors.groupingBy(s -> s.workerId(),
                Collectors.mapping(s -> s.unitId(), Collectors.toSet()))).values().stream().filter(u -> u.size() > 1).count();
        assertTrue(movers > 0, "some workers move between units");
    }

    @Test
    void generate_isCleanData() {
        Set<FindingCode> codes = county.data().dataQuality().findings().stream().map(f -> f.code())
                .collect(Collectors.toSet());
        // a few missing reasons and same-day exits are planted on purpose; nothing is set aside
        assertTrue(Set.of(FindingCode.MISSING_DISCHARGE_REASON, FindingCode.SAME_DAY_EXIT).containsAll(codes),
                () -> county.data().dataQuality().summary());
        assertEquals(0, county.data().dataQuality().rowsSetAside());
    }

    @Test
    void generate_aboutTwelveOpenCasesPerWorker() {
        CaseData data = county.data();
        int asOf = (int) AS_OF.toEpochDay();
        Map<String, Integer> caseload = new HashMap<>();
        data.histories().forEach(h -> h.assignments().stream()
                .filter(a -> a.startDate().toEpochDay() <= asOf && (a.endDate() == null || a.endDate().toEpochDay() >= asOf))
                .map(Assignment::workerId).distinct().forEach(w -> caseload.merge(w, 1, Integer::sum)));
        Set<String> workersOnDuty = new HashSet<>();
        data.workerSpells().stream().filter(s -> s.endDate() == null).forEach(s -> workersOnDuty.add(s.workerId()));
        double perWorker = caseload.values().stream().mapToInt(Integer::intValue).sum() / (double) workersOnDuty.size();
        assertTrue(perWorker > 8 && perWorker < 16, "open cases per worker on the as-of date: " + perWorker);
    }

    @Test
    void generate_hasEveryFeatureTheIndicatorsNeed() {
        List<ChildHistory> all = county.data().histories().toList();
        assertTrue(all.stream().anyMatch(h -> h.episodes().size() > 1), "re-entries");
        assertTrue(all.stream().anyMatch(h -> h.child().siblingGroupId() != null), "siblings");
        assertTrue(all.stream().flatMap(h -> h.placements().stream())
                .anyMatch(p -> p.setting() == PlacementSetting.TRIAL_HOME_VISIT), "trial home visits");
        assertTrue(all.stream().flatMap(h -> h.placements().stream())
                .anyMatch(p -> p.setting() == PlacementSetting.RUNAWAY), "runaway spells");
        assertTrue(all.stream().flatMap(h -> h.placements().stream()).anyMatch(p -> p.temporary()), "temporary spells");
        assertTrue(all.stream().flatMap(h -> h.episodes().stream()).anyMatch(Episode::isOpen), "children in care");
        assertTrue(all.stream().flatMap(h -> h.episodes().stream()).anyMatch(e -> !e.isOpen()
                && e.lengthOfStay(AS_OF) < 8), "stays under 8 days");
        assertTrue(all.stream().flatMap(h -> h.reports().stream())
                .anyMatch(r -> r.responsePriority() == ResponsePriority.IMMEDIATE), "immediate referrals");
        assertTrue(all.stream().flatMap(h -> h.contacts().stream()).count() > 1000, "monthly contacts");
        long removed = all.stream().filter(h -> !h.episodes().isEmpty()).count();
        assertTrue(removed > 0.2 * all.size() && removed < 0.6 * all.size(), "children removed: " + removed);
    }

    @Test
    void truth_namesEntitiesThatExist() {
        List<PlantedEffect> truth = county.truth();
        assertTrue(truth.stream().anyMatch(p -> p.level() == Level.OFFICE));
        assertTrue(truth.stream().anyMatch(p -> p.level() == Level.UNIT));
        assertTrue(truth.stream().anyMatch(p -> p.level() == Level.WORKER));
        Set<String> offices = county.data().orgUnits().stream().map(OrgUnit::officeId).collect(Collectors.toSet());
        Set<String> units = county.data().orgUnits().stream().map(OrgUnit::unitId).collect(Collectors.toSet());
        Set<String> workers = county.data().workerSpells().stream().map(s -> s.workerId()).collect(Collectors.toSet());
        for (PlantedEffect p : truth) {
            Set<String> ids = p.level() == Level.OFFICE ? offices : p.level() == Level.UNIT ? units : workers;
            assertTrue(ids.contains(p.entityId()), p.toString());
        }
        assertEquals(truth.size(), truth.stream().map(PlantedEffect::entityId).distinct().count(), "one effect per entity");
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "2, 7", "3, 42", "4, 5", "17, 42", "5000, 42", "5000, 7"})
    void generate_nChildren_writesExactlyNRows(int children, long seed, @TempDir Path dir) throws IOException {
        SyntheticCounty c = SyntheticCounty.generate(children, seed, AS_OF);
        assertEquals(children, c.data().childCount());
        c.writeCsv(dir);
        try (Stream<String> lines = Files.lines(dir.resolve("children.csv"))) {
            assertEquals(children + 1, lines.count(), "children.csv: the header and one row per child");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1929-12-31", "2200-01-01", "+215000-06-30"})
    void generate_asOfTooEarlyOrOutsideTheSupportedYears_isRefused(String date) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SyntheticCounty.generate(100, 1L, LocalDate.parse(date)));
        assertTrue(e.getMessage().startsWith("asOf: " + LocalDate.parse(date)), e.getMessage());
    }

    @Test
    void generate_earliestAsOf_hasNoDateBefore1900(@TempDir Path dir) {
        SyntheticCounty c = SyntheticCounty.generate(400, 3L, SyntheticCounty.EARLIEST_AS_OF);
        c.writeCsv(dir);
        CaseData back = CaseDataReader.read(dir);
        assertEquals(List.of(), back.dataQuality().findings(FindingCode.BAD_DATE));
        assertEquals(c.data(), back);
    }
}
