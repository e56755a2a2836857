package org.childstat.indicators.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Predicate;
import org.childstat.indicators.cohort.Calculation;
import org.childstat.indicators.cohort.ExclusionCount;
import org.childstat.indicators.cohort.Indicators;
import org.childstat.indicators.core.indicator.Indicator;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.IndicatorResult;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.io.CaseDataReader;
import org.childstat.indicators.core.model.CaseData;

/**
 * A fingerprint of the full recompute of a benchmark county: the number of results and exclusion
 * counts, and a SHA-256 over every field of every result at full precision and every exclusion
 * count. Two builds that print the same line computed the same thing; run it before and after a
 * change to the engine that should not change its results. Two more lines give the same
 * fingerprint for the first 26 indicators of the catalogue (before the in-home ones of issue 15)
 * and the first 30 (before the workforce of issue 16), so that their results can be compared with
 * a build that did not have the later ones.
 *
 * <p>Run: {@code java -Xmx3g -cp benchmarks/target/benchmarks.jar
 * org.childstat.indicators.benchmarks.ResultDigest 250000}
 */
public final class ResultDigest {
    private ResultDigest() {
    }

    public static void main(String[] args) throws NoSuchAlgorithmException {
        for (String arg : args.length > 0 ? args : new String[] {"250000"}) {
            CaseData data = CaseDataReader.read(Counties.csv(Integer.parseInt(arg)));
            Calculation c = Indicators.compute(data, ReportingPeriod.rolling(24, data.asOf()));
            print(arg, c, r -> true, "");
            print(arg, c, r -> first(r, IndicatorId.IN_HOME_NO_MALTREATMENT), " (the first 26, before the in-home ones)");
            print(arg, c, r -> first(r, IndicatorId.CASELOAD), " (the first 30, before the workforce)");
        }
    }

    /** Whether an indicator comes before another in the catalogue. */
    private static boolean first(Indicator i, IndicatorId before) {
        return i instanceof IndicatorId id && id.ordinal() < before.ordinal();
    }

    private static void print(String arg, Calculation c, Predicate<Indicator> keep, String what)
            throws NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        long results = 0, exclusions = 0;
        for (IndicatorResult r : c.results().rows()) {
            if (!keep.test(r.indicator())) {
                continue;
            }
            results++;
            String row = String.join("|", r.indicator().id(), r.period().label(), r.level().name(), r.entityId(),
                    String.valueOf(r.numerator()), String.valueOf(r.denominator()), String.valueOf(r.value()),
                    String.valueOf(r.lower95()), String.valueOf(r.upper95()), r.status().name(),
                    String.join(";", r.notes()));
            sha.update(row.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
        }
        for (ExclusionCount e : c.exclusions()) {
            if (keep.test(e.indicator())) {
                exclusions++;
                sha.update((e + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        System.out.printf("%s children%s: %,d results, %,d exclusion counts, sha256 %s%n", arg, what, results,
                exclusions, HexFormat.of().formatHex(sha.digest()));
    }
}
