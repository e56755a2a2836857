package org.childstat.indicators.scorecard.plot;

/**
 * A chart's geometry: the SVG's size, the plot area inside its margins, and the data ranges
 * mapped onto it; draws the frame, the title and the two axes with their ticks. Immutable.
 */
final class Frame {
    final int width, height, left, right, top, bottom;
    final double x0, x1, y0, y1;

    Frame(int width, int height, int left, int right, int top, int bottom, double x0, double x1, double y0, double y1) {
        this.width = width;
        this.height = height;
        this.left = left;
        this.right = right;
        this.top = top;
        this.bottom = bottom;
        this.x0 = x0;
        this.x1 = x1 > x0 ? x1 : x0 + 1;
        this.y0 = y0;
        this.y1 = y1 > y0 ? y1 : y0 + 1;
    }

    double x(double v) {
        return left + (width - left - right) * (v - x0) / (x1 - x0);
    }

    double y(double v) {
        return height - bottom - (height - top - bottom) * (v - y0) / (y1 - y0);
    }

    /** The bottom of the plot area, in pixels. */
    double floor() {
        return height - bottom;
    }

    /** Opens the SVG: size, accessible name, title. */
    void open(StringBuilder s, Labels labels, String kind, boolean standalone) {
        s.append("<svg");
        if (standalone) {
            s.append(" xmlns=\"http://www.w3.org/2000/svg\"");
        }
        s.append(" width=\"").append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" role=\"img\" aria-label=\"").append(kind).append(" of ")
                .append(Svg.esc(labels.title())).append("\" font-family=\"sans-serif\">");
        if (standalone) {
            s.append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>");
        }
        s.append("<text x=\"").append(left).append("\" y=\"14\" font-size=\"11\" font-weight=\"bold\">")
                .append(Svg.esc(labels.title())).append("</text>");
    }

    /** The value axis: a line, ticks with labels and light grid lines, and its title along it. */
    void yAxis(StringBuilder s, double[] ticks, String title) {
        double step = ticks.length > 1 ? ticks[1] - ticks[0] : 1;
        StringBuilder grid = new StringBuilder();
        for (double t : ticks) {
            grid.append('M').append(left).append(' ').append(Svg.px(y(t))).append('H').append(width - right);
        }
        s.append("<path d=\"").append(grid).append("\" stroke=\"#eee\"/><g class=\"axis\" font-size=\"9\" fill=\"#333\">");
        for (double t : ticks) {
            s.append("<text x=\"").append(left - 4).append("\" y=\"").append(Svg.px(y(t)) + 3)
                    .append("\" text-anchor=\"end\">").append(Svg.tick(t, step)).append("</text>");
        }
        s.append("<path d=\"M").append(left).append(' ').append(top).append('V').append(Svg.px(floor()))
                .append("\" stroke=\"#333\"/>");
        long mid = Svg.px((top + floor()) / 2);
        s.append("<text transform=\"translate(10 ").append(mid).append(") rotate(-90)\" text-anchor=\"middle\">")
                .append(Svg.esc(title)).append("</text></g>");
    }

    /**
     * The horizontal axis: numeric ticks ({@code labels} null) or one tick per position
     * {@code ticks[i]} labelled {@code labels[i]} (an empty label: a tick only).
     */
    void xAxis(StringBuilder s, double[] ticks, String[] labels, String title) {
        long base = Svg.px(floor());
        StringBuilder marks = new StringBuilder("M").append(left).append(' ').append(base).append('H').append(width - right);
        StringBuilder texts = new StringBuilder();
        for (int i = 0; i < ticks.length; i++) {
            long x = Svg.px(x(ticks[i]));
            String label = labels == null ? Svg.count(ticks[i]) : labels[i];
            marks.append('M').append(x).append(' ').append(base).append('v').append(label.isEmpty() ? 2 : 4);
            if (!label.isEmpty()) {
                String anchor = x > width - right - 14 ? "end" : x < left + 14 && i > 0 ? "start" : "middle";
                texts.append("<text x=\"").append(x).append("\" y=\"").append(base + 13).append("\" text-anchor=\"")
                        .append(anchor).append("\">").append(Svg.esc(label)).append("</text>");
            }
        }
        s.append("<g class=\"axis\" font-size=\"9\" fill=\"#333\"><path d=\"").append(marks)
                .append("\" stroke=\"#333\"/>").append(texts);
        if (title != null) {
            s.append("<text x=\"").append(Svg.px((left + width - right) / 2.0)).append("\" y=\"").append(base + 25)
                    .append("\" text-anchor=\"middle\">").append(Svg.esc(title)).append("</text>");
        }
        s.append("</g>");
    }

    /** Appends {@code M x y} (first) or {@code L x y} to a path. */
    void lineTo(StringBuilder path, boolean first, double xv, double yv) {
        path.append(first ? 'M' : 'L').append(Svg.px(x(xv))).append(' ').append(Svg.px(y(Math.max(y0, yv))));
    }
}
