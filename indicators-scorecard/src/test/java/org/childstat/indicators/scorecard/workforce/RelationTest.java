package org.childstat.indicators.scorecard.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.indicator.ResultStatus;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.CaseDataBuilder;
import org.childstat.indicators.core.model.PlacementSetting;
import org.junit.jupiter.api.Test;

/**
 * {@link Relation} on a county stated here (public: {@code RelateCommandTest} writes it as CSV), whose band table is counted by hand, with the trend
 * test's expected values from R 4.2.2 Patched (2022-11-10 r83330):
 * {@code prop.trend.test(c(2,6,5), c(3,12,20))} gives X-squared = 3.1913048192117959, p-value =
 * 0.074030899204687375, and {@code prop.trend.test(c(2,6,5,2), c(3,12,20,2))} gives X-squared =
 * 0.49803416602283462, p-value = 0.48036516840488452 (printed with {@code options(digits=17)}).
 *
 * <p>The county, FFY2024 (p = 2024-09-30), PLACEMENT_WITH_RELATIVES (children in care on p, with
 * relatives, attributed to their worker on p):
 * <ul>
 *   <li>W1 (U1, since 2024-09-30: tenure under 1 year): 3 children in care, 2 with relatives: caseload 3, band 0-9;</li>
 *   <li>W2 (U1, since 2023-09-30: exactly 1 year): 12 in care, 6 with relatives: caseload 12, band 10-14;</li>
 *   <li>W3 (U2, since 2019-10-01: 4 years and 364 days): 20 in care, 5 with relatives, and 5 children
 *       served at home only (in its caseload, not in the indicator): caseload 25, band 20-29;</li>
 *   <li>W4 (U2, 2010-01-01 to 2024-09-29: no spell on p, so no caseload, but 14 years of tenure): 2
 *       in care, both with relatives;</li>
 *   <li>one child in care with relatives and no worker: UNASSIGNED, left out.</li>
 * </ul>
 */
public class RelationTest {
    static final ReportingPeriod FFY2024 = ReportingPeriod.parse("FFY2024");

    public static CaseData county() {
        CaseDataBuilder b = CaseData.builder().asOf("2025-12-31").unit("U1", "O1", "B1").unit("U2", "O1", "B1")
                .worker("W1", "U1", LocalDate.parse("2024-09-30"), null)
                .worker("W2", "U1", LocalDate.parse("2023-09-30"), null)
                .worker("W3", "U2", LocalDate.parse("2019-10-01"), null)
                .worker("W4", "U2", LocalDate.parse("2010-01-01"), LocalDate.parse("2024-09-29"));
        CaseDataBuilder.ChildBuilder c = b.child("X").born("2012-01-01").removed("2024-01-01")
                .placed(PlacementSetting.RELATIVE_FOSTER_HOME); // no worker
        int n = 0;
        c = inCare(c, n, 3, 2, "W1");
        n += 3;
        c = inCare(c, n, 12, 6, "W2");
        n += 12;
        c = inCare(c, n, 20, 5, "W3");
        n += 20;
        c = inCare(c, n, 2, 2, "W4");
        for (int i = 0; i < 5; i++) {
            c = c.child("H" + i).born("2014-01-01").servedInHome("K" + i, "2024-01-01")
                    .assignedTo("W3", "2024-01-01", null);
        }
        return c.build();
    }

    /** {@code children} in care on p with one worker throughout, the first {@code relatives} with relatives. */
    private static CaseDataBuilder.ChildBuilder inCare(CaseDataBuilder.ChildBuilder c, int from, int children,
                                                       int relatives, String worker) {
        for (int i = 0; i < children; i++) {
            c = c.child(String.format("C%03d", from + i)).born("2012-01-01").removed("2024-01-01")
                    .placed(i < relatives ? PlacementSetting.RELATIVE_FOSTER_HOME
                            : PlacementSetting.NON_RELATIVE_FOSTER_HOME)
                    .assignedTo(worker, "2024-01-01", null);
        }
        return c;
    }

