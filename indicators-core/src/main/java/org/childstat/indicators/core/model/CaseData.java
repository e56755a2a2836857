package org.childstat.indicators.core.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.childstat.indicators.core.internal.CaseStore;
import org.childstat.indicators.core.internal.Dates;
import org.childstat.indicators.core.internal.StoreAccess;
import org.childstat.indicators.core.io.DataQualityReport;

/**
 * A whole extract as it was known on its as-of date: the organisation, the workers, and every
 * child's history, checked against the data contract, with the data-quality report of what was
 * set aside. Built by {@link #builder()}, by {@code CaseDataReader}, or by the synthetic county.
 *
 * <p>Inside it is columnar (epoch-day ints, byte codes, children with offset arrays into their
 * events); the records this class returns are made on request, so looping over
 * {@link #histories()} allocates, while the calculation engine reads the columns directly.
 * Equality is by content: the as-of date, which optional files were present, the organisation,
 * the worker spells and every child's history (in-home case rows, meetings and health exams
 * included), in order; the data-quality report is not part of
 * it. Immutable and thread-safe.
 */
public final class CaseData {
    static {
        StoreAccess.register(d -> d.store, CaseData::new);
    }

    private final CaseStore store;
    private final DataQualityReport dataQuality;
    private volatile Map<String, Integer> childIndex;

    private CaseData(CaseStore store, DataQualityReport dataQuality) {
        this.store = Objects.requireNonNull(store, "store");
        this.dataQuality = Objects.requireNonNull(dataQuality, "dataQuality");
    }

    /**
     * A builder for a small extract stated in code, e.g. one child's history in a test.
     *
     * @return a new, empty builder
     */
    public static CaseDataBuilder builder() {
        return new CaseDataBuilder();
    }

    /**
     * The extract's as-of date: nothing after it exists for any indicator.
     *
     * @return the as-of date
     */
    public LocalDate asOf() {
        return LocalDate.ofEpochDay(store.asOf);
    }

    /**
     * Whether the extract has reports.
     *
     * @return true when {@code reports.csv} was present (even with no rows); false when it was
     *         absent, and the indicators that need it (maltreatment in care, recurrence,
     *         timeliness) are {@code NO_DATA}
     */
    public boolean hasReports() {
        return store.hasReports;
    }

    /**
     * Whether the extract has caseworker contacts.
     *
     * @return true when {@code contacts.csv} was present (even with no rows); false when it was
     *         absent, and monthly caseworker visits are {@code NO_DATA}
     */
    public boolean hasContacts() {
        return store.hasContacts;
    }

    /**
     * Whether the extract has in-home services cases.
     *
     * @return true when {@code in_home_cases.csv} was present (even with no rows); false when it
     *         was absent, and the in-home indicators are {@code NO_DATA}
     */
    public boolean hasInHomeCases() {
        return store.hasInHome;
    }

    /**
     * Whether the extract has meetings (Team Decision Making and others).
     *
     * @return true when {@code meetings.csv} was present (even with no rows); false when it was
     *         absent, and the indicators that need it are {@code NO_DATA}
     */
    public boolean hasMeetings() {
        return store.hasMeetings;
    }

    /**
     * Whether the extract has health exams.
     *
     * @return true when {@code health_exams.csv} was present (even with no rows); false when it
     *         was absent, and the indicators that need it are {@code NO_DATA}
     */
    public boolean hasHealthExams() {
        return store.hasHealthExams;
    }

    /**
     * The in-home services cases' ids.
     *
     * @return the ids of the cases with at least one kept row of in_home_cases.csv, in order of
     *         each case's first row (lowest line); unmodifiable, empty when the file was absent
     */
    public List<String> caseIds() {
        return List.of(store.caseIds);
    }

    /**
     * The rows of one in-home services case: one per child of the family.
     *
     * @param caseId the case's id, compared exactly
     * @return its kept rows in file order (its first row first); empty when the extract has no
     *         such case
     */
    public List<InHomeCase> inHomeCase(String caseId) {
        Objects.requireNonNull(caseId, "caseId");
        CaseRows index = caseRows();
        Integer k = index.caseIndex().get(caseId);
        if (k == null) {
            return List.of();
        }
        List<InHomeCase> out = new ArrayList<>(index.start()[k + 1] - index.start()[k]);
        for (int j = index.start()[k]; j < index.start()[k + 1]; j++) {
            out.add(inHomeRow(index.rows()[j]));
        }
        return List.copyOf(out);
    }

