package org.childstat.indicators.core.model;

import static org.childstat.indicators.core.internal.Col.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.childstat.indicators.core.internal.Assembler;
import org.childstat.indicators.core.internal.Dates;
import org.childstat.indicators.core.internal.Ledger;
import org.childstat.indicators.core.internal.StagedTable;
import org.childstat.indicators.core.internal.Staging;
import org.childstat.indicators.core.internal.StoreAccess;
import org.childstat.indicators.core.io.ContractFile;
import org.childstat.indicators.core.io.DateBounds;
import org.childstat.indicators.core.io.FindingCode;

/**
 * Builds a {@link CaseData} from code: whole records with {@code add(...)}, or a child's history
 * in a few lines with {@link #child(String)}:
 *
 * <pre>{@code
 * CaseData data = CaseData.builder().asOf("2024-06-30")
 *     .child("C1").born("2015-03-01")
 *         .removed("2023-01-10").placed(PlacementSetting.RELATIVE_FOSTER_HOME).until("2023-05-01")
 *         .placed(PlacementSetting.TRIAL_HOME_VISIT).discharged("2023-08-15", DischargeReason.REUNIFICATION)
 *         .assignedTo("W1")
 *     .build();
 * }</pre>
 *
 * <p>A family served at home is stated child by child with the same case id; {@code until} ends
 * whichever spell was stated last, the placement or the in-home row:
 *
 * <pre>{@code
 * CaseData data = CaseData.builder().asOf("2024-12-31")
 *     .child("A").born("2016-05-01").siblingGroup("F1").servedInHome("CASE1", "2023-01-10").until("2024-08-01")
 *     .child("B").born("2019-02-11").siblingGroup("F1").servedInHome("CASE1", "2023-01-10")
 *         .removed("2023-09-04").placed(PlacementSetting.RELATIVE_FOSTER_HOME)
 *     .build();
 * }</pre>
 *
 * <p>Meetings and health exams belong to the child, one line each ({@code tdm} makes a Team
 * Decision Making meeting with id {@code <child>-M<n>}):
 *
 * <pre>{@code
 * CaseData data = CaseData.builder().asOf("2024-12-31")
 *     .child("A").born("2016-05-01").tdm("2024-03-01").removed("2024-03-02").placed(PlacementSetting.GROUP_HOME)
 *         .exam("2024-03-20", ExamType.MEDICAL).meeting("M7", "2024-06-01", MeetingType.OTHER)
 *     .build();
 * }</pre>
 *
 * <p>The data go through exactly the checks of the CSV reader (docs/data-quality.md), so a test can
 * state broken data too and read the findings from {@link CaseData#dataQuality()}; a finding's
 * line is the row's position among the rows of its file, plus one (as if after a header). A date
 * outside the years 1900 to 2199 ({@link org.childstat.indicators.core.io.DateBounds}) sets its
 * row aside as {@code BAD_DATE}, as in a file; an as-of date outside them is refused.
 *
 * <p>Conveniences, all documented here: a worker named (by {@code assignedTo} or
 * {@link #worker(String, String)}) but never given a spell gets one from 1900-01-01, open, in its
 * unit or, when none is named, in unit {@code UNIT}; a unit named but never declared is created in
 * office {@code OFFICE} of bureau {@code BUREAU}. Ids of episodes and placements are made from the
 * child's id ({@code C1-E1}, {@code C1-E1-P1}) unless given. The optional files count as present
 * (with no rows) unless {@link #withoutReports()}, {@link #withoutContacts()},
 * {@link #withoutInHomeCases()}, {@link #withoutMeetings()} or {@link #withoutHealthExams()} is
 * called. Not thread-safe.
 */
public final class CaseDataBuilder {
    /** Start of spells the builder makes for workers named without one. */
    public static final LocalDate ALWAYS = LocalDate.of(1900, 1, 1);

    private LocalDate asOf;
    private final Staging staging = new Staging();
    private final Ledger ledger = new Ledger();
    private final Set<String> declaredUnits = new HashSet<>();
    private final Set<String> namedUnits = new LinkedHashSet<>();
    private final Set<String> workersWithSpells = new HashSet<>();
    private final Set<String> namedWorkers = new LinkedHashSet<>();
    private ChildBuilder open;

    CaseDataBuilder() {
    }

    /**
     * The as-of (extract) date. Required; a second call replaces the first.
     *
     * @param date the as-of date
     * @return this builder
     * @throws NullPointerException     if {@code date} is null
     * @throws IllegalArgumentException if it is outside {@link DateBounds} (years 1900 to 2199)
     */
    public CaseDataBuilder asOf(LocalDate date) {
        this.asOf = DateBounds.check(Objects.requireNonNull(date, "asOf"), "asOf");
        return this;
    }

    /**
     * The as-of date, as text.
     *
     * @param date the as-of date, ISO {@code yyyy-MM-dd}
     * @return this builder
     * @throws java.time.format.DateTimeParseException if {@code date} is not such a date
     * @throws IllegalArgumentException if it is outside {@link DateBounds}
     */
    public CaseDataBuilder asOf(String date) {
        return asOf(LocalDate.parse(date));
    }

    /**
     * Marks {@code reports.csv} absent: the indicators that need it (maltreatment in care,
     * recurrence, timeliness) report {@code NO_DATA}. {@link #build()} then refuses report rows.
     *
     * @return this builder
     */
    public CaseDataBuilder withoutReports() {
        staging.markAbsent(ContractFile.REPORTS);
        return this;
    }

