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
 * workers; the number of workers is set for about 12 children in care or under investigation per
 * worker.
 *
 * <p>In-home services ({@code in_home_cases.csv}) come from a random stream of their own, so
 * every row of the other files is the one the county has without them (assignments.csv and
 * contacts.csv only gain rows). A case, with one row for each of the family's children born,
 * under 18 and not in care on its opening day, opens: 5 to 45 days after 55% of the victim reports
 * not followed by a removal and 10% of the other reports (voluntary services); on the discharge
 * day of 50% of the reunifications (reason 1; siblings going home that day share the case); 20 to
 * 330 days before the removal of {@value #P_IN_HOME_BEFORE_REMOVAL} of the families removed after
 * a report (planted factors apply); and, instead of the first two, in the week before the
 * family's next report for 20% of the reports followed within 10 to 400 days by a report without
 * a removal (so some victim reports fall in a case's first 7 days, while the family's later
 * reports fall inside its cases). Cases last a log-normal time (median 270 days, sigma 0.7: about
 * 15% last 18 months or longer); 10% of the siblings' rows close earlier; a row closes by the day
 * before the 18th birthday, the day before a removal during it in about half the cases (else it
 * stays open across the stay), and the day before the child's next case opens. No case opens
 * after the as-of date; a close after it is left empty. The children are assigned to a worker of
 * the family's unit and visited in person in 85% of the months, on the days served at home outside
 * {@code [removal - 1, discharge]} of every episode, so that no indicator about children in care
 * sees another worker or another visit.
 *
 * <p>Meetings ({@code meetings.csv}) and health exams ({@code health_exams.csv}) come from
 * another random stream of their own, decided from the family's recorded episodes, assignments and
 * in-home rows, so every row of the other files is the one the county has without them. A TDM is
 * held about 70% of the removals (siblings removed on the same day share the meeting id, one row
 * per child): mostly from 2 days before to 2 days after the removal, some 3 to 29 days before,
 * and about 4% each exactly 30 days before, 3 days after, and 3% each 31 days before or 4 days
 * after (just outside {@code [removal - 30, removal + 3]}); OTHER meetings come at 0.8 a year in
 * care. A meeting names the child's worker on the day ({@code ON_DATE}), none when the child has
 * no assignment then or in 5% of the meetings. In each stay a MEDICAL exam comes in the first 30
 * days, then every 300 to 426 days, 8% of the gaps exactly 12 months and 8% 12 months and a day;
 * DENTAL exams from the first birthday on, every 150 to 420 days; an MH_SCREENING on day 0 to 45
 * after 85% of the removals and 60% of the in-home openings, a tenth of them exactly on day 30
 * and a tenth on day 31. No meeting or exam is after the as-of date, no exam before the birth.
 *
 * <p>The caseload effect ({@link Options#caseloadEffect()}, off by default so that the default
 * county is unchanged): a child removed while the worker assigned at the removal carries more
 * than {@value #CASELOAD_LIMIT} children in care or served at home that day has its probability
 * of reunification multiplied by {@value #CASELOAD_FACTOR}, and {@link #truth()} ends with a
 * COUNTY {@link Outcome#CASELOAD_REUNIFICATION} effect. Caseloads are known only once the county
 * is generated, so the county is generated three times: the caseloads of the county without the
 * effect decide the second, whose caseloads decide the third (the one returned). A county with
 * the effect differs from the default one from the first child removed by such a worker on.
 * Few workers carry more than {@value #CASELOAD_LIMIT} children in the default county (about 3% of
 * the removals); {@link Options#unevenCaseloads()} makes a third of the units heavy, so that a
 * county with uneven caseloads and the effect, and one with uneven caseloads only, differ in the
 * effect alone.
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
    /**
     * Probability that a family removed after a victim report was served at home in the year
     * before: an in-home case opened 20 to 330 days before the removal, before planted factors.
     */
    public static final double P_IN_HOME_BEFORE_REMOVAL = 0.25;

    /** Probability that a referral has a victim disposition. */
    static final double P_VICTIM = 0.40;
    /** Probability that a family is removed after a victim referral (once per family). */
    static final double P_REMOVAL = 0.75;
    /** Caseworker positions per child of the county: about 12 open cases (in care or under investigation) each. */
    static final double SLOTS_PER_CHILD = 0.0067;
    /** Probability of an in-home case after a victim report not followed by a removal. */
    static final double P_IN_HOME_AFTER_VICTIM = 0.55;
    /** Probability of an in-home case opened on the day of a reunification (reason 1). */
    static final double P_IN_HOME_AFTER_REUNIFICATION = 0.50;
    /** Probability of voluntary in-home services after a report without a victim disposition. */
    static final double P_IN_HOME_VOLUNTARY = 0.10;
    /** Probability that a report's in-home case opens only in the week before the family's next report. */
    static final double P_IN_HOME_BEFORE_NEXT_REPORT = 0.20;
    /** Median length of an in-home case, in days (log-normal, sigma IN_HOME_SIGMA). */
    static final double IN_HOME_MEDIAN_DAYS = 270;
    /** The log-normal sigma of in-home case lengths: about 15% last 18 months or longer. */
    static final double IN_HOME_SIGMA = 0.7;
    /** Probability of an in-person contact in a month served at home. */
    static final double P_IN_HOME_VISIT = 0.85;
    /** Salt of the in-home layer's own random stream per family (the family's stream is left as it was). */
    static final long IN_HOME_SALT = 0x1D0E_5E41_1CE5_CA5EL;
    /** Salt of the meetings and health exams layer's own random stream per family. */
    static final long MEETINGS_SALT = 0x7D3A_11E5_0E8A_3519L;
    /** Probability of a TDM about a removal (siblings removed together share it). */
    static final double P_TDM = 0.70;
    /** OTHER meetings per year in care. */
    static final double OTHER_MEETINGS_PER_YEAR = 0.8;
    /** Probability that a meeting names no worker. */
    static final double P_MEETING_NO_WORKER = 0.05;
    /** Probability of a mental-health screening after a removal (days 0 to 45). */
    static final double P_SCREENING_REMOVAL = 0.85;
    /** Probability of a mental-health screening after an in-home opening (days 0 to 45). */
    static final double P_SCREENING_IN_HOME = 0.60;

    /**
     * The caseload above which {@link Options#caseloadEffect()} lowers reunification: more than
     * this many children in care or served at home assigned to the worker on the day.
     */
    public static final int CASELOAD_LIMIT = 25;
    /** The factor {@link Options#caseloadEffect()} applies to the probability of reunification. */
    public static final double CASELOAD_FACTOR = 0.6;
    /**
     * With {@link Options#unevenCaseloads()}: the probability that a family drawn in a unit whose
     * index is not a multiple of 3 goes to the unit of its group of three whose index is.
     */
    public static final double P_HEAVY_UNIT = 0.3;
    /** Salt of the uneven caseloads' draw per family (the family's stream is left as it was). */
    static final long UNEVEN_SALT = 0x5A17_0C0F_FEE5_B0A7L;

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
        return generate(children, seed, asOf, true);
    }

    /**
     * As {@link #generate(int, long, LocalDate)}, with options. {@code Options.DEFAULT} gives the
     * county of {@link #generate(int, long, LocalDate)}, byte for byte.
     *
     * @param children how many children: 1 to 10,000,000
     * @param seed     the seed; the same size, seed, as-of date and options give the same county
     * @param asOf     the as-of date of the extract; histories end on it
     * @param options  what to plant beyond the default county
     * @return the county, with its extract and its planted differences
     * @throws NullPointerException     if {@code asOf} or {@code options} is null
     * @throws IllegalArgumentException if {@code children} is not 1 to 10,000,000, or {@code asOf}
     *                                  is before {@link #EARLIEST_AS_OF} or after {@link DateBounds#MAX}
     */
    public static SyntheticCounty generate(int children, long seed, LocalDate asOf, Options options) {
        return generate(children, seed, asOf, true, true, Objects.requireNonNull(options, "options"));
    }

    /**
     * As {@link #generate(int, long, LocalDate)}; without the in-home layer (tests: the county as
     * it was before the layer, with an empty in_home_cases.csv and no {@link Outcome#IN_HOME_ENTRY}
     * effect), every other row is the same.
     */
    static SyntheticCounty generate(int children, long seed, LocalDate asOf, boolean inHome) {
        return generate(children, seed, asOf, inHome, true, Options.DEFAULT);
    }

    /**
     * The generator with its layers chosen (tests): without the in-home layer (see
     * {@link #generate(int, long, LocalDate, boolean)}), without the meetings and health exams
     * layer (meetings.csv and health_exams.csv empty, every other row the same), with options.
     */
    static SyntheticCounty generate(int children, long seed, LocalDate asOf, boolean inHome, boolean meetingsAndExams,
                                    Options options) {
        if (children < 1 || children > 10_000_000) {
            throw new IllegalArgumentException("children must be 1 to 10,000,000, got " + children);
        }
        DateBounds.check(Objects.requireNonNull(asOf, "asOf"), "asOf");
        if (asOf.isBefore(EARLIEST_AS_OF)) {
            throw new IllegalArgumentException("asOf: " + asOf + " is before " + EARLIEST_AS_OF
                    + ", the earliest as-of date of the synthetic county (its histories reach 26 years back, and no"
                    + " date may be before " + DateBounds.MIN + ")");
        }
        boolean uneven = options.unevenCaseloads();
        Generator g = new Generator(children, seed, Dates.of(asOf), inHome, meetingsAndExams, uneven, null);
        if (options.caseloadEffect()) {
            // the caseloads of the county without the effect decide who is above the limit; two
            // rounds, so that they are close to the caseloads of the county with it
            for (int round = 0; round < CASELOAD_ROUNDS; round++) {
                g.recordLoads();
                g.run();
                g = new Generator(children, seed, Dates.of(asOf), inHome, meetingsAndExams, uneven, g.loads());
            }
        }
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
     * @return up to 15 effects (2 offices, 4 units, 8 workers for the outcomes of children in care
     *         and reports, then one office no other effect touches for
     *         {@link Outcome#IN_HOME_ENTRY}; fewer in a county too small to hold that many
     *         entities), in the order they were planted, and with
     *         {@link Options#caseloadEffect()} a last one, COUNTY
     *         {@link Outcome#CASELOAD_REUNIFICATION}; unmodifiable
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

    /** Rounds of caseloads before the county with the caseload effect is generated. */
    static final int CASELOAD_ROUNDS = 2;

    /**
     * What a synthetic county plants beyond the default one. Immutable and thread-safe.
     *
     * @param unevenCaseloads whether a third of the units (those whose index is a multiple of 3)
     *                        also get {@value #P_HEAVY_UNIT} of the families drawn in the other
     *                        units of their group of three, so that their workers carry about 1.6
     *                        times the county's caseload and the others about 0.7 times (many
     *                        workers above {@link #CASELOAD_LIMIT}); off by default
     * @param caseloadEffect  whether children removed while their worker carries more than
     *                        {@link #CASELOAD_LIMIT} children (in care or served at home, on the
     *                        removal day) have their probability of reunification multiplied by
     *                        {@link #CASELOAD_FACTOR}; off by default
     */
    public record Options(boolean unevenCaseloads, boolean caseloadEffect) {
        /** The default county: even caseloads, no caseload effect. */
        public static final Options DEFAULT = new Options(false, false);

        /**
         * These options, with uneven caseloads or not.
         *
         * @param on whether a third of the units carry more families
         * @return the options
         */
        public Options withUnevenCaseloads(boolean on) {
            return new Options(on, caseloadEffect);
        }

        /**
         * These options, with the caseload effect on or off.
         *
         * @param on whether the caseload effect is planted
         * @return the options
         */
        public Options withCaseloadEffect(boolean on) {
            return new Options(unevenCaseloads, on);
        }
    }

    @Override
    public String toString() {
        return "SyntheticCounty[seed=" + seed + ", " + data + ", planted=" + truth.size() + "]";
    }

    /** The generator's state; one use. */
    private static final class Generator {
        final int target;
        final long seed;
        final boolean inHomeLayer;
        final boolean meetingsLayer;
        final boolean uneven;
        /**
         * Per worker, a bit set of the days from windowStart (bit 0) when the worker carried more
         * than CASELOAD_LIMIT children, or null: no caseload effect.
         */
        final long[][] caseload;
        /** While recording: per worker, the difference array of the caseload (null: none yet). */
        short[][] loadDiff;
        /** Whether the assignments being written count in the caseload (in care, served at home). */
        boolean counting;
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

        int childSeq, episodeSeq, placementSeq, reportSeq, providerSeq, caseSeq, meetingSeq;

        // the family's history as the in-home layer needs it, recorded without drawing randomness:
        // its reports (date, victim, the removal that followed or -1) and its children's episodes
        // (family index of the child, removal, discharge or MAX_VALUE while open, reason as written)
        final IntList famReportDate = new IntList(), famReportVictim = new IntList(), famReportRemoval = new IntList();
        final IntList famEpChild = new IntList(), famEpRemoval = new IntList(), famEpDischarge = new IntList(),
                famEpReason = new IntList();
        int famFirstChild;
        // the family's assignments (family index of the child, worker, start, end) and in-home
        // rows (family index of the child, open), recorded without drawing randomness
        final IntList famAsChild = new IntList(), famAsWorker = new IntList(), famAsStart = new IntList(),
                famAsEnd = new IntList();
        final IntList famIhChild = new IntList(), famIhOpen = new IntList();

        Generator(int target, long seed, int asOf, boolean inHomeLayer, boolean meetingsLayer, boolean uneven,
                  long[][] caseload) {
            this.target = target;
            this.seed = seed;
            this.inHomeLayer = inHomeLayer;
            this.meetingsLayer = meetingsLayer;
            this.uneven = uneven;
            this.caseload = caseload;
            this.asOf = asOf;
            this.windowStart = Dates.plusYears(asOf, -8);
        }

        void run() {
            SplittableRandom rng = new SplittableRandom(seed);
            organisation(rng);
            plant(rng.split());
            if (inHomeLayer) {
                plantInHome();
            }
            if (caseload != null) {
                truth.add(new PlantedEffect(Level.COUNTY, "COUNTY", Outcome.CASELOAD_REUNIFICATION, P_REUNIFY,
                        CASELOAD_FACTOR));
            }
            int family = 0;
            while (childSeq < target) {
                family(new SplittableRandom(mix(seed, family)), family);
                family++;
            }
        }

        /** Records the caseloads while running (the first rounds of the caseload effect). */
        void recordLoads() {
            loadDiff = new short[0][];
        }

        /** The days each worker carried more than CASELOAD_LIMIT children in care or served at home. */
        long[][] loads() {
            int days = asOf - windowStart + 2;
            long[][] out = new long[workerIds.length][];
            for (int w = 0; w < out.length; w++) {
                short[] diff = w < loadDiff.length ? loadDiff[w] : null;
                long[] above = new long[(days + 63) / 64];
                int run = 0;
                for (int d = 0; diff != null && d < days; d++) {
                    run += diff[d];
                    if (run > CASELOAD_LIMIT) {
                        above[d >> 6] |= 1L << d;
                    }
                }
                out[w] = above;
            }
            return out;
        }

        /** Counts an assignment row [from, to] of the worker in its caseload, while recording. */
        void countLoad(int worker, int from, int to) {
            if (loadDiff == null || !counting) {
                return;
            }
            if (loadDiff.length == 0) {
                loadDiff = new short[workerIds.length][];
            }
            int lo = Math.max(from, windowStart) - windowStart, hi = Math.min(to, asOf) - windowStart;
            if (lo > hi) {
                return;
            }
            if (loadDiff[worker] == null) {
                loadDiff[worker] = new short[asOf - windowStart + 2];
            }
            loadDiff[worker][lo]++;
            loadDiff[worker][hi + 1]--;
        }

        /** Whether the caseload effect applies to a removal on the day by the spell's worker. */
        boolean overloaded(int spell, int day) {
            if (caseload == null || spell < 0 || day < windowStart || day > asOf) {
                return false;
            }
            int d = day - windowStart;
            return (caseload[spellWorker.get(spell)][d >> 6] & 1L << d) != 0;
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

        /**
         * Plants {@link Outcome#IN_HOME_ENTRY} in one office that no other effect touches (not
         * planted itself, none of its units, no worker with a spell in it); if every office is
         * touched, the unplanted office touched by the fewest effects. No randomness is drawn, and
         * the effect comes after the others in {@link #truth}.
         */
        void plantInHome() {
            int offices = officeBureau.length;
            int[] touched = new int[offices];
            for (int u = 0; u < unitOffice.length; u++) {
                if (unitPlanted(u)) {
                    touched[unitOffice[u]]++;
                }
            }
            for (int s = 0; s < spellWorker.size(); s++) {
                if (workerPlanted(spellWorker.get(s))) {
                    touched[unitOffice[spellUnit.get(s)]]++;
                }
            }
            int best = -1;
            for (int o = 0; o < offices; o++) {
                if (!officePlanted(o) && (best < 0 || touched[o] < touched[best])) {
                    best = o;
                }
            }
            if (best < 0) {
                return;
            }
            officeFactor.get(Outcome.IN_HOME_ENTRY)[best] = 2.0;
            truth.add(new PlantedEffect(Level.OFFICE, officeId(best), Outcome.IN_HOME_ENTRY, P_IN_HOME_BEFORE_REMOVAL,
                    2.0));
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
            if (uneven && unit % 3 != 0 && (mix(seed ^ UNEVEN_SALT, family) >>> 11) * 0x1.0p-53 < P_HEAVY_UNIT) {
                unit -= unit % 3; // a heavy unit
            }
            int first = windowStart + rng.nextInt(asOf - windowStart + 1);
            String group = size > 1 ? String.format("S%07d", family + 1) : null;
            int[] child = new int[size];
            int[] birth = new int[size];
            famReportDate.clear();
            famReportVictim.clear();
            famReportRemoval.clear();
            famEpChild.clear();
            famEpRemoval.clear();
            famEpDischarge.clear();
            famEpReason.clear();
            famAsChild.clear();
            famAsWorker.clear();
            famAsStart.clear();
            famAsEnd.clear();
            famIhChild.clear();
            famIhOpen.clear();
            famFirstChild = childSeq;
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
                famReportDate.add(date);
                famReportVictim.add(victim ? 1 : 0);
                famReportRemoval.add(-1);
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
                    int episodesBefore = famEpChild.size();
                    for (int i = 0; i < size; i++) {
                        if (birth[i] <= removal && removal < Dates.plusYears(birth[i], 18)) {
                            end = Math.max(end, careHistory(rng, child[i], birth[i], unit, removal, home));
                        }
                    }
                    if (famEpChild.size() > episodesBefore) { // a removal that is in the data
                        famReportRemoval.set(famReportRemoval.size() - 1, removal);
                    }
                    next = end + 30 + rng.nextInt(365 * 3);
                } else if (victim && rng.nextDouble() < P_RECURRENCE * factor(Outcome.RECURRENCE, investigator)) {
                    next = date + 15 + rng.nextInt(340);
                } else {
                    next = rng.nextDouble() < 0.25 ? date + 60 + rng.nextInt(365 * 4) : Integer.MAX_VALUE;
                }
                date = next;
            }
            if (inHomeLayer) {
                inHome(new SplittableRandom(mix(seed ^ IN_HOME_SALT, family)), unit, child, birth);
            }
            if (meetingsLayer) {
                SplittableRandom own = new SplittableRandom(mix(seed ^ MEETINGS_SALT, family));
                meetings(own, child);
                healthExams(own, child, birth);
            }
        }

        /** One child's episodes from a removal; returns the last day of care. */
        int careHistory(SplittableRandom rng, int child, int birth, int unit, int removal, String home) {
            int eighteen = Dates.plusYears(birth, 18);
            int last = removal;
            for (int episode = 0; episode < 3 && removal <= asOf && removal < eighteen; episode++) {
                int worker = pick(unit, removal, rng);
                double pReunify = Math.min(0.95, P_REUNIFY * factor(Outcome.REUNIFICATION, worker));
                if (overloaded(worker, removal)) {
                    pReunify *= CASELOAD_FACTOR;
                }
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
                counting = true;
                assign(rng, child, unit, worker, removal, open ? asOf + 1 : discharge);
                counting = false;
                contacts(rng, child, removal, careEnd, unit, 0.92, 0.8);
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
            famEpChild.add(child - famFirstChild);
            famEpRemoval.add(removal);
            famEpDischarge.add(discharge == Dates.NONE ? Integer.MAX_VALUE : discharge);
            famEpReason.add(reason);
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

        /** Contacts of the child in [from, to]: one in-person contact in a month with probability {@code pMonth}. */
        void contacts(SplittableRandom rng, int child, int from, int to, int unit, double pMonth, double pResidence) {
            StagedTable ct = staging.table(ContractFile.CONTACTS);
            LocalDate month = LocalDate.ofEpochDay(from).withDayOfMonth(1);
            while (month.toEpochDay() <= to) {
                int lo = Math.max(from, (int) month.toEpochDay());
                int hi = Math.min(to, (int) month.withDayOfMonth(month.lengthOfMonth()).toEpochDay());
                if (rng.nextDouble() < pMonth) {
                    int day = lo + rng.nextInt(hi - lo + 1);
                    int s = pick(unit, day, rng);
                    int r = ct.addRow(ct.size() + 2);
                    ct.set(CT_CHILD, r, childId(child)).set(CT_DATE, r, day).set(CT_TYPE, r, 1)
                            .set(CT_WORKER, r, s < 0 ? null : workerIds[spellWorker.get(s)])
                            .set(CT_IN_RESIDENCE, r, rng.nextDouble() < pResidence ? YES : NO);
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
                famAsChild.add(child - famFirstChild);
                famAsWorker.add(spellWorker.get(s));
                famAsStart.add(d);
                famAsEnd.add(end);
                countLoad(spellWorker.get(s), d, end);
                d = end + 1;
                if (d == transfer) {
                    s = -1;
                }
            }
        }

        // ------------------------------------------------------------ in-home services

        /**
         * The family's in-home services cases, decided from its recorded history with the in-home
         * stream {@code rng} (the family's own stream is not touched, so nothing of the other files
         * changes but the rows added to assignments.csv and contacts.csv). Cases come from a victim
         * report not followed by a removal, a reunification (opened on the discharge day), the
         * year before a removal, voluntary services after a report without a victim, and services
         * that open in the week before the family's next report. A child's row is never opened
         * while the child is in care, before its birth or at 18+, and closes by the day before its
         * 18th birthday; a child's earlier row still open on a new opening closes the day before.
         */
        void inHome(SplittableRandom rng, int unit, int[] child, int[] birth) {
            int n = child.length;
            int all = (1 << n) - 1;
            IntList candOpen = new IntList(), candKind = new IntList(), candMask = new IntList();
            double pBefore = Math.min(1.0,
                    P_IN_HOME_BEFORE_REMOVAL * officeFactor.get(Outcome.IN_HOME_ENTRY)[unitOffice[unit]]);
            int reports = famReportDate.size();
            for (int k = 0; k < reports; k++) {
                int date = famReportDate.get(k);
                int removal = famReportRemoval.get(k);
                boolean victim = famReportVictim.get(k) == 1;
                if (removal >= 0) {
                    if (rng.nextDouble() < pBefore) { // served at home in the year before the removal
                        candOpen.add(removal - 20 - rng.nextInt(311));
                        candKind.add(3);
                        candMask.add(all);
                    }
                    continue;
                }
                // the next report, when no removal follows it (services before a removal are the
                // case above, so that their probability is P_IN_HOME_BEFORE_REMOVAL's alone)
                int gap = k + 1 < reports && famReportRemoval.get(k + 1) < 0 ? famReportDate.get(k + 1) - date
                        : Integer.MAX_VALUE;
                int open;
                if (gap >= 10 && gap <= 400 && rng.nextDouble() < P_IN_HOME_BEFORE_NEXT_REPORT) {
                    open = date + gap - rng.nextInt(7); // the next report comes in the case's first week
                } else if (rng.nextDouble() < (victim ? P_IN_HOME_AFTER_VICTIM : P_IN_HOME_VOLUNTARY)) {
                    open = date + 5 + rng.nextInt(41);
                } else {
                    continue;
                }
                candOpen.add(open);
                candKind.add(victim ? 1 : 4);
                candMask.add(all);
            }
            // reunifications: siblings going home on the same day share the case
            int episodes = famEpChild.size();
            boolean[] grouped = new boolean[episodes];
            for (int e = 0; e < episodes; e++) {
                int day = famEpDischarge.get(e);
                if (grouped[e] || famEpReason.get(e) != 1 || day == Integer.MAX_VALUE) {
                    continue;
                }
                int mask = 0;
                for (int f = e; f < episodes; f++) {
                    if (!grouped[f] && famEpReason.get(f) == 1 && famEpDischarge.get(f) == day) {
                        grouped[f] = true;
                        mask |= 1 << famEpChild.get(f);
                    }
                }
                if (rng.nextDouble() < P_IN_HOME_AFTER_REUNIFICATION) {
                    candOpen.add(day);
                    candKind.add(2);
                    candMask.add(mask);
                }
            }
            // the cases in order of opening (ties: in the order above), one row per eligible child
            Integer[] order = new Integer[candOpen.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Integer.compare(candOpen.get(a), candOpen.get(b)));
            IntList rowChild = new IntList(), rowOpen = new IntList(), rowClose = new IntList(), rowCase = new IntList(),
                    caseFirstRow = new IntList();
            int[] last = new int[n];
            Arrays.fill(last, -1);
            for (int idx : order) {
                int open = candOpen.get(idx), kind = candKind.get(idx), mask = candMask.get(idx);
                if (open > asOf) {
                    continue;
                }
                int duration = logNormal(rng, IN_HOME_MEDIAN_DAYS, IN_HOME_SIGMA);
                int caseRow = -1;
                for (int i = 0; i < n; i++) {
                    int eighteen = Dates.plusYears(birth[i], 18);
                    if ((mask & 1 << i) == 0 || birth[i] > open || open >= eighteen || inCare(i, open)) {
                        continue;
                    }
                    int previous = last[i];
                    if (previous >= 0 && rowClose.get(previous) >= open) {
                        if (rowOpen.get(previous) >= open) {
                            continue; // already served from this day
                        }
                        rowClose.set(previous, open - 1);
                    }
                    int close = open + duration - 1;
                    if (caseRow >= 0 && rng.nextDouble() < 0.10) { // a sibling's services end earlier
                        close = open + Math.max(1, (int) (duration * (0.2 + 0.6 * rng.nextDouble()))) - 1;
                    }
                    close = Math.min(close, eighteen - 1);
                    int removal = removalAfter(i, open);
                    if (removal <= close && rng.nextDouble() < (kind == 3 ? 0.6 : 0.5)) {
                        close = removal - 1; // the case closes when the child is removed; else it stays open
                    }
                    if (caseRow < 0) {
                        caseRow = caseFirstRow.size();
                        caseFirstRow.add(rowChild.size());
                    }
                    last[i] = rowChild.size();
                    rowChild.add(i);
                    rowOpen.add(open);
                    rowClose.add(close);
                    rowCase.add(caseRow);
                }
            }
            if (rowChild.size() == 0) {
                return;
            }
            StagedTable ih = staging.table(ContractFile.IN_HOME_CASES);
            String[] caseIds = new String[caseFirstRow.size()];
            int[] caseSpell = new int[caseIds.length];
            for (int j = 0; j < rowChild.size(); j++) {
                int k = rowCase.get(j);
                if (caseIds[k] == null) {
                    caseIds[k] = String.format("K%08d", ++caseSeq);
                }
                int close = rowClose.get(j);
                int r = ih.addRow(ih.size() + 2);
                ih.set(IH_CASE, r, caseIds[k]).set(IH_CHILD, r, childId(child[rowChild.get(j)]))
                        .set(IH_OPEN, r, rowOpen.get(j)).set(IH_CLOSE, r, close > asOf ? Dates.NONE : close);
                famIhChild.add(rowChild.get(j));
                famIhOpen.add(rowOpen.get(j));
            }
            // the case's worker (siblings share one), and the visits, on the days served at home
            for (int k = 0; k < caseIds.length; k++) {
                caseSpell[k] = pick(unit, rowOpen.get(caseFirstRow.get(k)), rng);
            }
            for (int j = 0; j < rowChild.size(); j++) {
                servedAtHome(rng, rowChild.get(j), child[rowChild.get(j)], unit, caseSpell[rowCase.get(j)],
                        rowOpen.get(j), rowClose.get(j));
            }
        }

        /**
         * Assignments and in-person contacts of one child's row on its days served at home in
         * [open, min(close, as-of)], leaving out {@code [removal - 1, discharge]} of each episode:
         * the days in care, the discharge day (attribution date of the point-in-time and monthly
         * visit indicators when it ends the period or month) and the day before a removal (the
         * {@code discharge - 1} of a same-day exit). So the attribution and the visits of the
         * indicators about children in care are the same with and without the in-home layer.
         */
        void servedAtHome(SplittableRandom rng, int i, int child, int unit, int spell, int open, int close) {
            boolean openAtAsOf = close > asOf;
            int to = Math.min(close, asOf);
            int d = open;
            while (d <= to) {
                int blockedUntil = Integer.MIN_VALUE, nextBlock = Integer.MAX_VALUE;
                for (int e = 0; e < famEpChild.size(); e++) {
                    if (famEpChild.get(e) != i) {
                        continue;
                    }
                    int from = famEpRemoval.get(e) - 1, until = famEpDischarge.get(e);
                    if (from <= d && d <= until) {
                        blockedUntil = Math.max(blockedUntil, until);
                    } else if (from > d) {
                        nextBlock = Math.min(nextBlock, from);
                    }
                }
                if (blockedUntil != Integer.MIN_VALUE) {
                    if (blockedUntil >= to) {
                        return;
                    }
                    d = blockedUntil + 1;
                    continue;
                }
                int end = nextBlock == Integer.MAX_VALUE ? to : Math.min(to, nextBlock - 1);
                counting = true;
                assign(rng, child, unit, spell, d, end == asOf && openAtAsOf ? asOf + 1 : end);
                counting = false;
                contacts(rng, child, d, end, unit, P_IN_HOME_VISIT, 0.9);
                d = end + 1;
            }
        }

        // ------------------------------------------------------------ meetings and health exams

        /**
         * The family's meetings, decided from its recorded episodes and assignments with the
         * layer's own stream {@code rng}: a TDM about {@value #P_TDM} of the removals (siblings
         * removed on the same day share it, one row per child), mostly from 2 days before to 2 days
         * after the removal, some 29 to 3 days before, and a few exactly 30 days before, 3 days
         * after, 31 days before or 4 days after; OTHER meetings at {@value #OTHER_MEETINGS_PER_YEAR}
         * a year in care, one child each. The worker is the child's worker on the day (the latest
         * assignment started), empty when the child has none or in {@value #P_MEETING_NO_WORKER}
         * of the meetings. None after the as-of date.
         */
        void meetings(SplittableRandom rng, int[] child) {
            StagedTable mt = staging.table(ContractFile.MEETINGS);
            int episodes = famEpChild.size();
            boolean[] grouped = new boolean[episodes];
            for (int e = 0; e < episodes; e++) {
                if (grouped[e]) {
                    continue;
                }
                int removal = famEpRemoval.get(e);
                int mask = 0;
                for (int f = e; f < episodes; f++) {
                    if (!grouped[f] && famEpRemoval.get(f) == removal) {
                        grouped[f] = true;
                        mask |= 1 << famEpChild.get(f);
                    }
                }
                if (rng.nextDouble() >= P_TDM) {
                    continue;
                }
                double x = rng.nextDouble();
                int offset = x < 0.04 ? -30 : x < 0.08 ? 3 : x < 0.11 ? -31 : x < 0.14 ? 4
                        : x < 0.30 ? -29 + rng.nextInt(27) : -2 + rng.nextInt(5);
                boolean noWorker = rng.nextDouble() < P_MEETING_NO_WORKER;
                int day = removal + offset;
                if (day > asOf) {
                    continue;
                }
                String id = String.format("M%08d", ++meetingSeq);
                for (int i = 0; i < child.length; i++) {
                    if ((mask & 1 << i) != 0) {
                        meeting(mt, id, child[i], i, day, 1, noWorker);
                    }
                }
            }
            for (int e = 0; e < episodes; e++) {
                int from = famEpRemoval.get(e), to = Math.min(asOf, famEpDischarge.get(e));
                int n = poisson(rng, OTHER_MEETINGS_PER_YEAR * Math.max(0, to - from) / 365.0);
                for (int k = 0; k < n; k++) {
                    int day = from + rng.nextInt(to - from + 1);
                    boolean noWorker = rng.nextDouble() < P_MEETING_NO_WORKER;
                    meeting(mt, String.format("M%08d", ++meetingSeq), child[famEpChild.get(e)], famEpChild.get(e), day, 2,
                            noWorker);
                }
            }
        }

        void meeting(StagedTable mt, String id, int child, int i, int day, int type, boolean noWorker) {
            int worker = noWorker ? -1 : workerOn(i, day);
            int r = mt.addRow(mt.size() + 2);
            mt.set(MT_ID, r, id).set(MT_CHILD, r, childId(child)).set(MT_DATE, r, day).set(MT_TYPE, r, type)
                    .set(MT_WORKER, r, worker < 0 ? null : workerIds[worker]);
        }

        /**
         * The worker of the family's child {@code i} on the day as {@code ON_DATE} reads it (the
         * latest assignment started, then the smallest worker id), or -1.
         */
        int workerOn(int i, int day) {
            int worker = -1, start = Integer.MIN_VALUE;
            for (int a = 0; a < famAsChild.size(); a++) {
                int from = famAsStart.get(a), w = famAsWorker.get(a);
                if (famAsChild.get(a) == i && from <= day && day <= famAsEnd.get(a)
                        && (from > start || from == start && w < worker)) {
                    worker = w;
                    start = from;
                }
            }
            return worker;
        }

        /**
         * The family's health exams, with the layer's own stream: in each stay (from the removal
         * to the day before the discharge, or the as-of date), a MEDICAL exam in the first 30
         * days and then every 300 to 426 days, with 8% of the gaps exactly 12 months and 8% 12
         * months and a day; DENTAL exams from the first birthday on (in the first 60 days of the
         * stay or of the age of 1, then every 150 to 420 days); an MH_SCREENING after
         * {@value #P_SCREENING_REMOVAL} of the removals and {@value #P_SCREENING_IN_HOME} of the
         * in-home openings, on day 0 to 45, 10% of them exactly on day 30 and 10% on day 31. None
         * after the as-of date, none before the birth.
         */
        void healthExams(SplittableRandom rng, int[] child, int[] birth) {
            StagedTable he = staging.table(ContractFile.HEALTH_EXAMS);
            for (int e = 0; e < famEpChild.size(); e++) {
                int i = famEpChild.get(e);
                int removal = famEpRemoval.get(e);
                int last = Math.min(asOf, famEpDischarge.get(e) == Integer.MAX_VALUE ? asOf : famEpDischarge.get(e) - 1);
                if (rng.nextDouble() < P_SCREENING_REMOVAL) {
                    exam(he, child[i], birth[i], removal + screeningDay(rng), 3);
                }
                for (int day = removal + rng.nextInt(31); day <= last; ) {
                    exam(he, child[i], birth[i], day, 1);
                    double y = rng.nextDouble();
                    day = y < 0.08 ? Dates.plusMonths(day, 12) : y < 0.16 ? Dates.plusMonths(day, 12) + 1
                            : day + 300 + rng.nextInt(127);
                }
                for (int day = Math.max(removal, Dates.plusYears(birth[i], 1)) + rng.nextInt(61); day <= last; ) {
                    exam(he, child[i], birth[i], day, 2);
                    day += 150 + rng.nextInt(271);
                }
            }
            for (int j = 0; j < famIhChild.size(); j++) {
                if (rng.nextDouble() < P_SCREENING_IN_HOME) {
                    int i = famIhChild.get(j);
                    exam(he, child[i], birth[i], famIhOpen.get(j) + screeningDay(rng), 3);
                }
            }
        }

        static int screeningDay(SplittableRandom rng) {
            double x = rng.nextDouble();
            return x < 0.10 ? 30 : x < 0.20 ? 31 : rng.nextInt(46);
        }

        void exam(StagedTable he, int child, int birth, int day, int type) {
            if (day > asOf || day < birth) {
                return;
            }
            int r = he.addRow(he.size() + 2);
            he.set(HE_CHILD, r, childId(child)).set(HE_DATE, r, day).set(HE_TYPE, r, type);
        }

        /** Whether the family's child {@code i} is in care on the day: in [removal, discharge) of an episode. */
        boolean inCare(int i, int day) {
            for (int e = 0; e < famEpChild.size(); e++) {
                if (famEpChild.get(e) == i && famEpRemoval.get(e) <= day && day < famEpDischarge.get(e)) {
                    return true;
                }
            }
            return false;
        }

        /** The first removal of the family's child {@code i} after the day, or MAX_VALUE. */
        int removalAfter(int i, int day) {
            int first = Integer.MAX_VALUE;
            for (int e = 0; e < famEpChild.size(); e++) {
                if (famEpChild.get(e) == i && famEpRemoval.get(e) > day) {
                    first = Math.min(first, famEpRemoval.get(e));
                }
            }
            return first;
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
