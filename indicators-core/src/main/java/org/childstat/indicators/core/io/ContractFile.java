package org.childstat.indicators.core.io;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The input files (docs/input-files.md, The files, column by column), with their columns in the
 * contract's order.
 */
public enum ContractFile {
    /** {@code org_units.csv}: a unit and its place in the hierarchy. */
    ORG_UNITS("org_units.csv", true,
            Column.id("unit_id", true), Column.text("unit_name"), Column.id("office_id", true),
            Column.text("office_name"), Column.id("bureau_id", true), Column.text("bureau_name")),
    /** {@code workers.csv}: a spell of a worker in a unit. */
    WORKERS("workers.csv", true,
            Column.id("worker_id", true), Column.text("worker_name"), Column.id("unit_id", true),
            Column.date("start_date", true), Column.date("end_date", false)),
    /** {@code children.csv}: a child. */
    CHILDREN("children.csv", true,
            Column.id("child_id", true), Column.date("birth_date", true), Column.code("sex", false, "M", "F", "U"),
            Column.text("race_ethnicity"), Column.id("sibling_group_id", false)),
    /** {@code episodes.csv}: a removal episode. */
    EPISODES("episodes.csv", true,
            Column.id("episode_id", true), Column.id("child_id", true), Column.date("removal_date", true),
            Column.date("discharge_date", false),
            Column.code("discharge_reason", false, "1", "2", "3", "4", "5", "6", "7", "8")),
    /** {@code placements.csv}: a spell in one placement setting. */
    PLACEMENTS("placements.csv", true,
            Column.id("placement_id", true), Column.id("episode_id", true), Column.date("start_date", true),
            Column.date("end_date", false), Column.code("setting", true, "1", "2", "3", "4", "5", "6", "7", "8"),
            Column.code("temporary", false, "Y", "N"), Column.id("provider_id", false)),
    /** {@code reports.csv}: one child in one maltreatment report (optional file). */
    REPORTS("reports.csv", false,
            Column.id("report_id", true), Column.id("child_id", true), Column.date("report_date", true),
            Column.code("disposition", true, "1", "2", "3", "4", "5", "6", "7", "8", "9"),
            Column.date("incident_date", false), Column.code("maltreatment_death", false, "Y", "N"),
            Column.id("worker_id", false), Column.code("response_priority", false, "IMMEDIATE", "FIVE_DAY"),
            Column.dateTime("received_at"), Column.dateTime("first_contact_at"),
            Column.date("disposition_date", false)),
    /** {@code contacts.csv}: a caseworker contact with a child (optional file). */
    CONTACTS("contacts.csv", false,
            Column.id("child_id", true), Column.date("contact_date", true),
            Column.code("contact_type", true, "IN_PERSON", "OTHER"), Column.id("worker_id", false),
            Column.code("in_residence", false, "Y", "N")),
    /** {@code assignments.csv}: a spell during which a worker carries a child's case. */
    ASSIGNMENTS("assignments.csv", true,
            Column.id("child_id", true), Column.id("worker_id", true), Column.date("start_date", true),
            Column.date("end_date", false)),
    /** {@code in_home_cases.csv}: one child of a family served at home by an in-home services case (optional file). */
    IN_HOME_CASES("in_home_cases.csv", false,
            Column.id("case_id", true), Column.id("child_id", true), Column.date("open_date", true),
            Column.date("close_date", false)),
    /** {@code meetings.csv}: one child discussed at one meeting, e.g. a Team Decision Making meeting (optional file). */
    MEETINGS("meetings.csv", false,
            Column.id("meeting_id", true), Column.id("child_id", true), Column.date("meeting_date", true),
            Column.code("meeting_type", true, "TDM", "OTHER"), Column.id("worker_id", false)),
    /** {@code health_exams.csv}: one medical or dental exam or mental-health screening of a child (optional file). */
    HEALTH_EXAMS("health_exams.csv", false,
            Column.id("child_id", true), Column.date("exam_date", true),
            Column.code("exam_type", true, "MEDICAL", "DENTAL", "MH_SCREENING"));

    private final String fileName;
    private final boolean required;
    private final List<Column> columns;

    ContractFile(String fileName, boolean required, Column... columns) {
        this.fileName = fileName;
        this.required = required;
        this.columns = List.of(columns);
    }

    /**
     * The file's name in the data folder.
     *
     * @return e.g. {@code episodes.csv}
     */
    public String fileName() {
        return fileName;
    }

    /**
     * Whether the folder must have this file.
     *
     * @return true for the six required files; false for reports.csv, contacts.csv,
     *         in_home_cases.csv, meetings.csv and health_exams.csv, whose absence means the
     *         extract has no such events
     */
    public boolean required() {
        return required;
    }

    /**
     * The file's columns.
     *
     * @return every column of the contract for this file, in the contract's order (the order the
     *         writer writes them; a reader takes them in any order); never empty
     */
    public List<Column> columns() {
        return columns;
    }

    /**
     * Looks up a column by name.
     *
     * @param name a column name, lower case as in the contract ({@code removal_date}); matched
     *             exactly
     * @return the column, or empty when this file has no column of that name
     */
    public Optional<Column> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /**
     * Looks up a file by name.
     *
     * @param fileName a file name with its extension, e.g. {@code episodes.csv}; matched exactly
     * @return the file, or empty when the contract has no file of that name
     */
    public static Optional<ContractFile> byFileName(String fileName) {
        for (ContractFile f : values()) {
            if (f.fileName.equals(fileName)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** What a column holds. */
    public enum Kind {
        /** An opaque id: 1 to 64 characters, no control characters. */
        ID,
        /** Free text. */
        TEXT,
        /** An ISO date, {@code yyyy-MM-dd}. */
        DATE,
        /** An ISO local date-time, {@code yyyy-MM-ddTHH:mm[:ss]}. */
        DATE_TIME,
        /** One of a fixed list of codes, case-sensitive. */
        CODE
    }

    /**
     * One column of a contract file. Immutable and thread-safe.
     *
     * @param name     the header (lower case; headers are matched case-insensitively)
     * @param kind     what it holds
     * @param required whether an empty cell sets the row aside ({@code MISSING_REQUIRED})
     * @param codes    the allowed codes, for {@link Kind#CODE}; empty otherwise
     */
    public record Column(String name, Kind kind, boolean required, List<String> codes) {
        /**
         * Checks the name and kind and copies the codes.
         *
         * @param name     the header (lower case; headers are matched case-insensitively)
         * @param kind     what it holds
         * @param required whether an empty cell sets the row aside ({@code MISSING_REQUIRED})
         * @param codes    the allowed codes, for {@link Kind#CODE}; empty otherwise
         * @throws NullPointerException if {@code name}, {@code kind} or {@code codes} is null
         */
        public Column {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            codes = List.copyOf(codes);
        }

        static Column id(String name, boolean required) {
            return new Column(name, Kind.ID, required, List.of());
        }

        static Column text(String name) {
            return new Column(name, Kind.TEXT, false, List.of());
        }

        static Column date(String name, boolean required) {
            return new Column(name, Kind.DATE, required, List.of());
        }

        static Column dateTime(String name) {
            return new Column(name, Kind.DATE_TIME, false, List.of());
        }

        static Column code(String name, boolean required, String... codes) {
            return new Column(name, Kind.CODE, required, List.of(codes));
        }
    }
}
