package org.childstat.indicators.scorecard.grid;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childstat.indicators.core.indicator.Direction;
import org.childstat.indicators.core.indicator.Indicator;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.IndicatorResult;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.indicator.ResultStatus;
import org.childstat.indicators.core.indicator.ResultTable;
import org.childstat.indicators.core.indicator.Unit;
import org.childstat.indicators.core.model.Level;
import org.childstat.indicators.core.model.OrgUnit;
import org.childstat.indicators.core.model.WorkerSpell;
import org.childstat.indicators.scorecard.variation.FunnelComparison;

/**
 * The scorecard (docs/scorecard.md, The grid): rows are entities of every level (county, bureaus,
 * offices, units, workers, each linked to its parent), columns are indicators ordered safety,
 * permanency, well-being, and every cell is a value, suppressed, no data, not applicable, or
 * failed with a reason; one bad cell never aborts the grid, and {@link #failures()} lists the
 * failed ones so that a caller can say so and fail.
 *
 * <p>Colour: against a standard where the indicator has one (by default the CFSR Round 4
 * national performance: {@link #NATIONAL_PERFORMANCE}): GREEN at or better than it, YELLOW worse
 * but with the standard inside the 95% interval (the tolerance), RED worse with the whole interval
 * worse; otherwise against the funnel: GREEN beyond the 95% band on the better side, RED on the
 * worse side, NONE within. The colour is never the only signal: each cell carries a flag
 * character, {@code +} better, {@code ~} within tolerance, {@code -} worse, blank otherwise, so the
 * page reads in black and white; a value whose follow-up is not complete ends in {@code *}.
 * Immutable and thread-safe.
 */
public final class Scorecard {
    /**
     * CFSR Round 4 national performance, the default standards of the built-in indicators: each
     * one's {@link Indicator#nationalPerformance()} (docs/indicators.md, National performance),
     * where it has one.
     */
    public static final Map<Indicator, Double> NATIONAL_PERFORMANCE = nationalPerformance(List.of(IndicatorId.values()));

    /**
     * The standards of some indicators from their definitions: each one's
     * {@link Indicator#nationalPerformance()}, where it has one.
     *
     * @param indicators the indicators
     * @return by indicator, its standard; unmodifiable
     */
    public static Map<Indicator, Double> nationalPerformance(Collection<? extends Indicator> indicators) {
        Map<Indicator, Double> standards = new LinkedHashMap<>();
        for (Indicator id : indicators) {
            id.nationalPerformance().ifPresent(v -> standards.put(id, v));
        }
        return Collections.unmodifiableMap(standards);
    }

    /**
     * The columns, as the dashboard reads left to right: every built-in indicator, then the
     * other indicators given, grouped by {@link Indicator#domain()} (safety, permanency,
     * well-being), within a domain in that order (the built-in ones in catalogue order).
     *
     * @param others indicators besides the built-in ones (e.g. custom ones); built-in ones among them are ignored
     * @return the columns
     */
    public static List<Indicator> columns(Collection<? extends Indicator> others) {
        List<Indicator> out = new ArrayList<>(List.of(IndicatorId.values()));
        for (Indicator i : others) {
            if (!(i instanceof IndicatorId) && !out.contains(i)) {
                out.add(i);
            }
        }
        out.sort(Comparator.comparing(Indicator::domain)); // stable: keeps the order within a domain
        return List.copyOf(out);
    }

    /** A cell's colour. */
    public enum Colour {
        /** Better than the standard, or beyond the 95% funnel band on the better side. */
        GREEN,
        /** Worse than the standard, but with the standard inside the 95% interval. */
        YELLOW,
        /** Worse: the whole interval worse than the standard, or beyond the funnel on the worse side. */
        RED,
        /** No colour: within the funnel, no direction, or not a value. */
        NONE
    }

    /** What a cell holds. */
    public enum State {
        /** A value. */
        VALUE,
        /** Too few children to show. */
        SUPPRESSED,
        /** No denominator, or the input it needs is absent. */
        NO_DATA,
        /** The indicator was not computed, or has no row for the entity. */
        NOT_APPLICABLE,
        /** Building the cell failed; the reason says why. */
        FAILED
    }

