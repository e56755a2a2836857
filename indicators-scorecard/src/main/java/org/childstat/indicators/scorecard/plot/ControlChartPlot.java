package org.childstat.indicators.scorecard.plot;

import java.util.List;
import org.childstat.indicators.scorecard.variation.ControlChart;

/**
 * A control chart as SVG: the points in time order joined by a line, the centre line, the
 * 3-sigma limits (dashed; none on run charts), signals, and the points that were not counted.
 * The value axis has scale ticks in the chart's unit, the time axis a tick per point and a label
 * on about six of them (month labels {@code M2025-06} are written {@code 2025-06}), and a legend
 * names every mark.
 *
 * <p>Marks: a counted point is a small grey dot, a signal a larger black dot; a point that was
 * not counted ({@link ControlChart.ChartPoint#counted()} false) is hollow, and each run of such
 * points is shaded and labelled with its note (e.g. "incomplete" for a month whose follow-up is
 * still running); a point without a value to show (a note of {@code "n<5"} or {@code "no data"},
 * or a zero denominator) is a hollow mark on the time axis. Stateless and thread-safe.
 */
public final class ControlChartPlot {
    static final int W = 380, H = 230, LEFT = 48, RIGHT = 12, TOP = 22, BOTTOM = 52;

    private ControlChartPlot() {
    }

    /**
     * One point's facts the chart does not hold. Immutable.
     *
     * @param denominator the point's denominator for its tooltip, or NaN (run and I charts)
     * @param shown       whether its value may be shown (false: suppressed or no data)
     * @param note        why it was not counted, e.g. {@code "incomplete"}; empty for a counted point
     */
    public record Mark(double denominator, boolean shown, String note) {
        /**
         * Makes a null note empty.
         *
         * @param denominator the point's denominator, or NaN
         * @param shown       whether its value may be shown
         * @param note        why it was not counted, or null or empty for a counted point
         */
        public Mark {
            note = note == null ? "" : note;
        }

        /**
         * A counted point with a denominator (NaN for none).
         *
         * @param denominator the point's denominator, or NaN
         * @return a shown, counted mark
         */
        public static Mark counted(double denominator) {
            return new Mark(denominator, true, "");
        }
    }

