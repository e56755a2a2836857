package org.childstat.indicators.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonStringTest {
    @Test
    void of_escapesQuotesBackslashesAndControls() {
        assertEquals("\"a\\\"b\\\\c\\n\\u0001\"", JsonString.of("a\"b\\c\n\u0001", false));
        assertEquals("null", JsonString.of(null, false));
        assertEquals("\"</script>\"", JsonString.of("</script>", false), "outside a script, < is itself");
    }

    @Test
    void of_inScript_cannotEndTheScriptElementOrBreakJavaScript() {
        assertEquals("\"\\u003c/script\\u003e\\u003cimg src=x onerror=alert(1)\\u003e \\u0026amp; \\u2028\\u2029\"",
                JsonString.of("</script><img src=x onerror=alert(1)> &amp; \u2028\u2029", true));
        assertEquals("\"\uD83D\uDE00 \\ud800\"", JsonString.of("\uD83D\uDE00 \uD800", true), "pairs kept, a lone surrogate escaped");
    }
}
