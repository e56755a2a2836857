package org.childstat.indicators.scorecard.plot;

import java.util.List;
import java.util.Locale;

/**
 * A band chart as SVG ({@code childstat relate --plot}): one point per band, left to right in band
 * order, with its 95% interval as a whisker, the pooled value of all bands as a line, and under
 * the title the test for trend across them. Each point has a tooltip with its band, value,
 * workers and {@code n}. A chart whose period is not complete says so and draws its points hollow:
 * never a finding. Stateless and thread-safe.
 */
public final class BandPlot {
    static final int W = 420, H = 260, LEFT = 48, RIGHT = 12, TOP = 36, BOTTOM = 58;

    private BandPlot() {
    }

    /**
     * One band's point.
     *
     * @param label       the band, e.g. {@code 20-29}
     * @param workers     the workers in it
     * @param numerator   the pooled numerator
     * @param denominator the pooled denominator
     * @param value       the value, in the chart's unit
     * @param lower       its interval's lower end
     * @param upper       its upper end
     */
    public record Point(String label, int workers, long numerator, long denominator, double value, double lower,
                        double upper) {
    }

    /**
     * Draws the bands.
     *
     * @param labels     the chart's text (the axis title is the value's unit)
     * @param axis       the bands' axis title, e.g. {@code worker's caseload on 2026-09-30 (children)}
     * @param points     the bands, in order
     * @param pooled     the value of all bands pooled
     * @param caption    the line under the title (the trend test), escaped here
     * @param incomplete whether the follow-up is still running (points hollow, the caption says so)
     * @param standalone whether the SVG is a file of its own
     * @return the SVG markup
     */
    public static String svg(Labels labels, String axis, List<Point> points, double pooled, String caption,
                             boolean incomplete, boolean standalone) {
        double lo = pooled, hi = pooled;
        for (Point p : points) {
            lo = Math.min(lo, p.lower());
            hi = Math.max(hi, p.upper());
        }
        double[] yTicks = Svg.ticks(Math.max(0, lo - 0.05 * (hi - lo)), hi + 0.05 * (hi - lo), 4);
        int k = Math.max(1, points.size());
        Frame f = new Frame(W, H, LEFT, RIGHT, TOP, BOTTOM, 0.5, k + 0.5, yTicks[0], yTicks[yTicks.length - 1]);
        StringBuilder s = new StringBuilder(2048 + points.size() * 256);
        f.open(s, labels, "band chart", standalone);
        s.append("<text class=\"caption\" x=\"").append(LEFT).append("\" y=\"28\" font-size=\"9\">")
                .append(Svg.esc(incomplete ? caption + " (follow-up not complete: not a finding)" : caption))
                .append("</text>");
        f.yAxis(s, yTicks, labels.valueAxis());
        double[] at = new double[points.size()];
        String[] names = new String[points.size()];
        for (int i = 0; i < points.size(); i++) {
            at[i] = i + 1;
            names[i] = points.get(i).label();
        }
        f.xAxis(s, at, names, axis);
        s.append("<line class=\"pooled\" x1=\"").append(Svg.px(f.x(0.5))).append("\" x2=\"").append(Svg.px(f.x(k + 0.5)))
                .append("\" y1=\"").append(Svg.px(f.y(pooled))).append("\" y2=\"").append(Svg.px(f.y(pooled)))
                .append("\" stroke=\"#000\" stroke-dasharray=\"4,3\"/>");
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            long x = Svg.px(f.x(i + 1));
            s.append("<g class=\"band\" data-band=\"").append(Svg.esc(p.label())).append("\"><path d=\"M").append(x)
                    .append(' ').append(Svg.px(f.y(p.lower()))).append('V').append(Svg.px(f.y(p.upper())))
                    .append("M").append(x - 4).append(' ').append(Svg.px(f.y(p.lower()))).append("h8M").append(x - 4)
                    .append(' ').append(Svg.px(f.y(p.upper()))).append("h8\" stroke=\"#333\"/><circle cx=\"").append(x)
                    .append("\" cy=\"").append(Svg.px(f.y(p.value()))).append("\" r=\"4\" fill=\"")
                    .append(incomplete ? "#fff" : "#000").append("\" stroke=\"#000\"><title>").append(Svg.esc(p.label()))
                    .append(": ").append(labels.value(p.value())).append(" (").append(p.workers())
                    .append(p.workers() == 1 ? " worker, " : " workers, ").append(Svg.count(p.numerator())).append(" of ")
                    .append(Svg.count(p.denominator())).append(' ').append(Svg.esc(labels.countedIn()))
                    .append(String.format(Locale.ROOT, "; 95%% interval %s to %s)", labels.value(p.lower()),
                            labels.value(p.upper()))).append("</title></circle></g>");
        }
        Legend legend = new Legend(f);
        legend.dot(incomplete ? "band (incomplete)" : "band", "#000", incomplete);
        legend.line("95% interval", "#333", "");
        legend.line("all bands " + labels.value(pooled), "#000", "4,3");
        return s.append(legend).append("</svg>").toString();
    }
}
