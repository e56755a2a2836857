package org.childstat.indicators.scorecard.grid;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.childstat.indicators.core.indicator.Direction;
import org.childstat.indicators.core.indicator.Indicator;
import org.childstat.indicators.core.indicator.Unit;
import org.childstat.indicators.core.internal.JsonString;
import org.childstat.indicators.core.internal.Markup;
import org.childstat.indicators.core.io.ContractFile;
import org.childstat.indicators.core.io.DataQualityReport;
import org.childstat.indicators.core.io.FileCounts;
import org.childstat.indicators.core.io.FindingCode;
import org.childstat.indicators.core.model.Level;
import org.childstat.indicators.scorecard.cases.CaseSelection;
import org.childstat.indicators.scorecard.plot.ControlChartPlot;
import org.childstat.indicators.scorecard.plot.FunnelPlot;
import org.childstat.indicators.scorecard.plot.Labels;

/**
 * {@code scorecard.html}: one self-contained file (no network, no external script or font), the
 * Stat meeting's data book (docs/scorecard.md):
 * <ul>
 *   <li>the grid: the county, then each bureau with its offices, units and workers nested
 *   directly under it (rows in {@link Scorecard#rows()} order; a row's &#9656; opens the level
 *   below, closing hides its whole subtree);
 *   <li>funnel plots of one level at a time (bureaus, offices, units, workers; offices first),
 *   drawn by {@link FunnelPlot} with the limits the comparison used;
 *   <li>the county's monthly control charts, drawn by {@link ControlChartPlot}: a month that is
 *   not {@code OK} is hollow, labelled and not counted;
 *   <li>the <b>Office Stat data book</b> of the entity in the address ({@code #OFFICE:O03}, any
 *   level): its row and its children's rows, its trend charts beside its parent's and the
 *   county's, its point ringed in every funnel of its level, and the cases drawn for review
 *   where it is flagged worse; an office's book also lists its in-home cases open 18 months or
 *   longer ({@link InHomeLongOpen}); a selector picks the entity and the address follows it, and the
 *   browser's print gives the book without the controls;
 *   <li>the data-quality summary, the run's settings, and what each indicator means.
 * </ul>
 * The parts a meeting does not open at once (the workers' funnels, each entity's trend charts)
 * are stored gzip-compressed and base64-encoded in inert script elements and opened by the
 * browser's own {@code DecompressionStream}, which keeps the file near a tenth of its size.
 * A cell's tooltip ("n = 1,936 days in care", and why a cell has no value) is written by the
 * page's script from the cell's {@code data-n} and its column's unit when the pointer is over it,
 * which keeps a 6,000-worker grid small. Every id and name is escaped for where it goes: HTML text and attributes, SVG, and the JSON of
 * the review cases inside a script element. Stateless and thread-safe.
 */
public final class ScorecardPage {
    private static final String CSS = resource("scorecard.css");
    private static final String JS = resource("scorecard.js");

    private ScorecardPage() {
    }

