package org.childstat.indicators.scorecard.plot;

import java.util.List;
import org.childstat.indicators.scorecard.variation.FunnelComparison;

/**
 * A funnel plot as SVG: each entity's value against its denominator, the target line, and the
 * limits the comparison used at every denominator ({@link FunnelComparison.Result#limitsAt}:
 * adjusted for overdispersion when the comparison was), the first level solid and the others
 * dashed. Axes carry scale ticks (values in the chart's unit, denominators in what they count),
 * a legend names the lines and points, and every point has a tooltip with its entity, value and
 * {@code n}. Points within the first level's limits are grey, points beyond them black (larger
 * beyond the last level), and the highlighted entity, if any, is ringed and named. Entities with
 * a zero denominator are not drawn. Stateless and thread-safe.
 */
public final class FunnelPlot {
    static final int W = 380, H = 250, LEFT = 48, RIGHT = 12, TOP = 22, BOTTOM = 58;

    private FunnelPlot() {
    }

    /**
     * Draws a comparison.
     *
     * @param labels     the chart's text
     * @param result     the comparison (its options' scale gives the unit of values)
     * @param highlight  the entity to ring and name, or null
     * @param standalone whether the SVG is a file of its own (with the XML namespace and a white
     *                   background) rather than inline in a page
     * @return the SVG markup
     */
    public static String svg(Labels labels, FunnelComparison.Result result, String highlight, boolean standalone) {
        List<FunnelComparison.Row> rows = result.rows().stream().filter(r -> r.tally().denominator() > 0).toList();
        double scale = result.options().scale();
        double target = result.target() * scale;
        double maxN = 1, minN = Double.POSITIVE_INFINITY, maxV = target, minV = target;
        for (FunnelComparison.Row r : rows) {
            maxN = Math.max(maxN, r.tally().denominator());
            minN = Math.min(minN, r.tally().denominator());
            maxV = Math.max(maxV, r.value());
            minV = Math.min(minV, r.value());
        }
        if (!Double.isFinite(minN)) {
            minN = 1;
        }
        double[] xTicks = Svg.ticks(0, maxN, 4);
        double xMax = xTicks[xTicks.length - 1];
        boolean percent = result.options().measure() == org.childstat.indicators.scorecard.variation.Measure.PERCENT;
        // the values and the target, with room around them for the limits; never past 0 or (percents) the whole
        double span = Math.max(maxV - minV, Math.max(Math.abs(target) * 0.5, 1e-9 + (percent ? scale * 0.02 : 0)));
        double yLow = Math.max(0, minV - 0.35 * span), yTop = maxV + 0.35 * span;
        if (percent) {
            yTop = Math.min(yTop, scale);
        }
        double[] yTicks = Svg.ticks(yLow, yTop, 4);
        double yMin = yTicks[0], yMax = yTicks[yTicks.length - 1];
        Frame f = new Frame(W, H, LEFT, RIGHT, TOP, BOTTOM, 0, xMax, yMin, yMax);
        StringBuilder s = new StringBuilder(4096 + rows.size() * 96);
        f.open(s, labels, "funnel plot", standalone);
        f.yAxis(s, yTicks, labels.valueAxis());
        f.xAxis(s, xTicks, null, labels.countedIn().isEmpty() ? "denominator" : labels.countedIn());
        // limit curves: geometric steps from the smallest denominator (less at the far left is noise)
        int levels = result.options().levels().length;
        int steps = 60;
        double from = Math.max(1, Math.min(minN, maxN / 50)), to = xMax;
        StringBuilder[] lo = new StringBuilder[levels], hi = new StringBuilder[levels];
        for (int l = 0; l < levels; l++) {
            lo[l] = new StringBuilder();
            hi[l] = new StringBuilder();
        }
        if (rows.size() > 0 && target >= 0) {
            for (int k = 0; k <= steps; k++) {
                double n = from * Math.pow(to / from, k / (double) steps);
                double[][] lim = result.limitsAt(n);
                for (int l = 0; l < levels; l++) {
                    f.lineTo(lo[l], k == 0, n, Math.min(lim[0][l], yMax));
                    f.lineTo(hi[l], k == 0, n, Math.min(lim[1][l], yMax));
                }
            }
            for (int l = 0; l < levels; l++) {
                String dash = l == 0 ? "" : " stroke-dasharray=\"5,3\"";
                s.append("<path class=\"lim\" d=\"").append(lo[l]).append("\" fill=\"none\" stroke=\"#555\"").append(dash)
                        .append("/><path class=\"lim\" d=\"").append(hi[l]).append("\" fill=\"none\" stroke=\"#555\"")
                        .append(dash).append("/>");
            }
        }
        s.append("<line class=\"target\" x1=\"").append(Svg.px(f.x(0))).append("\" x2=\"").append(Svg.px(f.x(xMax)))
                .append("\" y1=\"").append(Svg.px(f.y(target))).append("\" y2=\"").append(Svg.px(f.y(target)))
                .append("\" stroke=\"#000\" stroke-width=\"1.5\"/>");
        FunnelComparison.Row mine = null;
        for (FunnelComparison.Row r : rows) {
            boolean beyond = r.band() != FunnelComparison.Band.WITHIN;
            boolean far = r.band() == FunnelComparison.Band.HIGH_998 || r.band() == FunnelComparison.Band.LOW_998;
            if (r.tally().entityId().equals(highlight)) {
                mine = r;
            }
            s.append("<circle data-e=\"").append(Svg.esc(r.tally().entityId())).append("\" cx=\"")
                    .append(Svg.px(f.x(r.tally().denominator()))).append("\" cy=\"").append(Svg.px(f.y(Math.max(yMin, Math.min(r.value(), yMax)))))
                    .append("\" r=\"").append(far ? "4.5" : beyond ? "3.5" : "2.5").append("\" fill=\"")
                    .append(beyond ? "#000" : "#999").append("\"><title>").append(Svg.esc(r.tally().entityId()))
                    .append(": ").append(labels.value(r.value())).append(" (n = ").append(Svg.count(r.tally().denominator()))
                    .append(labels.countedIn().isEmpty() ? "" : " " + Svg.esc(labels.countedIn())).append("; ")
                    .append(beyond ? "beyond the " + levelName(result, far ? levels - 1 : 0) + " limits" : "within the limits")
                    .append(")</title></circle>");
        }
        if (mine != null) {
            long cx = Svg.px(f.x(mine.tally().denominator())), cy = Svg.px(f.y(Math.max(yMin, Math.min(mine.value(), yMax))));
            s.append("<g class=\"me\"><circle cx=\"").append(cx).append("\" cy=\"").append(cy)
                    .append("\" r=\"7\" fill=\"none\" stroke=\"#c00\" stroke-width=\"2\"/><text x=\"").append(cx + 9)
                    .append("\" y=\"").append(cy - 6).append("\" font-size=\"10\" fill=\"#c00\">")
                    .append(Svg.esc(mine.tally().entityId())).append("</text></g>");
        }
        Legend legend = new Legend(f);
        legend.line("target " + labels.value(target), "#000", "");
        legend.line(levelName(result, 0), "#555", "");
        if (levels > 1) {
            legend.line(levelName(result, levels - 1), "#555", "5,3");
        }
        legend.dot("within", "#999", false);
        legend.dot("beyond", "#000", false);
        s.append(legend);
        s.append("</svg>");
        return s.toString();
    }

    private static String levelName(FunnelComparison.Result result, int level) {
        return Svg.number(result.options().levels()[level] * 100, 1).replace(".0", "") + "%";
    }
}
