package org.childstat.indicators.core.internal;

import static org.childstat.indicators.core.internal.Col.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.childstat.indicators.core.io.ContractFile;
import org.childstat.indicators.core.io.DataQualityReport;
import org.childstat.indicators.core.io.FindingCode;
import org.childstat.indicators.core.model.Ids;

/**
 * The cross-row checks (docs/data-quality.md, Order of work) and the as-of rules
 * (docs/input-files.md, The as-of date), from staged tables to a
 * {@link CaseStore}. Files are checked in dependency order (units, workers, children, episodes,
 * placements, reports, contacts, assignments, in-home cases, meetings, health exams), so a row that
 * refers to a row set aside is set
 * aside as {@code UNKNOWN_REFERENCE}. Each row is used or set aside under exactly one code, the
 * first in the codes' order that applies; rows whose own cells broke the contract were set aside by
 * the reader and are skipped here, their ids still counting for {@code DUPLICATE_ID}.
 *
 * <p>Two choices the contract leaves open, documented in CHANGELOG.md: the overlap check of
 * episodes reads discharge dates as written (before a discharge after the as-of date makes an
 * episode open), so a valid later episode is never called overlapping because of the as-of cut;
 * and a placement spell with nothing left inside its episode is set aside as
 * {@code PLACEMENT_OUTSIDE_EPISODE} before the {@code AFTER_AS_OF} test, as the codes' order says.
 */
public final class Assembler {
    private final Staging staging;
    private final int asOf;
    private final Ledger ledger;
    private final CaseStore store = new CaseStore();
    private final Map<ContractFile, Long> used = new EnumMap<>(ContractFile.class);

    private final Map<String, Integer> unitIndex = new HashMap<>();
    private final Map<String, Integer> workerIndex = new HashMap<>();
    private Map<String, Integer> childIndex = new HashMap<>();
    private Map<String, Integer> episodeIndex = new HashMap<>();

    private Assembler(Staging staging, int asOf, Ledger ledger) {
        this.staging = staging;
        this.asOf = asOf;
        this.ledger = ledger;
    }

    /** The result of assembling: the store and the data-quality report. */
    public record Result(CaseStore store, DataQualityReport report) {
    }

    /** Checks the staged tables against the as-of date; the ledger already holds the reader's findings. */
    public static Result assemble(Staging staging, int asOf, Ledger ledger) {
        Assembler a = new Assembler(staging, asOf, ledger);
        a.store.asOf = asOf;
        a.store.hasReports = staging.isPresent(ContractFile.REPORTS);
        a.store.hasContacts = staging.isPresent(ContractFile.CONTACTS);
        a.store.hasInHome = staging.isPresent(ContractFile.IN_HOME_CASES);
        a.store.hasMeetings = staging.isPresent(ContractFile.MEETINGS);
        a.store.hasHealthExams = staging.isPresent(ContractFile.HEALTH_EXAMS);
        for (ContractFile f : ContractFile.values()) {
            if (staging.isPresent(f)) {
                ledger.read(f, staging.table(f).size());
            }
        }
        a.units();
        a.workers();
        a.children();
        int[] episodes = a.episodes();
        a.placements(episodes);
        a.reports();
        a.contacts();
        a.assignments();
        a.inHomeCases();
        a.meetings();
        a.healthExams();
        return new Result(a.store, ledger.report(a.used));
    }

    // ---------------------------------------------------------------- organisation

