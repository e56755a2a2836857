package org.childstat.indicators.core.synthetic;

import static org.childstat.indicators.core.internal.Col.*;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.childstat.indicators.core.internal.Assembler;
import org.childstat.indicators.core.internal.Dates;
import org.childstat.indicators.core.internal.IntList;
import org.childstat.indicators.core.internal.Ledger;
import org.childstat.indicators.core.internal.StagedTable;
import org.childstat.indicators.core.internal.Staging;
import org.childstat.indicators.core.internal.StoreAccess;
import org.childstat.indicators.core.io.CaseDataWriter;
import org.childstat.indicators.core.io.ContractFile;
import org.childstat.indicators.core.io.DateBounds;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.Level;
import org.childstat.indicators.core.synthetic.PlantedEffect.Outcome;

/**
 * A seeded, deterministic synthetic county: the same size, seed and as-of date always give the
 * same extract, row for row. It is realistic enough to exercise every indicator (see the model
 * below) and it plants known differences ({@link #truth()}) for outlier detection to find.
 *
 * <p>The model, per family of 1 to 4 siblings: an initial referral at a uniform date in the 8
 * years before the as-of date, investigated by a worker of the family's unit (response priority,
 * first contact, disposition date); 40% victim dispositions; removal of the whole family after
 * 75% of victim reports (once); stays with a log-normal length (median about 8 months, 5% under 8
 * days); exits to reunification (probability {@value #P_REUNIFY}), else adoption, guardianship,
 * relatives, emancipation, transfer, runaway or death, and emancipation on the 18th birthday;
 * placement moves at {@value #MOVES_PER_YEAR} a year between providers, runaway spells, respite
 * (temporary) spells and returns to the same provider, trial home visits before 35% of
 * reunifications; siblings placed in one home in 70% of families; re-entry within a year after {@value #P_REENTRY} of reunification and
 * guardianship exits; another victim report within a year of {@value #P_RECURRENCE} of victim
 * reports; monthly in-person contacts in 92% of months in care; case transfers and caseworker
 * turnover (tenures of about 4 years, 10% of workers moving unit once). Units hold about 6
 * workers; the number of workers is set for about 12 children in care per worker.
 *
 * <p>The data are clean: reading the CSV it writes gives no findings. Immutable and thread-safe.
 */
public final class SyntheticCounty {
    /** Probability that an episode ends in reunification, before planted factors. */
    public static final double P_REUNIFY = 0.55;
    /** Probability of re-entry within 12 months of a reunification or guardianship exit. */
    public static final double P_REENTRY = 0.12;
    /** Placement moves per year in care. */
    public static final double MOVES_PER_YEAR = 0.9;
    /** Probability of another victim report within 12 months of a victim report. */
    public static final double P_RECURRENCE = 0.08;

    /** Probability that a referral has a victim disposition. */
    static final double P_VICTIM = 0.40;
    /** Probability that a family is removed after a victim referral (once per family). */
    static final double P_REMOVAL = 0.75;
    /** Caseworker positions per child of the county: about 12 open cases (in care or under investigation) each. */
    static final double SLOTS_PER_CHILD = 0.0067;

    private final CaseData data;
    private final List<PlantedEffect> truth;
    private final long seed;

    private SyntheticCounty(CaseData data, List<PlantedEffect> truth, long seed) {
        this.data = data;
        this.truth = List.copyOf(truth);
        this.seed = seed;
    }

    /** The earliest as-of date: the histories reach up to 26 years back, and no date is before 1900. */
    public static final LocalDate EARLIEST_AS_OF = DateBounds.MIN.plusYears(30);

