package org.childstat.indicators.scorecard.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.childstat.indicators.cohort.Explanation;
import org.childstat.indicators.cohort.Indicators;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.io.CaseDataReader;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.Level;
import org.childstat.indicators.core.synthetic.SyntheticCounty;
import org.junit.jupiter.api.Test;

/** Case selection (docs/indicators.md, Drawing cases for review). */
class CaseSelectionTest {
    static final ReportingPeriod FFY2024 = ReportingPeriod.parse("FFY2024");

    @Test
    void candidates_areTheEntitysDenominator_neverExcluded() {
        CaseData data = CaseDataReader.read(Path.of("../indicators-cohort/src/test/resources/worked-example"));
        CaseSelection.Selection s = CaseSelection.select(data, IndicatorId.CFSR4_P1, FFY2024, Level.UNIT, "U1", 2, 7);
        long denominator = Indicators.compute(data, List.of(FFY2024)).results()
                .get(IndicatorId.CFSR4_P1, FFY2024, Level.UNIT, "U1").orElseThrow().denominator();
        assertEquals(denominator, s.candidates().size());
        assertTrue(s.candidates().stream().noneMatch(c -> c.explanation().status() == Explanation.Status.EXCLUDED));
        assertEquals(s.candidates().stream().map(CaseSelection.Case::childId).sorted().toList(),
                s.candidates().stream().map(CaseSelection.Case::childId).toList(), "sorted by child id");
        assertTrue(s.sample().get(0).missed(), "missed cases first");
        assertEquals(2, s.sample().size());
    }

    @Test
    void sample_isReproducibleForASeed() {
        CaseData data = SyntheticCounty.generate(3000, 3L, LocalDate.of(2026, 9, 30)).data();
        ReportingPeriod p = ReportingPeriod.parse("FFY2025");
        CaseSelection.Selection a = CaseSelection.select(data, IndicatorId.REUNIFICATION_12M_ENTRY, p, Level.COUNTY,
                "COUNTY", 5, 11);
        CaseSelection.Selection b = CaseSelection.select(data, IndicatorId.REUNIFICATION_12M_ENTRY, p, Level.COUNTY,
                "COUNTY", 5, 11);
        CaseSelection.Selection c = CaseSelection.select(data, IndicatorId.REUNIFICATION_12M_ENTRY, p, Level.COUNTY,
                "COUNTY", 5, 12);
        assertEquals(ids(a), ids(b));
        assertNotEquals(ids(a), ids(c));
        assertTrue(a.sample().stream().allMatch(CaseSelection.Case::missed));
    }

    @Test
    void lowerIsBetter_missedMeansInTheNumerator() {
        CaseData data = SyntheticCounty.generate(3000, 3L, LocalDate.of(2026, 9, 30)).data();
        ReportingPeriod p = ReportingPeriod.parse("FFY2025");
        CaseSelection.Selection s = CaseSelection.select(data, IndicatorId.CFSR4_REENTRY, p, Level.COUNTY, "COUNTY", 3, 1);
        s.candidates().forEach(c -> assertEquals(c.explanation().status() == Explanation.Status.IN_NUMERATOR, c.missed()));
    }