    /**
     * One cell. Immutable.
     *
     * @param indicator   the column
     * @param state       what it holds
     * @param text        what the page shows: the value, {@code n<5}, or empty
     * @param value       the value, or null
     * @param denominator the denominator, or null
     * @param colour      the colour
     * @param flag        {@code +}, {@code ~}, {@code -} or a space
     * @param reason      why a cell is not a value (or the failure), else empty
     */
    public record Cell(Indicator indicator, State state, String text, Double value, Long denominator, Colour colour,
                       char flag, String reason) {
    }

    /**
     * One row. Immutable.
     *
     * @param level    the level
     * @param entityId the entity
     * @param name     its name, or null
     * @param parentId the entity of the level above it contains it (null for the county)
     * @param cells    one per column
     */
    public record Row(Level level, String entityId, String name, String parentId, List<Cell> cells) {
        /**
         * Copies the cells.
         *
         * @param level    the level
         * @param entityId the entity
         * @param name     its name, or null
         * @param parentId the entity of the level above that contains it (null for the county)
         * @param cells    one per column
         */
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A cell whose building failed (a bug: every state of the data has a cell of its own). The page
     * shows it as {@code !} with the reason; the command names it on stderr and exits with 4.
     * Immutable.
     *
     * @param level     the row's level
     * @param entityId  the row's entity
     * @param indicator the column
     * @param reason    the failure: its exception's class and message
     */
    public record Failure(Level level, String entityId, Indicator indicator, String reason) {
        @Override
        public String toString() {
            return level + ":" + entityId + " " + indicator + ": " + reason;
        }
    }

    private final ReportingPeriod period;
    private final List<Indicator> columns;
    private final List<Row> rows;
    private final Map<String, List<Row>> children;
    private final List<Failure> failures;

    private Scorecard(ReportingPeriod period, List<Indicator> columns, List<Row> rows) {
        this.period = period;
        this.columns = columns;
        this.rows = List.copyOf(rows);
        List<Failure> failed = new ArrayList<>();
        for (Row r : this.rows) {
            for (Cell c : r.cells()) {
                if (c.state() == State.FAILED) {
                    failed.add(new Failure(r.level(), r.entityId(), c.indicator(), c.reason()));
                }
            }
        }
        this.failures = List.copyOf(failed);
        Map<String, List<Row>> below = new HashMap<>();
        for (Row r : this.rows) {
            if (r.level() != Level.COUNTY) {
                below.computeIfAbsent(Level.values()[r.level().ordinal() - 1] + ":" + r.parentId(),
                        k -> new ArrayList<>()).add(r);
            }
        }
        this.children = below;
    }

    /**
     * The period the scorecard shows.
     *
     * @return the period
     */
    public ReportingPeriod period() {
        return period;
    }

    /**
     * The columns: {@link #columns(Collection)} of the results' indicators.
     *
     * @return the indicators, in the order of each row's cells
     */
    public List<Indicator> columns() {
        return columns;
    }

    /**
     * The cells that failed, in grid order (empty when none did): a failure is never only a
     * {@code !} on the page, whoever builds the scorecard is told.
     *
     * @return the failed cells
     */
    public List<Failure> failures() {
        return failures;
    }

    /**
     * Rows in grid order: the county, then each bureau followed by its subtree (each office
     * followed by its units, each unit by its workers), siblings in id order with UNASSIGNED last,
     * so an entity's children come directly under it.
     *
     * @return the rows
     */
    public List<Row> rows() {
        return rows;
    }

    /**
     * The cells flagged worse ({@code -}, red): by indicator, in column order, the
     * {@code LEVEL:ID} keys of the entities in grid order. These are the indicators whose cases
     * an entity's book draws for review.
     *
     * @return by indicator, the keys of the entities flagged worse
     */
    public Map<Indicator, List<String>> flaggedWorse() {
        Map<Indicator, List<String>> out = new LinkedHashMap<>();
        for (int column = 0; column < columns.size(); column++) {
            Indicator id = columns.get(column);
            List<String> keys = new ArrayList<>();
            for (Row r : rows) {
                if (r.cells().get(column).colour() == Colour.RED) {
                    keys.add(r.level() + ":" + r.entityId());
                }
            }
            if (!keys.isEmpty()) {
                out.put(id, List.copyOf(keys));
            }
        }
        return out;
    }

