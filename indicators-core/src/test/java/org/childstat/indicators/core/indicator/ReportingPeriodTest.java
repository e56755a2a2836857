package org.childstat.indicators.core.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Period labels (docs/input-files.md, Periods and their labels). */
class ReportingPeriodTest {
    @ParameterizedTest
    @CsvSource({
            "FFY2024, 2023-10-01, 2024-09-30",
            "24A24B, 2023-10-01, 2024-09-30",
            "24B25A, 2024-04-01, 2025-03-31",
            "CY2024, 2024-01-01, 2024-12-31",
            "R12M-2024-06, 2023-07-01, 2024-06-30",
            "R12M-2024-02, 2023-03-01, 2024-02-29",
            "M2024-02, 2024-02-01, 2024-02-29"})
    void parse_standardLabels(String label, LocalDate start, LocalDate end) {
        assertEquals(new ReportingPeriod(label, start, end), ReportingPeriod.parse(label));
    }

    @ParameterizedTest
    @ValueSource(strings = {"FY2024", "24A25B", "24B24A", "24A24A", "R12M-2024-13", "CY24", "", "ffy2024"})
    void parse_otherTextIsRejectedWithTheExpectedForms(String label) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.parse(label));
        assertTrue(e.getMessage().contains("FFY2024"), e.getMessage());
    }

    @Test
    void rolling_endsOnTheLastMonthEndOnOrBeforeAsOf() {
        assertEquals(List.of("R12M-2024-04", "R12M-2024-05"),
                ReportingPeriod.rolling(2, LocalDate.of(2024, 6, 29)).stream().map(ReportingPeriod::label).toList());
        assertEquals(List.of("R12M-2024-05", "R12M-2024-06"),
                ReportingPeriod.rolling(2, LocalDate.of(2024, 6, 30)).stream().map(ReportingPeriod::label).toList());
        assertEquals(24, ReportingPeriod.rolling(24, LocalDate.of(2024, 6, 30)).size());
    }

    @Test
    void months_endOnTheLastMonthEndOnOrBeforeAsOf() {
        assertEquals(List.of("M2024-04", "M2024-05"),
                ReportingPeriod.months(2, LocalDate.of(2024, 6, 29)).stream().map(ReportingPeriod::label).toList());
    }

    @Test
    void parseList_keepsAPeriodNamedTwiceOnce() {
        List<ReportingPeriod> p = ReportingPeriod.parseList("FFY2024, rolling:2,FFY2024,R12M-2024-06",
                LocalDate.of(2024, 6, 30));
        assertEquals(List.of("FFY2024", "R12M-2024-05", "R12M-2024-06"), p.stream().map(ReportingPeriod::label).toList());
    }

    @Test
    void followUpEnd_twelveMonthsThirtyDaysOrNone() {
        ReportingPeriod ffy = ReportingPeriod.parse("FFY2024");
        assertEquals(LocalDate.of(2025, 9, 29), IndicatorId.CFSR4_P1.followUpEnd(ffy));
        assertEquals(LocalDate.of(2024, 10, 30), IndicatorId.TIMELY_DISPOSITION_30D.followUpEnd(ffy));
        assertEquals(LocalDate.of(2024, 9, 30), IndicatorId.CFSR4_P2.followUpEnd(ffy));
        // month-end clamping: 2024-02-29 + 12 months = 2025-02-28, minus a day
        assertEquals(LocalDate.of(2025, 2, 27), IndicatorId.CFSR4_REENTRY.followUpEnd(ReportingPeriod.parse("R12M-2024-02")));
    }
}