    /**
     * Marks {@code contacts.csv} absent: monthly caseworker visits report {@code NO_DATA}.
     * {@link #build()} then refuses contact rows.
     *
     * @return this builder
     */
    public CaseDataBuilder withoutContacts() {
        staging.markAbsent(ContractFile.CONTACTS);
        return this;
    }

    /**
     * Marks {@code in_home_cases.csv} absent: the in-home indicators report {@code NO_DATA}.
     * {@link #build()} then refuses in-home rows.
     *
     * @return this builder
     */
    public CaseDataBuilder withoutInHomeCases() {
        staging.markAbsent(ContractFile.IN_HOME_CASES);
        return this;
    }

    /**
     * Marks {@code meetings.csv} absent: the indicators that need it (Team Decision Making)
     * report {@code NO_DATA}. {@link #build()} then refuses meeting rows.
     *
     * @return this builder
     */
    public CaseDataBuilder withoutMeetings() {
        staging.markAbsent(ContractFile.MEETINGS);
        return this;
    }

    /**
     * Marks {@code health_exams.csv} absent: the indicators that need it (health exams) report
     * {@code NO_DATA}. {@link #build()} then refuses exam rows.
     *
     * @return this builder
     */
    public CaseDataBuilder withoutHealthExams() {
        staging.markAbsent(ContractFile.HEALTH_EXAMS);
        return this;
    }

    /**
     * A unit in an office in a bureau, without names: a row of org_units.csv.
     *
     * @param unitId   the unit
     * @param officeId its office
     * @param bureauId the office's bureau
     * @return this builder
     * @throws NullPointerException     if an id is null
     * @throws IllegalArgumentException if an id is not valid ({@link Ids#isValid})
     */
    public CaseDataBuilder unit(String unitId, String officeId, String bureauId) {
        return add(new OrgUnit(unitId, null, officeId, null, bureauId, null));
    }

    /**
     * A worker in a unit from {@link #ALWAYS}, open, without a name: a row of workers.csv.
     *
     * @param workerId the worker
     * @param unitId   its unit (created in office {@code OFFICE} of bureau {@code BUREAU} when
     *                 never declared)
     * @return this builder
     * @throws NullPointerException     if an id is null
     * @throws IllegalArgumentException if an id is not valid ({@link Ids#isValid})
     */
    public CaseDataBuilder worker(String workerId, String unitId) {
        return add(new WorkerSpell(workerId, null, unitId, ALWAYS, null));
    }

    /**
     * A worker's spell in a unit, without a name: a row of workers.csv. A worker who moves has
     * several.
     *
     * @param workerId the worker
     * @param unitId   the unit (created in office {@code OFFICE} of bureau {@code BUREAU} when
     *                 never declared)
     * @param from     the spell's first day
     * @param to       its last day (inclusive), or null while it lasts
     * @return this builder
     * @throws NullPointerException     if an id or {@code from} is null
     * @throws IllegalArgumentException if an id is not valid ({@link Ids#isValid})
     */
    public CaseDataBuilder worker(String workerId, String unitId, LocalDate from, LocalDate to) {
        return add(new WorkerSpell(workerId, null, unitId, from, to));
    }

    /**
     * Starts the history of a child, finishing the one being stated (if any); see
     * {@link ChildBuilder}. Each call adds a child: the same id twice is {@code DUPLICATE_ID}.
     *
     * @param childId the child's id
     * @return the child's builder
     * @throws NullPointerException     if {@code childId} is null
     * @throws IllegalArgumentException if {@code childId} is not valid ({@link Ids#isValid})
     * @throws IllegalStateException    if the child being stated has no birth date
     */
    public ChildBuilder child(String childId) {
        finishChild();
        open = new ChildBuilder(this, childId);
        return open;
    }

    /**
     * Adds a row of {@code org_units.csv}, checked at {@link #build()} as the reader checks the file.
     *
     * @param u the unit, office and bureau
     * @return this builder
     * @throws NullPointerException if {@code u} is null
     */
    public CaseDataBuilder add(OrgUnit u) {
        int r = row(ContractFile.ORG_UNITS);
        staging.table(ContractFile.ORG_UNITS).set(OU_UNIT, r, u.unitId()).set(OU_UNIT_NAME, r, u.unitName())
                .set(OU_OFFICE, r, u.officeId()).set(OU_OFFICE_NAME, r, u.officeName())
                .set(OU_BUREAU, r, u.bureauId()).set(OU_BUREAU_NAME, r, u.bureauName());
        declaredUnits.add(u.unitId());
        return this;
    }

    /**
     * Adds a row of {@code workers.csv}, checked at {@link #build()} as the reader checks the file.
     *
     * @param w the spell; its unit is created in office {@code OFFICE} of bureau {@code BUREAU}
     *          when never declared
     * @return this builder
     * @throws NullPointerException if {@code w} is null
     */
    public CaseDataBuilder add(WorkerSpell w) {
        int r = row(ContractFile.WORKERS);
        staging.table(ContractFile.WORKERS).set(WK_WORKER, r, w.workerId()).set(WK_NAME, r, w.workerName())
                .set(WK_UNIT, r, w.unitId())
                .set(WK_START, r, bounded(ContractFile.WORKERS, r, "start_date", w.startDate()))
                .set(WK_END, r, bounded(ContractFile.WORKERS, r, "end_date", w.endDate()));
        workersWithSpells.add(w.workerId());
        namedUnits.add(w.unitId());
        return this;
    }

