package org.childstat.indicators.cohort.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.childstat.indicators.cohort.Indicators;
import org.childstat.indicators.core.indicator.AttributionRule;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.IndicatorResult;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.internal.StoreAccess;
import org.childstat.indicators.core.io.Finding;
import org.childstat.indicators.core.io.FindingCode;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.CaseDataBuilder;
import org.childstat.indicators.core.model.ChildHistory;
import org.childstat.indicators.core.model.Level;
import org.childstat.indicators.core.model.OrgUnit;
import org.childstat.indicators.core.model.PlacementSetting;
import org.childstat.indicators.core.model.WorkerSpell;
import org.childstat.indicators.core.synthetic.SyntheticCounty;
import org.junit.jupiter.api.Test;

/**
 * The engine's tree is org_units.csv's first-row tree (INCONSISTENT_ORG, docs/data-quality.md), as
 * the scorecard's EntityTable builds it: an office's bureau is the one of its first row, so every
 * bureau is the sum of its offices and every office the sum of its units, whatever the rows say.
 */
class OrgIndexTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 9, 30);
    static final ReportingPeriod FFY2024 = ReportingPeriod.parse("FFY2024");
    static final List<ReportingPeriod> PERIODS = List.of(FFY2024, ReportingPeriod.parse("R12M-2026-06"));

    static Engine engine(CaseData data) {
        return new Engine(StoreAccess.store(data), PERIODS, EnumSet.allOf(IndicatorId.class),
                new RuleOptions(false, false, Arrays.stream(IndicatorId.values()).map(IndicatorId::defaultAttribution)
                        .toArray(AttributionRule[]::new), CustomRule.Set.NONE));
    }

    /** The example: U001 is O01,B1 and a later row U005 says O01,B2. */
    @Test
    void officeUnderTwoBureaus_countsUnderItsFirstRowsBureau() {
        CaseDataBuilder b = CaseData.builder().asOf(AS_OF).unit("U001", "O01", "B1").unit("U002", "O02", "B1")
                .unit("U005", "O01", "B2").unit("U003", "O03", "B2")
                .worker("W1", "U001").worker("W2", "U002").worker("W5", "U005").worker("W3", "U003");
        int n = 0;
        for (String w : List.of("W1", "W2", "W5", "W3")) {
            for (int k = 0; k < 3 + n % 4; k++, n++) {
                b.child("C" + n).born("2015-03-01").removed(LocalDate.of(2023, 11, 1).plusDays(n))
                        .placed(PlacementSetting.NON_RELATIVE_FOSTER_HOME).assignedTo(w);
            }
        }
        CaseData data = b.build();
        Finding f = data.dataQuality().findings(FindingCode.INCONSISTENT_ORG).get(0);
        assertEquals(List.of(4, "bureau_id", "B2"), List.of(f.line(), f.column(), f.value()));

        List<IndicatorResult> entries = Indicators.compute(data, PERIODS).results()
                .stream().filter(r -> r.indicator() == IndicatorId.FOSTER_CARE_ENTRIES && r.period().equals(FFY2024))
                .toList();
        Map<String, Long> count = new HashMap<>();
        entries.forEach(r -> count.put(r.level() + ":" + r.entityId(), r.numerator()));
        assertEquals(n, count.get("COUNTY:COUNTY"));
        assertEquals(count.get("OFFICE:O01") + count.get("OFFICE:O02"), count.get("BUREAU:B1"), entries::toString);
        assertEquals(count.get("OFFICE:O03"), count.get("BUREAU:B2"), "B2 has no O01: " + entries);
        assertEquals(count.get("UNIT:U001") + count.get("UNIT:U005"), count.get("OFFICE:O01"));

        OrgIndex org = engine(data).org();
        for (int slot = 0; slot < org.slotCount(); slot++) {
            String office = org.entityId(Level.OFFICE, org.entityOf(Level.OFFICE, slot));
            if (office.equals("O01")) {
                assertEquals("B1", org.entityId(Level.BUREAU, org.entityOf(Level.BUREAU, slot)), "slot " + slot);
            }
        }
    }

    /** Whatever office -> bureau assignments org_units.csv makes, conflicts included, the levels nest. */
    @Property(tries = 20)
    void levelsAddUp_whateverTheOrgUnitsRows(@ForAll long seed, @ForAll @IntRange(min = 20, max = 250) int children,
                                             @ForAll @IntRange(min = 1, max = 10) int units,
                                             @ForAll @IntRange(min = 1, max = 5) int offices,
                                             @ForAll @IntRange(min = 1, max = 4) int bureaus) {
        Random rnd = new Random(seed);
        CaseData county = SyntheticCounty.generate(children, seed, AS_OF).data();
        CaseDataBuilder b = CaseData.builder().asOf(AS_OF);
        // org_units.csv rows in a random order, each with a random office and bureau
        List<OrgUnit> rows = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            rows.add(new OrgUnit("U" + u, null, "O" + rnd.nextInt(offices), null, "B" + rnd.nextInt(bureaus), null));
        }
        java.util.Collections.shuffle(rows, rnd);
        rows.forEach(b::add);
        Map<String, String> unitOf = new HashMap<>();
        for (WorkerSpell s : county.workerSpells()) {
            String unit = unitOf.computeIfAbsent(s.unitId(), k -> "U" + rnd.nextInt(units));
            b.add(new WorkerSpell(s.workerId(), s.workerName(), unit, s.startDate(), s.endDate()));
        }
        for (ChildHistory h : county.histories().toList()) {
            b.add(h.child());
            h.episodes().forEach(b::add);
            h.placements().forEach(b::add);
            h.reports().forEach(b::add);
            h.contacts().forEach(b::add);
            h.assignments().forEach(b::add);
        }
        CaseData data = b.build();
        assertEquals(0, data.dataQuality().rowsSetAside());

        // the first-row tree, built here independently of the engine
        Map<String, String> officeOfUnit = new HashMap<>(), bureauOfOffice = new LinkedHashMap<>();
        for (OrgUnit u : rows) {
            officeOfUnit.put(u.unitId(), u.officeId());
            bureauOfOffice.putIfAbsent(u.officeId(), u.bureauId());
        }
        long conflicts = rows.stream().filter(u -> !bureauOfOffice.get(u.officeId()).equals(u.bureauId())).count();
        assertEquals(conflicts, data.dataQuality().findings(FindingCode.INCONSISTENT_ORG).size());
        assertEquals(rows, data.orgUnits(), "the rows as written, which EntityTable reads first-row-wins");

        Engine engine = engine(data);
        Partial total = engine.run(1);
        OrgIndex org = engine.org();
        for (IndicatorId id : IndicatorId.values()) {
            for (int p = 0; p < PERIODS.size(); p++) {
                Map<String, long[]> bureau = totals(engine, total, id, p, Level.BUREAU);
                Map<String, long[]> office = totals(engine, total, id, p, Level.OFFICE);
                Map<String, long[]> unit = totals(engine, total, id, p, Level.UNIT);
                Map<String, long[]> sumOfOffices = new HashMap<>(), sumOfUnits = new HashMap<>();
                office.forEach((o, v) -> add(sumOfOffices, o.equals(OrgIndex.UNASSIGNED) ? o : bureauOfOffice.get(o), v));
                unit.forEach((u, v) -> add(sumOfUnits, u.equals(OrgIndex.UNASSIGNED) ? u : officeOfUnit.get(u), v));
                String where = id + " " + PERIODS.get(p).label() + " rows " + rows;
                bureau.forEach((bu, v) -> assertTotals(v, sumOfOffices.get(bu), "bureau " + bu + ", " + where));
                office.forEach((o, v) -> assertTotals(v, sumOfUnits.get(o), "office " + o + ", " + where));
                assertTrue(bureau.keySet().containsAll(sumOfOffices.keySet()), where);
            }
        }
        for (int slot = 0; slot < org.slotCount(); slot++) {
            String o = org.entityId(Level.OFFICE, org.entityOf(Level.OFFICE, slot));
            String bu = org.entityId(Level.BUREAU, org.entityOf(Level.BUREAU, slot));
            assertEquals(o.equals(OrgIndex.UNASSIGNED) ? OrgIndex.UNASSIGNED : bureauOfOffice.get(o), bu, "slot " + slot);
        }
    }

    private static Map<String, long[]> totals(Engine engine, Partial total, IndicatorId id, int p, Level level) {
        long[][] t = engine.levelTotals(total, id, p, level);
        Map<String, long[]> out = new HashMap<>();
        for (int e = 0; e < t[0].length; e++) {
            out.put(engine.org().entityId(level, e), new long[] {t[0][e], t[1][e]});
        }
        return out;
    }

    private static void add(Map<String, long[]> sums, String key, long[] v) {
        long[] s = sums.computeIfAbsent(key, k -> new long[2]);
        s[0] += v[0];
        s[1] += v[1];
    }

    private static void assertTotals(long[] entity, long[] sumBelow, String what) {
        long[] below = sumBelow == null ? new long[2] : sumBelow;
        assertEquals(below[0], entity[0], "numerator of " + what);
        assertEquals(below[1], entity[1], "denominator of " + what);
    }
}
