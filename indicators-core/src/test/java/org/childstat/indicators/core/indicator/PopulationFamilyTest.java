package org.childstat.indicators.core.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each indicator's family, and the flags the engine reads from it instead of names. */
class PopulationFamilyTest {
    @Test
    void reportLevel_exactlyTheReferrals_theThreeTimelinessIndicators() {
        Set<IndicatorId> reportLevel = EnumSet.noneOf(IndicatorId.class);
        for (IndicatorId id : IndicatorId.values()) {
            if (id.reportLevel()) {
                reportLevel.add(id);
            }
        }
        assertEquals(EnumSet.of(IndicatorId.TIMELY_RESPONSE_IMMEDIATE, IndicatorId.TIMELY_RESPONSE_FIVE_DAY,
                IndicatorId.TIMELY_DISPOSITION_30D), reportLevel);
    }

    /** The episode-based indicators data-contract.md names for exclusions.csv, from their families. */
    @Test
    void episodeBased_exactlyTheIndicatorsCountedInEpisodes() {
        Set<IndicatorId> episodes = EnumSet.noneOf(IndicatorId.class);
        for (IndicatorId id : IndicatorId.values()) {
            if (id.episodeBased()) {
                episodes.add(id);
            }
        }
        assertEquals(EnumSet.of(IndicatorId.FOSTER_CARE_ENTRIES, IndicatorId.CFSR4_PLACEMENT_STABILITY,
                IndicatorId.CFSR4_MALTREATMENT_IN_CARE), episodes);
    }

    @Test
    void pointInTime_exactlyRelativesAndSiblings() {
        Set<IndicatorId> pointInTime = EnumSet.noneOf(IndicatorId.class);
        for (IndicatorId id : IndicatorId.values()) {
            if (id.pointInTime()) {
                pointInTime.add(id);
            }
        }
        assertEquals(EnumSet.of(IndicatorId.PLACEMENT_WITH_RELATIVES, IndicatorId.SIBLINGS_PLACED_TOGETHER), pointInTime);
    }

    @Test
    void everyFamily_hasAnIndicator() {
        Set<PopulationFamily> used = EnumSet.noneOf(PopulationFamily.class);
        for (IndicatorId id : IndicatorId.values()) {
            used.add(id.family());
        }
        assertEquals(EnumSet.allOf(PopulationFamily.class), used);
    }
}
