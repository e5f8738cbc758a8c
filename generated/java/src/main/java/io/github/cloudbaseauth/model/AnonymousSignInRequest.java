// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Usually empty.
 */
public final class AnonymousSignInRequest implements WireModel {
    private final String providerToken;

    private AnonymousSignInRequest(Builder b$, boolean check$) {
        this.providerToken = b$.providerToken;
    }

    /** A builder of {@code AnonymousSignInRequest}: every setter takes null for "not set". */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields. */
    public Builder toBuilder() {
        Builder b$ = new Builder();
        b$.providerToken = this.providerToken;
        return b$;
    }

    /**
     * Optional provider token to attach.
     */
    public Optional<String> providerToken() {
        return Optional.ofNullable(providerToken);
    }

    /**
     * Reads a {@code AnonymousSignInRequest} from its JSON object (wire names; unknown fields are ignored).
     *
     * @throws IllegalArgumentException naming the field when a value is missing or of the wrong type
     */
    public static AnonymousSignInRequest fromJson(JsonNode json) {
        JsonNode node = ModelSupport.object(json, "AnonymousSignInRequest");
        Builder b$ = new Builder();
        b$.providerToken = ModelSupport.string(ModelSupport.field(node, "provider_token", false), "provider_token");
        return new AnonymousSignInRequest(b$, false);
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode out$ = ModelSupport.NODES.objectNode();
        ModelSupport.put(out$, "provider_token", this.providerToken);
        return out$;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof AnonymousSignInRequest)) {
            return false;
        }
        AnonymousSignInRequest that = (AnonymousSignInRequest) other;
        return Objects.equals(this.providerToken, that.providerToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(providerToken);
    }

    /** The set fields, every secret as [REDACTED]. */
    @Override
    public String toString() {
        return ModelSupport.show(SpecSecrets.NAMES, "AnonymousSignInRequest",
                "providerToken", "provider_token", this.providerToken, true);
    }

    /** Builds a {@code AnonymousSignInRequest}. */
    public static final class Builder {
        private String providerToken;

        private Builder() {}

        /**
         * Optional provider token to attach.
         */
        public Builder providerToken(String providerToken) {
            this.providerToken = providerToken;
            return this;
        }

        /**
         * The value.
         *
         * @throws IllegalStateException when a required field is not set
         */
        public AnonymousSignInRequest build() {
            return new AnonymousSignInRequest(this, true);
        }
    }
}
