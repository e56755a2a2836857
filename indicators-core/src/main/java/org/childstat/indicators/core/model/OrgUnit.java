package org.childstat.indicators.core.model;

/**
 * A unit and its place in the hierarchy county &gt; bureau &gt; office &gt; unit: one row of
 * {@code org_units.csv}. Immutable and thread-safe.
 *
 * @param unitId     the unit
 * @param unitName   its name, or null
 * @param officeId   the office it belongs to
 * @param officeName the office's name, or null
 * @param bureauId   the bureau the office belongs to
 * @param bureauName the bureau's name, or null
 */
public record OrgUnit(String unitId, String unitName, String officeId, String officeName, String bureauId,
                      String bureauName) {
    /**
     * Checks the ids.
     *
     * @param unitId     the unit
     * @param unitName   its name, or null
     * @param officeId   the office it belongs to
     * @param officeName the office's name, or null
     * @param bureauId   the bureau the office belongs to
     * @param bureauName the bureau's name, or null
     * @throws NullPointerException     if {@code unitId}, {@code officeId} or {@code bureauId} is null
     * @throws IllegalArgumentException if an id is not valid ({@link Ids#isValid})
     */
    public OrgUnit {
        Ids.require(unitId, "unit_id");
        Ids.require(officeId, "office_id");
        Ids.require(bureauId, "bureau_id");
    }
}
