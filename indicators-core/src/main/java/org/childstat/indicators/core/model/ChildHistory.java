package org.childstat.indicators.core.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything the extract holds about one child, in the order the indicators read it: episodes by
 * removal date (then file line), placements by episode then start date (then placement id),
 * reports by date (then report id), contacts by date, assignments by start date, in-home case rows
 * by open date (then file line), meetings by meeting date (then file line), health exams by exam
 * date (then file line). Immutable and thread-safe.
 *
 * @param child       the child
 * @param episodes    its removal episodes
 * @param placements  the placements of all its episodes
 * @param reports     its rows of reports.csv; empty when it has none or the extract has no reports.csv
 * @param contacts    its caseworker contacts; empty when it has none or the extract has no contacts.csv
 * @param assignments its case's assignments to workers
 * @param inHomeCases its rows of in_home_cases.csv; empty when it has none or the extract has no
 *                    in_home_cases.csv
 * @param meetings    its rows of meetings.csv; empty when it has none or the extract has no
 *                    meetings.csv
 * @param healthExams its rows of health_exams.csv; empty when it has none or the extract has no
 *                    health_exams.csv
 */
public record ChildHistory(Child child, List<Episode> episodes, List<Placement> placements,
                           List<MaltreatmentReport> reports, List<Contact> contacts,
                           List<Assignment> assignments, List<InHomeCase> inHomeCases,
                           List<Meeting> meetings, List<HealthExam> healthExams) {
    /**
     * Copies the lists.
     *
     * @param child       the child
     * @param episodes    its removal episodes
     * @param placements  the placements of all its episodes
     * @param reports     its rows of reports.csv
     * @param contacts    its caseworker contacts
     * @param assignments its case's assignments to workers
     * @param inHomeCases its rows of in_home_cases.csv
     * @param meetings    its rows of meetings.csv
     * @param healthExams its rows of health_exams.csv
     * @throws NullPointerException if an argument, or an element of a list, is null
     */
    public ChildHistory {
        Objects.requireNonNull(child, "child");
        episodes = List.copyOf(episodes);
        placements = List.copyOf(placements);
        reports = List.copyOf(reports);
        contacts = List.copyOf(contacts);
        assignments = List.copyOf(assignments);
        inHomeCases = List.copyOf(inHomeCases);
        meetings = List.copyOf(meetings);
        healthExams = List.copyOf(healthExams);
    }

    /**
     * A history without meetings or health exams.
     *
     * @param child       the child
     * @param episodes    its removal episodes
     * @param placements  the placements of all its episodes
     * @param reports     its rows of reports.csv
     * @param contacts    its caseworker contacts
     * @param assignments its case's assignments to workers
     * @param inHomeCases its rows of in_home_cases.csv
     * @throws NullPointerException if an argument, or an element of a list, is null
     */
    public ChildHistory(Child child, List<Episode> episodes, List<Placement> placements,
                        List<MaltreatmentReport> reports, List<Contact> contacts, List<Assignment> assignments,
                        List<InHomeCase> inHomeCases) {
        this(child, episodes, placements, reports, contacts, assignments, inHomeCases, List.of(), List.of());
    }

    /**
     * A history without in-home services, meetings or health exams.
     *
     * @param child       the child
     * @param episodes    its removal episodes
     * @param placements  the placements of all its episodes
     * @param reports     its rows of reports.csv
     * @param contacts    its caseworker contacts
     * @param assignments its case's assignments to workers
     * @throws NullPointerException if an argument, or an element of a list, is null
     */
    public ChildHistory(Child child, List<Episode> episodes, List<Placement> placements,
                        List<MaltreatmentReport> reports, List<Contact> contacts, List<Assignment> assignments) {
        this(child, episodes, placements, reports, contacts, assignments, List.of(), List.of(), List.of());
    }

    /**
     * The placements of one episode.
     *
     * @param episode one of {@link #episodes()} (matched by id)
     * @return its placements in start-date order; empty when it has none, or is not this child's
     */
    public List<Placement> placementsOf(Episode episode) {
        return placements.stream().filter(p -> p.episodeId().equals(episode.id())).toList();
    }
}