    /**
     * Writes the page with no cases drawn for review: as the full
     * {@link #write(Path, Scorecard, VariationTable, TrendTable, DataQualityReport, LocalDate, Map, List) write}
     * with an empty {@code review}.
     *
     * @param file      the page (replaced if it exists)
     * @param card      the grid of the latest period
     * @param variation the funnel comparisons (those of the card's period are plotted)
     * @param trends    the monthly control charts, or null for none
     * @param dq        the data-quality ledger
     * @param asOf      the as-of date
     * @param settings  the run's settings, shown as they are, in the map's order
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void write(Path file, Scorecard card, VariationTable variation, TrendTable trends,
                             DataQualityReport dq, LocalDate asOf, Map<String, String> settings) {
        write(file, card, variation, trends, dq, asOf, settings, List.of());
    }

    /**
     * Writes the page without the offices' in-home section: as the full
     * {@link #write(Path, Scorecard, VariationTable, TrendTable, DataQualityReport, LocalDate, Map, List, InHomeLongOpen)
     * write} with a null {@code inHome}.
     *
     * @param file      the page (replaced if it exists)
     * @param card      the grid of the latest period
     * @param variation the funnel comparisons (those of the card's period are plotted)
     * @param trends    the monthly control charts, or null for none
     * @param dq        the data-quality ledger
     * @param asOf      the as-of date
     * @param settings  the run's settings, shown as they are, in the map's order
     * @param review    the cases drawn for review of flagged entities (empty for none)
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void write(Path file, Scorecard card, VariationTable variation, TrendTable trends,
                             DataQualityReport dq, LocalDate asOf, Map<String, String> settings,
                             List<CaseSelection.Selection> review) {
        write(file, card, variation, trends, dq, asOf, settings, review, null);
    }

    /**
     * Writes the page.
     *
     * @param file      the page (replaced if it exists)
     * @param card      the grid of the latest period
     * @param variation the funnel comparisons (those of the card's period are plotted)
     * @param trends    the monthly control charts, or null for none
     * @param dq        the data-quality ledger
     * @param asOf      the as-of date
     * @param settings  the run's settings, shown as they are, in the map's order
     * @param review    the cases drawn for review of flagged entities (empty for none)
     * @param inHome    each office's in-home cases open 18 months or longer, for its book; null for
     *                  no such section (a run without IN_HOME_OPEN_18M_PLUS)
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void write(Path file, Scorecard card, VariationTable variation, TrendTable trends,
                             DataQualityReport dq, LocalDate asOf, Map<String, String> settings,
                             List<CaseSelection.Selection> review, InHomeLongOpen inHome) {
        StringBuilder h = new StringBuilder(1 << 22);
        String period = card.period().label() + " (" + card.period().start() + " to " + card.period().end()
                + "), data as of " + asOf;
        h.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width\">")
                .append("<title>Stat scorecard ").append(esc(card.period().label())).append("</title><style>")
                .append(CSS).append("</style></head><body>\n");
        h.append("<header><h1>Stat scorecard</h1><p id=\"period\">Period ").append(esc(period)).append("</p></header>\n");
        h.append("<nav class=\"controls\"><label>Data book of <select id=\"book-select\"><option value=\"\">")
                .append("(the whole scorecard)</option></select></label><span class=\"note\">The address follows the ")
                .append("choice: send it to open the same book.</span></nav>\n");
        legend(h);
        h.append("<section id=\"book\" hidden></section>\n");
        grid(h, card);
        funnels(h, card, variation);
        trends(h, card.columns(), trends);
        quality(h, dq);
        h.append("<section id=\"settings\"><h2>Run settings</h2><table class=\"plain\">");
        settings.forEach((k, v) -> h.append("<tr><th>").append(esc(k)).append("</th><td>").append(esc(v))
                .append("</td></tr>"));
        h.append("</table></section>\n");
        definitions(h, card.columns());
        h.append("<script type=\"application/json\" id=\"review-data\">").append(reviewJson(review, card))
                .append("</script>\n");
        if (inHome != null) {
            h.append("<script type=\"application/json\" id=\"in-home-data\">").append(inHome.json()).append("</script>\n");
        }
        if (trends != null) {
            trendBlobs(h, trends, card);
        }
        h.append("<script>").append(JS).append("</script></body></html>\n");
        try {
            Files.writeString(file, h, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void legend(StringBuilder h) {
        h.append("<section id=\"legend\"><p>Each cell: the value and a flag. ")
                .append("<span class=\"c-GREEN\">+ better</span> than the standard (CFSR national performance) or, ")
                .append("where there is none, beyond the 95% funnel limit on the better side; ")
                .append("<span class=\"c-YELLOW\">~ worse, within the 95% interval</span>; ")
                .append("<span class=\"c-RED\">- worse</span>; <code>n&lt;5</code> too few to show; ")
                .append("<code>*</code> follow-up not complete yet (the value can still change, so it is never coloured ")
                .append("or flagged). ")
                .append("<span id=\"legend-click\">Click a row's &#9656; to open the level below.</span></p></section>\n");
    }

    private static void grid(StringBuilder h, Scorecard card) {
        h.append("<section id=\"grid\"><h2>Grid</h2><div class=\"scroll\"><table class=\"scorecard\"><thead><tr><th></th>");
        String group = "";
        int span = 0;
        List<String> groups = new ArrayList<>();
        for (Indicator id : card.columns()) {
            String g = id.domain().title();
            if (!g.equals(group)) {
                if (span > 0) {
                    groups.add("<th colspan=\"" + span + "\" class=\"group\">" + group + "</th>");
                }
                group = g;
                span = 0;
            }
            span++;
        }
        groups.add("<th colspan=\"" + span + "\" class=\"group\">" + group + "</th>");
        groups.forEach(h::append);
        h.append("</tr><tr><th>Entity</th>");
        for (Indicator id : card.columns()) {
            h.append("<th class=\"ind\" data-counted=\"").append(esc(id.countedIn())).append('"')
                    .append(id.unit() == Unit.RATE ? " data-rate" : "").append(" title=\"")
                    .append(esc(id.title() + ": " + id.population())).append("\">")
                    .append(esc(id.title())).append(id.direction() == Direction.HIGHER_IS_BETTER ? " &#8593;"
                            : id.direction() == Direction.LOWER_IS_BETTER ? " &#8595;" : "").append("</th>");
        }
        h.append("</tr></thead><tbody>\n");
        for (Scorecard.Row r : card.rows()) {
            String key = key(r.level(), r.entityId());
            String parentKey = r.parentId() == null ? "" : key(Level.values()[r.level().ordinal() - 1], r.parentId());
            boolean hasChildren = !card.children(r.level(), r.entityId()).isEmpty();
            h.append("<tr class=\"lvl-").append(r.level()).append("\" data-key=\"").append(esc(key))
                    .append("\" data-parent=\"").append(esc(parentKey)).append('"');
            if (r.level().ordinal() > Level.BUREAU.ordinal()) {
                h.append(" hidden");
            }
            h.append("><th>");
            if (hasChildren) {
                h.append("<button class=\"toggle\" aria-expanded=\"false\">&#9656;</button> ");
            }
            h.append(esc(rowLabel(r))).append("</th>");
            for (Scorecard.Cell c : r.cells()) {
                h.append("<td");
                boolean coloured = c.colour() != Scorecard.Colour.NONE, plain = c.state() == Scorecard.State.VALUE;
                if (coloured || !plain) {
                    h.append(" class=\"").append(coloured ? "c-" + c.colour() : "").append(coloured && !plain ? " " : "")
                            .append(plain ? "" : "s-" + c.state()).append('"');
                }
                if (c.denominator() != null) {
                    h.append(" data-n=\"").append(c.denominator()).append('"'); // the page's script writes the tooltip
                }
                if (c.state() == Scorecard.State.FAILED) {
                    h.append(" title=\"").append(esc(c.reason())).append('"');
                }
                h.append('>').append(esc(c.text()));
                if (c.flag() != ' ') {
                    h.append(" <b>").append(c.flag()).append("</b>");
                }
                h.append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table></div></section>\n");
    }

    /** {@code LEVEL:ID}, the address of an entity's book. */
    static String key(Level level, String entityId) {
        return level + ":" + entityId;
    }

