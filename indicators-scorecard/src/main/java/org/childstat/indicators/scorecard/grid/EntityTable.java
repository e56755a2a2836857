package org.childstat.indicators.scorecard.grid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.childstat.indicators.core.internal.CsvWriter;
import org.childstat.indicators.core.io.FormulaCells;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.Level;
import org.childstat.indicators.core.model.OrgUnit;
import org.childstat.indicators.core.model.WorkerSpell;

/**
 * {@code entities.csv} (docs/outputs.md, entities.csv), and the one source of the organisation's
 * tree for whoever needs an entity's parent, children or name: every entity of the organisation,
 * each with its parent. The columns:
 * <ul>
 *   <li>{@code level}: {@code COUNTY}, {@code BUREAU}, {@code OFFICE}, {@code UNIT} or
 *       {@code WORKER};</li>
 *   <li>{@code entity_id}: the id, as results.csv and variation.csv write it;</li>
 *   <li>{@code entity_name}: the unit_name, office_name or bureau_name of org_units.csv, the
 *       worker_name of workers.csv, {@code County} for the county; empty where there is none;</li>
 *   <li>{@code parent_level}, {@code parent_id}: the entity one level up; empty for the
 *       county.</li>
 * </ul>
 * Rows are sorted by level (top down), then entity_id, as results.csv sorts them.
 *
 * <p>The tree: a unit's office and an office's bureau come from org_units.csv. Where it gives an
 * office two bureaus ({@code INCONSISTENT_ORG}, docs/data-quality.md), or a unit two offices, the
 * first row wins; a bureau named only on a later row is still an entity (a bureau without
 * offices). A name is the first row's, or, when that row leaves it empty, the first later row's
 * that gives one (as results.csv's entity_name). A worker's unit is the unit of its latest spell
 * in workers.csv (the latest start date; on a tie the first row). Every level below the county
 * has the entity {@code UNASSIGNED}, unnamed, whose parent is the {@code UNASSIGNED} of the level
 * above (the county for the bureau level). Immutable and thread-safe.
 */
public final class EntityTable {
    /** The columns of entities.csv. */
    public static final List<String> HEADER = List.of("level", "entity_id", "entity_name", "parent_level",
            "parent_id");

    /** The id of the county entity. */
    public static final String COUNTY = "COUNTY";
    /** The id of the entity of every level below the county that takes what no one else does. */
    public static final String UNASSIGNED = "UNASSIGNED";
    /** The county's name, as results.csv writes it. */
    public static final String COUNTY_NAME = "County";

    /**
     * An entity: its level and id. Immutable and thread-safe.
     *
     * @param level    the level
     * @param entityId the id
     */
    public record Key(Level level, String entityId) {
        /**
         * Checks the key.
         *
         * @param level    the level
         * @param entityId the id
         * @throws NullPointerException if an argument is null
         */
        public Key {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(entityId, "entityId");
        }

        /** {@code LEVEL:ID}, as {@code childstat cases --entity} reads it. */
        @Override
        public String toString() {
            return level + ":" + entityId;
        }
    }

    /**
     * One entity and its parent. Immutable and thread-safe.
     *
     * @param level       the level
     * @param entityId    the id
     * @param entityName  the name, or null
     * @param parentLevel the level above, null for the county
     * @param parentId    the parent's id, null for the county
     */
    public record Row(Level level, String entityId, String entityName, Level parentLevel, String parentId) {
        /**
         * Checks the row; an empty name is read as none (null).
         *
         * @param level       the level
         * @param entityId    the id
         * @param entityName  the name, or null (or empty) for none
         * @param parentLevel the level directly above, null for the county
         * @param parentId    the parent's id, null for the county
         * @throws NullPointerException     if {@code level} or {@code entityId} is null
         * @throws IllegalArgumentException if the county has a parent, or another entity has none
         *                                  or one that is not on the level directly above
         */
        public Row {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(entityId, "entityId");
            if (level == Level.COUNTY ? parentLevel != null || parentId != null
                    : parentLevel != Level.values()[level.ordinal() - 1] || parentId == null) {
                throw new IllegalArgumentException(level + ":" + entityId + " cannot have the parent " + parentLevel
                        + ":" + parentId);
            }
            entityName = entityName == null || entityName.isEmpty() ? null : entityName;
        }

        /**
         * The entity's key.
         *
         * @return {@code (level, entityId)}
         */
        public Key key() {
            return new Key(level, entityId);
        }

