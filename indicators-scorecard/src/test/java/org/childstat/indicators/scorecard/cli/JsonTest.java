package org.childstat.indicators.scorecard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command's JSON writer, read back with the tests' strict parser. */
class JsonTest {
    @Test
    void string_everyAsciiCharacter_readsBackAsItself() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            all.append(c);
        }
        all.append("\u00e9\u20ac\ud83d\ude00 \u2028");
        assertEquals(all.toString(), StrictJson.parse(Json.string(all.toString())));
    }

    @Test
    void string_quoteBackslashAndControlCharacters_areEscaped() {
        assertEquals("\"a\\\"b\\\\c\"", Json.string("a\"b\\c"));
        assertEquals("\"\\n\\r\\t\\u0000\\u001f\\u0008\"", Json.string("\n\r\t\u0000\u001f\b"));
        assertEquals("null", Json.string(null));
    }

    @Test
    void string_loneSurrogate_isEscapedNotWrittenRaw() {
        assertEquals("\"x\\ud800y\"", Json.string("x\ud800y"));
        assertEquals("\"\\udc00\"", Json.string("\udc00"));
        assertEquals("\"\ud83d\ude00\"", Json.string("\ud83d\ude00"), "a pair is one character, written as it is");
    }

    @Test
    void number_notFinite_isNull() {
        assertEquals("null", Json.number(Double.NaN));
        assertEquals("null", Json.number(Double.POSITIVE_INFINITY));
        assertEquals("0.000201910739", Json.number(2.0191073897e-04));
        assertEquals("-3", Json.number(-3.0));
    }

    @Test
    void object_membersInOrder_parse() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", 3);
        m.put("x", 0.5);
        m.put("nan", Double.NaN);
        m.put("ok", true);
        m.put("s", "a\"b");
        m.put("none", null);
        Map<String, Object> back = StrictJson.object(Json.object(m));
        assertEquals(List.of("n", "x", "nan", "ok", "s", "none"), List.copyOf(back.keySet()));
        assertEquals(3.0, back.get("n"));
        assertEquals(0.5, back.get("x"));
        assertEquals(null, back.get("nan"));
        assertEquals(true, back.get("ok"));
        assertEquals("a\"b", back.get("s"));
        assertThrows(IllegalArgumentException.class, () -> Json.object(Map.of("list", List.of())));
    }

    @Test
    void strictParser_rejectsWhatJsonDoesNotAllow() {
        for (String bad : List.of("{\"a\": \"x\ny\"}", "{\"a\": 1,}", "[01]", "{\"a\": \"\\x\"}", "{\"a\": 1} x",
                "{\"a\": 1, \"a\": 2}", "\"a\"b\"", "[1.]", "{a: 1}")) {
            assertThrows(AssertionError.class, () -> StrictJson.parse(bad), bad);
        }
    }
}
