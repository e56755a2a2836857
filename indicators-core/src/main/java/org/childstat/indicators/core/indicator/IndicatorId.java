package org.childstat.indicators.core.indicator;

import static org.childstat.indicators.core.indicator.AttributionRule.EACH_DAY;
import static org.childstat.indicators.core.indicator.AttributionRule.LONGEST_IN_WINDOW;
import static org.childstat.indicators.core.indicator.AttributionRule.ON_DATE;
import static org.childstat.indicators.core.indicator.AttributionRule.REPORT_WORKER;
import static org.childstat.indicators.core.indicator.AttributionRule.WORKER_SPELL;
import static org.childstat.indicators.core.indicator.Direction.HIGHER_IS_BETTER;
import static org.childstat.indicators.core.indicator.Direction.LOWER_IS_BETTER;
import static org.childstat.indicators.core.indicator.Direction.NEUTRAL;
import static org.childstat.indicators.core.indicator.Domain.PERMANENCY;
import static org.childstat.indicators.core.indicator.Domain.SAFETY;
import static org.childstat.indicators.core.indicator.Domain.WELL_BEING;
import static org.childstat.indicators.core.indicator.Domain.WORKFORCE;
import static org.childstat.indicators.core.indicator.ExclusionReason.AGE_18_PLUS;
import static org.childstat.indicators.core.indicator.ExclusionReason.DISCHARGED_WITHIN_30_DAYS;
import static org.childstat.indicators.core.indicator.ExclusionReason.FIRST_REPORT_FATAL;
import static org.childstat.indicators.core.indicator.ExclusionReason.IN_CARE_AT_OPENING;
import static org.childstat.indicators.core.indicator.ExclusionReason.MISSING_DISCHARGE_REASON;
import static org.childstat.indicators.core.indicator.ExclusionReason.NO_PLACEMENT_DATA;
import static org.childstat.indicators.core.indicator.ExclusionReason.STAY_UNDER_30_DAYS;
import static org.childstat.indicators.core.indicator.ExclusionReason.STAY_UNDER_8_DAYS;
import static org.childstat.indicators.core.indicator.ExclusionReason.UNBORN;
import static org.childstat.indicators.core.indicator.Needs.CONTACTS;
import static org.childstat.indicators.core.indicator.Needs.HEALTH_EXAMS;
import static org.childstat.indicators.core.indicator.Needs.HEALTH_EXAMS_AND_IN_HOME_CASES;
import static org.childstat.indicators.core.indicator.Needs.IN_HOME_CASES_AND_CONTACTS;
import static org.childstat.indicators.core.indicator.Needs.IN_HOME_CASES_AND_REPORTS;
import static org.childstat.indicators.core.indicator.Needs.MEETINGS;
import static org.childstat.indicators.core.indicator.Needs.REPORTS;
import static org.childstat.indicators.core.indicator.PopulationFamily.CASELOADS;
import static org.childstat.indicators.core.indicator.PopulationFamily.CHILD_MONTHS;
import static org.childstat.indicators.core.indicator.PopulationFamily.DAYS_IN_CARE;
import static org.childstat.indicators.core.indicator.PopulationFamily.ENTRY_COHORT;
import static org.childstat.indicators.core.indicator.PopulationFamily.ENTRY_EPISODES;
import static org.childstat.indicators.core.indicator.PopulationFamily.EVENT_IN_PERIOD;
import static org.childstat.indicators.core.indicator.PopulationFamily.EXIT_COHORT;
import static org.childstat.indicators.core.indicator.PopulationFamily.IN_CARE_ON_FIRST_DAY;
import static org.childstat.indicators.core.indicator.PopulationFamily.IN_HOME_MONTHS;
import static org.childstat.indicators.core.indicator.PopulationFamily.IN_HOME_OPENINGS;
import static org.childstat.indicators.core.indicator.PopulationFamily.IN_HOME_SERVED;
import static org.childstat.indicators.core.indicator.PopulationFamily.POINT_IN_TIME;
import static org.childstat.indicators.core.indicator.PopulationFamily.REFERRALS;
import static org.childstat.indicators.core.indicator.PopulationFamily.SERVED_IN_PERIOD;
import static org.childstat.indicators.core.indicator.PopulationFamily.VICTIM_REPORTS;
import static org.childstat.indicators.core.indicator.PopulationFamily.WORKERS_ON_FIRST_DAY;
import static org.childstat.indicators.core.indicator.Unit.COUNT;
import static org.childstat.indicators.core.indicator.Unit.MEDIAN_DAYS;
import static org.childstat.indicators.core.indicator.Unit.PERCENT;
import static org.childstat.indicators.core.indicator.Unit.RATE;
import static org.childstat.indicators.core.indicator.Unit.RATIO;

