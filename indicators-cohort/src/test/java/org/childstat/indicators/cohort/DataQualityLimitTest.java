package org.childstat.indicators.cohort;

import static org.childstat.indicators.cohort.Rules.FFY2024;
import static org.childstat.indicators.core.model.DischargeReason.REUNIFICATION;
import static org.childstat.indicators.core.model.PlacementSetting.NON_RELATIVE_FOSTER_HOME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.CaseDataBuilder;
import org.childstat.indicators.core.model.Episode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The CFSR data-quality limits (docs/indicators.md): a share past the limit flags the AFCARS indicators. */
class DataQualityLimitTest {
    /** 20 exits in FFY2024, {@code missing} of them without a reason, {@code sameDay} on the removal date. */
    private static CaseData exits(int missing, int sameDay) {
        CaseDataBuilder b = Rules.extract();
        for (int i = 0; i < 20; i++) {
            String discharge = i < sameDay ? "2024-01-01" : "2024-03-01";
            var c = b.child("C" + i).born("2012-01-01");
            if (i % 4 == 0) {
                c.removed("2023-01-01").placed(NON_RELATIVE_FOSTER_HOME).discharged("2023-02-01", REUNIFICATION);
            }
            c.removed("2024-01-01").placed(NON_RELATIVE_FOSTER_HOME).discharged(discharge, i >= 20 - missing ? null
                    : REUNIFICATION).assignedTo("W1");
        }
        return b.build();
    }

    private static DataQualityLimit check(Calculation c, DataQualityLimit.Check check) {
        return c.dataQualityLimits().stream().filter(l -> l.check() == check).findFirst().orElseThrow();
    }

    // missing discharge reason on exits: > 10% flags (2 of 20 = 10% does not, 3 of 20 = 15% does)
    @ParameterizedTest
    @CsvSource({"2, false", "3, true"})
    void missingReason_moreThanTenPercentFlagsThePeriod(int missing, boolean flagged) {
        Calculation c = Indicators.compute(exits(missing, 0), List.of(FFY2024));
        DataQualityLimit l = check(c, DataQualityLimit.Check.MISSING_DISCHARGE_REASON);
        assertEquals(missing, l.numerator());
        assertEquals(20, l.denominator());
        assertEquals(flagged, l.exceeded());
        assertEquals(flagged, c.results().county(IndicatorId.CFSR4_P1, FFY2024).notes().contains("DQ_LIMIT_EXCEEDED"));
        assertFalse(c.results().county(IndicatorId.REUNIFICATION_12M_EXIT, FFY2024).notes().contains("DQ_LIMIT_EXCEEDED"),
                "dashboard indicators are not flagged");
    }

    // same-day exits: > 5% (1 of 20 = 5% does not, 2 of 20 = 10% does)
    @ParameterizedTest
    @CsvSource({"1, false", "2, true"})
    void sameDayExits_moreThanFivePercent(int sameDay, boolean flagged) {
        Calculation c = Indicators.compute(exits(0, sameDay), List.of(FFY2024));
        assertEquals(flagged, check(c, DataQualityLimit.Check.SAME_DAY_EXIT).exceeded());
    }

    @Test
    void firstRemovalEpisode_over95PercentFlags() {
        Calculation c = Indicators.compute(exits(0, 0), List.of(FFY2024));
        DataQualityLimit l = check(c, DataQualityLimit.Check.FIRST_REMOVAL_EPISODE);
        assertEquals(15, l.numerator()); // every fourth child had an earlier episode
        assertEquals(20, l.denominator());
        assertFalse(l.exceeded());
        CaseData allFirst = Rules.extract().child("C1").born("2012-01-01").removed("2024-01-01")
                .placed(NON_RELATIVE_FOSTER_HOME).assignedTo("W1").build();
        assertTrue(check(Indicators.compute(allFirst, List.of(FFY2024)), DataQualityLimit.Check.FIRST_REMOVAL_EPISODE)
                .exceeded());
    }

    @Test
    void birthAfterRemoval_countsTheEpisodesTheReaderSetAside() {
        CaseDataBuilder b = Rules.extract();
        for (int i = 0; i < 10; i++) {
            b.child("C" + i).born("2012-01-01").removed("2024-01-01").placed(NON_RELATIVE_FOSTER_HOME).assignedTo("W1");
        }
        b.child("X").born("2024-05-01").and().add(new Episode("EX", "X", Rules.d("2024-02-01"), null, null));
        Calculation c = Indicators.compute(b.build(), List.of(FFY2024));
        DataQualityLimit l = check(c, DataQualityLimit.Check.BIRTH_AFTER_REMOVAL);
        assertEquals(1, l.numerator());
        assertEquals(11, l.denominator());
        assertTrue(l.exceeded()); // 9.1% > 5%
    }
}