    /**
     * Adds a row of {@code children.csv}, checked at {@link #build()} as the reader checks the file.
     *
     * @param c the child
     * @return this builder
     * @throws NullPointerException if {@code c} is null
     */
    public CaseDataBuilder add(Child c) {
        int r = row(ContractFile.CHILDREN);
        staging.table(ContractFile.CHILDREN).set(CH_ID, r, c.id())
                .set(CH_BIRTH, r, bounded(ContractFile.CHILDREN, r, "birth_date", c.birthDate()))
                .set(CH_SEX, r, c.sex() == null ? 0 : c.sex().ordinal() + 1).set(CH_RACE, r, c.raceEthnicity())
                .set(CH_SIBLINGS, r, c.siblingGroupId());
        return this;
    }

    /**
     * Adds a row of {@code episodes.csv}, checked at {@link #build()} as the reader checks the file.
     *
     * @param e the episode
     * @return this builder
     * @throws NullPointerException if {@code e} is null
     */
    public CaseDataBuilder add(Episode e) {
        int r = row(ContractFile.EPISODES);
        staging.table(ContractFile.EPISODES).set(EP_ID, r, e.id()).set(EP_CHILD, r, e.childId())
                .set(EP_REMOVAL, r, bounded(ContractFile.EPISODES, r, "removal_date", e.removalDate()))
                .set(EP_DISCHARGE, r, bounded(ContractFile.EPISODES, r, "discharge_date", e.dischargeDate()))
                .set(EP_REASON, r, e.dischargeReason() == null ? 0 : e.dischargeReason().ordinal() + 1);
        return this;
    }

    /**
     * Adds a row of {@code placements.csv}, checked at {@link #build()} as the reader checks the file.
     *
     * @param p the placement spell
     * @return this builder
     * @throws NullPointerException if {@code p} is null
     */
    public CaseDataBuilder add(Placement p) {
        int r = row(ContractFile.PLACEMENTS);
        staging.table(ContractFile.PLACEMENTS).set(PL_ID, r, p.id()).set(PL_EPISODE, r, p.episodeId())
                .set(PL_START, r, bounded(ContractFile.PLACEMENTS, r, "start_date", p.startDate()))
                .set(PL_END, r, bounded(ContractFile.PLACEMENTS, r, "end_date", p.endDate()))
                .set(PL_SETTING, r, p.setting().ordinal() + 1).set(PL_TEMPORARY, r, p.temporary() ? YES : NO)
                .set(PL_PROVIDER, r, p.providerId());
        return this;
    }

    /**
     * Adds a row of {@code reports.csv}, checked at {@link #build()} as the reader checks the file.
     *
     * @param m the report row; a worker it names without a spell gets one (class comment)
     * @return this builder
     * @throws NullPointerException if {@code m} is null
     */
    public CaseDataBuilder add(MaltreatmentReport m) {
        int r = row(ContractFile.REPORTS);
        staging.table(ContractFile.REPORTS).set(RP_ID, r, m.reportId()).set(RP_CHILD, r, m.childId())
                .set(RP_DATE, r, bounded(ContractFile.REPORTS, r, "report_date", m.reportDate()))
                .set(RP_DISPOSITION, r, m.disposition().ordinal() + 1)
                .set(RP_INCIDENT, r, bounded(ContractFile.REPORTS, r, "incident_date", m.incidentDate()))
                .set(RP_DEATH, r, m.maltreatmentDeath() ? YES : NO)
                .set(RP_WORKER, r, m.workerId())
                .set(RP_PRIORITY, r, m.responsePriority() == null ? 0 : m.responsePriority().ordinal() + 1)
                .set(RP_RECEIVED, r, bounded(ContractFile.REPORTS, r, "received_at", m.receivedAt()))
                .set(RP_FIRST_CONTACT, r, bounded(ContractFile.REPORTS, r, "first_contact_at", m.firstContactAt()))
                .set(RP_DISPOSITION_DATE, r, bounded(ContractFile.REPORTS, r, "disposition_date", m.dispositionDate()));
        if (m.workerId() != null) {
            namedWorkers.add(m.workerId());
        }
        return this;
    }

    /**
     * Adds a row of {@code contacts.csv}, checked at {@link #build()} as the reader checks the file.
     *
     * @param c the contact; a worker it names without a spell gets one (class comment)
     * @return this builder
     * @throws NullPointerException if {@code c} is null
     */
    public CaseDataBuilder add(Contact c) {
        int r = row(ContractFile.CONTACTS);
        staging.table(ContractFile.CONTACTS).set(CT_CHILD, r, c.childId())
                .set(CT_DATE, r, bounded(ContractFile.CONTACTS, r, "contact_date", c.contactDate()))
                .set(CT_TYPE, r, c.contactType().ordinal() + 1).set(CT_WORKER, r, c.workerId())
                .set(CT_IN_RESIDENCE, r, c.inResidence() == null ? 0 : c.inResidence() ? YES : NO);
        if (c.workerId() != null) {
            namedWorkers.add(c.workerId());
        }
        return this;
    }

