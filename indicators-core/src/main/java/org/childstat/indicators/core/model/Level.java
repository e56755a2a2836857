package org.childstat.indicators.core.model;

/**
 * The levels of the organisation, top down (docs/input-files.md, Levels): one county, its bureaus,
 * their offices, their units, and the workers in units.
 */
public enum Level {
    /** The whole county: one entity, {@code COUNTY}. */
    COUNTY,
    /** A bureau. */
    BUREAU,
    /** An office of a bureau. */
    OFFICE,
    /** A unit of an office. */
    UNIT,
    /** A worker (in a unit on the attribution date). */
    WORKER
}