    @Test
    void byCaseload_theBandsCountedByHand_andTheTestAsR() {
        Relation r = Relation.of(county(), IndicatorId.PLACEMENT_WITH_RELATIVES, FFY2024, Relation.By.CASELOAD);
        assertEquals(LocalDate.parse("2024-09-30"), r.day());
        assertEquals(ResultStatus.OK, r.status());
        assertEquals(List.of("0-9 1 2/3", "10-14 1 6/12", "20-29 1 5/20"), r.bands().stream()
                .map(b -> b.band() + " " + b.workers() + " " + b.numerator() + "/" + b.denominator()).toList());
        assertEquals(1, r.workersLeftOut(), "W4: no spell on p, so no caseload");
        assertEquals(3.1913048192117959, r.trend().chiSquare(), 1e-9);
        assertEquals(0.074030899204687375, r.trend().pValue(), 1e-9);
        assertEquals(25.0, r.bands().get(2).value(), 1e-12);
        assertFalse(r.trendFound(), "p 0.074");
    }

    @Test
    void byTenure_wholeYearsSinceTheFirstSpell_aWorkerWhoLeftKeepsItsTenure() {
        Relation r = Relation.of(county(), IndicatorId.PLACEMENT_WITH_RELATIVES, FFY2024, Relation.By.TENURE);
        assertEquals(List.of("<1y 2/3", "1-2y 6/12", "2-5y 5/20", "5y+ 2/2"), r.bands().stream()
                .map(b -> b.band() + " " + b.numerator() + "/" + b.denominator()).toList());
        assertEquals(0, r.workersLeftOut());
        assertEquals(0.49803416602283462, r.trend().chiSquare(), 1e-9);
        assertEquals(0.48036516840488452, r.trend().pValue(), 1e-9);
    }

    @Test
    void theBandEdges() {
        assertEquals(List.of(0, 0, 1, 1, 2, 3, 3, 4), List.of(0L, 9L, 10L, 14L, 15L, 20L, 29L, 30L).stream()
                .map(Relation.By.CASELOAD::band).toList());
        assertEquals(List.of(0, 1, 1, 2, 2, 3), List.of(0L, 1L, 1L, 2L, 4L, 5L).stream()
                .map(Relation.By.TENURE::band).toList());
    }

    @Test
    void anIncompletePeriod_isNeverAFinding_andOneBandHasNoTest() {
        // CFSR4_P1 needs 12 months after the period: as of 2025-06-30, FFY2024 is not complete
        CaseData data = CaseData.builder().asOf("2025-06-30").unit("U1", "O1", "B1").worker("W1", "U1")
                .child("C1").born("2012-01-01").removed("2024-01-01").placed(PlacementSetting.RELATIVE_FOSTER_HOME)
                .assignedTo("W1").build();
        Relation r = Relation.of(data, IndicatorId.CFSR4_P1, FFY2024, Relation.By.CASELOAD);
        assertEquals(ResultStatus.INCOMPLETE, r.status());
        assertEquals(1, r.bands().size());
        assertNull(r.trend());
        assertFalse(r.trendFound());
        assertTrue(r.toString().contains("INCOMPLETE"), r.toString());
    }

    @Test
    void onlyPercentsWithWorkerRows() {
        CaseData data = county();
        assertThrows(IllegalArgumentException.class,
                () -> Relation.of(data, IndicatorId.CASELOAD, FFY2024, Relation.By.CASELOAD));
        assertThrows(IllegalArgumentException.class,
                () -> Relation.of(data, IndicatorId.WORKER_TURNOVER, FFY2024, Relation.By.TENURE));
        assertThrows(IllegalArgumentException.class,
                () -> Relation.of(data, IndicatorId.CFSR4_PLACEMENT_STABILITY, FFY2024, Relation.By.TENURE));
    }
}