import java.util.Arrays;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The built-in indicators (docs/indicators.md, The indicators), each with its
 * {@link IndicatorDefinition} stated field by field next to its id. The order of the constants
 * is the catalogue's: the command lists them in it, exclusions.csv writes them in it, and the
 * scorecard shows them in it within each domain. The rules themselves are in the cohort module,
 * one file per {@link PopulationFamily}.
 *
 * <p>National performance: the CFSR Round 4 national performance from the Children's Bureau's
 * CFSR 4 Data Profile (February 2025), in the value's unit (a percent as 0 to 100, a rate per
 * {@link #scale()} days). Exclusions of CFSR4_P2, CFSR4_P3 and EXIT_TO_PERMANENCY_24M_PLUS: the
 * missing discharge reason applies only with the option that turns it on.
 *
 * <p>The four in-home indicators (docs/in-home.md) are in the dashboard's domains: maltreatment
 * and entry to care under safety, cases open 18 months under permanency, visits under
 * well-being. They are last in the catalogue, so the catalogue order of the others is unchanged.
 *
 * <p>The three workforce indicators (docs/workforce.md) follow them, in the {@link Domain#WORKFORCE}
 * domain: context beside the outcomes, not compared across entities and without a standard.
 * CASELOAD and WORKER_TURNOVER count workers ({@link AttributionRule#WORKER_SPELL}), are never
 * suppressed and have no UNASSIGNED row; WORKER_TURNOVER has no WORKER rows.
 *
 * <p>The five Tier II indicators (docs/tier2.md: team decisions, health and screening) come last,
 * all in the {@link Domain#WELL_BEING} domain: the Los Angeles dashboard groups Tier II under
 * well-being, and no grouping of its own that would put the Team Decision Making meeting under
 * safety could be found, so all five are well-being (the library's choice). TDM_AT_REMOVAL and
 * MH_SCREENING_NEW_ENTRIES count episodes (removals); a member whose window ends after the extract
 * date and that has not met its outcome yet is left out of both counts, as the timeliness
 * indicators do.
 */
public enum IndicatorId implements Indicator {
    /** Permanency in 12 months for children entering care (CFSR Round 4). */
    CFSR4_P1(d -> d
            .title("Permanency in 12 months for children entering care")
            .population("children entering care in the period (first entry; excluded: 18+ at removal, stays under 8 days, no discharge reason); outcome: permanency within 12 months (trial home visits over 30 days cut to 30)")
            .unit(PERCENT).direction(HIGHER_IS_BETTER)
            .family(ENTRY_COHORT).domain(PERMANENCY)
            .exclusions(AGE_18_PLUS, STAY_UNDER_8_DAYS, MISSING_DISCHARGE_REASON)
            .followUp(FollowUp.months(12)).attribution(LONGEST_IN_WINDOW)
            .nationalPerformance(35.2)),
    /** Permanency in 12 months for children in care 12 to 23 months (CFSR Round 4). */
    CFSR4_P2(d -> d
            .title("Permanency in 12 months, in care 12-23 months")
            .population("children in care on the first day for 12 to 23 whole months (excluded: 18+ that day); outcome: permanency in the period before 18")
            .unit(PERCENT).direction(HIGHER_IS_BETTER)
            .family(IN_CARE_ON_FIRST_DAY).domain(PERMANENCY)
            .exclusions(AGE_18_PLUS, MISSING_DISCHARGE_REASON)
            .attribution(LONGEST_IN_WINDOW)
            .nationalPerformance(43.8)),
    /** Permanency in 12 months for children in care 24 months or more (CFSR Round 4). */
    CFSR4_P3(d -> d
            .title("Permanency in 12 months, in care 24+ months")
            .population("children in care on the first day for 24 months or more (excluded: 18+ that day); outcome: permanency in the period before 18")
            .unit(PERCENT).direction(HIGHER_IS_BETTER)
            .family(IN_CARE_ON_FIRST_DAY).domain(PERMANENCY)
            .exclusions(AGE_18_PLUS, MISSING_DISCHARGE_REASON)
            .attribution(LONGEST_IN_WINDOW)
            .nationalPerformance(37.3)),
    /** Re-entry to foster care within 12 months of exit (CFSR Round 4). */
    CFSR4_REENTRY(d -> d
            .title("Re-entry to foster care within 12 months")
            .population("children discharged in the period to reunification, relatives or guardianship (excluded: discharged at 18+); outcome: a new removal within 12 months")
            .unit(PERCENT).direction(LOWER_IS_BETTER)
            .family(EXIT_COHORT).domain(PERMANENCY)
            .exclusions(AGE_18_PLUS)
            .followUp(FollowUp.months(12)).attribution(ON_DATE)
            .nationalPerformance(5.6)),
    /** Placement moves per 1,000 days in care (CFSR Round 4). */
    CFSR4_PLACEMENT_STABILITY(d -> d
            .title("Placement moves per 1,000 days in care")
            .population("days in care of episodes entering in the period (excluded: stays under 8 days, entries at 18+); numerator: moves between providers")
            .unit(RATE).scale(1_000).direction(LOWER_IS_BETTER)
            .family(ENTRY_EPISODES).domain(WELL_BEING)
            .exclusions(STAY_UNDER_8_DAYS, AGE_18_PLUS)
            .attribution(EACH_DAY)
            .nationalPerformance(4.48)),
    /** Victimizations per 100,000 days in care (CFSR Round 4). */
    CFSR4_MALTREATMENT_IN_CARE(d -> d
            .title("Maltreatment in care per 100,000 days")
            .population("days in care in the period (excluded: stays under 8 days); numerator: victim reports 7+ days after removal while in care")
            .unit(RATE).scale(100_000).direction(LOWER_IS_BETTER)
            .family(DAYS_IN_CARE).domain(SAFETY)
            .exclusions(STAY_UNDER_8_DAYS)
            .attribution(EACH_DAY)
            .nationalPerformance(9.07).needs(REPORTS)),
    /** Recurrence of maltreatment within 12 months (CFSR Round 4). */
    CFSR4_RECURRENCE(d -> d
            .title("Recurrence of maltreatment within 12 months")
            .population("children with a victim report in the period (excluded: unborn, 18+, fatal first report); outcome: another victim report 15 days to 12 months later")
            .unit(PERCENT).direction(LOWER_IS_BETTER)
            .family(VICTIM_REPORTS).domain(SAFETY)
            .exclusions(UNBORN, AGE_18_PLUS, FIRST_REPORT_FATAL)
            .followUp(FollowUp.months(12)).attribution(REPORT_WORKER)
            .nationalPerformance(9.7).needs(REPORTS)),
    /** Removals in the period. */
    FOSTER_CARE_ENTRIES(d -> d
            .title("Foster care entries")
            .population("removals in the period of children under 18")
            .unit(COUNT).direction(NEUTRAL)
            .family(ENTRY_EPISODES).domain(SAFETY)
            .exclusions(AGE_18_PLUS)
            .attribution(ON_DATE)),
    /** Exit to reunification within 12 months, entry cohort (Round 2 C1.3). */
    REUNIFICATION_12M_ENTRY(d -> d
            .title("Reunification within 12 months of entry")
            .population("children entering care in the period (as CFSR4_P1); outcome: reunification within 12 months")
            .unit(PERCENT).direction(HIGHER_IS_BETTER)
            .family(ENTRY_COHORT).domain(PERMANENCY)
            .exclusions(AGE_18_PLUS, STAY_UNDER_8_DAYS, MISSING_DISCHARGE_REASON)
            .followUp(FollowUp.months(12)).attribution(LONGEST_IN_WINDOW)),
    /** Reunified in under 12 months, exit cohort (Round 2 C1.1). */
    REUNIFICATION_12M_EXIT(d -> d
            .title("Reunified in under 12 months (exits)")
            .population("children reunified in the period (excluded: 18+ at discharge, stays under 8 days); outcome: in care under 12 months")
            .unit(PERCENT).direction(HIGHER_IS_BETTER)
            .family(EXIT_COHORT).domain(PERMANENCY)
            .exclusions(AGE_18_PLUS, STAY_UNDER_8_DAYS)
            .attribution(ON_DATE)),
    /** Median stay to reunification (Round 2 C1.2). */
    MEDIAN_DAYS_TO_REUNIFICATION(d -> d
            .title("Median days to reunification")
            .population("children reunified in the period (excluded: 18+ at discharge, stays under 8 days); value: median length of stay")
            .unit(MEDIAN_DAYS).direction(LOWER_IS_BETTER)
            .family(EXIT_COHORT).domain(PERMANENCY)
            .exclusions(AGE_18_PLUS, STAY_UNDER_8_DAYS)
            .attribution(ON_DATE)),
    /** Median stay of children exiting. */
    MEDIAN_DAYS_IN_CARE(d -> d
            .title("Median days in care of exits")
            .population("children discharged in the period (excluded: stays under 8 days); value: median length of stay")
            .unit(MEDIAN_DAYS).direction(LOWER_IS_BETTER)
            .family(EXIT_COHORT).domain(PERMANENCY)
            .exclusions(STAY_UNDER_8_DAYS)
            .attribution(ON_DATE)),
    /** Exits that were to permanency. */
    EXIT_TO_PERMANENCY_EXIT(d -> d
            .title("Exits to permanency")
            .population("children discharged in the period (excluded: stays under 8 days, no reason); outcome: permanency before 18")
            .unit(PERCENT).direction(HIGHER_IS_BETTER)
            .family(EXIT_COHORT).domain(PERMANENCY)
            .exclusions(STAY_UNDER_8_DAYS, MISSING_DISCHARGE_REASON)
            .attribution(ON_DATE)),
    /** Exit to permanency, in care 24 months or more (Round 2 C3.1; identical to CFSR4_P3). */
    EXIT_TO_PERMANENCY_24M_PLUS(d -> d
            .title("Exit to permanency, in care 24+ months")
            .population("as CFSR4_P3")
            .unit(PERCENT).direction(HIGHER_IS_BETTER)
            .family(IN_CARE_ON_FIRST_DAY).domain(PERMANENCY)
            .exclusions(AGE_18_PLUS, MISSING_DISCHARGE_REASON)
            .attribution(LONGEST_IN_WINDOW)),
    /** Exit to guardianship within 24 months, exit cohort. */
    GUARDIANSHIP_24M_EXIT(d -> d
            .title("Guardianship within 24 months (exits)")
            .population("children discharged to guardianship in the period (excluded: 18+ at discharge, stays under 8 days); outcome: within 24 months of removal")
            .unit(PERCENT).direction(HIGHER_IS_BETTER)
            .family(EXIT_COHORT).domain(PERMANENCY)
            .exclusions(AGE_18_PLUS, STAY_UNDER_8_DAYS)
            .attribution(ON_DATE)),
    /** Re-entry within 12 months of reunification (Round 2 C1.4). */
    REENTRY_12M_AFTER_REUNIFICATION(d -> d
            .title("Re-entry within 12 months of reunification")
            .population("children reunified in the period (excluded: 18+ at discharge); outcome: a new removal within 12 months")
            .unit(PERCENT).direction(LOWER_IS_BETTER)
            .family(EXIT_COHORT).domain(PERMANENCY)
            .exclusions(AGE_18_PLUS)
            .followUp(FollowUp.months(12)).attribution(ON_DATE)),
    /** In care 3 years or longer, emancipated or age 18 (Round 2 C3.3). */
    IN_CARE_3_YEARS_EMANCIPATED(d -> d
            .title("In care 3+ years at emancipation or 18")
            .population("children emancipated before 18, or turning 18 in care, in the period; outcome: in care 3 years or more by then")
            .unit(PERCENT).direction(LOWER_IS_BETTER)
            .family(EVENT_IN_PERIOD).domain(PERMANENCY)
            .attribution(ON_DATE)),
    /** Two or fewer placement settings, in care 8 days to 12 months (Round 2 C4.1). */
    PLACEMENT_STABILITY_UNDER_12M(d -> d
            .title("Two or fewer placements, in care under 12 months")
            .population("children served in the period, in care 8 days to under 12 months; outcome: two or fewer placement settings")
            .unit(PERCENT).direction(HIGHER_IS_BETTER)
            .family(SERVED_IN_PERIOD).domain(WELL_BEING)
            .exclusions(NO_PLACEMENT_DATA)
            .attribution(ON_DATE)),
    /** Two or fewer placement settings, in care 12 to 24 months (Round 2 C4.2). */
    PLACEMENT_STABILITY_12_TO_24M(d -> d
            .title("Two or fewer placements, in care 12-24 months")
            .population("children served in the period, in care 12 to 23 months; outcome: two or fewer placement settings")
            .unit(PERCENT).direction(HIGHER_IS_BETTER)
            .family(SERVED_IN_PERIOD).domain(WELL_BEING)
            .exclusions(NO_PLACEMENT_DATA)
            .attribution(ON_DATE)),
    /** Two or fewer placement settings, in care 24 months or more (Round 2 C4.3). */
    PLACEMENT_STABILITY_24M_PLUS(d -> d
            .title("Two or fewer placements, in care 24+ months")
            .population("children served in the period, in care 24 months or more; outcome: two or fewer placement settings")
            .unit(PERCENT).direction(HIGHER_IS_BETTER)
            .family(SERVED_IN_PERIOD).domain(WELL_BEING)
            .exclusions(NO_PLACEMENT_DATA)
            .attribution(ON_DATE)),
    /** Children in care placed with relatives. */
    PLACEMENT_WITH_RELATIVES(d -> d
            .title("Placed with relatives")
            .population("children under 18 in care on the last day of the period; outcome: placed with relatives")
            .unit(PERCENT).direction(HIGHER_IS_BETTER)
            .family(POINT_IN_TIME).domain(WELL_BEING)
            .exclusions(NO_PLACEMENT_DATA)
            .attribution(ON_DATE)),
    /** Children in care placed with all their siblings in care. */
    SIBLINGS_PLACED_TOGETHER(d -> d
            .title("Placed with all siblings")
            .population("children under 18 in care on the last day of the period with siblings in care; outcome: with all of them")
            .unit(PERCENT).direction(HIGHER_IS_BETTER)
            .family(POINT_IN_TIME).domain(WELL_BEING)
            .exclusions(NO_PLACEMENT_DATA)
            .attribution(ON_DATE)),
    /** Immediate-response referrals seen within 24 hours. */
    TIMELY_RESPONSE_IMMEDIATE(d -> d
            .title("Immediate referrals seen within 24 hours")
            .population("immediate-response referrals received in the period; outcome: seen within 24 hours")
            .unit(PERCENT).direction(HIGHER_IS_BETTER)
            .family(REFERRALS).domain(SAFETY)
            .followUp(FollowUp.days(30)).attribution(REPORT_WORKER)
            .needs(REPORTS)),
    /** Five-day referrals seen within 5 days. */
    TIMELY_RESPONSE_FIVE_DAY(d -> d
            .title("Five-day referrals seen within 5 days")
            .population("five-day referrals received in the period; outcome: seen within 5 days")
            .unit(PERCENT).direction(HIGHER_IS_BETTER)
            .family(REFERRALS).domain(SAFETY)
            .followUp(FollowUp.days(30)).attribution(REPORT_WORKER)
            .needs(REPORTS)),
    /** Referrals closed within 30 days. */
    TIMELY_DISPOSITION_30D(d -> d
            .title("Referrals closed within 30 days")
            .population("referrals received in the period; outcome: disposition within 30 days")
            .unit(PERCENT).direction(HIGHER_IS_BETTER)
            .family(REFERRALS).domain(SAFETY)
            .followUp(FollowUp.days(30)).attribution(REPORT_WORKER)
            .needs(REPORTS)),
    /** Children in care visited in person each month (child-months). */
    MONTHLY_CASEWORKER_VISITS(d -> d
            .title("Monthly caseworker visits")
            .population("child-months in care all month, under 18; outcome: an in-person visit in the month")
            .unit(PERCENT).direction(HIGHER_IS_BETTER)
            .family(CHILD_MONTHS).domain(WELL_BEING)
            .attribution(ON_DATE)
            .needs(CONTACTS)),
    /** Children served in home without maltreatment (Los Angeles Tier I, "no maltreatment in home"). */
    IN_HOME_NO_MALTREATMENT(d -> d
            .title("No maltreatment while served at home")
            .population("children served in home in the period, under 18; outcome: no victim report on a day served, 7+ days after the serving case opened")
            .unit(PERCENT).direction(HIGHER_IS_BETTER)
            .family(IN_HOME_SERVED).domain(SAFETY)
            .attribution(ON_DATE)
            .needs(IN_HOME_CASES_AND_REPORTS)),
    /** Children entering foster care within 12 months of in-home services opening. */
    IN_HOME_ENTRY_TO_CARE(d -> d
            .title("Entry to care within 12 months of in-home services")
            .population("children whose in-home services opened in the period (first opening; excluded: 18+ at opening, in care at opening); outcome: a removal within 12 months, before 18")
            .unit(PERCENT).direction(LOWER_IS_BETTER)
            .family(IN_HOME_OPENINGS).domain(SAFETY)
            .exclusions(AGE_18_PLUS, IN_CARE_AT_OPENING)
            .followUp(FollowUp.months(12)).attribution(ON_DATE)
            .needs(Needs.IN_HOME_CASES)),
    /** In-home cases open 18 months or longer (the New Jersey ChildStat's review population); counted in cases. */
    IN_HOME_OPEN_18M_PLUS(d -> d
            .title("In-home cases open 18+ months")
            .population("in-home services cases open on the last day of the period; outcome: open 18 months or longer")
            .unit(PERCENT).direction(LOWER_IS_BETTER)
            .family(PopulationFamily.IN_HOME_CASES).domain(PERMANENCY)
            .attribution(ON_DATE)
            .needs(Needs.IN_HOME_CASES)),
    /** Children served in home visited in person each month (child-months; Los Angeles "timely contacts: cases"). */
    IN_HOME_MONTHLY_VISITS(d -> d
            .title("Monthly visits of children served at home")
            .population("child-months served in home all month by one case, under 18; outcome: an in-person visit in the month")
            .unit(PERCENT).direction(HIGHER_IS_BETTER)
            .family(IN_HOME_MONTHS).domain(WELL_BEING)
            .attribution(ON_DATE)
            .needs(IN_HOME_CASES_AND_CONTACTS)),
    /**
     * Children per worker on the period's last day (or the extract date): workers on staff in the
     * denominator, the children they carry in the numerator. Context, never suppressed.
     */
    CASELOAD(d -> d
            .title("Caseload: children per worker")
            .population("workers with a spell on the last day of the period, in that spell's unit; children in care or served in home that day, under 18, each counted for its assigned worker when that worker is one of them")
            .unit(RATIO).direction(NEUTRAL)
            .family(CASELOADS).domain(WORKFORCE)
            .attribution(WORKER_SPELL)),
    /** Workers who left their unit during the period (counted in workers; UNIT level and above). Context, never suppressed. */
    WORKER_TURNOVER(d -> d
            .title("Worker turnover")
            .population("workers in a unit on the first day of the period (their spell then); outcome: no spell of theirs in that unit on its last day")
            .unit(PERCENT).direction(LOWER_IS_BETTER)
            .family(WORKERS_ON_FIRST_DAY).domain(WORKFORCE)
            .attribution(WORKER_SPELL)),
    /** Children in care 12 months or more with at most two caseworkers in the last 12 months. */
    CASEWORKER_CONTINUITY(d -> d
            .title("Caseworker continuity")
            .population("children in care on the last day of the period, for 12 months or more, under 18; outcome: at most 2 caseworkers assigned in the 12 months to that day")
            .unit(PERCENT).direction(HIGHER_IS_BETTER)
            .family(POINT_IN_TIME).domain(WORKFORCE)
            .attribution(ON_DATE)),
    /** Removals with a timely Team Decision Making meeting (Tier II); counted in episodes. */
    TDM_AT_REMOVAL(d -> d
            .title("Team Decision Making meeting at removal")
            .population("removals in the period (excluded: 18+ on the removal date); outcome: a Team Decision Making meeting of the child from 30 days before to 3 days after the removal")
            .unit(PERCENT).direction(HIGHER_IS_BETTER)
            .family(ENTRY_EPISODES).domain(WELL_BEING)
            .exclusions(AGE_18_PLUS)
            .followUp(FollowUp.days(3)).attribution(ON_DATE)
            .needs(MEETINGS)),
    /** Children in care with a medical exam in the last 12 months (Tier II). */
    TIMELY_MEDICAL_EXAM(d -> d
            .title("Medical exam in the last 12 months")
            .population("children under 18 in care on the last day of the period (excluded: in care under 30 days); outcome: a medical exam in the 12 months to that day")
            .unit(PERCENT).direction(HIGHER_IS_BETTER)
            .family(POINT_IN_TIME).domain(WELL_BEING)
            .exclusions(STAY_UNDER_30_DAYS)
            .attribution(ON_DATE)
            .needs(HEALTH_EXAMS)),
    /** Children in care, 1 year old or more, with a dental exam in the last 12 months (Tier II). */
    TIMELY_DENTAL_EXAM(d -> d
            .title("Dental exam in the last 12 months")
            .population("children 1 to 17 years old in care on the last day of the period (excluded: in care under 30 days); outcome: a dental exam in the 12 months to that day")
            .unit(PERCENT).direction(HIGHER_IS_BETTER)
            .family(POINT_IN_TIME).domain(WELL_BEING)
            .exclusions(STAY_UNDER_30_DAYS)
            .attribution(ON_DATE)
            .needs(HEALTH_EXAMS)),
    /** Newly detained children screened for mental health within 30 days (Tier II); counted in episodes. */
    MH_SCREENING_NEW_ENTRIES(d -> d
            .title("Mental-health screening of new entries")
            .population("removals in the period (excluded: 18+ on the removal date, discharged within 30 days); outcome: a mental-health screening within 30 days of the removal")
            .unit(PERCENT).direction(HIGHER_IS_BETTER)
            .family(ENTRY_EPISODES).domain(WELL_BEING)
            .exclusions(AGE_18_PLUS, DISCHARGED_WITHIN_30_DAYS)
            .followUp(FollowUp.days(30)).attribution(ON_DATE)
            .needs(HEALTH_EXAMS)),
    /** Children newly served in home screened for mental health within 30 days (Tier II). */
    MH_SCREENING_NEW_IN_HOME(d -> d
            .title("Mental-health screening of new in-home children")
            .population("children whose in-home services opened in the period (as IN_HOME_ENTRY_TO_CARE); outcome: a mental-health screening within 30 days of the opening")
            .unit(PERCENT).direction(HIGHER_IS_BETTER)
            .family(IN_HOME_OPENINGS).domain(WELL_BEING)
            .exclusions(AGE_18_PLUS, IN_CARE_AT_OPENING)
            .followUp(FollowUp.days(30)).attribution(ON_DATE)
            .needs(HEALTH_EXAMS_AND_IN_HOME_CASES));

    private final IndicatorDefinition definition;

    IndicatorId(UnaryOperator<IndicatorDefinition.Builder> fields) {
        this.definition = fields.apply(IndicatorDefinition.builder(name())).build();
    }

    /**
     * The id: the constant's name.
     *
     * @return {@link #name()}
     */
    @Override
    public String id() {
        return name();
    }

    /**
     * What the spec says of the indicator.
     *
     * @return its definition, whose id is this constant's name
     */
    @Override
    public IndicatorDefinition definition() {
        return definition;
    }

    /**
     * The indicator with this id.
     *
     * @param id the id, exactly as the enum constant is spelled (e.g. {@code CFSR4_P1})
     * @return the indicator
     * @throws IllegalArgumentException naming the known ids
     */
    public static IndicatorId parse(String id) {
        for (IndicatorId i : values()) {
            if (i.name().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown indicator '" + id + "'; known: "
                + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}
