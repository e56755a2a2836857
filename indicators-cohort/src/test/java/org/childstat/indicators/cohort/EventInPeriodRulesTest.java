package org.childstat.indicators.cohort;

import static org.childstat.indicators.cohort.Explanation.Status.IN_DENOMINATOR_ONLY;
import static org.childstat.indicators.cohort.Explanation.Status.IN_NUMERATOR;
import static org.childstat.indicators.cohort.Explanation.Status.NOT_IN_POPULATION;
import static org.childstat.indicators.cohort.Rules.extract;
import static org.childstat.indicators.cohort.Rules.status;
import static org.childstat.indicators.core.indicator.IndicatorId.IN_CARE_3_YEARS_EMANCIPATED;
import static org.childstat.indicators.core.model.DischargeReason.EMANCIPATION;
import static org.childstat.indicators.core.model.DischargeReason.REUNIFICATION;
import static org.childstat.indicators.core.model.PlacementSetting.NON_RELATIVE_FOSTER_HOME;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.DischargeReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The edges of the EVENT_IN_PERIOD family's rules, {@code internal/EventInPeriodRules.java}:
 * IN_CARE_3_YEARS_EMANCIPATED (Round 2 C3.3: children emancipated before 18, or turning 18 in care,
 * in the period; outcome: in care 3 years or more by then), as docs/indicators.md (The indicators)
 * states it.
 */
class EventInPeriodRulesTest {
    private static CaseData inCare(String born, String removal, String discharge, DischargeReason reason) {
        var c = extract().child("C1").born(born).removed(removal).placed(NON_RELATIVE_FOSTER_HOME);
        if (discharge != null) {
            c.discharged(discharge, reason);
        }
        return c.assignedTo("W1").build();
    }

    // C3.3: the 18th birthday in the period while in care; outcome: event date >= removal.plusMonths(36)
    @ParameterizedTest
    @CsvSource({
            "2021-03-14, IN_NUMERATOR",          // in care exactly 36 months on the birthday 2024-03-14
            "2021-03-15, IN_DENOMINATOR_ONLY"})  // a day short
    void inCare3Years_eighteenthBirthdayInCare(String removal, Explanation.Status expected) {
        CaseData data = inCare("2006-03-14", removal, "2024-03-14", EMANCIPATION);
        assertEquals(expected, status(data, IN_CARE_3_YEARS_EMANCIPATED));
    }

    @Test
    void inCare3Years_emancipationBefore18_andADischargeTheDayBeforeTheBirthdayIsNoEvent() {
        assertEquals(IN_NUMERATOR, status(inCare("2006-03-14", "2020-01-01", "2024-01-02", EMANCIPATION),
                IN_CARE_3_YEARS_EMANCIPATED));
        // discharged to reunification the day before 18: no event
        assertEquals(NOT_IN_POPULATION, status(inCare("2006-03-14", "2020-01-01", "2024-03-13", REUNIFICATION),
                IN_CARE_3_YEARS_EMANCIPATED));
    }
}