    /**
     * Adds a row of {@code assignments.csv}, checked at {@link #build()} as the reader checks the file.
     *
     * @param a the assignment; its worker gets a spell when it has none (class comment)
     * @return this builder
     * @throws NullPointerException if {@code a} is null
     */
    public CaseDataBuilder add(Assignment a) {
        int r = row(ContractFile.ASSIGNMENTS);
        staging.table(ContractFile.ASSIGNMENTS).set(AS_CHILD, r, a.childId()).set(AS_WORKER, r, a.workerId())
                .set(AS_START, r, bounded(ContractFile.ASSIGNMENTS, r, "start_date", a.startDate()))
                .set(AS_END, r, bounded(ContractFile.ASSIGNMENTS, r, "end_date", a.endDate()));
        namedWorkers.add(a.workerId());
        return this;
    }

    /**
     * Adds a row of {@code in_home_cases.csv}, checked at {@link #build()} as the reader checks the
     * file.
     *
     * @param row one child of an in-home services case
     * @return this builder
     * @throws NullPointerException if {@code row} is null
     */
    public CaseDataBuilder add(InHomeCase row) {
        int r = row(ContractFile.IN_HOME_CASES);
        staging.table(ContractFile.IN_HOME_CASES).set(IH_CASE, r, row.caseId()).set(IH_CHILD, r, row.childId())
                .set(IH_OPEN, r, bounded(ContractFile.IN_HOME_CASES, r, "open_date", row.openDate()))
                .set(IH_CLOSE, r, bounded(ContractFile.IN_HOME_CASES, r, "close_date", row.closeDate()));
        return this;
    }

    /**
     * Adds a row of {@code meetings.csv}, checked at {@link #build()} as the reader checks the file.
     *
     * @param m one child discussed at one meeting; a worker it names without a spell gets one
     *          (class comment)
     * @return this builder
     * @throws NullPointerException if {@code m} is null
     */
    public CaseDataBuilder add(Meeting m) {
        int r = row(ContractFile.MEETINGS);
        staging.table(ContractFile.MEETINGS).set(MT_ID, r, m.meetingId()).set(MT_CHILD, r, m.childId())
                .set(MT_DATE, r, bounded(ContractFile.MEETINGS, r, "meeting_date", m.date()))
                .set(MT_TYPE, r, m.type().ordinal() + 1).set(MT_WORKER, r, m.workerId());
        if (m.workerId() != null) {
            namedWorkers.add(m.workerId());
        }
        return this;
    }

    /**
     * Adds a row of {@code health_exams.csv}, checked at {@link #build()} as the reader checks the
     * file.
     *
     * @param x one exam or mental-health screening of a child
     * @return this builder
     * @throws NullPointerException if {@code x} is null
     */
    public CaseDataBuilder add(HealthExam x) {
        int r = row(ContractFile.HEALTH_EXAMS);
        staging.table(ContractFile.HEALTH_EXAMS).set(HE_CHILD, r, x.childId())
                .set(HE_DATE, r, bounded(ContractFile.HEALTH_EXAMS, r, "exam_date", x.date()))
                .set(HE_TYPE, r, x.type().ordinal() + 1);
        return this;
    }

    /**
     * Finishes the child being stated, adds the worker spells and units the class comment
     * promises, checks everything as the CSV reader would and returns the extract.
     *
     * @return the extract; rows that break the contract are set aside and listed in its
     *         {@link CaseData#dataQuality()}
     * @throws IllegalStateException if no as-of date was given, a child has no birth date, or
     *                               a file marked absent has rows
     */
    public CaseData build() {
        if (asOf == null) {
            throw new IllegalStateException("asOf is required: the library never reads the clock");
        }
        finishChild();
        for (ContractFile f : List.of(ContractFile.REPORTS, ContractFile.CONTACTS, ContractFile.IN_HOME_CASES,
                ContractFile.MEETINGS, ContractFile.HEALTH_EXAMS)) {
            if (!staging.isPresent(f) && staging.table(f).size() > 0) {
                throw new IllegalStateException(f.fileName() + " was marked absent but has " + staging.table(f).size()
                        + " rows");
            }
        }
        for (String w : namedWorkers) {
            if (!workersWithSpells.contains(w)) {
                worker(w, "UNIT");
            }
        }
        for (String u : namedUnits) {
            if (!declaredUnits.contains(u)) {
                unit(u, "OFFICE", "BUREAU");
            }
        }
        Assembler.Result result = Assembler.assemble(staging, Dates.of(asOf), ledger);
        return StoreAccess.caseData(result.store(), result.report());
    }

    /**
     * A date's epoch day; a date outside {@link DateBounds} sets the row aside as {@code BAD_DATE}
     * (the first such date of the row), as the reader does, and reads as empty.
     */
    private int bounded(ContractFile file, int r, String column, LocalDate date) {
        if (date == null || DateBounds.contains(date)) {
            return Dates.of(date);
        }
        badDate(file, r, column, date.toString());
        return Dates.NONE;
    }

    /** As {@link #bounded(ContractFile, int, String, LocalDate)} for a date-time. */
    private long bounded(ContractFile file, int r, String column, LocalDateTime time) {
        if (time == null || DateBounds.contains(time.toLocalDate())) {
            return Dates.of(time);
        }
        badDate(file, r, column, time.toString());
        return Dates.NO_TIME;
    }