    /**
     * Generates a county of exactly {@code children} children, as known on {@code asOf}. Families
     * are whole except the last, which is cut to the children left.
     *
     * @param children how many children: 1 to 10,000,000
     * @param seed     the seed; the same size, seed and as-of date give the same county
     * @param asOf     the as-of date of the extract; histories end on it
     * @return the county, with its extract and its planted differences
     * @throws NullPointerException     if {@code asOf} is null
     * @throws IllegalArgumentException if {@code children} is not 1 to 10,000,000, or {@code asOf}
     *                                  is before {@link #EARLIEST_AS_OF} or after {@link DateBounds#MAX}
     */
    public static SyntheticCounty generate(int children, long seed, LocalDate asOf) {
        if (children < 1 || children > 10_000_000) {
            throw new IllegalArgumentException("children must be 1 to 10,000,000, got " + children);
        }
        DateBounds.check(Objects.requireNonNull(asOf, "asOf"), "asOf");
        if (asOf.isBefore(EARLIEST_AS_OF)) {
            throw new IllegalArgumentException("asOf: " + asOf + " is before " + EARLIEST_AS_OF
                    + ", the earliest as-of date of the synthetic county (its histories reach 26 years back, and no"
                    + " date may be before " + DateBounds.MIN + ")");
        }
        Generator g = new Generator(children, seed, Dates.of(asOf));
        g.run();
        Assembler.Result result = Assembler.assemble(g.staging, Dates.of(asOf), new Ledger());
        return new SyntheticCounty(StoreAccess.caseData(result.store(), result.report()), g.truth, seed);
    }

    /**
     * The county's extract, as {@code CaseDataReader} would read it back from
     * {@link #writeCsv(Path)}.
     *
     * @return the extract; its data-quality report has no findings
     */
    public CaseData data() {
        return data;
    }

    /**
     * The differences planted in the county, for outlier detection to find.
     *
     * @return up to 14 effects (2 offices, 4 units, 8 workers; fewer in a county too small to
     *         hold that many entities), in the order they were planted; unmodifiable
     */
    public List<PlantedEffect> truth() {
        return truth;
    }

    /**
     * The seed it was generated with.
     *
     * @return the {@code seed} given to {@link #generate}
     */
    public long seed() {
        return seed;
    }

    /**
     * Writes the extract as the contract's CSV folder, with {@code extract.txt}
     * ({@link CaseDataWriter#write}).
     *
     * @param folder the folder; created if needed, the contract's files in it replaced
     * @throws java.io.UncheckedIOException if a file cannot be written
     */
    public void writeCsv(Path folder) {
        CaseDataWriter.write(data, folder);
    }

    @Override
    public String toString() {
        return "SyntheticCounty[seed=" + seed + ", " + data + ", planted=" + truth.size() + "]";
    }

    /** The generator's state; one use. */
    private static final class Generator {
        final int target;
        final long seed;
        final int asOf;
        final int windowStart;
        final Staging staging = new Staging();
        final List<PlantedEffect> truth = new ArrayList<>();

        // organisation
        int[] unitOffice;
        int[] officeBureau;
        String[] workerIds;
        final IntList spellWorker = new IntList(), spellUnit = new IntList(), spellStart = new IntList(),
                spellEnd = new IntList();
        IntList[] unitSpells;
        final Map<Outcome, double[]> workerFactor = new EnumMap<>(Outcome.class);
        final Map<Outcome, double[]> unitFactor = new EnumMap<>(Outcome.class);
        final Map<Outcome, double[]> officeFactor = new EnumMap<>(Outcome.class);

        int childSeq, episodeSeq, placementSeq, reportSeq, providerSeq;

        Generator(int target, long seed, int asOf) {
            this.target = target;
            this.seed = seed;
            this.asOf = asOf;
            this.windowStart = Dates.plusYears(asOf, -8);
        }

        void run() {
            SplittableRandom rng = new SplittableRandom(seed);
            organisation(rng);
            plant(rng.split());
            int family = 0;
            while (childSeq < target) {
                family(new SplittableRandom(mix(seed, family)), family);
                family++;
            }
        }

        // ------------------------------------------------------------ organisation