    /**
     * Draws a chart.
     *
     * @param labels     the chart's text
     * @param chart      the chart (values in its own unit; multiplied by {@code scale} to the labels' unit)
     * @param scale      e.g. 100 for proportions shown as percents
     * @param marks      one per point, or null: then a point is shown unless its denominator was 0
     *                   (value 0 and limits at the centre) and noted "not counted" when it was not counted
     * @param standalone whether the SVG is a file of its own
     * @return the SVG markup
     * @throws IllegalArgumentException if marks are given and their count differs from the points'
     */
    public static String svg(Labels labels, ControlChart.Result chart, double scale, List<Mark> marks,
                             boolean standalone) {
        List<ControlChart.ChartPoint> pts = chart.points();
        int n = pts.size();
        if (marks != null && marks.size() != n) {
            throw new IllegalArgumentException(marks.size() + " marks for " + n + " points");
        }
        Mark[] m = new Mark[n];
        for (int i = 0; i < n; i++) {
            ControlChart.ChartPoint p = pts.get(i);
            boolean empty = !p.counted() && p.value() == 0 && p.upper() == p.centre() && p.sigma() == 0;
            m[i] = marks != null ? marks.get(i) : new Mark(Double.NaN, !empty, p.counted() ? "" : empty ? "no data" : "not counted");
        }
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            ControlChart.ChartPoint p = pts.get(i);
            for (double v : new double[] {m[i].shown() ? p.value() : Double.NaN, p.centre(),
                    m[i].shown() ? p.lower() : Double.NaN, m[i].shown() ? p.upper() : Double.NaN}) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v * scale);
                    hi = Math.max(hi, v * scale);
                }
            }
        }
        if (!Double.isFinite(lo)) {
            lo = 0;
            hi = 1;
        }
        double pad = (hi - lo) * 0.08 + (hi == lo ? Math.max(1, Math.abs(hi) * 0.1) : 0);
        double bottom = lo >= 0 && lo - pad < 0 ? 0 : lo - pad, top = hi + pad;
        if (chart.options().type().isPercent()) {
            top = Math.min(top, scale); // a proportion is never above the whole
        }
        double[] yTicks = Svg.ticks(bottom, top, 4);
        Frame f = new Frame(W, H, LEFT, RIGHT, TOP, BOTTOM, -0.5, Math.max(0.5, n - 0.5), yTicks[0],
                yTicks[yTicks.length - 1]);
        StringBuilder s = new StringBuilder(3072 + n * 120);
        f.open(s, labels, "control chart", standalone);
        // shaded runs of points not counted, behind everything else
        for (int i = 0; i < n; ) {
            if (pts.get(i).counted()) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && !pts.get(j).counted() && m[j].note().equals(m[i].note())) {
                j++;
            }
            long x0 = Svg.px(f.x(i - 0.5)), x1 = Svg.px(f.x(j - 0.5));
            s.append("<rect class=\"uncounted\" x=\"").append(x0).append("\" y=\"").append(f.top).append("\" width=\"")
                    .append(x1 - x0).append("\" height=\"").append(Svg.px(f.floor() - f.top))
                    .append("\" fill=\"#f0f0f0\"/><text x=\"");
            // the label centred on its band, or ending at the band's right edge near the chart's
            boolean edge = x1 > f.width - f.right - 24;
            s.append(edge ? x1 - 2 : Svg.px((x0 + x1) / 2.0)).append("\" y=\"").append(f.top + 10)
                    .append("\" font-size=\"9\" text-anchor=\"").append(edge ? "end" : "middle").append("\" fill=\"#555\">")
                    .append(Svg.esc(m[i].note())).append("</text>");
            i = j;
        }
        f.yAxis(s, yTicks, labels.valueAxis());
        double[] xTicks = new double[n];
        String[] xLabels = new String[n];
        int every = Math.max(1, (int) Math.ceil(n / 6.0));
        for (int i = 0; i < n; i++) {
            xTicks[i] = i;
            xLabels[i] = (n - 1 - i) % every == 0 ? period(pts.get(i).period()) : "";
        }
        f.xAxis(s, xTicks, xLabels, null);
        StringBuilder centre = new StringBuilder(), lower = new StringBuilder(), upper = new StringBuilder(),
                line = new StringBuilder();
        boolean limits = false, penUp = true;
        for (int i = 0; i < n; i++) {
            ControlChart.ChartPoint p = pts.get(i);
            f.lineTo(centre, i == 0, i, p.centre() * scale);
            if (Double.isFinite(p.lower()) && Double.isFinite(p.upper())) {
                f.lineTo(lower, lower.length() == 0, i, p.lower() * scale);
                f.lineTo(upper, upper.length() == 0, i, p.upper() * scale);
                limits = true;
            }
            if (m[i].shown()) {
                f.lineTo(line, penUp, i, p.value() * scale);
                penUp = false;
            } else {
                penUp = true;
            }
        }
        s.append("<path class=\"centre\" d=\"").append(centre).append("\" fill=\"none\" stroke=\"#000\"/>");
        if (limits) {
            s.append("<path class=\"lim\" d=\"").append(lower).append("\" fill=\"none\" stroke=\"#555\" stroke-dasharray=\"5,3\"/>")
                    .append("<path class=\"lim\" d=\"").append(upper)
                    .append("\" fill=\"none\" stroke=\"#555\" stroke-dasharray=\"5,3\"/>");
        }
        s.append("<path class=\"series\" d=\"").append(line).append("\" fill=\"none\" stroke=\"#777\"/>");
        boolean anyUncounted = false;
        s.append("<g stroke=\"#000\">");
        for (int i = 0; i < n; i++) {
            ControlChart.ChartPoint p = pts.get(i);
            long x = Svg.px(f.x(i));
            StringBuilder tip = new StringBuilder(Svg.esc(period(p.period()))).append(": ");
            tip.append(m[i].shown() ? labels.value(p.value() * scale) : "value not shown");
            if (Double.isFinite(m[i].denominator())) {
                tip.append(" (n = ").append(Svg.count(m[i].denominator()))
                        .append(labels.countedIn().isEmpty() ? "" : " " + Svg.esc(labels.countedIn())).append(')');
            }
            if (!p.counted()) {
                anyUncounted = true;
                tip.append("; not counted: ").append(Svg.esc(m[i].note()));
            } else if (p.signal()) {
                tip.append("; signal: ").append(Svg.esc(String.join(", ", p.rules())));
            }
            long y = m[i].shown() ? Svg.px(f.y(p.value() * scale)) : Svg.px(f.floor()) - 4;
            String r = p.signal() ? "4" : p.counted() ? "2.5" : "3";
            String fill = !p.counted() ? "#fff" : p.signal() ? "#000" : "#777";
            s.append("<circle class=\"").append(!p.counted() ? "pt-uncounted" : p.signal() ? "pt-signal" : "pt")
                    .append("\" data-period=\"").append(Svg.esc(p.period())).append("\" cx=\"").append(x).append("\" cy=\"")
                    .append(y).append("\" r=\"").append(r).append("\" fill=\"").append(fill)
                    .append("\"><title>").append(tip).append("</title></circle>");
        }
        s.append("</g>");
        Legend legend = new Legend(f);
        legend.line("centre", "#000", "");
        if (limits) {
            legend.line("3-sigma limits", "#555", "5,3");
        }
        legend.dot("point", "#777", false);
        legend.dot("signal", "#000", false);
        if (anyUncounted) {
            legend.dot("not counted", "#000", true);
        }
        s.append(legend).append("</svg>");
        return s.toString();
    }

    /** A month label {@code M2025-06} as {@code 2025-06}; other labels as they are. */
    static String period(String label) {
        return label.length() == 8 && label.charAt(0) == 'M' && label.charAt(5) == '-' ? label.substring(1) : label;
    }
}