    private void badDate(ContractFile file, int r, String column, String value) {
        StagedTable t = staging.table(file);
        if (t.reason(r) == null) {
            t.setReason(r, FindingCode.BAD_DATE);
            ledger.setAside(file, t.line(r), column, value, FindingCode.BAD_DATE,
                    column + " " + DateBounds.outside(value));
        }
    }

    private int row(ContractFile file) {
        StagedTable t = staging.table(file);
        return t.addRow(t.size() + 2);
    }

    private void finishChild() {
        if (open != null) {
            ChildBuilder c = open;
            open = null;
            c.finish();
        }
    }

    /**
     * One child's history, stated in order: birth, then each removal with its placements and
     * discharge, in-home services, reports, contacts, meetings, health exams and assignments. Dates
     * are {@code yyyy-MM-dd} strings or
     * {@link LocalDate}s. Not thread-safe.
     */
    public static final class ChildBuilder {
        private final CaseDataBuilder parent;
        private final String id;
        private LocalDate birth;
        private Sex sex;
        private String race;
        private String siblingGroup;
        private final List<Episode> episodes = new ArrayList<>();
        private final List<Placement> placements = new ArrayList<>();
        private final List<MaltreatmentReport> reports = new ArrayList<>();
        private final List<Contact> contacts = new ArrayList<>();
        private final List<Assignment> assignments = new ArrayList<>();
        private final List<InHomeCase> inHome = new ArrayList<>();
        private final List<Meeting> meetings = new ArrayList<>();
        private final List<HealthExam> exams = new ArrayList<>();
        private boolean untilEndsInHome;
        private final List<String> assignedThroughout = new ArrayList<>();
        private Episode episode;
        private int placementsInEpisode;
        private Placement spell;

        private ChildBuilder(CaseDataBuilder parent, String id) {
            this.parent = parent;
            this.id = Ids.require(id, "child_id");
        }

        /**
         * The child's birth date. Required.
         *
         * @param date the birth date
         * @return this child's builder
         */
        public ChildBuilder born(LocalDate date) {
            this.birth = date;
            return this;
        }

        /**
         * The child's birth date, as text.
         *
         * @param date the birth date, ISO {@code yyyy-MM-dd}
         * @return this child's builder
         * @throws java.time.format.DateTimeParseException if {@code date} is not such a date
         */
        public ChildBuilder born(String date) {
            return born(LocalDate.parse(date));
        }

        /**
         * The child's sex.
         *
         * @param value the sex, or null for not recorded (the default)
         * @return this child's builder
         */
        public ChildBuilder sex(Sex value) {
            this.sex = value;
            return this;
        }

        /**
         * The child's race/ethnicity.
         *
         * @param code the agency's code, free text, or null for none (the default)
         * @return this child's builder
         */
        public ChildBuilder race(String code) {
            this.race = code;
            return this;
        }

        /**
         * The child's sibling group: children with the same group id are siblings.
         *
         * @param groupId the group's id, or null for none (the default)
         * @return this child's builder
         */
        public ChildBuilder siblingGroup(String groupId) {
            this.siblingGroup = groupId;
            return this;
        }

        /**
         * A new removal episode with id {@code <child>-E<n>}, n counting this child's episodes
         * from 1. An episode not yet discharged stays open, so the new one overlaps it
         * ({@code OVERLAPPING_EPISODES}).
         *
         * @param date the removal date: the first day in care
         * @return this child's builder
         */
        public ChildBuilder removed(LocalDate date) {
            return removed(id + "-E" + (episodes.size() + 1), date);
        }

        /**
         * As {@link #removed(LocalDate)}, the date as text.
         *
         * @param date the removal date, ISO {@code yyyy-MM-dd}
         * @return this child's builder
         * @throws java.time.format.DateTimeParseException if {@code date} is not such a date
         */
        public ChildBuilder removed(String date) {
            return removed(LocalDate.parse(date));
        }

        /**
         * A new removal episode with this id; otherwise as {@link #removed(LocalDate)}.
         *
         * @param episodeId the episode's id
         * @param date      the removal date
         * @return this child's builder
         * @throws NullPointerException     if an argument is null
         * @throws IllegalArgumentException if {@code episodeId} is not valid ({@link Ids#isValid})
         */
        public ChildBuilder removed(String episodeId, LocalDate date) {
            closeSpell(null);
            untilEndsInHome = false;
            episode = new Episode(episodeId, id, date, null, null);
            episodes.add(episode);
            placementsInEpisode = 0;
            return this;
        }

        /**
         * A placement spell in the current episode, open, with id {@code <episode>-P<n>}: from
         * the day after the previous spell's end, or from the removal date for the episode's
         * first spell.
         *
         * @param setting the placement setting
         * @return this child's builder
         * @throws IllegalStateException if there is no current episode (none, or discharged), or
         *                               the previous spell is still open
         */
        public ChildBuilder placed(PlacementSetting setting) {
            requireEpisode();
            LocalDate from;
            if (spell != null && spell.endDate() != null) {
                from = spell.endDate().plusDays(1);
            } else if (spell == null) {
                from = episode.removalDate();
            } else {
                throw new IllegalStateException("the spell from " + spell.startDate()
                        + " is still open: end it with until(date) or give this spell's start date");
            }
            return placed(setting, from);
        }