        void organisation(SplittableRandom rng) {
            int bureaus = Math.min(8, 4 + (int) (Math.log(Math.max(1, target / 50_000.0)) / Math.log(2)));
            bureaus = Math.max(4, bureaus);
            int workers = Math.max(8, (int) Math.round(target * SLOTS_PER_CHILD));
            int units = Math.max(bureaus, Math.round(workers / 6f));
            int offices = Math.max(bureaus, Math.round(units / 4f));
            officeBureau = new int[offices];
            for (int o = 0; o < offices; o++) {
                officeBureau[o] = o % bureaus;
            }
            unitOffice = new int[units];
            unitSpells = new IntList[units];
            StagedTable org = staging.table(ContractFile.ORG_UNITS);
            for (int u = 0; u < units; u++) {
                unitOffice[u] = u % offices;
                unitSpells[u] = new IntList();
                int o = unitOffice[u], b = officeBureau[o];
                int r = org.addRow(u + 2);
                org.set(OU_UNIT, r, unitId(u)).set(OU_UNIT_NAME, r, "Unit " + (u + 1)).set(OU_OFFICE, r, officeId(o))
                        .set(OU_OFFICE_NAME, r, "Office " + (o + 1)).set(OU_BUREAU, r, bureauId(b))
                        .set(OU_BUREAU_NAME, r, "Bureau " + (char) ('A' + b));
            }
            List<String> ids = new ArrayList<>();
            int slots = Math.max(units, workers);
            for (int slot = 0; slot < slots; slot++) {
                int u = slot % units;
                int t = windowStart - 365 * 2 - rng.nextInt(365 * 3);
                while (t <= asOf) {
                    int w = ids.size();
                    ids.add(String.format("W%05d", w + 1));
                    int tenure = 90 + (int) (-Math.log(1 - rng.nextDouble()) * 365 * 4);
                    int end = t + tenure - 1;
                    if (rng.nextDouble() < 0.10 && tenure > 400) {
                        int move = t + 180 + rng.nextInt(tenure - 360);
                        spell(w, u, t, move);
                        spell(w, rng.nextInt(units), move + 1, end);
                        end = move;
                    } else {
                        spell(w, u, t, end);
                    }
                    t = end + 1;
                }
            }
            workerIds = ids.toArray(String[]::new);
            StagedTable wk = staging.table(ContractFile.WORKERS);
            for (int s = 0; s < spellWorker.size(); s++) {
                int r = wk.addRow(s + 2);
                int w = spellWorker.get(s);
                wk.set(WK_WORKER, r, workerIds[w]).set(WK_NAME, r, "Worker " + (w + 1))
                        .set(WK_UNIT, r, unitId(spellUnit.get(s))).set(WK_START, r, spellStart.get(s))
                        .set(WK_END, r, spellEnd.get(s) > asOf ? Dates.NONE : spellEnd.get(s));
            }
        }

        void spell(int worker, int unit, int start, int end) {
            if (start > asOf) {
                return;
            }
            unitSpells[unit].add(spellWorker.size());
            spellWorker.add(worker);
            spellUnit.add(unit);
            spellStart.add(start);
            spellEnd.add(end);
        }

        /** A worker spell of the unit covering the date, or -1. */
        int pick(int unit, int date, SplittableRandom rng) {
            IntList spells = unitSpells[unit];
            for (int tries = 0; tries < 24 && spells.size() > 0; tries++) {
                int s = spells.get(rng.nextInt(spells.size()));
                if (spellStart.get(s) <= date && spellEnd.get(s) >= date) {
                    return s;
                }
            }
            for (int i = 0; i < spells.size(); i++) {
                int s = spells.get(i);
                if (spellStart.get(s) <= date && spellEnd.get(s) >= date) {
                    return s;
                }
            }
            return -1;
        }