    /**
     * The organisation as one tree ({@code INCONSISTENT_ORG}, docs/data-quality.md, Codes): an
     * office's bureau is the one of its first row (lowest line), and so is every name, unless that
     * row leaves it empty (then the first later row that gives one). A later row that gives its
     * office another bureau, or an office or bureau another name, is kept under the first row's
     * tree with one warning naming the column, its value and the value that won. The rows as
     * written are kept too; a bureau that only such rows name is an entity without offices (as the
     * scorecard's {@code EntityTable}).
     */
    private void units() {
        StagedTable t = staging.table(ContractFile.ORG_UNITS);
        Set<String> seen = new HashSet<>();
        Map<String, Integer> offices = new HashMap<>();
        Map<String, Integer> bureaus = new HashMap<>();
        List<String> officeIds = new ArrayList<>(), officeNames = new ArrayList<>();
        List<String> bureauIds = new ArrayList<>(), bureauNames = new ArrayList<>();
        IntList officeBureau = new IntList(), officeLine = new IntList(), officeNameLine = new IntList(),
                bureauNameLine = new IntList();
        List<String> ids = new ArrayList<>(), names = new ArrayList<>(), officeNamesAsWritten = new ArrayList<>(),
                bureauNamesAsWritten = new ArrayList<>();
        IntList office = new IntList(), bureau = new IntList(), bureauAsWritten = new IntList(), line = new IntList();
        for (int r = 0; r < t.size(); r++) {
            String id = t.str(OU_UNIT, r);
            if (!claimId(t, r, seen, id, "unit_id", id)) {
                continue;
            }
            String unit = "unit " + id;
            String unitName = text(t, r, OU_UNIT_NAME, "unit_name", unit);
            String officeName = text(t, r, OU_OFFICE_NAME, "office_name", unit);
            String bureauName = text(t, r, OU_BUREAU_NAME, "bureau_name", unit);
            String officeId = t.str(OU_OFFICE, r), bureauId = t.str(OU_BUREAU, r);
            List<String[]> conflicts = new ArrayList<>(); // {column, value, words}
            Integer own = bureaus.get(bureauId); // the row's own bureau
            if (own == null) {
                own = bureauIds.size();
                bureaus.put(bureauId, own);
                bureauIds.add(bureauId);
                bureauNames.add(bureauName);
                bureauNameLine.add(bureauName == null ? -1 : t.line(r));
            } else {
                name(t, r, "bureau_name", "bureau " + bureauId, bureauName, own, bureauNames, bureauNameLine, conflicts);
            }
            Integer o = offices.get(officeId);
            if (o == null) {
                o = officeIds.size();
                offices.put(officeId, o);
                officeIds.add(officeId);
                officeNames.add(officeName);
                officeNameLine.add(officeName == null ? -1 : t.line(r));
                officeLine.add(t.line(r));
                officeBureau.add(own);
            } else {
                int b = officeBureau.get(o);
                if (b != own) {
                    conflicts.add(new String[] {"bureau_id", bureauId, "office " + officeId + " is in bureau "
                            + bureauIds.get(b) + " on its first row (line " + officeLine.get(o) + "), this row says "
                            + bureauId + ": " + unit + " is kept under " + bureauIds.get(b)});
                }
                name(t, r, "office_name", "office " + officeId, officeName, o, officeNames, officeNameLine, conflicts);
            }
            if (!conflicts.isEmpty()) {
                conflicts.sort(Comparator.comparingInt(c -> List.of("bureau_id", "office_name", "bureau_name")
                        .indexOf(c[0])));
                StringBuilder words = new StringBuilder();
                for (String[] c : conflicts) {
                    words.append(words.length() == 0 ? "" : "; ").append(c[2]);
                }
                ledger.warn(t.file(), t.line(r), conflicts.get(0)[0], conflicts.get(0)[1], FindingCode.INCONSISTENT_ORG,
                        words + " (the first row wins; expected one bureau and one name per office, one name per"
                                + " bureau)");
            }
            unitIndex.put(id, ids.size());
            ids.add(id);
            names.add(unitName);
            office.add(o);
            bureau.add(officeBureau.get(o));
            bureauAsWritten.add(own);
            officeNamesAsWritten.add(officeName);
            bureauNamesAsWritten.add(bureauName);
            line.add(t.line(r));
        }
        store.unitIds = ids.toArray(String[]::new);
        store.unitNames = names.toArray(String[]::new);
        store.unitOffice = office.toArray();
        store.unitBureau = bureau.toArray();
        store.unitBureauAsWritten = bureauAsWritten.toArray();
        store.unitOfficeNameAsWritten = officeNamesAsWritten.toArray(String[]::new);
        store.unitBureauNameAsWritten = bureauNamesAsWritten.toArray(String[]::new);
        store.unitLine = line.toArray();
        store.officeIds = officeIds.toArray(String[]::new);
        store.officeNames = officeNames.toArray(String[]::new);
        store.officeBureau = officeBureau.toArray();
        store.bureauIds = bureauIds.toArray(String[]::new);
        store.bureauNames = bureauNames.toArray(String[]::new);
        used.put(ContractFile.ORG_UNITS, (long) ids.size());
    }

    /**
     * An office's or bureau's name on a later row: fills a name the earlier rows left empty, and a
     * different name is a conflict (the first name stays).
     */
    private static void name(StagedTable t, int r, String column, String entity, String name, int e, List<String> names,
                             IntList nameLine, List<String[]> conflicts) {
        if (name == null) {
            return;
        }
        String won = names.get(e);
        if (won == null) {
            names.set(e, name);
            nameLine.set(e, t.line(r));
        } else if (!won.equals(name)) {
            conflicts.add(new String[] {column, name, entity + " is named " + Ids.describe(won) + " on line "
                    + nameLine.get(e) + ", this row says " + Ids.describe(name) + ": the name of line "
                    + nameLine.get(e) + " is used"});
        }
    }

    private static int dense(Map<String, Integer> index, String id, String name, List<String> ids, List<String> names) {
        Integer i = index.get(id);
        if (i == null) {
            i = ids.size();
            index.put(id, i);
            ids.add(id);
            names.add(name);
        } else if (names.get(i) == null && name != null) {
            names.set(i, name);
        }
        return i;
    }