        /**
         * A placement spell in the current episode from this date, open, with id
         * {@code <episode>-P<n>}; an open previous spell ends the day before.
         *
         * @param setting the placement setting
         * @param from    the spell's first day
         * @return this child's builder
         * @throws IllegalStateException if there is no current episode (none, or discharged)
         * @throws NullPointerException  if an argument is null
         */
        public ChildBuilder placed(PlacementSetting setting, LocalDate from) {
            requireEpisode();
            closeSpell(from.minusDays(1));
            untilEndsInHome = false;
            placementsInEpisode++;
            spell = new Placement(episode.id() + "-P" + placementsInEpisode, episode.id(), from, null, setting, false,
                    null);
            placements.add(spell);
            return this;
        }

        /**
         * As {@link #placed(PlacementSetting, LocalDate)}, the date as text.
         *
         * @param setting the placement setting
         * @param from    the spell's first day, ISO {@code yyyy-MM-dd}
         * @return this child's builder
         * @throws java.time.format.DateTimeParseException if {@code from} is not such a date
         */
        public ChildBuilder placed(PlacementSetting setting, String from) {
            return placed(setting, LocalDate.parse(from));
        }

        /**
         * The provider of the current spell (a change of provider is a placement move).
         *
         * @param providerId the caregiver or facility, or null for not recorded (the default)
         * @return this child's builder
         * @throws IllegalStateException    if there is no current spell (none yet, or the episode
         *                                  was discharged)
         * @throws IllegalArgumentException if {@code providerId} is not valid ({@link Ids#isValid})
         */
        public ChildBuilder provider(String providerId) {
            replaceSpell(new Placement(spell().id(), spell.episodeId(), spell.startDate(), spell.endDate(),
                    spell.setting(), spell.temporary(), providerId));
            return this;
        }

        /**
         * Marks the current spell temporary (respite, hospital): not a placement setting for moves.
         *
         * @return this child's builder
         * @throws IllegalStateException if there is no current spell
         */
        public ChildBuilder temporary() {
            replaceSpell(new Placement(spell().id(), spell.episodeId(), spell.startDate(), spell.endDate(),
                    spell.setting(), true, spell.providerId()));
            return this;
        }

        /**
         * Ends the spell stated last on this date, if it is open: the in-home row of
         * {@link #servedInHome(String, LocalDate)} when that came after the last {@code removed}
         * or {@code placed}, else the current placement spell. A spell already ended keeps its end.
         *
         * @param date the spell's last day (inclusive)
         * @return this child's builder
         * @throws IllegalStateException if there is no such spell
         */
        public ChildBuilder until(LocalDate date) {
            if (untilEndsInHome) {
                InHomeCase row = inHome.get(inHome.size() - 1);
                if (row.closeDate() == null) {
                    inHome.set(inHome.size() - 1, new InHomeCase(row.caseId(), id, row.openDate(), date));
                }
                return this;
            }
            spell();
            closeSpell(date);
            return this;
        }

        /**
         * As {@link #until(LocalDate)}, the date as text.
         *
         * @param date the spell's last day, ISO {@code yyyy-MM-dd}
         * @return this child's builder
         * @throws java.time.format.DateTimeParseException if {@code date} is not such a date
         */
        public ChildBuilder until(String date) {
            return until(LocalDate.parse(date));
        }

        /**
         * Discharges the current episode; an open spell ends on the discharge date. There is then
         * no current episode or spell until the next {@code removed}.
         *
         * @param date   the discharge date: the day the child left care
         * @param reason why, or null for none recorded ({@code MISSING_DISCHARGE_REASON})
         * @return this child's builder
         * @throws IllegalStateException if there is no current episode
         */
        public ChildBuilder discharged(LocalDate date, DischargeReason reason) {
            requireEpisode();
            closeSpell(date);
            Episode closed = new Episode(episode.id(), id, episode.removalDate(), date, reason);
            episodes.set(episodes.size() - 1, closed);
            episode = null;
            spell = null;
            return this;
        }

        /**
         * As {@link #discharged(LocalDate, DischargeReason)}, the date as text.
         *
         * @param date   the discharge date, ISO {@code yyyy-MM-dd}
         * @param reason why, or null for none recorded
         * @return this child's builder
         * @throws java.time.format.DateTimeParseException if {@code date} is not such a date
         */
        public ChildBuilder discharged(String date, DischargeReason reason) {
            return discharged(LocalDate.parse(date), reason);
        }

        /**
         * Discharges the current episode with no reason recorded ({@code MISSING_DISCHARGE_REASON}).
         *
         * @param date the discharge date, ISO {@code yyyy-MM-dd}
         * @return this child's builder
         * @throws java.time.format.DateTimeParseException if {@code date} is not such a date
         * @throws IllegalStateException                   if there is no current episode
         */
        public ChildBuilder discharged(String date) {
            return discharged(LocalDate.parse(date), null);
        }

        /**
         * The child is served at home by an in-home services case from this date, open (end it
         * with {@link #until(LocalDate)}): a row of in_home_cases.csv. Siblings served by one case
         * each get a row with the same case id. The current episode and placement are not touched,
         * so a child can be removed during services.
         *
         * @param caseId the case's id
         * @param open   the day services opened
         * @return this child's builder
         * @throws NullPointerException     if an argument is null
         * @throws IllegalArgumentException if {@code caseId} is not valid ({@link Ids#isValid})
         */
        public ChildBuilder servedInHome(String caseId, LocalDate open) {
            inHome.add(new InHomeCase(caseId, id, open, null));
            untilEndsInHome = true;
            return this;
        }

