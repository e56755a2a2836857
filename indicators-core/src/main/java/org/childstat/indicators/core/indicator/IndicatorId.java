package org.childstat.indicators.core.indicator;

import static org.childstat.indicators.core.indicator.AttributionRule.EACH_DAY;
import static org.childstat.indicators.core.indicator.AttributionRule.LONGEST_IN_WINDOW;
import static org.childstat.indicators.core.indicator.AttributionRule.ON_DATE;
import static org.childstat.indicators.core.indicator.AttributionRule.REPORT_WORKER;
import static org.childstat.indicators.core.indicator.Direction.HIGHER_IS_BETTER;
import static org.childstat.indicators.core.indicator.Direction.LOWER_IS_BETTER;
import static org.childstat.indicators.core.indicator.Direction.NEUTRAL;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The indicators (docs/indicators.md, The indicators), with their definitions: name, unit,
 * direction, scale, follow-up, default attribution, and the input they need. The rules
 * themselves are in the cohort module.
 */
public enum IndicatorId {
    /** Permanency in 12 months for children entering care (CFSR Round 4). */
    CFSR4_P1("Permanency in 12 months for children entering care", Unit.PERCENT, HIGHER_IS_BETTER, 12, 0,
            LONGEST_IN_WINDOW, Needs.NOTHING, false),
    /** Permanency in 12 months for children in care 12 to 23 months (CFSR Round 4). */
    CFSR4_P2("Permanency in 12 months, in care 12-23 months", Unit.PERCENT, HIGHER_IS_BETTER, 0, 0,
            LONGEST_IN_WINDOW, Needs.NOTHING, false),
    /** Permanency in 12 months for children in care 24 months or more (CFSR Round 4). */
    CFSR4_P3("Permanency in 12 months, in care 24+ months", Unit.PERCENT, HIGHER_IS_BETTER, 0, 0,
            LONGEST_IN_WINDOW, Needs.NOTHING, false),
    /** Re-entry to foster care within 12 months of exit (CFSR Round 4). */
    CFSR4_REENTRY("Re-entry to foster care within 12 months", Unit.PERCENT, LOWER_IS_BETTER, 12, 0, ON_DATE,
            Needs.NOTHING, false),
    /** Placement moves per 1,000 days in care (CFSR Round 4). */
    CFSR4_PLACEMENT_STABILITY("Placement moves per 1,000 days in care", Unit.RATE, LOWER_IS_BETTER, 0, 0, EACH_DAY,
            Needs.NOTHING, true),
    /** Victimizations per 100,000 days in care (CFSR Round 4). */
    CFSR4_MALTREATMENT_IN_CARE("Maltreatment in care per 100,000 days", Unit.RATE, LOWER_IS_BETTER, 0, 0, EACH_DAY,
            Needs.REPORTS, true),
    /** Recurrence of maltreatment within 12 months (CFSR Round 4). */
    CFSR4_RECURRENCE("Recurrence of maltreatment within 12 months", Unit.PERCENT, LOWER_IS_BETTER, 12, 0,
            REPORT_WORKER, Needs.REPORTS, false),
    /** Removals in the period. */
    FOSTER_CARE_ENTRIES("Foster care entries", Unit.COUNT, NEUTRAL, 0, 0, ON_DATE, Needs.NOTHING, true),
    /** Exit to reunification within 12 months, entry cohort (Round 2 C1.3). */
    REUNIFICATION_12M_ENTRY("Reunification within 12 months of entry", Unit.PERCENT, HIGHER_IS_BETTER, 12, 0,
            LONGEST_IN_WINDOW, Needs.NOTHING, false),
    /** Reunified in under 12 months, exit cohort (Round 2 C1.1). */
    REUNIFICATION_12M_EXIT("Reunified in under 12 months (exits)", Unit.PERCENT, HIGHER_IS_BETTER, 0, 0, ON_DATE,
            Needs.NOTHING, false),
    /** Median stay to reunification (Round 2 C1.2). */
    MEDIAN_DAYS_TO_REUNIFICATION("Median days to reunification", Unit.MEDIAN_DAYS, LOWER_IS_BETTER, 0, 0, ON_DATE,
            Needs.NOTHING, false),
    /** Median stay of children exiting. */
    MEDIAN_DAYS_IN_CARE("Median days in care of exits", Unit.MEDIAN_DAYS, LOWER_IS_BETTER, 0, 0, ON_DATE,
            Needs.NOTHING, false),
    /** Exits that were to permanency. */
    EXIT_TO_PERMANENCY_EXIT("Exits to permanency", Unit.PERCENT, HIGHER_IS_BETTER, 0, 0, ON_DATE, Needs.NOTHING,
            false),
    /** Exit to permanency, in care 24 months or more (Round 2 C3.1; identical to CFSR4_P3). */
    EXIT_TO_PERMANENCY_24M_PLUS("Exit to permanency, in care 24+ months", Unit.PERCENT, HIGHER_IS_BETTER, 0, 0,
            LONGEST_IN_WINDOW, Needs.NOTHING, false),
    /** Exit to guardianship within 24 months, exit cohort. */
    GUARDIANSHIP_24M_EXIT("Guardianship within 24 months (exits)", Unit.PERCENT, HIGHER_IS_BETTER, 0, 0, ON_DATE,
            Needs.NOTHING, false),
    /** Re-entry within 12 months of reunification (Round 2 C1.4). */
    REENTRY_12M_AFTER_REUNIFICATION("Re-entry within 12 months of reunification", Unit.PERCENT, LOWER_IS_BETTER, 12,
            0, ON_DATE, Needs.NOTHING, false),
    /** In care 3 years or longer, emancipated or age 18 (Round 2 C3.3). */
    IN_CARE_3_YEARS_EMANCIPATED("In care 3+ years at emancipation or 18", Unit.PERCENT, LOWER_IS_BETTER, 0, 0, ON_DATE,
            Needs.NOTHING, false),
    /** Two or fewer placement settings, in care 8 days to 12 months (Round 2 C4.1). */
    PLACEMENT_STABILITY_UNDER_12M("Two or fewer placements, in care under 12 months", Unit.PERCENT, HIGHER_IS_BETTER,
            0, 0, ON_DATE, Needs.NOTHING, false),
    /** Two or fewer placement settings, in care 12 to 24 months (Round 2 C4.2). */
    PLACEMENT_STABILITY_12_TO_24M("Two or fewer placements, in care 12-24 months", Unit.PERCENT, HIGHER_IS_BETTER,
            0, 0, ON_DATE, Needs.NOTHING, false),
    /** Two or fewer placement settings, in care 24 months or more (Round 2 C4.3). */
    PLACEMENT_STABILITY_24M_PLUS("Two or fewer placements, in care 24+ months", Unit.PERCENT, HIGHER_IS_BETTER, 0, 0,
            ON_DATE, Needs.NOTHING, false),
    /** Children in care placed with relatives. */
    PLACEMENT_WITH_RELATIVES("Placed with relatives", Unit.PERCENT, HIGHER_IS_BETTER, 0, 0, ON_DATE, Needs.NOTHING,
            false),
    /** Children in care placed with all their siblings in care. */
    SIBLINGS_PLACED_TOGETHER("Placed with all siblings", Unit.PERCENT, HIGHER_IS_BETTER, 0, 0, ON_DATE,
            Needs.NOTHING, false),
    /** Immediate-response referrals seen within 24 hours. */
    TIMELY_RESPONSE_IMMEDIATE("Immediate referrals seen within 24 hours", Unit.PERCENT, HIGHER_IS_BETTER, 0, 30,
            REPORT_WORKER, Needs.REPORTS, false),
    /** Five-day referrals seen within 5 days. */
    TIMELY_RESPONSE_FIVE_DAY("Five-day referrals seen within 5 days", Unit.PERCENT, HIGHER_IS_BETTER, 0, 30,
            REPORT_WORKER, Needs.REPORTS, false),
    /** Referrals closed within 30 days. */
    TIMELY_DISPOSITION_30D("Referrals closed within 30 days", Unit.PERCENT, HIGHER_IS_BETTER, 0, 30, REPORT_WORKER,
            Needs.REPORTS, false),
    /** Children in care visited in person each month (child-months). */
    MONTHLY_CASEWORKER_VISITS("Monthly caseworker visits", Unit.PERCENT, HIGHER_IS_BETTER, 0, 0, ON_DATE,
            Needs.CONTACTS, false);

