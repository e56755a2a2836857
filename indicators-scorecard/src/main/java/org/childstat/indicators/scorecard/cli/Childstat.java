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
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import org.childstat.indicators.cohort.Calculation;
import org.childstat.indicators.cohort.CalculationOptions;
import org.childstat.indicators.cohort.Explanation;
import org.childstat.indicators.cohort.Indicators;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.model.Level;
import org.childstat.indicators.core.io.CaseDataReader;
import org.childstat.indicators.core.io.ContractFile;
import org.childstat.indicators.core.io.DataQualityReport;
import org.childstat.indicators.core.io.FileCounts;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.synthetic.PlantedEffect;
import org.childstat.indicators.core.synthetic.SyntheticCounty;

/**
 * The {@code childstat} command (data-contract §5). This version has {@code demo}, {@code run},
 * {@code explain}, {@code synth} and {@code validate}; {@code cases}, {@code funnel} and
 * {@code chart} come with the modules that compute them.
 *
 * <p>Exit codes: 0 done; 1 finished but rows were set aside; 2 usage error; 3 unreadable input.
 */
public final class Childstat {
    /** The as-of date of {@code demo} and {@code synth} when none is given: the end of FFY2026. */
    static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 9, 30);
    static final String VERSION = "0.1.0-SNAPSHOT";

    private final PrintStream out;
    private final PrintStream err;

    Childstat(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new Childstat(System.out, System.err).run(args));
    }

    /** Runs one command; returns its exit code. */
    int run(String... args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("help")) {
            out.print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        try {
            Options o = Options.parse(args);
            return switch (args[0]) {
                case "demo" -> demo(o);
                case "synth" -> synth(o);
                case "validate" -> validate(o);
                case "run" -> runCommand(o);
                case "explain" -> explain(o);
                case "cases", "funnel", "chart" -> usage("'" + args[0]
                        + "' is not in this version yet (see CHANGELOG.md)");
                default -> usage("unknown command '" + args[0] + "'");
            };
        } catch (UsageException e) {
            return usage(e.getMessage());
        } catch (UncheckedIOException e) {
            err.println("childstat: " + e.getMessage());
            return 3;
        }
    }

    private int usage(String message) {
        err.println("childstat: " + message);
        err.print(USAGE);
        return 2;
    }

    private int demo(Options o) {
        o.allow("--out", "--children", "--seed", "--as-of");
        Path dir = Path.of(o.get("--out", "childstat-demo"));
        int children = o.integer("--children", 250_000);
        long seed = o.integer("--seed", 20_261_124);
        LocalDate asOf = o.date("--as-of", DEFAULT_AS_OF);
        long t0 = System.nanoTime();
        SyntheticCounty county = SyntheticCounty.generate(children, seed, asOf);
        long t1 = System.nanoTime();
        Path data = dir.resolve("data");
        county.writeCsv(data);
        long t2 = System.nanoTime();
        out.printf("synthetic county: %s (generated in %d ms, CSV written to %s in %d ms)%n", county.data(),
                (t1 - t0) / 1_000_000, data, (t2 - t1) / 1_000_000);
        out.println("planted differences:");
        for (PlantedEffect p : county.truth()) {
            out.println("  " + p);
        }
        return runFolder(data, dir, null, "rolling:24", CalculationOptions.defaults());
    }

    private int synth(Options o) {
        o.allow("--out", "--children", "--seed", "--as-of");
        Path dir = Path.of(o.required("--out"));
        SyntheticCounty county = SyntheticCounty.generate(o.integer("--children", 10_000), o.integer("--seed", 1),
                o.date("--as-of", DEFAULT_AS_OF));
        county.writeCsv(dir);
        out.println(county);
        return 0;
    }

    private int validate(Options o) {
        o.allow("--data", "--out", "--as-of");
        Path data = Path.of(o.required("--data"));
        if (!Files.isDirectory(data)) {
            throw new UsageException("--data " + data + " is not a folder");
        }
        Path dir = o.has("--out") ? Path.of(o.get("--out", null)) : null;
        return validateFolder(data, dir, o.date("--as-of", null));
    }

    private int runCommand(Options o) {
        o.allow("--data", "--out", "--as-of", "--periods", "--indicators", "--levels");
        Path data = dataFolder(o);
        Path dir = Path.of(o.required("--out"));
        CalculationOptions options = CalculationOptions.defaults();
        if (o.has("--indicators")) {
            Set<IndicatorId> ids = EnumSet.noneOf(IndicatorId.class);
            for (String id : o.get("--indicators", "").split(",")) {
                try {
                    ids.add(IndicatorId.parse(id.strip()));
                } catch (IllegalArgumentException e) {
                    throw new UsageException("--indicators: " + e.getMessage());
                }
            }
            options = options.withIndicators(ids);
        }
        if (o.has("--levels")) {
            Set<Level> levels = EnumSet.noneOf(Level.class);
            for (String level : o.get("--levels", "").split(",")) {
                try {
                    levels.add(Level.valueOf(level.strip()));
                } catch (IllegalArgumentException e) {
                    throw new UsageException("--levels: unknown level '" + level.strip()
                            + "'; expected COUNTY, BUREAU, OFFICE, UNIT, WORKER");
                }
            }
            options = options.withLevels(levels);
        }
        String periods = o.get("--periods", "rolling:24");
        LocalDate asOf = o.date("--as-of", null);
        checkPeriods(periods, asOf == null ? LocalDate.of(2000, 1, 31) : asOf);
        return runFolder(data, dir, asOf, periods, options);
    }

    private static void checkPeriods(String spec, LocalDate asOf) {
        try {
            ReportingPeriod.parseList(spec, asOf);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--periods: " + e.getMessage());
        }
    }

    private static Path dataFolder(Options o) {
        Path data = Path.of(o.required("--data"));
        if (!Files.isDirectory(data)) {
            throw new UsageException("--data " + data + " is not a folder");
        }
        return data;
    }

    /** Reads, computes, writes results.csv, exclusions.csv, data-quality.csv and run.json. */
    private int runFolder(Path data, Path outDir, LocalDate asOf, String periodSpec, CalculationOptions options) {
        long t0 = System.nanoTime();
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
        Calculation calc = Indicators.compute(caseData, periods, options);
        long t1 = System.nanoTime();
        try {
            Files.createDirectories(outDir);
            calc.writeCsv(outDir);
            dq.writeCsv(outDir.resolve("data-quality.csv"));
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

    private int explain(Options o) {
        o.allow("--data", "--child", "--indicator", "--period", "--as-of");
        Path data = dataFolder(o);
        String child = o.required("--child");
        IndicatorId id;
        ReportingPeriod period;
        try {
            id = IndicatorId.parse(o.required("--indicator"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--indicator: " + e.getMessage());
        }
        try {
            period = ReportingPeriod.parse(o.required("--period"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--period: " + e.getMessage());
        }
        CaseData caseData = read(data, o.date("--as-of", null));
        if (caseData == null || unreadable(caseData.dataQuality())) {
            return 3;
        }
        if (caseData.history(child).isEmpty()) {
            throw new UsageException("--child: no child " + child + " in " + data);
        }
        Explanation e = Indicators.explain(caseData, id, period, child);
        out.println(e);
        return 0;
    }

    /** Reads a folder; null (with the message on stderr) when it has no as-of date. */
    private CaseData read(Path data, LocalDate asOf) {
        try {
            return CaseDataReader.read(data, asOf);
        } catch (IllegalArgumentException e) {
            err.println("childstat: " + e.getMessage());
            return null;
        }
    }

    /** Whether an input file could not be read at all; names each one on stderr. */
    private boolean unreadable(DataQualityReport dq) {
        dq.findings(org.childstat.indicators.core.io.FindingCode.UNREADABLE_FILE)
                .forEach(f -> err.println("childstat: " + f.file() + ": " + f.message()));
        return dq.hasUnreadableFile();
    }

    /** Reads a folder, prints the data-quality summary, writes data-quality.csv and run.json when asked. */
    private int validateFolder(Path data, Path outDir, LocalDate asOf) {
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

    private static String runJson(Path data, CaseData caseData, List<ReportingPeriod> periods,
                                  CalculationOptions options, long[] ms) throws IOException {
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"tool\": \"childstat\",\n  \"version\": \"").append(VERSION).append("\",\n");
        json.append("  \"as_of\": \"").append(caseData.asOf()).append("\",\n");
        List<String> labels = new ArrayList<>();
        periods.forEach(p -> labels.add("\"" + p.label() + "\""));
        json.append("  \"periods\": [").append(String.join(", ", labels)).append("],\n");
        List<String> ids = new ArrayList<>();
        for (IndicatorId id : IndicatorId.values()) {
            if (options.indicators().contains(id)) {
                ids.add("\"" + id + "\"");
            }
        }
        List<String> levels = new ArrayList<>();
        for (Level l : Level.values()) {
            if (l == Level.COUNTY || options.levels().contains(l)) {
                levels.add("\"" + l + "\"");
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
                inputs.add("    \"" + f.fileName() + "\": {\"sha256\": \"" + sha256(p) + "\"}");
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
        return "    \"" + f.fileName() + "\": {\"read\": " + c.read() + ", \"used\": " + c.used() + ", \"set_aside\": "
                + c.setAside() + "}";
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

    static final String USAGE = """
            usage:
              childstat demo [--out DIR] [--children N] [--seed S] [--as-of DATE]
                  synthetic county (default 250,000 children) -> CSV folder DIR/data -> full run -> DIR
              childstat run --data DIR --out DIR [--as-of DATE] [--periods SPEC] [--indicators IDS] [--levels LEVELS]
                  results.csv, exclusions.csv, data-quality.csv, run.json; SPEC: labels and rolling:N (default rolling:24)
              childstat explain --data DIR --child ID --indicator ID --period PERIOD [--as-of DATE]
              childstat synth --out DIR [--children N] [--seed S] [--as-of DATE]
              childstat validate --data DIR [--out DIR] [--as-of DATE]
                  data-quality report only (data-quality.csv, run.json)
            coming with later versions: cases, funnel, chart (data-contract §5)
            exit codes: 0 done, 1 rows set aside, 2 usage error, 3 unreadable input
            """;

    /** A usage error: exit code 2. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    /** {@code --name value} options after the command. */
    static final class Options {
        private final Map<String, String> values = new LinkedHashMap<>();

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 1; i < args.length; i++) {
                String name = args[i];
                if (!name.startsWith("--")) {
                    throw new UsageException("unexpected argument '" + name + "'");
                }
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new UsageException(name + " needs a value");
                }
                if (o.values.put(name, args[++i]) != null) {
                    throw new UsageException(name + " is given twice");
                }
            }
            return o;
        }

        void allow(String... names) {
            for (String name : values.keySet()) {
                if (!List.of(names).contains(name)) {
                    throw new UsageException("unknown option " + name);
                }
            }
        }

        boolean has(String name) {
            return values.containsKey(name);
        }

        String get(String name, String fallback) {
            return values.getOrDefault(name, fallback);
        }

        String required(String name) {
            String v = values.get(name);
            if (v == null) {
                throw new UsageException(name + " is required");
            }
            return v;
        }

        int integer(String name, int fallback) {
            String v = values.get(name);
            try {
                return v == null ? fallback : Integer.parseInt(v.replace("_", ""));
            } catch (NumberFormatException e) {
                throw new UsageException(name + " expects a whole number, got '" + v + "'");
            }
        }

        LocalDate date(String name, LocalDate fallback) {
            String v = values.get(name);
            try {
                return v == null ? fallback : LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw new UsageException(name + " expects a date yyyy-MM-dd, got '" + v + "'");
            }
        }
    }
}