        /**
         * As {@link #servedInHome(String, LocalDate)}, the date as text.
         *
         * @param caseId the case's id
         * @param open   the day services opened, ISO {@code yyyy-MM-dd}
         * @return this child's builder
         * @throws java.time.format.DateTimeParseException if {@code open} is not such a date
         */
        public ChildBuilder servedInHome(String caseId, String open) {
            return servedInHome(caseId, LocalDate.parse(open));
        }

        /**
         * A report row of this child with only the required cells: no worker (the child's worker
         * on the report date is attributed), priority, times, incident or disposition date, and no
         * death.
         *
         * @param reportId    the report's id
         * @param date        the report date
         * @param disposition the finding for this child
         * @return this child's builder
         * @throws NullPointerException     if an argument is null
         * @throws IllegalArgumentException if {@code reportId} is not valid ({@link Ids#isValid})
         */
        public ChildBuilder reported(String reportId, LocalDate date, Disposition disposition) {
            return report(new MaltreatmentReport(reportId, id, date, disposition, null, false, null, null, null, null,
                    null));
        }

        /**
         * As {@link #reported(String, LocalDate, Disposition)}, the date as text.
         *
         * @param reportId    the report's id
         * @param date        the report date, ISO {@code yyyy-MM-dd}
         * @param disposition the finding for this child
         * @return this child's builder
         * @throws java.time.format.DateTimeParseException if {@code date} is not such a date
         */
        public ChildBuilder reported(String reportId, String date, Disposition disposition) {
            return reported(reportId, LocalDate.parse(date), disposition);
        }

        /**
         * A full report row, added as it is.
         *
         * @param report the row; its child id should be this child's (a row naming another child
         *               is added for that child)
         * @return this child's builder
         */
        public ChildBuilder report(MaltreatmentReport report) {
            reports.add(report);
            return this;
        }

        /**
         * An in-person contact on this date, with no worker and no place recorded.
         *
         * @param date the day of the contact
         * @return this child's builder
         * @throws NullPointerException if {@code date} is null
         */
        public ChildBuilder visited(LocalDate date) {
            return contact(new Contact(id, date, ContactType.IN_PERSON, null, null));
        }

        /**
         * As {@link #visited(LocalDate)}, the date as text.
         *
         * @param date the day of the contact, ISO {@code yyyy-MM-dd}
         * @return this child's builder
         * @throws java.time.format.DateTimeParseException if {@code date} is not such a date
         */
        public ChildBuilder visited(String date) {
            return visited(LocalDate.parse(date));
        }

        /**
         * A full contact row, added as it is.
         *
         * @param contact the row; its child id should be this child's (a row naming another child
         *                is added for that child)
         * @return this child's builder
         */
        public ChildBuilder contact(Contact contact) {
            contacts.add(contact);
            return this;
        }

        /**
         * A Team Decision Making meeting about this child on this date, with no worker, and id
         * {@code <child>-M<n>}, n counting this child's meetings from 1.
         *
         * @param date the day of the meeting
         * @return this child's builder
         * @throws NullPointerException if {@code date} is null
         */
        public ChildBuilder tdm(LocalDate date) {
            return meeting(id + "-M" + (meetings.size() + 1), date, MeetingType.TDM);
        }

        /**
         * As {@link #tdm(LocalDate)}, the date as text.
         *
         * @param date the day of the meeting, ISO {@code yyyy-MM-dd}
         * @return this child's builder
         * @throws java.time.format.DateTimeParseException if {@code date} is not such a date
         */
        public ChildBuilder tdm(String date) {
            return tdm(LocalDate.parse(date));
        }

        /**
         * A meeting about this child, with no worker: a row of meetings.csv. Siblings discussed
         * at one meeting each get a row with the same meeting id.
         *
         * @param meetingId the meeting's id
         * @param date      the day of the meeting
         * @param type      Team Decision Making or other
         * @return this child's builder
         * @throws NullPointerException     if an argument is null
         * @throws IllegalArgumentException if {@code meetingId} is not valid ({@link Ids#isValid})
         */
        public ChildBuilder meeting(String meetingId, LocalDate date, MeetingType type) {
            return meeting(new Meeting(meetingId, id, date, type, null));
        }

        /**
         * As {@link #meeting(String, LocalDate, MeetingType)}, the date as text.
         *
         * @param meetingId the meeting's id
         * @param date      the day of the meeting, ISO {@code yyyy-MM-dd}
         * @param type      Team Decision Making or other
         * @return this child's builder
         * @throws java.time.format.DateTimeParseException if {@code date} is not such a date
         */
        public ChildBuilder meeting(String meetingId, String date, MeetingType type) {
            return meeting(meetingId, LocalDate.parse(date), type);
        }

        /**
         * A full meeting row, added as it is.
         *
         * @param meeting the row; its child id should be this child's (a row naming another child
         *                is added for that child); a worker it names without a spell gets one
         * @return this child's builder
         */
        public ChildBuilder meeting(Meeting meeting) {
            meetings.add(Objects.requireNonNull(meeting, "meeting"));
            return this;
        }

        /**
         * A health exam or mental-health screening of this child on this date: a row of
         * health_exams.csv.
         *
         * @param date the day of the exam
         * @param type medical, dental or mental-health screening
         * @return this child's builder
         * @throws NullPointerException if an argument is null
         */
        public ChildBuilder exam(LocalDate date, ExamType type) {
            return exam(new HealthExam(id, date, type));
        }