        /**
         * The parent's key.
         *
         * @return {@code (parentLevel, parentId)}, or null for the county
         */
        public Key parent() {
            return parentLevel == null ? null : new Key(parentLevel, parentId);
        }
    }

    private static final Comparator<Row> ORDER = Comparator.comparing(Row::level).thenComparing(Row::entityId);

    private final List<Row> rows;
    private final Map<Key, Row> byKey;
    private final Map<Key, List<Row>> children;

    private EntityTable(List<Row> sorted) {
        this.rows = List.copyOf(sorted);
        Map<Key, Row> index = new HashMap<>();
        Map<Key, List<Row>> kids = new HashMap<>();
        for (Row r : rows) {
            index.put(r.key(), r);
            if (r.parent() != null) {
                kids.computeIfAbsent(r.parent(), k -> new ArrayList<>()).add(r); // rows are in entity_id order
            }
        }
        Map<Key, List<Row>> frozen = new HashMap<>();
        kids.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.byKey = Map.copyOf(index);
        this.children = Map.copyOf(frozen);
    }

    /**
     * The organisation of a case extract: {@code of(caseData.orgUnits(), caseData.workerSpells())}.
     *
     * @param caseData the extract
     * @return its entities, the tree as the calculation engine counts on it
     * @throws NullPointerException if {@code caseData} is null
     */
    public static EntityTable from(CaseData caseData) {
        Objects.requireNonNull(caseData, "caseData");
        return of(caseData.orgUnits(), caseData.workerSpells());
    }