    /**
     * A row's label, its level said once: "County"; "Office O03 Glendora" (the level, the id, the
     * name); "U001 Unit 1" when the name says the level already; "Worker W00118" without a name.
     */
    static String rowLabel(Scorecard.Row r) {
        if (r.level() == Level.COUNTY) {
            return "County";
        }
        String word = levelWord(r.level());
        String name = r.name() == null || r.name().equals(r.entityId()) ? "" : r.name();
        if (name.regionMatches(true, 0, word, 0, word.length())
                && (name.length() == word.length() || name.charAt(word.length()) == ' ')) {
            return r.entityId() + " " + name;
        }
        return word + " " + r.entityId() + (name.isEmpty() ? "" : " " + name);
    }

    static String levelWord(Level level) {
        return level.name().charAt(0) + level.name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** How a chart labels an indicator's values and denominators. */
    static Labels labels(Indicator id) {
        return switch (id.unit()) {
            case PERCENT -> new Labels(id.title(), "% of " + id.countedIn(), "%", 1, id.countedIn());
            case RATE -> new Labels(id.title(), "per " + String.format(java.util.Locale.ROOT, "%,d", id.scale())
                    + " days in care", "", 2, id.countedIn());
            case MEDIAN_DAYS -> new Labels(id.title(), "median days", " days", 0, id.countedIn());
            case RATIO -> new Labels(id.title(), "children per worker", "", 1, id.countedIn());
            default -> new Labels(id.title(), id.countedIn(), "", 0, id.countedIn());
        };
    }

    private static void funnels(StringBuilder h, Scorecard card, VariationTable variation) {
        h.append("<section id=\"funnels\"><h2>Funnel plots</h2><p><label>Level: <select id=\"funnel-level\">");
        for (Level level : List.of(Level.BUREAU, Level.OFFICE, Level.UNIT, Level.WORKER)) {
            h.append("<option value=\"").append(level).append('"').append(level == Level.OFFICE ? " selected" : "")
                    .append('>').append(levelWord(level)).append("s</option>");
        }
        h.append("</select></label> <span class=\"note\">Each point an entity of the level, against the county's ")
                .append("value; the lines are the limits it was compared against (adjusted for overdispersion where ")
                .append("the level has it). In a book, its entity is ringed in red.</span></p>");
        for (Level level : List.of(Level.BUREAU, Level.OFFICE, Level.UNIT, Level.WORKER)) {
            StringBuilder plots = new StringBuilder();
            for (Indicator id : card.columns()) {
                if (id.unit() != Unit.PERCENT && id.unit() != Unit.RATE || id.context()) {
                    continue;
                }
                VariationTable.Group g = variation.group(id, card.period(), level);
                if (g != null && g.comparison().rows().size() >= 2) {
                    plots.append("<figure>").append(FunnelPlot.svg(labels(id), g.comparison(), null, false))
                            .append("<figcaption>").append(esc(levelWord(level))).append("s, ")
                            .append(esc(card.period().label())).append("</figcaption></figure>");
                }
            }
            if (plots.length() == 0) {
                plots.append("<p class=\"note\">Fewer than two ").append(level.name().toLowerCase(java.util.Locale.ROOT))
                        .append(" entities to compare.</p>");
            }
            h.append("<div class=\"plots\" data-level=\"").append(level).append('"')
                    .append(level == Level.OFFICE ? "" : " hidden");
            if (level == Level.UNIT || level == Level.WORKER) {
                h.append(" data-blob=\"funnels:").append(level).append("\"></div>");
                blob(h, "funnels:" + level, plots);
            } else {
                h.append('>').append(plots).append("</div>");
            }
        }
        h.append("</section>\n");
    }

    private static void trends(StringBuilder h, List<Indicator> columns, TrendTable trends) {
        if (trends == null) {
            return;
        }
        h.append("<section id=\"trends\"><h2>Trends: county, last 24 months</h2><div class=\"plots\">");
        for (Indicator id : columns) {
            TrendTable.Series s = trends.get(id, Level.COUNTY, EntityTable.COUNTY);
            if (s != null && !s.chart().points().isEmpty()) {
                h.append(trendFigure(s, "County"));
            }
        }
        h.append("</div><p class=\"note\">Monthly values (not the overlapping rolling 12-month ones); limits from the ")
                .append("first 12 counted months; black points signal a special-cause rule (Making Data Count). A hollow ")
                .append("point on a grey band is a month that is not counted: its follow-up is still running ")
                .append("(incomplete), or it is too small to show (n&lt;5) or has no data.</p></section>\n");
    }

    static String trendFigure(TrendTable.Series s, String entityLabel) {
        boolean anyShown = false;
        for (int i = 0; i < s.statuses().size() && !anyShown; i++) {
            anyShown = s.shown(i);
        }
        if (!anyShown) {
            return "<figure data-indicator=\"" + s.indicator() + "\"><p class=\"note\">" + esc(s.indicator().title())
                    + ": no month to show (each is too small to show, or has no data).</p><figcaption>"
                    + esc(entityLabel) + "</figcaption></figure>";
        }
        return "<figure data-indicator=\"" + s.indicator() + "\">" + ControlChartPlot.svg(labels(s.indicator()), s.chart(),
                s.scale(), s.marks(), false) + "<figcaption>" + esc(entityLabel) + "</figcaption></figure>";
    }

    /** Each entity's trend charts, one compressed part per entity, for its book. */
    private static void trendBlobs(StringBuilder h, TrendTable trends, Scorecard card) {
        Map<String, StringBuilder> byEntity = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Scorecard.Row r : card.rows()) {
            labels.put(key(r.level(), r.entityId()), rowLabel(r));
        }
        Map<String, Integer> column = new LinkedHashMap<>();
        for (int i = 0; i < card.columns().size(); i++) {
            column.put(card.columns().get(i).id(), i);
        }
        List<TrendTable.Series> ordered = new ArrayList<>(trends.series());
        ordered.sort(java.util.Comparator.comparing((TrendTable.Series s) -> column.getOrDefault(s.indicator().id(),
                Integer.MAX_VALUE)));
        for (TrendTable.Series s : ordered) {
            String key = key(s.level(), s.entityId());
            byEntity.computeIfAbsent(key, k -> new StringBuilder())
                    .append(trendFigure(s, labels.getOrDefault(key, key)));
        }
        byEntity.forEach((key, html) -> blob(h, "trends:" + key, html));
    }

