package org.childstat.indicators.scorecard.plot;

/** A chart's legend: one row of samples and their names along the bottom edge. Not thread-safe. */
final class Legend {
    private final StringBuilder s = new StringBuilder("<g class=\"legend\" font-size=\"9\" fill=\"#333\">");
    private final long y;
    private long x;

    Legend(Frame f) {
        this.y = f.height - 8;
        this.x = f.left - 40;
    }

    /** A line sample (dashed when {@code dash} is not empty). */
    void line(String name, String colour, String dash) {
        s.append("<line x1=\"").append(x).append("\" x2=\"").append(x + 16).append("\" y1=\"").append(y - 3)
                .append("\" y2=\"").append(y - 3).append("\" stroke=\"").append(colour).append('"')
                .append(dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"").append("/>");
        text(x + 19, name);
    }

    /** A point sample: filled, or hollow (white inside). */
    void dot(String name, String colour, boolean hollow) {
        s.append("<circle cx=\"").append(x + 4).append("\" cy=\"").append(y - 3).append("\" r=\"3\" fill=\"")
                .append(hollow ? "#fff" : colour).append("\" stroke=\"").append(colour).append("\"/>");
        text(x + 10, name);
    }

    private void text(long at, String name) {
        s.append("<text x=\"").append(at).append("\" y=\"").append(y).append("\">").append(Svg.esc(name)).append("</text>");
        x = at + Math.round(name.length() * 5.2) + 10;
    }

    @Override
    public String toString() {
        return s + "</g>";
    }
}
