package org.childstat.indicators.core.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.childstat.indicators.core.io.CaseDataReader;
import org.childstat.indicators.core.io.ContractFile;
import org.childstat.indicators.core.io.FindingCode;
import org.childstat.indicators.core.model.Assignment;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.ChildHistory;
import org.childstat.indicators.core.model.Contact;
import org.childstat.indicators.core.model.ContactType;
import org.childstat.indicators.core.model.DischargeReason;
import org.childstat.indicators.core.model.Episode;
import org.childstat.indicators.core.model.InHomeCase;
import org.childstat.indicators.core.model.Level;
import org.childstat.indicators.core.model.MaltreatmentReport;
import org.childstat.indicators.core.model.OrgUnit;
import org.childstat.indicators.core.model.PlacementSetting;
import org.childstat.indicators.core.model.ResponsePriority;
import org.childstat.indicators.core.model.WorkerSpell;
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
        // SLOTS_PER_CHILD: about 12 children in care or under investigation a worker; the children
        // only served at home on the day come on top of them
        double notAtHome = openCasesPerWorker(county.data(),
                h -> inCare(h, AS_OF) || h.inHomeCases().stream().noneMatch(r -> r.covers(AS_OF)));
        double all = openCasesPerWorker(county.data(), h -> true);
        System.out.printf("open cases per worker on the as-of date: %.1f in care or under investigation, %.1f with the"
                + " children served at home%n", notAtHome, all);
        assertTrue(notAtHome > 8 && notAtHome < 16, "open cases per worker on the as-of date: " + notAtHome);
        assertTrue(all > notAtHome + 1 && all < 24, "with the children served at home: " + all);
    }

    static double openCasesPerWorker(CaseData data, Predicate<ChildHistory> children) {
        int asOf = (int) AS_OF.toEpochDay();
        Map<String, Integer> caseload = new HashMap<>();
        data.histories().filter(children).forEach(h -> h.assignments().stream()
                .filter(a -> a.startDate().toEpochDay() <= asOf && (a.endDate() == null || a.endDate().toEpochDay() >= asOf))
                .map(Assignment::workerId).distinct().forEach(w -> caseload.merge(w, 1, Integer::sum)));
        Set<String> workersOnDuty = new HashSet<>();
        data.workerSpells().stream().filter(s -> s.endDate() == null).forEach(s -> workersOnDuty.add(s.workerId()));
        return caseload.values().stream().mapToInt(Integer::intValue).sum() / (double) workersOnDuty.size();
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

    // ------------------------------------------------------------ in-home services

    /** The in-home rows by case, cases in order of their first row as the histories give them. */
    static Map<String, List<InHomeCase>> cases(CaseData data) {
        Map<String, List<InHomeCase>> cases = new LinkedHashMap<>();
        data.histories().flatMap(h -> h.inHomeCases().stream())
                .forEach(r -> cases.computeIfAbsent(r.caseId(), k -> new ArrayList<>()).add(r));
        return cases;
    }

    static List<InHomeCase> inHomeRows(CaseData data) {
        return data.histories().flatMap(h -> h.inHomeCases().stream()).toList();
    }

    /** In care on the day: in [removal, discharge) of an episode (open: from removal on). */
    static boolean inCare(ChildHistory h, LocalDate day) {
        return h.episodes().stream().anyMatch(e -> !e.removalDate().isAfter(day)
                && (e.dischargeDate() == null || day.isBefore(e.dischargeDate())));
    }

    /** The elements of {@code with} left after taking out those of {@code without}, one for one. */
    static <T> List<T> added(List<T> with, List<T> without) {
        Map<T, Integer> left = new HashMap<>();
        without.forEach(x -> left.merge(x, 1, Integer::sum));
        List<T> out = new ArrayList<>();
        for (T x : with) {
            Integer n = left.get(x);
            if (n == null || n == 0) {
                out.add(x);
            } else {
                left.put(x, n - 1);
            }
        }
        assertEquals(0, left.values().stream().mapToInt(Integer::intValue).sum(), "rows lost");
        return out;
    }

    static boolean isSubsequence(List<String> sub, List<String> of) {
        int i = 0;
        for (String line : of) {
            if (i < sub.size() && line.equals(sub.get(i))) {
                i++;
            }
        }
        return i == sub.size();
    }

    @Test
    void inHome_rowsAreCleanAndReadBackTheSame(@TempDir Path dir) {
        CaseData data = county.data();
        assertTrue(data.hasInHomeCases());
        assertTrue(data.caseIds().size() > 1_000, "in-home cases: " + data.caseIds().size());
        county.writeCsv(dir);
        CaseData back = CaseDataReader.read(dir);
        assertEquals(data, back);
        assertEquals(inHomeRows(data), inHomeRows(back));
        for (CaseData d : List.of(data, back)) {
            Set<String> files = Set.of(ContractFile.IN_HOME_CASES.fileName(), ContractFile.ASSIGNMENTS.fileName(),
                    ContractFile.CONTACTS.fileName());
            assertEquals(List.of(), d.dataQuality().findings().stream().filter(f -> files.contains(f.file())).toList());
            assertTrue(Set.of(FindingCode.MISSING_DISCHARGE_REASON, FindingCode.SAME_DAY_EXIT).containsAll(
                    d.dataQuality().findings().stream().map(f -> f.code()).collect(Collectors.toSet())));
            assertEquals(0, d.dataQuality().rowsSetAside());
        }
        // one row per child per case, case ids K%08d
        List<InHomeCase> rows = inHomeRows(data);
        assertEquals(rows.size(), rows.stream().map(r -> r.caseId() + "/" + r.childId()).distinct().count());
        assertTrue(rows.stream().allMatch(r -> r.caseId().matches("K\\d{8}")));
    }

    @Test
    void inHome_isDeterministicForASeed() {
        List<InHomeCase> a = inHomeRows(SyntheticCounty.generate(2_000, 7L, AS_OF).data());
        assertFalse(a.isEmpty());
        assertEquals(a, inHomeRows(SyntheticCounty.generate(2_000, 7L, AS_OF).data()));
        assertNotEquals(a, inHomeRows(SyntheticCounty.generate(2_000, 8L, AS_OF).data()));
    }

    @Test
    void inHome_rowsAreServedAtHome() {
        for (ChildHistory h : county.data().histories().toList()) {
            LocalDate eighteen = h.child().birthDate().plusYears(18);
            for (InHomeCase r : h.inHomeCases()) {
                assertFalse(r.openDate().isBefore(h.child().birthDate()), r.toString());
                assertTrue(r.closeDate() == null ? r.openDate().isBefore(eighteen) : r.closeDate().isBefore(eighteen),
                        r.toString());
                assertFalse(inCare(h, r.openDate()), "opened in care: " + r);
            }
        }
    }

    /**
     * The layer adds in_home_cases.csv and rows of assignments.csv and contacts.csv, nothing else:
     * the other files are byte for byte those of the county without it, and what it adds is on
     * days served at home, never in {@code [removal - 1, discharge]} of an episode (the days
     * in care and the attribution dates of the indicators about them).
     */
    @Test
    void inHome_changesNoOtherRow(@TempDir Path dir) throws IOException {
        SyntheticCounty without = SyntheticCounty.generate(20_000, 42L, AS_OF, false);
        assertEquals(List.of(), without.data().caseIds());
        assertEquals(without.truth(), county.truth().subList(0, without.truth().size()));
        assertEquals(without.truth().size() + 1, county.truth().size());
        Path a = dir.resolve("without"), b = dir.resolve("with");
        without.writeCsv(a);
        county.writeCsv(b);
        for (String f : List.of("children.csv", "episodes.csv", "placements.csv", "reports.csv", "org_units.csv",
                "workers.csv", "extract.txt")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
        for (String f : List.of("assignments.csv", "contacts.csv")) {
            List<String> old = Files.readAllLines(a.resolve(f)), now = Files.readAllLines(b.resolve(f));
            assertTrue(now.size() > old.size() && isSubsequence(old, now), f + ": the old rows, in order, and more");
        }
        int assignments = 0, contacts = 0;
        for (int i = 0; i < county.data().childCount(); i++) {
            ChildHistory h = county.data().history(i), o = without.data().history(i);
            assertEquals(o.child(), h.child());
            assertEquals(o.episodes(), h.episodes());
            assertEquals(o.placements(), h.placements());
            assertEquals(o.reports(), h.reports());
            for (Assignment x : added(h.assignments(), o.assignments())) {
                assignments++;
                LocalDate end = x.endDate() == null ? LocalDate.MAX : x.endDate();
                for (Episode e : h.episodes()) {
                    LocalDate from = e.removalDate().minusDays(1);
                    LocalDate until = e.dischargeDate() == null ? LocalDate.MAX : e.dischargeDate();
                    assertTrue(end.isBefore(from) || x.startDate().isAfter(until), x + " touches " + e);
                }
                assertTrue(h.inHomeCases().stream().anyMatch(r -> r.covers(x.startDate())
                        && (r.closeDate() == null || x.endDate() != null && !r.closeDate().isBefore(x.endDate()))),
                        x + " outside the child's in-home rows");
            }
            for (Contact x : added(h.contacts(), o.contacts())) {
                contacts++;
                for (Episode e : h.episodes()) {
                    LocalDate from = e.removalDate().minusDays(1);
                    assertTrue(x.contactDate().isBefore(from)
                            || e.dischargeDate() != null && x.contactDate().isAfter(e.dischargeDate()), x + " in " + e);
                }
                assertEquals(ContactType.IN_PERSON, x.contactType());
                assertTrue(h.inHomeCases().stream().anyMatch(r -> r.covers(x.contactDate())), x.toString());
            }
        }
        assertTrue(assignments > 1_000 && contacts > 10_000, assignments + " assignments, " + contacts + " contacts");
    }

    @Test
    void inHome_hasWhatTheInHomeIndicatorsNeed() {
        CaseData data = county.data();
        Map<String, List<InHomeCase>> cases = cases(data);
        long siblingCases = cases.values().stream().filter(r -> r.size() >= 2).count();
        long openOnAsOf = 0, open18 = 0, oldEnough = 0, lasted18 = 0;
        for (List<InHomeCase> rows : cases.values()) {
            LocalDate open = rows.stream().map(InHomeCase::openDate).min(LocalDate::compareTo).orElseThrow();
            LocalDate close = rows.stream().anyMatch(r -> r.closeDate() == null) ? null
                    : rows.stream().map(InHomeCase::closeDate).max(LocalDate::compareTo).orElseThrow();
            boolean stillOpen = close == null || !close.isBefore(AS_OF);
            if (!AS_OF.isBefore(open.plusMonths(18))) { // opened 18 months before the as-of date or earlier
                oldEnough++;
                lasted18 += close == null || !close.isBefore(open.plusMonths(18)) ? 1 : 0;
            }
            if (stillOpen) {
                openOnAsOf++;
                open18 += AS_OF.isBefore(open.plusMonths(18)) ? 0 : 1;
            }
        }
        long removedWhileOpen = 0, openedOnReunification = 0, firstWeek = 0, later = 0, rows = 0;
        for (ChildHistory h : data.histories().toList()) {
            for (InHomeCase r : h.inHomeCases()) {
                rows++;
                LocalDate close = r.closeDate() == null ? AS_OF : r.closeDate();
                removedWhileOpen += h.episodes().stream().anyMatch(e -> !e.removalDate().isBefore(r.openDate())
                        && !e.removalDate().isAfter(close)) ? 1 : 0;
                openedOnReunification += h.episodes().stream().anyMatch(e -> r.openDate().equals(e.dischargeDate())
                        && e.dischargeReason() == DischargeReason.REUNIFICATION) ? 1 : 0;
            }
            for (MaltreatmentReport report : h.reports()) {
                LocalDate d = report.reportDate();
                if (!report.isVictim() || inCare(h, d)) {
                    continue;
                }
                LocalDate o = h.inHomeCases().stream().filter(r -> r.covers(d)).map(InHomeCase::openDate)
                        .max(LocalDate::compareTo).orElse(null);
                if (o != null) {
                    if (d.isBefore(o.plusDays(7))) {
                        firstWeek++;
                    } else {
                        later++;
                    }
                }
            }
        }
        System.out.printf("in-home at 20,000 children: %d cases, %d rows, %d sibling cases; open on the as-of date %d, of"
                        + " them 18+ months %d (%.1f%%); cases lasting 18+ months %d of %d (%.1f%%); rows with a removal while open %d, opened on a reunification %d;"
                        + " victim reports while served: %d in the first week, %d later%n", cases.size(), rows,
                siblingCases, openOnAsOf, open18, 100.0 * open18 / openOnAsOf, lasted18, oldEnough,
                100.0 * lasted18 / oldEnough, removedWhileOpen, openedOnReunification,
                firstWeek, later);
        assertTrue(siblingCases > 100, "sibling cases: " + siblingCases);
        assertTrue(lasted18 > 0.08 * oldEnough && lasted18 < 0.3 * oldEnough, lasted18 + " of " + oldEnough);
        assertTrue(open18 > 0.08 * openOnAsOf && open18 < 0.6 * openOnAsOf, open18 + " of " + openOnAsOf);
        assertTrue(removedWhileOpen > 20, "removed while a row is open: " + removedWhileOpen);
        assertTrue(openedOnReunification > 100, "opened on a reunification: " + openedOnReunification);
        assertTrue(firstWeek > 10, "victim reports in the first 7 days: " + firstWeek);
        assertTrue(later > 50, "victim reports 7 days or more after opening: " + later);
    }

    /**
     * The office planted for {@link PlantedEffect.Outcome#IN_HOME_ENTRY}: no other effect touches
     * it, and its children's first in-home openings are followed by a removal within 12 months
     * markedly more often (measured as IN_HOME_ENTRY_TO_CARE counts it, by the office of the
     * worker carrying the case on the opening day).
     */
    @Test
    void inHome_plantedOffice_hasMoreOpeningsFollowedByARemoval() {
        SyntheticCounty c = SyntheticCounty.generate(50_000, 42L, AS_OF);
        CaseData data = c.data();
        List<PlantedEffect> truth = c.truth();
        PlantedEffect p = truth.get(truth.size() - 1);
        assertEquals(List.of(p), truth.stream().filter(e -> e.outcome() == PlantedEffect.Outcome.IN_HOME_ENTRY).toList());
        assertEquals(Level.OFFICE, p.level());
        assertEquals(2.0, p.factor());
        assertEquals(SyntheticCounty.P_IN_HOME_BEFORE_REMOVAL, p.baseline());
        Map<String, String> unitOffice = new HashMap<>();
        data.orgUnits().forEach(u -> unitOffice.put(u.unitId(), u.officeId()));
        for (PlantedEffect e : truth.subList(0, truth.size() - 1)) {
            Set<String> offices = e.level() == Level.OFFICE ? Set.of(e.entityId())
                    : e.level() == Level.UNIT ? Set.of(unitOffice.get(e.entityId()))
                    : data.workerSpells().stream().filter(s -> s.workerId().equals(e.entityId()))
                            .map(s -> unitOffice.get(s.unitId())).collect(Collectors.toSet());
            assertFalse(offices.contains(p.entityId()), e + " is in the in-home office " + p.entityId());
        }
        Map<String, List<WorkerSpell>> spells = data.workerSpells().stream()
                .collect(Collectors.groupingBy(WorkerSpell::workerId));
        long[] planted = new long[2], rest = new long[2]; // openings, followed by a removal within 12 months
        for (ChildHistory h : data.histories().toList()) {
            InHomeCase first = h.inHomeCases().stream().min(Comparator.comparing(InHomeCase::openDate)).orElse(null);
            if (first == null) {
                continue;
            }
            LocalDate o = first.openDate();
            LocalDate eighteen = h.child().birthDate().plusYears(18);
            if (!o.isBefore(eighteen) || inCare(h, o)) {
                continue;
            }
            Assignment on = h.assignments().stream().filter(a -> !a.startDate().isAfter(o)
                    && (a.endDate() == null || !a.endDate().isBefore(o))).max(Comparator.comparing(Assignment::startDate)
                    .thenComparing(Assignment::workerId, Comparator.reverseOrder())).orElse(null);
            if (on == null) {
                continue;
            }
            String office = spells.get(on.workerId()).stream().filter(s -> !s.startDate().isAfter(o)
                    && (s.endDate() == null || !s.endDate().isBefore(o))).max(Comparator.comparing(WorkerSpell::startDate))
                    .map(s -> unitOffice.get(s.unitId())).orElse(null);
            if (office == null) {
                continue;
            }
            boolean removed = h.episodes().stream().anyMatch(e -> e.removalDate().isAfter(o)
                    && e.removalDate().isBefore(o.plusMonths(12)) && e.removalDate().isBefore(eighteen));
            long[] tally = office.equals(p.entityId()) ? planted : rest;
            tally[0]++;
            tally[1] += removed ? 1 : 0;
        }
        double inOffice = (double) planted[1] / planted[0], elsewhere = (double) rest[1] / rest[0];
        System.out.printf("in-home openings followed by a removal within 12 months at 50,000 children: office %s %d of %d"
                        + " (%.3f), the rest %d of %d (%.3f), ratio %.2f%n", p.entityId(), planted[1], planted[0], inOffice,
                rest[1], rest[0], elsewhere, inOffice / elsewhere);
        assertTrue(planted[0] > 200, "openings in the office: " + planted[0]);
        assertTrue(inOffice / elsewhere >= 1.5, inOffice + " vs " + elsewhere);
    }
}