    /**
     * The rows of the level below that an entity contains, in grid order.
     *
     * @param level    the entity's level
     * @param entityId the entity
     * @return its children's rows (empty for a worker or an entity without a row)
     */
    public List<Row> children(Level level, String entityId) {
        return children.getOrDefault(level + ":" + entityId, List.of());
    }

    /**
     * The scorecard of one period, for the organisation of {@code units} and {@code spells}
     * ({@link EntityTable#of}).
     *
     * @param results   the results
     * @param variation the funnel comparisons of those results
     * @param period    the period shown
     * @param units     the org_units.csv rows
     * @param spells    the workers.csv rows
     * @param standards standards by indicator; others are coloured by the funnel
     * @return the scorecard
     */
    public static Scorecard of(ResultTable results, VariationTable variation, ReportingPeriod period,
                               List<OrgUnit> units, List<WorkerSpell> spells, Map<Indicator, Double> standards) {
        return of(results, variation, period, EntityTable.of(units, spells), standards);
    }

    /**
     * The scorecard of one period.
     *
     * @param results   the results
     * @param variation the funnel comparisons of those results
     * @param period    the period shown
     * @param entities  the organisation, for parents and the order of rows
     * @param standards standards by indicator (e.g. {@link #NATIONAL_PERFORMANCE}); others are coloured by the funnel
     * @return the scorecard
     */
    public static Scorecard of(ResultTable results, VariationTable variation, ReportingPeriod period,
                               EntityTable entities, Map<Indicator, Double> standards) {
        Map<String, IndicatorResult> byCell = new HashMap<>();
        Map<String, String[]> withResults = new LinkedHashMap<>();
        for (IndicatorResult r : results.rows()) {
            if (!r.period().equals(period)) {
                continue;
            }
            byCell.put(r.indicator() + "/" + r.level() + "/" + r.entityId(), r);
            withResults.putIfAbsent(r.level() + ":" + r.entityId(), new String[] {r.level().name(), r.entityId(),
                    r.entityName()});
        }
        Map<String, FunnelComparison.Row> funnel = new HashMap<>();
        for (VariationTable.Row v : variation.rows()) {
            if (v.period().equals(period) && v.compared() != null) {
                funnel.put(v.indicator() + "/" + v.level() + "/" + v.entityId(), v.compared());
            }
        }
        // entities with results that the organisation does not have go under their level's UNASSIGNED
        Map<EntityTable.Key, List<EntityTable.Row>> orphans = new HashMap<>();
        for (String[] e : withResults.values()) {
            Level level = Level.valueOf(e[0]);
            if (level != Level.COUNTY && !entities.contains(level, e[1])) {
                Level up = Level.values()[level.ordinal() - 1];
                String parentId = up == Level.COUNTY ? EntityTable.COUNTY : EntityTable.UNASSIGNED;
                orphans.computeIfAbsent(new EntityTable.Key(up, parentId), k -> new ArrayList<>())
                        .add(new EntityTable.Row(level, e[1], e[2], up, parentId));
            }
        }
        // depth first from the county, so that every entity's children follow it
        List<String[]> ordered = new ArrayList<>();
        Deque<EntityTable.Key> stack = new ArrayDeque<>();
        stack.push(new EntityTable.Key(Level.COUNTY, EntityTable.COUNTY));
        while (!stack.isEmpty()) {
            EntityTable.Key k = stack.pop();
            String[] e = withResults.remove(k.toString());
            if (e != null) {
                ordered.add(e);
            }
            List<EntityTable.Row> kids = new ArrayList<>(entities.children(k.level(), k.entityId()));
            kids.addAll(orphans.getOrDefault(k, List.of()));
            kids.sort(SIBLINGS);
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(kids.get(i).key());
            }
        }
        ordered.addAll(withResults.values()); // only below an entity that has no row of its own (none in practice)
        List<Indicator> columns = columns(results.indicators());
        List<Row> rows = new ArrayList<>();
        for (String[] e : ordered) {
            Level level = Level.valueOf(e[0]);
            List<Cell> cells = new ArrayList<>();
            for (Indicator id : columns) {
                String key = id + "/" + level + "/" + e[1];
                if (level == Level.WORKER && !id.hasWorkerRows()) { // WORKER_TURNOVER: turnover of units
                    cells.add(new Cell(id, State.NOT_APPLICABLE, "", null, null, Colour.NONE, ' ',
                            "counted for units, not workers: a worker who leaves is turnover of the unit it left"));
                    continue;
                }
                try {
                    cells.add(cell(id, byCell.get(key), funnel.get(key), standards.get(id)));
                } catch (RuntimeException failure) { // one bad cell never aborts the grid; failures() names it
                    cells.add(new Cell(id, State.FAILED, "!", null, null, Colour.NONE, '!',
                            failure.getClass().getSimpleName() + ": " + failure.getMessage()));
                }
            }
            EntityTable.Key parent = entities.parent(level, e[1]);
            String parentId = level == Level.COUNTY ? null : parent != null ? parent.entityId()
                    : level == Level.BUREAU ? EntityTable.COUNTY : EntityTable.UNASSIGNED;
            String name = e[2] != null ? e[2] : entities.name(level, e[1]);
            rows.add(new Row(level, e[1], name, parentId, cells));
        }
        return new Scorecard(period, columns, rows);
    }