    /**
     * The rows of in_home_cases.csv grouped by case: case k's rows are {@code rows[start[k]]} to
     * {@code rows[start[k + 1] - 1]}, by line. Built on first use (a case presentation never
     * needs it; case selection asks for thousands of cases), then shared; immutable.
     */
    private record CaseRows(Map<String, Integer> caseIndex, int[] start, int[] rows) {
    }

    private volatile CaseRows caseRows;

    private CaseRows caseRows() {
        CaseRows index = caseRows;
        if (index == null) {
            int cases = store.caseIds.length, n = store.inHomeCase.length;
            int[] start = new int[cases + 1];
            for (int i = 0; i < n; i++) {
                start[store.inHomeCase[i] + 1]++;
            }
            for (int k = 0; k < cases; k++) {
                start[k + 1] += start[k];
            }
            int[] next = java.util.Arrays.copyOf(start, cases);
            Integer[] rows = new Integer[n];
            for (int i = 0; i < n; i++) {
                rows[next[store.inHomeCase[i]]++] = i;
            }
            java.util.Comparator<Integer> byLine = java.util.Comparator.comparingInt(i -> store.inHomeLine[i]);
            for (int k = 0; k < cases; k++) {
                java.util.Arrays.sort(rows, start[k], start[k + 1], byLine);
            }
            Map<String, Integer> ids = new java.util.HashMap<>(cases * 2);
            for (int k = 0; k < cases; k++) {
                ids.putIfAbsent(store.caseIds[k], k);
            }
            index = new CaseRows(Map.copyOf(ids), start, java.util.Arrays.stream(rows).mapToInt(Integer::intValue).toArray());
            caseRows = index;
        }
        return index;
    }

    /**
     * What reading set aside, and why.
     *
     * @return the report behind {@code data-quality.csv}; it has no findings when nothing was
     *         wrong
     */
    public DataQualityReport dataQuality() {
        return dataQuality;
    }

    /**
     * How many children the extract holds.
     *
     * @return the children kept (rows of children.csv not set aside), those without an episode
     *         included
     */
    public int childCount() {
        return store.childCount();
    }

    /**
     * The children's ids.
     *
     * @return the ids in the extract's order (children.csv's, for an extract read from CSV):
     *         index {@code i} is the child of {@link #history(int) history(i)}; unmodifiable
     */
    public List<String> childIds() {
        return List.of(store.childIds);
    }

    /**
     * The history of one child, by position.
     *
     * @param index 0 to {@code childCount() - 1}, as in {@link #childIds()}
     * @return the child's history, made on request
     * @throws IndexOutOfBoundsException if {@code index} is out of range
     */
    public ChildHistory history(int index) {
        Objects.checkIndex(index, store.childCount());
        return new ChildHistory(child(index), episodes(index), placements(index), reports(index), contacts(index),
                assignments(index), inHomeRows(index), meetings(index), healthExams(index));
    }

    /**
     * The history of one child, by id.
     *
     * @param childId the child's id, compared exactly
     * @return its history, or empty when the extract has no such child (or it was set aside)
     */
    public Optional<ChildHistory> history(String childId) {
        Map<String, Integer> index = childIndex;
        if (index == null) {
            index = new HashMap<>(store.childCount() * 2);
            for (int c = 0; c < store.childCount(); c++) {
                index.put(store.childIds[c], c);
            }
            childIndex = index;
        }
        Integer c = index.get(childId);
        return c == null ? Optional.empty() : Optional.of(history(c));
    }

    /**
     * Every child's history.
     *
     * @return the histories in {@link #childIds()} order, each made as the stream reaches it
     */
    public Stream<ChildHistory> histories() {
        return IntStream.range(0, store.childCount()).mapToObj(this::history);
    }

