package org.childstat.indicators.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.childstat.indicators.core.indicator.IndicatorId;
import org.junit.jupiter.api.Test;

/**
 * docs/indicators.md, Where each indicator lives: every built-in indicator once, with its
 * definition, its family, the rule file of that family (which implements it) and the test file
 * of the same name (which tests it), all as the code has them.
 */
class RuleMapTest {
    private static final Path RULES = Path.of("src/main/java/org/childstat/indicators/cohort/internal");
    private static final Path TESTS = Path.of("src/test/java/org/childstat/indicators/cohort");
    private static final Pattern ROW = Pattern.compile(
            "^\\| `([A-Z0-9_]+)` \\| `IndicatorId\\.([A-Z0-9_]+)` \\| `([A-Z_]+)` \\| `(\\w+\\.java)` \\| `(\\w+\\.java)` \\|$");

    @Test
    void theMap_namesEachIndicatorsDefinitionRuleFileAndTestFile() throws IOException {
        String page = Files.readString(Path.of("..", "docs", "indicators.md"));
        String section = page.substring(page.indexOf("## Where each indicator lives"));
        section = section.substring(0, section.indexOf("\n## ", 5));
        List<String> listed = new ArrayList<>();
        for (String line : section.lines().toList()) {
            Matcher m = ROW.matcher(line);
            if (!line.startsWith("| `")) {
                continue;
            }
            assertTrue(m.matches(), "a map row: " + line);
            IndicatorId id = IndicatorId.parse(m.group(1));
            listed.add(id.name());
            assertEquals(id.name(), m.group(2), line);
            assertEquals(id.family().name(), m.group(3), "the family of " + id);
            String rule = Files.readString(RULES.resolve(m.group(4)));
            String ruleClass = m.group(4).replace(".java", "");
            assertTrue(rule.contains("final class " + ruleClass), m.group(4) + " is the class " + ruleClass);
            assertTrue(rule.contains(id.name()), m.group(4) + " implements " + id);
            assertTrue(rule.contains("The " + id.family().name() + " family"), m.group(4) + " says it is the family's");
            assertEquals(ruleClass + "Test.java", m.group(5), "the test file is named after the rule file");
            String test = Files.readString(TESTS.resolve(m.group(5)));
            assertTrue(test.contains(id.name()), m.group(5) + " tests " + id);
        }
        assertEquals(Arrays.stream(IndicatorId.values()).map(Enum::name).toList(), listed,
                "every indicator once, in IndicatorId's order");
    }
}
