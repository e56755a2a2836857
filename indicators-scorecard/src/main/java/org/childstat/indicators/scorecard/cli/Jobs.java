package org.childstat.indicators.scorecard.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.StringJoiner;
import org.childstat.indicators.cohort.Calculation;
import org.childstat.indicators.cohort.CalculationOptions;
import org.childstat.indicators.cohort.Indicators;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.io.CaseDataReader;
import org.childstat.indicators.core.io.ContractFile;
import org.childstat.indicators.core.io.DataQualityReport;
import org.childstat.indicators.core.io.FileCounts;
import org.childstat.indicators.core.io.FindingCode;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.Level;
import java.util.LinkedHashMap;
import java.util.Map;
import org.childstat.indicators.scorecard.grid.EntityTable;
import org.childstat.indicators.scorecard.grid.IndicatorTable;
import org.childstat.indicators.scorecard.cases.CaseSelection;
import org.childstat.indicators.scorecard.grid.Scorecard;
import org.childstat.indicators.scorecard.grid.ScorecardPage;
import org.childstat.indicators.scorecard.grid.TrendTable;
import org.childstat.indicators.scorecard.grid.VariationTable;
import java.util.EnumSet;
import java.util.Set;

/** What the subcommands do, with the streams they print to. */
final class Jobs {
    static final String VERSION = "0.1.0-SNAPSHOT";

    /** Cases drawn for review in each entity's book, per indicator on which it is flagged worse. */
    static final int REVIEW_CASES = 3;

    private final PrintStream out;
    private final PrintStream err;

    Jobs(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Reads a folder; null (with the message on stderr) when it has no as-of date. */
    CaseData read(Path data, LocalDate asOf) {
        try {
            return CaseDataReader.read(data, asOf);
        } catch (IllegalArgumentException e) {
            err.println("childstat: " + e.getMessage());
            return null;
        }
    }

    /**
     * The case data for a question about single cases ({@code explain}, {@code cases}), or null
     * (exit 3) when the folder cannot be read or one of its files is unreadable; says why on stderr.
     */
    CaseData readUsable(Path data, LocalDate asOf) {
        CaseData caseData = read(data, asOf);
        return caseData == null || unreadable(caseData.dataQuality()) ? null : caseData;
    }

    /** Whether an input file could not be read at all; names each one on stderr. */
    boolean unreadable(DataQualityReport dq) {
        dq.findings(FindingCode.UNREADABLE_FILE).forEach(f -> err.println("childstat: " + f.file() + ": " + f.message()));
        return dq.hasUnreadableFile();
    }

    /** Progress on stderr, only when stderr is a terminal (data-contract §5). */
    private void progress(String step) {
        if (System.console() != null) {
            err.println("childstat: " + step + "...");
        }
    }

    /**
     * Reads, computes, writes results.csv, exclusions.csv, indicators.csv, entities.csv,
     * data-quality.csv, variation.csv, trends.csv, scorecard.html and run.json.
     */
    int run(Path data, Path outDir, LocalDate asOf, String periodSpec, CalculationOptions options) {
        long t0 = System.nanoTime();
        progress("reading " + data);
        CaseData caseData = read(data, asOf);
        if (caseData == null) {
            return 3;
        }
        long readMs = (System.nanoTime() - t0) / 1_000_000;
        DataQualityReport dq = caseData.dataQuality();
        if (unreadable(dq)) {
            return 3;
        }
        List<ReportingPeriod> periods = ReportingPeriod.parseList(periodSpec, caseData.asOf());
        progress("computing " + options.indicators().size() + " indicators for " + periods.size() + " periods");
        Calculation calc = Indicators.compute(caseData, periods, options);
        long t1 = System.nanoTime();
        try {
            Files.createDirectories(outDir);
            calc.writeCsv(outDir);
            IndicatorTable.of(options.indicators(), Scorecard.NATIONAL_PERFORMANCE)
                    .writeCsv(outDir.resolve("indicators.csv"));
            EntityTable entities = EntityTable.from(caseData);
            entities.writeCsv(outDir.resolve("entities.csv"));
            dq.writeCsv(outDir.resolve("data-quality.csv"));
            progress("comparing entities (variation.csv)");
            long tv = System.nanoTime();
            VariationTable variation = VariationTable.of(calc.results());
            long variationMs = (System.nanoTime() - tv) / 1_000_000;
            variation.writeCsv(outDir.resolve("variation.csv"));
            ReportingPeriod latest = periods.stream().max(ReportingPeriod::compareTo).orElseThrow();
            Scorecard card = Scorecard.of(calc.results(), variation, latest, entities, Scorecard.NATIONAL_PERFORMANCE);
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put("tool", "childstat " + VERSION);
            settings.put("data", data.toString());
            settings.put("as-of", caseData.asOf().toString());
            settings.put("periods", periodSpec + " (" + periods.size() + " periods; the grid shows " + latest.label() + ")");
            settings.put("indicators", options.indicators().size() + " of " + IndicatorId.values().length);
            settings.put("standards", "CFSR Round 4 national performance where one exists; else the funnel (95%)");
            // monthly series for the control charts (rolling values overlap), above worker level
            List<ReportingPeriod> months = ReportingPeriod.months(24, caseData.asOf());
            Set<Level> trendLevels = EnumSet.noneOf(Level.class);
            options.levels().stream().filter(l -> l != Level.WORKER).forEach(trendLevels::add);
            progress("charting 24 months (trends.csv) and writing scorecard.html");
            long tt = System.nanoTime();
            TrendTable trends = TrendTable.of(Indicators.compute(caseData, months, options.withLevels(trendLevels))
                    .results());
            long trendsMs = (System.nanoTime() - tt) / 1_000_000;
            out.printf("variation: %d ms; trends (24 months): %d ms%n", variationMs, trendsMs);
            trends.writeCsv(outDir.resolve("trends.csv"));
            settings.put("trends", "24 calendar months " + months.get(0).label() + " to "
                    + months.get(months.size() - 1).label() + "; P', U' and I charts, Making Data Count rules");
            progress("drawing cases for review where an entity is flagged worse");
            long tc = System.nanoTime();
            List<CaseSelection.Selection> review = new ArrayList<>();
            card.flaggedWorse().forEach((id, keys) -> review.addAll(
                    CaseSelection.selectAll(caseData, id, latest, keys, REVIEW_CASES, 0).values()));
            out.printf("cases for review (%d entity-indicator pairs): %d ms%n", review.size(),
                    (System.nanoTime() - tc) / 1_000_000);
            settings.put("cases for review", REVIEW_CASES + " per indicator flagged worse (-), seed 0, missed first");
            ScorecardPage.write(outDir.resolve("scorecard.html"), card, variation, trends, dq, caseData.asOf(), settings,
                    review);
            long writeMs = (System.nanoTime() - t1) / 1_000_000;
            Files.writeString(outDir.resolve("run.json"), runJson(data, caseData, periods, options,
                    new long[] {readMs, calc.millis(), writeMs}));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + outDir, e);
        }
        out.printf("read %s in %d ms%n", caseData, readMs);
        out.printf("computed %d results (%d indicators, %d periods) in %d ms; wrote %s%n", calc.results().size(),
                options.indicators().size(), periods.size(), calc.millis(), outDir);
        ReportingPeriod last = periods.get(periods.size() - 1);
        out.println("county, " + last.label() + ":");
        for (IndicatorId id : IndicatorId.values()) {
            if (options.indicators().contains(id)) {
                out.println("  " + calc.results().county(id, last));
            }
        }
        if (dq.rowsSetAside() > 0) {
            out.printf("%d rows were set aside: see %s%n", dq.rowsSetAside(), outDir.resolve("data-quality.csv"));
            return 1;
        }
        return 0;
    }

