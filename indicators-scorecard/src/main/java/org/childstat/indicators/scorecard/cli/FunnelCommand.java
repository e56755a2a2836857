package org.childstat.indicators.scorecard.cli;

import static org.childstat.indicators.scorecard.cli.TallyFiles.num;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.childstat.indicators.scorecard.plot.FunnelPlot;
import org.childstat.indicators.scorecard.plot.Labels;
import org.childstat.indicators.scorecard.variation.FunnelComparison;
import org.childstat.indicators.scorecard.variation.Measure;
import org.childstat.indicators.scorecard.variation.Overdispersion;
import org.childstat.indicators.scorecard.variation.Tally;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code childstat funnel}: a funnel comparison ({@link FunnelComparison}) of any tallies read
 * from TALLIES.csv (entity_id, numerator, denominator; {@link TallyFiles}): writes one row per
 * entity (value, expected, z, p and q values, funnel band, shrunken estimate and interval, flag,
 * and the limits of each level) to {@code --out}, its summary (target, overdispersion) to the
 * same name with .json beside it, and with {@code --plot} the funnel plot as SVG; prints one line
 * saying what it wrote.
 *
 * <p>Exit codes: 0 done; 1 some rows were left out (each named on stderr), or none was left to
 * compare (then nothing is written); 2 usage error (a bad {@code --kind}, {@code --limits},
 * {@code --overdispersion}, {@code --target} or {@code --scale}; an {@code --input} that is
 * missing, a folder, empty or lacks a column); 3 an input that cannot be read or is not UTF-8,
 * an output that cannot be written, or not enough memory; 4 internal error.
 */
@Command(name = "funnel", mixinStandardHelpOptions = true,
        description = "Funnel comparison of any tallies: TALLIES.csv with entity_id, numerator, denominator.")
final class FunnelCommand implements Callable<Integer> {
    @ParentCommand
    Childstat cli;
    @Mixin
    CsvCellsOption csv = new CsvCellsOption();
    @Option(names = "--input", required = true, description = "TALLIES.csv: entity_id, numerator, denominator")
    Path input;
    @Option(names = "--out", required = true,
            description = "the output CSV; its summary goes to the same name with .json beside it")
    Path out;
    @Option(names = "--kind", defaultValue = "percent", description = "percent or rate (default ${DEFAULT-VALUE})")
    String kind;
    @Option(names = "--target", description = "a fixed target in the output's unit (default: the pooled value)")
    Double target;
    @Option(names = "--limits", defaultValue = "95,99.8", description = "limit levels, percent (default ${DEFAULT-VALUE})")
    String limits;
    @Option(names = "--overdispersion", defaultValue = "additive",
            description = "none, multiplicative or additive (default ${DEFAULT-VALUE})")
    String overdispersion;
    @Option(names = "--scale", description = "multiplier of values (default 100 for percents, 1 for rates)")
    Double scale;
    @Option(names = "--plot", description = "also draw the funnel plot as an SVG file")
    Path plot;

    @Override
    public Integer call() throws IOException {
        boolean percent;
        switch (kind) {
            case "percent" -> percent = true;
            case "rate" -> percent = false;
            default -> throw new UsageException("--kind: expected percent or rate, got '" + kind + "'");
        }
        Overdispersion.Method method;
        try {
            method = Overdispersion.Method.valueOf(overdispersion.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--overdispersion: expected none, multiplicative or additive, got '"
                    + overdispersion + "'");
        }
        String[] labels = limits.split(",");
        double[] levels = new double[labels.length];
        for (int i = 0; i < labels.length; i++) {
            try {
                levels[i] = Double.parseDouble(labels[i].strip()) / 100;
            } catch (NumberFormatException e) {
                throw new UsageException("--limits: '" + labels[i] + "' is not a number");
            }
        }
        double k = scale != null ? scale : percent ? 100 : 1;
        Measure measure = percent ? Measure.PERCENT : Measure.RATE;
        FunnelComparison.Options options;
        try {
            options = FunnelComparison.Options.defaults(measure, k)
                    .withLevels(levels).withOverdispersion(method).withTarget(target == null ? null : target / k);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        TallyFiles.Read read = TallyFiles.read(input, List.of("entity_id", "numerator", "denominator"), percent,
                TallyFiles.Check.UNIQUE_TALLIES, cli.err);
        if (read.rows().isEmpty()) {
            cli.err.println("childstat funnel: " + input + ": no rows to compare (" + (read.bad() == 0
                    ? "the file has a header only" : "every row was left out") + "); nothing written");
            return 1;
        }
        List<Tally> tallies = new ArrayList<>();
        for (TallyFiles.Line l : read.rows()) {
            tallies.add(new Tally(l.id(), l.numbers()[0], l.numbers()[1]));
        }
        var result = FunnelComparison.compare(tallies, options);
        List<String> header = new ArrayList<>(List.of("entity_id", "numerator", "denominator", "value",
                "expected", "z", "p_value", "q_value", "funnel_band", "shrunk_value", "shrunk_lower95",
                "shrunk_upper95", "flag"));
        for (String label : labels) {
            header.add("lower_" + label.strip());
            header.add("upper_" + label.strip());
        }
        List<String[]> rows = new ArrayList<>();
        for (var row : result.rows()) {
            var t = row.tally();
            List<String> cells = new ArrayList<>(List.of(t.entityId(), num(t.numerator()),
                    num(t.denominator()), num(row.value()), num(row.expected()), num(row.z()), num(row.pValue()),
                    num(row.qValue()), row.bandLabel(), num(row.shrunkValue()), num(row.shrunkLower()),
                    num(row.shrunkUpper()), row.flag()));
            for (int l = 0; l < levels.length; l++) {
                cells.add(num(row.lower()[l]));
                cells.add(num(row.upper()[l]));
            }
            rows.add(cells.toArray(String[]::new));
        }
        var od = result.overdispersion();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("target", result.target() * k);
        summary.put("phi", od.phi());
        summary.put("phi_p_value", od.phiPValue());
        summary.put("tau2", od.tau2());
        summary.put("method", method.name().toLowerCase(Locale.ROOT));
        summary.put("adjusted", result.adjusted());
        summary.put("rows_left_out", read.bad());
        summary.put("input", input.toString());
        summary.put("output", out.toString());
        Path json = TallyFiles.write(out, header, rows, summary, csv.cells());
        String also = "";
        if (plot != null) {
            String unit = percent ? (k == 100 ? "%" : "per " + num(k)) : k == 1 ? "per unit of exposure"
                    : "per " + num(k) + " of exposure";
            TallyFiles.writePlot(plot, FunnelPlot.svg(new Labels(TallyFiles.plotTitle(input), unit,
                    percent && k == 100 ? "%" : "", percent && k == 100 ? 1 : 3, percent ? "" : "exposure"),
                    result, null, true));
            also = " and " + plot;
        }
        cli.out.printf("compared %d entities (target %s, phi %s, tau2 %s); wrote %s and %s%s%n", tallies.size(),
                num(result.target() * k), num(od.phi()), num(od.tau2()), out, json, also);
        return read.bad() > 0 ? 1 : 0;
    }
}