    /** The optional input file an indicator needs (without it: NO_DATA, docs/outputs.md). */
    public enum Needs {
        /** Only the required files. */
        NOTHING,
        /** reports.csv. */
        REPORTS,
        /** contacts.csv. */
        CONTACTS
    }

    private final String title;
    private final Unit unit;
    private final Direction direction;
    private final int followUpMonths;
    private final int followUpDays;
    private final AttributionRule attribution;
    private final Needs needs;
    private final boolean episodeBased;

    IndicatorId(String title, Unit unit, Direction direction, int followUpMonths, int followUpDays,
                AttributionRule attribution, Needs needs, boolean episodeBased) {
        this.title = title;
        this.unit = unit;
        this.direction = direction;
        this.followUpMonths = followUpMonths;
        this.followUpDays = followUpDays;
        this.attribution = attribution;
        this.needs = needs;
        this.episodeBased = episodeBased;
    }

    /**
     * A short human name, for tables and charts.
     *
     * @return the name, e.g. "Placement moves per 1,000 days in care"
     */
    public String title() {
        return title;
    }

    /**
     * The population and outcome in one sentence (docs/indicators.md, The indicators).
     *
     * @return the sentence indicators.csv writes in {@code population}
     */
    public String population() {
        return switch (this) {
            case CFSR4_P1 -> "children entering care in the period (first entry; excluded: 18+ at removal, stays under 8 days, no discharge reason); outcome: permanency within 12 months (trial home visits over 30 days cut to 30)";
            case CFSR4_P2 -> "children in care on the first day for 12 to 23 whole months (excluded: 18+ that day); outcome: permanency in the period before 18";
            case CFSR4_P3 -> "children in care on the first day for 24 months or more (excluded: 18+ that day); outcome: permanency in the period before 18";
            case CFSR4_REENTRY -> "children discharged in the period to reunification, relatives or guardianship (excluded: discharged at 18+); outcome: a new removal within 12 months";
            case CFSR4_PLACEMENT_STABILITY -> "days in care of episodes entering in the period (excluded: stays under 8 days, entries at 18+); numerator: moves between providers";
            case CFSR4_MALTREATMENT_IN_CARE -> "days in care in the period (excluded: stays under 8 days); numerator: victim reports 7+ days after removal while in care";
            case CFSR4_RECURRENCE -> "children with a victim report in the period (excluded: unborn, 18+, fatal first report); outcome: another victim report 15 days to 12 months later";
            case FOSTER_CARE_ENTRIES -> "removals in the period of children under 18";
            case REUNIFICATION_12M_ENTRY -> "children entering care in the period (as CFSR4_P1); outcome: reunification within 12 months";
            case REUNIFICATION_12M_EXIT -> "children reunified in the period (excluded: 18+ at discharge, stays under 8 days); outcome: in care under 12 months";
            case MEDIAN_DAYS_TO_REUNIFICATION -> "children reunified in the period (excluded: 18+ at discharge, stays under 8 days); value: median length of stay";
            case MEDIAN_DAYS_IN_CARE -> "children discharged in the period (excluded: stays under 8 days); value: median length of stay";
            case EXIT_TO_PERMANENCY_EXIT -> "children discharged in the period (excluded: stays under 8 days, no reason); outcome: permanency before 18";
            case EXIT_TO_PERMANENCY_24M_PLUS -> "as CFSR4_P3";
            case GUARDIANSHIP_24M_EXIT -> "children discharged to guardianship in the period (excluded: 18+ at discharge, stays under 8 days); outcome: within 24 months of removal";
            case REENTRY_12M_AFTER_REUNIFICATION -> "children reunified in the period (excluded: 18+ at discharge); outcome: a new removal within 12 months";
            case IN_CARE_3_YEARS_EMANCIPATED -> "children emancipated before 18, or turning 18 in care, in the period; outcome: in care 3 years or more by then";
            case PLACEMENT_STABILITY_UNDER_12M -> "children served in the period, in care 8 days to under 12 months; outcome: two or fewer placement settings";
            case PLACEMENT_STABILITY_12_TO_24M -> "children served in the period, in care 12 to 23 months; outcome: two or fewer placement settings";
            case PLACEMENT_STABILITY_24M_PLUS -> "children served in the period, in care 24 months or more; outcome: two or fewer placement settings";
            case PLACEMENT_WITH_RELATIVES -> "children under 18 in care on the last day of the period; outcome: placed with relatives";
            case SIBLINGS_PLACED_TOGETHER -> "children under 18 in care on the last day of the period with siblings in care; outcome: with all of them";
            case TIMELY_RESPONSE_IMMEDIATE -> "immediate-response referrals received in the period; outcome: seen within 24 hours";
            case TIMELY_RESPONSE_FIVE_DAY -> "five-day referrals received in the period; outcome: seen within 5 days";
            case TIMELY_DISPOSITION_30D -> "referrals received in the period; outcome: disposition within 30 days";
            case MONTHLY_CASEWORKER_VISITS -> "child-months in care all month, under 18; outcome: an in-person visit in the month";
        };
    }

