package org.childstat.indicators.cohort.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The rules' reason sets, derived from DischargeReason, are the spec's code lists. */
class ReasonMasksTest {
    @Test
    void masks_areTheSpecsCodeLists() {
        assertEquals(1 << 1 | 1 << 2 | 1 << 3 | 1 << 5, Evaluator.PERMANENCY, "permanency: 1, 2, 3, 5");
        assertEquals(1 << 1 | 1 << 2, Evaluator.REUNIFICATION, "reunification: 1, 2");
        assertEquals(1 << 5, Evaluator.GUARDIANSHIP, "guardianship: 5");
        assertEquals(1 << 1 | 1 << 2 | 1 << 5, Evaluator.REENTRY_EXITS, "re-entry exits: 1, 2, 5");
    }
}
