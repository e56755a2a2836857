package org.childstat.indicators.scorecard.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.childstat.indicators.cohort.Indicators;
import org.childstat.indicators.core.indicator.ReportingPeriod;
import org.childstat.indicators.core.indicator.ResultTable;
import org.childstat.indicators.core.io.CaseDataReader;
import org.childstat.indicators.core.model.CaseData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * scorecard.html in a real browser: headless Chromium (Debian's {@code chromium}, which
 * {@code .ci/run} installs) opens the page, the test clicks the bureau's toggle through the
 * DevTools protocol (JDK HttpClient and WebSocket, on loopback only), checks that the offices are
 * shown after the click, takes a screenshot ({@code target/scorecard-drilldown.png}), and checks
 * that no request left the page. Skipped where no Chromium is installed.
 */
class ScorecardBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void clickingABureauShowsItsOffices_andNoRequestLeavesThePage() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed");
        CaseData data = CaseDataReader.read(Path.of("../indicators-cohort/src/test/resources/worked-example"));
        ReportingPeriod ffy = ReportingPeriod.parse("FFY2024");
        ResultTable results = Indicators.compute(data, List.of(ffy)).results();
        VariationTable variation = VariationTable.of(results);
        Scorecard card = Scorecard.of(results, variation, ffy, data.orgUnits(), data.workerSpells(),
                Scorecard.NATIONAL_PERFORMANCE);
        Path target = Path.of("target").toAbsolutePath();
        Files.createDirectories(target);
        Path page = target.resolve("scorecard-test.html");
        ScorecardPage.write(page, card, variation, TrendTable.of(Indicators.compute(data, ReportingPeriod.months(24,
                data.asOf())).results()), data.dataQuality(), data.asOf(), Map.of("periods", "FFY2024"));

        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path profile = Files.createTempDirectory("chromium-profile");
        Process chrome = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=" + port,
                "--user-data-dir=" + profile, "--window-size=1400,900", "about:blank")
                .redirectErrorStream(true).redirectOutput(target.resolve("chromium.log").toFile()).start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            String pageWs = null;
            for (int attempt = 0; attempt < 100 && pageWs == null; attempt++) {
                try {
                    String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString()).body();
                    Matcher m = Pattern.compile("\"type\":\\s*\"page\"[^}]*?\"webSocketDebuggerUrl\":\\s*\"([^\"]+)\"")
                            .matcher(list);
                    if (!m.find()) {
                        m = Pattern.compile("\"webSocketDebuggerUrl\":\\s*\"(ws://[^\"]+/page/[^\"]+)\"").matcher(list);
                    }
                    if (m.find(0)) {
                        pageWs = m.group(1);
                    }
                } catch (IOException e) {
                    Thread.sleep(100);
                }
            }
            assertTrue(pageWs != null, "chromium's DevTools endpoint did not come up");
            Cdp cdp = new Cdp(http, pageWs);
            cdp.call("Network.enable", "{}");
            cdp.call("Page.enable", "{}");
            cdp.call("Page.navigate", "{\"url\":\"" + page.toUri() + "\"}");
            cdp.waitFor("Page.loadEventFired");
            assertEquals("0", cdp.evaluate("String(document.querySelectorAll('tr.lvl-OFFICE:not([hidden])').length)"));
            cdp.evaluate("document.querySelector('button.toggle[data-key=\"BUREAU:B1\"]').click(), 'clicked'");
            assertEquals("2", cdp.evaluate("String(document.querySelectorAll('tr.lvl-OFFICE:not([hidden])').length)"),
                    "both offices of B1 are shown after the click");
            assertEquals("true", cdp.evaluate(
                    "String(document.querySelector('button.toggle[data-key=\"BUREAU:B1\"]').getAttribute('aria-expanded'))"));
            cdp.evaluate("(function(){var s=document.getElementById('funnel-level');s.value='UNIT';"
                    + "s.dispatchEvent(new Event('change'));return 'ok';})()");
            assertEquals("false", cdp.evaluate("String(document.querySelector('#funnels .plots[data-level=\"UNIT\"]').hidden)"),
                    "choosing units shows the units' funnel plots");
            String png = cdp.result(cdp.call("Page.captureScreenshot", "{\"format\":\"png\"}"), "data");
            Files.write(target.resolve("scorecard-drilldown.png"), Base64.getDecoder().decode(png));
            for (String url : cdp.requested) {
                assertTrue(url.startsWith("file:") || url.startsWith("data:") || url.startsWith("about:"),
                        "a request left the page: " + url);
            }
            cdp.close();
        } finally {
            chrome.destroy();
            chrome.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** A minimal DevTools protocol client: numbered calls, their results, events, requested URLs. */
    static final class Cdp implements WebSocket.Listener {
        final WebSocket ws;
        final Map<Integer, CompletableFuture<String>> pending = new ConcurrentHashMap<>();
        final List<String> events = new CopyOnWriteArrayList<>();
        final List<String> requested = new CopyOnWriteArrayList<>();
        final StringBuilder partial = new StringBuilder();
        int next = 1;

        Cdp(HttpClient http, String url) throws Exception {
            ws = http.newWebSocketBuilder().buildAsync(URI.create(url), this).get(10, TimeUnit.SECONDS);
        }

        synchronized String call(String method, String params) throws Exception {
            int id = next++;
            CompletableFuture<String> f = new CompletableFuture<>();
            pending.put(id, f);
            ws.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true).join();
            return f.get(20, TimeUnit.SECONDS);
        }

        String evaluate(String expression) throws Exception {
            String escaped = expression.replace("\\", "\\\\").replace("\"", "\\\"");
            return result(call("Runtime.evaluate", "{\"expression\":\"" + escaped + "\",\"returnByValue\":true}"), "value");
        }

        String result(String message, String field) {
            Matcher m = Pattern.compile("\"" + field + "\":\\s*\"").matcher(message);
            if (!m.find()) {
                throw new AssertionError("no " + field + " in " + message.substring(0, Math.min(300, message.length())));
            }
            StringBuilder out = new StringBuilder();
            for (int i = m.end(); i < message.length(); i++) {
                char c = message.charAt(i);
                if (c == '\\') {
                    out.append(message.charAt(++i));
                } else if (c == '"') {
                    return out.toString();
                } else {
                    out.append(c);
                }
            }
            throw new AssertionError("unterminated " + field);
        }

        void waitFor(String event) throws InterruptedException {
            for (int i = 0; i < 200; i++) {
                if (events.stream().anyMatch(e -> e.contains("\"method\":\"" + event + "\""))) {
                    return;
                }
                Thread.sleep(50);
            }
            throw new AssertionError("no " + event);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                Matcher id = Pattern.compile("^\\{\"id\":(\\d+)").matcher(message);
                if (id.find()) {
                    CompletableFuture<String> f = pending.remove(Integer.parseInt(id.group(1)));
                    if (f != null) {
                        f.complete(message);
                    }
                } else {
                    events.add(message);
                    if (message.contains("\"method\":\"Network.requestWillBeSent\"")) {
                        Matcher url = Pattern.compile("\"request\":\\{\"url\":\"([^\"]*)\"").matcher(message);
                        if (url.find()) {
                            requested.add(url.group(1));
                        }
                    }
                }
            }
            webSocket.request(1);
            return null;
        }

        void close() {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
        }

    }
}
