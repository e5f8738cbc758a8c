// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The RevokeRequest object.
 */
public final class RevokeRequest implements WireModel {
    private final String token;

    private RevokeRequest(Builder b$, boolean check$) {
        this.token = b$.token;
    }

    /** A builder of {@code RevokeRequest}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.token = this.token;
        return b$;
    }

    /**
     * The access or refresh token to revoke (from a sign-in, such as <code>POST /signin</code>); defaults
     * to the Bearer token.
     */
    public Optional<String> token() {
        return Optional.ofNullable(token);
    }

    /**
     * Reads a {@code RevokeRequest} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static RevokeRequest fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "RevokeRequest");
        Builder b$ = new Builder();
        b$.token = ModelSupport.string(ModelSupport.field(node, "token", false), "token");
        return new RevokeRequest(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "token", this.token);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof RevokeRequest)) {
            return false;
        }
        RevokeRequest that = (RevokeRequest) other;
        return Objects.equals(this.token, that.token);
    }

    @Override
    public int hashCode() {
        return Objects.hash(token);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "RevokeRequest",
                "token", "token", this.token, true);
    }

    /** Builds a {@code RevokeRequest}. */
    public static final class Builder {
        private String token;

        private Builder() {}

        /**
         * The access or refresh token to revoke (from a sign-in, such as <code>POST /signin</code>); defaults
         * to the Bearer token.
         */
        public Builder token(String token) {
            this.token = token;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public RevokeRequest build() {
            return new RevokeRequest(this, true);
        }
    }
}