    /**
     * The organisation of org_units.csv and workers.csv rows, each list in file order (the order
     * decides which row wins, see the class comment).
     *
     * @param units  the org_units.csv rows
     * @param spells the workers.csv rows
     * @return the entities: the county, every bureau, office and unit the rows name, every worker
     *         with a spell, and {@code UNASSIGNED} on each level below the county
     * @throws NullPointerException     when a list or an element is null
     * @throws IllegalArgumentException when a worker's latest spell is in a unit that {@code units} does not have
     */
    public static EntityTable of(List<OrgUnit> units, List<WorkerSpell> spells) {
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(spells, "spells");
        // per level: id -> {name, parent id}, first row wins
        Map<Level, Map<String, String[]>> tree = new EnumMap<>(Level.class);
        for (Level l : Level.values()) {
            tree.put(l, new LinkedHashMap<>());
        }
        for (OrgUnit u : units) {
            Objects.requireNonNull(u, "a unit is null");
            claim(tree.get(Level.BUREAU), u.bureauId(), u.bureauName(), COUNTY);
            claim(tree.get(Level.OFFICE), u.officeId(), u.officeName(), u.bureauId());
            claim(tree.get(Level.UNIT), u.unitId(), u.unitName(), u.officeId());
        }
        Map<String, WorkerSpell> latest = new LinkedHashMap<>();
        Map<String, String> workerNames = new HashMap<>();
        for (WorkerSpell s : spells) {
            Objects.requireNonNull(s, "a spell is null");
            latest.merge(s.workerId(), s, (a, b) -> b.startDate().isAfter(a.startDate()) ? b : a);
            if (blank(workerNames.get(s.workerId()))) {
                workerNames.put(s.workerId(), s.workerName());
            }
        }
        latest.forEach((w, s) -> {
            if (!tree.get(Level.UNIT).containsKey(s.unitId())) {
                throw new IllegalArgumentException("worker " + w + ": its latest spell is in unit " + s.unitId()
                        + ", which the organisation does not have");
            }
            claim(tree.get(Level.WORKER), w, workerNames.get(w), s.unitId());
        });
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(Level.COUNTY, COUNTY, COUNTY_NAME, null, null));
        for (Level l : List.of(Level.BUREAU, Level.OFFICE, Level.UNIT, Level.WORKER)) {
            Level up = Level.values()[l.ordinal() - 1];
            Map<String, String[]> entities = tree.get(l);
            entities.putIfAbsent(UNASSIGNED, new String[] {null, up == Level.COUNTY ? COUNTY : UNASSIGNED});
            entities.forEach((id, e) -> rows.add(new Row(l, id, e[0], up, e[1])));
        }
        rows.sort(ORDER);
        return new EntityTable(rows);
    }

    /** Records an entity on its first row; a later row only gives a name the first left empty. */
    private static void claim(Map<String, String[]> entities, String id, String name, String parent) {
        String[] e = entities.get(id);
        if (e == null) {
            entities.put(id, new String[] {blank(name) ? null : name, parent});
        } else if (e[0] == null && !blank(name)) {
            e[0] = name;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isEmpty();
    }

    /**
     * Every entity, in entities.csv's order.
     *
     * @return the rows by level (top down) then entity_id; never empty (the county and the
     *         {@code UNASSIGNED} entities are always there); unmodifiable
     */
    public List<Row> rows() {
        return rows;
    }

    /**
     * One entity's row.
     *
     * @param level    the level
     * @param entityId the id, compared exactly
     * @return the row, or empty when the organisation has no such entity
     * @throws NullPointerException if {@code level} or {@code entityId} is null
     */
    public Optional<Row> row(Level level, String entityId) {
        return Optional.ofNullable(byKey.get(new Key(level, entityId)));
    }

    /**
     * Whether the organisation has an entity.
     *
     * @param level    the level
     * @param entityId the id, compared exactly
     * @return true when it has a row ({@code UNASSIGNED} on every level below the county does)
     * @throws NullPointerException if {@code level} or {@code entityId} is null
     */
    public boolean contains(Level level, String entityId) {
        return byKey.containsKey(new Key(level, entityId));
    }

    /**
     * An entity's parent.
     *
     * @param level    the level
     * @param entityId the id, compared exactly
     * @return the entity one level up, or null for the county and for an entity the organisation
     *         does not have
     * @throws NullPointerException if {@code level} or {@code entityId} is null
     */
    public Key parent(Level level, String entityId) {
        Row r = byKey.get(new Key(level, entityId));
        return r == null ? null : r.parent();
    }

    /**
     * The entities directly below an entity.
     *
     * @param level    the level
     * @param entityId the id, compared exactly
     * @return their rows in entity_id order (so {@code UNASSIGNED} sorts among them as text); empty
     *         for a worker, an entity with nothing below it, and an entity the organisation does
     *         not have
     * @throws NullPointerException if {@code level} or {@code entityId} is null
     */
    public List<Row> children(Level level, String entityId) {
        return children.getOrDefault(new Key(level, entityId), List.of());
    }

    /**
     * An entity's name.
     *
     * @param level    the level
     * @param entityId the id, compared exactly
     * @return the name ({@code County} for the county), or null when it has none or the
     *         organisation does not have it
     * @throws NullPointerException if {@code level} or {@code entityId} is null
     */
    public String name(Level level, String entityId) {
        Row r = byKey.get(new Key(level, entityId));
        return r == null ? null : r.entityName();
    }

    /**
     * How many entities a level has.
     *
     * @param level the level
     * @return its entities, {@code UNASSIGNED} included: 1 for the county, at least 1 below it
     * @throws NullPointerException if {@code level} is null
     */
    public int count(Level level) {
        Objects.requireNonNull(level, "level");
        return (int) rows.stream().filter(r -> r.level() == level).count();
    }

    /**
     * Writes entities.csv (header {@link #HEADER}, then {@link #rows()}), text cells that a
     * spreadsheet would run as formulas defused ({@link FormulaCells#DEFUSED}).
     *
     * @param file the file to write (replaced if it exists)
     * @throws UncheckedIOException when the file cannot be written
     */
    public void writeCsv(Path file) {
        writeCsv(file, FormulaCells.DEFUSED);
    }

    /**
     * Writes the same file, formula-like text cells as {@code cells} says ({@link FormulaCells#RAW}
     * for files only programs read).
     *
     * @param file  the file to write (replaced if it exists)
     * @param cells how formula-like text cells are written
     * @throws UncheckedIOException when the file cannot be written
     */
    public void writeCsv(Path file, FormulaCells cells) {
        try (CsvWriter out = new CsvWriter(file, HEADER, cells)) {
            for (Row r : rows) {
                out.row(r.level().name(), r.entityId(), r.entityName(),
                        r.parentLevel() == null ? null : r.parentLevel().name(), r.parentId());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    @Override
    public String toString() {
        return "EntityTable[" + count(Level.BUREAU) + " bureaus, " + count(Level.OFFICE) + " offices, "
                + count(Level.UNIT) + " units, " + count(Level.WORKER) + " workers, UNASSIGNED included]";
    }
}
