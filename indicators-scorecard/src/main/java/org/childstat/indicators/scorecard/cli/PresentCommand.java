package org.childstat.indicators.scorecard.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.scorecard.present.CasePresentation;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code childstat present}: the case presentation of one in-home services case ({@code --case}),
 * or of one child's history ({@code --child}), as one self-contained HTML page and, beside it, the
 * same content as JSON ({@code FILE.json}): {@link CasePresentation}. With {@code --since DATE} it
 * is the case and practice update: the folder is read a second time as of that date, what happened
 * after it is marked new, and each count is shown on both dates.
 *
 * <p>Exit codes: 0 written; 2 usage error ({@code --data} not a folder, neither or both of
 * {@code --case} and {@code --child}, no such case or child in the data (the message names the
 * nearest ids), a folder without in_home_cases.csv for {@code --case}, an {@code --out} not
 * ending in {@code .html}, an {@code --as-of} after the extract date, a {@code --since} not before
 * the as-of date); 3 the folder or one of its files cannot be read, an output that cannot be
 * written, or not enough memory; 4 internal error.
 */
@Command(name = "present", mixinStandardHelpOptions = true,
        description = "The case presentation of one in-home case (or one child): an HTML page and its JSON.")
final class PresentCommand implements Callable<Integer> {
    @ParentCommand
    Childstat cli;
    @Option(names = "--data", required = true, description = "the folder of CSV files")
    Path data;
    @ArgGroup(multiplicity = "1")
    Subject subject;
    @Option(names = "--out", required = true, description = "the page, FILE.html (FILE.json is written beside it)")
    Path out;
    @Option(names = "--as-of", description = "as-of date (default: extract.txt)")
    LocalDate asOf;
    @Option(names = "--since", description = "the date of the earlier presentation: marks what is new, and shows "
            + "each count on both dates")
    LocalDate since;

    /** Exactly one of a case and a child. */
    static final class Subject {
        @Option(names = "--case", required = true, description = "the in-home case id")
        String caseId;
        @Option(names = "--child", required = true, description = "the child id (its foster-care history)")
        String childId;
    }

    @Override
    public Integer call() {
        Options.folder(data);
        String name = out.getFileName() == null ? "" : out.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".html") || name.length() == ".html".length()) {
            throw new UsageException("--out: expected a file name ending in .html (the JSON goes beside it), got '"
                    + out + "'");
        }
        Path json = out.resolveSibling(name.substring(0, name.length() - ".html".length()) + ".json");
        LocalDate on = Options.asOf(data, asOf);
        if (since != null && on != null && !since.isBefore(on)) {
            throw new UsageException("--since " + since + " is not before the as-of date " + on
                    + ": the update compares the case on an earlier date with the case now");
        }
        CaseData caseData = cli.jobs.readUsable(data, asOf);
        if (caseData == null) {
            return 3;
        }
        if (subject.caseId != null) {
            if (!caseData.hasInHomeCases()) {
                throw new UsageException("--case: " + data + " has no in_home_cases.csv, so no in-home case; "
                        + "--child ID presents one child's history");
            }
            if (caseData.inHomeCase(subject.caseId).isEmpty()) {
                throw unknown("--case", "in-home case", subject.caseId, caseData.caseIds());
            }
        } else if (caseData.history(subject.childId).isEmpty()) {
            throw unknown("--child", "child", subject.childId, caseData.childIds());
        }
        CaseData before = null;
        if (since != null) {
            before = cli.jobs.readUsable(data, since);
            if (before == null) {
                return 3;
            }
        }
        CasePresentation p = subject.caseId != null ? CasePresentation.ofCase(caseData, subject.caseId, before)
                : CasePresentation.ofChild(caseData, subject.childId, before);
        write(out, p.html());
        write(json, p.json());
        cli.out.println("wrote " + out + " and " + json + ": " + p);
        return 0;
    }

    private UsageException unknown(String option, String what, String id, List<String> ids) {
        List<String> nearest = Nearest.ids(id, ids, Options.NEAREST);
        return new UsageException(option + ": no " + what + " " + id + " in " + data
                + (nearest.isEmpty() ? "" : "; nearest ids: " + String.join(", ", nearest)));
    }

    /** Writes a file whole or not at all ({@link OutputFolder#writeFile}). */
    private static void write(Path file, String text) {
        OutputFolder.writeFile(file, f -> Files.writeString(f, text, StandardCharsets.UTF_8));
    }
}
