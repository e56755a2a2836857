package org.childstat.indicators.cohort;

import static org.childstat.indicators.cohort.Explanation.Status.IN_DENOMINATOR_ONLY;
import static org.childstat.indicators.cohort.Explanation.Status.IN_NUMERATOR;
import static org.childstat.indicators.cohort.Explanation.Status.NOT_IN_POPULATION;
import static org.childstat.indicators.cohort.Rules.FFY2024;
import static org.childstat.indicators.cohort.Rules.d;
import static org.childstat.indicators.cohort.Rules.extract;
import static org.childstat.indicators.cohort.Rules.status;
import static org.childstat.indicators.core.indicator.IndicatorId.TIMELY_DISPOSITION_30D;
import static org.childstat.indicators.core.indicator.IndicatorId.TIMELY_RESPONSE_FIVE_DAY;
import static org.childstat.indicators.core.indicator.IndicatorId.TIMELY_RESPONSE_IMMEDIATE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.childstat.indicators.core.indicator.IndicatorResult;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.Disposition;
import org.childstat.indicators.core.model.MaltreatmentReport;
import org.childstat.indicators.core.model.ResponsePriority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The edges of the REFERRALS family's rules, {@code internal/ReferralRules.java}, whose unit is a
 * report (a report_id across its rows): TIMELY_RESPONSE_IMMEDIATE (seen within 24 hours),
 * TIMELY_RESPONSE_FIVE_DAY (seen within 5 days) and TIMELY_DISPOSITION_30D (disposition within 30
 * days) of the referrals received in the period, as docs/indicators.md (The indicators) and
 * docs/input-files.md (reports.csv) state them.
 */
class ReferralRulesTest {
    private static CaseData referral(ResponsePriority priority, String received, String firstContact, String disposed) {
        return extract().child("C1").born("2012-01-01")
                .report(new MaltreatmentReport("R1", "C1", LocalDateTime.parse(received).toLocalDate(),
                        Disposition.UNSUBSTANTIATED, null, false, "W1", priority, LocalDateTime.parse(received),
                        firstContact == null ? null : LocalDateTime.parse(firstContact),
                        disposed == null ? null : LocalDate.parse(disposed)))
                .build();
    }

    // "first contact <= received + 24 hours"
    @ParameterizedTest
    @CsvSource({
            "2024-02-02T09:59, IN_NUMERATOR",
            "2024-02-02T10:00, IN_NUMERATOR",
            "2024-02-02T10:01, IN_DENOMINATOR_ONLY"})
    void immediate_within24Hours(String contact, Explanation.Status expected) {
        assertEquals(expected, status(referral(ResponsePriority.IMMEDIATE, "2024-02-01T10:00", contact, null),
                TIMELY_RESPONSE_IMMEDIATE));
    }

    // "date of first contact <= received date + 5 days"
    @ParameterizedTest
    @CsvSource({"2024-02-06T23:59, IN_NUMERATOR", "2024-02-07T00:00, IN_DENOMINATOR_ONLY"})
    void fiveDay_withinFiveDays(String contact, Explanation.Status expected) {
        CaseData data = referral(ResponsePriority.FIVE_DAY, "2024-02-01T10:00", contact, null);
        assertEquals(expected, status(data, TIMELY_RESPONSE_FIVE_DAY));
        assertEquals(NOT_IN_POPULATION, status(data, TIMELY_RESPONSE_IMMEDIATE));
    }

    // "disposition_date <= received date + 30 days"
    @ParameterizedTest
    @CsvSource({"2024-03-02, IN_NUMERATOR", "2024-03-03, IN_DENOMINATOR_ONLY", ", IN_DENOMINATOR_ONLY"})
    void disposition_within30Days(String disposed, Explanation.Status expected) {
        assertEquals(expected, status(referral(ResponsePriority.FIVE_DAY, "2024-02-01T10:00", null, disposed),
                TIMELY_DISPOSITION_30D));
    }

    @Test
    void timeliness_notYetDueAndNotMet_isLeftOut_dueAndNotMet_isInTheDenominator() {
        // as-of 2024-09-30 (period end): received 2024-09-28, five-day due 2024-10-03
        CaseData notDue = org.childstat.indicators.core.model.CaseData.builder().asOf("2024-09-30")
                .child("C1").born("2012-01-01").report(new MaltreatmentReport("R1", "C1", d("2024-09-28"),
                        Disposition.UNSUBSTANTIATED, null, false, null, ResponsePriority.FIVE_DAY, null, null, null))
                .assignedTo("W1").build();
        assertEquals(NOT_IN_POPULATION, Indicators.explain(notDue, TIMELY_RESPONSE_FIVE_DAY, FFY2024, "C1").status());
        IndicatorResult county = Rules.county(notDue, TIMELY_RESPONSE_FIVE_DAY);
        assertEquals(org.childstat.indicators.core.indicator.ResultStatus.NO_DATA, county.status());
        // the same report as known at the end of 2025: due and missed
        CaseData due = referral(ResponsePriority.FIVE_DAY, "2024-09-28T00:00", null, null);
        assertEquals(IN_DENOMINATOR_ONLY, status(due, TIMELY_RESPONSE_FIVE_DAY));
    }

    @Test
    void timeliness_aReportIsItsRowsTogether() {
        // one referral about two siblings: counted once; first contact = the earliest of its rows;
        // disposition missing when any row lacks one; priority and worker from the first row
        CaseData data = extract()
                .child("C1").born("2012-01-01").report(new MaltreatmentReport("R1", "C1", d("2024-02-01"),
                        Disposition.UNSUBSTANTIATED, null, false, "W3", ResponsePriority.IMMEDIATE,
                        LocalDateTime.parse("2024-02-01T08:00"), LocalDateTime.parse("2024-02-03T08:00"), d("2024-02-10")))
                .child("C2").born("2013-01-01").report(new MaltreatmentReport("R1", "C2", d("2024-02-01"),
                        Disposition.UNSUBSTANTIATED, null, false, "W1", ResponsePriority.FIVE_DAY,
                        LocalDateTime.parse("2024-02-01T09:00"), LocalDateTime.parse("2024-02-01T20:00"), null))
                .build();
        var results = java.util.List.of(TIMELY_RESPONSE_IMMEDIATE, TIMELY_RESPONSE_FIVE_DAY, TIMELY_DISPOSITION_30D)
                .stream().map(id -> Rules.county(data, id)).toList();
        assertEquals(1L, results.get(0).numerator());   // contact 12 hours after receipt, from C2's row
        assertEquals(1L, results.get(0).denominator());
        assertEquals(0L, results.get(1).denominator()); // the report's priority is the first row's: IMMEDIATE
        assertEquals(0L, results.get(2).numerator());   // C2's row has no disposition date
        assertEquals(1L, results.get(2).denominator());
        Explanation e = Rules.explain(data, TIMELY_RESPONSE_IMMEDIATE, "C1", FFY2024);
        assertEquals("W3", e.workerId());
        assertEquals(NOT_IN_POPULATION, Rules.explain(data, TIMELY_RESPONSE_IMMEDIATE, "C2", FFY2024).status());
    }
}
