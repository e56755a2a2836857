package org.childstat.indicators.cohort;

import static org.childstat.indicators.cohort.Rules.FFY2024;
import static org.childstat.indicators.cohort.Rules.d;
import static org.childstat.indicators.core.indicator.IndicatorId.CASELOAD;
import static org.childstat.indicators.core.indicator.IndicatorId.CFSR4_P1;
import static org.childstat.indicators.core.indicator.IndicatorId.WORKER_TURNOVER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.childstat.indicators.cohort.Explanation.Status;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.CaseDataBuilder;
import org.junit.jupiter.api.Test;

/**
 * Explaining workers (docs/workforce.md, Explaining a worker) in FFY2024 (s = 2023-10-01,
 * e = 2024-09-30): each worker's status, unit and dates stated by hand from the histories below,
 * and the explanations adding up to the county's counts.
 */
class WorkerExplanationTest {
    private static CaseDataBuilder org() {
        return CaseData.builder().asOf(Rules.AS_OF).unit("U1", "O1", "B1").unit("U2", "O1", "B1");
    }

    /** W1 leaves U1 on 2024-01-31; W2 stays in U1; W3 moves from U1 to U2; W4 starts the day after s. */
    private static CaseData county() {
        return org().worker("W1", "U1", d("2020-01-01"), d("2024-01-31"))
                .worker("W2", "U1", d("2023-10-01"), null)
                .worker("W3", "U1", d("2020-01-01"), d("2024-03-31"))
                .worker("W3", "U2", d("2024-04-01"), null)
                .worker("W4", "U2", d("2023-10-02"), null)
                .child("C1").born("2012-01-01").removed("2023-05-01").assignedTo("W2", "2023-05-01", null)
                .build();
    }

    @Test
    void turnover_leftStayedMovedAndNotOnStaff() {
        CaseData data = county();
        WorkerExplanation w1 = Indicators.explainWorker(data, WORKER_TURNOVER, FFY2024, "W1");
        assertEquals(Status.IN_NUMERATOR, w1.status());
        assertEquals("U1", w1.unitId());
        assertEquals(Map.of("first_day", d("2023-10-01"), "checked_on", d("2024-09-30"),
                "spell_start", d("2020-01-01"), "spell_end", d("2024-01-31")), w1.dates());
        assertEquals(List.of(1L, 1L), List.of(w1.numerator(), w1.denominator()));

        WorkerExplanation w2 = Indicators.explainWorker(data, WORKER_TURNOVER, FFY2024, "W2");
        assertEquals(Status.IN_DENOMINATOR_ONLY, w2.status(), "a spell starting on s is on staff, and still runs");
        assertEquals(d("2023-10-01"), w2.dates().get("spell_start"));
        assertNull(w2.dates().get("spell_end"));
        assertEquals(List.of(0L, 1L), List.of(w2.numerator(), w2.denominator()));

        WorkerExplanation w3 = Indicators.explainWorker(data, WORKER_TURNOVER, FFY2024, "W3");
        assertEquals(Status.IN_NUMERATOR, w3.status(), "a move to U2 is turnover of U1");
        assertEquals("U1", w3.unitId());

        WorkerExplanation w4 = Indicators.explainWorker(data, WORKER_TURNOVER, FFY2024, "W4");
        assertEquals(Status.NOT_IN_POPULATION, w4.status(), "starts the day after s");
        assertNull(w4.unitId());
        assertEquals(List.of(0L, 0L), List.of(w4.numerator(), w4.denominator()));
        assertTrue(w4.reason().contains("2023-10-01"), w4.reason());
        assertTrue(w4.toString().startsWith("WORKER_TURNOVER FFY2024 worker W4: NOT_IN_POPULATION"), w4.toString());
    }

    @Test
    void caseload_theWorkersOnStaffOnTheLastDay() {
        CaseData data = county();
        List<WorkerExplanation> all = Indicators.explainWorkers(data, CASELOAD, FFY2024);
        assertEquals(List.of("W1", "W2", "W3", "W4"), all.stream().map(WorkerExplanation::workerId).toList());
        assertEquals(List.of(Status.NOT_IN_POPULATION, Status.IN_DENOMINATOR_ONLY, Status.IN_DENOMINATOR_ONLY,
                Status.IN_DENOMINATOR_ONLY), all.stream().map(WorkerExplanation::status).toList(), "W1 left before e");
        WorkerExplanation w3 = all.get(2);
        assertEquals("U2", w3.unitId(), "on e, W3's spell is in U2");
        assertEquals(Map.of("counted_on", d("2024-09-30"), "spell_start", d("2024-04-01")), w3.dates());
        assertEquals(0L, w3.numerator(), "CASELOAD's children are explained child by child");
    }

    @Test
    void theWorkersAddUpToTheCounty() {
        CaseData data = county();
        for (var id : List.of(WORKER_TURNOVER, CASELOAD)) {
            var county = Indicators.compute(data, List.of(FFY2024)).results().rows().stream()
                    .filter(r -> r.indicator() == id && r.level() == org.childstat.indicators.core.model.Level.COUNTY)
                    .findFirst().orElseThrow();
            List<WorkerExplanation> all = Indicators.explainWorkers(data, id, FFY2024);
            assertEquals(county.denominator(), all.stream().mapToLong(WorkerExplanation::denominator).sum(), id.name());
            if (id == WORKER_TURNOVER) {
                assertEquals(county.numerator(), all.stream().mapToLong(WorkerExplanation::numerator).sum());
            }
        }
    }

    @Test
    void anIndicatorOfChildren_orAnUnknownWorker_isRefused() {
        CaseData data = county();
        IllegalArgumentException children = assertThrows(IllegalArgumentException.class,
                () -> Indicators.explainWorkers(data, CFSR4_P1, FFY2024));
        assertTrue(children.getMessage().contains("counts children"), children.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Indicators.explainWorker(data, WORKER_TURNOVER, FFY2024, "W9"));
        assertEquals("no worker W9 in workers.csv", unknown.getMessage());
    }
}
