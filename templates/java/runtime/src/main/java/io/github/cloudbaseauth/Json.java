package io.github.cloudbaseauth;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The client's JSON: one Jackson mapper with the limits an answer must keep. */
final class Json {
    /** JSON nested deeper than this is refused (a sane bound: the API's answers nest 3 levels). */
    static final int MAX_DEPTH = 512;

    static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Json() {}

    /** Why {@code raw} is not JSON, in words that never quote it. */
    static final class NotJson extends Exception {
        private static final long serialVersionUID = 1L;

        NotJson(String reason) {
            super(reason, null, false, false);
        }
    }

    static JsonNode parse(byte[] raw) throws NotJson {
        try {
            JsonNode node = MAPPER.readTree(raw);
            if (node == null || node.isMissingNode()) {
                throw new NotJson("the answer is empty");
            }
            return node;
        } catch (StreamConstraintsException e) {
            throw new NotJson("the JSON is nested deeper than " + MAX_DEPTH + " levels");
        } catch (JsonProcessingException e) {
            // The location only: the parser's message can quote the answer.
            long offset = e.getLocation() == null ? -1 : e.getLocation().getCharOffset();
            throw new NotJson(offset >= 0 ? "invalid or truncated JSON at character " + offset : "invalid or truncated JSON");
        } catch (IOException e) {
            throw new NotJson("invalid or truncated JSON");
        }
    }

    static byte[] write(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode JSON", e);
        }
    }

    static String writeString(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode JSON", e);
        }
    }

    /** A JSON tree as plain Java values: Map, List, String, Long/BigInteger, Double, Boolean, null. */
    static Object plain(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> out = new LinkedHashMap<>();
            node.properties().forEach(e -> out.put(e.getKey(), plain(e.getValue())));
            return out;
        }
        if (node.isArray()) {
            List<Object> out = new ArrayList<>();
            node.forEach(item -> out.add(plain(item)));
            return out;
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

    /** Plain Java values back into a tree. */
    static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    /** Python's truth of a decoded JSON value (the service's "error" may be any type). */
    static boolean truthy(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return false;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isTextual()) {
            return !v.textValue().isEmpty();
        }
        if (v.isNumber()) {
            return v.doubleValue() != 0;
        }
        if (v.isContainerNode()) {
            return v.size() > 0;
        }
        return true;
    }
}