        /**
         * As {@link #exam(LocalDate, ExamType)}, the date as text.
         *
         * @param date the day of the exam, ISO {@code yyyy-MM-dd}
         * @param type medical, dental or mental-health screening
         * @return this child's builder
         * @throws java.time.format.DateTimeParseException if {@code date} is not such a date
         */
        public ChildBuilder exam(String date, ExamType type) {
            return exam(LocalDate.parse(date), type);
        }

        /**
         * A full exam row, added as it is.
         *
         * @param exam the row; its child id should be this child's (a row naming another child is
         *             added for that child)
         * @return this child's builder
         */
        public ChildBuilder exam(HealthExam exam) {
            exams.add(Objects.requireNonNull(exam, "exam"));
            return this;
        }

        /**
         * Assigns the case to a worker throughout: from the child's first removal, in-home
         * opening, report, contact, meeting or health exam (its birth date when it has none), open.
         *
         * @param workerId the worker; given a spell in unit {@code UNIT} when it has none
         * @return this child's builder
         * @throws NullPointerException     if {@code workerId} is null
         * @throws IllegalArgumentException if {@code workerId} is not valid ({@link Ids#isValid})
         */
        public ChildBuilder assignedTo(String workerId) {
            assignedThroughout.add(Ids.require(workerId, "worker_id"));
            return this;
        }

        /**
         * Assigns the case to a worker for a spell.
         *
         * @param workerId the worker; given a spell in unit {@code UNIT} when it has none
         * @param from     the assignment's first day
         * @param to       its last day (inclusive), or null while it lasts
         * @return this child's builder
         * @throws NullPointerException     if {@code workerId} or {@code from} is null
         * @throws IllegalArgumentException if {@code workerId} is not valid ({@link Ids#isValid})
         */
        public ChildBuilder assignedTo(String workerId, LocalDate from, LocalDate to) {
            assignments.add(new Assignment(id, workerId, from, to));
            return this;
        }

        /**
         * As {@link #assignedTo(String, LocalDate, LocalDate)}, the dates as text.
         *
         * @param workerId the worker
         * @param from     the assignment's first day, ISO {@code yyyy-MM-dd}
         * @param to       its last day (inclusive), ISO, or null while it lasts
         * @return this child's builder
         * @throws java.time.format.DateTimeParseException if a date is not such a date
         */
        public ChildBuilder assignedTo(String workerId, String from, String to) {
            return assignedTo(workerId, LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
        }

        /**
         * Finishes this child and starts another; see {@link CaseDataBuilder#child(String)}.
         *
         * @param childId the next child's id
         * @return the next child's builder
         * @throws IllegalStateException if this child has no birth date
         */
        public ChildBuilder child(String childId) {
            return parent.child(childId);
        }

        /**
         * Finishes this child, to go on with the extract's builder.
         *
         * @return the extract's builder
         * @throws IllegalStateException if this child has no birth date
         */
        public CaseDataBuilder and() {
            parent.finishChild();
            return parent;
        }

        /**
         * Finishes this child and builds the extract; see {@link CaseDataBuilder#build()}.
         *
         * @return the extract
         * @throws IllegalStateException as {@link CaseDataBuilder#build()}
         */
        public CaseData build() {
            return parent.build();
        }

        private void finish() {
            if (birth == null) {
                throw new IllegalStateException("child " + id + " needs born(date)");
            }
            parent.add(new Child(id, birth, sex, race, siblingGroup));
            episodes.forEach(parent::add);
            placements.forEach(parent::add);
            reports.forEach(parent::add);
            contacts.forEach(parent::add);
            inHome.forEach(parent::add);
            meetings.forEach(parent::add);
            exams.forEach(parent::add);
            LocalDate first = episodes.stream().map(Episode::removalDate).min(LocalDate::compareTo).orElse(null);
            for (InHomeCase row : inHome) {
                first = first == null || row.openDate().isBefore(first) ? row.openDate() : first;
            }
            for (MaltreatmentReport r : reports) {
                first = first == null || r.reportDate().isBefore(first) ? r.reportDate() : first;
            }
            for (Contact c : contacts) {
                first = first == null || c.contactDate().isBefore(first) ? c.contactDate() : first;
            }
            for (Meeting m : meetings) {
                first = first == null || m.date().isBefore(first) ? m.date() : first;
            }
            for (HealthExam x : exams) {
                first = first == null || x.date().isBefore(first) ? x.date() : first;
            }
            LocalDate from = first == null ? birth : first;
            assignedThroughout.forEach(w -> parent.add(new Assignment(id, w, from, null)));
            assignments.forEach(parent::add);
        }

        private void requireEpisode() {
            if (episode == null) {
                throw new IllegalStateException("child " + id + " has no open episode: call removed(date) first");
            }
        }

        private Placement spell() {
            if (spell == null) {
                throw new IllegalStateException("child " + id + " has no current placement: call placed(setting) first");
            }
            return spell;
        }

        private void closeSpell(LocalDate end) {
            if (spell != null && spell.endDate() == null && end != null) {
                replaceSpell(new Placement(spell.id(), spell.episodeId(), spell.startDate(), end, spell.setting(),
                        spell.temporary(), spell.providerId()));
            }
        }

        private void replaceSpell(Placement p) {
            placements.set(placements.lastIndexOf(spell), p);
            spell = p;
        }
    }
}
