package org.childstat.indicators.scorecard.present;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.ChildHistory;
import org.childstat.indicators.core.model.InHomeCase;
import org.childstat.indicators.core.model.Sex;

/**
 * The case presentation of a Stat meeting (docs/in-home.md, The case presentation; {@code
 * childstat present}): the family, the dated timeline with its decision points, and each child's
 * counts beside its office's and the county's values. Of one in-home services case (New Jersey's
 * ChildStat presents families served at home whose case has been open 18 months or longer), or of
 * one child's history. With an earlier extract it is the case and practice update: what happened
 * after that extract's as-of date is marked new, and each count is shown on both dates.
 *
 * <pre>{@code
 * CasePresentation p = CasePresentation.ofCase(data, "CASE1");
 * Files.writeString(Path.of("CASE1.html"), p.html());
 * CasePresentation update = CasePresentation.ofCase(data, "CASE1", CaseDataReader.read(folder, sixMonthsAgo));
 * }</pre>
 * Only ids, dates and codes appear in it (the data contract has no names); the page says that it
 * is for internal case review. Immutable.
 *
 * @param subject    a case or a child
 * @param id         the case or child id
 * @param asOf       the as-of date of the extract
 * @param since      the update's date (the earlier extract's as-of date), or null
 * @param caseOpen   the case's open date (the earliest of its rows); null for a child's presentation
 * @param caseClose  the case's close date (the latest of its rows, when all are closed); null when it is open, or
 *                   for a child's presentation
 * @param family     the children: of the case's rows, its first row first; or the one child
 * @param timeline   the dated entries, oldest first
 * @param quantities each child's counts, child by child
 */
public record CasePresentation(Subject subject, String id, LocalDate asOf, LocalDate since, LocalDate caseOpen,
                               LocalDate caseClose, List<Member> family, List<Event> timeline,
                               List<Quantity> quantities) {
    /**
     * Checks the components and copies the lists.
     *
     * @param subject    a case or a child
     * @param id         the id
     * @param asOf       the as-of date
     * @param since      the update's date, or null
     * @param caseOpen   the case's open date, or null
     * @param caseClose  the case's close date, or null
     * @param family     the children
     * @param timeline   the entries
     * @param quantities the counts
     * @throws NullPointerException if {@code subject}, {@code id}, {@code asOf} or a list is null
     */
    public CasePresentation {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(asOf, "asOf");
        family = List.copyOf(family);
        timeline = List.copyOf(timeline);
        quantities = List.copyOf(quantities);
    }

    /** What the presentation is of. */
    public enum Subject {
        /** An in-home services case ({@code --case}). */
        CASE,
        /** One child's history ({@code --child}). */
        CHILD
    }

    /**
     * A child of the family.
     *
     * @param childId the child
     * @param age     its age in whole years on the as-of date
     * @param sex     its sex code, or null when not recorded
     */
    public record Member(String childId, int age, Sex sex) {
        /**
         * Checks the components.
         *
         * @param childId the child
         * @param age     its age in years
         * @param sex     its sex, or null
         * @throws NullPointerException if {@code childId} is null
         */
        public Member {
            Objects.requireNonNull(childId, "childId");
        }
    }

    /**
     * The presentation of an in-home services case as known on the extract's as-of date.
     *
     * @param data   the extract
     * @param caseId the case
     * @return the presentation of the case's children
     * @throws IllegalArgumentException if the extract has no such case (or no in_home_cases.csv)
     */
    public static CasePresentation ofCase(CaseData data, String caseId) {
        return ofCase(data, caseId, null);
    }

    /**
     * The case and practice update of an in-home services case: as {@link #ofCase(CaseData,
     * String)}, with what happened after {@code before}'s as-of date marked new and each count
     * also as known then.
     *
     * @param data   the extract
     * @param caseId the case
     * @param before the same extract read as of the earlier date, or null for no update
     * @return the presentation
     * @throws IllegalArgumentException if the extract has no such case, or {@code before} is not earlier
     */
    public static CasePresentation ofCase(CaseData data, String caseId, CaseData before) {
        List<InHomeCase> rows = data.inHomeCase(caseId);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(data.hasInHomeCases() ? "no in-home case " + caseId + " in the extract"
                    : "the extract has no in_home_cases.csv");
        }
        Set<String> children = new LinkedHashSet<>();
        rows.forEach(r -> children.add(r.childId()));
        LocalDate open = rows.stream().map(InHomeCase::openDate).min(LocalDate::compareTo).orElseThrow();
        LocalDate close = rows.stream().anyMatch(r -> r.closeDate() == null) ? null
                : rows.stream().map(InHomeCase::closeDate).max(LocalDate::compareTo).orElseThrow();
        return of(Subject.CASE, caseId, open, close, data, before, List.copyOf(children));
    }

    /**
     * The presentation of one child's history as known on the extract's as-of date.
     *
     * @param data    the extract
     * @param childId the child
     * @return the presentation
     * @throws IllegalArgumentException if the extract has no such child
     */
    public static CasePresentation ofChild(CaseData data, String childId) {
        return ofChild(data, childId, null);
    }

    /**
     * The update of one child's history: as {@link #ofChild(CaseData, String)}, with what happened
     * after {@code before}'s as-of date marked new and each count also as known then.
     *
     * @param data    the extract
     * @param childId the child
     * @param before  the same extract read as of the earlier date, or null for no update
     * @return the presentation
     * @throws IllegalArgumentException if the extract has no such child, or {@code before} is not earlier
     */
    public static CasePresentation ofChild(CaseData data, String childId, CaseData before) {
        if (data.history(childId).isEmpty()) {
            throw new IllegalArgumentException("no child " + childId + " in the extract");
        }
        return of(Subject.CHILD, childId, null, null, data, before, List.of(childId));
    }

    private static CasePresentation of(Subject subject, String id, LocalDate open, LocalDate close, CaseData data,
                                       CaseData before, List<String> children) {
        if (before != null && !before.asOf().isBefore(data.asOf())) {
            throw new IllegalArgumentException("the update's date " + before.asOf() + " is not before the as-of date "
                    + data.asOf());
        }
        List<ChildHistory> histories = new ArrayList<>();
        List<Member> family = new ArrayList<>();
        for (String c : children) {
            ChildHistory h = data.history(c).orElseThrow();
            histories.add(h);
            int age = h.child().birthDate().isAfter(data.asOf()) ? 0
                    : Period.between(h.child().birthDate(), data.asOf()).getYears();
            family.add(new Member(c, age, h.child().sex()));
        }
        LocalDate since = before == null ? null : before.asOf();
        return new CasePresentation(subject, id, data.asOf(), since, open, close, family, Timeline.of(data, histories, since),
                Quantities.of(data, before, children));
    }

    /**
     * The presentation as one self-contained HTML page (no script, no request for anything
     * else), every id and code escaped.
     *
     * @return the page
     */
    public String html() {
        return PresentationPage.of(this);
    }

    /**
     * The same content as JSON, for other systems (docs/in-home.md, The case presentation).
     *
     * @return one JSON object
     */
    public String json() {
        return PresentationJson.of(this);
    }

    @Override
    public String toString() {
        return "CasePresentation[" + subject + " " + id + " as of " + asOf + (since == null ? "" : ", update since "
                + since) + ": " + family.size() + (family.size() == 1 ? " child, " : " children, ") + timeline.size()
                + " timeline entries (" + timeline.stream().filter(Event::decisionPoint).count()
                + " decision points), " + quantities.size() + " counts]";
    }
}
