package org.childstat.indicators.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.childstat.indicators.core.internal.Assembler;
import org.childstat.indicators.core.internal.CsvTokenizer;
import org.childstat.indicators.core.internal.Dates;
import org.childstat.indicators.core.internal.Ledger;
import org.childstat.indicators.core.internal.StagedTable;
import org.childstat.indicators.core.internal.Staging;
import org.childstat.indicators.core.internal.StoreAccess;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a folder of CSV files laid out as docs/input-files.md says into a {@link CaseData}, with
 * every row that breaks the contract set aside and explained in its {@link DataQualityReport}.
 *
 * <p>Reading never stops at a bad row and never throws for bad data: a broken row, a wrong
 * header, an empty file, a file that is not UTF-8, a missing required file, a file (required or
 * optional) that exists but cannot be read, each becomes a finding with file, line, column, value
 * and what was expected. Only a missing optional file is "absent" with no finding. Files are
 * read in parallel; the cross-row checks then run in the contract's order. Only a caller's
 * mistake throws {@link IllegalArgumentException}: a folder that does not exist or holds none of
 * the required files, no as-of date at all, or an as-of date outside {@link DateBounds}. Logs
 * name files and counts, never values. Stateless and thread-safe.
 */
public final class CaseDataReader {
    private static final Logger LOG = LoggerFactory.getLogger(CaseDataReader.class);

    /** The file that may hold the extract date. */
    public static final String EXTRACT_FILE = "extract.txt";

    private CaseDataReader() {
    }

    /**
     * Reads a folder, taking the as-of date from its {@code extract.txt}.
     *
     * @param folder the extract's folder of CSV files
     * @return the extract as known on that date; its {@link CaseData#dataQuality()} lists every
     *         row set aside and every warning
     * @throws IllegalArgumentException if the folder does not exist or has none of the required
     *                                  files, or has no valid extract.txt
     */
    public static CaseData read(Path folder) {
        return read(folder, null);
    }

