package org.childstat.indicators.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.childstat.indicators.core.model.Assignment;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.CaseDataBuilder;
import org.childstat.indicators.core.model.Child;
import org.childstat.indicators.core.model.Contact;
import org.childstat.indicators.core.model.ContactType;
import org.childstat.indicators.core.model.DischargeReason;
import org.childstat.indicators.core.model.Disposition;
import org.childstat.indicators.core.model.Episode;
import org.childstat.indicators.core.model.ExamType;
import org.childstat.indicators.core.model.HealthExam;
import org.childstat.indicators.core.model.InHomeCase;
import org.childstat.indicators.core.model.MaltreatmentReport;
import org.childstat.indicators.core.model.Meeting;
import org.childstat.indicators.core.model.MeetingType;
import org.childstat.indicators.core.model.OrgUnit;
import org.childstat.indicators.core.model.Placement;
import org.childstat.indicators.core.model.PlacementSetting;
import org.childstat.indicators.core.model.ResponsePriority;
import org.childstat.indicators.core.model.Sex;
import org.childstat.indicators.core.model.WorkerSpell;
import org.childstat.indicators.core.synthetic.SyntheticCounty;

/**
 * {@code read(write(data)) == data} for arbitrary extracts (messy ones included: what the checks
 * keep must survive the round trip), and the accounting {@code read = used + set aside} for
 * arbitrary broken rows.
 */
class ReadWriteProperties {
    static final LocalDate BASE = LocalDate.of(2018, 1, 1);

    @Property(tries = 60)
    void writeThenRead_givesEqualData_forArbitraryExtracts(@ForAll long seed) {
        CaseData data = arbitrary(new Random(seed));
        Path dir = tempDir();
        try {
            CaseDataWriter.write(data, dir);
            CaseData back = CaseDataReader.read(dir);
            assertEquals(data.orgUnits(), back.orgUnits());
            assertEquals(data.workerSpells(), back.workerSpells());
            assertEquals(data.histories().toList(), back.histories().toList());
            assertEquals(data, back);
            assertEquals(0, back.dataQuality().rowsSetAside(), () -> back.dataQuality().findings().toString());
            Extract.assertBalanced(back);
        } finally {
            delete(dir);
        }
    }

    @Property(tries = 8)
    void writeThenRead_givesEqualData_forSyntheticCounties(@ForAll long seed,
                                                           @ForAll @IntRange(min = 1, max = 3000) int children) {
        CaseData data = SyntheticCounty.generate(children, seed, LocalDate.of(2026, 9, 30)).data();
        Path dir = tempDir();
        try {
            CaseDataWriter.write(data, dir);
            assertEquals(data, CaseDataReader.read(dir));
        } finally {
            delete(dir);
        }
    }

    @Property(tries = 150)
    void rowsRead_equalUsedPlusSetAside_forArbitraryBrokenRows(@ForAll long seed) {
        Random rnd = new Random(seed);
        Extract extract = Extract.valid();
        String[] files = {"children.csv", "episodes.csv", "reports.csv", "in_home_cases.csv", "meetings.csv",
                "health_exams.csv"};
        int[] lines = new int[files.length];
        String[] headers = {"child_id,birth_date,sex", EPISODES_HEADER, "report_id,child_id,report_date,disposition,worker_id",
                "case_id,child_id,open_date,close_date", "meeting_id,child_id,meeting_date,meeting_type,worker_id",
                "child_id,exam_date,exam_type"};
        for (int f = 0; f < files.length; f++) {
            StringBuilder text = new StringBuilder(headers[f]).append('\n');
            int rows = rnd.nextInt(40);
            int width = headers[f].split(",").length;
            for (int r = 0; r < rows; r++) {
                int cells = rnd.nextInt(10) < 8 ? width : rnd.nextInt(width + 3);
                List<String> row = new ArrayList<>();
                for (int c = 0; c < Math.max(1, cells); c++) {
                    row.add(cell(rnd, f, c));
                }
                String line = String.join(",", row);
                text.append(line).append(rnd.nextBoolean() ? "\n" : "\r\n");
                if (!line.isBlank()) {
                    lines[f]++; // a line with nothing on it is not a row (docs/input-files.md)
                }
                if (rnd.nextInt(10) == 0) {
                    text.append("  \n"); // a blank line is not a row
                }
            }
            extract.with(files[f], text.toString());
        }
        Path dir = tempDir();
        try {
            CaseData data = extract.read(dir); // asserts the balance and "used" against the public API
            for (int f = 0; f < files.length; f++) {
                ContractFile file = ContractFile.byFileName(files[f]).orElseThrow();
                assertEquals(lines[f], data.dataQuality().counts(file).read(), files[f]);
                long setAside = data.dataQuality().setAsideByCode(file).values().stream().mapToLong(Long::longValue).sum();
                assertEquals(data.dataQuality().counts(file).setAside(), setAside);
            }
        } finally {
            delete(dir);
        }
    }