    /**
     * The organisation's units: the org_units.csv rows kept, in file order, as written (control
     * characters replaced). Where the rows disagree ({@code INCONSISTENT_ORG},
     * docs/data-quality.md, Codes) the tree that counts is the first row's: an office's bureau and
     * every name come from the first row that gives them, as the calculation engine and the
     * scorecard's entity table read these rows.
     *
     * @return one unit per kept row, in file order; a new list on every call
     */
    public List<OrgUnit> orgUnits() {
        List<OrgUnit> out = new ArrayList<>(store.unitIds.length);
        for (int u = 0; u < store.unitIds.length; u++) {
            out.add(new OrgUnit(store.unitIds[u], store.unitNames[u], store.officeIds[store.unitOffice[u]],
                    store.unitOfficeNameAsWritten[u], store.bureauIds[store.unitBureauAsWritten[u]],
                    store.unitBureauNameAsWritten[u]));
        }
        return out;
    }

    /**
     * The workers' spells in units: the kept rows of workers.csv, end dates after the as-of date
     * read as open.
     *
     * @return the spells grouped by worker (in order of each worker's first kept row), each
     *         worker's in file order; a new list on every call
     */
    public List<WorkerSpell> workerSpells() {
        List<WorkerSpell> out = new ArrayList<>(store.spellUnit.length);
        for (int w = 0; w < store.workerIds.length; w++) {
            for (int s = store.workerSpells[w]; s < store.workerSpells[w + 1]; s++) {
                out.add(new WorkerSpell(store.workerIds[w], store.workerNames[w], store.unitIds[store.spellUnit[s]],
                        Dates.toDate(store.spellStart[s]), Dates.toDate(store.spellEnd[s])));
            }
        }
        return out;
    }

    /**
     * How many removal episodes the extract holds.
     *
     * @return the episodes kept, of all children
     */
    public int episodeCount() {
        return store.episodeIds.length;
    }

    private Child child(int c) {
        byte sex = store.childSex[c];
        int group = store.childSiblingGroup[c];
        return new Child(store.childIds[c], Dates.toDate(store.childBirth[c]), sex == 0 ? null : Sex.values()[sex - 1],
                store.childRace[c], group < 0 ? null : store.siblingGroupIds[group]);
    }

    private List<Episode> episodes(int c) {
        List<Episode> out = new ArrayList<>();
        for (int e = store.childEpisodes[c]; e < store.childEpisodes[c + 1]; e++) {
            byte reason = store.episodeReason[e];
            out.add(new Episode(store.episodeIds[e], store.childIds[c], Dates.toDate(store.episodeRemoval[e]),
                    Dates.toDate(store.episodeDischarge[e]), reason == 0 ? null : DischargeReason.values()[reason - 1]));
        }
        return out;
    }

    private List<Placement> placements(int c) {
        List<Placement> out = new ArrayList<>();
        for (int e = store.childEpisodes[c]; e < store.childEpisodes[c + 1]; e++) {
            for (int p = store.episodePlacements[e]; p < store.episodePlacements[e + 1]; p++) {
                int provider = store.placementProvider[p];
                out.add(new Placement(store.placementIds[p], store.episodeIds[e], Dates.toDate(store.placementStart[p]),
                        Dates.toDate(store.placementEnd[p]), PlacementSetting.values()[store.placementSetting[p] - 1],
                        store.placementTemporary[p], provider < 0 ? null : store.providerIds[provider]));
            }
        }
        return out;
    }

    private List<MaltreatmentReport> reports(int c) {
        List<MaltreatmentReport> out = new ArrayList<>();
        for (int r = store.childReports[c]; r < store.childReports[c + 1]; r++) {
            byte priority = store.reportPriority[r];
            out.add(new MaltreatmentReport(store.reportIds[r], store.childIds[c], Dates.toDate(store.reportDate[r]),
                    Disposition.values()[store.reportDisposition[r] - 1], Dates.toDate(store.reportIncident[r]),
                    store.reportDeath[r], worker(store.reportWorker[r]),
                    priority == 0 ? null : ResponsePriority.values()[priority - 1],
                    Dates.toDateTime(store.reportReceived[r]), Dates.toDateTime(store.reportFirstContact[r]),
                    Dates.toDate(store.reportDispositionDate[r])));
        }
        return out;
    }

