package org.childstat.indicators.core.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One child in one maltreatment report (referral): one row of {@code reports.csv}. A report about
 * siblings has one row per child. Immutable and thread-safe.
 *
 * @param reportId          the report's id (with the child id, the row's key)
 * @param childId           the child
 * @param reportDate        date of the report
 * @param disposition       the NCANDS maltreatment level
 * @param incidentDate      date of the incident, or null
 * @param maltreatmentDeath whether the child died of the maltreatment
 * @param workerId          the worker who carried the report, or null
 * @param responsePriority  the referral's response priority, or null
 * @param receivedAt        when the referral was received, or null (then the report date at 00:00)
 * @param firstContactAt    first contact with the child, or null
 * @param dispositionDate   date of the disposition, or null
 */
public record MaltreatmentReport(String reportId, String childId, LocalDate reportDate, Disposition disposition,
                                 LocalDate incidentDate, boolean maltreatmentDeath, String workerId,
                                 ResponsePriority responsePriority, LocalDateTime receivedAt,
                                 LocalDateTime firstContactAt, LocalDate dispositionDate) {
    /**
     * Checks the ids and the required values.
     *
     * @param reportId          the report's id (with the child id, the row's key)
     * @param childId           the child
     * @param reportDate        date of the report
     * @param disposition       the NCANDS maltreatment level
     * @param incidentDate      date of the incident, or null
     * @param maltreatmentDeath whether the child died of the maltreatment
     * @param workerId          the worker who carried the report, or null
     * @param responsePriority  the referral's response priority, or null
     * @param receivedAt        when the referral was received, or null
     * @param firstContactAt    first contact with the child, or null
     * @param dispositionDate   date of the disposition, or null
     * @throws NullPointerException     if {@code reportId}, {@code childId}, {@code reportDate} or {@code disposition} is null
     * @throws IllegalArgumentException if an id is not valid ({@link Ids#isValid})
     */
    public MaltreatmentReport {
        Ids.require(reportId, "report_id");
        Ids.require(childId, "child_id");
        Objects.requireNonNull(reportDate, "report_date");
        Objects.requireNonNull(disposition, "disposition");
        Ids.optional(workerId, "worker_id");
    }

    /**
     * Whether the row is a victim report (docs/input-files.md, reports.csv).
     *
     * @return true for disposition 1 or 2, or a maltreatment death whatever the disposition
     */
    public boolean isVictim() {
        return disposition.isVictim() || maltreatmentDeath;
    }
}