    static final String EPISODES_HEADER = "episode_id,child_id,removal_date,discharge_date,discharge_reason";

    /** A cell that is valid, empty, junk, well quoted, or broken on its own line (never spanning lines). */
    private static String cell(Random rnd, int file, int column) {
        return switch (rnd.nextInt(9)) {
            case 0 -> "";
            case 1 -> "x" + rnd.nextInt(5);
            case 2 -> "\"q,\"\"" + rnd.nextInt(3) + "\"\"\"";
            case 3 -> "ab\"c";
            case 4 -> "20" + (10 + rnd.nextInt(20)) + "-0" + (1 + rnd.nextInt(9)) + "-" + (10 + rnd.nextInt(25));
            case 5 -> "C" + (1 + rnd.nextInt(3));
            case 6 -> rnd.nextBoolean() ? String.valueOf(rnd.nextInt(11))
                    : List.of("TDM", "OTHER", "MEDICAL", "DENTAL", "MH_SCREENING", "tdm", "W1").get(rnd.nextInt(7));
            case 7 -> "\"a\" ";
            default -> "E" + rnd.nextInt(4);
        };
    }

    // ------------------------------------------------------------------ arbitrary extracts

    /** An arbitrary extract, messy on purpose: ids and text with quotes, commas and line breaks, overlaps. */
    static CaseData arbitrary(Random rnd) {
        CaseDataBuilder b = CaseData.builder().asOf(BASE.plusDays(1500 + rnd.nextInt(400)));
        int units = 1 + rnd.nextInt(4);
        for (int u = 0; u < units; u++) {
            b.add(new OrgUnit(id(rnd, "U" + u), text(rnd), "O" + rnd.nextInt(2), text(rnd), "B" + rnd.nextInt(2),
                    text(rnd)));
        }
        int workers = 1 + rnd.nextInt(5);
        List<String> workerIds = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            String id = id(rnd, "W" + w);
            workerIds.add(id);
            int spells = 1 + rnd.nextInt(2);
            LocalDate start = BASE.minusDays(rnd.nextInt(400));
            for (int s = 0; s < spells; s++) {
                LocalDate end = rnd.nextBoolean() ? null : start.plusDays(rnd.nextInt(900));
                b.add(new WorkerSpell(id, text(rnd), "U" + rnd.nextInt(units), start, end));
                if (end == null) {
                    break;
                }
                start = end.plusDays(1);
            }
        }
        boolean withReports = rnd.nextInt(5) > 0;
        boolean withContacts = rnd.nextInt(5) > 0;
        if (!withReports) {
            b.withoutReports();
        }
        if (!withContacts) {
            b.withoutContacts();
        }
        boolean withInHome = rnd.nextInt(5) > 0;
        if (!withInHome) {
            b.withoutInHomeCases();
        }
        boolean withMeetings = rnd.nextInt(5) > 0;
        if (!withMeetings) {
            b.withoutMeetings();
        }
        boolean withExams = rnd.nextInt(5) > 0;
        if (!withExams) {
            b.withoutHealthExams();
        }
        int children = rnd.nextInt(12);
        for (int c = 0; c < children; c++) {
            String child = id(rnd, "C" + c);
            b.add(new Child(child, BASE.minusDays(rnd.nextInt(6000)), rnd.nextBoolean() ? null : Sex.values()[rnd.nextInt(3)],
                    rnd.nextBoolean() ? null : text(rnd), rnd.nextBoolean() ? null : "S" + rnd.nextInt(3)));
            LocalDate removal = BASE.plusDays(rnd.nextInt(300));
            int episodes = rnd.nextInt(3);
            for (int e = 0; e < episodes; e++) {
                String episode = child + "-E" + e;
                LocalDate discharge = rnd.nextInt(4) == 0 ? null : removal.plusDays(rnd.nextInt(700) - 3);
                DischargeReason reason = discharge == null || rnd.nextInt(8) == 0 ? null
                        : DischargeReason.values()[rnd.nextInt(8)];
                b.add(new Episode(episode, child, removal, discharge, reason));
                LocalDate start = removal.minusDays(rnd.nextInt(3));
                int placements = rnd.nextInt(4);
                for (int p = 0; p < placements; p++) {
                    LocalDate end = rnd.nextInt(3) == 0 ? null : start.plusDays(rnd.nextInt(200));
                    b.add(new Placement(episode + "-P" + p + (rnd.nextBoolean() ? "" : ",\"x\""), episode, start, end,
                            PlacementSetting.values()[rnd.nextInt(8)], rnd.nextInt(5) == 0,
                            rnd.nextBoolean() ? null : "H" + rnd.nextInt(4)));
                    start = (end == null ? start.plusDays(30) : end).plusDays(rnd.nextInt(3));
                }
                removal = (discharge == null ? removal.plusDays(400) : discharge).plusDays(rnd.nextInt(60));
            }
            int reports = withReports ? rnd.nextInt(3) : 0;
            for (int r = 0; r < reports; r++) {
                LocalDate date = BASE.plusDays(rnd.nextInt(1600));
                b.add(new MaltreatmentReport("R" + rnd.nextInt(5), child, date, Disposition.values()[rnd.nextInt(9)],
                        rnd.nextBoolean() ? null : date.minusDays(rnd.nextInt(5)), rnd.nextInt(10) == 0,
                        rnd.nextBoolean() ? null : workerIds.get(rnd.nextInt(workers)),
                        rnd.nextBoolean() ? null : ResponsePriority.values()[rnd.nextInt(2)],
                        rnd.nextBoolean() ? null : LocalDateTime.of(date, java.time.LocalTime.of(rnd.nextInt(24), rnd.nextInt(60))),
                        rnd.nextBoolean() ? null : date.atStartOfDay().plusMinutes(rnd.nextInt(20_000)),
                        rnd.nextBoolean() ? null : date.plusDays(rnd.nextInt(60))));
            }
            int contacts = withContacts ? rnd.nextInt(3) : 0;
            for (int k = 0; k < contacts; k++) {
                b.add(new Contact(child, BASE.plusDays(rnd.nextInt(1600)), ContactType.values()[rnd.nextInt(2)],
                        rnd.nextBoolean() ? null : workerIds.get(rnd.nextInt(workers)),
                        rnd.nextBoolean() ? null : rnd.nextBoolean()));
            }
            int inHome = withInHome ? rnd.nextInt(3) : 0;
            for (int k = 0; k < inHome; k++) {
                LocalDate open = BASE.plusDays(rnd.nextInt(1600));
                b.add(new InHomeCase(id(rnd, "K" + rnd.nextInt(4)), child, open,
                        rnd.nextBoolean() ? null : open.plusDays(rnd.nextInt(700) - 5)));
            }
            int meetings = withMeetings ? rnd.nextInt(4) : 0;
            for (int m = 0; m < meetings; m++) {
                // few meeting ids and dates: siblings at one meeting, duplicates, ties on a date
                b.add(new Meeting(id(rnd, "M" + rnd.nextInt(4)), child, BASE.plusDays(rnd.nextInt(20) * 80),
                        MeetingType.values()[rnd.nextInt(2)], rnd.nextBoolean() ? null : workerIds.get(rnd.nextInt(workers))));
            }
            int exams = withExams ? rnd.nextInt(4) : 0;
            for (int x = 0; x < exams; x++) {
                b.add(new HealthExam(child, BASE.plusDays(rnd.nextInt(20) * 80), ExamType.values()[rnd.nextInt(3)]));
            }
            int assignments = rnd.nextInt(3);
            for (int a = 0; a < assignments; a++) {
                LocalDate start = BASE.plusDays(rnd.nextInt(1000));
                b.add(new Assignment(child, workerIds.get(rnd.nextInt(workers)), start,
                        rnd.nextBoolean() ? null : start.plusDays(rnd.nextInt(500))));
            }
        }
        return b.build();
    }

    private static String id(Random rnd, String base) {
        return switch (rnd.nextInt(6)) {
            case 0 -> base + " \"q\"";
            case 1 -> base + ",x";
            case 2 -> "0" + base;
            default -> base;
        };
    }

    private static String text(Random rnd) {
        return switch (rnd.nextInt(5)) {
            case 0 -> null;
            case 1 -> "Name, with \"quotes\"";
            case 2 -> "two\nlines";
            case 3 -> "é ü 漢字";
            default -> "plain";
        };
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("childstat-prop");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