    private List<Contact> contacts(int c) {
        List<Contact> out = new ArrayList<>();
        for (int k = store.childContacts[c]; k < store.childContacts[c + 1]; k++) {
            byte inResidence = store.contactInResidence[k];
            out.add(new Contact(store.childIds[c], Dates.toDate(store.contactDate[k]),
                    ContactType.values()[store.contactType[k] - 1], worker(store.contactWorker[k]),
                    inResidence == 0 ? null : inResidence == 1));
        }
        return out;
    }

    private List<Assignment> assignments(int c) {
        List<Assignment> out = new ArrayList<>();
        for (int a = store.childAssignments[c]; a < store.childAssignments[c + 1]; a++) {
            out.add(new Assignment(store.childIds[c], store.workerIds[store.assignmentWorker[a]],
                    Dates.toDate(store.assignmentStart[a]), Dates.toDate(store.assignmentEnd[a])));
        }
        return out;
    }

    private List<InHomeCase> inHomeRows(int c) {
        List<InHomeCase> out = new ArrayList<>();
        for (int i = store.childInHome[c]; i < store.childInHome[c + 1]; i++) {
            out.add(inHomeRow(i));
        }
        return out;
    }

    private InHomeCase inHomeRow(int i) {
        return new InHomeCase(store.caseIds[store.inHomeCase[i]], store.childIds[store.inHomeChild[i]],
                Dates.toDate(store.inHomeOpen[i]), Dates.toDate(store.inHomeClose[i]));
    }

    private List<Meeting> meetings(int c) {
        List<Meeting> out = new ArrayList<>();
        for (int m = store.childMeetings[c]; m < store.childMeetings[c + 1]; m++) {
            out.add(new Meeting(store.meetingIds[m], store.childIds[c], Dates.toDate(store.meetingDate[m]),
                    MeetingType.values()[store.meetingType[m] - 1], worker(store.meetingWorker[m])));
        }
        return out;
    }

    private List<HealthExam> healthExams(int c) {
        List<HealthExam> out = new ArrayList<>();
        for (int x = store.childExams[c]; x < store.childExams[c + 1]; x++) {
            out.add(new HealthExam(store.childIds[c], Dates.toDate(store.examDate[x]),
                    ExamType.values()[store.examType[x] - 1]));
        }
        return out;
    }

    private String worker(int w) {
        return w < 0 ? null : store.workerIds[w];
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CaseData other)) {
            return false;
        }
        if (store.asOf != other.store.asOf || store.hasReports != other.store.hasReports
                || store.hasContacts != other.store.hasContacts || store.hasInHome != other.store.hasInHome
                || store.hasMeetings != other.store.hasMeetings || store.hasHealthExams != other.store.hasHealthExams
                || childCount() != other.childCount()
                || !Arrays.equals(store.childIds, other.store.childIds)
                || !orgUnits().equals(other.orgUnits()) || !workerSpells().equals(other.workerSpells())) {
            return false;
        }
        for (int c = 0; c < childCount(); c++) {
            if (!history(c).equals(other.history(c))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash(store.asOf, Arrays.hashCode(store.childIds), store.episodeIds.length,
                store.placementIds.length, store.reportIds.length);
    }

    @Override
    public String toString() {
        return "CaseData[asOf=" + asOf() + ", children=" + childCount() + ", episodes=" + store.episodeIds.length
                + ", placements=" + store.placementIds.length + ", reports="
                + (store.hasReports ? String.valueOf(store.reportIds.length) : "absent") + ", contacts="
                + (store.hasContacts ? String.valueOf(store.contactDate.length) : "absent") + ", assignments="
                + store.assignmentWorker.length + ", inHomeCases="
                + (store.hasInHome ? String.valueOf(store.caseIds.length) : "absent") + ", meetings="
                + (store.hasMeetings ? String.valueOf(store.meetingDate.length) : "absent") + ", healthExams="
                + (store.hasHealthExams ? String.valueOf(store.examDate.length) : "absent") + ", units="
                + store.unitIds.length + ", workers="
                + store.workerIds.length + ", rowsSetAside=" + dataQuality.rowsSetAside() + "]";
    }
}