    /**
     * Reads a folder as known on {@code asOf} (null: the date in {@code extract.txt}).
     *
     * @param folder the extract's folder of CSV files
     * @param asOf   the as-of date, or null for the date in {@code extract.txt}
     * @return the extract as known on that date; its {@link CaseData#dataQuality()} lists every
     *         row set aside and every warning
     * @throws IllegalArgumentException if the folder does not exist, or holds none of the
     *                                  contract's required files (checked first, the message
     *                                  naming them), or no as-of date is given and extract.txt is
     *                                  missing or not a date, or the as-of date is outside
     *                                  {@link DateBounds} ({@code "as-of date: 2300-01-01 is
     *                                  outside the supported years 1900 to 2199"})
     */
    public static CaseData read(Path folder, LocalDate asOf) {
        Objects.requireNonNull(folder, "folder");
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("not a folder: " + folder);
        }
        List<String> required = Arrays.stream(ContractFile.values()).filter(ContractFile::required)
                .map(ContractFile::fileName).toList();
        if (required.stream().noneMatch(f -> Files.exists(folder.resolve(f), LinkOption.NOFOLLOW_LINKS))) {
            throw new IllegalArgumentException(folder + " holds none of the required files ("
                    + String.join(", ", required) + "): expected the folder of an extract");
        }
        LocalDate date = asOf != null ? DateBounds.check(asOf, "as-of date") : extractDate(folder);
        long t0 = System.nanoTime();
        List<FileResult> results = Arrays.stream(ContractFile.values()).parallel()
                .map(f -> readFile(folder, f)).toList();
        Staging staging = new Staging();
        Ledger ledger = new Ledger();
        for (FileResult r : results) {
            staging.replace(r.table);
            if (!r.present) {
                staging.markAbsent(r.table.file());
            }
            ledger.addAll(r.ledger);
        }
        long t1 = System.nanoTime();
        Assembler.Result assembled = Assembler.assemble(staging, Dates.of(date), ledger);
        CaseData data = StoreAccess.caseData(assembled.store(), assembled.report());
        LOG.debug("read {} children from {} in {} ms (parse {} ms)", data.childCount(), folder,
                (System.nanoTime() - t0) / 1_000_000, (t1 - t0) / 1_000_000);
        return data;
    }

    /**
     * The date in a folder's {@code extract.txt}: its first non-blank line.
     *
     * @param folder the extract's folder
     * @return the as-of date the extract gives itself
     * @throws IllegalArgumentException if the file is missing, cannot be read, or its first line is
     *                                  not a date within {@link DateBounds}
     */
    public static LocalDate extractDate(Path folder) {
        Path file = folder.resolve(EXTRACT_FILE);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException("no as-of date: pass one, or put it in " + file);
        }
        String problem = openProblem(file);
        if (problem != null) {
            throw new IllegalArgumentException(file + ": " + problem);
        }
        LocalDate date;
        try {
            String line = Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                    .map(s -> s.startsWith("\uFEFF") ? s.substring(1) : s)
                    .filter(s -> !s.isEmpty()).findFirst().orElse("");
            date = LocalDate.parse(line);
        } catch (IOException | DateTimeParseException e) {
            throw new IllegalArgumentException(file + ": expected one line with the as-of date yyyy-MM-dd ("
                    + e.getClass().getSimpleName() + ")", e);
        }
        return DateBounds.check(date, file.toString());
    }

    /** The largest file the reader holds in memory at once (the longest Java array, less a margin). */
    static final long MAX_FILE_BYTES = Integer.MAX_VALUE - 16;

    /**
     * Why a path that exists cannot be read as a contract file, or null when it is a regular file
     * that can be opened: a folder, a broken or looping link, not a regular file (a pipe, a
     * device), no read permission, larger than the reader can hold.
     */
    static String openProblem(Path path) {
        String name = path.getFileName().toString();
        if (Files.isSymbolicLink(path) && !Files.exists(path)) {
            return linkProblem(path, name);
        }
        if (Files.isDirectory(path)) {
            return name + " is a folder, not a file";
        }
        if (!Files.isRegularFile(path)) {
            return Files.exists(path) ? name + " is not a regular file (a pipe, device or socket?)"
                    : name + " cannot be reached (" + reason(path) + ")";
        }
        try (var in = Files.newByteChannel(path)) {
            long size = in.size();
            if (size > MAX_FILE_BYTES) {
                return name + " has " + size + " bytes, more than the " + MAX_FILE_BYTES
                        + " bytes one file may have (it must fit one Java array)";
            }
        } catch (AccessDeniedException e) {
            return name + " cannot be read: permission denied";
        } catch (IOException e) {
            return name + " cannot be read (" + describe(e) + ")";
        }
        return null;
    }

    /** A link whose target cannot be reached: broken (the target does not exist) or looping. */
    private static String linkProblem(Path link, String name) {
        Set<Path> seen = new HashSet<>();
        Path p = link.toAbsolutePath();
        try {
            for (int hops = 0; hops < 64 && Files.isSymbolicLink(p); hops++) {
                if (!seen.add(p.normalize())) {
                    return name + " is a link that loops back to itself (" + Files.readSymbolicLink(link) + ")";
                }
                Path target = Files.readSymbolicLink(p);
                p = p.resolveSibling(target);
            }
            if (Files.isSymbolicLink(p)) {
                return name + " is a chain of more than 64 links (" + Files.readSymbolicLink(link) + ")";
            }
            return name + " is a broken link: its target " + Files.readSymbolicLink(link) + " does not exist";
        } catch (IOException e) {
            return name + " is a link that cannot be followed (" + describe(e) + ")";
        }
    }

    /** Why the file system refuses a path, in its own words. */
    private static String reason(Path path) {
        try {
            path.toRealPath();
            return "unknown reason";
        } catch (IOException e) {
            return describe(e);
        }
    }

    private static String describe(IOException e) {
        String why = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        return e.getClass().getSimpleName() + (why == null ? "" : ": " + why);
    }

    private record FileResult(StagedTable table, Ledger ledger, boolean present) {
    }

    private static FileResult readFile(Path folder, ContractFile file) {
        Path path = folder.resolve(file.fileName());
        StagedTable table = new StagedTable(file);
        Ledger ledger = new Ledger();
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            if (file.required()) {
                unreadable(ledger, file, 0, "required file " + file.fileName() + " is missing");
            }
            return new FileResult(table, ledger, false); // a missing optional file is absent
        }
        String problem = openProblem(path);
        if (problem != null) {
            unreadable(ledger, file, 0, problem);
            return new FileResult(table, ledger, false);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (AccessDeniedException e) {
            unreadable(ledger, file, 0, file.fileName() + " cannot be read: permission denied");
            return new FileResult(table, ledger, false);
        } catch (IOException e) {
            unreadable(ledger, file, 0, file.fileName() + " cannot be read (" + describe(e) + ")");
            return new FileResult(table, ledger, false);
        }
        CharBuffer text = CharBuffer.allocate(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = decoder.decode(in, text, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            String lenient = new String(bytes, StandardCharsets.UTF_8);
            CsvTokenizer all = new CsvTokenizer(lenient.toCharArray(), lenient.length());
            unreadable(ledger, file, all.next() ? dataRows(all) : 0,
                    "not valid UTF-8: byte offset " + offset + " (line " + line + ")");
            return new FileResult(table, ledger, false);
        }
        decoder.flush(text);
        CsvTokenizer t = new CsvTokenizer(text.array(), text.position());
        if (!t.next()) {
            unreadable(ledger, file, 0, "empty file: expected a header row with "
                    + String.join(", ", requiredColumns(file)));
            return new FileResult(table, ledger, false);
        }
        int[] cellOf = new int[file.columns().size()];
        Arrays.fill(cellOf, -1);
        String headerProblem = t.error() != null ? "header row is broken: " + t.error() : null;
        if (headerProblem == null) {
            for (int i = 0; i < t.cellCount(); i++) {
                String name = t.cell(i) == null ? "" : t.cell(i).toLowerCase(Locale.ROOT);
                int c = indexOf(file, name);
                if (c >= 0 && cellOf[c] < 0) {
                    cellOf[c] = i;
                } else {
                    ledger.warn(file, t.line(), name, name, FindingCode.UNKNOWN_COLUMN, c >= 0
                            ? "column " + name + " is repeated: the first is read, this one ignored"
                            : "column " + Ids.describe(name) + " is not in the contract: ignored");
                }
            }
            List<String> missing = new ArrayList<>();
            for (int c = 0; c < cellOf.length; c++) {
                if (cellOf[c] < 0 && file.columns().get(c).required()) {
                    missing.add(file.columns().get(c).name());
                }
            }
            if (!missing.isEmpty()) {
                headerProblem = "header lacks required column(s) " + String.join(", ", missing);
            }
        }
        if (headerProblem != null) {
            unreadable(ledger, file, dataRows(t), headerProblem);
            return new FileResult(table, ledger, false);
        }
        int width = t.cellCount();
        while (t.next()) {
            if (t.error() != null) {
                malformed(ledger, file, t.line(), t.error());
            } else if (t.cellCount() != width) {
                malformed(ledger, file, t.line(), "row has " + t.cellCount() + " cells, the header has " + width);
            } else {
                stage(t, cellOf, table, ledger);
            }
        }
        return new FileResult(table, ledger, true);
    }

    private static int indexOf(ContractFile file, String name) {
        List<ContractFile.Column> cols = file.columns();
        for (int c = 0; c < cols.size(); c++) {
            if (cols.get(c).name().equals(name)) {
                return c;
            }
        }
        return -1;
    }

    private static List<String> requiredColumns(ContractFile file) {
        return file.columns().stream().filter(ContractFile.Column::required).map(ContractFile.Column::name).toList();
    }

    /** Counts the rows left after the current one. */
    private static long dataRows(CsvTokenizer t) {
        long n = 0;
        while (t.next()) {
            n++;
        }
        return n;
    }

    private static void unreadable(Ledger ledger, ContractFile file, long rows, String why) {
        ledger.read(file, rows);
        ledger.setAsideAll(file, rows, FindingCode.UNREADABLE_FILE, why + (rows > 0 ? "; its " + rows
                + " data rows are set aside" : ""));
    }

    private static void malformed(Ledger ledger, ContractFile file, int line, String why) {
        ledger.read(file, 1);
        ledger.setAside(file, line, "", "", FindingCode.MALFORMED_ROW, why);
    }

    /**
     * Types the cells of one well-formed row; the first problem in the order of docs/data-quality.md
     * (Order of work) sets the row aside.
     */
    private static void stage(CsvTokenizer t, int[] cellOf, StagedTable table, Ledger ledger) {
        List<ContractFile.Column> cols = table.file().columns();
        int row = table.addRow(t.line());
        char[] buf = t.buffer();
        int missing = -1, badValue = -1, badId = -1;
        String badMessage = null;
        for (int c = 0; c < cols.size(); c++) {
            ContractFile.Column col = cols.get(c);
            int i = cellOf[c];
            if (i < 0 || t.isEmpty(i)) {
                if (col.required() && missing < 0) {
                    missing = c;
                }
                continue;
            }
            switch (col.kind()) {
                case ID -> {
                    String id = t.cell(i);
                    if (id != null && Ids.isValid(id)) {
                        table.set(c, row, id);
                    } else if (badId < 0) {
                        badId = c;
                    }
                }
                case TEXT -> table.set(c, row, t.cell(i));
                case DATE -> {
                    int d = Dates.parseDate(buf, t.start(i), t.end(i));
                    if (d == Dates.INVALID || !Dates.inBounds(d)) {
                        if (badValue < 0) {
                            badValue = c;
                            badMessage = d == Dates.INVALID ? "expected a real date yyyy-MM-dd"
                                    : col.name() + " " + DateBounds.outside(Dates.format(d));
                        }
                    } else {
                        table.set(c, row, d);
                    }
                }
                case DATE_TIME -> {
                    long d = Dates.parseDateTime(buf, t.start(i), t.end(i));
                    if (d == Dates.INVALID_TIME || !Dates.inBounds(d)) {
                        if (badValue < 0) {
                            badValue = c;
                            badMessage = d == Dates.INVALID_TIME ? "expected a real date-time yyyy-MM-ddTHH:mm[:ss]"
                                    : col.name() + " " + DateBounds.outside(t.cell(i));
                        }
                    } else {
                        table.set(c, row, d);
                    }
                }
                case CODE -> {
                    int code = codeIndex(buf, t.start(i), t.end(i), col.codes());
                    if (code == 0) {
                        if (badValue < 0) {
                            badValue = c;
                            badMessage = "expected one of " + String.join(", ", col.codes());
                        }
                    } else {
                        table.set(c, row, code);
                    }
                }
            }
        }
        if (missing >= 0) {
            reject(t, cellOf, table, ledger, row, missing, FindingCode.MISSING_REQUIRED,
                    "required cell " + cols.get(missing).name() + " is empty");
        } else if (badValue >= 0) {
            FindingCode code = cols.get(badValue).kind() == ContractFile.Kind.CODE ? FindingCode.BAD_CODE
                    : FindingCode.BAD_DATE;
            reject(t, cellOf, table, ledger, row, badValue, code, badMessage);
        } else if (badId >= 0) {
            reject(t, cellOf, table, ledger, row, badId, FindingCode.BAD_ID,
                    "expected an id of 1 to " + Ids.MAX_LENGTH + " characters without control characters");
        }
    }

    private static void reject(CsvTokenizer t, int[] cellOf, StagedTable table, Ledger ledger, int row, int column,
                               FindingCode code, String message) {
        table.setReason(row, code);
        int i = cellOf[column];
        String value = i < 0 ? "" : Objects.requireNonNullElse(t.cell(i), "");
        ledger.setAside(table.file(), t.line(), table.file().columns().get(column).name(), value, code, message);
    }

    /** 1 + the index of the cell's text in the code list, 0 when it is none of them. */
    private static int codeIndex(char[] buf, int from, int to, List<String> codes) {
        for (int k = 0; k < codes.size(); k++) {
            String code = codes.get(k);
            if (code.length() == to - from && sameChars(code, buf, from)) {
                return k + 1;
            }
        }
        return 0;
    }

    private static boolean sameChars(String code, char[] buf, int from) {
        for (int j = 0; j < code.length(); j++) {
            if (code.charAt(j) != buf[from + j]) {
                return false;
            }
        }
        return true;
    }
}