        void plant(SplittableRandom rng) {
            for (Outcome o : Outcome.values()) {
                workerFactor.put(o, ones(workerIds.length));
                unitFactor.put(o, ones(unitOffice.length));
                officeFactor.put(o, ones(officeBureau.length));
            }
            Outcome[] outcomes = Outcome.values();
            double[] factors = {0.6, 2.0, 2.0, 2.0};
            double[] baselines = {P_REUNIFY, P_REENTRY, MOVES_PER_YEAR, P_RECURRENCE};
            int offices = officeBureau.length >= 8 ? 2 : 1;
            int k = 0;
            for (int i = 0; i < offices; i++, k++) {
                int o = (i * 5 + 3) % officeBureau.length;
                officeFactor.get(outcomes[k % 4])[o] = factors[k % 4];
                truth.add(new PlantedEffect(Level.OFFICE, officeId(o), outcomes[k % 4], baselines[k % 4], factors[k % 4]));
            }
            for (int i = 0; i < Math.min(4, unitOffice.length / 4); i++, k++) {
                int u = rng.nextInt(unitOffice.length);
                if (officePlanted(unitOffice[u]) || unitPlanted(u)) {
                    continue;
                }
                unitFactor.get(outcomes[k % 4])[u] = factors[k % 4];
                truth.add(new PlantedEffect(Level.UNIT, unitId(u), outcomes[k % 4], baselines[k % 4], factors[k % 4]));
            }
            // workers: long-tenured ones (open spells) so they carry enough cases to be found
            for (int i = 0, tries = 0; i < Math.min(8, workerIds.length / 20) && tries < 1000; tries++) {
                int s = rng.nextInt(spellWorker.size());
                int w = spellWorker.get(s);
                if (spellEnd.get(s) <= asOf || spellStart.get(s) > windowStart || unitPlanted(spellUnit.get(s))
                        || officePlanted(unitOffice[spellUnit.get(s)]) || workerPlanted(w)) {
                    continue;
                }
                workerFactor.get(outcomes[k % 4])[w] = factors[k % 4];
                truth.add(new PlantedEffect(Level.WORKER, workerIds[w], outcomes[k % 4], baselines[k % 4], factors[k % 4]));
                i++;
                k++;
            }
        }

        boolean officePlanted(int o) {
            return officeFactor.values().stream().anyMatch(f -> f[o] != 1.0);
        }

        boolean unitPlanted(int u) {
            return unitFactor.values().stream().anyMatch(f -> f[u] != 1.0);
        }

        boolean workerPlanted(int w) {
            return workerFactor.values().stream().anyMatch(f -> f[w] != 1.0);
        }

        double factor(Outcome outcome, int spell) {
            if (spell < 0) {
                return 1.0;
            }
            int u = spellUnit.get(spell);
            return workerFactor.get(outcome)[spellWorker.get(spell)] * unitFactor.get(outcome)[u]
                    * officeFactor.get(outcome)[unitOffice[u]];
        }

        // ------------------------------------------------------------ families and children

        void family(SplittableRandom rng, int family) {
            double x = rng.nextDouble();
            // the last family is cut to the children left, so that N children means N rows
            int size = Math.min(target - childSeq, x < 0.5 ? 1 : x < 0.75 ? 2 : x < 0.9 ? 3 : 4);
            int unit = rng.nextInt(unitOffice.length);
            int first = windowStart + rng.nextInt(asOf - windowStart + 1);
            String group = size > 1 ? String.format("S%07d", family + 1) : null;
            int[] child = new int[size];
            int[] birth = new int[size];
            StagedTable ch = staging.table(ContractFile.CHILDREN);
            for (int i = 0; i < size; i++) {
                child[i] = childSeq++;
                birth[i] = first - rng.nextInt(365 * 17 + 300) - 1;
                int r = ch.addRow(ch.size() + 2);
                ch.set(CH_ID, r, childId(child[i])).set(CH_BIRTH, r, birth[i]).set(CH_SEX, r, 1 + rng.nextInt(2))
                        .set(CH_RACE, r, RACES[rng.nextInt(RACES.length)]).set(CH_SIBLINGS, r, group);
            }
            // the referral history of the family
            int date = first;
            boolean removedBefore = false;
            int reports = 0;
            while (date <= asOf && reports < 6) {
                reports++;
                int investigator = pick(unit, date, rng);
                boolean victim = rng.nextDouble() < P_VICTIM;
                report(rng, child, date, investigator, victim);
                for (int c : child) {
                    assign(rng, c, unit, investigator, date, date + 30 + rng.nextInt(30));
                }
                int next;
                if (victim && !removedBefore && rng.nextDouble() < P_REMOVAL) {
                    removedBefore = true;
                    int removal = date + rng.nextInt(6);
                    int end = removal;
                    // siblings go to one home together in 70% of families
                    String home = size > 1 && rng.nextDouble() < 0.7 ? provider() : null;
                    for (int i = 0; i < size; i++) {
                        if (birth[i] <= removal && removal < Dates.plusYears(birth[i], 18)) {
                            end = Math.max(end, careHistory(rng, child[i], birth[i], unit, removal, home));
                        }
                    }
                    next = end + 30 + rng.nextInt(365 * 3);
                } else if (victim && rng.nextDouble() < P_RECURRENCE * factor(Outcome.RECURRENCE, investigator)) {
                    next = date + 15 + rng.nextInt(340);
                } else {
                    next = rng.nextDouble() < 0.25 ? date + 60 + rng.nextInt(365 * 4) : Integer.MAX_VALUE;
                }
                date = next;
            }
        }

