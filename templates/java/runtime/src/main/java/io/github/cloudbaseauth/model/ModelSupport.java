package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cloudbaseauth.Redaction;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What every generated model uses: reading its fields from JSON (with errors that name the field
 * and the type expected, never a value), writing them back, and a {@code toString} that shows
 * the set fields with every secret as {@code [REDACTED]}.
 */
final class ModelSupport {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ModelSupport() {}

    // -- reading -------------------------------------------------------------------------------

    /** The object a model is read from. */
    static JsonNode object(JsonNode node, String type) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(type + " must be a JSON object, not " + kind(node));
        }
        return node;
    }

    /** The field's value, or null when absent or null; a missing required field is an error. */
    static JsonNode field(JsonNode object, String name, boolean required) {
        JsonNode v = object.get(name);
        if (v == null || v.isNull()) {
            if (required) {
                throw new IllegalArgumentException("the required field " + name + " is missing");
            }
            return null;
        }
        return v;
    }

    static String kind(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "null";
        }
        return node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }

    private static IllegalArgumentException wrong(String name, String expected, JsonNode v) {
        return new IllegalArgumentException(name + ": expected " + expected + ", got a JSON " + kind(v));
    }

    static String string(JsonNode v, String name) {
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            throw wrong(name, "a string", v);
        }
        return v.textValue();
    }

    static Integer int32(JsonNode v, String name) {
        if (v == null) {
            return null;
        }
        BigDecimal d = integral(v, name);
        try {
            return d.intValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(name + ": the number is out of the 32-bit range");
        }
    }

    static Long int64(JsonNode v, String name) {
        if (v == null) {
            return null;
        }
        BigDecimal d = integral(v, name);
        try {
            return d.longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(name + ": the number is out of the 64-bit range");
        }
    }

    private static BigDecimal integral(JsonNode v, String name) {
        if (!v.isNumber()) {
            throw wrong(name, "an integer", v);
        }
        BigDecimal d = v.decimalValue();
        if (d.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(name + ": expected an integer, got a fraction");
        }
        return d;
    }

    static Double number(JsonNode v, String name) {
        if (v == null) {
            return null;
        }
        if (!v.isNumber()) {
            throw wrong(name, "a number", v);
        }
        return v.doubleValue();
    }

    static Boolean bool(JsonNode v, String name) {
        if (v == null) {
            return null;
        }
        if (!v.isBoolean()) {
            throw wrong(name, "a boolean", v);
        }
        return v.booleanValue();
    }

    /** An RFC 3339 date-time, its offset kept (a +08:00 answer stays +08:00, the same instant). */
    static OffsetDateTime dateTime(JsonNode v, String name) {
        String text = string(v, name);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.replace(' ', 'T'), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + ": expected an RFC 3339 date-time");
        }
    }

    static <T> T model(JsonNode v, String name, Function<JsonNode, T> reader) {
        if (v == null) {
            return null;
        }
        if (!v.isObject()) {
            throw wrong(name, "an object", v);
        }
        try {
            return reader.apply(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + "." + e.getMessage());
        }
    }

    /** A list; null when absent. Items are read with {@code item} (which may name its index). */
    static <T> List<T> list(JsonNode v, String name, ItemReader<T> item) {
        if (v == null) {
            return null;
        }
        if (!v.isArray()) {
            throw wrong(name, "an array", v);
        }
        List<T> out = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            JsonNode element = v.get(i);
            out.add(element == null || element.isNull() ? null : item.read(element, name + "[" + i + "]"));
        }
        return Collections.unmodifiableList(out);
    }

    /** Reads one item of a list. */
    @FunctionalInterface
    interface ItemReader<T> {
        T read(JsonNode node, String name);
    }

    static Map<String, Object> map(JsonNode v, String name) {
        if (v == null) {
            return null;
        }
        if (!v.isObject()) {
            throw wrong(name, "an object", v);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> plain = (Map<String, Object>) plain(v);
        return plain;
    }

    /** Any JSON value as plain Java: Map, List, String, Long, Double, Boolean or null. */
    static Object any(JsonNode v, String name) {
        return plain(v);
    }

    static Object plain(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> out = new LinkedHashMap<>();
            node.properties().forEach(e -> out.put(e.getKey(), plain(e.getValue())));
            return Collections.unmodifiableMap(out);
        }
        if (node.isArray()) {
            List<Object> out = new ArrayList<>();
            node.forEach(item -> out.add(plain(item)));
            return Collections.unmodifiableList(out);
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.asText();
    }

    // -- writing -------------------------------------------------------------------------------

    /** Sets {@code name} to {@code value} when it is not null. */
    static void put(ObjectNode object, String name, Object value) {
        if (value != null) {
            object.set(name, node(value));
        }
    }

    static JsonNode node(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof WireModel) {
            return ((WireModel) value).toJson();
        }
        if (value instanceof OffsetDateTime) {
            return NODES.textNode(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format((OffsetDateTime) value));
        }
        if (value instanceof String) {
            return NODES.textNode((String) value);
        }
        if (value instanceof Integer) {
            return NODES.numberNode((Integer) value);
        }
        if (value instanceof Long) {
            return NODES.numberNode((Long) value);
        }
        if (value instanceof Double) {
            return NODES.numberNode((Double) value);
        }
        if (value instanceof Boolean) {
            return NODES.booleanNode((Boolean) value);
        }
        if (value instanceof java.math.BigInteger) {
            return NODES.numberNode((java.math.BigInteger) value);
        }
        if (value instanceof Number) {
            return NODES.numberNode(new BigDecimal(value.toString()));
        }
        if (value instanceof Collection<?>) {
            ArrayNode array = NODES.arrayNode();
            for (Object item : (Collection<?>) value) {
                array.add(node(item));
            }
            return array;
        }
        if (value instanceof Map<?, ?>) {
            ObjectNode object = NODES.objectNode();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                object.set(String.valueOf(e.getKey()), node(e.getValue()));
            }
            return object;
        }
        throw new IllegalArgumentException("cannot write a " + value.getClass().getSimpleName() + " as JSON");
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }

    static Map<String, Object> copy(Map<String, Object> map) {
        return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    static <T> T required(T value, String type, String name) {
        if (value == null) {
            throw new IllegalStateException(type + ": " + name + " is required");
        }
        return value;
    }

    // -- showing -------------------------------------------------------------------------------

    /**
     * "Type{name=value, secret=[REDACTED]}": the set fields ({@code fields} is Java name, wire
     * name, value, secret flag, ... in fours); a field is secret when the spec marks it or its
     * wire name is a secret's; nested maps and lists are redacted by field name.
     */
    static String show(Collection<String> specSecrets, String type, Object... fields) {
        StringBuilder b = new StringBuilder(type).append('{');
        boolean first = true;
        for (int i = 0; i < fields.length; i += 4) {
            Object value = fields[i + 2];
            if (value == null) {
                continue;
            }
            if (!first) {
                b.append(", ");
            }
            first = false;
            b.append(fields[i]).append('=');
            if ((Boolean) fields[i + 3] || Redaction.isSecretField((String) fields[i + 1], specSecrets)) {
                b.append(Redaction.REDACTED);
            } else if (value instanceof Map<?, ?> || value instanceof List<?>) {
                b.append(Redaction.redactValue(value, specSecrets));
            } else if (value instanceof String) {
                b.append('"').append(value).append('"');
            } else {
                b.append(value);
            }
        }
        return b.append('}').toString();
    }
}
