package org.childstat.indicators.scorecard.grid;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures scorecard.html in headless Chromium: the load, and the time from a click on a
 * drill-down toggle to the next paint (two animation frames after the click handler), for the
 * first bureau, its first office and its first unit, and for opening every unit of that office at
 * once; then opening an office's book from its address. Prints one line per measurement.
 *
 * <pre>benchmarks/click-to-paint.sh childstat-demo/scorecard.html</pre>
 */
public final class ClickToPaint {
    private ClickToPaint() {
    }

    public static void main(String[] args) throws Exception {
        Path page = Path.of(args.length > 0 ? args[0] : "childstat-demo/scorecard.html").toAbsolutePath();
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        try (Chromium browser = Chromium.start(1400, 1000, Path.of(System.getProperty("java.io.tmpdir"), "chromium.log"))) {
            long t0 = System.nanoTime();
            browser.open(page, null);
            browser.waitUntil("document.body.dataset.ready !== undefined");
            System.out.printf("load %s (%d rows): %d ms%n", page.getFileName(),
                    Integer.parseInt(browser.eval("document.querySelectorAll('#grid tbody tr').length")),
                    (System.nanoTime() - t0) / 1_000_000);
            String first = "function(level,parent){return Array.from(document.querySelectorAll('#grid tbody tr'))"
                    + ".find(function(r){return r.dataset.key.indexOf(level+':')===0&&(!parent||r.dataset.parent===parent)"
                    + "&&r.querySelector('button.toggle');});}";
            String bureau = browser.eval("(" + first + ")('BUREAU').dataset.key");
            String office = browser.eval("(" + first + ")('OFFICE'," + q(bureau) + ").dataset.key");
            String unit = browser.eval("(" + first + ")('UNIT'," + q(office) + ").dataset.key");
            for (String key : List.of(bureau, office, unit)) {
                List<Double> open = new ArrayList<>(), close = new ArrayList<>();
                for (int i = 0; i < repeats; i++) {
                    open.add(clickToPaint(browser, key));
                    close.add(clickToPaint(browser, key));
                }
                clickToPaint(browser, key); // leave it open, for the level below
                System.out.printf("toggle %s: open %s ms, close %s ms%n", key, rounded(open), rounded(close));
            }
            // then every unit of the office at once (each shows its workers)
            double all = Double.parseDouble(browser.eval("new Promise(function(done){var t=performance.now();"
                    + "Array.from(document.querySelectorAll('#grid tbody tr')).filter(function(r){return r.dataset.parent==="
                    + q(office) + "&&r.querySelector('button.toggle[aria-expanded=\"false\"]');}).forEach(function(r){"
                    + "r.querySelector('button.toggle').click();});requestAnimationFrame(function(){"
                    + "requestAnimationFrame(function(){done(performance.now()-t);});});})"));
            System.out.printf("open every unit of %s: %.1f ms%n", office, all);
            long t1 = System.nanoTime();
            browser.open(page, office);
            browser.waitUntil("document.body.dataset.ready !== undefined");
            System.out.printf("open the book #%s from its address (load included): %d ms%n", office,
                    (System.nanoTime() - t1) / 1_000_000);
        }
    }

    static List<Long> rounded(List<Double> ms) {
        return ms.stream().map(Math::round).toList();
    }

    static String q(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** Clicks the row's toggle; milliseconds until two animation frames later (the next paint). */
    static double clickToPaint(Chromium browser, String key) throws Exception {
        return Double.parseDouble(browser.eval("new Promise(function(done){var r=Array.from(document.querySelectorAll("
                + "'#grid tbody tr')).find(function(r){return r.dataset.key===" + q(key) + ";});var t=performance.now();"
                + "r.querySelector('button.toggle').click();requestAnimationFrame(function(){requestAnimationFrame("
                + "function(){done(performance.now()-t);});});})"));
    }
}
