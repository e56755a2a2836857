package org.childstat.indicators.cohort;

import static org.childstat.indicators.cohort.Rules.FFY2024;
import static org.childstat.indicators.cohort.Rules.explain;
import static org.childstat.indicators.cohort.Rules.extract;
import static org.childstat.indicators.core.indicator.IndicatorId.MONTHLY_CASEWORKER_VISITS;
import static org.childstat.indicators.core.model.DischargeReason.REUNIFICATION;
import static org.childstat.indicators.core.model.PlacementSetting.NON_RELATIVE_FOSTER_HOME;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.Contact;
import org.childstat.indicators.core.model.ContactType;
import org.junit.jupiter.api.Test;

/**
 * The edges of the CHILD_MONTHS family's rules, {@code internal/ChildMonthRules.java}:
 * MONTHLY_CASEWORKER_VISITS (child-months wholly in the period and ended by the as-of date, in care
 * every day of the month and under 18 on its first day; outcome: an in-person visit in the month),
 * as docs/indicators.md (The indicators) states it.
 */
class ChildMonthRulesTest {
    // Monthly visits: child-months in care every day of the month, ending by the as-of date
    @Test
    void monthlyVisits_childMonths() {
        CaseData data = extract().child("C1").born("2012-01-01").removed("2024-07-15")
                .placed(NON_RELATIVE_FOSTER_HOME).discharged("2024-09-30", REUNIFICATION)
                .visited("2024-07-20")                                                    // July: not in care all month
                .contact(new Contact("C1", Rules.d("2024-08-31"), ContactType.OTHER, null, null)) // August: no in-person
                .visited("2024-09-01")                                                    // September: visited
                .assignedTo("W1").build();
        Explanation e = explain(data, MONTHLY_CASEWORKER_VISITS);
        assertEquals(1, e.numerator());
        assertEquals(2, e.denominator()); // August and September (discharged on the last day: in care on it)
    }

    @Test
    void monthlyVisits_monthsAfterTheAsOfDateAreNotCounted() {
        CaseData data = org.childstat.indicators.core.model.CaseData.builder().asOf("2024-08-30")
                .child("C1").born("2012-01-01").removed("2024-01-01").placed(NON_RELATIVE_FOSTER_HOME)
                .visited("2024-07-02").assignedTo("W1").build();
        Explanation e = Indicators.explain(data, MONTHLY_CASEWORKER_VISITS, FFY2024, "C1");
        assertEquals(7, e.denominator()); // January to July; August ends after the as-of date
        assertEquals(1, e.numerator());
    }

    @Test
    void monthlyVisits_withoutContactsCsv_isNoData() {
        CaseData data = Rules.extract().withoutContacts().child("C1").born("2012-01-01").removed("2024-01-01")
                .placed(NON_RELATIVE_FOSTER_HOME).assignedTo("W1").build();
        var r = Rules.county(data, MONTHLY_CASEWORKER_VISITS);
        assertEquals(org.childstat.indicators.core.indicator.ResultStatus.NO_DATA, r.status());
        assertEquals(null, r.denominator());
        assertEquals(1, Indicators.compute(data, java.util.List.of(FFY2024)).results()
                .stream().filter(x -> x.indicator() == MONTHLY_CASEWORKER_VISITS).count(), "only the county row");
    }
}