        /** One child's episodes from a removal; returns the last day of care. */
        int careHistory(SplittableRandom rng, int child, int birth, int unit, int removal, String home) {
            int eighteen = Dates.plusYears(birth, 18);
            int last = removal;
            for (int episode = 0; episode < 3 && removal <= asOf && removal < eighteen; episode++) {
                int worker = pick(unit, removal, rng);
                double pReunify = Math.min(0.95, P_REUNIFY * factor(Outcome.REUNIFICATION, worker));
                int reason;
                int los;
                if (rng.nextDouble() < 0.05) {
                    los = rng.nextInt(8);
                    reason = 1;
                } else if (rng.nextDouble() < pReunify) {
                    reason = rng.nextDouble() < 0.9 ? 1 : 2;
                    los = logNormal(rng, 240, 0.8);
                } else {
                    double y = rng.nextDouble();
                    reason = y < 0.35 ? 3 : y < 0.60 ? 5 : y < 0.72 ? 2 : y < 0.82 ? 4 : y < 0.88 ? 6 : y < 0.98 ? 7 : 8;
                    los = logNormal(rng, reason == 3 ? 720 : 420, 0.7);
                }
                int discharge = removal + los;
                if (discharge >= eighteen) {
                    discharge = eighteen;
                    reason = 4;
                }
                if (reason == 4 && discharge < eighteen && eighteen - removal < 365 * 3) {
                    discharge = eighteen;
                }
                boolean open = discharge > asOf;
                double moves = MOVES_PER_YEAR * factor(Outcome.PLACEMENT_MOVES, worker);
                int e = episode(child, removal, open ? Dates.NONE : discharge, open ? 0
                        : rng.nextDouble() < 0.003 ? 0 : reason);
                placements(rng, e, removal, open ? Dates.NONE : discharge, reason, moves, eighteen,
                        episode == 0 ? home : null);
                int careEnd = open ? asOf : discharge;
                assign(rng, child, unit, worker, removal, open ? asOf + 1 : discharge);
                contacts(rng, child, removal, careEnd, unit);
                inCareReports(rng, child, removal, careEnd, unit);
                last = careEnd;
                if (open || (reason != 1 && reason != 2 && reason != 5)) {
                    break;
                }
                double pReenter = P_REENTRY * factor(Outcome.REENTRY, worker);
                if (rng.nextDouble() < pReenter) {
                    removal = discharge + rng.nextInt(365);
                } else if (rng.nextDouble() < 0.03) {
                    removal = discharge + 365 + rng.nextInt(730);
                } else {
                    break;
                }
            }
            return last;
        }

        int episode(int child, int removal, int discharge, int reason) {
            StagedTable ep = staging.table(ContractFile.EPISODES);
            int r = ep.addRow(ep.size() + 2);
            ep.set(EP_ID, r, String.format("E%08d", ++episodeSeq)).set(EP_CHILD, r, childId(child))
                    .set(EP_REMOVAL, r, removal).set(EP_DISCHARGE, r, discharge).set(EP_REASON, r, reason);
            return episodeSeq;
        }