    /**
     * What the value is.
     *
     * @return percent, rate, median days, count or ratio
     */
    public Unit unit() {
        return unit;
    }

    /**
     * Which way is better.
     *
     * @return higher, lower or none
     */
    public Direction direction() {
        return direction;
    }

    /**
     * Days per rate unit: 1,000 for placement moves, 100,000 for maltreatment in care, 1 otherwise.
     *
     * @return the days a rate's value is counted per
     */
    public int scale() {
        return switch (this) {
            case CFSR4_PLACEMENT_STABILITY -> 1_000;
            case CFSR4_MALTREATMENT_IN_CARE -> 100_000;
            default -> 1;
        };
    }

    /**
     * What the denominator counts, for labels ("n = 120 children"): {@code days in care} for
     * rates, {@code child-months} for monthly visits, {@code referrals} for the timeliness
     * indicators, {@code removals} for entries (a count: its numerator), {@code children}
     * otherwise (medians: the children whose days the median is taken over).
     *
     * @return the label of the denominator's unit
     */
    public String countedIn() {
        return switch (this) {
            case CFSR4_PLACEMENT_STABILITY, CFSR4_MALTREATMENT_IN_CARE -> "days in care";
            case MONTHLY_CASEWORKER_VISITS -> "child-months";
            case TIMELY_RESPONSE_IMMEDIATE, TIMELY_RESPONSE_FIVE_DAY, TIMELY_DISPOSITION_30D -> "referrals";
            case FOSTER_CARE_ENTRIES -> "removals";
            default -> "children";
        };
    }

