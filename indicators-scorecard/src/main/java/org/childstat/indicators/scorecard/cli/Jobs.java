package org.childstat.indicators.scorecard.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.childstat.indicators.cohort.Calculation;
import org.childstat.indicators.cohort.CalculationOptions;
import org.childstat.indicators.cohort.Indicators;
import org.childstat.indicators.core.indicator.Indicator;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.io.CaseDataReader;
import org.childstat.indicators.core.io.ContractFile;
import org.childstat.indicators.core.io.DataQualityReport;
import org.childstat.indicators.core.io.FileCounts;
import org.childstat.indicators.core.io.FindingCode;
import org.childstat.indicators.core.io.FormulaCells;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.synthetic.SyntheticCounty;
import org.childstat.indicators.core.model.Level;
import org.childstat.indicators.scorecard.cases.CaseSelection;
import org.childstat.indicators.scorecard.grid.EntityTable;
import org.childstat.indicators.scorecard.grid.IndicatorTable;
import org.childstat.indicators.scorecard.grid.InHomeLongOpen;
import org.childstat.indicators.scorecard.grid.Scorecard;
import org.childstat.indicators.scorecard.grid.ScorecardPage;
import org.childstat.indicators.scorecard.grid.TrendTable;
import org.childstat.indicators.scorecard.grid.VariationTable;

/**
 * What the subcommands do, with the streams they print to: stdout the summary, stderr the
 * progress (one step after the other, {@link Progress}), the rows set aside and the errors.
 * One per command line; not thread-safe.
 */
final class Jobs {
    /** Cases drawn for review in each entity's book, per indicator on which it is flagged worse. */
    static final int REVIEW_CASES = 3;

    /** Failed scorecard cells named on stderr; the rest are counted. */
    static final int FAILURES_SHOWN = 5;

    private final PrintStream out;
    private final PrintStream err;
    private final Environment env;
    private final Progress progress;
    /** For the out-of-memory message: the county's children when known, else -1, and its folder. */
    private long children = -1;
    private Path data;

    Jobs(PrintStream out, PrintStream err, Environment env, Progress progress) {
        this.out = out;
        this.err = err;
        this.env = env;
        this.progress = progress;
    }

    /** The progress of this command line. */
    Progress progress() {
        return progress;
    }

    /** The size of the county being made ({@code demo}): for the out-of-memory message. */
    void county(long childCount) {
        this.children = childCount;
    }

    /**
     * A synthetic county written to its CSV folder, with the milliseconds each step took.
     *
     * @param county     the county
     * @param generateMs generating it
     * @param writeMs    writing its CSV files
     */
    record Synthetic(SyntheticCounty county, long generateMs, long writeMs) {
    }

    /**
     * Generates a synthetic county and writes its CSV folder ({@code demo}, {@code synth}), each
     * step said on stderr; the size is kept for the out-of-memory message.
     *
     * @throws CannotWrite (exit 3) when the folder cannot be written
     */
    Synthetic writeSynthetic(int childCount, long seed, LocalDate asOf, Path folder) {
        return writeSynthetic(childCount, seed, asOf, SyntheticCounty.Options.DEFAULT, folder);
    }

