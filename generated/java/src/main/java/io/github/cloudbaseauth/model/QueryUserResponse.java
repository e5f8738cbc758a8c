// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Users matching a <code>GET /user/query</code> (the SDK's <code>QueryUserProfileResponse</code>).
 */
public final class QueryUserResponse implements WireModel {
    private final Integer total;
    private final List<SimpleUserProfile> data;

    private QueryUserResponse(Builder b$, boolean check$) {
        this.total = b$.total;
        this.data = ModelSupport.copy(b$.data);
        if (check$) {
            ModelSupport.required(this.total, "QueryUserResponse", "total");
            ModelSupport.required(this.data, "QueryUserResponse", "data");
        }
    }

    /** A builder of {@code QueryUserResponse}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.total = this.total;
        b$.data = this.data;
        return b$;
    }

    /**
     * How many users match.
     */
    public int total() {
        return total;
    }

    /**
     * The matching users.
     */
    public List<SimpleUserProfile> data() {
        return data == null ? List.of() : data;
    }

    /**
     * Reads a {@code QueryUserResponse} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static QueryUserResponse fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "QueryUserResponse");
        Builder b$ = new Builder();
        b$.total = ModelSupport.int32(ModelSupport.field(node, "total", true), "total");
        b$.data = ModelSupport.list(ModelSupport.field(node, "data", true), "data", (n0, name0) -> ModelSupport.model(n0, name0, SimpleUserProfile::fromJson));
        return new QueryUserResponse(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "total", this.total);
        ModelSupport.put(out$, "data", this.data);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof QueryUserResponse)) {
            return false;
        }
        QueryUserResponse that = (QueryUserResponse) other;
        return Objects.equals(this.total, that.total)
                && Objects.equals(this.data, that.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(total, data);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "QueryUserResponse",
                "total", "total", this.total, false,
                "data", "data", this.data, false);
    }

    /** Builds a {@code QueryUserResponse}. */
    public static final class Builder {
        private Integer total;
        private List<SimpleUserProfile> data;

        private Builder() {}

        /**
         * How many users match.
         */
        public Builder total(Integer total) {
            this.total = total;
            return this;
        }

        /**
         * The matching users.
         */
        public Builder data(List<SimpleUserProfile> data) {
            this.data = data;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public QueryUserResponse build() {
            return new QueryUserResponse(this, true);
        }
    }
}