    /**
     * A free-text cell (a name, race_ethnicity) of a kept row, with each control character
     * (U+0000 to U+001F, U+007F to U+009F, as ids; docs/input-files.md, How every CSV file is read)
     * replaced by U+FFFD, so that no output ever carries one; a {@code CONTROL_CHARACTER} warning
     * gives their positions (1 = the first character) and code points, never the text, which may be
     * a person's name.
     */
    private String text(StagedTable t, int r, int column, String columnName, String owner) {
        String value = t.str(column, r);
        if (value == null || value.chars().noneMatch(Character::isISOControl)) {
            return value;
        }
        StringBuilder clean = new StringBuilder(value.length());
        StringBuilder positions = new StringBuilder();
        StringBuilder found = new StringBuilder();
        int position = 0, count = 0;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            position++;
            if (Character.isISOControl(cp)) {
                clean.append('\uFFFD');
                if (++count <= 10) {
                    positions.append(count == 1 ? "" : ";").append(position);
                    found.append(count == 1 ? "" : ", ").append(String.format("U+%04X at %d", cp, position));
                }
            } else {
                clean.appendCodePoint(cp);
            }
        }
        if (count > 10) {
            positions.append(";...");
            found.append(" and ").append(count - 10).append(" more");
        }
        ledger.warn(t.file(), t.line(r), columnName, positions.toString(), FindingCode.CONTROL_CHARACTER,
                columnName + " of " + owner + " has " + count + " control character" + (count == 1 ? "" : "s") + " ("
                        + found + "), each replaced by U+FFFD: expected text without control characters");
        return clean.toString();
    }

    private void workers() {
        StagedTable t = staging.table(ContractFile.WORKERS);
        List<String> ids = new ArrayList<>(), names = new ArrayList<>();
        IntList worker = new IntList(), unit = new IntList(), start = new IntList(), end = new IntList(),
                line = new IntList();
        for (int r = 0; r < t.size(); r++) {
            if (t.reason(r) != null) {
                continue;
            }
            String id = t.str(WK_WORKER, r);
            Integer u = unitIndex.get(t.str(WK_UNIT, r));
            int s = t.num(WK_START, r), e = t.num(WK_END, r);
            if (u == null) {
                unknown(t, r, "unit_id", t.str(WK_UNIT, r), "unit");
            } else if (e != Dates.NONE && e < s) {
                endBeforeStart(t, r, "end_date", e, s, "start_date");
            } else if (s > asOf) {
                afterAsOf(t, r, "start_date", s);
            } else {
                e = cutOpenEnd(t, r, "end_date", e);
                worker.add(dense(workerIndex, id, text(t, r, WK_NAME, "worker_name", "worker " + id), ids, names));
                unit.add(u);
                start.add(s);
                end.add(e);
                line.add(t.line(r));
            }
        }
        int n = worker.size();
        int[] workerOf = worker.toArray();
        int[] rows = new int[n];
        int[] zero = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        Grouping g = Grouping.of(rows, n, workerOf, zero, ids.size());
        store.workerIds = ids.toArray(String[]::new);
        store.workerNames = names.toArray(String[]::new);
        store.workerSpells = g.offsets;
        store.spellUnit = permute(unit.toArray(), g.rows);
        store.spellStart = permute(start.toArray(), g.rows);
        store.spellEnd = permute(end.toArray(), g.rows);
        store.spellLine = permute(line.toArray(), g.rows);
        used.put(ContractFile.WORKERS, (long) n);
    }

    // ---------------------------------------------------------------- children and episodes

    private void children() {
        StagedTable t = staging.table(ContractFile.CHILDREN);
        Set<String> seen = newSet(t.size());
        childIndex = newMap(t.size());
        Map<String, Integer> groups = new HashMap<>();
        List<String> groupIds = new ArrayList<>();
        List<String> ids = new ArrayList<>(), race = new ArrayList<>();
        IntList birth = new IntList(), sibling = new IntList(), sex = new IntList();
        for (int r = 0; r < t.size(); r++) {
            String id = t.str(CH_ID, r);
            if (!claimId(t, r, seen, id, "child_id", id)) {
                continue;
            }
            childIndex.put(id, ids.size());
            ids.add(id);
            birth.add(t.num(CH_BIRTH, r));
            sex.add(t.num(CH_SEX, r));
            race.add(text(t, r, CH_RACE, "race_ethnicity", "child " + id));
            String group = t.str(CH_SIBLINGS, r);
            sibling.add(group == null ? -1 : groups.computeIfAbsent(group, k -> {
                groupIds.add(k);
                return groupIds.size() - 1;
            }));
        }
        store.childIds = ids.toArray(String[]::new);
        store.childRace = race.toArray(String[]::new);
        store.childBirth = birth.toArray();
        store.childSiblingGroup = sibling.toArray();
        store.childSex = toBytes(sex.toArray());
        store.siblingGroupIds = groupIds.toArray(String[]::new);
        used.put(ContractFile.CHILDREN, (long) ids.size());
    }

    /** Returns, for each staged episode row, its index in the store, or -1. */
    private int[] episodes() {
        StagedTable t = staging.table(ContractFile.EPISODES);
        int n = t.size();
        Set<String> seen = newSet(n);
        episodeIndex = newMap(n);
        int[] child = new int[n];
        int[] removal = new int[n];
        int[] candidates = new int[n];
        int count = 0;
        for (int r = 0; r < n; r++) {
            String id = t.str(EP_ID, r);
            removal[r] = t.num(EP_REMOVAL, r);
            if (!claimId(t, r, seen, id, "episode_id", id)) {
                continue;
            }
            Integer c = childIndex.get(t.str(EP_CHILD, r));
            int d = t.num(EP_DISCHARGE, r);
            if (c == null) {
                unknown(t, r, "child_id", t.str(EP_CHILD, r), "child");
            } else if (d != Dates.NONE && d < removal[r]) {
                endBeforeStart(t, r, "discharge_date", d, removal[r], "removal_date");
            } else if (store.childBirth[c] > removal[r]) {
                setAside(t, r, "removal_date", Dates.format(removal[r]), FindingCode.BIRTH_AFTER_REMOVAL,
                        "episode " + id + " starts before the birth date of child " + t.str(EP_CHILD, r));
            } else {
                child[r] = c;
                candidates[count++] = r;
            }
        }
        Grouping byChild = Grouping.of(candidates, count, child, removal, store.childCount());
        int[] keptRows = new int[count];
        int kept = 0;
        int[] childEpisodes = new int[store.childCount() + 1];
        for (int c = 0; c < store.childCount(); c++) {
            childEpisodes[c] = kept;
            int prev = -1;
            for (int i = byChild.offsets[c]; i < byChild.offsets[c + 1]; i++) {
                int r = byChild.rows[i];
                if (prev >= 0) {
                    int prevDischarge = t.num(EP_DISCHARGE, prev);
                    if (prevDischarge == Dates.NONE || removal[r] < prevDischarge) {
                        setAside(t, r, "removal_date", Dates.format(removal[r]), FindingCode.OVERLAPPING_EPISODES,
                                "episode " + t.str(EP_ID, r) + " starts " + (prevDischarge == Dates.NONE
                                        ? "while episode " + t.str(EP_ID, prev) + " is open"
                                        : "before episode " + t.str(EP_ID, prev) + " ends ("
                                        + Dates.format(prevDischarge) + ")"));
                        continue;
                    }
                }
                if (removal[r] > asOf) {
                    afterAsOf(t, r, "removal_date", removal[r]);
                    continue;
                }
                keptRows[kept++] = r;
                prev = r;
            }
        }
        childEpisodes[store.childCount()] = kept;
        int[] index = new int[n];
        Arrays.fill(index, -1);
        store.childEpisodes = childEpisodes;
        store.episodeIds = new String[kept];
        store.episodeRemoval = new int[kept];
        store.episodeDischarge = new int[kept];
        store.episodeReason = new byte[kept];
        store.episodeLine = new int[kept];
        for (int e = 0; e < kept; e++) {
            int r = keptRows[e];
            index[r] = e;
            String id = t.str(EP_ID, r);
            episodeIndex.put(id, e);
            int d = t.num(EP_DISCHARGE, r);
            int reason = t.num(EP_REASON, r);
            if (d != Dates.NONE && d > asOf) {
                ledger.warn(t.file(), t.line(r), "discharge_date", Dates.format(d), FindingCode.AFTER_AS_OF,
                        "discharge of episode " + id + " is after the as-of date " + Dates.format(asOf)
                                + ": the episode is read as open");
                d = Dates.NONE;
                reason = 0;
            }
            if (d != Dates.NONE && reason == 0) {
                ledger.warn(t.file(), t.line(r), "discharge_reason", "", FindingCode.MISSING_DISCHARGE_REASON,
                        "episode " + id + " is closed but has no discharge reason (expected 1 to 8)");
            }
            if (d != Dates.NONE && d == removal[r]) {
                ledger.warn(t.file(), t.line(r), "discharge_date", Dates.format(d), FindingCode.SAME_DAY_EXIT,
                        "episode " + id + " is discharged on its removal date");
            }
            store.episodeIds[e] = id;
            store.episodeRemoval[e] = removal[r];
            store.episodeDischarge[e] = d;
            store.episodeReason[e] = (byte) reason;
            store.episodeLine[e] = t.line(r);
        }
        used.put(ContractFile.EPISODES, (long) kept);
        return index;
    }

    // ---------------------------------------------------------------- placements

    private void placements(int[] episodeOfRow) {
        StagedTable t = staging.table(ContractFile.PLACEMENTS);
        int n = t.size();
        Set<String> seen = newSet(n);
        int[] episode = new int[n];
        int[] start = new int[n];
        int[] end = new int[n];
        int[] keptRows = new int[n];
        int kept = 0;
        for (int r = 0; r < n; r++) {
            String id = t.str(PL_ID, r);
            if (!claimId(t, r, seen, id, "placement_id", id)) {
                continue;
            }
            Integer e = episodeIndex.get(t.str(PL_EPISODE, r));
            int s = t.num(PL_START, r), en = t.num(PL_END, r);
            if (e == null) {
                unknown(t, r, "episode_id", t.str(PL_EPISODE, r), "episode");
                continue;
            }
            if (en != Dates.NONE && en < s) {
                endBeforeStart(t, r, "end_date", en, s, "start_date");
                continue;
            }
            int removal = store.episodeRemoval[e], discharge = store.episodeDischarge[e];
            if ((discharge != Dates.NONE && s > discharge) || (en != Dates.NONE && en < removal)) {
                setAside(t, r, "", id, FindingCode.PLACEMENT_OUTSIDE_EPISODE, "placement " + id
                        + " lies wholly outside episode " + store.episodeIds[e] + " (" + Dates.format(removal) + " to "
                        + (discharge == Dates.NONE ? "open" : Dates.format(discharge)) + ")");
                continue;
            }
            if (s > asOf) {
                afterAsOf(t, r, "start_date", s);
                continue;
            }
            en = cutOpenEnd(t, r, "end_date", en);
            boolean clipped = false;
            if (s < removal) {
                s = removal;
                clipped = true;
            }
            if (discharge != Dates.NONE && (en == Dates.NONE || en > discharge)) {
                en = discharge;
                clipped = true;
            }
            if (clipped) {
                ledger.warn(t.file(), t.line(r), "", id, FindingCode.PLACEMENT_OUTSIDE_EPISODE, "placement " + id
                        + " reaches outside episode " + store.episodeIds[e] + ": clipped to " + Dates.format(s)
                        + " to " + (en == Dates.NONE ? "open" : Dates.format(en)));
            }
            episode[r] = e;
            start[r] = s;
            end[r] = en;
            keptRows[kept++] = r;
        }
        int episodes = store.episodeIds.length;
        Grouping g = Grouping.of(keptRows, kept, episode, start, episodes);
        int[] rows = g.rows;
        sortTiesById(t, PL_ID, rows, start, g.offsets, episodes);
        Map<String, Integer> providers = new HashMap<>();
        List<String> providerIds = new ArrayList<>();
        store.episodePlacements = g.offsets;
        store.placementIds = new String[kept];
        store.placementStart = new int[kept];
        store.placementEnd = new int[kept];
        store.placementProvider = new int[kept];
        store.placementSetting = new byte[kept];
        store.placementTemporary = new boolean[kept];
        for (int i = 0; i < kept; i++) {
            int r = rows[i];
            store.placementIds[i] = t.str(PL_ID, r);
            store.placementStart[i] = start[r];
            store.placementEnd[i] = end[r];
            store.placementSetting[i] = (byte) t.num(PL_SETTING, r);
            store.placementTemporary[i] = t.num(PL_TEMPORARY, r) == YES;
            String provider = t.str(PL_PROVIDER, r);
            store.placementProvider[i] = provider == null ? -1 : providers.computeIfAbsent(provider, k -> {
                providerIds.add(k);
                return providerIds.size() - 1;
            });
        }
        store.providerIds = providerIds.toArray(String[]::new);
        for (int e = 0; e < episodes; e++) {
            checkCoverage(t, e, rows, g.offsets[e], g.offsets[e + 1]);
        }
        used.put(ContractFile.PLACEMENTS, (long) kept);
    }

    /** PLACEMENT_GAP and PLACEMENT_OVERLAP over the days of episode e, one finding of each at most. */
    private void checkCoverage(StagedTable t, int e, int[] rows, int from, int to) {
        int removal = store.episodeRemoval[e];
        int discharge = store.episodeDischarge[e];
        int last = discharge == Dates.NONE ? asOf : discharge - 1;
        if (last < removal) {
            return;
        }
        int covered = removal; // first day not yet covered
        long gapDays = 0, overlapDays = 0;
        int firstGap = Dates.NONE, firstOverlap = Dates.NONE, gapLine = -1, overlapLine = -1;
        for (int i = from; i < to; i++) {
            int s = store.placementStart[i];
            int en = store.placementEnd[i] == Dates.NONE ? last : Math.min(store.placementEnd[i], last);
            if (s > last) {
                break;
            }
            if (s > covered) {
                gapDays += s - covered;
                if (firstGap == Dates.NONE) {
                    firstGap = covered;
                    gapLine = t.line(rows[i]);
                }
            } else if (s < covered && en >= s) {
                overlapDays += Math.min(en, covered - 1) - s + 1;
                if (firstOverlap == Dates.NONE) {
                    firstOverlap = s;
                    overlapLine = t.line(rows[i]);
                }
            }
            covered = Math.max(covered, en + 1);
        }
        if (covered <= last) {
            gapDays += last - covered + 1;
            if (firstGap == Dates.NONE) {
                firstGap = covered;
                gapLine = to > from ? t.line(rows[to - 1]) : -1;
            }
        }
        String episodeId = store.episodeIds[e];
        if (gapDays > 0) {
            ContractFile file = gapLine < 0 ? ContractFile.EPISODES : ContractFile.PLACEMENTS;
            ledger.warn(file, gapLine < 0 ? store.episodeLine[e] : gapLine, "", episodeId, FindingCode.PLACEMENT_GAP,
                    "episode " + episodeId + " has " + gapDays + " days in care with no placement spell, the first "
                            + Dates.format(firstGap));
        }
        if (overlapDays > 0) {
            ledger.warn(ContractFile.PLACEMENTS, overlapLine, "", episodeId, FindingCode.PLACEMENT_OVERLAP,
                    "episode " + episodeId + " has " + overlapDays + " days covered by two placement spells, the first "
                            + Dates.format(firstOverlap));
        }
    }

    /** Within each group, rows with equal dates are put in order of the id column (insertion sort: ties are rare). */
    private static void sortTiesById(StagedTable t, int idColumn, int[] rows, int[] date, int[] offsets, int groups) {
        for (int g = 0; g < groups; g++) {
            for (int i = offsets[g] + 1; i < offsets[g + 1]; i++) {
                int r = rows[i];
                int j = i - 1;
                while (j >= offsets[g] && date[rows[j]] == date[r]
                        && t.str(idColumn, rows[j]).compareTo(t.str(idColumn, r)) > 0) {
                    rows[j + 1] = rows[j];
                    j--;
                }
                rows[j + 1] = r;
            }
        }
    }

    // ---------------------------------------------------------------- reports, contacts, assignments

    private void reports() {
        StagedTable t = staging.table(ContractFile.REPORTS);
        int n = t.size();
        Set<String> seen = newSet(n);
        int[] child = new int[n];
        int[] date = new int[n];
        int[] worker = new int[n];
        int[] firstContactDay = new int[n];
        long[] firstContact = new long[n];
        int[] dispositionDate = new int[n];
        int[] keptRows = new int[n];
        int kept = 0;
        for (int r = 0; r < n; r++) {
            String id = t.str(RP_ID, r);
            String childId = t.str(RP_CHILD, r);
            String key = id == null || childId == null ? null : id + '\u0000' + childId;
            if (!claimId(t, r, seen, key, "report_id", null)) {
                continue;
            }
            Integer c = childIndex.get(childId);
            String workerId = t.str(RP_WORKER, r);
            Integer w = workerId == null ? Integer.valueOf(-1) : workerIndex.get(workerId);
            date[r] = t.num(RP_DATE, r);
            if (c == null) {
                unknown(t, r, "child_id", childId, "child");
            } else if (w == null) {
                unknown(t, r, "worker_id", workerId, "worker");
            } else if (date[r] > asOf) {
                afterAsOf(t, r, "report_date", date[r]);
            } else {
                child[r] = c;
                worker[r] = w;
                long fc = t.time(RP_FIRST_CONTACT, r);
                if (fc != Dates.NO_TIME && Dates.dayOf(fc) > asOf) {
                    ledger.warn(t.file(), t.line(r), "first_contact_at", Dates.formatTime(fc), FindingCode.AFTER_AS_OF,
                            "first contact of report " + id + " is after the as-of date " + Dates.format(asOf)
                                    + ": read as not yet made");
                    fc = Dates.NO_TIME;
                }
                int dd = t.num(RP_DISPOSITION_DATE, r);
                if (dd != Dates.NONE && dd > asOf) {
                    ledger.warn(t.file(), t.line(r), "disposition_date", Dates.format(dd), FindingCode.AFTER_AS_OF,
                            "disposition of report " + id + " is after the as-of date " + Dates.format(asOf)
                                    + ": read as not yet made");
                    dd = Dates.NONE;
                }
                firstContact[r] = fc;
                dispositionDate[r] = dd;
                keptRows[kept++] = r;
            }
        }
        Grouping g = Grouping.of(keptRows, kept, child, date, store.childCount());
        int[] rows = g.rows;
        sortTiesById(t, RP_ID, rows, date, g.offsets, store.childCount());
        store.childReports = g.offsets;
        store.reportIds = new String[kept];
        store.reportDate = new int[kept];
        store.reportIncident = new int[kept];
        store.reportWorker = new int[kept];
        store.reportDispositionDate = new int[kept];
        store.reportLine = new int[kept];
        store.reportDisposition = new byte[kept];
        store.reportPriority = new byte[kept];
        store.reportDeath = new boolean[kept];
        store.reportReceived = new long[kept];
        store.reportFirstContact = new long[kept];
        for (int i = 0; i < kept; i++) {
            int r = rows[i];
            store.reportIds[i] = t.str(RP_ID, r);
            store.reportDate[i] = date[r];
            store.reportIncident[i] = t.num(RP_INCIDENT, r);
            store.reportWorker[i] = worker[r];
            store.reportDispositionDate[i] = dispositionDate[r];
            store.reportLine[i] = t.line(r);
            store.reportDisposition[i] = (byte) t.num(RP_DISPOSITION, r);
            store.reportPriority[i] = (byte) t.num(RP_PRIORITY, r);
            store.reportDeath[i] = t.num(RP_DEATH, r) == YES;
            store.reportReceived[i] = t.time(RP_RECEIVED, r);
            store.reportFirstContact[i] = firstContact[r];
        }
        used.put(ContractFile.REPORTS, (long) kept);
    }

    private void contacts() {
        StagedTable t = staging.table(ContractFile.CONTACTS);
        int n = t.size();
        int[] child = new int[n];
        int[] date = new int[n];
        int[] worker = new int[n];
        int[] keptRows = new int[n];
        int kept = 0;
        for (int r = 0; r < n; r++) {
            if (t.reason(r) != null) {
                continue;
            }
            Integer c = childIndex.get(t.str(CT_CHILD, r));
            String workerId = t.str(CT_WORKER, r);
            Integer w = workerId == null ? Integer.valueOf(-1) : workerIndex.get(workerId);
            date[r] = t.num(CT_DATE, r);
            if (c == null) {
                unknown(t, r, "child_id", t.str(CT_CHILD, r), "child");
            } else if (w == null) {
                unknown(t, r, "worker_id", workerId, "worker");
            } else if (date[r] > asOf) {
                afterAsOf(t, r, "contact_date", date[r]);
            } else {
                child[r] = c;
                worker[r] = w;
                keptRows[kept++] = r;
            }
        }
        Grouping g = Grouping.of(keptRows, kept, child, date, store.childCount());
        store.childContacts = g.offsets;
        store.contactDate = new int[kept];
        store.contactWorker = new int[kept];
        store.contactType = new byte[kept];
        store.contactInResidence = new byte[kept];
        for (int i = 0; i < kept; i++) {
            int r = g.rows[i];
            store.contactDate[i] = date[r];
            store.contactWorker[i] = worker[r];
            store.contactType[i] = (byte) t.num(CT_TYPE, r);
            store.contactInResidence[i] = (byte) t.num(CT_IN_RESIDENCE, r);
        }
        used.put(ContractFile.CONTACTS, (long) kept);
    }

    private void assignments() {
        StagedTable t = staging.table(ContractFile.ASSIGNMENTS);
        int n = t.size();
        int[] child = new int[n];
        int[] start = new int[n];
        int[] end = new int[n];
        int[] worker = new int[n];
        int[] keptRows = new int[n];
        int kept = 0;
        for (int r = 0; r < n; r++) {
            if (t.reason(r) != null) {
                continue;
            }
            Integer c = childIndex.get(t.str(AS_CHILD, r));
            Integer w = workerIndex.get(t.str(AS_WORKER, r));
            int s = t.num(AS_START, r), e = t.num(AS_END, r);
            if (c == null) {
                unknown(t, r, "child_id", t.str(AS_CHILD, r), "child");
            } else if (w == null) {
                unknown(t, r, "worker_id", t.str(AS_WORKER, r), "worker");
            } else if (e != Dates.NONE && e < s) {
                endBeforeStart(t, r, "end_date", e, s, "start_date");
            } else if (s > asOf) {
                afterAsOf(t, r, "start_date", s);
            } else {
                child[r] = c;
                worker[r] = w;
                start[r] = s;
                end[r] = cutOpenEnd(t, r, "end_date", e);
                keptRows[kept++] = r;
            }
        }
        Grouping g = Grouping.of(keptRows, kept, child, start, store.childCount());
        store.childAssignments = g.offsets;
        store.assignmentWorker = permute(worker, g.rows);
        store.assignmentStart = permute(start, g.rows);
        store.assignmentEnd = permute(end, g.rows);
        used.put(ContractFile.ASSIGNMENTS, (long) kept);
        for (int c = 0; c < store.childCount(); c++) {
            for (int e = store.childEpisodes[c]; e < store.childEpisodes[c + 1]; e++) {
                checkAssigned(c, e);
            }
        }
    }

    /** ASSIGNMENT_GAP: days of episode e in care (up to the as-of date) that no assignment covers. */
    private void checkAssigned(int c, int e) {
        int removal = store.episodeRemoval[e];
        int discharge = store.episodeDischarge[e];
        int last = discharge == Dates.NONE ? asOf : discharge - 1;
        int covered = removal;
        long gap = 0;
        int firstGap = Dates.NONE;
        for (int a = store.childAssignments[c]; a < store.childAssignments[c + 1] && covered <= last; a++) {
            int s = store.assignmentStart[a];
            int en = store.assignmentEnd[a] == Dates.NONE ? last : Math.min(store.assignmentEnd[a], last);
            if (en < covered) {
                continue;
            }
            if (s > last) {
                break;
            }
            if (s > covered) {
                gap += s - covered;
                if (firstGap == Dates.NONE) {
                    firstGap = covered;
                }
            }
            covered = Math.max(covered, en + 1);
        }
        if (covered <= last) {
            gap += last - covered + 1;
            if (firstGap == Dates.NONE) {
                firstGap = covered;
            }
        }
        if (gap > 0) {
            String id = store.episodeIds[e];
            ledger.warn(ContractFile.EPISODES, store.episodeLine[e], "", id, FindingCode.ASSIGNMENT_GAP,
                    "episode " + id + " of child " + store.childIds[c] + " has " + gap
                            + " days in care with no assigned worker, the first " + Dates.format(firstGap));
        }
    }

    /**
     * in_home_cases.csv: DUPLICATE_ID on (case_id, child_id), UNKNOWN_REFERENCE (child),
     * END_BEFORE_START (close before open), AFTER_AS_OF (open after the as-of date sets the row
     * aside; a close after it makes the row open, with a warning). Then the cases: a case is a
     * case_id across its kept rows.
     */
    private void inHomeCases() {
        StagedTable t = staging.table(ContractFile.IN_HOME_CASES);
        int n = t.size();
        Set<String> seen = newSet(n);
        int[] child = new int[n];
        int[] open = new int[n];
        int[] close = new int[n];
        int[] keptRows = new int[n];
        int kept = 0;
        for (int r = 0; r < n; r++) {
            String id = t.str(IH_CASE, r);
            String childId = t.str(IH_CHILD, r);
            String key = id == null || childId == null ? null : id + '\u0000' + childId;
            if (!claimId(t, r, seen, key, "case_id", null)) {
                continue;
            }
            Integer c = childIndex.get(childId);
            int o = t.num(IH_OPEN, r), e = t.num(IH_CLOSE, r);
            if (c == null) {
                unknown(t, r, "child_id", childId, "child");
            } else if (e != Dates.NONE && e < o) {
                endBeforeStart(t, r, "close_date", e, o, "open_date");
            } else if (o > asOf) {
                afterAsOf(t, r, "open_date", o);
            } else {
                child[r] = c;
                open[r] = o;
                close[r] = cutOpenEnd(t, r, "close_date", e);
                keptRows[kept++] = r;
            }
        }
        // keptRows is in line order; the rows go by child, then open date, then line (Grouping is stable)
        Grouping g = Grouping.of(keptRows, kept, child, open, store.childCount());
        store.childInHome = g.offsets;
        store.inHomeChild = permute(child, g.rows);
        store.inHomeOpen = permute(open, g.rows);
        store.inHomeClose = permute(close, g.rows);
        store.inHomeLine = new int[kept];
        store.inHomeCase = new int[kept];
        int[] storeIndex = new int[n];
        for (int i = 0; i < kept; i++) {
            store.inHomeLine[i] = t.line(g.rows[i]);
            storeIndex[g.rows[i]] = i;
        }
        Map<String, Integer> cases = newMap(kept);
        List<String> caseIds = new ArrayList<>();
        IntList caseOpen = new IntList(), caseClose = new IntList(), caseFirst = new IntList();
        for (int k = 0; k < kept; k++) { // line order: a case's first row is the first met
            int r = keptRows[k];
            int i = storeIndex[r];
            String id = t.str(IH_CASE, r);
            Integer c = cases.get(id);
            if (c == null) {
                cases.put(id, caseIds.size());
                caseIds.add(id);
                caseOpen.add(open[r]);
                caseClose.add(close[r]);
                caseFirst.add(i);
                store.inHomeCase[i] = caseIds.size() - 1;
            } else {
                store.inHomeCase[i] = c;
                caseOpen.set(c, Math.min(caseOpen.get(c), open[r]));
                int was = caseClose.get(c);
                caseClose.set(c, was == Dates.NONE || close[r] == Dates.NONE ? Dates.NONE : Math.max(was, close[r]));
            }
        }
        store.caseIds = caseIds.toArray(String[]::new);
        store.caseOpen = caseOpen.toArray();
        store.caseClose = caseClose.toArray();
        store.caseFirstRow = caseFirst.toArray();
        used.put(ContractFile.IN_HOME_CASES, (long) kept);
    }

    // ---------------------------------------------------------------- meetings and health exams

    /**
     * meetings.csv: DUPLICATE_ID on (meeting_id, child_id), UNKNOWN_REFERENCE (child, then the
     * worker when one is named), AFTER_AS_OF (a meeting date after the as-of date). A meeting
     * belongs to the child: its date need not fall in care.
     */
    private void meetings() {
        StagedTable t = staging.table(ContractFile.MEETINGS);
        int n = t.size();
        Set<String> seen = newSet(n);
        int[] child = new int[n];
        int[] date = new int[n];
        int[] worker = new int[n];
        int[] keptRows = new int[n];
        int kept = 0;
        for (int r = 0; r < n; r++) {
            String id = t.str(MT_ID, r);
            String childId = t.str(MT_CHILD, r);
            String key = id == null || childId == null ? null : id + '\u0000' + childId;
            if (!claimId(t, r, seen, key, "meeting_id", null)) {
                continue;
            }
            Integer c = childIndex.get(childId);
            String workerId = t.str(MT_WORKER, r);
            Integer w = workerId == null ? Integer.valueOf(-1) : workerIndex.get(workerId);
            date[r] = t.num(MT_DATE, r);
            if (c == null) {
                unknown(t, r, "child_id", childId, "child");
            } else if (w == null) {
                unknown(t, r, "worker_id", workerId, "worker");
            } else if (date[r] > asOf) {
                afterAsOf(t, r, "meeting_date", date[r]);
            } else {
                child[r] = c;
                worker[r] = w;
                keptRows[kept++] = r;
            }
        }
        // keptRows is in line order; the rows go by child, then meeting date, then line (Grouping is stable)
        Grouping g = Grouping.of(keptRows, kept, child, date, store.childCount());
        store.childMeetings = g.offsets;
        store.meetingIds = new String[kept];
        store.meetingDate = permute(date, g.rows);
        store.meetingWorker = permute(worker, g.rows);
        store.meetingLine = new int[kept];
        store.meetingType = new byte[kept];
        for (int i = 0; i < kept; i++) {
            int r = g.rows[i];
            store.meetingIds[i] = t.str(MT_ID, r);
            store.meetingLine[i] = t.line(r);
            store.meetingType[i] = (byte) t.num(MT_TYPE, r);
        }
        used.put(ContractFile.MEETINGS, (long) kept);
    }

    /**
     * health_exams.csv: UNKNOWN_REFERENCE (child), AFTER_AS_OF (an exam date after the as-of
     * date). The file has no id, so identical rows are all kept. An exam belongs to the child: its
     * date need not fall in care.
     */
    private void healthExams() {
        StagedTable t = staging.table(ContractFile.HEALTH_EXAMS);
        int n = t.size();
        int[] child = new int[n];
        int[] date = new int[n];
        int[] keptRows = new int[n];
        int kept = 0;
        for (int r = 0; r < n; r++) {
            if (t.reason(r) != null) {
                continue;
            }
            String childId = t.str(HE_CHILD, r);
            Integer c = childIndex.get(childId);
            date[r] = t.num(HE_DATE, r);
            if (c == null) {
                unknown(t, r, "child_id", childId, "child");
            } else if (date[r] > asOf) {
                afterAsOf(t, r, "exam_date", date[r]);
            } else {
                child[r] = c;
                keptRows[kept++] = r;
            }
        }
        Grouping g = Grouping.of(keptRows, kept, child, date, store.childCount());
        store.childExams = g.offsets;
        store.examDate = permute(date, g.rows);
        store.examLine = new int[kept];
        store.examType = new byte[kept];
        for (int i = 0; i < kept; i++) {
            int r = g.rows[i];
            store.examLine[i] = t.line(r);
            store.examType[i] = (byte) t.num(HE_TYPE, r);
        }
        used.put(ContractFile.HEALTH_EXAMS, (long) kept);
    }

    // ---------------------------------------------------------------- findings

    /** A hash set for n ids that never resizes (Java 17 has no HashSet.newHashSet). */
    private static Set<String> newSet(int n) {
        return new HashSet<>(capacity(n));
    }

    private static Map<String, Integer> newMap(int n) {
        return new HashMap<>(capacity(n));
    }

    private static int capacity(int n) {
        return (int) Math.min(1 << 30, (long) Math.ceil(n / 0.75) + 1);
    }

    private void setAside(StagedTable t, int r, String column, String value, FindingCode code, String message) {
        ledger.setAside(t.file(), t.line(r), column, value, code, message);
    }

    /**
     * The DUPLICATE_ID rule: a row set aside for its own cells still claims its id (the first
     * row wins, whether or not it was set aside); a later row with a claimed id is a duplicate.
     * Returns whether row r goes on to the other checks.
     */
    private boolean claimId(StagedTable t, int r, Set<String> seen, String key, String column, String shown) {
        if (t.reason(r) != null) {
            if (key != null) {
                seen.add(key);
            }
            return false;
        }
        if (!seen.add(key)) {
            // a report's key is report_id NUL child_id: shown as "id (child c)", built only here
            duplicate(t, r, column, shown != null ? shown : key.replace("\u0000", " (child ") + ")");
            return false;
        }
        return true;
    }

    private void duplicate(StagedTable t, int r, String column, String id) {
        setAside(t, r, column, id, FindingCode.DUPLICATE_ID, column + " " + id + " was already read (the first row wins)");
    }

    private void unknown(StagedTable t, int r, String column, String id, String what) {
        setAside(t, r, column, id, FindingCode.UNKNOWN_REFERENCE,
                "no " + what + " " + id + " (it does not exist or all its rows were set aside)");
    }

    private void endBeforeStart(StagedTable t, int r, String column, int end, int start, String startColumn) {
        setAside(t, r, column, Dates.format(end), FindingCode.END_BEFORE_START,
                column + " must be on or after " + startColumn + " " + Dates.format(start));
    }

    private void afterAsOf(StagedTable t, int r, String column, int date) {
        setAside(t, r, column, Dates.format(date), FindingCode.AFTER_AS_OF,
                column + " is after the as-of date " + Dates.format(asOf) + ": the row did not exist yet");
    }

    /** An end date after the as-of date makes the spell open (with a warning). */
    private int cutOpenEnd(StagedTable t, int r, String column, int end) {
        if (end != Dates.NONE && end > asOf) {
            ledger.warn(t.file(), t.line(r), column, Dates.format(end), FindingCode.AFTER_AS_OF,
                    column + " is after the as-of date " + Dates.format(asOf) + ": read as open");
            return Dates.NONE;
        }
        return end;
    }

    private static int[] permute(int[] values, int[] order) {
        int[] out = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = values[order[i]];
        }
        return out;
    }

    private static byte[] toBytes(int[] values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }
}