    /** An inert script element holding {@code html} gzip-compressed and base64-encoded. */
    static void blob(StringBuilder h, String key, CharSequence html) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(html.length() / 6 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes, 1 << 16) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(html.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        h.append("<script type=\"application/x-gzip-base64\" class=\"blob\" data-key=\"").append(esc(key)).append("\">")
                .append(Base64.getEncoder().encodeToString(bytes.toByteArray())).append("</script>\n");
    }

    /**
     * The review cases as JSON for the page's script: by entity key, each flagged indicator with
     * its counts, the command that lists and draws them, and the drawn cases. Escaped for a script
     * element: {@code <}, {@code >}, {@code &}, U+2028 and U+2029 as {@code \\uXXXX}.
     */
    static String reviewJson(List<CaseSelection.Selection> review, Scorecard card) {
        Map<String, List<CaseSelection.Selection>> byEntity = new LinkedHashMap<>();
        for (CaseSelection.Selection s : review) {
            byEntity.computeIfAbsent(key(s.level(), s.entityId()), k -> new ArrayList<>()).add(s);
        }
        StringBuilder j = new StringBuilder("{");
        boolean firstEntity = true;
        for (Map.Entry<String, List<CaseSelection.Selection>> e : byEntity.entrySet()) {
            j.append(firstEntity ? "" : ",").append(json(e.getKey())).append(":[");
            firstEntity = false;
            boolean first = true;
            for (CaseSelection.Selection s : e.getValue()) {
                long missed = s.candidates().stream().filter(CaseSelection.Case::missed).count();
                long pending = s.candidates().stream().filter(c -> c.outcome() == CaseSelection.Outcome.PENDING).count();
                j.append(first ? "" : ",").append("{\"indicator\":").append(json(s.indicator().id()))
                        .append(",\"title\":").append(json(s.indicator().title()))
                        .append(",\"candidates\":").append(s.candidates().size()).append(",\"missed\":").append(missed)
                        .append(",\"pending\":").append(pending)
                        .append(",\"command\":").append(json("childstat cases --data DIR --indicator " + s.indicator()
                                + " --period " + s.period().label() + " --entity " + e.getKey() + " --n "
                                + s.sample().size() + " --seed 0"))
                        .append(",\"cases\":[");
                first = false;
                boolean firstCase = true;
                for (CaseSelection.Case c : s.sample()) {
                    var x = c.explanation();
                    j.append(firstCase ? "" : ",").append('[').append(json(c.childId())).append(',')
                            .append(json(c.outcome().label())).append(',')
                            .append(json(x.episodeId() != null ? x.episodeId() : x.reportId() != null ? x.reportId() : ""))
                            .append(',').append(json(x.workerId())).append(',').append(json(x.unitId())).append(']');
                    firstCase = false;
                }
                j.append("]}");
            }
            j.append(']');
        }
        return j.append('}').toString();
    }

