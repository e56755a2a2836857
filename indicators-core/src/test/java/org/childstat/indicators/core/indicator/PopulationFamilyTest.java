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
                IndicatorId.CFSR4_MALTREATMENT_IN_CARE, IndicatorId.TDM_AT_REMOVAL, IndicatorId.MH_SCREENING_NEW_ENTRIES),
                episodes);
    }

    @Test
    void pointInTime_exactlyRelativesSiblingsCasesOpen18MonthsCaseloadAndContinuity() {
        Set<IndicatorId> pointInTime = EnumSet.noneOf(IndicatorId.class);
        for (IndicatorId id : IndicatorId.values()) {
            if (id.pointInTime()) {
                pointInTime.add(id);
            }
        }
        assertEquals(EnumSet.of(IndicatorId.PLACEMENT_WITH_RELATIVES, IndicatorId.SIBLINGS_PLACED_TOGETHER,
                IndicatorId.IN_HOME_OPEN_18M_PLUS, IndicatorId.CASELOAD, IndicatorId.CASEWORKER_CONTINUITY,
                IndicatorId.TIMELY_MEDICAL_EXAM, IndicatorId.TIMELY_DENTAL_EXAM), pointInTime);
    }

    @Test
    void caseLevel_exactlyTheCasesOpen18Months_andTheInHomeIndicatorsNeedInHomeCases() {
        Set<IndicatorId> cases = EnumSet.noneOf(IndicatorId.class);
        Set<IndicatorId> inHome = EnumSet.noneOf(IndicatorId.class);
        for (IndicatorId id : IndicatorId.values()) {
            if (id.caseLevel()) {
                cases.add(id);
            }
            if (id.needs().inHomeCases()) {
                inHome.add(id);
            }
        }
        assertEquals(EnumSet.of(IndicatorId.IN_HOME_OPEN_18M_PLUS), cases);
        assertEquals(EnumSet.of(IndicatorId.IN_HOME_NO_MALTREATMENT, IndicatorId.IN_HOME_ENTRY_TO_CARE,
                IndicatorId.IN_HOME_OPEN_18M_PLUS, IndicatorId.IN_HOME_MONTHLY_VISITS, IndicatorId.MH_SCREENING_NEW_IN_HOME),
                inHome);
        assertEquals(true, IndicatorId.MH_SCREENING_NEW_IN_HOME.needs().healthExams());
        assertEquals(true, IndicatorId.TDM_AT_REMOVAL.needs().meetings());
        assertEquals(false, IndicatorId.TDM_AT_REMOVAL.needs().healthExams());
        assertEquals(false, IndicatorId.TIMELY_MEDICAL_EXAM.needs().inHomeCases());
        assertEquals(true, IndicatorId.IN_HOME_NO_MALTREATMENT.needs().reports());
        assertEquals(true, IndicatorId.IN_HOME_MONTHLY_VISITS.needs().contacts());
        assertEquals(false, IndicatorId.IN_HOME_ENTRY_TO_CARE.needs().reports());
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
