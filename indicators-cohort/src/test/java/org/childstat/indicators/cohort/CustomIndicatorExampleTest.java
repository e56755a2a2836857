package org.childstat.indicators.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * docs/custom-indicators.md's example, docs/examples/custom-indicator.jsh, runs in JShell as the
 * page says and prints what it says: the new indicator's county result, the 12-month one's for
 * the same period, the offices, the exclusions and one explanation.
 */
class CustomIndicatorExampleTest {
    @Test
    void theJShellExample_runsAndPrintsTheCustomIndicatorsResults() throws Exception {
        Path script = Path.of("..", "docs", "examples", "custom-indicator.jsh").toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(script), script.toString());
        String jshell = Path.of(System.getProperty("java.home"), "bin", "jshell").toString();
        // the classes this module's tests run with: the library and what it needs
        List<String> path = new ArrayList<>();
        for (String property : new String[] {"jdk.module.path", "java.class.path"}) {
            String value = System.getProperty(property);
            if (value != null && !value.isBlank()) {
                path.add(value);
            }
        }
        Path prefs = Files.createTempDirectory("jshell-prefs"); // jshell keeps its preferences there, not in $HOME
        Process p = new ProcessBuilder(jshell, "-J-Djava.util.prefs.userRoot=" + prefs, "-R-Xmx1g", "--class-path",
                String.join(File.pathSeparator, path), script.toString()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "jshell finished");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.lines().noneMatch(l -> l.startsWith("Error:") || l.contains("Exception java.")), out);
        List<String> lines = out.lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("REUNIFICATION_6M_ENTRY ") && l.contains(" COUNTY COUNTY: ")
                && l.contains("%")), out);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("REUNIFICATION_12M_ENTRY ") && l.contains(" COUNTY COUNTY: ")),
                out);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("REUNIFICATION_6M_ENTRY ") && l.contains(" OFFICE ")), out);
        assertTrue(lines.stream().anyMatch(l -> l.contains("REUNIFICATION_6M_ENTRY") && l.contains("STAY_UNDER_8_DAYS")),
                "the exclusion counts: " + out);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("REUNIFICATION_6M_ENTRY ") && l.contains(" child ")), out);
    }
}
