package org.childstat.indicators.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class MarkupTest {
    @Test
    void escape_theFiveCharactersAndControls() {
        assertEquals("&lt;img src=x onerror=&quot;a(&#39;1&#39;)&quot;&gt; &amp; \uFFFD\uFFFD\tok\n",
                Markup.escape("<img src=x onerror=\"a('1')\"> & \u0000\u001b\tok\n"));
        assertEquals("", Markup.escape(null));
        String plain = "Office 3";
        assertSame(plain, Markup.escape(plain), "nothing to escape: the same string");
    }
}
