package org.childstat.indicators.scorecard.grid;

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

/**
 * Headless Chromium (Debian's {@code chromium}) driven through the DevTools protocol with the
 * JDK's HttpClient and WebSocket, on loopback only: open a file, evaluate JavaScript, take a
 * screenshot, and list every URL the page requested. For the browser tests and the
 * click-to-paint measurement; nothing here depends on JUnit.
 */
public final class Chromium implements AutoCloseable {
    /** Where Debian installs it. */
    public static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

    private final Process process;
    private final Path profile;
    private final Cdp cdp;

    private Chromium(Process process, Path profile, Cdp cdp) {
        this.process = process;
        this.profile = profile;
        this.cdp = cdp;
    }

    /** Whether chromium is installed here. */
    public static boolean installed() {
        return Files.isExecutable(EXECUTABLE);
    }

    /**
     * Starts a headless browser with a window of the given size; its log goes to {@code log}.
     *
     * @throws IllegalStateException if it is not installed or its DevTools endpoint does not come up
     */
    public static Chromium start(int width, int height, Path log) throws Exception {
        if (!installed()) {
            throw new IllegalStateException(EXECUTABLE + " is not installed (apt-get install chromium)");
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path profile = Files.createTempDirectory("chromium-profile");
        Process chrome = new ProcessBuilder(EXECUTABLE.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=" + port,
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "about:blank")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        HttpClient http = HttpClient.newHttpClient();
        String pageWs = null;
        for (int attempt = 0; attempt < 200 && pageWs == null; attempt++) {
            try {
                String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString()).body();
                Matcher m = Pattern.compile("\"webSocketDebuggerUrl\":\\s*\"(ws://[^\"]+/page/[^\"]+)\"").matcher(list);
                if (m.find()) {
                    pageWs = m.group(1);
                }
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        if (pageWs == null) {
            chrome.destroy();
            throw new IllegalStateException("chromium's DevTools endpoint did not come up; see " + log);
        }
        Cdp cdp = new Cdp(http, pageWs);
        cdp.call("Network.enable", "{}");
        cdp.call("Page.enable", "{}");
        cdp.call("Runtime.enable", "{}");
        return new Chromium(chrome, profile, cdp);
    }

    /** Opens a file (with an optional {@code #fragment}) and waits for its load event. */
    public void open(Path file, String fragment) throws Exception {
        // from a blank page, so that a new fragment of the same file is a new load, not a scroll
        cdp.events.clear();
        cdp.call("Page.navigate", "{\"url\":\"about:blank\"}");
        cdp.waitFor("Page.loadEventFired");
        cdp.events.clear();
        String url = file.toUri() + (fragment == null ? "" : "#" + fragment);
        cdp.call("Page.navigate", "{\"url\":\"" + url.replace("\"", "%22") + "\"}");
        cdp.waitFor("Page.loadEventFired");
    }

    /** Evaluates an expression (awaiting a promise) and returns its value as text. */
    public String eval(String expression) throws Exception {
        String escaped = expression.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        String reply = cdp.call("Runtime.evaluate", "{\"expression\":\"Promise.resolve(" + escaped
                + ").then(String)\",\"returnByValue\":true,\"awaitPromise\":true}");
        if (reply.contains("\"exceptionDetails\"")) {
            throw new IllegalStateException("the page threw: " + reply.substring(0, Math.min(600, reply.length())));
        }
        return Cdp.stringField(reply, "value");
    }

    /** Waits until {@code condition} evaluates to true (at most 20 s). */
    public void waitUntil(String condition) throws Exception {
        for (int i = 0; i < 400; i++) {
            if (eval("!!(" + condition + ")").equals("true")) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("timed out waiting for " + condition);
    }

    /** A PNG of the viewport, or of the whole page when {@code fullPage}. */
    public byte[] screenshot(boolean fullPage) throws Exception {
        String params = fullPage ? "{\"format\":\"png\",\"captureBeyondViewport\":true,\"clip\":{\"x\":0,\"y\":0,\"width\":"
                + eval("document.documentElement.scrollWidth") + ",\"height\":"
                + eval("Math.min(6000, document.documentElement.scrollHeight)") + ",\"scale\":1}}" : "{\"format\":\"png\"}";
        return Base64.getDecoder().decode(Cdp.stringField(cdp.call("Page.captureScreenshot", params), "data"));
    }

    /** The page as the browser's print to PDF gives it (print media, backgrounds). */
    public byte[] pdf() throws Exception {
        return Base64.getDecoder().decode(Cdp.stringField(cdp.call("Page.printToPDF",
                "{\"printBackground\":true,\"preferCSSPageSize\":false}"), "data"));
    }

    /** Lays the page out as for printing (CSS print media), or back as for the screen. */
    public void emulatePrint(boolean print) throws Exception {
        cdp.call("Emulation.setEmulatedMedia", "{\"media\":\"" + (print ? "print" : "") + "\"}");
    }

    /** The uncaught exceptions of the page opened last (the DevTools events, as JSON text). */
    public List<String> exceptions() {
        return cdp.events.stream().filter(e -> e.contains("\"method\":\"Runtime.exceptionThrown\"")).toList();
    }

    /** Every URL the pages requested so far. */
    public List<String> requested() {
        return List.copyOf(cdp.requested);
    }

    @Override
    public void close() throws Exception {
        try {
            cdp.ws.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // the browser goes anyway
        }
        process.destroy();
        process.waitFor(10, TimeUnit.SECONDS);
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
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

        String call(String method, String params) throws Exception {
            CompletableFuture<String> f = new CompletableFuture<>();
            int id;
            synchronized (this) {
                id = next++;
                pending.put(id, f);
                ws.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true).join();
            }
            return f.get(60, TimeUnit.SECONDS);
        }

        static String stringField(String message, String field) {
            Matcher m = Pattern.compile("\"" + field + "\":\\s*\"").matcher(message);
            if (!m.find()) {
                throw new IllegalStateException("no " + field + " in " + message.substring(0, Math.min(300, message.length())));
            }
            StringBuilder out = new StringBuilder();
            for (int i = m.end(); i < message.length(); i++) {
                char c = message.charAt(i);
                if (c == '\\') {
                    char e = message.charAt(++i);
                    switch (e) {
                        case 'n' -> out.append('\n');
                        case 't' -> out.append('\t');
                        case 'u' -> {
                            out.append((char) Integer.parseInt(message.substring(i + 1, i + 5), 16));
                            i += 4;
                        }
                        default -> out.append(e);
                    }
                } else if (c == '"') {
                    return out.toString();
                } else {
                    out.append(c);
                }
            }
            throw new IllegalStateException("unterminated " + field);
        }

        void waitFor(String event) throws InterruptedException {
            for (int i = 0; i < 1200; i++) {
                if (events.stream().anyMatch(e -> e.contains("\"method\":\"" + event + "\""))) {
                    return;
                }
                Thread.sleep(50);
            }
            throw new IllegalStateException("no " + event);
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
    }
}
