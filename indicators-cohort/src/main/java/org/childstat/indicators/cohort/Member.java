package org.childstat.indicators.cohort;

import java.time.LocalDate;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.model.ChildHistory;
import org.childstat.indicators.core.model.DischargeReason;
import org.childstat.indicators.core.model.Episode;

/**
 * One member of a {@link CustomIndicator}'s population, as its rules see it: a child in one
 * period, found by the walk of the indicator's population family, with the episode that made it
 * a member and the date the family reads (docs/custom-indicators.md). The dates follow
 * docs/input-files.md: an episode covers {@code [removalDate, dischargeDate)}.
 *
 * <p>A member is a view the engine reuses: read it inside the rule that receives it, never keep
 * it. {@link #episode()} and {@link #history()} are made on demand, and cost more than the
 * dates.
 */
public interface Member {
    /**
     * The child's id.
     *
     * @return the child_id of children.csv
     */
    String childId();

    /**
     * The child's date of birth.
     *
     * @return the birth date
     */
    LocalDate birthDate();

    /**
     * The child's 18th birthday ({@code birthDate().plusYears(18)}).
     *
     * @return the day the child turns 18
     */
    LocalDate eighteenthBirthday();

    /**
     * The period the child is a member in.
     *
     * @return the period
     */
    ReportingPeriod period();

    /**
     * The extract date: nothing after it is known.
     *
     * @return the as-of date
     */
    LocalDate asOf();

    /**
     * The date the family reads: the removal (ENTRY_COHORT), the period's first day
     * (IN_CARE_ON_FIRST_DAY), the discharge (EXIT_COHORT), the period's last day or the extract
     * date if earlier (POINT_IN_TIME), the last day in care in the period (SERVED_IN_PERIOD).
     *
     * @return the family's date
     */
    LocalDate date();

    /**
     * The removal date of the member's episode.
     *
     * @return the removal date
     */
    LocalDate removalDate();

    /**
     * The discharge date of the member's episode, as known on the extract date.
     *
     * @return the discharge date, or null while the episode is open
     */
    LocalDate dischargeDate();

    /**
     * The discharge reason of the member's episode.
     *
     * @return the reason, or null when the episode is open or its reason is missing
     */
    DischargeReason dischargeReason();

    /**
     * Whole months in care from the removal to {@link #date()} ({@code ChronoUnit.MONTHS}).
     *
     * @return the months, 0 or more
     */
    int monthsInCare();

    /**
     * The member's episode as a record (made on each call).
     *
     * @return the episode
     */
    Episode episode();

    /**
     * Everything the extract holds about the child (made once per child and period, on first
     * call).
     *
     * @return the child's history
     */
    ChildHistory history();
}