        void placements(SplittableRandom rng, int episode, int removal, int discharge, int reason, double movesPerYear,
                        int eighteen, String home) {
            int end = discharge == Dates.NONE ? asOf + 1 : discharge; // past the as-of date: an open spell
            int thvStart = Integer.MAX_VALUE;
            if (discharge != Dates.NONE && reason == 1 && end - removal > 45 && rng.nextDouble() < 0.35) {
                thvStart = end - Math.min(end - removal - 10, 15 + rng.nextInt(106));
            }
            int mainEnd = Math.min(end, thvStart - 1);
            int moves = poisson(rng, movesPerYear * Math.max(0, mainEnd - removal) / 365.0);
            int[] at = new int[moves];
            for (int i = 0; i < moves; i++) {
                at[i] = removal + 1 + rng.nextInt(Math.max(1, mainEnd - removal));
            }
            Arrays.sort(at);
            String provider = home != null ? home : provider();
            int setting = setting(rng, reason == 3 && moves == 0, removal, eighteen);
            int start = removal;
            for (int i = 0; i <= moves; i++) {
                int stop = i < moves ? at[i] - 1 : mainEnd;
                if (stop < start) {
                    continue;
                }
                // an occasional runaway or respite inside the spell, back to the same provider
                if (stop - start > 40 && rng.nextDouble() < 0.06) {
                    int away = start + 10 + rng.nextInt(stop - start - 30);
                    int back = away + 2 + rng.nextInt(14);
                    placement(episode, start, away - 1, setting, false, provider);
                    boolean runaway = rng.nextBoolean();
                    placement(episode, away, back - 1, runaway ? 7 : setting, !runaway, runaway ? null : provider());
                    start = back;
                }
                placement(episode, start, stop, setting, false, provider);
                start = stop + 1;
                provider = provider();
                setting = setting(rng, reason == 3 && i + 1 == moves, start, eighteen);
            }
            if (thvStart != Integer.MAX_VALUE) {
                placement(episode, thvStart, end, 8, false, "HOME-" + episode);
            }
        }

        void placement(int episode, int start, int end, int setting, boolean temporary, String provider) {
            if (start > asOf) {
                return;
            }
            StagedTable pl = staging.table(ContractFile.PLACEMENTS);
            int r = pl.addRow(pl.size() + 2);
            pl.set(PL_ID, r, String.format("P%09d", ++placementSeq)).set(PL_EPISODE, r, String.format("E%08d", episode))
                    .set(PL_START, r, start).set(PL_END, r, end > asOf ? Dates.NONE : end).set(PL_SETTING, r, setting)
                    .set(PL_TEMPORARY, r, temporary ? YES : NO).set(PL_PROVIDER, r, provider);
        }

        int setting(SplittableRandom rng, boolean preAdoptive, int date, int eighteen) {
            if (preAdoptive) {
                return 1;
            }
            if (eighteen - date < 365 * 2 && rng.nextDouble() < 0.15) {
                return 6;
            }
            double x = rng.nextDouble();
            return x < 0.35 ? 2 : x < 0.77 ? 3 : x < 0.89 ? 4 : 5;
        }

        String provider() {
            return String.format("H%07d", ++providerSeq);
        }

        void report(SplittableRandom rng, int[] children, int date, int investigator, boolean victim) {
            StagedTable rp = staging.table(ContractFile.REPORTS);
            String id = String.format("R%08d", ++reportSeq);
            boolean immediate = rng.nextDouble() < 0.25;
            long received = date * 86_400L + rng.nextInt(86_400);
            long firstContact = immediate
                    ? received + (rng.nextDouble() < 0.88 ? 3_600L + rng.nextInt(82_800) : 90_000L + rng.nextInt(172_800))
                    : received + (rng.nextDouble() < 0.88 ? rng.nextInt(5 * 86_400) : (6 + rng.nextInt(7)) * 86_400L);
            int disposed = date + (rng.nextDouble() < 0.85 ? 10 + rng.nextInt(21) : 31 + rng.nextInt(60));
            for (int c : children) {
                int r = rp.addRow(rp.size() + 2);
                int disposition = victim ? (rng.nextDouble() < 0.9 ? 1 : 2) : 3 + rng.nextInt(7);
                rp.set(RP_ID, r, id).set(RP_CHILD, r, childId(c)).set(RP_DATE, r, date)
                        .set(RP_DISPOSITION, r, disposition)
                        .set(RP_INCIDENT, r, rng.nextDouble() < 0.8 ? date - rng.nextInt(10) : Dates.NONE)
                        .set(RP_DEATH, r, NO)
                        .set(RP_WORKER, r, investigator < 0 ? null : workerIds[spellWorker.get(investigator)])
                        .set(RP_PRIORITY, r, immediate ? 1 : 2).set(RP_RECEIVED, r, received)
                        .set(RP_FIRST_CONTACT, r, Dates.dayOf(firstContact) > asOf ? Dates.NO_TIME : firstContact)
                        .set(RP_DISPOSITION_DATE, r, disposed > asOf ? Dates.NONE : disposed);
            }
        }

