// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One call of an operation, as a generated method describes it: its path, query and header
 * parameters (absent values left out) and its JSON body.
 */
final class Call {
    final OperationSpec op;
    final Map<String, String> pathParams = new LinkedHashMap<>();
    final List<String[]> query = new ArrayList<>();
    final Map<String, String> headers = new LinkedHashMap<>();
    ObjectNode body;

    Call(OperationSpec op) {
        this.op = op;
    }

    Call path(String name, Object value) {
        if (value == null) {
            throw new IllegalArgumentException(op.operationId() + ": the path parameter " + name + " is required");
        }
        pathParams.put(name, text(value));
        return this;
    }

    /** A query parameter; null is absent, a list is one pair per item. */
    Call query(String name, Object value) {
        if (value instanceof List<?>) {
            for (Object item : (List<?>) value) {
                if (item != null) {
                    query.add(new String[] {name, text(item)});
                }
            }
        } else if (value != null) {
            query.add(new String[] {name, text(value)});
        }
        return this;
    }

    Call header(String name, Object value) {
        if (value != null) {
            headers.put(name.toLowerCase(java.util.Locale.ROOT), text(value));
        }
        return this;
    }

    Call body(ObjectNode body) {
        this.body = body;
        return this;
    }

    /** How a parameter's value is written: booleans true/false, date-times RFC 3339 with their offset. */
    static String text(Object value) {
        if (value instanceof OffsetDateTime) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format((OffsetDateTime) value);
        }
        if (value instanceof Double) {
            double d = (Double) value;
            if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
        }
        return String.valueOf(value);
    }
}
