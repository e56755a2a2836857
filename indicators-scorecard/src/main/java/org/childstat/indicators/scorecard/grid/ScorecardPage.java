package org.childstat.indicators.scorecard.grid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.childstat.indicators.core.indicator.Direction;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.childstat.indicators.core.indicator.Unit;
import org.childstat.indicators.core.io.ContractFile;
import org.childstat.indicators.core.io.DataQualityReport;
import org.childstat.indicators.core.io.FileCounts;
import org.childstat.indicators.core.io.FindingCode;
import org.childstat.indicators.core.model.Level;
import org.childstat.indicators.scorecard.variation.ExactLimits;
import org.childstat.indicators.scorecard.variation.FunnelComparison;

/**
 * {@code scorecard.html}: one self-contained file (no network, no external script or font) with
 * the grid (county, then bureaus that open to their offices, units and workers), a funnel plot of
 * the chosen level (bureaus, offices, units or workers; offices first) for each compared
 * indicator and the county's monthly control charts (inline SVG), the data-quality summary, the
 * run's settings, and what each indicator means. Cells show their value and a flag character, so the
 * page reads in black and white. Stateless and thread-safe.
 */
public final class ScorecardPage {
    private ScorecardPage() {
    }

    /** Writes the page. */
    public static void write(Path file, Scorecard card, VariationTable variation, TrendTable trends,
                             DataQualityReport dq, LocalDate asOf, Map<String, String> settings) {
        StringBuilder h = new StringBuilder(1 << 20);
        h.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width\">")
                .append("<title>Stat scorecard ").append(esc(card.period().label())).append("</title><style>")
                .append(CSS).append("</style></head><body>\n");
        h.append("<header><h1>Stat scorecard</h1><p>Period <b>").append(esc(card.period().label())).append("</b> (")
                .append(card.period().start()).append(" to ").append(card.period().end()).append("), data as of <b>")
                .append(asOf).append("</b>.</p></header>\n");
        legend(h);
        grid(h, card);
        funnels(h, card, variation);
        trends(h, trends);
        quality(h, dq);
        h.append("<section id=\"settings\"><h2>Run settings</h2><table class=\"plain\">");
        settings.forEach((k, v) -> h.append("<tr><th>").append(esc(k)).append("</th><td>").append(esc(v))
                .append("</td></tr>"));
        h.append("</table></section>\n");
        definitions(h);
        h.append("<script>").append(JS).append("</script></body></html>\n");
        try {
            Files.writeString(file, h, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void legend(StringBuilder h) {
        h.append("<section id=\"legend\"><p>Each cell: the value and a flag. ")
                .append("<span class=\"c-GREEN\">+ better</span> than the standard (CFSR national performance) or, ")
                .append("where there is none, beyond the 95% funnel limit on the better side; ")
                .append("<span class=\"c-YELLOW\">~ worse, within the 95% interval</span>; ")
                .append("<span class=\"c-RED\">- worse</span>; <code>n&lt;5</code> too few children to show; ")
                .append("<code>*</code> follow-up not complete yet (the value can still change). ")
                .append("Click a row's &#9656; to open the level below.</p></section>\n");
    }

    private static void grid(StringBuilder h, Scorecard card) {
        h.append("<section id=\"grid\"><h2>Grid</h2><div class=\"scroll\"><table class=\"scorecard\"><thead><tr><th></th>");
        String group = "";
        int span = 0;
        List<String> groups = new ArrayList<>();
        for (IndicatorId id : Scorecard.COLUMNS) {
            String g = Scorecard.group(id);
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
        for (IndicatorId id : Scorecard.COLUMNS) {
            h.append("<th class=\"ind\" title=\"").append(esc(id.title() + ": " + id.population())).append("\">")
                    .append(esc(id.title())).append(id.direction() == Direction.HIGHER_IS_BETTER ? " &#8593;"
                            : id.direction() == Direction.LOWER_IS_BETTER ? " &#8595;" : "").append("</th>");
        }
        h.append("</tr></thead><tbody>\n");
        for (Scorecard.Row r : card.rows()) {
            String key = r.level() + ":" + r.entityId();
            String parentKey = r.parentId() == null ? "" : Level.values()[r.level().ordinal() - 1] + ":" + r.parentId();
            boolean hasChildren = r.level() != Level.WORKER && !card.children(r.level(), r.entityId()).isEmpty();
            h.append("<tr class=\"lvl-").append(r.level()).append("\" data-key=\"").append(esc(key))
                    .append("\" data-parent=\"").append(esc(parentKey)).append('"');
            if (r.level().ordinal() > Level.BUREAU.ordinal()) {
                h.append(" hidden");
            }
            h.append("><th>");
            if (hasChildren) {
                h.append("<button class=\"toggle\" aria-expanded=\"false\" data-key=\"").append(esc(key))
                        .append("\">&#9656;</button> ");
            }
            h.append("<span class=\"lvl\">").append(r.level().name().charAt(0)).append(r.level().name().substring(1)
                    .toLowerCase()).append("</span> ").append(esc(r.entityId()));
            if (r.name() != null && !r.name().equals(r.entityId())) {
                h.append(" <small>").append(esc(r.name())).append("</small>");
            }
            h.append("</th>");
            for (Scorecard.Cell c : r.cells()) {
                h.append("<td class=\"c-").append(c.colour()).append(" s-").append(c.state()).append('"');
                if (!c.reason().isEmpty() || c.denominator() != null) {
                    h.append(" title=\"").append(esc((c.denominator() == null ? "" : "n = " + c.denominator() + ". ")
                            + c.reason())).append('"');
                }
                h.append('>').append(esc(c.text()));
                if (c.flag() != ' ') {
                    h.append(" <b class=\"flag\">").append(c.flag()).append("</b>");
                }
                h.append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table></div></section>\n");
    }

    private static void funnels(StringBuilder h, Scorecard card, VariationTable variation) {
        h.append("<section id=\"funnels\"><h2>Funnel plots</h2><p><label>Level: <select id=\"funnel-level\">");
        for (Level level : List.of(Level.BUREAU, Level.OFFICE, Level.UNIT, Level.WORKER)) {
            h.append("<option value=\"").append(level).append('"').append(level == Level.OFFICE ? " selected" : "")
                    .append('>').append(level.name().charAt(0)).append(level.name().substring(1).toLowerCase())
                    .append("s</option>");
        }
        h.append("</select></label></p>");
        for (Level level : List.of(Level.BUREAU, Level.OFFICE, Level.UNIT, Level.WORKER)) {
            h.append("<div class=\"plots\" data-level=\"").append(level).append('"')
                    .append(level == Level.OFFICE ? "" : " hidden").append('>');
            for (IndicatorId id : Scorecard.COLUMNS) {
                if (id.unit() != Unit.PERCENT && id.unit() != Unit.RATE) {
                    continue;
                }
                List<VariationTable.Row> rows = variation.rows().stream().filter(r -> r.indicator() == id
                        && r.level() == level && r.period().equals(card.period()) && r.compared() != null).toList();
                if (rows.size() >= 2) {
                    h.append(FunnelSvg.svg(id, rows));
                }
            }
            h.append("</div>");
        }
        h.append("</section>\n");
    }

    private static void trends(StringBuilder h, TrendTable trends) {
        if (trends == null) {
            return;
        }
        h.append("<section id=\"trends\"><h2>Trends: county, last 24 months</h2><div class=\"plots\">");
        for (IndicatorId id : Scorecard.COLUMNS) {
            TrendTable.Series s = trends.get(id, Level.COUNTY, "COUNTY");
            if (s != null && !s.chart().points().isEmpty()) {
                h.append(TrendSvg.svg(s));
            }
        }
        h.append("</div><p>Monthly values (not the overlapping rolling 12-month ones), limits from the first 12 ")
                .append("months; filled points signal a special-cause rule (Making Data Count).</p></section>\n");
    }

    /** The inline SVG of one control chart. */
    static final class TrendSvg {
        static final int W = 320, H = 160;

        static String svg(TrendTable.Series s) {
            List<org.childstat.indicators.scorecard.variation.ControlChart.ChartPoint> pts = s.chart().points();
            double k = s.scale(), max = 0;
            for (var p : pts) {
                max = Math.max(max, Math.max(p.value(), Double.isFinite(p.upper()) ? p.upper() : 0) * k);
            }
            max = max * 1.1 + 1e-9;
            int n = pts.size();
            StringBuilder out = new StringBuilder("<figure><svg width=\"" + W + "\" height=\"" + H
                    + "\" role=\"img\" aria-label=\"control chart of " + esc(s.indicator().title())
                    + "\"><rect x=\"0\" y=\"0\" width=\"" + W + "\" height=\"" + H + "\" fill=\"none\" stroke=\"#999\"/>");
            StringBuilder line = new StringBuilder(), centre = new StringBuilder(), lo = new StringBuilder(),
                    hi = new StringBuilder();
            for (int i = 0; i < n; i++) {
                var p = pts.get(i);
                String x = String.format("%.1f", 10 + (W - 20) * (n == 1 ? 0.5 : i / (double) (n - 1)));
                String c = i == 0 ? "M" : "L";
                line.append(c).append(x).append(',').append(yy(p.value() * k, max));
                centre.append(c).append(x).append(',').append(yy(p.centre() * k, max));
                if (Double.isFinite(p.lower())) {
                    lo.append(c).append(x).append(',').append(yy(p.lower() * k, max));
                    hi.append(c).append(x).append(',').append(yy(p.upper() * k, max));
                }
            }
            out.append("<path d=\"").append(centre).append("\" fill=\"none\" stroke=\"#000\"/>");
            if (lo.length() > 0) {
                out.append("<path d=\"").append(lo).append("\" fill=\"none\" stroke=\"#555\" stroke-dasharray=\"4,2\"/>")
                        .append("<path d=\"").append(hi).append("\" fill=\"none\" stroke=\"#555\" stroke-dasharray=\"4,2\"/>");
            }
            out.append("<path d=\"").append(line).append("\" fill=\"none\" stroke=\"#333\"/>");
            for (int i = 0; i < n; i++) {
                var p = pts.get(i);
                String x = String.format("%.1f", 10 + (W - 20) * (n == 1 ? 0.5 : i / (double) (n - 1)));
                out.append("<circle cx=\"").append(x).append("\" cy=\"").append(yy(p.value() * k, max))
                        .append("\" r=\"").append(p.signal() ? 4 : 2.5).append("\" fill=\"").append(p.signal() ? "#000" : "#fff")
                        .append("\" stroke=\"#000\"><title>").append(esc(p.period())).append(": ")
                        .append(String.format("%.2f", p.value() * k)).append(p.signal() ? " " + esc(String.join(";", p.rules())) : "")
                        .append("</title></circle>");
            }
            out.append("<text x=\"4\" y=\"12\" font-size=\"10\">").append(esc(s.indicator().title()))
                    .append("</text></svg><figcaption>").append(esc(s.indicator().title()))
                    .append(": centre solid, 3-sigma limits dashed.</figcaption></figure>");
            return out.toString();
        }

        static String yy(double v, double max) {
            return String.format("%.1f", H - 10 - (H - 24) * Math.max(0, Math.min(v, max)) / max);
        }
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

    private static void definitions(StringBuilder h) {
        h.append("<section id=\"definitions\"><h2>What each indicator means</h2><dl>");
        for (IndicatorId id : Scorecard.COLUMNS) {
            h.append("<dt>").append(esc(id.title())).append(" <code>").append(id).append("</code> (")
                    .append(id.direction() == Direction.HIGHER_IS_BETTER ? "higher is better"
                            : id.direction() == Direction.LOWER_IS_BETTER ? "lower is better" : "neither")
                    .append(")</dt><dd>").append(esc(id.population())).append(".</dd>");
        }
        h.append("</dl></section>\n");
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The inline SVG of one funnel plot. */
    static final class FunnelSvg {
        static final int W = 320, H = 200, PAD = 36;

        static String svg(IndicatorId id, List<VariationTable.Row> rows) {
            double num = 0, den = 0, maxDen = 0, maxV = 0;
            for (VariationTable.Row r : rows) {
                num += r.result().numerator();
                den += r.result().denominator();
                maxDen = Math.max(maxDen, r.result().denominator());
                maxV = Math.max(maxV, r.compared().value());
            }
            double target = den == 0 ? 0 : num / den;
            boolean percent = id.unit() == Unit.PERCENT;
            double scale = percent ? 100 : id.scale();
            double yMax = Math.max(maxV, target * scale) * 1.3 + 1e-9;
            StringBuilder s = new StringBuilder();
            s.append("<figure><svg width=\"").append(W).append("\" height=\"")
                    .append(H).append("\" role=\"img\" aria-label=\"funnel plot of ").append(esc(id.title()))
                    .append("\"><rect x=\"0\" y=\"0\" width=\"").append(W).append("\" height=\"").append(H)
                    .append("\" fill=\"none\" stroke=\"#999\"/>");
            for (double level : new double[] {0.95, 0.998}) {
                StringBuilder lo = new StringBuilder(), hi = new StringBuilder();
                for (int k = 1; k <= 40; k++) {
                    double n = Math.max(1, maxDen * k / 40.0);
                    double tail = (1 - level) / 2;
                    double l, u;
                    if (percent) {
                        l = ExactLimits.binomial(target, (int) Math.round(n), tail);
                        u = ExactLimits.binomial(target, (int) Math.round(n), 1 - tail);
                    } else {
                        l = ExactLimits.poisson(target, n, tail);
                        u = ExactLimits.poisson(target, n, 1 - tail);
                    }
                    lo.append(k == 1 ? "M" : "L").append(x(n, maxDen)).append(',').append(y(Math.max(0, l) * scale, yMax));
                    hi.append(k == 1 ? "M" : "L").append(x(n, maxDen)).append(',').append(y(Math.min(u * scale, yMax), yMax));
                }
                String dash = level > 0.99 ? "4,2" : "none";
                s.append("<path d=\"").append(lo).append("\" fill=\"none\" stroke=\"#555\" stroke-dasharray=\"").append(dash)
                        .append("\"/><path d=\"").append(hi).append("\" fill=\"none\" stroke=\"#555\" stroke-dasharray=\"")
                        .append(dash).append("\"/>");
            }
            s.append("<line x1=\"").append(PAD).append("\" x2=\"").append(W - 4).append("\" y1=\"").append(y(target * scale, yMax))
                    .append("\" y2=\"").append(y(target * scale, yMax)).append("\" stroke=\"#000\"/>");
            for (VariationTable.Row r : rows) {
                FunnelComparison.Row c = r.compared();
                boolean out = c.band() != FunnelComparison.Band.WITHIN;
                s.append("<circle cx=\"").append(x(r.result().denominator(), maxDen)).append("\" cy=\"")
                        .append(y(c.value(), yMax)).append("\" r=\"").append(out ? 4 : 3).append("\" fill=\"")
                        .append(out ? "#000" : "#fff").append("\" stroke=\"#000\"><title>").append(esc(r.entityId()))
                        .append(": ").append(String.format("%.2f", c.value())).append(" (").append(c.bandLabel())
                        .append(")</title></circle>");
            }
            s.append("<text x=\"4\" y=\"12\" font-size=\"10\">").append(esc(id.title())).append("</text>")
                    .append("<text x=\"").append(W - 70).append("\" y=\"").append(H - 4)
                    .append("\" font-size=\"9\">denominator</text></svg><figcaption>")
                    .append(esc(id.title())).append(": solid 95%, dashed 99.8% limits; filled points outside.")
                    .append("</figcaption></figure>");
            return s.toString();
        }

        static String x(double n, double maxDen) {
            return String.format("%.1f", PAD + (W - PAD - 8) * n / Math.max(1, maxDen));
        }

        static String y(double v, double yMax) {
            return String.format("%.1f", H - 20 - (H - 34) * Math.min(v, yMax) / yMax);
        }
    }

    static final String CSS = """
            body{font-family:system-ui,sans-serif;margin:1em;color:#111}
            h1{font-size:1.4em}h2{font-size:1.1em;margin-top:1.5em}
            table.scorecard{border-collapse:collapse;font-size:12px}
            table.scorecard th,table.scorecard td{border:1px solid #ccc;padding:2px 4px;white-space:nowrap}
            table.scorecard thead th.ind{writing-mode:vertical-rl;transform:rotate(180deg);max-height:12em;font-weight:normal}
            th.group{background:#eee}td{text-align:right}
            .c-GREEN{background:#cfe8cf}.c-YELLOW{background:#f7efb0}.c-RED{background:#f3c0c0}
            .s-SUPPRESSED,.s-NO_DATA,.s-NOT_APPLICABLE{color:#777}.s-FAILED{color:#a00}
            tr.lvl-OFFICE th{padding-left:1.2em}tr.lvl-UNIT th{padding-left:2.4em}tr.lvl-WORKER th{padding-left:3.6em}
            .lvl{color:#555;font-size:90%}button.toggle{font-size:10px;padding:0 3px}
            .scroll{overflow:auto;max-height:80vh}.plots{display:flex;flex-wrap:wrap;gap:1em}
            figure{margin:0}figcaption{font-size:11px;max-width:320px}
            table.plain{border-collapse:collapse;margin-right:2em;display:inline-table}
            table.plain td,table.plain th{border:1px solid #ccc;padding:2px 6px;text-align:left}
            @media print{tr[hidden]{display:table-row}.scroll{overflow:visible;max-height:none}button.toggle{display:none}}
            """;

    static final String JS = """
            (function(){
              function rowsOf(key){return document.querySelectorAll('tr[data-parent="'+key+'"]');}
              function close(key){rowsOf(key).forEach(function(r){r.hidden=true;var b=r.querySelector('button.toggle');
                if(b){b.setAttribute('aria-expanded','false');b.innerHTML='&#9656;';close(r.dataset.key);}});}
              document.addEventListener('click',function(e){var b=e.target.closest('button.toggle');if(!b)return;
                var key=b.dataset.key,open=b.getAttribute('aria-expanded')!=='true';
                if(open){rowsOf(key).forEach(function(r){r.hidden=false;});b.setAttribute('aria-expanded','true');b.innerHTML='&#9662;';}
                else{close(key);b.setAttribute('aria-expanded','false');b.innerHTML='&#9656;';}});
              var sel=document.getElementById('funnel-level');if(sel){sel.addEventListener('change',function(){
                document.querySelectorAll('#funnels .plots').forEach(function(d){d.hidden=d.dataset.level!==sel.value;});});}
              var m=location.hash.match(/^#open=(.+)$/);if(m){var b=document.querySelector('button.toggle[data-key="'+decodeURIComponent(m[1])+'"]');if(b)b.click();}
            })();
            """;
}
