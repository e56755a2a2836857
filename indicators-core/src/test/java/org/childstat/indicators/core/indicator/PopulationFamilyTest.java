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

    @Test
    void episodeBased_exactlyTheFamiliesCountedInEpisodes() {
        for (IndicatorId id : IndicatorId.values()) {
            boolean episodes = id.family() == PopulationFamily.ENTRY_EPISODES
                    || id.family() == PopulationFamily.DAYS_IN_CARE;
            assertEquals(episodes, id.episodeBased(), id.name());
        }
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