    /** {@link #writeSynthetic(int, long, LocalDate, Path)} with the generator's options. */
    Synthetic writeSynthetic(int childCount, long seed, LocalDate asOf, SyntheticCounty.Options options, Path folder) {
        county(childCount);
        progress.step(null, "generating a synthetic county of " + String.format(java.util.Locale.ROOT, "%,d",
                childCount) + " children");
        long t0 = System.nanoTime();
        SyntheticCounty county = Options.generate(childCount, seed, asOf, options);
        long t1 = System.nanoTime();
        progress.step(null, "writing its CSV files to " + folder);
        try {
            county.writeCsv(folder);
        } catch (java.io.UncheckedIOException e) {
            throw new CannotWrite(folder, e);
        }
        return new Synthetic(county, (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
    }

    /** Reads a folder; null (with the message on stderr) when it has no as-of date. */
    CaseData read(Path folder, LocalDate asOf) {
        this.data = folder;
        progress.step("read", "reading " + folder);
        try {
            CaseData caseData = CaseDataReader.read(folder, asOf);
            children = caseData.childCount();
            return caseData;
        } catch (IllegalArgumentException e) {
            progress.close();
            err.println("childstat: " + e.getMessage());
            return null;
        }
    }

    /**
     * The case data for a question about single cases ({@code explain}, {@code cases}), or null
     * (exit 3) when the folder cannot be read or one of its files is unreadable; says why on stderr.
     */
    CaseData readUsable(Path folder, LocalDate asOf) {
        CaseData caseData = read(folder, asOf);
        progress.close();
        return caseData == null || unreadable(caseData.dataQuality()) ? null : caseData;
    }

    /** Whether an input file could not be read at all; names each one on stderr. */
    boolean unreadable(DataQualityReport dq) {
        if (dq.hasUnreadableFile()) {
            progress.close();
        }
        dq.findings(FindingCode.UNREADABLE_FILE).forEach(f -> err.println("childstat: " + f.file() + ": " + f.message()));
        return dq.hasUnreadableFile();
    }

    /**
     * Reads, computes, and writes results.csv, exclusions.csv, indicators.csv, entities.csv,
     * data-quality.csv, variation.csv, trends.csv, scorecard.html and, last, run.json into the
     * folder ({@link OutputFolder}: staged, then renamed into place). Exit code 0, 1 (rows set
     * aside), 3 (unreadable input) or 4 (a scorecard cell failed: a bug).
     */
    int run(Path dataDir, OutputFolder folder, LocalDate asOf, String periodSpec, CalculationOptions options,
            FormulaCells cells) {
        Path outDir = folder.dir();
        CaseData caseData = read(dataDir, asOf);
        if (caseData == null) {
            return 3;
        }
        DataQualityReport dq = caseData.dataQuality();
        if (unreadable(dq)) {
            return 3;
        }
        List<ReportingPeriod> periods = ReportingPeriod.parseList(periodSpec, caseData.asOf());
        progress.step(null, "computing " + options.indicators().size() + " indicators x " + periods.size()
                + (periods.size() == 1 ? " period" : " periods"));
        Calculation calc = Indicators.compute(caseData, periods, options);
        progress.step("variation", "comparing entities (funnels of every level)");
        VariationTable variation = VariationTable.of(calc.results());
        ReportingPeriod latest = periods.stream().max(ReportingPeriod::compareTo).orElseThrow();
        EntityTable entities = EntityTable.from(caseData);
        Scorecard card = Scorecard.of(calc.results(), variation, latest, entities, env.standards());
        // monthly series for the control charts (rolling values overlap), above worker level
        List<ReportingPeriod> months = ReportingPeriod.months(24, caseData.asOf());
        Set<Level> trendLevels = EnumSet.noneOf(Level.class);
        options.levels().stream().filter(l -> l != Level.WORKER).forEach(trendLevels::add);
        progress.step("trends", "charting " + months.size() + " months (control charts)");
        TrendTable trends = TrendTable.of(Indicators.compute(caseData, months, options.withLevels(trendLevels))
                .results());
        progress.step("cases", "drawing cases for review where an entity is flagged worse");
        List<CaseSelection.Selection> review = new ArrayList<>();
        card.flaggedWorse().forEach((id, keys) -> review.addAll(
                CaseSelection.selectAll(caseData, id, latest, keys, REVIEW_CASES, 0).values()));
        // every office's in-home cases open 18+ months, for its book: one pass for all offices
        InHomeLongOpen inHome = options.indicators().contains(IndicatorId.IN_HOME_OPEN_18M_PLUS)
                ? InHomeLongOpen.of(caseData, card, dataDir.toString()) : null;
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("tool", "childstat " + Version.VERSION);
        settings.put("data", dataDir.toString());
        settings.put("as-of", caseData.asOf().toString());
        settings.put("periods", periodSpec + " (" + periods.size() + " periods; the grid shows " + latest.label() + ")");
        settings.put("indicators", options.indicators().size() + " of " + IndicatorId.values().length);
        settings.put("standards", "CFSR Round 4 national performance where one exists; else the funnel (95%)");
        settings.put("trends", "24 calendar months " + months.get(0).label() + " to "
                + months.get(months.size() - 1).label() + "; P', U' and I charts, Making Data Count rules");
        settings.put("cases for review", REVIEW_CASES + " per indicator flagged worse (-), seed 0, missed first");

        folder.writeInto(List.of("results.csv", "exclusions.csv"), f -> {
            progress.step("write", "writing results.csv and exclusions.csv");
            calc.writeCsv(f, cells);
        });
        write(folder, "indicators.csv", "writing indicators.csv, entities.csv and data-quality.csv",
                f -> IndicatorTable.of(options.indicators(), Scorecard.NATIONAL_PERFORMANCE).writeCsv(f, cells));
        folder.write("entities.csv", f -> entities.writeCsv(f, cells));
        folder.write("data-quality.csv", f -> dq.writeCsv(f, cells));
        write(folder, "variation.csv", "writing variation.csv and trends.csv", f -> variation.writeCsv(f, cells));
        folder.write("trends.csv", f -> trends.writeCsv(f, cells));
        write(folder, "scorecard.html", "writing scorecard.html", f -> ScorecardPage.write(f, card, variation, trends,
                dq, caseData.asOf(), settings, review, inHome));
        progress.step("write", "writing run.json");
        Map<String, Long> ms = new LinkedHashMap<>(progress.millis());
        ms.put("compute", calc.millis());
        folder.publish(runJson(dataDir, caseData, periods, options, ms));
        progress.close();

        out.printf("read %s in %d ms%n", caseData, ms.getOrDefault("read", 0L));
        out.printf("computed %d results (%d indicators, %d periods) in %d ms; wrote %s%n", calc.results().size(),
                options.indicators().size(), periods.size(), calc.millis(), outDir);
        ReportingPeriod last = periods.get(periods.size() - 1);
        out.println("county, " + last.label() + ":");
        for (Indicator id : IndicatorId.values()) {
            if (options.indicators().contains(id)) {
                out.println("  " + calc.results().county(id, last));
            }
        }
        SetAside.summary(dq, outDir.resolve("data-quality.csv").toString()).forEach(err::println);
        if (!card.failures().isEmpty()) {
            List<Scorecard.Failure> failed = card.failures();
            err.println("childstat run: " + failed.size() + " scorecard " + (failed.size() == 1 ? "cell" : "cells")
                    + " failed (shown as ! in scorecard.html); this is a bug, please report it:");
            failed.stream().limit(FAILURES_SHOWN).forEach(f -> err.println("  " + f));
            if (failed.size() > FAILURES_SHOWN) {
                err.println("  and " + (failed.size() - FAILURES_SHOWN) + " more");
            }
            return 4;
        }
        if (dq.rowsSetAside() > 0) {
            out.printf("%d rows were set aside: see %s%n", dq.rowsSetAside(), outDir.resolve("data-quality.csv"));
            return 1;
        }
        return 0;
    }

    /** Writes one output, its progress step starting as it does (so that a failure of the step is one of the file). */
    private void write(OutputFolder folder, String name, String says, OutputFolder.Output output) {
        folder.write(name, f -> {
            progress.step("write", says);
            output.write(f);
        });
    }

    /**
     * Reads a folder, prints the data-quality summary, writes data-quality.csv and run.json into
     * {@code folder} when one is given (null: none).
     */
    int validate(Path dataDir, OutputFolder folder, LocalDate asOf, FormulaCells cells) {
        CaseData caseData = read(dataDir, asOf);
        if (caseData == null) {
            return 3;
        }
        DataQualityReport dq = caseData.dataQuality();
        if (folder != null) {
            progress.step("write", "writing data-quality.csv and run.json");
            folder.write("data-quality.csv", f -> dq.writeCsv(f, cells));
            folder.publish(runJson(dataDir, caseData, List.of(), CalculationOptions.defaults(), progress.millis()));
        }
        progress.close();
        out.printf("read %s in %d ms%n", caseData, progress.millis().getOrDefault("read", 0L));
        out.print(dq.summary());
        if (folder != null) {
            out.println("wrote " + folder.dir().resolve("data-quality.csv") + " and "
                    + folder.dir().resolve(OutputFolder.RUN_JSON));
        }
        if (unreadable(dq)) {
            return 3;
        }
        SetAside.summary(dq, folder == null ? "the table above; --out DIR writes data-quality.csv"
                : folder.dir().resolve("data-quality.csv").toString()).forEach(err::println);
        return dq.rowsSetAside() > 0 ? 1 : 0;
    }

    /**
     * The one line for an OutOfMemoryError: the heap this JVM had, what the county needs
     * ({@link Memory}), and the command line that gives it.
     */
    String outOfMemory(String command) {
        long count = children;
        if (count < 0 && data != null) {
            count = Memory.childrenIn(data.resolve(ContractFile.CHILDREN.fileName()));
        }
        return Memory.message(command, count, Runtime.getRuntime().maxMemory(), count >= 0 || data != null);
    }

    /**
     * run.json (docs/outputs.md, run.json). Every string in it (the data folder, ids, labels, file
     * names) goes through {@link Json#string(String)}, so a folder name with a quote or a backslash
     * still gives valid JSON. {@code ms}: the steps' times.
     */
    static String runJson(Path data, CaseData caseData, List<ReportingPeriod> periods, CalculationOptions options,
                          Map<String, Long> ms) {
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"tool\": ").append(Json.string("childstat")).append(",\n  \"version\": ")
                .append(Json.string(Version.VERSION)).append(",\n");
        json.append("  \"data\": ").append(Json.string(data.toString())).append(",\n");
        json.append("  \"as_of\": ").append(Json.string(caseData.asOf().toString())).append(",\n");
        List<String> labels = new ArrayList<>();
        periods.forEach(p -> labels.add(Json.string(p.label())));
        json.append("  \"periods\": [").append(String.join(", ", labels)).append("],\n");
        List<String> ids = new ArrayList<>();
        for (Indicator id : IndicatorId.values()) {
            if (options.indicators().contains(id)) {
                ids.add(Json.string(id.id()));
            }
        }
        List<String> levels = new ArrayList<>();
        for (Level l : Level.values()) {
            if (l == Level.COUNTY || options.levels().contains(l)) {
                levels.add(Json.string(l.name()));
            }
        }
        json.append("  \"options\": {\"indicators\": [").append(String.join(", ", ids)).append("], \"levels\": [")
                .append(String.join(", ", levels)).append("], \"parallelism\": ").append(options.parallelism())
                .append("},\n");
        json.append("  \"inputs\": {");
        StringJoiner inputs = new StringJoiner(",\n", "\n", "\n  ");
        for (ContractFile f : ContractFile.values()) {
            Path p = data.resolve(f.fileName());
            if (Files.isRegularFile(p)) {
                inputs.add("    " + Json.string(f.fileName()) + ": {\"sha256\": " + Json.string(sha256(p)) + "}");
            }
        }
        json.append(inputs).append("},\n");
        StringJoiner timings = new StringJoiner(", ", "{", "}");
        for (String step : List.of("read", "compute", "variation", "trends", "cases", "write")) {
            timings.add(Json.string(step) + ": " + ms.getOrDefault(step, 0L));
        }
        json.append("  \"timings_ms\": ").append(timings).append(",\n");
        json.append("  \"files\": {");
        StringJoiner files = new StringJoiner(",\n", "\n", "\n  ");
        caseData.dataQuality().files().forEach((f, c) -> files.add(fileJson(f, c)));
        json.append(files).append("}\n}\n");
        return json.toString();
    }

    private static String fileJson(ContractFile f, FileCounts c) {
        return "    " + Json.string(f.fileName()) + ": {\"read\": " + c.read() + ", \"used\": " + c.used()
                + ", \"set_aside\": " + c.setAside() + "}";
    }

    /** The SHA-256 of an input file, or {@code unreadable} when it cannot be read again. */
    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            return "unreadable";
        }
    }
}
