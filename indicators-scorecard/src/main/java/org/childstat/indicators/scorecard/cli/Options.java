package org.childstat.indicators.scorecard.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.io.CaseDataReader;
import org.childstat.indicators.core.io.DateBounds;
import org.childstat.indicators.core.model.Level;
import org.childstat.indicators.core.synthetic.SyntheticCounty;
import org.childstat.indicators.scorecard.grid.EntityTable;
import picocli.CommandLine;

/**
 * The option values the subcommands share, parsed and checked (the guard rails of docs/outputs.md,
 * Exit codes): a bad value is a {@link UsageException} (exit code 2) whose message names the
 * option.
 */
final class Options {
    /** The as-of date of {@code demo} and {@code synth} when none is given: the end of FFY2026. */
    static final String DEFAULT_AS_OF = "2026-09-30";

    /** The largest county {@code demo} and {@code synth} make (docs/outputs.md, What the command prints). */
    static final int MAX_CHILDREN = 10_000_000;

    /** The nearest ids a usage error names for an entity that is not there. */
    static final int NEAREST = 5;

    private Options() {
    }

    /**
     * A date option: {@code yyyy-MM-dd} within the years the library accepts
     * ({@link DateBounds}, 1900 to 2199), so that no far date (+215000-06-30 once looped forever)
     * reaches the engine; picocli names the option in the message.
     */
    static LocalDate date(String text) {
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("expected a date yyyy-MM-dd, got '" + text + "'");
        }
        if (!DateBounds.contains(date)) {
            throw new CommandLine.TypeConversionException(DateBounds.outside(text));
        }
        return date;
    }

    /** The value of {@code --indicator}, or a usage error naming the known ids. */
    static IndicatorId indicatorOption(String text) {
        try {
            return IndicatorId.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--indicator: " + e.getMessage());
        }
    }

    /** The value of {@code --period}, or a usage error naming the expected forms. */
    static ReportingPeriod periodOption(String text) {
        try {
            return ReportingPeriod.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--period: " + e.getMessage());
        }
    }

    /**
     * {@code --data}, which must be a folder.
     *
     * @throws UsageException naming {@code --data}
     */
    static Path folder(Path data) {
        if (!Files.isDirectory(data)) {
            throw new UsageException("--data " + data + " is not a folder");
        }
        return data;
    }

    /**
     * The as-of date a command on {@code data} works with, checked (a guard rail of
     * docs/outputs.md, Exit codes): {@code --as-of} when given, which must not be after the extract
     * date of extract.txt when the folder has one; else the extract date; null when there is
     * neither (the reader then says so).
     *
     * @throws UsageException naming {@code --as-of} and the extract date
     */
    static LocalDate asOf(Path data, LocalDate asOf) {
        LocalDate extract;
        try {
            extract = CaseDataReader.extractDate(data);
        } catch (IllegalArgumentException e) {
            extract = null; // no or no valid extract.txt: the reader says so when it needs it
        }
        if (asOf != null && extract != null && asOf.isAfter(extract)) {
            throw new UsageException("--as-of " + asOf + " is after the extract date " + extract + " ("
                    + data.resolve(CaseDataReader.EXTRACT_FILE)
                    + "): the data cannot know what happened after it was extracted");
        }
        return asOf != null ? asOf : extract;
    }

    /**
     * A period that starts after the as-of date is a usage error (docs/outputs.md, Exit codes): the
     * data cannot have any of it.
     *
     * @throws UsageException naming {@code option} and the period
     */
    static void notAfter(String option, ReportingPeriod period, LocalDate asOf) {
        if (asOf != null && period.start().isAfter(asOf)) {
            throw new UsageException(option + ": " + period.label() + " starts on " + period.start()
                    + ", after the as-of date " + asOf + "; the data has nothing of it");
        }
    }

    /**
     * {@code --children} of {@code demo} and {@code synth}: 1 to 10,000,000.
     *
     * @throws UsageException naming {@code --children}
     */
    static int children(int children) {
        if (children < 1 || children > MAX_CHILDREN) {
            throw new UsageException("--children must be 1 to " + String.format(Locale.ROOT, "%,d",
                    MAX_CHILDREN) + ", got " + children);
        }
        return children;
    }

    /**
     * A synthetic county of {@code children} as of {@code asOf} ({@code demo} and {@code synth}).
     *
     * @throws UsageException naming {@code --children}, or {@code --as-of} when the generator
     *                        refuses the as-of date
     */
    static SyntheticCounty generate(int children, long seed, LocalDate asOf) {
        return generate(children, seed, asOf, SyntheticCounty.Options.DEFAULT);
    }

    /** {@link #generate(int, long, LocalDate)} with the generator's options. */
    static SyntheticCounty generate(int children, long seed, LocalDate asOf, SyntheticCounty.Options options) {
        try {
            return SyntheticCounty.generate(children(children), seed, asOf, options);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--as-of " + asOf + ": " + e.getMessage());
        }
    }

    /**
     * An entity that the organisation does not have is a usage error (docs/outputs.md, Exit codes),
     * naming the nearest ids of its level.
     *
     * @throws UsageException naming {@code --entity}
     */
    static void known(EntityTable entities, Level level, String entityId, Path data) {
        if (entities.contains(level, entityId)) {
            return;
        }
        List<String> ids = entities.rows().stream().filter(r -> r.level() == level).map(EntityTable.Row::entityId)
                .filter(id -> !id.equals(EntityTable.UNASSIGNED)).toList();
        List<String> nearest = Nearest.ids(entityId, ids, NEAREST);
        throw new UsageException("--entity: no " + level + " " + entityId + " in " + data
                + (nearest.isEmpty() ? "" : "; nearest " + level + " ids: " + String.join(", ", nearest)));
    }
}