    /**
     * docs/indicators.md, Drawing cases for review: a child whose own 12 months are still running
     * on the extract date is PENDING, never missed, and drawn last. CFSR4_P1 for FFY2025 as of
     * 2026-03-31: a child removed on day r has until r + 12 months - 1 day to reach permanency;
     * removed 2025-04-01 its window ends on the extract date (complete: missed), removed 2025-04-02
     * the day after it (pending).
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "2025-03-31, MISSED",  // window ends 2026-03-30, the day before the extract date
            "2025-04-01, MISSED",  // window ends 2026-03-31, the extract date: complete
            "2025-04-02, PENDING", // window ends 2026-04-01, the day after: the outcome can still happen
            "2025-09-14, PENDING"})
    void pending_aChildWhoseOwnTwelveMonthsAreStillRunning(String removed, CaseSelection.Outcome expected) {
        CaseData data = CaseData.builder().asOf("2026-03-31")
                .child("A").born("2015-01-01").removed(removed)
                .placed(org.childstat.indicators.core.model.PlacementSetting.NON_RELATIVE_FOSTER_HOME).assignedTo("W1")
                .build();
        CaseSelection.Selection s = CaseSelection.select(data, IndicatorId.CFSR4_P1, ReportingPeriod.parse("FFY2025"),
                Level.COUNTY, "COUNTY", 1, 0);
        assertEquals(1, s.candidates().size());
        assertEquals(expected, s.candidates().get(0).outcome());
        assertEquals(expected == CaseSelection.Outcome.PENDING, s.candidates().get(0).explanation()
                .pending(LocalDate.of(2026, 3, 31)));
    }

    @Test
    void pending_isDrawnOnlyWhenMissedAndMetAreExhausted() {
        CaseData data = CaseData.builder().asOf("2026-03-31")
                .child("P1").born("2015-01-01").removed("2025-09-14")
                .placed(org.childstat.indicators.core.model.PlacementSetting.NON_RELATIVE_FOSTER_HOME).assignedTo("W1")
                .child("P2").born("2015-01-01").removed("2025-09-20")
                .placed(org.childstat.indicators.core.model.PlacementSetting.NON_RELATIVE_FOSTER_HOME).assignedTo("W1")
                .child("M1").born("2015-01-01").removed("2024-10-05")
                .placed(org.childstat.indicators.core.model.PlacementSetting.NON_RELATIVE_FOSTER_HOME).assignedTo("W1")
                .child("OK").born("2015-01-01").removed("2025-01-10")
                .placed(org.childstat.indicators.core.model.PlacementSetting.NON_RELATIVE_FOSTER_HOME)
                .discharged("2025-06-01", org.childstat.indicators.core.model.DischargeReason.REUNIFICATION)
                .assignedTo("W1")
                .build();
        ReportingPeriod p = ReportingPeriod.parse("FFY2025");
        for (long seed = 0; seed < 5; seed++) {
            CaseSelection.Selection s = CaseSelection.select(data, IndicatorId.CFSR4_P1, p, Level.COUNTY, "COUNTY", 3, seed);
            assertEquals(List.of(CaseSelection.Outcome.MISSED, CaseSelection.Outcome.MET, CaseSelection.Outcome.PENDING),
                    s.sample().stream().map(CaseSelection.Case::outcome).toList(), "seed " + seed);
            assertEquals(List.of("M1", "OK"), s.sample().subList(0, 2).stream().map(CaseSelection.Case::childId).toList());
        }
    }

    /** An office given two bureaus: the first row's bureau holds its cases, as it holds its counts. */
    @Test
    void officeUnderTwoBureaus_casesFollowTheFirstRow_asTheCountsDo() {
        CaseData data = CaseData.builder().asOf("2025-09-30")
                .unit("U001", "O01", "B1").unit("U005", "O01", "B2").worker("W1", "U001").worker("W5", "U005")
                .child("C1").born("2015-01-01").removed("2024-01-10")
                .placed(org.childstat.indicators.core.model.PlacementSetting.NON_RELATIVE_FOSTER_HOME).assignedTo("W5")
                .build();
        var results = Indicators.compute(data, List.of(FFY2024)).results();
        assertEquals(1L, results.get(IndicatorId.CFSR4_P1, FFY2024, Level.BUREAU, "B1").orElseThrow().denominator());
        assertEquals(List.of("C1"), CaseSelection.select(data, IndicatorId.CFSR4_P1, FFY2024, Level.BUREAU, "B1", 1, 0)
                .candidates().stream().map(CaseSelection.Case::childId).toList());
        assertEquals(0, CaseSelection.select(data, IndicatorId.CFSR4_P1, FFY2024, Level.BUREAU, "B2", 1, 0)
                .candidates().size());
    }

