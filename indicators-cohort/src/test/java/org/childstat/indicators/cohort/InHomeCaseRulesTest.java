package org.childstat.indicators.cohort;

import static org.childstat.indicators.cohort.Rules.FFY2024;
import static org.childstat.indicators.cohort.Rules.d;
import static org.childstat.indicators.cohort.Rules.explain;
import static org.childstat.indicators.cohort.Rules.extract;
import static org.childstat.indicators.core.indicator.IndicatorId.IN_HOME_OPEN_18M_PLUS;
import static org.childstat.indicators.core.model.PlacementSetting.NON_RELATIVE_FOSTER_HOME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.childstat.indicators.cohort.Explanation.Status;
import org.childstat.indicators.core.indicator.IndicatorResult;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The edges of the IN_HOME_CASES family's rules, {@code internal/InHomeCaseRules.java}:
 * IN_HOME_OPEN_18M_PLUS (in-home cases open on p = 2024-09-30, counted once per case with the
 * child of its first row; outcome: p on or after the case's open date plus 18 months), as
 * docs/in-home.md states it.
 */
class InHomeCaseRulesTest {
    // the 18-month mark: open + 18 months = p - 1, p (two openings: plusMonths clamps 2023-03-31 to 2024-09-30), p + 1
    @ParameterizedTest
    @CsvSource({"2023-03-29, IN_NUMERATOR", "2023-03-30, IN_NUMERATOR", "2023-03-31, IN_NUMERATOR",
            "2023-04-01, IN_DENOMINATOR_ONLY"})
    void theEighteenMonthMark(String open, Status expected) {
        CaseData data = extract().child("C1").born("2015-03-01").servedInHome("K1", open).assignedTo("W1").build();
        Explanation e = explain(data, IN_HOME_OPEN_18M_PLUS);
        assertEquals(expected, e.status());
        assertEquals("K1", e.caseId());
        assertEquals(d(open), e.dates().get("case_open"));
        assertEquals(d("2024-09-30"), e.dates().get("event"));
    }

    // open on p: closed the day before p is not, closed on p is
    @ParameterizedTest
    @CsvSource({"2024-09-29, NOT_IN_POPULATION", "2024-09-30, IN_NUMERATOR", "2024-10-01, IN_NUMERATOR"})
    void openOnTheLastDay(String close, Status expected) {
        CaseData data = extract().child("C1").born("2015-03-01").servedInHome("K1", "2022-01-01").until(close)
                .assignedTo("W1").build();
        assertEquals(expected, explain(data, IN_HOME_OPEN_18M_PLUS).status());
    }

    @Test
    void aCaseOfSiblings_countsOnce_underTheChildOfItsFirstRow_fromItsEarliestOpening() {
        CaseData data = extract()
                .child("A").born("2014-01-01").servedInHome("K1", "2023-06-01").assignedTo("W3")
                .child("B").born("2016-01-01").servedInHome("K1", "2022-11-01").assignedTo("W1")
                .child("C").born("2018-01-01").servedInHome("K1", "2023-06-01").assignedTo("W1").build();
        IndicatorResult county = Rules.county(data, IN_HOME_OPEN_18M_PLUS);
        assertEquals(1L, county.denominator(), "one case");
        assertEquals(1L, county.numerator(), "open since 2022-11-01, its earliest row: 23 months on p");
        Explanation a = Indicators.explain(data, IN_HOME_OPEN_18M_PLUS, FFY2024, "A");
        assertEquals(Status.IN_NUMERATOR, a.status());
        assertEquals("W3", a.workerId(), "the first row's child's worker on p");
        assertEquals(d("2022-11-01"), a.dates().get("case_open"));
        Explanation b = Indicators.explain(data, IN_HOME_OPEN_18M_PLUS, FFY2024, "B");
        assertEquals(Status.NOT_IN_POPULATION, b.status());
        assertTrue(b.reason().startsWith("not on the first row"), b.reason());
        List<Explanation> all = Indicators.explainAll(data, IN_HOME_OPEN_18M_PLUS, FFY2024);
        assertEquals(List.of("A"), all.stream().map(Explanation::childId).toList(), "one explanation per case");
        IndicatorResult w3 = Indicators.compute(data, List.of(FFY2024)).results()
                .get(IN_HOME_OPEN_18M_PLUS, FFY2024, Level.WORKER, "W3").orElseThrow();
        assertEquals(1L, w3.denominator());
    }

    @Test
    void gapsBetweenACasesRows_areIgnored_andTheFirstRowsChildKeepsTheCase() {
        CaseData data = extract()
                .child("A").born("2014-01-01").servedInHome("K1", "2022-01-01").until("2022-12-31")
                    .assignedTo("W1", "2022-01-01", "2022-12-31")
                .child("B").born("2016-01-01").servedInHome("K1", "2023-06-01").assignedTo("W3").build();
        Explanation a = Indicators.explain(data, IN_HOME_OPEN_18M_PLUS, FFY2024, "A");
        assertEquals(Status.IN_NUMERATOR, a.status(), "open since 2022-01-01, as the case is open on p");
        assertEquals("UNASSIGNED", a.workerId(), "A has no worker on p");
    }

    @Test
    void noAgeOrInCareTest_itIsTheCaseThatIsOpen() {
        CaseData data = extract().child("C1").born("2005-01-01").servedInHome("K1", "2022-01-01")
                .removed("2022-06-01").placed(NON_RELATIVE_FOSTER_HOME).assignedTo("W1").build();
        assertEquals(Status.IN_NUMERATOR, explain(data, IN_HOME_OPEN_18M_PLUS).status());
    }

    @Test
    void aChildOnTheFirstRowOfTwoCases_carriesBoth() {
        CaseData data = extract().child("C1").born("2015-01-01").servedInHome("K1", "2022-01-01")
                .servedInHome("K2", "2024-05-01").assignedTo("W1").build();
        Explanation e = explain(data, IN_HOME_OPEN_18M_PLUS);
        assertEquals(2, e.denominator());
        assertEquals(1, e.numerator());
        assertEquals(2, Indicators.explainAll(data, IN_HOME_OPEN_18M_PLUS, FFY2024).size());
    }

    @Test
    void theDayIsTheExtractDate_whenThePeriodEndsAfterIt() {
        CaseData data = CaseData.builder().asOf("2024-06-30").unit("U1", "O1", "B1").worker("W1", "U1")
                .child("C1").born("2015-01-01").servedInHome("K1", "2022-12-30").assignedTo("W1").build();
        Explanation e = Indicators.explain(data, IN_HOME_OPEN_18M_PLUS, FFY2024, "C1");
        assertEquals(d("2024-06-30"), e.dates().get("event"));
        assertEquals(Status.IN_NUMERATOR, e.status(), "2022-12-30 + 18 months = 2024-06-30");
    }

    @Test
    void theCountyCountsCases_inTheDenominatorsLabel() {
        assertEquals("cases", IN_HOME_OPEN_18M_PLUS.countedIn());
        assertTrue(IN_HOME_OPEN_18M_PLUS.caseLevel());
    }
}