    /**
     * The default attribution rule (docs/input-files.md, Attribution rules).
     *
     * @return the rule used unless the options choose another
     */
    public AttributionRule defaultAttribution() {
        return attribution;
    }

    /**
     * The optional input the indicator needs.
     *
     * @return the optional file without which it is NO_DATA, or none
     */
    public Needs needs() {
        return needs;
    }

    /**
     * Whether the population is episodes rather than children (exclusions.csv counts episodes).
     *
     * @return true for the episode-based indicators
     */
    public boolean episodeBased() {
        return episodeBased;
    }

    /**
     * The family of the indicator's population: which walk over a child's history finds its
     * members (docs/indicators.md).
     *
     * @return the family
     */
    public PopulationFamily family() {
        return switch (this) {
            case CFSR4_P1, REUNIFICATION_12M_ENTRY -> PopulationFamily.ENTRY_COHORT;
            case FOSTER_CARE_ENTRIES, CFSR4_PLACEMENT_STABILITY -> PopulationFamily.ENTRY_EPISODES;
            case CFSR4_P2, CFSR4_P3, EXIT_TO_PERMANENCY_24M_PLUS -> PopulationFamily.IN_CARE_ON_FIRST_DAY;
            case CFSR4_REENTRY, REUNIFICATION_12M_EXIT, MEDIAN_DAYS_TO_REUNIFICATION, MEDIAN_DAYS_IN_CARE,
                    EXIT_TO_PERMANENCY_EXIT, GUARDIANSHIP_24M_EXIT, REENTRY_12M_AFTER_REUNIFICATION ->
                    PopulationFamily.EXIT_COHORT;
            case CFSR4_MALTREATMENT_IN_CARE -> PopulationFamily.DAYS_IN_CARE;
            case IN_CARE_3_YEARS_EMANCIPATED -> PopulationFamily.EVENT_IN_PERIOD;
            case PLACEMENT_STABILITY_UNDER_12M, PLACEMENT_STABILITY_12_TO_24M, PLACEMENT_STABILITY_24M_PLUS ->
                    PopulationFamily.SERVED_IN_PERIOD;
            case PLACEMENT_WITH_RELATIVES, SIBLINGS_PLACED_TOGETHER -> PopulationFamily.POINT_IN_TIME;
            case CFSR4_RECURRENCE -> PopulationFamily.VICTIM_REPORTS;
            case TIMELY_RESPONSE_IMMEDIATE, TIMELY_RESPONSE_FIVE_DAY, TIMELY_DISPOSITION_30D -> PopulationFamily.REFERRALS;
            case MONTHLY_CASEWORKER_VISITS -> PopulationFamily.CHILD_MONTHS;
        };
    }