    /** Siblings in id order, UNASSIGNED last. */
    private static final Comparator<EntityTable.Row> SIBLINGS = Comparator
            .comparing((EntityTable.Row r) -> r.entityId().equals(EntityTable.UNASSIGNED))
            .thenComparing(EntityTable.Row::entityId);

    static Cell cell(Indicator id, IndicatorResult r, FunnelComparison.Row funnel, Double standard) {
        if (r == null) {
            return new Cell(id, State.NOT_APPLICABLE, "", null, null, Colour.NONE, ' ', "no result for this entity");
        }
        if (r.status() == ResultStatus.SUPPRESSED) {
            return new Cell(id, State.SUPPRESSED, "n<5", null, r.denominator(), Colour.NONE, ' ',
                    id.unit() == Unit.RATE ? "fewer than 5 children contributing days" : "fewer than 5 " + id.countedIn());
        }
        if (r.status() == ResultStatus.NO_DATA || r.value() == null) {
            return new Cell(id, State.NO_DATA, "", null, r.denominator(), Colour.NONE, ' ', "no data");
        }
        double v = r.value();
        String text = v == Math.rint(v) && (id.unit() == Unit.COUNT || id.unit() == Unit.MEDIAN_DAYS)
                ? Long.toString((long) v) : String.format("%.1f", v) + (id.unit() == Unit.PERCENT ? "%" : "");
        if (r.status() == ResultStatus.INCOMPLETE) {
            text += "*"; // the follow-up runs past the data: the value will still change
        }
        if (r.status() == ResultStatus.INCOMPLETE) {
            // never present incomplete data as a finding: marked *, not coloured, not flagged
            return new Cell(id, State.VALUE, text, v, r.denominator(), Colour.NONE, ' ',
                    "follow-up not complete: the value can still change");
        }
        boolean higher = id.direction() == Direction.HIGHER_IS_BETTER;
        Colour colour = Colour.NONE;
        if (id.direction() != Direction.NEUTRAL && standard != null) {
            boolean better = higher ? v >= standard : v <= standard;
            boolean tolerated = r.lower95() != null && r.upper95() != null && r.lower95() <= standard
                    && standard <= r.upper95();
            colour = better ? Colour.GREEN : tolerated ? Colour.YELLOW : Colour.RED;
        } else if (id.direction() != Direction.NEUTRAL && funnel != null) {
            FunnelComparison.Band b = funnel.band();
            boolean high = b == FunnelComparison.Band.HIGH_95 || b == FunnelComparison.Band.HIGH_998;
            boolean low = b == FunnelComparison.Band.LOW_95 || b == FunnelComparison.Band.LOW_998;
            colour = high ? (higher ? Colour.GREEN : Colour.RED) : low ? (higher ? Colour.RED : Colour.GREEN) : Colour.NONE;
        }
        char flag = switch (colour) {
            case GREEN -> '+';
            case YELLOW -> '~';
            case RED -> '-';
            default -> ' ';
        };
        return new Cell(id, State.VALUE, text, v, r.denominator(), colour, flag, "");
    }

    @Override
    public String toString() {
        return "Scorecard[" + period.label() + ", " + rows.size() + " rows x " + columns.size() + " indicators]";
    }
}
