package org.childstat.indicators.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One child discussed at one meeting, e.g. a Team Decision Making meeting: one row of
 * {@code meetings.csv}. A meeting about siblings has one row per child, all with the same
 * {@code meetingId}; the pair (meeting id, child id) is the row's id. A meeting belongs to the
 * child, not to an episode: its date need not fall in care. Immutable and thread-safe.
 *
 * @param meetingId the meeting
 * @param childId   the child discussed
 * @param date      the day of the meeting
 * @param type      Team Decision Making or other
 * @param workerId  the worker who held it, or null
 */
public record Meeting(String meetingId, String childId, LocalDate date, MeetingType type, String workerId) {
    /**
     * Checks the ids and the required values.
     *
     * @param meetingId the meeting
     * @param childId   the child discussed
     * @param date      the day of the meeting
     * @param type      Team Decision Making or other
     * @param workerId  the worker who held it, or null
     * @throws NullPointerException     if {@code meetingId}, {@code childId}, {@code date} or
     *                                  {@code type} is null
     * @throws IllegalArgumentException if an id is not valid ({@link Ids#isValid})
     */
    public Meeting {
        Ids.require(meetingId, "meeting_id");
        Ids.require(childId, "child_id");
        Objects.requireNonNull(date, "meeting_date");
        Objects.requireNonNull(type, "meeting_type");
        Ids.optional(workerId, "worker_id");
    }
}
