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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
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
import org.childstat.indicators.core.model.ExamType;
import org.childstat.indicators.core.model.HealthExam;
import org.childstat.indicators.core.model.InHomeCase;
import org.childstat.indicators.core.model.Level;
import org.childstat.indicators.core.model.MaltreatmentReport;
import org.childstat.indicators.core.model.Meeting;
import org.childstat.indicators.core.model.MeetingType;
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
        SyntheticCounty c = large();
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

    // ------------------------------------------------------------ meetings and health exams

    static List<Meeting> meetingRows(CaseData data) {
        return data.histories().flatMap(h -> h.meetings().stream()).toList();
    }

    static List<HealthExam> examRows(CaseData data) {
        return data.histories().flatMap(h -> h.healthExams().stream()).toList();
    }

    /** The worker of the child on the day, as ON_DATE(d) reads it (latest start, then smallest id), or null. */
    static String workerOn(ChildHistory h, LocalDate d) {
        return h.assignments().stream().filter(a -> !a.startDate().isAfter(d) && (a.endDate() == null
                || !a.endDate().isBefore(d))).max(Comparator.comparing(Assignment::startDate)
                .thenComparing(Assignment::workerId, Comparator.reverseOrder())).map(Assignment::workerId).orElse(null);
    }

    @Test
    void meetingsAndExams_areCleanAndReadBackTheSame(@TempDir Path dir) {
        CaseData data = county.data();
        assertTrue(data.hasMeetings() && data.hasHealthExams());
        county.writeCsv(dir);
        CaseData back = CaseDataReader.read(dir);
        assertEquals(data, back);
        assertEquals(meetingRows(data), meetingRows(back));
        assertEquals(examRows(data), examRows(back));
        Set<String> files = Set.of(ContractFile.MEETINGS.fileName(), ContractFile.HEALTH_EXAMS.fileName());
        for (CaseData d : List.of(data, back)) {
            assertEquals(List.of(), d.dataQuality().findings().stream().filter(f -> files.contains(f.file())).toList());
            assertEquals(0, d.dataQuality().rowsSetAside());
        }
        List<Meeting> meetings = meetingRows(data);
        assertTrue(meetings.stream().allMatch(m -> m.meetingId().matches("M\\d{8}")));
        assertEquals(meetings.size(), meetings.stream().map(m -> m.meetingId() + "/" + m.childId()).distinct().count());
        long exams = examRows(data).size();
        System.out.printf("meetings and exams at 20,000 children: %d meeting rows (%d TDM), %d exams (%d MEDICAL, %d DENTAL,"
                        + " %d MH_SCREENING)%n", meetings.size(),
                meetings.stream().filter(m -> m.type() == MeetingType.TDM).count(), exams,
                examRows(data).stream().filter(x -> x.type() == ExamType.MEDICAL).count(),
                examRows(data).stream().filter(x -> x.type() == ExamType.DENTAL).count(),
                examRows(data).stream().filter(x -> x.type() == ExamType.MH_SCREENING).count());
        assertTrue(meetings.size() > 5_000 && exams > 10_000, meetings.size() + " meetings, " + exams + " exams");
    }

    @Test
    void meetingsAndExams_areDeterministicForASeed(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a"), b = dir.resolve("b"), c = dir.resolve("c");
        SyntheticCounty.generate(2_000, 7L, AS_OF).writeCsv(a);
        SyntheticCounty.generate(2_000, 7L, AS_OF).writeCsv(b);
        SyntheticCounty.generate(2_000, 8L, AS_OF).writeCsv(c);
        for (String f : List.of("meetings.csv", "health_exams.csv")) {
            assertTrue(Files.readAllLines(a.resolve(f)).size() > 100, f);
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
            assertFalse(Arrays.equals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(c.resolve(f))), f);
        }
    }

    /**
     * The SHA-256 of the files of the county of 20,000 children, seed 42, as-of 2026-09-30, as the
     * generator wrote them before meetings.csv and health_exams.csv (main at 446de18).
     */
    static final Map<String, String> BEFORE_MEETINGS = Map.of(
            "assignments.csv", "f9eecd663f2eb40153cf37f7984ff6a1ef6b081456eb45ffbd7afbf15db037ab",
            "children.csv", "a6c2118a5c36af15b0d69acfbe373ba96033b343dfc480b358eb11b4719d5fa3",
            "contacts.csv", "433c06001b009af5b363a5ef3de376e7080b817f3b99359be2523345481ca831",
            "episodes.csv", "4d60cc40f98fc10ac3c31ffdde41b6ec6d989b36d35e070b3d9b517d1554cf88",
            "extract.txt", "74dc63043a26b6513c7f2be634bb7c32b63368f117789794ace76347dc04447e",
            "in_home_cases.csv", "94195e2104335d820c90ef9754c86001f09413598f6f9083280ebb12f78ed0f7",
            "org_units.csv", "ff9f06501717fdf4dcdc1e52f7a4b59df1b0a17b57cddf7950111bc0aee7131b",
            "placements.csv", "dd7edb84467ebee4b2f8f968a8f296e2f581fa56571f657af6d6c64c84286bcf",
            "reports.csv", "d1e6cf87e587a85be9694562662e5819263b7d22fa475cae8f9f3a37d58ab551",
            "workers.csv", "c403874dcd4ac2c89bc984dd5821153e0f311a9085e7c5182842333f22505364");

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * The layer adds meetings.csv and health_exams.csv and changes no byte of the other files: they
     * are those of the county without it, and those the generator wrote before it (digests).
     */
    @Test
    void meetingsAndExams_changeNoOtherFile(@TempDir Path dir) throws IOException {
        SyntheticCounty without = SyntheticCounty.generate(20_000, 42L, AS_OF, true, false,
                SyntheticCounty.Options.DEFAULT);
        assertEquals(List.of(), meetingRows(without.data()));
        assertEquals(List.of(), examRows(without.data()));
        assertEquals(without.truth(), county.truth());
        Path a = dir.resolve("without"), b = dir.resolve("with");
        without.writeCsv(a);
        county.writeCsv(b);
        for (Map.Entry<String, String> f : BEFORE_MEETINGS.entrySet()) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f.getKey())), Files.readAllBytes(b.resolve(f.getKey())),
                    f.getKey());
            assertEquals(f.getValue(), sha256(b.resolve(f.getKey())), f.getKey() + " as before the layer");
        }
        assertEquals(1, Files.readAllLines(a.resolve("meetings.csv")).size(), "the header only");
        assertEquals(1, Files.readAllLines(a.resolve("health_exams.csv")).size(), "the header only");
        // and the default options are the default county, byte for byte
        Path c = dir.resolve("options"), d = dir.resolve("default");
        SyntheticCounty.generate(3_000, 42L, AS_OF, SyntheticCounty.Options.DEFAULT).writeCsv(c);
        SyntheticCounty.generate(3_000, 42L, AS_OF).writeCsv(d);
        try (Stream<Path> files = Files.list(d)) {
            for (Path f : files.toList()) {
                assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(c.resolve(f.getFileName())), f.toString());
            }
        }
    }

    /**
     * TDMs about removals inside [removal - 30, removal + 3], with some exactly on both edges and
     * some just outside; siblings removed together share the meeting; the worker named is the
     * child's worker on the day.
     */
    @Test
    void meetings_tdmsAroundTheRemovalAndTheirEdges() {
        Map<Long, Long> offsets = new HashMap<>();
        long removals = 0, withTdm = 0, shared = 0, named = 0, rows = 0;
        for (ChildHistory h : county.data().histories().toList()) {
            for (Meeting m : h.meetings()) {
                rows++;
                assertFalse(m.date().isAfter(AS_OF), m.toString());
                if (m.workerId() != null) {
                    named++;
                    assertEquals(workerOn(h, m.date()), m.workerId(), m.toString());
                }
            }
            for (Episode e : h.episodes()) {
                if (e.removalDate().isAfter(AS_OF.minusDays(10))) {
                    continue;
                }
                removals++;
                List<Meeting> near = h.meetings().stream().filter(m -> m.type() == MeetingType.TDM
                        && Math.abs(m.date().toEpochDay() - e.removalDate().toEpochDay()) <= 31).toList();
                if (near.stream().anyMatch(m -> !m.date().isBefore(e.removalDate().minusDays(30))
                        && !m.date().isAfter(e.removalDate().plusDays(3)))) {
                    withTdm++;
                }
                near.forEach(m -> offsets.merge(m.date().toEpochDay() - e.removalDate().toEpochDay(), 1L, Long::sum));
            }
        }
        // siblings removed together: one meeting id for their rows
        Map<String, Set<String>> children = new HashMap<>();
        meetingRows(county.data()).forEach(m -> children.computeIfAbsent(m.meetingId(), k -> new HashSet<>()).add(m.childId()));
        shared = children.values().stream().filter(c -> c.size() > 1).count();
        System.out.printf("TDMs: %d of %d removals (%.1f%%) with a TDM in [-30, +3]; at -31: %d, -30: %d, +3: %d, +4: %d;"
                        + " meetings shared by siblings: %d; rows naming a worker %d of %d%n", withTdm, removals,
                100.0 * withTdm / removals, offsets.getOrDefault(-31L, 0L), offsets.getOrDefault(-30L, 0L),
                offsets.getOrDefault(3L, 0L), offsets.getOrDefault(4L, 0L), shared, named, rows);
        assertTrue(withTdm > 0.5 * removals && withTdm < 0.75 * removals, withTdm + " of " + removals);
        for (long edge : new long[] {-31, -30, 3, 4}) {
            assertTrue(offsets.getOrDefault(edge, 0L) > 20, "TDMs at removal " + edge + ": " + offsets.get(edge));
        }
        assertTrue(offsets.getOrDefault(0L, 0L) > offsets.getOrDefault(-30L, 0L) * 3, "mostly around the removal");
        assertTrue(shared > 100, "meetings shared by siblings: " + shared);
        assertTrue(named > 0.5 * rows && named < rows, named + " of " + rows);
        assertTrue(meetingRows(county.data()).stream().anyMatch(m -> m.type() == MeetingType.OTHER), "OTHER meetings");
    }

    /**
     * MEDICAL exams about yearly in care, some exactly 12 months and 12 months and a day after
     * the one before; DENTAL from age 1; MH_SCREENING after removals, some exactly on day 30 and
     * day 31, and after in-home openings; nothing after the as-of date or before the birth.
     */
    @Test
    void exams_yearlyInCareAndTheirEdges() {
        long twelve = 0, twelveAndADay = 0, gaps = 0, day30 = 0, day31 = 0, screenedRemovals = 0, removals = 0;
        long afterInHome = 0;
        for (ChildHistory h : county.data().histories().toList()) {
            LocalDate birth = h.child().birthDate();
            List<HealthExam> exams = h.healthExams();
            for (HealthExam x : exams) {
                assertFalse(x.date().isAfter(AS_OF), x.toString());
                assertFalse(x.date().isBefore(birth), x.toString());
                if (x.type() == ExamType.DENTAL) {
                    assertFalse(x.date().isBefore(birth.plusYears(1)), "dental before age 1: " + x);
                }
            }
            List<LocalDate> medical = exams.stream().filter(x -> x.type() == ExamType.MEDICAL).map(HealthExam::date).toList();
            for (int i = 1; i < medical.size(); i++) {
                LocalDate prev = medical.get(i - 1), next = medical.get(i);
                if (next.isAfter(prev.plusMonths(15))) {
                    continue; // another stay
                }
                gaps++;
                twelve += next.equals(prev.plusMonths(12)) ? 1 : 0;
                twelveAndADay += next.equals(prev.plusMonths(12).plusDays(1)) ? 1 : 0;
            }
            for (Episode e : h.episodes()) {
                if (e.removalDate().plusDays(45).isAfter(AS_OF)) {
                    continue;
                }
                removals++;
                LocalDate r = e.removalDate();
                List<Long> days = exams.stream().filter(x -> x.type() == ExamType.MH_SCREENING
                        && !x.date().isBefore(r) && !x.date().isAfter(r.plusDays(45)))
                        .map(x -> x.date().toEpochDay() - r.toEpochDay()).toList();
                screenedRemovals += days.isEmpty() ? 0 : 1;
                day30 += days.contains(30L) ? 1 : 0;
                day31 += days.contains(31L) ? 1 : 0;
            }
            for (InHomeCase c : h.inHomeCases()) {
                afterInHome += exams.stream().anyMatch(x -> x.type() == ExamType.MH_SCREENING && !x.date().isBefore(
                        c.openDate()) && !x.date().isAfter(c.openDate().plusDays(45)) && !inCare(h, x.date())) ? 1 : 0;
            }
        }
        System.out.printf("exams: MEDICAL gaps %d, exactly 12 months %d, 12 months and a day %d; removals %d screened %d,"
                + " on day 30 %d, day 31 %d; in-home rows screened %d%n", gaps, twelve, twelveAndADay, removals,
                screenedRemovals, day30, day31, afterInHome);
        assertTrue(twelve > 50 && twelveAndADay > 50, twelve + ", " + twelveAndADay);
        assertTrue(screenedRemovals > 0.75 * removals && screenedRemovals < 0.95 * removals,
                screenedRemovals + " of " + removals);
        assertTrue(day30 > 100 && day31 > 100, day30 + ", " + day31);
        assertTrue(afterInHome > 500, "in-home rows screened: " + afterInHome);
        assertTrue(examRows(county.data()).stream().anyMatch(x -> x.type() == ExamType.DENTAL), "dental exams");
    }

    // ------------------------------------------------------------ workforce

    /**
     * Worker turnover and caseworker continuity are not trivial: in the year before the as-of
     * date some workers leave their unit (tenures of about 4 years, some moving unit) and some
     * children in care 12 months or more have had more than 2 workers.
     */
    @Test
    void workers_turnoverAndContinuityAreNotTrivial() {
        LocalDate s = AS_OF.minusYears(1).plusDays(1);
        List<WorkerSpell> spells = county.data().workerSpells();
        Predicate<WorkerSpell> coversS = w -> !w.startDate().isAfter(s) && (w.endDate() == null || !w.endDate().isBefore(s));
        Set<String> onStaff = new HashSet<>(), left = new HashSet<>();
        for (WorkerSpell w : spells) {
            if (coversS.test(w)) {
                onStaff.add(w.workerId());
                boolean stays = spells.stream().anyMatch(x -> x.workerId().equals(w.workerId())
                        && x.unitId().equals(w.unitId()) && !x.startDate().isAfter(AS_OF) && x.endDate() == null);
                if (!stays) {
                    left.add(w.workerId());
                }
            }
        }
        long moved = spells.stream().filter(w -> w.endDate() != null && spells.stream().anyMatch(x -> x.workerId()
                .equals(w.workerId()) && x.startDate().equals(w.endDate().plusDays(1)))).count();
        long long12 = 0, moreThanTwo = 0;
        for (ChildHistory h : county.data().histories().toList()) {
            if (!h.episodes().stream().anyMatch(e -> e.isOpen() && !e.removalDate().isAfter(AS_OF.minusMonths(12)))) {
                continue;
            }
            long12++;
            long workers = h.assignments().stream().filter(a -> a.startDate().isBefore(AS_OF.plusDays(1))
                    && (a.endDate() == null || a.endDate().isAfter(AS_OF.minusMonths(12)))).map(Assignment::workerId)
                    .distinct().count();
            moreThanTwo += workers > 2 ? 1 : 0;
        }
        double turnover = (double) left.size() / onStaff.size();
        System.out.printf("workers: %d spells, %d ended, %d unit moves; turnover in the last year %d of %d (%.1f%%);"
                        + " children in care 12+ months %d, with more than 2 workers in the year %d%n", spells.size(),
                spells.stream().filter(w -> w.endDate() != null).count(), moved, left.size(), onStaff.size(),
                100 * turnover, long12, moreThanTwo);
        assertTrue(turnover > 0.08 && turnover < 0.45, "turnover " + turnover);
        assertTrue(moved > 5, "unit moves: " + moved);
        assertTrue(moreThanTwo > 0 && moreThanTwo < long12, moreThanTwo + " of " + long12);
    }

    // ------------------------------------------------------------ the caseload effect

    /**
     * Per worker, the children in care (a discharge on the day counts) or served at home on each
     * day, counted for their ON_DATE worker, as CASELOAD counts them; days from {@code from}.
     */
    static Map<String, int[]> caseloads(CaseData data, LocalDate from) {
        int base = (int) from.toEpochDay(), days = (int) (AS_OF.toEpochDay() - base + 1);
        Map<String, int[]> load = new HashMap<>();
        data.histories().forEach(h -> {
            boolean[] covered = new boolean[days];
            for (Episode e : h.episodes()) {
                mark(covered, base, e.removalDate(), e.dischargeDate());
            }
            for (InHomeCase c : h.inHomeCases()) {
                mark(covered, base, c.openDate(), c.closeDate());
            }
            int eighteen = (int) (h.child().birthDate().plusYears(18).toEpochDay() - base);
            List<Assignment> as = h.assignments();
            for (int d = 0; d < Math.min(days, eighteen); d++) {
                if (!covered[d]) {
                    continue;
                }
                long day = base + d;
                Assignment best = null;
                for (Assignment a : as) {
                    if (a.startDate().toEpochDay() <= day && (a.endDate() == null || a.endDate().toEpochDay() >= day)
                            && (best == null || a.startDate().isAfter(best.startDate()) || a.startDate().equals(
                            best.startDate()) && a.workerId().compareTo(best.workerId()) < 0)) {
                        best = a;
                    }
                }
                if (best != null) {
                    load.computeIfAbsent(best.workerId(), k -> new int[days])[d]++;
                }
            }
        });
        return load;
    }

    static void mark(boolean[] covered, int base, LocalDate from, LocalDate to) {
        int lo = Math.max(0, (int) (from.toEpochDay() - base));
        int hi = Math.min(covered.length - 1, to == null ? covered.length - 1 : (int) (to.toEpochDay() - base));
        for (int d = lo; d <= hi; d++) {
            covered[d] = true;
        }
    }

    /**
     * Removals from 6 years to 12 months before the as-of date, by whether the child's ON_DATE
     * worker on the removal day carries more than 25 children: {removals, reunified within 12
     * months} above, then at or below.
     */
    static long[] reunificationByCaseload(CaseData data) {
        LocalDate from = AS_OF.minusYears(6);
        Map<String, int[]> load = caseloads(data, from);
        long[] out = new long[4];
        data.histories().forEach(h -> {
            for (Episode e : h.episodes()) {
                LocalDate r = e.removalDate();
                if (r.isBefore(from) || r.isAfter(AS_OF.minusMonths(12))) {
                    continue;
                }
                String w = workerOn(h, r);
                if (w == null) {
                    continue;
                }
                int[] l = load.get(w);
                boolean above = l != null && l[(int) (r.toEpochDay() - from.toEpochDay())] > SyntheticCounty.CASELOAD_LIMIT;
                boolean reunified = e.dischargeReason() == DischargeReason.REUNIFICATION
                        && e.dischargeDate().isBefore(r.plusMonths(12));
                int k = above ? 0 : 2;
                out[k]++;
                out[k + 1] += reunified ? 1 : 0;
            }
        });
        return out;
    }

    static SyntheticCounty large;

    static synchronized SyntheticCounty large() {
        if (large == null) {
            large = SyntheticCounty.generate(50_000, 42L, AS_OF);
        }
        return large;
    }

    /**
     * With the caseload effect, children removed while their worker carries more than 25 children
     * are reunified within 12 months markedly less often than the others; without it, about as
     * often. Both counties have uneven caseloads (the default county has few workers above 25),
     * and the effect is planted for the county as a whole, after the other effects.
     */
    @Test
    void caseloadEffect_workersAbove25ReunifyLess() {
        SyntheticCounty.Options uneven = SyntheticCounty.Options.DEFAULT.withUnevenCaseloads(true);
        SyntheticCounty on = SyntheticCounty.generate(50_000, 42L, AS_OF, uneven.withCaseloadEffect(true));
        SyntheticCounty off = SyntheticCounty.generate(50_000, 42L, AS_OF, uneven);
        assertEquals(large().truth(), off.truth());
        assertEquals(off.truth(), on.truth().subList(0, off.truth().size()));
        PlantedEffect p = on.truth().get(on.truth().size() - 1);
        assertEquals(new PlantedEffect(Level.COUNTY, "COUNTY", PlantedEffect.Outcome.CASELOAD_REUNIFICATION,
                SyntheticCounty.P_REUNIFY, SyntheticCounty.CASELOAD_FACTOR), p);
        assertEquals(off.truth().size() + 1, on.truth().size());
        assertEquals(off.data().childCount(), on.data().childCount());
        long[] with = reunificationByCaseload(on.data()), without = reunificationByCaseload(off.data());
        long[] even = reunificationByCaseload(large().data());
        double withAbove = (double) with[1] / with[0], withBelow = (double) with[3] / with[2];
        double withoutAbove = (double) without[1] / without[0], withoutBelow = (double) without[3] / without[2];
        // the standard error of the difference without the effect
        double se = Math.sqrt(withoutAbove * (1 - withoutAbove) / without[0] + withoutBelow * (1 - withoutBelow) / without[2]);
        System.out.printf("reunified within 12 months at 50,000 children, worker above 25 on the removal day vs not:"
                        + " uneven caseloads with the effect %d of %d (%.3f) vs %d of %d (%.3f), ratio %.2f; without %d of"
                        + " %d (%.3f) vs %d of %d (%.3f), ratio %.2f, difference %.3f (se %.3f); the default county: %d of"
                        + " %d removals by a worker above 25%n", with[1], with[0], withAbove,
                with[3], with[2], withBelow, withAbove / withBelow, without[1], without[0], withoutAbove, without[3],
                without[2], withoutBelow, withoutAbove / withoutBelow, withoutAbove - withoutBelow, se, even[0],
                even[0] + even[2]);
        assertTrue(without[0] > 3 * even[0], "uneven caseloads: " + without[0] + " vs " + even[0] + " above 25");
        assertTrue(with[0] > 1000 && without[0] > 1000, with[0] + ", " + without[0] + " removals by workers above 25");
        assertTrue(withAbove / withBelow < 0.8, "with the effect: " + withAbove + " vs " + withBelow);
        assertTrue(Math.abs(withoutAbove - withoutBelow) < 3 * se, "without the effect: " + withoutAbove + " vs "
                + withoutBelow + " (se " + se + ")");
    }
}