    @Test
    void inHomeOpen18m_theUnitIsTheCase_withItsChildren_open18mFirst() {
        CaseData data = CaseData.builder().asOf("2024-12-31")
                .child("A").born("2016-05-01").servedInHome("K1", "2022-01-10").assignedTo("W1")
                .child("B").born("2018-05-01").servedInHome("K1", "2022-01-10").assignedTo("W1")
                .child("C").born("2017-05-01").servedInHome("K2", "2024-06-01").assignedTo("W1")
                .child("D").born("2015-05-01").servedInHome("K0", "2024-03-01").assignedTo("W1")
                .build();
        ReportingPeriod p = ReportingPeriod.parse("FFY2024");
        CaseSelection.Selection s = CaseSelection.select(data, IndicatorId.IN_HOME_OPEN_18M_PLUS, p, Level.COUNTY,
                "COUNTY", 1, 3);
        assertEquals(List.of("K0", "K1", "K2"), s.candidates().stream().map(CaseSelection.Case::caseId).toList(),
                "one per case, sorted by case id");
        CaseSelection.Case k1 = s.candidates().get(1);
        assertEquals(List.of("A", "B"), k1.children());
        assertEquals("A", k1.childId(), "under the child of the first row");
        assertTrue(k1.missed(), "open 18+ months: the numerator, drawn first");
        assertTrue(s.candidates().stream().filter(c -> !c.caseId().equals("K1")).noneMatch(CaseSelection.Case::missed));
        assertEquals(List.of("K1"), s.sample().stream().map(CaseSelection.Case::caseId).toList());
        // child-level indicators keep no case
        CaseSelection.Selection child = CaseSelection.select(data, IndicatorId.IN_HOME_NO_MALTREATMENT, p,
                Level.COUNTY, "COUNTY", 5, 3);
        assertTrue(child.candidates().stream().allMatch(c -> c.caseId() == null && c.children().isEmpty()));
    }

    @Test
    void inHomeOpen18m_syntheticCounty_seededDrawOfCases() {
        CaseData data = SyntheticCounty.generate(20_000, 1L, LocalDate.of(2026, 9, 30)).data();
        ReportingPeriod p = ReportingPeriod.parse("FFY2026");
        CaseSelection.Selection a = CaseSelection.select(data, IndicatorId.IN_HOME_OPEN_18M_PLUS, p, Level.COUNTY,
                "COUNTY", 10, 5);
        CaseSelection.Selection b = CaseSelection.select(data, IndicatorId.IN_HOME_OPEN_18M_PLUS, p, Level.COUNTY,
                "COUNTY", 10, 5);
        List<String> keys = a.candidates().stream().map(CaseSelection.Case::caseId).toList();
        assertTrue(keys.size() > 10, "synthetic in-home cases: " + keys.size());
        assertEquals(keys.stream().sorted().toList(), keys, "sorted by case id");
        assertEquals(keys.size(), keys.stream().distinct().count(), "each case once");
        assertTrue(keys.stream().allMatch(k -> data.caseIds().contains(k)));
        assertTrue(a.candidates().stream().allMatch(c -> !c.children().isEmpty()
                && c.children().get(0).equals(c.childId())));
        List<String> sa = a.sample().stream().map(CaseSelection.Case::caseId).toList();
        assertEquals(sa, b.sample().stream().map(CaseSelection.Case::caseId).toList(), "seeded");
        assertEquals(sa.size(), sa.stream().distinct().count());
        long open18 = a.candidates().stream().filter(CaseSelection.Case::missed).count();
        assertTrue(open18 > 0);
        a.sample().stream().limit(Math.min(open18, 10)).forEach(c -> {
            assertTrue(c.missed());
            assertEquals(Explanation.Status.IN_NUMERATOR, c.explanation().status(), "open 18+ months first");
        });
    }

    private static List<String> ids(CaseSelection.Selection s) {
        return s.sample().stream().map(CaseSelection.Case::childId).toList();
    }
}