        void inCareReports(SplittableRandom rng, int child, int from, int to, int unit) {
            double years = (to - from) / 365.0;
            if (rng.nextDouble() < 0.02 * years) {
                int date = from + 7 + rng.nextInt(Math.max(1, to - from - 7));
                if (date <= asOf) {
                    report(rng, new int[] {child}, date, pick(unit, date, rng), true);
                }
            }
        }

        void contacts(SplittableRandom rng, int child, int from, int to, int unit) {
            StagedTable ct = staging.table(ContractFile.CONTACTS);
            LocalDate month = LocalDate.ofEpochDay(from).withDayOfMonth(1);
            while (month.toEpochDay() <= to) {
                int lo = Math.max(from, (int) month.toEpochDay());
                int hi = Math.min(to, (int) month.withDayOfMonth(month.lengthOfMonth()).toEpochDay());
                if (rng.nextDouble() < 0.92) {
                    int day = lo + rng.nextInt(hi - lo + 1);
                    int s = pick(unit, day, rng);
                    int r = ct.addRow(ct.size() + 2);
                    ct.set(CT_CHILD, r, childId(child)).set(CT_DATE, r, day).set(CT_TYPE, r, 1)
                            .set(CT_WORKER, r, s < 0 ? null : workerIds[spellWorker.get(s)])
                            .set(CT_IN_RESIDENCE, r, rng.nextDouble() < 0.8 ? YES : NO);
                }
                month = month.plusMonths(1);
            }
        }

        /** Assigns the child's case in [from, to], starting with the given spell's worker, with transfers. */
        void assign(SplittableRandom rng, int child, int unit, int spell, int from, int to) {
            StagedTable as = staging.table(ContractFile.ASSIGNMENTS);
            int transfer = to - from > 120 && rng.nextDouble() < 0.25 ? from + 60 + rng.nextInt(to - from - 60) : -1;
            int d = from;
            int s = spell;
            while (d <= to && d <= asOf) {
                if (s < 0 || spellEnd.get(s) < d || spellStart.get(s) > d) {
                    s = pick(unit, d, rng);
                    if (s < 0) {
                        return;
                    }
                }
                int end = Math.min(to, spellEnd.get(s));
                if (transfer > d && transfer <= end) {
                    end = transfer - 1;
                }
                int r = as.addRow(as.size() + 2);
                as.set(AS_CHILD, r, childId(child)).set(AS_WORKER, r, workerIds[spellWorker.get(s)])
                        .set(AS_START, r, d).set(AS_END, r, end > asOf ? Dates.NONE : end);
                d = end + 1;
                if (d == transfer) {
                    s = -1;
                }
            }
        }

        static final String[] RACES = {"WHITE", "BLACK", "HISPANIC", "ASIAN", "NATIVE", "MULTI", "UNKNOWN"};

        static String childId(int c) {
            return String.format("C%07d", c + 1);
        }

        static String unitId(int u) {
            return String.format("U%03d", u + 1);
        }

        static String officeId(int o) {
            return String.format("O%02d", o + 1);
        }

        static String bureauId(int b) {
            return "B" + (b + 1);
        }

        static double[] ones(int n) {
            double[] a = new double[n];
            Arrays.fill(a, 1.0);
            return a;
        }

        static int logNormal(SplittableRandom rng, double median, double sigma) {
            double z = gaussian(rng);
            return Math.max(8, (int) Math.round(median * Math.exp(sigma * z)));
        }

        static double gaussian(SplittableRandom rng) {
            double u = 1 - rng.nextDouble(), v = rng.nextDouble();
            return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
        }

        static int poisson(SplittableRandom rng, double mean) {
            if (mean <= 0) {
                return 0;
            }
            if (mean > 30) {
                return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * gaussian(rng)));
            }
            double l = Math.exp(-mean), p = 1;
            int k = 0;
            do {
                k++;
                p *= rng.nextDouble();
            } while (p > l);
            return k - 1;
        }

        static long mix(long seed, int family) {
            long z = seed + 0x9E3779B97F4A7C15L * (family + 1);
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }
    }
}
