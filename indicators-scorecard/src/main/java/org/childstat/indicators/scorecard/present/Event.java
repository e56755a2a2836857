package org.childstat.indicators.scorecard.present;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated entry of a case presentation's timeline: what happened to which child, with the
 * record it comes from, and, when it is one of the key decision points (a report's disposition,
 * a removal, a change of placement, a discharge, a change of worker), what was decided.
 * Immutable.
 *
 * @param date     when it happened
 * @param kind     what it is
 * @param childId  the child it happened to
 * @param recordId the record: report, in-home case, episode, placement or worker id; null for a month of contacts
 * @param detail   the codes it carries, in words (priority and disposition, setting and provider, ...)
 * @param decision the decision taken, when it is a decision point; null otherwise
 * @param isNew    whether it happened after the date of the update ({@code --since}); false without one
 */
public record Event(LocalDate date, Kind kind, String childId, String recordId, String detail, String decision,
                    boolean isNew) {
    /**
     * Checks the components.
     *
     * @param date     when it happened
     * @param kind     what it is
     * @param childId  the child
     * @param recordId the record, or null
     * @param detail   the codes in words
     * @param decision the decision, or null
     * @param isNew    whether it is new since the update's date
     * @throws NullPointerException if {@code date}, {@code kind}, {@code childId} or {@code detail} is null
     */
    public Event {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(childId, "childId");
        Objects.requireNonNull(detail, "detail");
    }

    /** What a timeline entry is, in the order entries of one day are listed. */
    public enum Kind {
        /** A row of reports.csv: a maltreatment report naming the child; its disposition is a decision point. */
        REPORT("report"),
        /** An in-home services case row opened for the child. */
        IN_HOME_OPEN("in-home services opened"),
        /** A meeting about the child (meetings.csv): a Team Decision Making meeting, or another. */
        MEETING("meeting"),
        /** A removal: an episode began; a decision point. */
        REMOVAL("removal"),
        /** A placement began; a decision point when it changes the child's placement within an episode. */
        PLACEMENT("placement"),
        /** An episode ended; a decision point. */
        DISCHARGE("discharge"),
        /** A medical or dental exam, or a mental-health screening (health_exams.csv). */
        EXAM("health exam"),
        /** An in-home services case row closed. */
        IN_HOME_CLOSE("in-home services closed"),
        /** A worker was assigned; a decision point when it changes the child's worker. */
        ASSIGNMENT("worker assigned"),
        /** The in-person contacts of one calendar month (dated on the month's last day, or the as-of date). */
        CONTACTS("in-person contacts");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /**
         * How the page names it.
         *
         * @return the kind in words, e.g. {@code placement}
         */
        public String label() {
            return label;
        }
    }

    /**
     * Whether this entry is one of the key decision points.
     *
     * @return true when {@link #decision()} is set
     */
    public boolean decisionPoint() {
        return decision != null;
    }

    /**
     * This entry marked new (or not).
     *
     * @param fresh whether it happened after the update's date
     * @return a copy with {@link #isNew()} set
     */
    Event markedNew(boolean fresh) {
        return new Event(date, kind, childId, recordId, detail, decision, fresh);
    }

    @Override
    public String toString() {
        return date + " " + childId + " " + kind.label() + (recordId == null ? "" : " " + recordId) + ": " + detail
                + (decision == null ? "" : " [decision: " + decision + "]") + (isNew ? " [new]" : "");
    }
}
