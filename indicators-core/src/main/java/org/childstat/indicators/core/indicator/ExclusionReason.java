package org.childstat.indicators.core.indicator;

/** Why a member of an indicator's population was excluded (exclusions.csv's {@code reason}, docs/outputs.md). */
public enum ExclusionReason {
    /** 18 or older on the date the rule reads. */
    AGE_18_PLUS,
    /** A closed episode shorter than 8 days. */
    STAY_UNDER_8_DAYS,
    /** A closed episode with no discharge reason. */
    MISSING_DISCHARGE_REASON,
    /** A report dated before the child's birth. */
    UNBORN,
    /** The initial report is a maltreatment death. */
    FIRST_REPORT_FATAL,
    /** No placement spell where the rule needs one. */
    NO_PLACEMENT_DATA,
    /** In-home services opened on a day the child was in care (within an episode's {@code [removal, discharge)}). */
    IN_CARE_AT_OPENING,
    /** In care fewer than 30 days on the day the rule reads ({@code p - removal < 30}: the Tier II exams). */
    STAY_UNDER_30_DAYS,
    /** Discharged before {@code removal + 30 days} (MH_SCREENING_NEW_ENTRIES: no time to screen). */
    DISCHARGED_WITHIN_30_DAYS
}