    /**
     * The domain the scorecard groups the indicator under (safety, permanency, well-being).
     *
     * @return the domain
     */
    public Domain domain() {
        return switch (this) {
            case CFSR4_MALTREATMENT_IN_CARE, CFSR4_RECURRENCE, TIMELY_RESPONSE_IMMEDIATE, TIMELY_RESPONSE_FIVE_DAY,
                    TIMELY_DISPOSITION_30D, FOSTER_CARE_ENTRIES -> Domain.SAFETY;
            case CFSR4_PLACEMENT_STABILITY, PLACEMENT_STABILITY_UNDER_12M, PLACEMENT_STABILITY_12_TO_24M,
                    PLACEMENT_STABILITY_24M_PLUS, PLACEMENT_WITH_RELATIVES, SIBLINGS_PLACED_TOGETHER,
                    MONTHLY_CASEWORKER_VISITS -> Domain.WELL_BEING;
            default -> Domain.PERMANENCY;
        };
    }

    /**
     * The CFSR Round 4 national performance, the scorecard's default standard, in the value's
     * unit (a percent as 0 to 100, a rate per {@link #scale()} days): from the Children's Bureau's
     * CFSR 4 Data Profile (February 2025). Empty for the indicators that have none.
     *
     * @return the national performance, or empty
     */
    public java.util.OptionalDouble nationalPerformance() {
        return switch (this) {
            case CFSR4_MALTREATMENT_IN_CARE -> java.util.OptionalDouble.of(9.07);
            case CFSR4_RECURRENCE -> java.util.OptionalDouble.of(9.7);
            case CFSR4_P1 -> java.util.OptionalDouble.of(35.2);
            case CFSR4_P2 -> java.util.OptionalDouble.of(43.8);
            case CFSR4_P3 -> java.util.OptionalDouble.of(37.3);
            case CFSR4_REENTRY -> java.util.OptionalDouble.of(5.6);
            case CFSR4_PLACEMENT_STABILITY -> java.util.OptionalDouble.of(4.48);
            default -> java.util.OptionalDouble.empty();
        };
    }

    /**
     * Whether the indicator counts reports, not children: its values are computed once per report
     * (a report_id across its rows), in a pass of their own after the children's.
     *
     * @return true for the timeliness indicators
     */
    public boolean reportLevel() {
        return family() == PopulationFamily.REFERRALS;
    }

    /**
     * The last day the follow-up of a period needs (docs/input-files.md, follow-up):
     * {@code e.plusMonths(12) - 1} for the 12-month outcomes, {@code e + 30} for timeliness,
     * {@code e} otherwise. A result is {@code INCOMPLETE} while the extract date is before it.
     *
     * @param period the period, ending on {@code e}
     * @return the last day of follow-up the period's results need
     */
    public LocalDate followUpEnd(ReportingPeriod period) {
        LocalDate e = period.end();
        if (followUpMonths > 0) {
            return e.plusMonths(followUpMonths).minusDays(1);
        }
        return e.plusDays(followUpDays);
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
