package org.childstat.indicators.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A caseworker contact with a child: one row of {@code contacts.csv}. Immutable and thread-safe.
 *
 * @param childId      the child
 * @param contactDate  date of the contact
 * @param contactType  in person or other
 * @param workerId     the worker, or null
 * @param inResidence  whether it took place in the child's residence, or null when not recorded
 */
public record Contact(String childId, LocalDate contactDate, ContactType contactType, String workerId,
                      Boolean inResidence) {
    /**
     * Checks the ids and the required values.
     *
     * @param childId      the child
     * @param contactDate  date of the contact
     * @param contactType  in person or other
     * @param workerId     the worker, or null
     * @param inResidence  whether it took place in the child's residence, or null when not recorded
     * @throws NullPointerException     if {@code childId}, {@code contactDate} or {@code contactType} is null
     * @throws IllegalArgumentException if an id is not valid ({@link Ids#isValid})
     */
    public Contact {
        Ids.require(childId, "child_id");
        Objects.requireNonNull(contactDate, "contact_date");
        Objects.requireNonNull(contactType, "contact_type");
        Ids.optional(workerId, "worker_id");
    }
}
