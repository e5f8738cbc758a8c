// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The vectors' arguments (JSON values by wire name) as the typed values a builder takes. */
final class VectorArgs {
    private VectorArgs() {}

    static void none(JsonNode args, String operationId) {
        if (args != null && args.size() > 0) {
            throw new IllegalArgumentException(operationId + " takes no arguments, the case gives " + args.size());
        }
    }

    /** A string; a number or boolean given to a string parameter is sent as its text. */
    static String string(JsonNode v) {
        return v.isTextual() ? v.textValue() : v.asText();
    }

    static Integer int32(JsonNode v) {
        return v.isTextual() ? Integer.valueOf(v.textValue()) : v.intValue();
    }

    static Long int64(JsonNode v) {
        return v.isTextual() ? Long.valueOf(v.textValue()) : v.longValue();
    }

    static Double number(JsonNode v) {
        return v.isTextual() ? Double.valueOf(v.textValue()) : v.doubleValue();
    }

    static Boolean bool(JsonNode v) {
        return v.isTextual() ? Boolean.valueOf(v.textValue()) : v.booleanValue();
    }

    static OffsetDateTime dateTime(JsonNode v) {
        return OffsetDateTime.parse(v.textValue());
    }

    static <T> List<T> list(JsonNode v, Function<JsonNode, T> item) {
        List<T> out = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(n -> out.add(item.apply(n)));
        } else {
            out.add(item.apply(v)); // one value given to a list parameter
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(JsonNode v) {
        return (Map<String, Object>) Json.plain(v);
    }

    static Object any(JsonNode v) {
        return Json.plain(v);
    }
}
