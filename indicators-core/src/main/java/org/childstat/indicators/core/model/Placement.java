package org.childstat.indicators.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A spell in one placement setting: one row of {@code placements.csv}. Immutable and thread-safe.
 *
 * @param id          the placement's id
 * @param episodeId   the episode it belongs to
 * @param startDate   first day in the setting
 * @param endDate     last day in the setting (inclusive), or null while it runs
 * @param setting     the AFCARS setting
 * @param temporary   a temporary absence (respite, hospital): not a placement setting for moves
 * @param providerId  the provider (foster home, facility), or null when not recorded
 */
public record Placement(String id, String episodeId, LocalDate startDate, LocalDate endDate,
                        PlacementSetting setting, boolean temporary, String providerId) {
    /**
     * Checks the ids and the required values.
     *
     * @param id          the placement's id
     * @param episodeId   the episode it belongs to
     * @param startDate   first day in the setting
     * @param endDate     last day in the setting (inclusive), or null while it runs
     * @param setting     the AFCARS setting
     * @param temporary   a temporary absence (respite, hospital): not a placement setting for moves
     * @param providerId  the provider (foster home, facility), or null when not recorded
     * @throws NullPointerException     if {@code id}, {@code episodeId}, {@code startDate} or {@code setting} is null
     * @throws IllegalArgumentException if an id is not valid ({@link Ids#isValid})
     */
    public Placement {
        Ids.require(id, "placement_id");
        Ids.require(episodeId, "episode_id");
        Objects.requireNonNull(startDate, "start_date");
        Objects.requireNonNull(setting, "setting");
        Ids.optional(providerId, "provider_id");
    }
}
