package io.github.cloudbaseauth.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every generated model relies on: reading with located errors, writing back, showing without secrets. */
class ModelSupportTest {
    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void toStringShowsTheSetFieldsWithEverySecretRedactedNestedOnesToo() {
        String shown = ModelSupport.show(Set.of("x-spec-secret"), "Thing",
                "username", "username", "alice", false,
                "password", "password", "Passw0rd!secret", true,
                "specSecret", "x-spec-secret", "spec-secret-value", false,
                "refreshToken", "refresh_token", "rt-secret", false,
                "meta", "meta", Map.of("provider_token", "pt-secret", "list", List.of(Map.of("code", "c-secret"))), false,
                "unset", "unset", null, false);
        assertEquals(0, countOf(shown, "secret-value") + countOf(shown, "Passw0rd") + countOf(shown, "rt-secret")
                + countOf(shown, "pt-secret") + countOf(shown, "c-secret"), shown);
        assertTrue(shown.startsWith("Thing{username=\"alice\", password=[REDACTED]"), shown);
        assertFalse(shown.contains("unset"), shown);
    }

    private static int countOf(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void aWrongTypeOrAMissingRequiredFieldNamesTheFieldNeverTheValue() throws Exception {
        JsonNode node = json("{\"total\":\"secret-ish\",\"when\":\"yesterday\",\"n\":1.5}");
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> ModelSupport.int32(ModelSupport.field(node, "total", true), "total"));
        assertEquals("total: expected an integer, got a JSON string", wrong.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ModelSupport.field(node, "absent", true));
        IllegalArgumentException date = assertThrows(IllegalArgumentException.class,
                () -> ModelSupport.dateTime(ModelSupport.field(node, "when", true), "when"));
        assertFalse(date.getMessage().contains("yesterday"));
        assertThrows(IllegalArgumentException.class, () -> ModelSupport.int64(ModelSupport.field(node, "n", true), "n"));
    }

    @Test
    void dateTimesKeepTheirInstantAndOffset() throws Exception {
        OffsetDateTime t = ModelSupport.dateTime(json("\"2026-01-01T08:00:00+08:00\""), "t");
        assertEquals("2026-01-01T00:00:00Z", t.toInstant().toString());
        assertEquals("\"2026-01-01T08:00:00+08:00\"", ModelSupport.node(t).toString(), "written back with its offset, not relabelled Z");
    }
}
