package org.childstat.indicators.scorecard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code funnel --plot} and {@code chart --plot}: the SVG draws what the CSV says, from the same
 * drawing code as scorecard.html. Each file is parsed as XML (a stray {@code <} or {@code &} in an
 * id would break it) and read point by point against the CSV beside it.
 */
class PlotCommandTest {
    @TempDir
    Path dir;
    final CapturedChildstat cli = new CapturedChildstat();

    static Document svg(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document d = f.newDocumentBuilder().parse(file.toFile());
        assertEquals("svg", d.getDocumentElement().getLocalName());
        assertEquals("http://www.w3.org/2000/svg", d.getDocumentElement().getNamespaceURI(), "a file of its own");
        return d;
    }

    static List<Element> elements(Document d, String tag, String attribute) {
        List<Element> out = new ArrayList<>();
        NodeList all = d.getElementsByTagNameNS("*", tag);
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (attribute == null || e.hasAttribute(attribute)) {
                out.add(e);
            }
        }
        return out;
    }

    static String texts(Document d) {
        StringBuilder out = new StringBuilder();
        elements(d, "text", null).forEach(t -> out.append(t.getTextContent()).append('|'));
        return out.toString();
    }

    @Test
    void funnelPlot_onePointPerEntity_blackBeyondTheLimits_axesAndLegend() throws Exception {
        Path t = Files.writeString(dir.resolve("offices.csv"), "entity_id,numerator,denominator\n"
                + "A<1>&,2,40\nB,30,60\nC,5,80\nD,60,120\nE,9,200\nF,90,300\nG,40,150\n");
        Path o = dir.resolve("o.csv"), plot = dir.resolve("o.svg");
        assertEquals(0, cli.run("funnel", "--input", t.toString(), "--out", o.toString(), "--overdispersion", "none",
                "--plot", plot.toString()),
                cli.err());
        assertTrue(cli.out().contains(plot.toString()), cli.out());
        Document d = svg(plot);
        List<Map<String, String>> rows = Rfc4180.rows(o);
        List<Element> points = elements(d, "circle", "data-e");
        assertEquals(rows.size(), points.size());
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            Element p = points.get(i);
            assertEquals(row.get("entity_id"), p.getAttribute("data-e"));
            assertEquals(row.get("funnel_band").startsWith("WITHIN") ? "#999" : "#000", p.getAttribute("fill"),
                    row.toString());
            assertTrue(p.getTextContent().startsWith(row.get("entity_id") + ": "), p.getTextContent());
        }
        // placed by the CSV: the largest denominator furthest right, a higher value higher up (smaller y)
        Element right = points.stream().max(Comparator.comparingDouble(p -> Double.parseDouble(p.getAttribute("cx"))))
                .orElseThrow();
        assertEquals("F", right.getAttribute("data-e"));
        Element top = points.stream().min(Comparator.comparingDouble(p -> Double.parseDouble(p.getAttribute("cy"))))
                .orElseThrow();
        String highest = rows.stream().max(Comparator.comparingDouble(r -> Double.parseDouble(r.get("value"))))
                .orElseThrow().get("entity_id");
        assertEquals(highest, top.getAttribute("data-e"));
        String text = texts(d);
        assertTrue(text.contains("|denominator|") && text.contains("|%|"), "axis titles: " + text);
        assertTrue(text.contains("|0|") && text.contains("|100|"), "ticks: " + text);
        assertTrue(text.contains("target ") && text.contains("|95%|") && text.contains("|99.8%|")
                && text.contains("|within|") && text.contains("|beyond|"), "legend: " + text);
        assertTrue(rows.stream().anyMatch(r -> !r.get("funnel_band").startsWith("WITHIN")), "the test has a point beyond");
    }

    @Test
    void chartPlot_onePointPerRow_signalsAsTheCsvSays_axesAndLegend() throws Exception {
        StringBuilder s = new StringBuilder("period,numerator,denominator\n");
        for (int i = 0; i < 24; i++) {
            s.append(String.format("2024-%02d", i % 12 + 1).replace("2024", i < 12 ? "2024" : "2025")).append(',')
                    .append(i < 12 ? (i % 2 == 0 ? 38 : 42) : 48).append(",200\n");
        }
        Path t = Files.writeString(dir.resolve("series.csv"), s.toString());
        Path o = dir.resolve("c.csv"), plot = dir.resolve("c.svg");
        assertEquals(0, cli.run("chart", "--input", t.toString(), "--out", o.toString(), "--type", "p-prime", "--plot",
                plot.toString()), cli.err());
        Document d = svg(plot);
        List<Map<String, String>> rows = Rfc4180.rows(o);
        List<Element> points = elements(d, "circle", "data-period");
        assertEquals(rows.size(), points.size());
        int signals = 0;
        for (int i = 0; i < rows.size(); i++) {
            boolean signal = rows.get(i).get("signal").equals("Y");
            assertEquals(rows.get(i).get("period"), points.get(i).getAttribute("data-period"));
            assertEquals(signal ? "pt-signal" : "pt", points.get(i).getAttribute("class"), rows.get(i).toString());
            assertEquals(signal ? "#000" : "#777", points.get(i).getAttribute("fill"));
            signals += signal ? 1 : 0;
        }
        assertTrue(signals > 0 && signals < rows.size(), "some signal, not all: " + signals);
        String text = texts(d);
        assertTrue(text.contains("|2024-04|") && text.contains("|2025-12|"), "time labels, the last one shown: " + text);
        assertTrue(text.contains("|centre|") && text.contains("|3-sigma limits|") && text.contains("|signal|"),
                "legend: " + text);
        assertTrue(text.contains("p-prime chart, mdc rules"), text);
    }
}
