package org.childstat.indicators.cohort;

import static org.childstat.indicators.core.indicator.ExclusionReason.AGE_18_PLUS;
import static org.childstat.indicators.core.indicator.ExclusionReason.MISSING_DISCHARGE_REASON;
import static org.childstat.indicators.core.indicator.ExclusionReason.NO_PLACEMENT_DATA;
import static org.childstat.indicators.core.indicator.ExclusionReason.STAY_UNDER_8_DAYS;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.childstat.indicators.core.indicator.AttributionRule;
import org.childstat.indicators.core.indicator.Direction;
import org.childstat.indicators.core.indicator.Domain;
import org.childstat.indicators.core.indicator.FollowUp;
import org.childstat.indicators.core.indicator.PopulationFamily;
import org.childstat.indicators.core.model.DischargeReason;
import org.childstat.indicators.core.model.Placement;
import org.childstat.indicators.core.model.PlacementSetting;

/**
 * Built-in indicators restated through the public custom-indicator API, each rule as
 * docs/indicators.md states it, for the tests that the engine computes both the same; and the
 * worked example of docs/custom-indicators.md.
 */
final class CustomIndicators {
    private CustomIndicators() {
    }

    /** A closed stay of under 8 days (docs/indicators.md: LOS 7 excluded, 8 kept). */
    static boolean shortStay(Member m) {
        return m.dischargeDate() != null && ChronoUnit.DAYS.between(m.removalDate(), m.dischargeDate()) < 8;
    }

    /** REUNIFICATION_12M_ENTRY (Round 2 C1.3): the entry cohort, reunified before 12 months and 18. */
    static CustomIndicator reunification12mEntry() {
        return CustomIndicator.builder("MY_REUNIFICATION_12M_ENTRY")
                .title("Reunification within 12 months of entry (custom)")
                .population("children entering care in the period; outcome: reunification within 12 months")
                .family(PopulationFamily.ENTRY_COHORT).domain(Domain.PERMANENCY).direction(Direction.HIGHER_IS_BETTER)
                .followUp(FollowUp.months(12)).attribution(AttributionRule.LONGEST_IN_WINDOW)
                .exclude(AGE_18_PLUS, m -> !m.removalDate().isBefore(m.eighteenthBirthday()))
                .exclude(STAY_UNDER_8_DAYS, CustomIndicators::shortStay)
                .exclude(MISSING_DISCHARGE_REASON, m -> m.dischargeDate() != null && m.dischargeReason() == null)
                .outcome(m -> m.dischargeDate() != null && m.dischargeReason().isReunification()
                        && m.dischargeDate().isBefore(m.removalDate().plusMonths(12))
                        && m.dischargeDate().isBefore(m.eighteenthBirthday()))
                .build();
    }

    /** REUNIFICATION_12M_EXIT (Round 2 C1.1): children reunified in the period, in care under 12 months. */
    static CustomIndicator reunification12mExit() {
        return CustomIndicator.builder("MY_REUNIFICATION_12M_EXIT")
                .title("Reunified in under 12 months (custom)")
                .population("children reunified in the period; outcome: in care under 12 months")
                .family(PopulationFamily.EXIT_COHORT)
                .exits(DischargeReason.REUNIFICATION, DischargeReason.LIVING_WITH_RELATIVES)
                .domain(Domain.PERMANENCY).direction(Direction.HIGHER_IS_BETTER).attribution(AttributionRule.ON_DATE)
                .exclude(AGE_18_PLUS, m -> !m.dischargeDate().isBefore(m.eighteenthBirthday()))
                .exclude(STAY_UNDER_8_DAYS, CustomIndicators::shortStay)
                .outcome(m -> m.dischargeDate().isBefore(m.removalDate().plusMonths(12)))
                .build();
    }

    /** CFSR4_P3: in care on the first day for 24 months or more, permanency in the period before 18. */
    static CustomIndicator p3() {
        return CustomIndicator.builder("MY_P3")
                .title("Permanency in 12 months, in care 24+ months (custom)")
                .population("children in care on the first day for 24 months or more; outcome: permanency before 18")
                .family(PopulationFamily.IN_CARE_ON_FIRST_DAY).where(m -> m.monthsInCare() >= 24)
                .domain(Domain.PERMANENCY).direction(Direction.HIGHER_IS_BETTER)
                .attribution(AttributionRule.LONGEST_IN_WINDOW)
                .exclude(AGE_18_PLUS, m -> !m.date().isBefore(m.eighteenthBirthday()))
                .outcome(m -> m.dischargeDate() != null && !m.dischargeDate().isAfter(m.period().end())
                        && m.dischargeReason() != null && m.dischargeReason().isPermanency()
                        && m.dischargeDate().isBefore(m.eighteenthBirthday()))
                .build();
    }

    /** PLACEMENT_WITH_RELATIVES: in care on the period's last day (or the extract date), placed with relatives. */
    static CustomIndicator withRelatives() {
        return CustomIndicator.builder("MY_PLACEMENT_WITH_RELATIVES")
                .title("Placed with relatives (custom)")
                .population("children under 18 in care on the last day of the period; outcome: placed with relatives")
                .family(PopulationFamily.POINT_IN_TIME).domain(Domain.WELL_BEING).direction(Direction.HIGHER_IS_BETTER)
                .attribution(AttributionRule.ON_DATE)
                .exclude(NO_PLACEMENT_DATA, m -> spellOn(m) == null)
                .outcome(m -> spellOn(m).setting() == PlacementSetting.RELATIVE_FOSTER_HOME)
                .build();
    }

    /** The spell covering the member's day: the latest start, ties the largest placement id (docs/input-files.md). */
    static Placement spellOn(Member m) {
        LocalDate day = m.date();
        Placement found = null;
        for (Placement p : m.history().placementsOf(m.episode())) {
            if (!p.startDate().isAfter(day) && (p.endDate() == null || !p.endDate().isBefore(day))) {
                found = p;
            }
        }
        return found;
    }

    /** docs/custom-indicators.md's worked example: reunified within 6 months of entering care. */
    static CustomIndicator reunification6mEntry() {
        return CustomIndicator.builder("REUNIFICATION_6M_ENTRY")
                .title("Reunification within 6 months of entry")
                .population("children entering care in the period (excluded: 18+ at removal, stays under 8 days); "
                        + "outcome: reunified within 6 months")
                .family(PopulationFamily.ENTRY_COHORT).domain(Domain.PERMANENCY).direction(Direction.HIGHER_IS_BETTER)
                .followUp(FollowUp.months(6)).attribution(AttributionRule.LONGEST_IN_WINDOW)
                .exclude(AGE_18_PLUS, m -> !m.removalDate().isBefore(m.eighteenthBirthday()))
                .exclude(STAY_UNDER_8_DAYS, CustomIndicators::shortStay)
                .outcome(m -> m.dischargeReason() != null && m.dischargeReason().isReunification()
                        && m.dischargeDate().isBefore(m.removalDate().plusMonths(6)))
                .build();
    }
}
