package org.childstat.indicators.cohort;

import static org.childstat.indicators.cohort.Rules.FFY2024;
import static org.childstat.indicators.cohort.Rules.explain;
import static org.childstat.indicators.cohort.Rules.extract;
import static org.childstat.indicators.core.indicator.IndicatorId.IN_HOME_MONTHLY_VISITS;
import static org.childstat.indicators.core.model.DischargeReason.REUNIFICATION;
import static org.childstat.indicators.core.model.PlacementSetting.NON_RELATIVE_FOSTER_HOME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.childstat.indicators.core.indicator.ResultStatus;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.Contact;
import org.childstat.indicators.core.model.ContactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The edges of the IN_HOME_MONTHS family's rules, {@code internal/InHomeMonthRules.java}:
 * IN_HOME_MONTHLY_VISITS (calendar months of FFY2024, ended by the as-of date, served in home
 * every day by one row and never in care, born and under 18 on the first day; outcome: an
 * in-person contact in the month), as docs/in-home.md states it.
 */
class InHomeMonthRulesTest {
    // a row opening on the first of March serves March; one opening on the second does not
    @ParameterizedTest
    @CsvSource({"2024-02-29, 2", "2024-03-01, 2", "2024-03-02, 1"})
    void openingOnTheFirstDay(String open, long months) {
        CaseData data = extract().child("C1").born("2015-03-01").servedInHome("K1", open).until("2024-04-30")
                .assignedTo("W1").build();
        assertEquals(months, explain(data, IN_HOME_MONTHLY_VISITS).denominator(), "March and April, or April");
    }

    // a row closing on the last of May serves May; one closing the day before does not
    @ParameterizedTest
    @CsvSource({"2024-05-30, 2", "2024-05-31, 3", "2024-06-01, 3"})
    void closingOnTheLastDay(String close, long months) {
        CaseData data = extract().child("C1").born("2015-03-01").servedInHome("K1", "2024-03-01").until(close)
                .assignedTo("W1").build();
        assertEquals(months, explain(data, IN_HOME_MONTHLY_VISITS).denominator());
    }

    // the discharge day is an in-home day: a discharge on April 1st begins a served April
    @ParameterizedTest
    @CsvSource({"2024-03-31, 2", "2024-04-01, 2", "2024-04-02, 1"})
    void aDischargeDayMayBeginAServedMonth(String discharge, long months) {
        CaseData data = extract().child("C1").born("2015-03-01").servedInHome("K1", "2023-12-01").until("2024-05-31")
                .removed("2024-01-15").placed(NON_RELATIVE_FOSTER_HOME).discharged(discharge, REUNIFICATION)
                .assignedTo("W1").build();
        // December is served; January to March hold days in care; April (if no day in care) and May are served
        assertEquals(months + 1, explain(data, IN_HOME_MONTHLY_VISITS).denominator());
    }

    @Test
    void twoBackToBackRows_doNotMakeAMonth() {
        CaseData data = extract().child("C1").born("2015-03-01").servedInHome("K1", "2024-06-01").until("2024-06-15")
                .servedInHome("K2", "2024-06-16").until("2024-07-31").assignedTo("W1").build();
        assertEquals(1, explain(data, IN_HOME_MONTHLY_VISITS).denominator(), "July only");
    }

    // under 18 on the first day: a child turning 18 on June 15th counts June, not July
    @Test
    void theMonthOfThe18thBirthday_counts_theNextDoesNot() {
        CaseData data = extract().child("C1").born("2006-06-15").servedInHome("K1", "2024-05-01").assignedTo("W1").build();
        assertEquals(2, explain(data, IN_HOME_MONTHLY_VISITS).denominator(), "May and June");
        CaseData firstDay = extract().child("C1").born("2006-06-01").servedInHome("K1", "2024-05-01").assignedTo("W1").build();
        assertEquals(1, explain(firstDay, IN_HOME_MONTHLY_VISITS).denominator(), "May only: 18 on June's first day");
    }

    @Test
    void bornMidMonth_thatMonthDoesNotCount() {
        // a row opened before the birth (services to the family from July): served days start at the birth
        CaseData data = extract().child("C1").born("2024-08-10").servedInHome("K1", "2024-07-01").assignedTo("W1").build();
        assertEquals(1, explain(data, IN_HOME_MONTHLY_VISITS).denominator(), "September only");
        CaseData onTheFirst = extract().child("C1").born("2024-08-01").servedInHome("K1", "2024-07-01").assignedTo("W1")
                .build();
        assertEquals(2, explain(onTheFirst, IN_HOME_MONTHLY_VISITS).denominator());
    }

    // the outcome: an in-person contact dated in the month, on its first or last day included
    @Test
    void anInPersonContactInTheMonth_isTheOutcome() {
        CaseData data = extract().child("C1").born("2015-03-01").servedInHome("K1", "2024-03-01").until("2024-06-30")
                .visited("2024-02-29")                                                     // before March
                .visited("2024-04-01")                                                     // April, first day
                .contact(new Contact("C1", Rules.d("2024-05-15"), ContactType.OTHER, null, null)) // May: not in person
                .visited("2024-06-30")                                                     // June, last day
                .assignedTo("W1").build();
        Explanation e = explain(data, IN_HOME_MONTHLY_VISITS);
        assertEquals(4, e.denominator());
        assertEquals(2, e.numerator());
    }

    @Test
    void monthsEndingAfterTheAsOfDate_areNotCounted() {
        CaseData data = CaseData.builder().asOf("2024-08-30").unit("U1", "O1", "B1").worker("W1", "U1")
                .child("C1").born("2015-03-01").servedInHome("K1", "2024-06-01").assignedTo("W1").build();
        assertEquals(2, Indicators.explain(data, IN_HOME_MONTHLY_VISITS, FFY2024, "C1").denominator(), "June, July");
    }

    @Test
    void attribution_onTheMonthsLastDay() {
        CaseData data = extract().child("C1").born("2015-03-01").servedInHome("K1", "2024-09-01")
                .assignedTo("W1", "2024-09-01", "2024-09-29").assignedTo("W3", "2024-09-30", null).build();
        Explanation e = explain(data, IN_HOME_MONTHLY_VISITS);
        assertEquals("W3", e.workerId());
        assertEquals("K1", e.caseId());
    }

    @Test
    void withoutContactsCsv_isNoData() {
        CaseData data = extract().withoutContacts().child("C1").born("2015-03-01").servedInHome("K1", "2024-01-01")
                .assignedTo("W1").build();
        var county = Rules.county(data, IN_HOME_MONTHLY_VISITS);
        assertEquals(ResultStatus.NO_DATA, county.status());
        assertNull(county.denominator());
    }
}
