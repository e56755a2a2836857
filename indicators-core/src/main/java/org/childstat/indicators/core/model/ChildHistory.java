package org.childstat.indicators.core.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything the extract holds about one child, in the order the indicators read it: episodes by
 * removal date (then file line), placements by episode then start date (then placement id),
 * reports by date (then report id), contacts by date, assignments by start date. Immutable and
 * thread-safe.
 */
public record ChildHistory(Child child, List<Episode> episodes, List<Placement> placements,
                           List<MaltreatmentReport> reports, List<Contact> contacts,
                           List<Assignment> assignments) {
    public ChildHistory {
        Objects.requireNonNull(child, "child");
        episodes = List.copyOf(episodes);
        placements = List.copyOf(placements);
        reports = List.copyOf(reports);
        contacts = List.copyOf(contacts);
        assignments = List.copyOf(assignments);
    }

    /** The placements of one episode, in start-date order. */
    public List<Placement> placementsOf(Episode episode) {
        return placements.stream().filter(p -> p.episodeId().equals(episode.id())).toList();
    }
}