    /** A JSON string, safe inside an HTML script element. */
    static String json(String s) {
        return JsonString.of(s, true);
    }

    private static void quality(StringBuilder h, DataQualityReport dq) {
        h.append("<section id=\"quality\"><h2>Data quality</h2><table class=\"plain\"><tr><th>file</th><th>read</th>")
                .append("<th>used</th><th>set aside</th></tr>");
        for (Map.Entry<ContractFile, FileCounts> f : dq.files().entrySet()) {
            FileCounts c = f.getValue();
            h.append("<tr><td>").append(f.getKey().fileName()).append("</td><td>").append(c.read()).append("</td><td>")
                    .append(c.used()).append("</td><td>").append(c.setAside()).append("</td></tr>");
        }
        h.append("</table><table class=\"plain\"><tr><th>finding</th><th>count</th></tr>");
        for (FindingCode code : FindingCode.values()) {
            long n = dq.findings(code).size();
            if (n > 0) {
                h.append("<tr><td>").append(code).append(" (").append(code.severity()).append(")</td><td>").append(n)
                        .append("</td></tr>");
            }
        }
        h.append("</table></section>\n");
    }

    private static void definitions(StringBuilder h, List<Indicator> columns) {
        h.append("<section id=\"definitions\"><h2>What each indicator means</h2><dl>");
        for (Indicator id : columns) {
            h.append("<dt>").append(esc(id.title())).append(" <code>").append(esc(id.id())).append("</code> (")
                    .append(id.direction() == Direction.HIGHER_IS_BETTER ? "higher is better"
                            : id.direction() == Direction.LOWER_IS_BETTER ? "lower is better" : "neither")
                    .append("; n counts ").append(esc(id.countedIn())).append(")</dt><dd>").append(esc(id.population()))
                    .append(".</dd>");
        }
        h.append("</dl></section>\n");
    }

    /** Escapes HTML text and quoted attribute values ({@link Markup#escape}). */
    static String esc(String s) {
        return Markup.escape(s);
    }

    private static String resource(String name) {
        try (InputStream in = ScorecardPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