    /** Reads a folder, prints the data-quality summary, writes data-quality.csv and run.json when asked. */
    int validate(Path data, Path outDir, LocalDate asOf) {
        long t0 = System.nanoTime();
        CaseData caseData = read(data, asOf);
        if (caseData == null) {
            return 3;
        }
        long readMs = (System.nanoTime() - t0) / 1_000_000;
        DataQualityReport dq = caseData.dataQuality();
        out.printf("read %s in %d ms%n", caseData, readMs);
        out.print(dq.summary());
        if (outDir != null) {
            try {
                Files.createDirectories(outDir);
                dq.writeCsv(outDir.resolve("data-quality.csv"));
                Files.writeString(outDir.resolve("run.json"), runJson(data, caseData, List.of(),
                        CalculationOptions.defaults(), new long[] {readMs, 0, 0}));
                out.println("wrote " + outDir.resolve("data-quality.csv") + " and " + outDir.resolve("run.json"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + outDir, e);
            }
        }
        if (unreadable(dq)) {
            return 3;
        }
        return dq.rowsSetAside() > 0 ? 1 : 0;
    }

    /**
     * run.json (data-contract §6). Every string in it (the data folder, ids, labels, file names)
     * goes through {@link Json#string(String)}, so a folder name with a quote or a backslash
     * still gives valid JSON.
     */
    static String runJson(Path data, CaseData caseData, List<ReportingPeriod> periods, CalculationOptions options,
                          long[] ms) throws IOException {
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"tool\": ").append(Json.string("childstat")).append(",\n  \"version\": ")
                .append(Json.string(VERSION)).append(",\n");
        json.append("  \"data\": ").append(Json.string(data.toString())).append(",\n");
        json.append("  \"as_of\": ").append(Json.string(caseData.asOf().toString())).append(",\n");
        List<String> labels = new ArrayList<>();
        periods.forEach(p -> labels.add(Json.string(p.label())));
        json.append("  \"periods\": [").append(String.join(", ", labels)).append("],\n");
        List<String> ids = new ArrayList<>();
        for (IndicatorId id : IndicatorId.values()) {
            if (options.indicators().contains(id)) {
                ids.add(Json.string(id.name()));
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
        StringJoiner inputs = new StringJoiner(",", "\n", "\n  ");
        for (ContractFile f : ContractFile.values()) {
            Path p = data.resolve(f.fileName());
            if (Files.isRegularFile(p)) {
                inputs.add("    " + Json.string(f.fileName()) + ": {\"sha256\": " + Json.string(sha256(p)) + "}");
            }
        }
        json.append(inputs).append("},\n");
        json.append("  \"timings_ms\": {\"read\": ").append(ms[0]).append(", \"compute\": ").append(ms[1])
                .append(", \"write\": ").append(ms[2]).append("},\n");
        json.append("  \"files\": {");
        StringJoiner files = new StringJoiner(",", "\n", "\n  ");
        caseData.dataQuality().files().forEach((f, c) -> files.add(fileJson(f, c)));
        json.append(files).append("}\n}\n");
        return json.toString();
    }

    private static String fileJson(ContractFile f, FileCounts c) {
        return "    " + Json.string(f.fileName()) + ": {\"read\": " + c.read() + ", \"used\": " + c.used()
                + ", \"set_aside\": " + c.setAside() + "}";
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
